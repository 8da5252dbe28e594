"""A short story right above its tag row, under a page head of menus and headline lists: the
story is found by its row, and the page is not kept whole.

A TV news site prints its menus (joined on the first line, items set apart by " · ", then one
a line), its lists of headlines and shows, then a story of a headline with " | ", a lede cut
with "…" and three paragraphs, right above its "Tags: ..." row, and its cards under the row.
The region search weighs the cut lede as a teaser and the row as chrome, so it finds the three
paragraphs, right above the row; the row closes the story no less than a row inside the
region does, but the story was taken as found by its weight: under the share of the page a
story keeps, the page was kept whole (flagged ``low_prose``), menus and cards with it, and
``--containment`` missed its copy on another outlet's page.

The pages (``data/dumps/story_over_row_under_menus/``): two copies of one story in a dev draw of
the syndication corpus (seed 2085, ``--negative-paragraphs 2 --negative-words 150``,
``--edited 1.0``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, line_at, read_pages, statuses, tag_row, titled

PAGES = read_pages("story_over_row_under_menus", ("design_week_tv", "design_week_copy"))
TV = PAGES["design_week_tv"]
#: The story's lines on the TV site's page, its headline first.
STORY = [
    "Milan Design Week 2018 | Anastassiades",
    "During the 2018 Milan Design Meek",
    "The showroom accommodates three large",
    "Arrangements is a modular system",
    "In the showroom, the public also have",
]


def test_the_page_is_as_described() -> None:
    assert " · " in TV[0] and TV[0].count(" · ") >= 5
    head = line_at(TV, STORY[0])
    assert TV[head + 1].endswith("…")
    assert tag_row(TV) == head + len(STORY)
    assert TV[head - 1] == "Watch CBSN Live"


def test_the_story_over_its_row_is_kept_alone() -> None:
    kept = kept_lines(TV)
    assert len(kept) == len(STORY) - 1
    assert all(line.startswith(text) for line, text in zip(kept, STORY[1:], strict=True))


def test_its_headline_is_the_title() -> None:
    titled("story_over_row_under_menus", "design_week_tv.txt", STORY[0], STORY[1])


def test_the_page_is_not_kept_whole() -> None:
    result = classify_lines(TV)
    assert result.flags == []
    assert not result.verdicts[0].keep  # the menu joined on the first line


def test_the_copy_is_found_with_containment() -> None:
    assert statuses(PAGES)[1].count("duplicate") == 1
