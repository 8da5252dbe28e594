"""A line that opens with the home page's word is a breadcrumb trail only when the word is a
trail's first step, not a word of a phrase in sentence case (lines of benchmark dev pages)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import lexicon_category, line_features


@pytest.mark.parametrize(
    "line",
    [
        "Home electronics setup",  # WCXB dev 0056, a list item of the story
        "Home automation hub",  # WCXB dev 0493, a list item of the story
        "Home services, manufacturing, education, and BFSI",  # WCXB dev 4257
        "Home theater $10,000–$60,000",  # WCXB dev 4074, a table row of the story
        "Home renovation costs: Room-by-room costs and ROIs",  # WCXB dev 4067, its headline
    ],
)
def test_a_phrase_opened_by_the_home_word_is_no_trail(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) != "breadcrumb"


@pytest.mark.parametrize(
    "line",
    [
        "Home Latest News Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos",
        "Home > Blog > Trends",  # WCXB dev 0234
        "Home » Resources » Marketing » How To » How To Price Plumbing Jobs",  # WCXB dev 0111
        "HOME BLOG ABOUT GARDEN AUDIT",  # WCXB dev 0011
        "home newsletter blog github bluesky linkedin",  # WCXB dev 2825
        "Home Topics Mental Health",  # WCXB dev 0191
        "Trang chủ Hữu nghị Bốn phương kết bạn",  # seeds/003_6254738474f11f33.txt
    ],
)
def test_a_trail_opened_by_the_home_word_stays_a_breadcrumb(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "breadcrumb"
