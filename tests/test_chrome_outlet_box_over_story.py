"""A short story under a box of its outlet's: an accounting site prints a box on its reviewers
("Our Integrity Network", three paragraphs, a list and its sections' links, about 140 words)
above the story's headline, and the region search took the box with the headline and the
outlet's standard paragraph. The story's two lines right above its "Tags: ..." row were left
to the cards below (a line without a full stop, then a sentence), and
:func:`~cleanscrape.chrome.sequels.lines_above_row` took no lines into a region of 150 words
or more, the box's words counted as the story's. Under the row the outlet prints a byline and
a date, then its card of another post signed the same way (headline, summary, byline, date),
which read as the date of a row in a story's head. The page kept the box, the headline and
the paragraph, which lie in the outlet's other page, and ``--containment`` joined the two
stories.

The pages (``data/dumps/outlet_box_over_headline/``): two pages of the outlet from one
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses, tag_row

PAGES = read_pages("outlet_box_over_headline", ("vpn_review", "travel_hacks"))
#: The outlet's box above the story's headline.
BOX = "Our Integrity Network"
#: The first story's headline, its two lines above the tag row, and the byline under the row.
VPN_HEADLINE = "Perfect Privacy Review | TheBestVPN.com"
VPN_LINES = (
    "⚠️ This VPN is no longer actively maintained or reviewed",
    "This VPN service is either no longer operational",
)
ROW_BYLINE = "by Doug Wintemute"


def test_a_short_story_under_the_outlets_box_keeps_its_lines_above_its_row() -> None:
    page = PAGES["vpn_review"]
    row = tag_row(page)
    # the box, ..., the story's headline, the standard paragraph, its two lines, the row
    assert page[row - 4] == VPN_HEADLINE
    assert page[row - 15] == BOX
    assert page[row - 2].startswith(VPN_LINES[0])
    assert page[row - 1].startswith(VPN_LINES[1])
    assert page[row + 1] == ROW_BYLINE
    kept = kept_lines(page)
    assert all(any(line.startswith(own) for line in kept) for own in VPN_LINES)
    assert page[row] not in kept
    assert ROW_BYLINE not in kept  # (the outlet's card's foot under the row)


def test_the_outlets_other_story_keeps_its_lines_as_before() -> None:
    page = PAGES["travel_hacks"]
    row = tag_row(page)
    kept = kept_lines(page)
    assert page[row - 1] in kept
    assert page[row - 2] in kept
    assert page[row] not in kept


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
