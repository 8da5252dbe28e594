"""A batch's memo of text-only line features gives every page the lines it would get alone.

:class:`~cleanscrape.chrome.memo.LineMemo` holds, for each distinct line text a run has seen,
the features that depend on the text alone and its phrase-lexicon category; the strip stage
looks a page's lines up and works out only the texts not seen yet. Checked on the seeds and on
the AEB pages kept in ``tests/data`` as whole-page text dumps: the same lines (every field) and
the same verdicts with a memo, shared by all pages, as without one; a full memo empties itself;
a copy sent to a worker starts empty.
"""

from __future__ import annotations

import pickle

import pytest

from cleanscrape import Document, Pipeline
from cleanscrape.chrome import memo as memo_module
from cleanscrape.chrome.memo import LineMemo, page_lines
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.chrome.templates import line_keys
from cleanscrape.lexicon.folding import fold_lines
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_document
from cleanscrape.text import repair_text

from .conftest import DATA, html_dumps


def _seed_pages(seed_texts: dict[str, str]) -> list[list[str]]:
    return [repair_text(t).split("\n") for _, t in sorted(seed_texts.items())]


def _aeb_pages() -> list[list[str]]:
    paths = sorted((DATA / "aeb" / "html").glob("*.html.gz"))
    assert paths, "tests/data/aeb/html holds AEB pages"
    return [repair_text(text).split("\n") for text in html_dumps(paths)]


def _verdicts(lines: list[str], memo: LineMemo | None) -> list[object]:
    out: list[object] = []
    title = next((x for x in lines if x.strip()), None)
    for kw in ({}, {"from_html": True}, {"title": title}):
        c = classify_lines(lines, memo=memo, **kw)  # type: ignore[arg-type]
        out.append((c.verdicts, c.metadata, c.flags))
    return out


def test_seed_and_aeb_pages_get_the_same_lines_and_verdicts_through_a_shared_memo(
    seed_texts: dict[str, str],
) -> None:
    pages = _seed_pages(seed_texts) + _aeb_pages()
    memo = LineMemo()
    for _ in range(2):  # the second round finds every text in the memo
        for lines in pages:
            assert page_lines(lines, memo) == page_lines(lines, None)
            assert _verdicts(lines, memo) == _verdicts(lines, None)
    assert len(memo) == len({ln.strip() for lines in pages for ln in lines if ln.strip()})


def test_lines_with_characters_not_seen_at_their_ends_get_the_same_verdicts_with_a_memo() -> None:
    """A page whose lines carry characters not seen at their ends (a zero-width space before a
    paragraph, a direction mark after a right-to-left line, a line of them alone, as pages
    saved from some editors do): through a memo each line is stripped of them as without one,
    so the lines and verdicts are the same (the batch's pages and the one-document API)."""
    lines = [
        "Rivers rise across the north after a week of rain",
        "",
        "\u200bThe river rose two metres overnight, and the town's lower streets were closed "
        "before dawn.",
        "\u200b",
        "Officials said the water would stay high until the weekend.\u200e",
        "\u2060",
        "\u200bResidents were asked to move their cars to higher ground by Friday evening.",
        "Share this article\u200e",
    ]
    memo = LineMemo()
    for _ in range(2):
        assert page_lines(lines, memo) == page_lines(lines, None)
        assert _verdicts(lines, memo) == _verdicts(lines, None)
    assert "\u200b" not in {v.text for v in classify_lines(lines, memo=memo).verdicts}


def test_a_line_category_comes_with_the_memo(seed_texts: dict[str, str]) -> None:
    """The phrase-lexicon categories (related headings, share rows ...) are part of a row:
    the seeds' chrome gets its category from the memo the second time."""
    pages = _seed_pages(seed_texts)
    memo = LineMemo()
    first = [page_lines(lines, memo) for lines in pages]
    found = [ln.lexicon for feats in first for ln in feats if ln.lexicon]
    assert len(found) > 10
    again = [ln.lexicon for lines in pages for ln in page_lines(lines, memo) if ln.lexicon]
    assert again == found


def test_only_texts_not_seen_are_worked_out(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page seen before costs no feature pass; a page sharing its chrome with one seen
    before passes only its own lines (here: the seed with its body shuffled and one paragraph
    of another seed added, as a site's next article shares the first's chrome)."""
    seen: list[list[str]] = []
    columns = memo_module.text_columns

    def counted(texts: list[str]) -> tuple[list[object], ...]:
        seen.append(list(texts))
        return columns(texts)

    monkeypatch.setattr(memo_module, "text_columns", counted)
    pages = _seed_pages(seed_texts)
    memo = LineMemo()
    page_lines(pages[0], memo)
    assert len(seen) == 1
    assert len(seen[0]) == len({ln.strip() for ln in pages[0] if ln.strip()})
    page_lines(pages[0], memo)
    assert len(seen) == 1
    extra = max((ln for ln in pages[1] if ln.strip()), key=len)
    page_lines([*pages[0][::-1], extra], memo)
    assert seen[1:] == [[extra.strip()]]


def test_a_full_memo_empties_itself_and_gives_the_same_lines(seed_texts: dict[str, str]) -> None:
    pages = _seed_pages(seed_texts)
    small = LineMemo(capacity=60)
    for lines in pages + pages:
        assert page_lines(lines, small) == page_lines(lines, None)
        assert len(small) <= 60


def test_a_pickled_memo_starts_empty(seed_texts: dict[str, str]) -> None:
    memo = LineMemo(capacity=1234)
    page_lines(_seed_pages(seed_texts)[0], memo)
    assert len(memo) > 0
    copy = pickle.loads(pickle.dumps(memo))
    assert len(copy) == 0
    assert copy.capacity == 1234


def test_a_batch_cleans_the_seeds_as_page_by_page(seed_texts: dict[str, str]) -> None:
    """The pipeline's run shares one memo over its pages: each page's result is the one it
    gets cleaned on its own, without a memo."""
    options = CleanOptions(dedup=False, site_templates=False)
    docs = [Document(name, text) for name, text in sorted(seed_texts.items())]
    batch = Pipeline(options).run(docs + docs)
    for doc, res in zip(docs + docs, batch.results, strict=True):
        alone = clean_document(doc, options)
        assert res.result is not None and alone.result is not None
        assert res.result.text == alone.result.text
        assert res.result.removed == alone.result.removed
        assert res.result.metadata == alone.result.metadata


def test_a_full_memo_keeps_the_texts_found_again(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the memo is full, the texts looked up again since (a site's chrome, here a whole
    page seen twice) stay; the texts seen once go."""
    worked: list[int] = []
    columns = memo_module.text_columns

    def counted(texts: list[str]) -> tuple[list[object], ...]:
        worked.append(len(texts))
        return columns(texts)

    monkeypatch.setattr(memo_module, "text_columns", counted)
    pages = _seed_pages(seed_texts)
    texts = [{ln.strip() for ln in lines if ln.strip()} for lines in pages]
    again, once, filler = pages[0], pages[1], pages[3]
    s0, s1, s3 = texts[0], texts[1], texts[3]
    memo = LineMemo(capacity=len(s0 | s3) + 10)
    assert len(s0 | s1 | s3) > memo.capacity
    page_lines(again, memo)
    page_lines(again, memo)  # found again
    page_lines(once, memo)
    page_lines(filler, memo)  # does not fit: the texts found again stay, with the new ones
    assert worked == [len(s0), len(s1 - s0), len(s3 - s0 - s1)]
    assert len(memo) == len(s0 | s3)
    page_lines(again, memo)
    assert len(worked) == 3
    page_lines(once, memo)  # its own lines were seen once, and went
    assert worked[3:] == [len(s1 - s0 - s3)]


def test_template_keys_from_the_memo_are_the_folded_lines(seed_texts: dict[str, str]) -> None:
    """The site-template stage takes the keys of a page's kept and dropped lines from the memo
    the strip stage filled: the same keys as folding them again (a line the memo does not
    hold, such as one of a page cleaned without it, is folded)."""
    options = CleanOptions()
    memo = LineMemo()
    docs = [Document(name, text) for name, text in sorted(seed_texts.items())]
    results = [clean_document(doc, options, memo=memo) for doc in docs[:4]]
    results.append(clean_document(docs[4], options))  # not in the memo
    hashes: dict[str, int] = {}  # (the batch's keys' hashes, shared by its pages)
    for res in [*results, *results]:
        with_memo, alone = line_keys(res, memo, hashes), line_keys(res)
        assert with_memo is not None and alone is not None
        assert with_memo.article == alone.article
        assert with_memo.keys.tolist() == alone.keys.tolist()
        assert with_memo.dropped.tolist() == alone.dropped.tolist()
        assert with_memo.dropped_reasons == alone.dropped_reasons
    assert hashes and all(h != 0 for k, h in hashes.items() if k)  # (the empty key: 0)
    kept = results[0].result
    assert kept is not None
    lines = kept.text.split("\n")
    assert memo.keys(lines) == fold_lines(lines)
