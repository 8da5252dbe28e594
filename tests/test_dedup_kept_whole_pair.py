"""Two short stories of one outlet whose pages the strip stage kept whole, with no third page
of the site printing its chrome: a robot-vacuum maker prints some 500 lines of menus and
products around each story (a headline, two paragraphs and a tag row), under a twentieth of
the page, so each page was kept whole (``low_prose``); the strip stage now reads each story by
the tag row right under its paragraphs and keeps it alone, and the texts below are the pages
as a page kept whole gives them (lines unchanged). Both bodies open with the same menu, so
the openings lie in each other, and the whole texts lie in each other for 0.95: the two
stories were joined at every setting. Each page holds a headline and two paragraphs outside
the other (:func:`cleanscrape.dedup.core.own_stories_in_chrome`), so they are kept apart; a
re-crawl of a page kept whole, its first line and tag row drawn again, is still joined.

The pages are a dev draw of the syndication benchmark (seed 1219, ``--negative-paragraphs 2
--negative-words 150``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.dedup import compare_texts

from .outlet_pages import recrawl

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_pair"
PAGE = (DATA / "video_production.txt").read_text(encoding="utf-8")
OTHER = (DATA / "healthy_weight_loss.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("match", ["body", "full"])
@pytest.mark.parametrize("containment", [False, True])
def test_two_pages_kept_whole_of_one_site_hold_each_a_story_the_other_lacks(
    match: str, containment: bool
) -> None:
    """The two stories apart; the first page and a re-crawl of it joined (each story found
    above its tag row: no page kept whole)."""
    opts = CleanOptions(match=match, containment=containment)  # type: ignore[arg-type]
    docs = [
        Document(f"p{k}", text, url=f"https://shop.example/blog/p{k}")
        for k, text in enumerate([PAGE, OTHER, recrawl(PAGE, OTHER)])
    ]
    batch = Pipeline(opts).run(docs)
    assert all(r.result and not r.result.flags for r in batch.results[:2])  # (not whole)
    assert [r.status for r in batch.results] == ["kept", "kept", "duplicate"]
    assert [r.duplicate_of for r in batch.results] == [None, None, "p0"]


@pytest.mark.parametrize("match", ["body", "full"])
def test_compare_names_the_rule_that_keeps_the_two_stories_apart(
    match: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``compare_texts`` on the pages' texts as a page kept whole gives them says which rule
    keeps the pair apart (:func:`cleanscrape.dedup.core.own_stories_in_chrome`); the clean
    texts and ``cleanscrape compare`` (the strip stage: each story alone) are different."""
    opts = CleanOptions(match=match)  # type: ignore[arg-type]
    docs = [
        Document(f"p{k}", text, url=f"https://shop.example/blog/p{k}")
        for k, text in enumerate([PAGE, OTHER])
    ]
    texts = [r.text for r in Pipeline(opts).run(docs).results]
    assert compare_texts(*texts, opts).relation == "different"  # (each story alone)
    c = compare_texts(PAGE, OTHER, opts, sites=("shop.example", "shop.example"))
    assert c.relation == "different" and c.apart_because == "own_stories_in_chrome"
    # the command line, the two pages in one folder (one site, as clean keys it)
    files = []
    for name, page in (("video_production", PAGE), ("healthy_weight_loss", OTHER)):
        (tmp_path / f"{name}.txt").write_text(page, encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    assert main(["compare", *files, "--match", match]) == 0
    out = capsys.readouterr().out
    assert "verdict: different" in out and "pages kept whole (low_prose): A no; B no" in out
