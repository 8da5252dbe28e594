"""A tag row that holds a market quote before the word of the comments: an outlet (a business
paper's chrome) prints its story under its headline and its standard paragraph, then
"Tags: Privacy Policy, Sensex: 40677.51 +207.81, Comment". The line's key drops punctuation,
so "+207.81, Comment" read there as a count of comments ("81 comment"): the row went as
``comments``, closed no story, the story's lines went as ``teaser``, and the page kept the
outlet's standard paragraph alone, which lies in the outlet's other page: ``--containment``
joined two different stories. A count is a whole figure the line prints before its word.

The pages (``data/dumps/tag_row_with_a_quote/``): the outlet's two pages of a syndication draw
(dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import lexicon_category, line_features

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses

PAGES = read_pages("tag_row_with_a_quote", ("travel_hacks", "income_tax"))
ROW = "Tags: Privacy Policy, Sensex: 40677.51 +207.81, Comment"
#: The first page's story under the standard paragraph (its second line).
STORY = "Although you might have booked an epic 5-star hotel"


def test_the_row_is_a_tag_row_not_a_count_of_comments() -> None:
    page = PAGES["travel_hacks"]
    assert page[line_at(page, "Tags: Privacy Policy")] == ROW
    assert lexicon_category(line_features([ROW])[0]) == "tags"


@pytest.mark.parametrize(
    "line",
    [
        "109 Comments",  # data/dumps/thread_headers_without_colons/copy_over_thread.txt
        "0 Comments (+)",  # data/dumps/headline_over_untold_lede/share_row_c90731f0_0ec95c72.txt
    ],
)
def test_a_count_of_comments_stays_one(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "comments"


def test_the_story_over_the_row_is_kept() -> None:
    kept = kept_lines(PAGES["travel_hacks"])
    assert opens_a_line(kept, STORY)
    assert ROW not in kept


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
