"""The headline over its dek: the line right above a guessed headline is the headline when the
guess is its dek.

A story printed with its headline and, under it, a dek without a final stop ("Learn
performance tuning techniques to improve database operations") leaves the dek nearest to the
story, and the guess above the region took it for the headline. The line over it is the
headline when it is shaped as one and is written in capitals over a dek in sentence case, or
when the dek says again its words: the title is that line, and the dek stays in the body
where the rules for standfirsts keep it (here, a lede without its full stop).

Two pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev page's
story in another dev page's chrome), lines unchanged: page 4413's story under page 0295's
chrome (its headline in capitals) and page 0217's story under page 0398's chrome (its dek
rewords the headline: "A Guide to the Popular Types of Furniture Styles").
"""

from __future__ import annotations

import pytest

from .outlet_pages import titled

_FOLDER = "headline_over_dek"

_PAGES = [
    (
        "dek_0295_4413.txt",
        "HOW TO USE EXPLAIN ANALYZE TO IMPROVE QUERY PERFORMANCE IN POSTGRESQL",
        "Learn performance tuning techniques to improve database operations\n"
        "With many people working remotely",
    ),
    (
        "dek_0398_0217.txt",
        "A Complete Guide To All The Types Of Furniture Styles | Vra Interiors",
        "A Guide to the Popular Types of Furniture Styles\nFurniture is more than just functional;",
    ),
]


@pytest.mark.parametrize(("name", "headline", "opening"), _PAGES)
def test_the_line_over_the_dek_is_the_headline(name: str, headline: str, opening: str) -> None:
    """The title is the headline over the dek, not the dek; the body opens with the dek (kept
    as a lede without its full stop) and then the lede, and does not hold the headline."""
    titled(_FOLDER, name, headline, opening)
