"""A short story below the region the search chose, closed by its own tag row: a marketing
platform's pages print its mega menu (items with a line of description each, some 40 lines of
them and a "Run free AI visibility report!" pitch), then each story under its headline and its
"Tags: ..." row, then the platform's "Get the guide" offer. A story of one paragraph and two
list items (which weigh as a card's headline does) weighed less than the menu's pitch and
descriptions above it, the region was chosen there, and the page kept the menu block alone,
which the site's other page holds too: the pipeline joined two different stories with
``containment``.

The pages (``data/dumps/story_below_region/``): the outlet's two pages of a syndication draw
(dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("story_below_region", ("marathon_plan", "catering"))


def test_the_story_above_its_tag_row_is_kept_the_menu_above_it_is_not() -> None:
    page = PAGES["marathon_plan"]
    row = next(k for k, line in enumerate(page) if line.startswith("Tags: "))
    story = page[row - 3 : row]
    assert story[0].startswith("That being said, one of the fastest ways to level up")
    assert story[1].startswith("- This is your first marathon")
    kept = kept_lines(page)
    assert all(line in kept for line in story)
    assert not any(line.startswith("Run free AI visibility report!") for line in kept)
    assert not any(line.startswith("Blog Read about the latest trends") for line in kept)


def test_the_platforms_two_stories_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept"] * 2, ["kept"] * 2]
