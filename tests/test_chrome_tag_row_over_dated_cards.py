"""A short story's tag row over the outlet's listing of dated cards: the date right under the
row is the first card's, not the story's. A tech magazine prints each card as a date, a
byline, a headline and a summary ("09/28/2025" / "By Sponsored by StackCommerce" / ...); a
shop's blog prints a date, a headline and a summary cut short, one card's headline asking a
question ("How to stand properly at your desk?"). Neither is a shape the card rules of
:mod:`~cleanscrape.chrome.sequels` read, so the row was read as a story's head, the story's
two lines above it went with the cards, the page kept the outlet's standard paragraph alone,
which lies whole in the outlet's other page, and ``--containment`` joined the two stories.

The pages (``data/dumps/tag_row_over_dated_cards/``): two pages of each outlet from two
syndication draws (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses, tag_row

BYLINED = read_pages("tag_row_over_dated_cards", ("cards_bylined", "cards_bylined_other_story"))
ASKING = read_pages("tag_row_over_dated_cards", ("cards_asking", "cards_asking_other_story"))
#: The kettle story's two lines over the row, and the first card's date under it.
KETTLE = ("Maximize the flavor of your coffee", "You've seen them at your favorite local")
KETTLE_CARD_DATE = "09/28/2025"
#: The football story's two lines over the row, and the cards' question headline.
CHELSEA = ("Chelsea have this morning paid", "This has freed of the £38million move")
ASKING_CARD = "How to stand properly at your desk?"


def test_a_story_over_a_row_of_bylined_dated_cards_keeps_its_lines() -> None:
    page = BYLINED["cards_bylined"]
    row = tag_row(page)
    assert page[row - 2].startswith(KETTLE[0])
    assert page[row - 1].startswith(KETTLE[1])
    assert page[row + 2] == KETTLE_CARD_DATE  # (a card's summary, then its date and byline)
    kept = kept_lines(page)
    assert page[row - 2] in kept
    assert page[row - 1] in kept
    assert not any(line in kept for line in page[row:])  # (the cards are the outlet's)


def test_a_story_over_dated_cards_one_asking_keeps_its_lines() -> None:
    page = ASKING["cards_asking"]
    row = tag_row(page)
    assert page[row - 2].startswith(CHELSEA[0])
    assert page[row - 1].startswith(CHELSEA[1])
    assert ASKING_CARD in page[row:]
    kept = kept_lines(page)
    assert page[row - 2] in kept
    assert page[row - 1] in kept
    assert not any(line in kept for line in page[row:])


def test_the_two_stories_of_each_outlet_are_not_joined() -> None:
    assert statuses(BYLINED) == [["kept", "kept"], ["kept", "kept"]]
    assert statuses(ASKING) == [["kept", "kept"], ["kept", "kept"]]
