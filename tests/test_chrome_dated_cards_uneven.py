"""A story lost to a sidebar's dated cards: a travel magazine's sidebar prints cards of a
section label, a date, a title and a one-sentence summary, with sponsored cards (no date)
between them, so its dates do not come at one fixed distance and the listing's summaries
weighed as prose. They outscored a short story (a one-line lede and one paragraph under the
outlet's standard opening paragraph). The page (``data/dumps/dated_cards_uneven.txt``): the
magazine's page of a syndication draw, lines as printed, the builder's tag row under the story
left out."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import dated_cards, tag_lines
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "dated_cards_uneven.txt").read_text().splitlines()
)
#: The story's lede and paragraph (the lines under the outlet's standard opening paragraph).
_STORY = [_PAGE[74], _PAGE[75]]
#: The summaries of the sidebar's first cards (dated and sponsored).
_SUMMARIES = (96, 99, 103, 107, 110, 114)


def _dated(lines: list[str]) -> set[int]:
    feats = page_lines(lines, None)
    return dated_cards(feats, tag_lines(feats, diacritics=False))


def test_the_page_is_as_described() -> None:
    assert _STORY[0].startswith("Based on our real-world testing")
    assert _STORY[1].startswith("The wearable landscape has changed")
    assert _PAGE[95] == _PAGE[101] == _PAGE[105] == _PAGE[112] == "Dec 19, 2025"
    assert _PAGE[97] == _PAGE[108] == "Sponsored Content"  # cards without a date


def test_the_story_stays_under_a_sidebar_of_dated_cards() -> None:
    """The story's lines are the page's article; no summary of the sidebar's cards is kept."""
    kept = [v.text for v in classify_lines(_PAGE).verdicts if v.keep]
    for line in _STORY:
        assert line in kept
    assert not any(_PAGE[k] in kept for k in _SUMMARIES)


def test_cards_at_uneven_distances_are_a_dated_listing() -> None:
    """Each summary alone between a card's short lines, at most two between two dates: the
    listing's summaries, though its dates come at different distances."""
    assert set(_SUMMARIES) <= _dated(_PAGE)


def test_dated_entries_of_paragraphs_in_a_row_are_no_cards() -> None:
    """The same dates over entries of two paragraphs in a row (a timeline, a live blog's
    posts): no card listing, whatever the distances."""
    page = list(_PAGE)
    for k in sorted(_SUMMARIES, reverse=True):
        page.insert(k + 1, _STORY[1])  # a second paragraph right under each summary
    assert not _dated(page) & set(range(90, 130))
