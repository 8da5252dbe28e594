"""Duplicates judged on the article body: a republished story with its own headline and lede,
different stories opening with one standard paragraph, abridged copies under --containment, and
why two texts are duplicates (report.json, ``cleanscrape compare``)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from cleanscrape import CleanOptions
from cleanscrape.cli import main
from cleanscrape.dedup import (
    compare_texts,
    find_duplicates,
    matching_key,
    shingles,
    split_text,
)
from cleanscrape.dedup.body import PROSE_MIN_WORDS, is_prose, match_text, opening_key
from cleanscrape.dedup.core import _MAX_POSTING
from cleanscrape.dedup.distributed import (
    _banded,
    _best_container,
    _bucket_pairs,
    _keyed_with_hashes,
    _posting_counts,
)
from cleanscrape.dedup.key import line_keys
from cleanscrape.dedup.signature import shingle_hashes_batch

from .ray_rows import inside_column

_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


@pytest.fixture(scope="module")
def story(seed_texts: dict[str, str]) -> tuple[str, str, list[str]]:
    """Seed 003's story: headline, lede and its first four body paragraphs (the two related
    headlines printed inside the article are left out)."""
    lines = sorted(seed_texts.items())[3][1].splitlines()[3:44]
    paras = [p for p in lines if len(p.split()) >= 12]
    return lines[0], paras[1], paras[3:5]


@pytest.fixture(scope="module")
def other_story(seed_texts: dict[str, str]) -> tuple[str, list[str]]:
    """Seed 001's story: headline and paragraphs."""
    lines = sorted(seed_texts.items())[1][1].splitlines()[0:14]
    return lines[0], [p for p in lines[1:] if len(p.split()) >= 12]


def _jaccard(a: str, b: str) -> float:
    x, y = shingles(matching_key(a), 5), shingles(matching_key(b), 5)
    return len(x & y) / len(x | y)


def _republished(story: tuple[str, str, list[str]]) -> tuple[str, str]:
    """The original, and another outlet's copy: headline cut and upper-cased, lede cut after
    40 words, the two body paragraphs run together."""
    head, lede, body = story
    original = "\n".join([head, lede, *body])
    copy = "\n".join(
        [head.split(",")[0].upper(), " ".join(lede.split()[:40]) + "…", " ".join(body)]
    )
    return original, copy


def test_split_text_finds_headline_lede_and_body(story: tuple[str, str, list[str]]) -> None:
    head, lede, body = story
    parts = split_text("\n".join([head, lede, *body]))
    assert (parts.headline, parts.lede, parts.body) == (head, lede, "\n".join(body))
    # a short text keeps its first paragraph in the body: too much of it to leave out
    short = split_text("\n".join([head, lede, body[0][:200]]))
    assert short.headline == head and short.lede is None
    # a first line that ends like a sentence is not a headline
    assert split_text("\n".join([lede, *body])).headline is None


def test_same_body_new_headline_and_lede_is_a_duplicate(
    story: tuple[str, str, list[str]],
) -> None:
    original, copy = _republished(story)
    assert _jaccard(original, copy) < 0.8  # on the whole text the rewrite hides the copy
    full = find_duplicates([original, copy], CleanOptions(match="full"))
    assert full.duplicate_of == [None, None]
    found = find_duplicates([original, copy])
    assert found.duplicate_of == [None, 0] and found.similarity[1] == 1.0
    (comparison,) = [c for c in found.clusters[0].comparisons if c is not None]
    assert comparison.headline_match is False and comparison.relation == "exact"
    assert comparison.only_in_a[0] == copy.splitlines()[0]  # the copy's headline differs


def test_different_stories_sharing_a_standard_opening_are_not_merged(
    story: tuple[str, str, list[str]], other_story: tuple[str, list[str]]
) -> None:
    """One outlet opens two different short stories with the same long paragraph."""
    head, _, body = story
    other_head, other_paras = other_story
    standard = other_paras[-1]  # a long real paragraph neither story has
    a = "\n".join([head, standard, body[0][:400], body[1][:300]])
    b = "\n".join([other_head, standard, other_paras[0][:400], other_paras[1][:300]])
    assert split_text(a).lede == standard == split_text(b).lede
    assert find_duplicates([a, b]).duplicate_of == [None, None]


def _abridged(story: tuple[str, str, list[str]], keep: float) -> tuple[str, str]:
    """The original, and a copy keeping about ``keep`` of the body's sentences, spread over it
    (sentence ``k`` is kept when ``7k mod 10`` falls below ``10 * keep``)."""
    head, lede, body = story
    sents = [s for p in body for s in _SENTENCE.split(p)]
    kept = [s for k, s in enumerate(sents) if (k * 7) % 10 < round(keep * 10)]
    assert 0.6 <= len(kept) / len(sents) <= 0.8
    return "\n".join([head, lede, *body]), "\n".join([head, lede, " ".join(kept)])


def test_abridged_copy_is_contained_and_the_full_article_is_kept(
    story: tuple[str, str, list[str]],
) -> None:
    original, short = _abridged(story, 0.7)
    texts = [short, original]  # the abridged copy sorts first
    assert find_duplicates(texts).duplicate_of == [None, None]
    found = find_duplicates(texts, CleanOptions(containment=True))
    assert found.duplicate_of == [1, None]  # the fuller article is kept
    comparison = found.clusters[0].comparisons[0]
    assert comparison is not None and comparison.relation == "contained"
    assert comparison.a_in_b >= 0.8 > comparison.b_in_a
    # an explicit policy still decides
    longest = find_duplicates(texts, CleanOptions(containment=True, keep="longest"))
    assert longest.duplicate_of == [1, None]


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_report_says_why_each_member_is_a_duplicate(
    tmp_path: Path, story: tuple[str, str, list[str]]
) -> None:
    original, copy = _republished(story)
    _write(tmp_path / "in", "a.txt", original)
    _write(tmp_path / "in", "b.txt", copy)
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out), "-q", "-j", "1"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    dup = report["documents"][1]
    assert dup["status"] == "duplicate" and dup["duplicate_of"] == "a.txt"
    assert dup["match"] == {
        "body_similarity": 1.0,
        "contained_in_kept": 1.0,
        "kept_contained": 1.0,
        "headline_match": False,
        "relation": "exact",
    }
    (member,) = report["clusters"][0]["comparisons"]
    assert member["id"] == "b.txt"
    # the copy runs the two body paragraphs together: that line differs, the words do not
    assert " ".join(story[2]) in member["lines_only_here"]
    assert story[2][0] in member["lines_only_in_kept"]


def test_compare_command(
    tmp_path: Path, story: tuple[str, str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    original, copy = _republished(story)
    a = _write(tmp_path, "a.txt", original)
    b = _write(tmp_path, "b.txt", copy)
    assert main(["compare", str(a), str(b), "--as-is", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["relation"] == "exact" and shown["headline_match"] is False
    assert main(["compare", str(a), str(b), "--as-is", "--match", "full", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["relation"] == "different" and shown["similarity"] < 0.8
    assert compare_texts(original, copy, CleanOptions(match="full")).similarity < 0.8
    assert main(["compare", str(a), str(b)]) == 0
    text = capsys.readouterr().out
    assert "verdict: exact" in text and "headlines: different" in text
    assert main(["compare", str(a), str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_line_keys_are_the_matching_keys_of_the_lines(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        assert line_keys(text) == [matching_key(ln) for ln in text.splitlines() if ln.strip()]


def test_keys_joined_from_line_keys_are_the_matching_keys(seed_texts: dict[str, str]) -> None:
    """The dedup keys a text once per line and joins the keys of its body (and of the whole
    text): the same keys as folding the body and the whole text again."""
    from cleanscrape.dedup.compare import TextView

    texts = list(seed_texts.values())
    # each seed in NFD with Windows line breaks, old-style tones ending lines ("hòa"), the eth
    # typed for Đ, a Greek final sigma before a line break, lines of punctuation only
    texts += [unicodedata.normalize("NFD", t).replace("\n", "\r\n") for t in seed_texts.values()]
    texts.append("Ðà Nẵng giữ hòa\n  “Hòa”  \n***\nΟ ΔΡΟΜΟΣ\nΑΘΗΝΑ, thúy.\n\n—\nqúy_hòa")
    for text in texts:
        view = TextView.of(text)
        assert view.whole_key() == matching_key(text)
        assert view.match_key("full") == matching_key(text)
        assert view.match_key("body") == matching_key(split_text(text).body)
        assert view.parts == split_text(text)


def test_punctuation_to_spaces_by_table_as_the_regex_does(seed_texts: dict[str, str]) -> None:
    """Keys replace punctuation with the help of a table of the characters a key keeps: the
    same words as the regex, on the seeds and on every character the table knows."""
    from cleanscrape.dedup import key

    def words(text: str) -> list[list[str]]:
        return [ln.split() for ln in text.splitlines()]

    texts = [t.lower() for t in seed_texts.values()]
    for lo, hi in (*key._TABLE_RANGES, *key._LETTER_RANGES):
        chars = "".join(map(chr, range(lo, hi)))
        texts += [
            f"{chars[k : k + 100]} a_b “x” {chars[k : k + 100]}\n" for k in range(0, hi - lo, 100)
        ]
    for text in texts:
        assert words(key._punct_to_spaces(text)) == words(key._PUNCT.sub(" ", text))
    assert key._punct_to_spaces("中文，标点 \udcff" * 20) == key._PUNCT.sub(
        " ", "中文，标点 \udcff" * 20
    )


def test_lost_runs_by_table_as_the_regex_does(seed_texts: dict[str, str]) -> None:
    """Runs of Latin letters beyond ASCII and of U+FFFD become one U+FFFD by a table on long
    texts: the same text as the regex, on the seeds, their mojibake with the undefined bytes
    lost, and every character of the BMP."""
    from cleanscrape.dedup import key

    texts = [t.lower() for t in seed_texts.values()]
    texts += [t.encode().decode("cp1252", "replace") for t in texts]
    chars = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    texts += [f"a{chars[k : k + 300]}b" for k in range(0, len(chars), 300)]
    texts.append("thông tin \U0001f600 " * 20)  # (beyond the BMP: the regex)
    for text in texts:
        assert key._lost_runs(text) == key._LATIN_MARKED.sub(key.LOST, text)


def test_the_index_matches_on_the_body_as_the_batch_does(
    tmp_path: Path, story: tuple[str, str, list[str]]
) -> None:
    from cleanscrape import DedupIndex

    original, copy = _republished(story)
    with DedupIndex(tmp_path / "seen.db", run="first") as index:
        index.add("a.txt", original)
    with DedupIndex(tmp_path / "seen.db", run="second") as index:
        found = index.query(copy)
    assert found is not None and found.id == "a.txt"
    with DedupIndex(tmp_path / "full.db", CleanOptions(match="full")) as index:
        index.add("a.txt", original)
        assert index.query(copy) is None


def _opening(key: str) -> bytes:
    """The hashes of a body's opening as the Ray engine's rows carry them."""
    return shingle_hashes_batch([opening_key(key)], CleanOptions().shingle_size)[0].tobytes()


def _bucket_of(*texts: str) -> dict[str, np.ndarray]:
    """The rows the Ray engine's bucket step gets for ``texts`` sharing one band key."""
    keys = [matching_key(match_text(t, "body")) for t in texts]
    hashes = shingle_hashes_batch(keys, 5)
    whole = shingle_hashes_batch([matching_key(t) for t in texts], 5)
    return {
        "bkey": np.array([b"k"] * len(texts), dtype=object),
        "order": np.arange(len(texts)),
        "hashes": np.array([h.tobytes() for h in hashes], dtype=object),
        "opening": np.array([_opening(k) for k in keys], dtype=object),
        "whole": np.array([w.tobytes() for w in whole], dtype=object),
        "inside": inside_column(texts),
    }


def _teaser_cards(seed_texts: dict[str, str]) -> list[str]:
    """Seed 003's "related" and "most read" cards as a text dump keeps them: each card's title
    (no full stop) and its teaser paragraph (prose)."""
    lines = [ln.strip() for ln in sorted(seed_texts.items())[3][1].splitlines()[44:]]
    return list(dict.fromkeys(ln for ln in lines if ln))


def test_prose_left_over_from_chrome_is_not_body(
    seed_texts: dict[str, str], other_story: tuple[str, list[str]]
) -> None:
    """One outlet's copy keeps its site's teaser cards (titles and prose teasers) after the
    article; the other outlet's copy keeps a menu and one newsletter-like blurb before it. The
    teasers are prose, so the old rule counted them as body; they are small runs of prose
    between non-prose lines, away from the article, and stay out of the matching key."""
    head, paras = other_story
    cards = _teaser_cards(seed_texts)
    teasers = [ln for ln in cards if ln.endswith(("…", "...", "."))]
    assert len(teasers) >= 6
    a = "\n".join([head, *paras, "Tin bài liên quan", *cards])
    b = "\n".join(["Trang chủ", "Thời sự", teasers[0], "Hữu nghị", head.upper(), *paras])
    body = "\n".join(paras[1:])
    assert split_text(a).body == body == split_text(b).body
    assert split_text(a).headline == head
    assert _jaccard(a, b) < 0.8  # the teasers alone pull the whole texts apart
    assert find_duplicates([a, b]).duplicate_of == [None, 0]


def test_article_sections_between_subheadings_stay_in_the_body(
    story: tuple[str, str, list[str]],
) -> None:
    """A short section between two subheadings is part of the article, not chrome."""
    head, lede, body = story
    first, second = body
    short = second.split(". ")[0] + "."
    text = "\n".join([head, lede, first, "Phần hai", short, "Phần ba", second, first])
    assert split_text(text).body.split("\n") == [first, "Phần hai", short, "Phần ba", second, first]


def test_subheadings_run_into_a_paragraph_leave_the_matching_key_as_it_was(
    seed_texts: dict[str, str],
) -> None:
    """Seed 002's story under its two subheadings ("Nỗ lực tạo đột phá", "Ưu tiên cao nhất"),
    and another outlet's copy that prints each subheading at the start of the paragraph under
    it (as a bold run-in head). A line standing alone between two runs of prose is the
    article's, so paragraph breaks do not move the matching key: the two bodies have one key,
    and the copies are exact duplicates. When only the prose lines made the body, the first
    copy's key lost the subheadings, the second's kept them."""
    lines = sorted(seed_texts.items())[2][1].splitlines()[:25]
    heads = [k for k, ln in enumerate(lines) if k > 0 and len(ln.split()) <= 5]
    assert [lines[k] for k in heads] == ["Nỗ lực tạo đột phá", "Ưu tiên cao nhất"]
    original = "\n".join(lines)
    run_in = [ln for k, ln in enumerate(lines) if k not in heads]
    for n, k in enumerate(heads):
        at = k - n
        run_in[at] = lines[k] + " " + run_in[at]
    copy = "\n".join(run_in)
    assert "Nỗ lực tạo đột phá" in split_text(original).body
    assert matching_key(split_text(original).body) == matching_key(split_text(copy).body)
    assert compare_texts(original, copy).relation == "exact"
    assert find_duplicates([original, copy]).duplicate_of == [None, 0]
    # two related headlines printed together inside the article (as seed 003 prints them) are
    # a box of links, not the article's: they stay out of the key
    related = sorted(seed_texts.items())[3][1].splitlines()[7:9]
    assert related[0].startswith("Lãnh đạo Lào") and not related[1].endswith(".")
    boxed = "\n".join([*lines[:10], *related, *lines[10:]])
    assert matching_key(split_text(boxed).body) == matching_key(split_text(original).body)


def test_abridged_copies_that_are_near_duplicates_both_join_the_original(
    other_story: tuple[str, list[str]],
) -> None:
    """Two outlets print one abridged copy of a story, one with the lede run together with the
    first body sentence. The two are near-duplicates and each lies whole in the other's text, so
    each copy's best container is the other copy; both also lie in the original. A container
    that is a near-duplicate is joined by the near-duplicate stage already: each copy joins the
    best container that is not, the original."""
    head, paras = other_story
    lede, body = paras[0], paras[1:]
    sents = [s for p in body for s in _SENTENCE.split(p)]
    kept = [s for k, s in enumerate(sents) if (k * 7) % 10 < 7]
    original = "\n".join([head, lede, *body])
    a = "\n".join([head, lede, " ".join(kept)])
    b = "\n".join([head.upper(), f"{lede} {kept[0]}", " ".join(kept[1:])])
    opts = CleanOptions(containment=True)
    pair, a_orig, b_orig = (
        compare_texts(x, y, opts) for x, y in ((a, b), (a, original), (b, original))
    )
    assert pair.similarity >= 0.8 and pair.a_in_b == pair.b_in_a == 1.0
    # each copy keeps whole sentences: what containment measures (its shingles inside one
    # sentence) lies whole in the original, which holds more
    assert a_orig.a_in_b == b_orig.a_in_b == 1.0 and max(a_orig.b_in_a, b_orig.b_in_a) < 0.8
    assert a_orig.similarity < 0.8 and b_orig.similarity < 0.8
    assert find_duplicates([a, b, original], opts).duplicate_of == [2, 2, None]


def test_an_abridged_copy_joins_every_copy_of_its_story_that_holds_it(
    seed_texts: dict[str, str], other_story: tuple[str, list[str]]
) -> None:
    """Three outlets print one story: the original; a copy that leaves out the last three
    paragraphs and prints its site's prose teasers right after the article (so they count as
    body); an abridged copy. The first two are neither near-duplicates nor contained in each
    other, and each holds the abridged copy: it joins both, so the three are one cluster."""
    head, paras = other_story
    lede, body = paras[0], paras[1:]
    teasers = [ln for ln in _teaser_cards(seed_texts) if ln.endswith(("…", "...", "."))]
    sents = [s for p in body[:-3] for s in _SENTENCE.split(p)]
    kept = [s for k, s in enumerate(sents) if (k * 7) % 10 < 7]
    original = "\n".join([head, lede, *body])
    cut = "\n".join([head.upper(), lede, *body[:-3], *teasers])
    short = "\n".join([head, lede, " ".join(kept)])
    opts = CleanOptions(containment=True)
    full_pair = compare_texts(original, cut, opts)
    assert full_pair.similarity < 0.8 and max(full_pair.a_in_b, full_pair.b_in_a) < 0.8
    assert compare_texts(short, original, opts).a_in_b >= 0.8
    assert compare_texts(short, cut, opts).a_in_b >= 0.8
    found = find_duplicates([short, original, cut], opts)
    assert found.duplicate_of == [1, None, 1]
    # the Ray engine's step picks the same two containers from the same hashes
    keys = [matching_key(match_text(t, "body")) for t in (short, original, cut)]
    body = shingle_hashes_batch(keys, opts.shingle_size)
    whole = shingle_hashes_batch(
        [matching_key(t) for t in (short, original, cut)], opts.shingle_size
    )
    group = {
        "i": np.array([0, 0, 0]),
        "j": np.array([-1, 1, 2]),
        "whole": np.array([w.tobytes() for w in whole], dtype=object),
        "body": np.array([b.tobytes() for b in body], dtype=object),
        "opening": np.array([_opening(k) for k in keys], dtype=object),
        "inside": inside_column((short, original, cut)),
    }
    edges = _best_container(group, opts)
    assert edges["a"].tolist() == [0, 0] and edges["b"].tolist() == [1, 2]


def test_a_page_held_by_two_pages_of_one_site_does_not_chain_them_on_whole_texts(
    seed_texts: dict[str, str],
    story: tuple[str, str, list[str]],
    other_story: tuple[str, list[str]],
) -> None:
    """With ``--match full`` the texts keep their site's prose chrome (here seed 003's first
    fifteen teaser cards), which two different articles of one outlet share, so their whole
    texts look related. A third page of that site whose text lies in both joins one of them
    only."""
    chrome = _teaser_cards(seed_texts)[:15]
    head, lede, body = story
    other_head, other_paras = other_story
    first = "\n".join([head, lede, *body, *chrome])
    second = "\n".join([other_head, *other_paras[1:4], *chrome])
    page = "\n".join(["Tin bài liên quan", *chrome])
    opts = CleanOptions(match="full", containment=True)
    related = compare_texts(first, second, opts)  # by the chrome alone
    assert min(related.a_in_b, related.b_in_a) >= 0.5 and related.similarity < 0.8
    assert min(compare_texts(page, t, opts).a_in_b for t in (first, second)) >= 0.8
    found = find_duplicates([page, first, second], opts)
    assert found.duplicate_of[1] is None and found.duplicate_of[2] is None
    assert len(found.clusters) == 1


def _comments(seed_texts: dict[str, str]) -> list[str]:
    """An outlet's readers' comments as a text dump keeps them under every page: a reader's
    name, the comment (seed 002's paragraphs, real prose) and a reply link."""
    paras = [ln for ln in sorted(seed_texts.items())[2][1].splitlines() if len(ln.split()) > 40]
    names = ["Minh Anh", "Trần Hùng", "Lê Thu", "Phạm Quang", "Ngọc Lan", "Hoàng Việt"]
    out: list[str] = ["Ý kiến bạn đọc"]
    for name, para in zip(names * 4, paras, strict=False):
        out += [name, para, "Trả lời"]
    return out


def test_short_stories_under_one_outlets_long_comments_are_not_merged(
    seed_texts: dict[str, str],
    story: tuple[str, str, list[str]],
    other_story: tuple[str, list[str]],
) -> None:
    """One outlet prints the same readers' comments (or any long prose chrome) under two
    different short stories: the comments outweigh the stories, so the bodies are
    near-duplicates and each lies in the other. The stories open the articles and differ."""
    head, lede, body = story
    other_head, other_paras = other_story
    comments = _comments(seed_texts)
    a = "\n".join([head, lede, *body, *comments])
    b = "\n".join([other_head, *other_paras[:3], *comments])
    assert _jaccard(split_text(a).body, split_text(b).body) >= 0.8  # the comments dominate
    assert find_duplicates([a, b]).duplicate_of == [None, None]
    assert find_duplicates([a, b], CleanOptions(containment=True)).duplicate_of == [None, None]
    # the Ray engine's bucket step verifies the pair the same way
    bucket = _bucket_of(a, b)
    assert _bucket_pairs(bucket, CleanOptions())["a"].tolist() == []
    # (the opening is what keeps them apart)
    bucket["opening"] = bucket["opening"][[0, 0]]
    assert _bucket_pairs(bucket, CleanOptions())["a"].tolist() == [0]
    # whole texts (--match full) differ by the stories only too: the opening keeps them apart
    assert find_duplicates([a, b], CleanOptions(match="full")).duplicate_of == [None, None]
    # a copy of the story under the same comments is still a duplicate, lede rewritten or not
    copy = "\n".join([head.upper(), " ".join(lede.split()[:40]) + "…", *body, *comments])
    assert find_duplicates([a, b, copy]).duplicate_of == [None, None, 0]


def test_a_headline_of_twenty_words_or_more_is_not_the_lede(
    seed_texts: dict[str, str],
    story: tuple[str, str, list[str]],
    other_story: tuple[str, list[str]],
) -> None:
    """A headline of 20 words without a full stop (seed 001's "Thắt chặt nền tảng hữu nghị
    Việt - Trung …") is prose by its length, so it opened the article's first run and was
    taken for the lede: the real lede became the body's opening. One outlet opens two
    different short stories with one standard paragraph and prints another article on one line
    under each page (as a text dump of such a page keeps it); the second story's headline has
    20 words. Its body then opened with the standard paragraph, which the first page holds, so
    the two shared an opening and their bodies, mostly the other article, were joined. A
    line that does not end like a sentence and has at most 30 words, first in the first run,
    is the headline; the lede is the line after it."""
    head, _, body = story
    other_head, other_paras = other_story
    long_head = sorted(seed_texts.items())[1][1].splitlines()[16]
    assert len(long_head.split()) >= PROSE_MIN_WORDS and is_prose(long_head)
    standard = other_paras[-1]
    article = sorted(seed_texts.items())[2][1].splitlines()
    chrome = " ".join(ln for ln in article if len(ln.split()) > 40)  # seed 002 on one line
    a = "\n".join([head, standard, *body, chrome])
    b = "\n".join([long_head, standard, *other_paras[:3], chrome])
    assert (split_text(b).headline, split_text(b).lede) == (long_head, standard)
    assert find_duplicates([a, b]).duplicate_of == [None, None]
    assert find_duplicates([a, b], CleanOptions(containment=True)).duplicate_of == [None, None]
    # two copies of one story, under a short and a long headline, have one body
    short_copy = "\n".join([other_head, *other_paras[:5]])
    long_copy = "\n".join([long_head, *other_paras[:5]])
    assert split_text(short_copy).body == split_text(long_copy).body
    assert find_duplicates([short_copy, long_copy]).similarity == [None, 1.0]


def test_a_short_story_printed_against_an_outlets_long_chrome_is_not_contained(
    seed_texts: dict[str, str],
    story: tuple[str, str, list[str]],
    other_story: tuple[str, list[str]],
) -> None:
    """An outlet prints another article (seed 002) right under each page, with nothing between
    them: a short story's body is then mostly that article, which lies whole in a long page of
    the same outlet. The short story is not in the long page: no containment."""
    head, lede, body = story
    other_head, other_paras = other_story
    chrome = [ln for ln in sorted(seed_texts.items())[2][1].splitlines() if len(ln.split()) > 40]
    long_page = "\n".join([other_head, *other_paras, *chrome])
    short_page = "\n".join([head, lede, *body, *chrome])
    found = compare_texts(short_page, long_page, CleanOptions(containment=True))
    assert found.a_in_b >= 0.8  # the short page's body lies in the long page
    texts = [long_page, short_page]
    assert find_duplicates(texts, CleanOptions(containment=True)).duplicate_of == [None, None]
    # an abridged copy of the long page (same chrome) still joins it
    sents = [s for p in other_paras for s in _SENTENCE.split(p)]
    kept = " ".join(s for k, s in enumerate(sents) if (k * 7) % 10 < 7)
    abridged = "\n".join([other_head.upper(), kept, *chrome])
    found3 = find_duplicates([*texts, abridged], CleanOptions(containment=True))
    assert found3.duplicate_of == [None, None, 0]


def test_a_copy_whose_lede_is_split_into_lines_is_a_near_duplicate(
    seed_texts: dict[str, str],
) -> None:
    """One outlet prints a short story's two-sentence lede one sentence per line: its lede is
    the first sentence and its body opens with the second, which the original keeps in its
    lede. The bodies' Jaccard falls under the threshold, yet each body lies whole in the other
    text: a near-duplicate by default (containment both ways), in both engines. A copy cut to
    the first paragraph is not: the fuller body does not lie in it."""
    parts = split_text(sorted(seed_texts.items())[3][1])
    assert parts.headline and parts.lede
    sentences = _SENTENCE.split(parts.lede)
    paras = parts.body.splitlines()
    assert len(sentences) == 2
    original = "\n".join([parts.headline, parts.lede, paras[0]])
    copy = "\n".join([parts.headline.upper(), *sentences, paras[0]])
    assert split_text(copy).body.startswith(sentences[1])
    c = compare_texts(original, copy)
    assert c.similarity < 0.8 and c.a_in_b == c.b_in_a == 1.0 and c.relation == "near"
    assert find_duplicates([original, copy]).duplicate_of == [None, 0]
    # the Ray engine's bucket step joins them the same way
    bucket = _bucket_of(original, copy)
    assert _bucket_pairs(bucket, CleanOptions())["a"].tolist() == [0]
    # a copy that keeps only the first of three paragraphs is cut, not a near-duplicate
    longer = "\n".join([parts.headline, parts.lede, *paras[:3]])
    cut = "\n".join([parts.headline.upper(), parts.lede, paras[0]])
    assert compare_texts(longer, cut).relation == "different"
    assert find_duplicates([longer, cut]).duplicate_of == [None, None]


def test_a_copy_is_checked_against_every_text_of_a_key_not_only_the_first(
    seed_texts: dict[str, str],
) -> None:
    """Two outlets print seed 003's short story with one body, so their texts have one matching
    key, but the first cuts the lede to its first sentence and the second prints it whole. A
    third outlet prints the lede one sentence per line, so its body opens with the second
    sentence: that body lies whole in the second text only. Texts of one key were checked
    through the first of them alone, whose text lacks the sentence, so the third copy stayed
    apart; every text is checked now, in both engines."""
    parts = split_text(sorted(seed_texts.items())[3][1])
    assert parts.headline and parts.lede
    sentences = _SENTENCE.split(parts.lede)
    para = parts.body.splitlines()[0]
    cut = "\n".join([parts.headline, sentences[0], para])
    whole = "\n".join([parts.headline, parts.lede, para])
    split = "\n".join([parts.headline.upper(), *sentences, para])
    assert split_text(cut).body == split_text(whole).body == para
    assert compare_texts(cut, split).relation == "different"
    assert compare_texts(whole, split).relation == "near"
    assert find_duplicates([cut, split, whole]).duplicate_of == [None, 0, 0]
    # the Ray engine bands every text of a key, not only its first
    rows = {
        "order": np.arange(3),
        "rep": np.array([0, 1, 0]),
        "sig": np.array([b"s"] * 3, dtype=object),
        **{c: np.zeros(3, dtype=np.int64) for c in ("hfile", "hat", "hn", "on", "wn", "inn")},
        **{c: np.array([b""] * 3, dtype=object) for c in ("hashes", "opening", "whole", "inside")},
    }
    assert _banded(rows)["order"].tolist() == [0, 1, 2]
    assert _bucket_pairs(_bucket_of(cut, split, whole), CleanOptions())["b"].tolist() == [2, 2]


def test_an_abridged_copy_is_looked_for_in_every_text_of_a_key_not_only_the_first(
    seed_texts: dict[str, str],
) -> None:
    """Two outlets print seed 003's story (its first two body paragraphs) with one body, so
    their texts have one matching key; the first cuts the lede to its first sentence, the
    second prints it whole. A third outlet prints the lede one sentence per line (its body
    opens with the second sentence) and abridges the paragraphs: its body lies in the second
    text, not in the first, which lacks the sentence. The containment stage looked for it in
    the first text of the key alone; every text is a container now, in both engines."""
    parts = split_text(sorted(seed_texts.items())[3][1])
    assert parts.headline and parts.lede
    sentences = _SENTENCE.split(parts.lede)
    paras = parts.body.splitlines()[:2]
    sents = [s for p in paras for s in _SENTENCE.split(p)]
    kept = [s for k, s in enumerate(sents) if (k * 7) % 10 < 7]
    cut = "\n".join([parts.headline, sentences[0], *paras])
    whole = "\n".join([parts.headline, parts.lede, *paras])
    abridged = "\n".join([parts.headline.upper(), *sentences, " ".join(kept)])
    assert split_text(cut).body == split_text(whole).body
    opts = CleanOptions(containment=True)
    in_cut, in_whole = compare_texts(abridged, cut, opts), compare_texts(abridged, whole, opts)
    assert in_cut.a_in_b < 0.8 <= in_whole.a_in_b and in_whole.similarity < 0.8
    assert find_duplicates([cut, whole, abridged], opts).duplicate_of == [None, 0, 0]
    assert find_duplicates([cut, abridged], opts).duplicate_of == [None, None]
    # the Ray engine's containment rows are every text of a key, not only its first
    rows = {
        "order": np.arange(3),
        "rep": np.array([0, 0, 2]),
        "site": np.full(3, -1),
        **{c: np.zeros(3, dtype=np.int64) for c in ("hfile", "hat", "hn", "on", "wn", "inn")},
        **{c: np.array([b""] * 3, dtype=object) for c in ("hashes", "opening", "whole", "inside")},
    }
    assert _keyed_with_hashes(rows)["order"].tolist() == [0, 1, 2]
    # ... and its containment step joins the abridged copy (order 2) to the second text only,
    # naming it as the contained one although the edge starts at its container
    texts = (abridged, cut, whole)
    keys = [matching_key(match_text(t, "body")) for t in texts]
    body = shingle_hashes_batch(keys, opts.shingle_size)
    full = shingle_hashes_batch([matching_key(t) for t in texts], opts.shingle_size)
    group = {
        "i": np.array([2, 2, 2]),
        "j": np.array([-1, 0, 1]),
        "whole": np.array([w.tobytes() for w in full], dtype=object),
        "body": np.array([b.tobytes() for b in body], dtype=object),
        "opening": np.array([_opening(k) for k in keys], dtype=object),
        "inside": inside_column(texts),
    }
    edges = _best_container(group, opts)
    assert (edges["a"].tolist(), edges["b"].tolist(), edges["inside"].tolist()) == ([1], [2], [2])


def test_exact_copies_do_not_make_a_sampled_hash_boilerplate() -> None:
    """A sampled hash held by more than ``_MAX_POSTING`` whole texts is boilerplate and
    proposes no containers, unless those texts have few keys: exact copies of one page, now
    that every text of a key is a container, in both engines."""
    copies = _MAX_POSTING + 1
    group = {
        "who": np.arange(copies + 1),
        "rep": np.array([0] * copies + [copies]),
        "kind": np.array([0] * copies + [1]),
        "size": np.full(copies + 1, 50),
    }
    assert _posting_counts(group)["j"].tolist()[-1] == -1  # the hash is usable
    group["rep"] = np.arange(copies + 1)  # texts of as many keys: boilerplate
    assert _posting_counts(group)["j"].tolist() == []


def test_compare_gives_the_verdict_clean_gives(
    seed_texts: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``compare_texts``'s relation is what the de-duplication does with the two texts alone.
    A copy of a seed story printed without its first paragraphs lies whole in the fuller
    copy, and the fuller copy's body may lie in it for more than the threshold (containment
    both ways) at a low Jaccard; a copy whose first paragraph of the body is another seed
    story's lies in the other text both ways for more than the threshold, but the two share
    no article opening: clean keeps both, so compare must not call them near-duplicates.
    Checked on every such cut of every seed, with and without ``--containment``."""
    from cleanscrape import clean_text
    from cleanscrape.dedup.compare import relation

    rule_only: list[tuple[str, str]] = []
    cleaned = [clean_text(raw) for raw in seed_texts.values()]
    for opts in (CleanOptions(), CleanOptions(containment=True)):
        for s, res in enumerate(cleaned):
            lines = [ln for ln in res.text.splitlines() if ln.strip()]
            other = cleaned[(s + 1) % len(cleaned)].text.splitlines()
            opening = next(ln for ln in other if len(ln.split()) >= 60)
            for n in range(3, len(lines) + 1):
                full = "\n".join([res.title or "", *lines[:n]])
                for k in (1, 2, 3, -2):
                    if n <= abs(k) + 1:
                        continue
                    kept = [lines[0], opening, *lines[2:n]] if k < 0 else lines[k:n]
                    cut = "\n".join([res.title or "", *kept])
                    c = compare_texts(cut, full, opts)
                    joined = find_duplicates([cut, full], opts).duplicate_of != [None, None]
                    assert (c.relation != "different") == joined, (n, k, c)
                    by_figures = relation(c.similarity, c.a_in_b, c.b_in_a, False, opts)
                    if by_figures != "different" and not joined:
                        rule_only.append((cut, full))
    assert len(rule_only) >= 2  # the figures alone would have said "near" for these
    # the command line says why such a pair is not joined
    (tmp_path / "a.txt").write_text(rule_only[0][0], encoding="utf-8")
    (tmp_path / "b.txt").write_text(rule_only[0][1], encoding="utf-8")
    assert main(["compare", "--as-is", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    out = capsys.readouterr().out
    assert "verdict: different (the figures reach the threshold, but clean does not join" in out
