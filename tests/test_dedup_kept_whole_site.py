"""Two short stories of one outlet whose pages the strip stage kept whole: a cloud provider
prints a thousand lines of menus and products around each story, the story (the outlet's
standard paragraph, two paragraphs and a tag row) is under a twentieth of the page, so each
page is kept whole (``low_prose``). With ``match="full"`` the two whole texts are
near-duplicates (Jaccard 0.95) whatever their stories, and the second page's body opens with
the standard paragraph, which the first page prints as its lede: the openings were shared
one way and the two stories joined. The first page's story lies nowhere in the second page
(:func:`cleanscrape.dedup.core.story_lost_in_chrome`), so they are kept apart; a re-crawl of a
page kept whole, its menu row drawn again, is still joined.

Each story is closed by its own tag row, and the strip stage now keeps it alone however small a
share of the page it is (:func:`cleanscrape.chrome.strip.classify_lines`): the pipeline's pages
are the stories, and the rule is asked of the two pages as a page kept whole gives them.

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
def test_two_pages_of_one_site_are_joined_only_when_their_story_is_one(
    containment: bool,
) -> None:
    """The two stories apart; the first page and a re-crawl of it (its first line, a row of
    menu items drawn for each page, the other page's) joined: the story is the same. Each
    page keeps its story, which its tag row closes, not the whole page."""
    opts = CleanOptions(match="full", containment=containment)
    page, other = PAGES["catering_trends"], PAGES["nesting_databases"]
    recrawl = other.split("\n", 1)[0] + "\n" + page.split("\n", 1)[1]
    batch = Pipeline(opts).run(site_documents([page, other, recrawl], "cloud.example", "/blog"))
    assert [r.status for r in batch.results] == ["kept", "kept", "duplicate"]
    assert not any(r.result and "low_prose" in r.result.flags for r in batch.results)
    assert [r.duplicate_of for r in batch.results] == [None, None, "p0"]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_streamed_batch_keeps_the_two_stories_apart_as_in_memory(
    workers: int, tmp_path: Path
) -> None:
    docs = site_documents(list(PAGES.values()), "cloud.example", "/blog")
    found = streamed_duplicate_of(docs, CleanOptions(match="full"), tmp_path, workers)
    assert found == [None, None]


@pytest.mark.parametrize("containment", [False, True])
def test_compare_names_the_rule_that_keeps_the_two_pages_kept_whole_apart(
    containment: bool,
) -> None:
    """``compare_texts`` on the two pages as a page kept whole gives them (the whole page, its
    ``low_prose`` flag) says which rule keeps them apart
    (:func:`cleanscrape.dedup.core.story_lost_in_chrome`)."""
    opts = CleanOptions(match="full", containment=containment)
    texts = list(PAGES.values())
    whole = (True, True)
    c = compare_texts(*texts, opts, sites=("cloud.example", "cloud.example"), whole_pages=whole)
    assert c.relation == "different" and c.apart_because == "story_lost_in_chrome"
    assert compare_texts(*texts, opts, whole_pages=whole).apart_because is None  # sites unknown


@pytest.mark.parametrize("containment", [False, True])
def test_the_command_line_names_the_rule_for_pages_whose_story_no_row_closes(
    containment: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without their tag rows, no row closes the two stories, and under a ``min_kept_ratio``
    of a half the strip stage keeps each page whole (``low_prose``) as it did before the rows
    closed them; ``cleanscrape compare`` on the two files (one folder, one site as ``clean``
    keys it) says, in words and in ``--json``, which rule keeps them apart
    (:func:`cleanscrape.dedup.core.story_lost_in_chrome`)."""
    unclosed = {
        name: "\n".join(ln for ln in page.split("\n") if not ln.startswith("Tags: "))
        for name, page in PAGES.items()
    }
    opts = CleanOptions(match="full", containment=containment, min_kept_ratio=0.5)
    batch = Pipeline(opts).run(site_documents(list(unclosed.values()), "cloud.example", "/blog"))
    assert all(r.result and "low_prose" in r.result.flags for r in batch.results)
    assert [r.duplicate_of for r in batch.results] == [None, None]
    for name, page in unclosed.items():
        (tmp_path / f"{name}.txt").write_text(page, encoding="utf-8")
    files = [str(tmp_path / f"{name}.txt") for name in unclosed]
    flags = ["--match", "full", "--min-kept-ratio", "0.5"]
    flags += ["--containment"] if containment else []
    assert main(["compare", *files, *flags]) == 0
    out = capsys.readouterr().out
    assert "its story lies nowhere in the other [story_lost_in_chrome])" in out
    assert main(["compare", *files, *flags, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["apart_because"] == "story_lost_in_chrome"
