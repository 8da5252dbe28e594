"""A short story under its outlet's card listing, the listing's cards each a headline run into
its summary on one line (:func:`~cleanscrape.chrome.glued_cards.glued_cards`): the cards weigh
as a menu box's lines, a tenth of their words. Under a section heading ("Latest Headlines")
above the page's first two paragraphs in a row, the region search takes the heading for a menu
item once two paragraphs follow it, and weighs the lines under it again without the heading's
damp; it weighed them as plain paragraphs, so the first card counted its words whole, the
listing outweighed the story, and the two pages of the outlet kept the same four cards: the
default setting joined two different stories. The lines weigh again as they weigh on their
own, the cards a tenth.

The pages (``data/dumps/cards_over_short_story/``): two pages of one outlet (a local TV
station) from a syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines
as printed: the station's menus and card listings, then the story's headline, the outlet's
standard paragraph, the story's two lines and its tag row, then the station's foot.
"""

from __future__ import annotations

from cleanscrape.chrome.glued_cards import glued_cards
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines, weights

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses

PAGES = read_pages("cards_over_short_story", ("healthcare_ai", "plague_hunter"))
#: Each story's last line, under the standard paragraph.
LAST = (
    "Global healthcare systems are strained by aging populations",
    "The 55-year-old is the third Beijing resident to contract the medieval disease",
)
#: The outlet's standard paragraph under each story's headline.
STANDARD = "We've cut through the noise to deliver the essential insights you need"
#: The first card of the listing under "Latest Headlines", and the last of its four.
FIRST_CARD = "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old"
LAST_CARD = "DNR Seeks Tips About Bull Elk Poached In Northern Michigan Michigan Department"


def test_the_listing_s_first_card_weighs_as_the_cards_under_it() -> None:
    page = PAGES["healthcare_ai"]
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    cards = glued_cards(feats, tags)
    first, last = line_at(page, FIRST_CARD), line_at(page, LAST_CARD)
    assert set(range(first, last + 1)) <= cards
    ws = weights(feats, tags, set(), cards, code=set())
    for k in range(first, last + 1):
        assert 0 < ws[k] < feats[k].words / 5


def test_a_story_under_the_listing_keeps_its_paragraphs() -> None:
    for page, last in zip(PAGES.values(), LAST, strict=True):
        kept = kept_lines(page)
        assert opens_a_line(kept, STANDARD)
        assert opens_a_line(kept, last)
        assert not opens_a_line(kept, FIRST_CARD)


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
