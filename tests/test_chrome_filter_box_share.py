"""A page kept whole when almost nothing of it would be left: the share of its characters
the article keeps. A search box's filters printed as one line each (a select box's options
run together, thousands of them) are dropped as items on one line and are no text of the
page, so they count for nothing in that share; otherwise a story of three paragraphs on a
page of a long filter box is under the share, the page is kept whole (filters, menus and
cards), and two such pages of one outlet are near-duplicates whatever their stories."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.strip import classify_lines
from cleanscrape.dedup import find_duplicates
from cleanscrape.options import CleanOptions

_PAGE = (Path(__file__).parent / "data" / "dumps" / "filter_box_story.txt").read_text()
_LINES = _PAGE.split("\n")
#: The story: its headline, the outlet's standard paragraph and the story's two paragraphs.
_HEADLINE = 7
_STORY = _LINES[8:11]
#: A second story the outlet printed under the same paragraph, in the same chrome (its
#: headline and its two paragraphs).
_OTHER = [
    "Home Assistant: Track Who's in Each Room with ESPHome + Bermuda BLE",
    "Unlike general presence detection, room-based location detection with Bluetooth can "
    "tell you who, or what, is in each room. This is great for highly customized "
    "automations with Home Assistant, that could, for example, set room lighting or the "
    "temperature based on who is in the room not just the mere fact that anyone is in the"
    " room. You could also get really advanced and setup your Home Assistant dashboard to"
    " automatically change on your phone based on which room you are currently in.",
    "It’s not rocket science to use Home Assistant with Bermuda BLE Trilateration with "
    "cheap ESP32 devices running ESPHome used as Bluetooth proxies to setup room-level "
    "presence detection with person (or pet) awareness.",
]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_the_filter_box_counts_for_nothing_in_the_share_kept() -> None:
    assert max(map(len, _LINES)) > 20_000  # (the filters' longest line)
    classified = classify_lines(_LINES)
    assert "low_prose" not in classified.flags
    assert [v.text for v in classified.verdicts if v.keep] == _STORY
    assert [v.lineno for v in classified.verdicts if v.category == "headline"] == [_HEADLINE]


def test_two_stories_of_the_outlet_are_apart() -> None:
    other = [*_LINES[:7], _OTHER[0], _LINES[8], *_OTHER[1:], *_LINES[11:]]
    texts = ["\n".join(_kept(lines)) for lines in (_LINES, other)]
    assert texts[0] != texts[1]
    found = find_duplicates(texts, CleanOptions(), sites=["outlet", "outlet"])
    assert not found.clusters
