"""The story's own headline prints more of the page title than a section heading of its body.

A page title's start anchors the headline on the page (``regions.headline_anchor``): a line
that is only the start of the title is taken when it holds half of it. A review whose first
section heading says the title's first half again ("The best smart home hubs of 2026" under
the title "The Best Smart Home Hubs of 2026, Tested by Editors") had that heading taken for the
headline, and the story's opening paragraphs above it, inside the region, dropped as chrome
above the headline. The story's own headline stands right over them and prints more of the
title, worded a little apart from it ("..., tested by our editors"):
``regions.fuller_headline`` prefers it, and the region keeps its paragraphs.

The pages: WCXB dev pages 4472 and 4277 as html-text dumps them, stored unchanged.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean_text

_DIR = Path(__file__).parent / "data" / "dumps" / "fuller_headline"


def test_the_opening_above_a_section_heading_that_starts_the_title_is_kept() -> None:
    """The review's headline is its own, and its three opening paragraphs and the section
    under "What is a smart home hub?" above the repeated title's start are kept."""
    result = clean_text((_DIR / "smart_home_hubs.txt").read_text(encoding="utf-8"))
    assert result.title == "The best smart home hubs of 2026, tested by our editors"
    assert "If you dream of a futuristic smart home with motion-sensing smart lights" in (
        result.text
    )
    assert "A smart home hub is a device that can connect and communicate" in result.text
    assert "Our top picks come from established brands" in result.text


def test_a_headline_worded_apart_from_its_title_heads_the_story() -> None:
    """A post printed under a headline worded apart from its page title ("Does an Electric
    Skateboard" for "Do Electric Skateboards") keeps the introduction above its first
    section heading, which says the title's first half again."""
    result = clean_text((_DIR / "skateboard_speeds.txt").read_text(encoding="utf-8"))
    assert result.title == "How Fast Does an Electric Skateboard Go? Top Speeds Revealed"
    assert result.text.startswith("The introduction of electric skateboards")
    assert "This article will present detailed information about electric skateboards" in (
        result.text
    )
