"""A short story over its own tag row that the region search left for the outlet's prose
below the row, and that :func:`~cleanscrape.chrome.sequels.story_above_row` found again, but
whose row the next step did not read as closing it: the page title names no headline, so a
headline was looked for by its lede (:func:`~cleanscrape.chrome.lede_anchor.lede_region`)
anywhere on the page, :func:`~cleanscrape.chrome.sequels.row_under_story` (two paragraphs
above the row) did not see the row under a story of one paragraph, and a heading of the
outlet's sidebar or of its essays' cards, told by its first sentence, took the region back.
Both stories of the outlet went, both pages kept the same chrome, and the default setting
joined two different stories.

The pages (``data/dumps/short_story_over_row_no_headline/``): two pages of each of two outlets
from two syndication draws (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as
printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

SECURITY = read_pages("short_story_over_row_no_headline", ("dictionary_entry", "transfer_news"))
ESSAYS = read_pages("short_story_over_row_no_headline", ("blog_notice", "furniture_guide"))
#: A line of each story of the security site, under the standard paragraph.
DICTIONARY = "an establishment where meals are served to customers."
TRANSFER = "Chelsea have this morning paid the £71.6million fee"
#: The security site's sidebar under the row, which the pages kept instead.
SIDEBAR = "People on the Move"
#: The essays site's story line, and the outlet's blurb that the pages kept instead.
NOTICE = "Lean Startup Week Call for Proposals is Open Until July 31 by Eric Ries"
BLURB = "The Mises Institute is a non-profit organization"


def test_a_short_story_over_its_row_keeps_its_lines_not_the_sidebar() -> None:
    for page, line in zip(SECURITY.values(), (DICTIONARY, TRANSFER), strict=True):
        kept = kept_lines(page)
        assert any(text.startswith(line) for text in kept)
        assert SIDEBAR not in kept


def test_a_story_of_headline_like_lines_over_its_row_keeps_them() -> None:
    kept = kept_lines(ESSAYS["blog_notice"])
    assert NOTICE in kept
    assert not any(text.startswith(BLURB) for text in kept)


def test_the_two_stories_of_each_outlet_are_not_joined() -> None:
    assert statuses(SECURITY) == [["kept", "kept"], ["kept", "kept"]]
    assert statuses(ESSAYS) == [["kept", "kept"], ["kept", "kept"]]
