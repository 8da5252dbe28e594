"""De-duplication on clean text: the premise (chrome must not decide), re-encodings, the
threshold, containment, keep policies, short texts and determinism."""

from __future__ import annotations

import importlib
import itertools
import json
import random
import unicodedata
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.dedup import find_duplicates, matching_key, shingles

signature_module = importlib.import_module("cleanscrape.dedup.signature")


# --- real article bodies and real chrome, cut from the seed pages by line range ---------------
@pytest.fixture(scope="module")
def seed_lines(seed_texts: dict[str, str]) -> list[list[str]]:
    return [text.splitlines() for _, text in sorted(seed_texts.items())]


@pytest.fixture(scope="module")
def article_one(seed_lines: list[list[str]]) -> list[str]:
    """Seed 001's article: headline, eleven paragraphs, byline."""
    return seed_lines[1][0:14]


@pytest.fixture(scope="module")
def article_three(seed_lines: list[list[str]]) -> list[str]:
    """Seed 003's article: headline to the source line."""
    return seed_lines[3][3:44]


@pytest.fixture(scope="module")
def chrome_a(seed_lines: list[list[str]]) -> tuple[list[str], list[str]]:
    """Site A (seed 003): breadcrumb and timestamp above, related-news cards below."""
    return seed_lines[3][0:3], seed_lines[3][44:]


@pytest.fixture(scope="module")
def chrome_b(seed_lines: list[list[str]]) -> tuple[list[str], list[str]]:
    """Site B (seed 001): related, most-read, multimedia and video lists below the article."""
    return [], seed_lines[1][14:53]


def _page(chrome: tuple[list[str], list[str]], article: list[str]) -> str:
    return "\n".join([*chrome[0], *article, *chrome[1]])


def _jaccard(a: str, b: str) -> float:
    x, y = shingles(matching_key(a), 5), shingles(matching_key(b), 5)
    return len(x & y) / len(x | y)


def test_one_article_in_two_sites_chrome_is_one_cluster(
    article_one: list[str],
    article_three: list[str],
    chrome_a: tuple[list[str], list[str]],
    chrome_b: tuple[list[str], list[str]],
) -> None:
    pages = {
        "one@a": _page(chrome_a, article_one),
        "three@a": _page(chrome_a, article_three),
        "one@b": _page(chrome_b, article_one),
        "three@b": _page(chrome_b, article_three),
    }
    # the chrome differs between the copies: judged on whole pages they are not duplicates
    assert _jaccard(pages["one@a"], pages["one@b"]) < 0.8
    batch = Pipeline(CleanOptions()).run([Document(k, v) for k, v in pages.items()])
    by_id = {r.id: r for r in batch.results}
    assert by_id["one@b"].status == "duplicate" and by_id["one@b"].duplicate_of == "one@a"
    assert by_id["three@b"].status == "duplicate" and by_id["three@b"].duplicate_of == "three@a"
    assert [(c.kept, c.members) for c in batch.clusters] == [
        ("one@a", ["one@a", "one@b"]),
        ("three@a", ["three@a", "three@b"]),
    ]
    assert all(s >= 0.8 for c in batch.clusters for s in c.similarities)


def test_two_articles_sharing_one_sites_chrome_are_not_duplicates(
    article_one: list[str],
    article_three: list[str],
    chrome_a: tuple[list[str], list[str]],
) -> None:
    one, three = _page(chrome_a, article_one), _page(chrome_a, article_three)
    # the shared chrome makes the whole pages look alike ...
    assert _jaccard(one, three) > 0.4
    batch = Pipeline(CleanOptions()).run([Document("one", one), Document("three", three)])
    # ... but their clean texts are different articles
    assert [r.status for r in batch.results] == ["kept", "kept"]
    assert batch.clusters == []


# --- re-encodings --------------------------------------------------------------------------------
_NEW_TO_OLD = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uý": "úy", "uỷ": "ủy"}


def _old_style(text: str) -> str:
    for new, old in _NEW_TO_OLD.items():
        text = text.replace(new + " ", old + " ").replace(new + ",", old + ",")
    return text


def _new_style(text: str) -> str:
    for new, old in _NEW_TO_OLD.items():
        text = text.replace(old + " ", new + " ").replace(old + ",", new + ",")
    return text


def _curly(text: str) -> str:
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch.replace("'", "\u2019"))
    return "".join(out)


RE_ENCODINGS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "tone_placement": lambda t: _new_style(_old_style(t)) if "òa " in t else _old_style(t),
    "eth_for_d_stroke": lambda t: t.replace("Đ", "\u00d0").replace("đ", "\u00f0"),
    "curly_quotes": _curly,
    "spacing_and_case": lambda t: "  ".join(t.upper().split(" ")).replace("\n", "\n\n"),
}


@pytest.mark.parametrize("name", sorted(RE_ENCODINGS))
def test_each_re_encoding_is_an_exact_duplicate(name: str, article_one: list[str]) -> None:
    text = "\n".join(article_one) + "\nÔng nói: \"Hoà bình, thuý và quý\". Uỷ ban 'đồng ý'."
    variant = RE_ENCODINGS[name](text)
    assert variant != text, "the re-encoding must change the text"
    result = find_duplicates([text, variant])
    assert result.duplicate_of == [None, 0]
    assert result.similarity == [None, 1.0]


def test_tone_placement_and_eth_fold_in_the_key() -> None:
    assert matching_key("Hòa Bình, Thanh Hóa") == matching_key("hoà bình thanh hoá")
    assert matching_key("thúy, qúy, ùy, ủy, òe") == matching_key("thuý quý uỳ uỷ oè")
    assert matching_key("ÐẢNG") == matching_key("Đảng") == "\ufffdng"
    # tone placement inside a closed syllable is the same in both styles and is left alone
    assert matching_key("hoàng toán") == "ho\ufffdng to\ufffdn"
    assert matching_key("hòang") != matching_key("hoàng")


def test_edited_copies_match_and_the_key_is_never_shown(
    article_one: list[str], chrome_b: tuple[list[str], list[str]]
) -> None:
    original = _page(chrome_b, article_one)
    cut = _page(chrome_b, article_one[:-2])  # last paragraph and byline cut
    retitled = _page(chrome_b, ["Việt – Lào: đẩy mạnh hợp tác biên giới", *article_one[1:]])
    batch = Pipeline(CleanOptions()).run(
        [Document("orig", original), Document("cut", cut), Document("retitled", retitled)]
    )
    assert [r.status for r in batch.results] == ["kept", "duplicate", "duplicate"]
    cut_sim, retitled_sim = (r.similarity for r in batch.results[1:])
    assert cut_sim is not None and 0.8 <= cut_sim <= 1.0
    # judged on the body, a new headline over the same body is the same article
    assert retitled_sim == 1.0
    # the kept text is the article as written, not its matching key
    kept = batch.results[0].result
    assert kept is not None
    assert kept.title == article_one[0]  # the headline is the title
    assert article_one[1] in kept.text


# --- the threshold ------------------------------------------------------------------------------
def _pair_with_jaccard(words: list[str], extra: list[str], target: float, above: bool) -> tuple:
    """Texts A (a run of words) and B (A plus appended words) with exact Jaccard just above or
    just below ``target``, computed on 5-gram sets independently of the code under test."""

    def grams(ws: list[str]) -> set[tuple[str, ...]]:
        return {tuple(ws[i : i + 5]) for i in range(len(ws) - 4)}

    a = grams(words)
    for k in range(1, len(extra)):
        b = grams(words + extra[:k])
        j = len(a & b) / len(a | b)
        if not above and j < target:
            return " ".join(words), " ".join(words + extra[:k]), j
        if above:
            nxt = grams(words + extra[: k + 1])
            if len(a & nxt) / len(a | nxt) < target <= j:
                return " ".join(words), " ".join(words + extra[:k]), j
    raise AssertionError("no such pair")


@pytest.mark.parametrize("threshold", [0.8, 0.9])
def test_near_threshold_pairs_follow_the_threshold(
    seed_texts: dict[str, str], threshold: float
) -> None:
    """A pair just above the threshold is joined, one just below is not. LSH makes a pair
    right at the threshold a candidate with probability 0.999 (``candidate_bands``): a pair
    whose signatures share no band is not joined, and at most one of the ten may be such."""
    from cleanscrape.dedup.signature import candidate_bands, shingle_hashes_batch, signatures

    keys = [matching_key(t) for _, t in sorted(seed_texts.items())]
    words, extra = keys[4].split(), keys[0].split()[::-1]
    opts = CleanOptions(dedup_threshold=threshold)
    bands, rows = candidate_bands(threshold, opts.num_perm)
    unbanded = 0
    for start in range(0, 1000, 200):
        run = words[start : start + 300]
        for above in (True, False):
            a, b, j = _pair_with_jaccard(run, extra, threshold, above)
            assert matching_key(a) == a and matching_key(b) == b
            assert (j >= threshold) is above and abs(j - threshold) < 0.01
            sa, sb = signatures(shingle_hashes_batch([a, b], 5), opts.num_perm, opts.seed)
            banded = (sa == sb)[: bands * rows].reshape(bands, rows).all(axis=1).any()
            unbanded += above and not banded
            got = find_duplicates([a, b], opts)
            joined = above and banded
            assert got.duplicate_of == ([None, 0] if joined else [None, None]), (start, j)
            if joined:
                assert got.similarity[1] == pytest.approx(j, abs=1e-4)
    assert unbanded <= 1


# --- containment ---------------------------------------------------------------------------------
def test_containment_joins_a_teaser_to_its_article(
    article_one: list[str], article_three: list[str]
) -> None:
    full = "\n".join(article_three)
    teaser = "\n".join([*article_three[:5], "Đọc tiếp »"])
    other = "\n".join(article_one)
    assert find_duplicates([full, teaser, other]).clusters == []
    got = find_duplicates([full, teaser, other], CleanOptions(containment=True))
    assert got.duplicate_of == [None, 0, None]
    assert got.similarity[1] is not None and got.similarity[1] >= 0.8


def test_a_shared_teaser_does_not_chain_two_articles(
    article_one: list[str], article_three: list[str]
) -> None:
    lead = article_three[:5]
    first = "\n".join([*lead, *article_three[5:30]])
    second = "\n".join([*lead, *article_one[1:]])
    teaser = "\n".join(lead)
    got = find_duplicates([first, second, teaser], CleanOptions(containment=True))
    assert got.duplicate_of[0] is None and got.duplicate_of[1] is None
    assert got.duplicate_of[2] in (0, 1)
    assert len(got.clusters) == 1


# --- keep policies, short texts, determinism ---------------------------------------------------
def test_keep_policies(article_one: list[str]) -> None:
    base = "\n".join(article_one)
    longer = base + "\nThêm một đoạn ngắn cuối bài."
    texts = [base, longer, base.replace("\n", " \n")]
    dates = ["2024-01-02", "2024-03-01", None]
    assert find_duplicates(texts).clusters[0].kept == 0
    assert find_duplicates(texts, CleanOptions(keep="longest")).clusters[0].kept == 1
    newest = find_duplicates(texts, CleanOptions(keep="newest"), published=dates)
    assert newest.clusters[0].kept == 1
    assert newest.duplicate_of == [1, None, 1]
    undated = find_duplicates(texts, CleanOptions(keep="newest"), published=[None, None, None])
    assert undated.clusters[0].kept == 0


def test_short_texts_do_not_collapse_but_identical_ones_match() -> None:
    texts = [
        "Xem thêm",
        "Đọc thêm",
        "XEM THÊM!",
        "Giá vàng hôm nay tăng mạnh",
        "Giá vàng hôm nay giảm mạnh",
        "",
        "— — —",
        "Tin liên quan",
    ]
    got = find_duplicates(texts)
    assert got.duplicate_of == [None, None, 0, None, None, None, None, None]
    assert [c.members for c in got.clusters] == [[0, 2]]


def test_same_clusters_whatever_the_order_and_chunking(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bodies = [t for _, t in sorted(seed_texts.items())]
    texts = []
    rng = random.Random(5)
    for body in bodies:
        lines = [ln for ln in body.splitlines() if ln.strip()]
        texts.append("\n".join(lines))
        texts.append("\n".join(lines[:-1]))  # near duplicate
        texts.append(_curly(unicodedata.normalize("NFD", "\n".join(lines))))  # exact duplicate
    order = list(range(len(texts)))
    rng.shuffle(order)

    def partition(result: cleanscrape.DedupResult, ids: list[int]) -> set[frozenset[int]]:
        return {frozenset(ids[m] for m in c.members) for c in result.clusters}

    opts = CleanOptions(keep="longest")
    plain = find_duplicates(texts, opts)
    shuffled = find_duplicates([texts[i] for i in order], opts)
    assert partition(plain, list(range(len(texts)))) == partition(shuffled, order)
    assert {plain.clusters[k].kept for k in range(len(plain.clusters))} == {
        order[c.kept] for c in shuffled.clusters
    }
    monkeypatch.setattr(signature_module, "_CHUNK_BYTES", 2000)
    monkeypatch.setattr(signature_module, "_CHUNK_ROWS", 64)
    assert find_duplicates(texts, opts) == plain


def test_worker_count_does_not_change_the_outcome(
    article_one: list[str],
    article_three: list[str],
    chrome_a: tuple[list[str], list[str]],
    chrome_b: tuple[list[str], list[str]],
) -> None:
    docs = [
        Document(f"{name}@{site}", _page(chrome, art))
        for site, chrome in (("a", chrome_a), ("b", chrome_b))
        for name, art in (("one", article_one), ("three", article_three))
    ]
    one = Pipeline(CleanOptions(), jobs=1).run(docs)
    two = Pipeline(CleanOptions(), jobs=2).run(docs)
    assert [(r.id, r.status, r.duplicate_of, r.similarity) for r in one.results] == [
        (r.id, r.status, r.duplicate_of, r.similarity) for r in two.results
    ]
    assert one.clusters == two.clusters


def test_public_api_dedup() -> None:
    got = cleanscrape.dedup(["Mưa lớn ở Hà Nội.", "MƯA LỚN Ở HÀ NỘI", "Nắng nóng ở Huế."])
    assert got.duplicate_of == [None, 0, None]
    (cluster,) = got.clusters
    assert (cluster.kept, cluster.members, cluster.similarities) == (0, [0, 1], [1.0, 1.0])
    assert cluster.comparisons[0] is None and cluster.comparisons[1] is not None
    assert cluster.comparisons[1].relation == "exact"
    newest = cleanscrape.dedup(
        ["Mưa lớn ở Hà Nội.", "MƯA LỚN Ở HÀ NỘI"], keep="newest", published=[None, "2024-05-02"]
    )
    assert newest.duplicate_of == [1, None]
    # a wrong call is an error of the one tree README promises, saying what to give
    with pytest.raises(cleanscrape.UsageError, match="1 dates for 2 texts; give one per text"):
        cleanscrape.dedup(["Mưa lớn ở Hà Nội.", "Nắng nóng ở Huế."], published=["2024-01-01"])


def test_cli_flags_reach_the_report(
    tmp_path: Path, article_three: list[str], chrome_b: tuple[list[str], list[str]]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_full.txt").write_text(_page(chrome_b, article_three), encoding="utf-8")
    (src / "b_teaser.txt").write_text(
        _page(chrome_b, [*article_three[:5], "Đọc tiếp »"]), encoding="utf-8"
    )
    out = tmp_path / "out"
    argv = ["clean", str(src), "-o", str(out), "-q", "-j", "1"]
    assert main(argv) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in report["documents"]] == ["kept", "kept"]
    assert report["settings"]["containment"] is False

    out2 = tmp_path / "out2"
    argv2 = ["clean", str(src), "-o", str(out2), "-q", "-j", "1", "--containment"]
    assert main([*argv2, "--shingle-size", "4"]) == 0
    report = json.loads((out2 / "report.json").read_text(encoding="utf-8"))
    assert report["settings"]["containment"] is True and report["settings"]["shingle_size"] == 4
    teaser = report["documents"][1]
    assert teaser["status"] == "duplicate" and teaser["duplicate_of"] == "a_full.txt"
    (cluster,) = report["clusters"]
    assert (cluster["kept"], cluster["members"], cluster["similarities"]) == (
        "a_full.txt",
        ["a_full.txt", "b_teaser.txt"],
        [1.0, teaser["similarity"]],
    )
    assert teaser["match"]["relation"] == "contained"
    assert [c["id"] for c in cluster["comparisons"]] == ["b_teaser.txt"]
    assert not (out2 / "b_teaser.txt").exists()
    with pytest.raises(SystemExit) as usage:
        main([*argv2, "--shingle-size", "0"])
    assert usage.value.code == 2


def test_near_copies_of_one_story_cost_linear_checks(
    article_three: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """300 near-copies of one article, each missing a different two sentences: every copy is
    joined, and the pairs verified grow with the copies, not with their pairs (44,850)."""
    core = importlib.import_module("cleanscrape.dedup.core")
    checks = []

    def counted(a: object, b: object, share: float) -> bool:
        checks.append(1)
        return bool(signature_module.jaccard_reaches(a, b, share))

    monkeypatch.setattr(core, "jaccard_reaches", counted)
    paras = [p for p in article_three if len(p.split()) >= 12]
    sentences = [s for p in paras for s in p.split(". ")]
    drops = list(itertools.combinations(range(len(sentences)), 2))[:300]
    copies = [". ".join(s for k, s in enumerate(sentences) if k not in d) for d in drops]
    result = find_duplicates(copies, CleanOptions(match="full"))
    assert len({matching_key(c) for c in copies}) == 300
    assert [c.members for c in result.clusters] == [list(range(300))]
    assert 299 <= len(checks) < 3 * 300
