"""Short stories of one outlet under one standard paragraph, on a site whose text around them
is large: a company-formation service prints its guide's opening, a state selector and a
table of contents (some 280 shingles) above each story, and the strip stage keeps it. Three
pages print the same paragraph under it, each with a story of two or three short lines: the
shortest page (its story 34 shingles: a headline and two one-sentence lines) lies in each of
the others for 0.907 of its whole text, above the nine tenths a text of one site must
(:func:`cleanscrape.dedup.core.whole_inside`), so with ``containment`` the three stories
were joined. Read outside what the site prints on most of its pages
(:meth:`cleanscrape.dedup.prints.Prints.story`), the page's own part is the paragraph and
its story lines, and those lines are a third of it
(:func:`cleanscrape.dedup.core.own_story_outside`): it is contained in no other page of its
site. A re-crawl of a page of the three cut after a line shares that page's own part but
for the cut and still joins it.

The pages are a dev draw of the syndication benchmark (seed 1348, ``--negative-paragraphs 2
--negative-words 150``): the seven pages of one outlet, as the draw prints them
(``tests/data/dumps/README.md``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup.core import own_story_outside, whole_inside
from cleanscrape.dedup.prints import PrintList

from .outlet_pages import DUMPS

DATA = DUMPS / "site_own_story"
#: the site's pages in the draw's order; the three under one paragraph are 3, 4 and 5
NAMES = [
    "game_day_snacks",
    "incubation_grant",
    "impeachment_witnesses",
    "sci_fi_novels",
    "usb_ports",
    "indoor_plant_lighting",
    "retire_early",
]
PAGES = [(DATA / f"{name}.txt").read_text(encoding="utf-8") for name in NAMES]
PLANTS, NOVELS = NAMES.index("indoor_plant_lighting"), NAMES.index("sci_fi_novels")
USB = NAMES.index("usb_ports")
SETTINGS = [
    CleanOptions(match=match, containment=containment)  # type: ignore[arg-type]
    for match in ("body", "full")
    for containment in (False, True)
]


def documents(pages: list[str]) -> list[Document]:
    """The pages as ``p0``, ``p1``, ... of one site."""
    return [
        Document(f"p{k}", page, url=f"https://llc.example/blog/p{k}")
        for k, page in enumerate(pages)
    ]


def cut_recrawl() -> str:
    """The USB ports page fetched again, cut after its story's first paragraph."""
    lines = PAGES[USB].split("\n")
    last = next(k for k, line in enumerate(lines) if line.startswith("The board connects"))
    return "\n".join(lines[:last] + lines[last + 1 :])


@pytest.mark.parametrize("opts", SETTINGS, ids=lambda o: f"{o.match}-{o.containment}")
def test_stories_under_one_paragraph_are_apart_at_every_setting(opts: CleanOptions) -> None:
    """No page of the seven is taken for a copy of another."""
    batch = Pipeline(opts).run(documents(PAGES))
    assert [r.status for r in batch.results] == ["kept"] * len(PAGES)


def test_the_story_lines_are_a_tenth_of_the_text_and_a_third_of_its_own_part() -> None:
    """The plants page lies in the novels page whole by its whole text, and not by its part
    outside the site's text."""
    batch = Pipeline(CleanOptions(dedup=False)).run(documents(PAGES))
    texts = [r.text for r in batch.results]
    prints = PrintList(texts, CleanOptions(containment=True), sites=["llc.example"] * len(texts))
    plants, novels = prints.whole(PLANTS), prints.whole(NOVELS)
    assert whole_inside(plants, novels)
    assert own_story_outside(prints.story(PLANTS), novels)


@pytest.mark.parametrize("streamed", [False, True])
def test_a_cut_recrawl_joins_its_page_alone(streamed: bool, tmp_path: Path) -> None:
    """The re-crawl cut after a line joins its page with ``containment``, in memory and
    streamed; the three stories stay apart."""
    docs = documents([*PAGES, cut_recrawl()])
    opts = CleanOptions(containment=True)
    expected = [None] * len(PAGES) + [f"p{USB}"]
    if streamed:
        with Pipeline(opts).run_streamed(iter(docs), tmp_path / "spool") as batch:
            assert [r.entry.get("duplicate_of") for r in batch.records] == expected
    else:
        assert [r.duplicate_of for r in Pipeline(opts).run(docs).results] == expected
