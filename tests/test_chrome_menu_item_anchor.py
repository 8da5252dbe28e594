"""The first item of a dump's opening menu row names a link of the outlet's, not the headline.

A dump that opens with a row of links ("Ingredient weight chart · Professional Level · Flours
· ...") is read as a page title followed by the site's sections, and the line its first item
names is taken as the headline. When that line is a link of the outlet's printed again among
its chrome, the story's opening does not repeat its words, and the story's own headline stands
right over it: that line is the title, not the menu item, and it is not left in the body.

Two pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev page's
story in another dev page's chrome), lines unchanged: page 0024's story under page 4163's chrome
(its lede repeats the headline's words) and page 4084's story under page 4255's chrome (its
lede asks first, and the headline is the title-shaped line right above it).
"""

from __future__ import annotations

import pytest

from .outlet_pages import DUMPS, titled

_FOLDER = "menu_item_anchor"

_PAGES = [
    (
        "menu_item_4163_0024.txt",
        "Comparing Different Types of Catering Services",
        "When you're planning an event, one of the first things you need to do",
        "Ingredient weight chart",
    ),
    (
        "menu_item_4255_4084.txt",
        "Japan Travel Guide: Tips and Packing List for First Time Visitors — Adventures with Pinny",
        "Are you traveling to Japan for the first time?",
        "GURUS Product Guides",
    ),
]


@pytest.mark.parametrize(("name", "headline", "lede", "item"), _PAGES)
def test_headline_over_the_story_beats_the_menu_row_s_first_item(
    name: str, headline: str, lede: str, item: str
) -> None:
    """The title is the headline right over the story, not the line the menu row's first
    item names; the body opens with the lede and does not hold the headline."""
    assert (
        (DUMPS / _FOLDER / name).read_text(encoding="utf-8").startswith(item)
    )  # (the row's first item)
    titled(_FOLDER, name, headline, lede)
