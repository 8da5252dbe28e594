"""The story's headline right above its region, read as its neighbours' link or card: the title
moves to it when the story tells it again.

An outlet prints its links, cards or breadcrumb trail over the story, and the story's headline
right above the story's first paragraph can be read as one of them: a headline opening with a
breadcrumb's first word ("Home Depot ...") is tagged `breadcrumb`, one under two cards alike is
tagged `teaser`. The guess then stands higher up, on a line of the outlet's (its section's name,
its offer). The story's opening paragraphs repeat the headline's words and not the guess's: the
title is the headline; every line keeps its verdict.

Two pages of the syndication corpus's dev half, as its draws print them (a dev page's story in
another dev page's chrome), whole and unchanged: AEB page 51374560…'s story under WCXB page
4052's chrome (seed 5, a motoring site; the headline tagged `breadcrumb` under "Home" and "Car
news") and page 4365's story under page 0085's chrome (seed 9, a fitness site; the headline
tagged `teaser` under a card printed twice).
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

from .outlet_pages import DUMPS

_FOLDER = "told_under_tag"

_PAGES = [
    (
        "outlet_4052_story_home_depot.txt",
        "Home Depot sales miss, shares plunge",
        "Car news",
        "Dow component Home Depot reported third-quarter earnings",
    ),
    (
        "outlet_0085_story_4365.txt",
        "An Overview of Upcoming Tech Conferences in Atlanta in 2026 - Network 1 Consulting",
        "Unlock Sweat x Calm",
        "Atlanta also has a strong and active technology community.",
    ),
]


@pytest.mark.parametrize(("name", "headline", "outlets", "lede"), _PAGES)
def test_the_headline_read_as_a_neighbour_is_the_title(
    name: str, headline: str, outlets: str, lede: str
) -> None:
    """The title is the headline right above the story, not the outlet's line above it; the
    story is kept and its headline's line keeps its verdict (not printed in the text)."""
    result = clean_text((DUMPS / _FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.title != outlets
    assert lede in result.text
    assert headline not in result.text.split("\n")
