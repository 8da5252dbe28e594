"""A row of figures is no headline.

Where no page title names the headline, the line right above the story is taken for it when
it is shaped as one (``lede_anchor.shaped_headline``). A game's score table printed above a
roundup ends with a row ("Palm Bay 18 22 13 17 — 70") that is title-like (no final stop, a
few tokens) but is figures, not words; so is a dateline ("August 16, 2019 - Updated July 9,
2025"). Every headline guess that reads a line's shape reads ``lede_anchor.worded_title``,
which passes over a line whose figure tokens outnumber its words
(``features.figures_row``).

The guess among the lines above the story (``regions.find_title``) passes over such lines too
(a phone number in a site's header).

The pages: AEB dev page c81e134e… as html-text dumps it, and WCXB dev page 4240 as inscriptis
dumps it, stored unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.features import figures_row

_DIR = Path(__file__).parent / "data" / "dumps"
_PAGE = _DIR / "score_table_over_story.txt"


def test_score_row_above_the_story_is_not_its_title() -> None:
    """The roundup's title is its headline, not the score table's last row right above the
    story; the story's first paragraph is kept."""
    result = clean_text(_PAGE.read_text(encoding="utf-8"))
    assert result.title == "High School Roundup: Viera defeats Rockledge to remain undefeated"
    assert "Palm Bay (1-0): Tolivert 25 points." in result.text


def test_phone_number_above_the_headline_is_not_the_guess() -> None:
    """The header's phone number a few lines above the post is not guessed for its title; the
    post's headline is, and the body does not open with it."""
    result = clean_text((_DIR / "phone_number_over_headline.txt").read_text(encoding="utf-8"))
    assert result.title == "Smart Thermostats: Do They Really Save You Money?"
    assert not result.text.startswith("Smart Thermostats")


@pytest.mark.parametrize(
    "line",
    [
        "Palm Bay 18 22 13 17 — 70",
        "Rockledge 14 11 6 15 — 44",
        "August 16, 2019 - Updated July 9, 2025",
    ],
)
def test_rows_of_figures(line: str) -> None:
    """A score table's rows and a dateline (dev lines) are mostly figures."""
    assert figures_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Palm Bay d. Rockledge 70-44",
        "34 Top Photography Trends in 2025",
        "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand "
        "airline by early 2020s",
        "Advent of Code 2025 week 2",
    ],
)
def test_headlines_that_count_are_words(line: str) -> None:
    """Headlines of the dev halves that hold figures (and a result line) are words."""
    assert not figures_row(line)
