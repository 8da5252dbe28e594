"""Two short stories of one outlet whose pages the strip stage kept whole: a cloud provider
prints a thousand lines of menus and products around each story, the story (the outlet's
standard paragraph, two paragraphs and a tag row) is under a twentieth of the page, so each
page is kept whole (``low_prose``). With ``match="full"`` the two whole texts are
near-duplicates (Jaccard 0.95) whatever their stories, and the second page's body opens with
the standard paragraph, which the first page prints as its lede: the openings were shared
one way and the two stories joined. The first page's story lies nowhere in the second page
(:func:`cleanscrape.dedup.core.story_lost_in_chrome`), so they are kept apart; a re-crawl of a
page kept whole, its menu row drawn again, is still joined.

The pages are a dev draw of the syndication benchmark (seed 1119, ``--negative-paragraphs 2
--negative-words 150``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Pipeline
from cleanscrape.cli import main
from cleanscrape.dedup import compare_texts

from .streamed import site_documents, streamed_duplicate_of

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_site"
PAGES = {
    name: (DATA / f"{name}.txt").read_text(encoding="utf-8")
    for name in ("catering_trends", "nesting_databases")
}


@pytest.mark.parametrize("containment", [False, True])
def test_two_pages_kept_whole_of_one_site_are_joined_only_when_their_story_is_one(
    containment: bool,
) -> None:
    """The two stories apart; the first page and a re-crawl of it (its first line, a row of
    menu items drawn for each page, the other page's) joined: the story is the same."""
    opts = CleanOptions(match="full", containment=containment)
    page, other = PAGES["catering_trends"], PAGES["nesting_databases"]
    recrawl = other.split("\n", 1)[0] + "\n" + page.split("\n", 1)[1]
    batch = Pipeline(opts).run(site_documents([page, other, recrawl], "cloud.example", "/blog"))
    assert [r.status for r in batch.results] == ["kept", "kept", "duplicate"]
    assert all(r.result and "low_prose" in r.result.flags for r in batch.results[:2])  # whole
    assert [r.duplicate_of for r in batch.results] == [None, None, "p0"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_two_stories_apart_as_in_memory(
    workers: int, tmp_path: Path
) -> None:
    docs = site_documents(list(PAGES.values()), "cloud.example", "/blog")
    found = streamed_duplicate_of(docs, CleanOptions(match="full"), tmp_path, workers)
    assert found == [None, None]


@pytest.mark.parametrize("containment", [False, True])
def test_compare_names_the_rule_that_keeps_the_two_stories_apart(
    containment: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``compare_texts`` and ``cleanscrape compare`` say which rule kept the
    pair apart, the one the batch applied
    (:func:`cleanscrape.dedup.core.story_lost_in_chrome`), in words and in ``--json``."""
    opts = CleanOptions(match="full", containment=containment)
    batch = Pipeline(opts).run(site_documents(list(PAGES.values()), "cloud.example", "/blog"))
    texts = [r.text for r in batch.results]
    c = compare_texts(*texts, opts, sites=("cloud.example", "cloud.example"))
    assert c.relation == "different" and c.apart_because == "story_lost_in_chrome"
    assert compare_texts(*texts, opts).apart_because is None  # sites not known: joined
    # the command line, the two pages in one folder (one site, as clean keys it)
    for name, page in PAGES.items():
        (tmp_path / f"{name}.txt").write_text(page, encoding="utf-8")
    files = [str(tmp_path / f"{name}.txt") for name in PAGES]
    flags = ["--match", "full"] + (["--containment"] if containment else [])
    assert main(["compare", *files, *flags]) == 0
    out = capsys.readouterr().out
    assert "its story lies nowhere in the other [story_lost_in_chrome])" in out
    assert main(["compare", *files, *flags, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["apart_because"] == "story_lost_in_chrome"
