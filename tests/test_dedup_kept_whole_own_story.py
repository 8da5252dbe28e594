"""Two pages of one outlet that the strip stage kept whole (``low_prose``: a pet insurer prints
some 2,600 words of menus, price lists and cards around a short story), each with a different
story of some 60 words. The body of such a page is its largest runs of prose, the site's own
text, so the two bodies are the same; what tells the pages apart is the story each holds
outside the other (more than :data:`~cleanscrape.dedup.core.OWN_STORY_SHINGLES` of the whole
texts' shingles: :func:`cleanscrape.dedup.core.own_stories_in_chrome`).

Each story is closed by its own tag row, and the strip stage now keeps it alone however small a
share of the page it is (:func:`cleanscrape.chrome.strip.classify_lines`): the pipeline's
pages are the stories, apart at every setting, and the rule is asked of the two pages as a
page kept whole gives them.

The pages are a dev draw of the syndication benchmark (seed 1481, ``--negative-paragraphs 2
--negative-words 150``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import compare_texts

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_own_story"
SPIRAL = (DATA / "language_spiral.txt").read_text(encoding="utf-8")
READERS = (DATA / "newsletter_readers.txt").read_text(encoding="utf-8")


def pages() -> list[Document]:
    """The two pages, at one address's site."""
    return [
        Document(name, text, url=f"https://pets.example/blog/{name}")
        for name, text in (("spiral", SPIRAL), ("readers", READERS))
    ]


@pytest.mark.parametrize(
    "opts",
    [
        CleanOptions(),
        CleanOptions(containment=True),
        CleanOptions(match="full"),
        CleanOptions(match="full", containment=True),
    ],
)
def test_two_stories_of_one_site_kept_whole_stay_apart(opts: CleanOptions) -> None:
    """Both pages kept whole; neither is a duplicate of the other, at every setting."""
    batch = Pipeline(opts).run(pages())
    assert not any(r.result and "low_prose" in r.result.flags for r in batch.results)
    assert [r.duplicate_of for r in batch.results] == [None, None]


def test_each_keeps_its_own_story() -> None:
    """Each clean text holds its own story and not the other's."""
    batch = Pipeline(CleanOptions(dedup=False)).run(pages())
    spiral, readers = (r.result.text for r in batch.results if r.result)
    assert "The programming language death spiral has been top of mind" in spiral
    assert "programming language death spiral" not in readers
    assert "An AI reads my email now" in readers
    assert "An AI reads my email now" not in spiral


def test_compare_names_the_rule() -> None:
    """``compare`` on the two pages as a page kept whole gives them (the whole page, its
    ``low_prose`` flag) says which rule keeps them apart."""
    c = compare_texts(SPIRAL, READERS, sites=("s", "s"), whole_pages=(True, True))
    assert c.apart_because == "own_stories_in_chrome"
