"""A headline over its summary, two lines above the story, is the title.

An outlet that sets its headlines in capitals prints the headline, then its summary (the
standfirst, or the lede cut with "…"), then the story. The summary is read with the headline
as a teaser card, so the region starts under it, and the guess above the region fell on a line
of the site's menus that the story does not tell again. The line two above the region, shaped
as a headline and written in capitals over a line of prose, is the headline.

Two pages of the syndication corpus's dev half, as its draws print them (a dev page's story in
another dev page's chrome), lines unchanged: page 0051's story under page 0195's chrome (draw
of seed 6, its summary cut with "…") and page 0222's story under page 4642's chrome (draw of
seed 7, its summary the story's first paragraph); and a Korean story (page 0ec95c72...) under
page 0157's chrome (draw of seed 5): a script without capitals, its headline in the same place.
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

from .outlet_pages import DUMPS, titled

_FOLDER = "headline_over_summary"

_PAGES = [
    (
        "outlet_0195_story_0051.txt",
        "TOP EVENT INDUSTRY TRENDS IN 2025 AND HOW TO INCORPORATE THEM INTO EVENTS - WHOVA",
        # the story's lede, cut with "…" (the gold's first paragraph opens with it): kept
        # since a lede cut under its headline over the body is no card's teaser
        "Getting ready for 2026? Get ahead on your event planning and strive for…",
    ),
    (
        "outlet_0157_story_korean.txt",
        "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유",
        "[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가",  # the lede cut with "…"
    ),
    (
        "outlet_4642_story_0222.txt",
        "WHY CHEAP SEO DOESN'T WORK",
        "In 2006, what turned out to be the absolute peak year",  # the lede cut with "…"
    ),
]


@pytest.mark.parametrize(("name", "headline", "opening"), _PAGES)
def test_a_headline_over_its_summary_is_the_title(name: str, headline: str, opening: str) -> None:
    """The title is the headline (in capitals, or in a script without case), not a menu's line
    above it; the body opens with
    the story's first paragraph under the summary (its lede when the summary is the lede cut
    with "…")."""
    titled(_FOLDER, name, headline, opening)


def test_the_menu_line_guessed_before_is_chrome() -> None:
    """The menu's line the guess fell on ("Onsite FAQs") is no longer kept as the headline:
    it is not the title and not in the text."""
    result = clean_text((DUMPS / _FOLDER / "outlet_0195_story_0051.txt").read_text("utf-8"))
    assert result.title != "Onsite FAQs"
    assert "Onsite FAQs" not in result.text
