"""A story's last paragraph right above its tag row, the outlet's listing of posts under the
row, each card opening with its date: the paragraph is the story's, not the first card's.

Page 4524 of the syndication corpus (a desk shop's blog) prints under the story "Tags: ...",
then its posts, each a date, a headline and a summary, the dates three lines apart. A listing
whose cards end with a date (a headline, a summary, then "Dec 28, 2025") has the same dates at
one fixed distance; read that way, the lines between the row and the line three above the first
date are the first card: the story's last paragraph and the tag row. The paragraph went as
``teaser`` when the line above it was a short sentence rather than a paragraph, the story lost
its close, and its copy on another outlet's page (``air_fryer_recipes``, which keeps it) was
no longer within the default threshold: the two copies of one story were not joined.

A story's tag row closes the story; no card holds one between its summary and its date.

The pages (``data/dumps/dated_listing_under_row/``): two copies of one story (WCXB page 4633)
in the syndication corpus's dev draw of seed 2033 (``--negative-paragraphs 2
--negative-words 150 --edited 1.0``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import dated_cards, tag_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses, tag_row

PAGES = read_pages("dated_listing_under_row", ("air_fryer_recipes", "air_fryer_desk_shop"))
SHOP = PAGES["air_fryer_desk_shop"]
#: The story's last paragraph on the shop's page, right above its tag row.
LAST = "These taquitos have all my favorite Greek flavors"
#: The summaries of the shop's listing under the row.
SUMMARIES = (
    "Online shopping is an enormous convenience",
    "In your own house or apartment",
    "Is standing at a desk some kind of complicated philosophy?",
    "Sharing a home office can turn out to be",
)


def test_the_page_is_as_described() -> None:
    row = tag_row(SHOP)
    assert line_at(SHOP, LAST) == row - 1
    assert SHOP[row - 2] == "Greek food. I can’t get enough!"
    dates = [SHOP[row + k] for k in (1, 4, 7, 10, 13)]
    assert dates == ["Dec 28, 2025", "Nov 13, 2025", "Oct 17, 2025", "Sep 18, 2025", "Aug 21, 2025"]
    for k, summary in enumerate(SUMMARIES):
        assert SHOP[row + 3 + 3 * k].startswith(summary)


def test_the_story_s_last_paragraph_is_no_card() -> None:
    feats = page_lines(SHOP, None)
    tags = tag_lines(feats, diacritics=False)
    cards = dated_cards(feats, tags)
    assert line_at(SHOP, LAST) not in cards
    for summary in SUMMARIES:
        assert line_at(SHOP, summary) in cards, summary


def test_the_story_is_kept_to_its_close_and_the_listing_is_not() -> None:
    kept = kept_lines(SHOP)
    assert opens_a_line(kept, LAST)
    assert not opens_a_line(kept, "Tags: ")
    for summary in SUMMARIES:
        assert not opens_a_line(kept, summary), summary


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    assert statuses(PAGES) == [["kept", "duplicate"], ["kept", "duplicate"]]
