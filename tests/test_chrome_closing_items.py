"""A short story's own list right under its last paragraph: a photography blog prints each
post's headline, the paragraph the outlet prints above its stories, the post's two points as
bulleted items ("- This is your first marathon or you're returning to training after time
off", "- You're running around 20 miles per week"), then its "Tags: ..." row with the post's
date under it and the blog's newsletter offer. The items weigh as a card's headline does, so
the region ended at the paragraph and the items went with the cards below (``related_card``):
the page kept the outlet's paragraph alone, which lies whole in the outlet's other page, and
``--containment`` joined the two stories.

The same story under another outlet's paragraph, on a page of ten lines (a health institute's
page: its title, "Skip to main content ...", "An official website of the United States
government", the story's headline, the paragraph, the two items, its address, its slogan "NIH
...Turning Discovery Into Health ®" and "Site Last Updated:"): too few headline-like lines
to count four in title case, but three are in title case, two in mixed case (sentence case
with a name) and none in sentence case, so its items are the story's too.

The pages (``data/dumps/closing_items/``): each outlet's two pages of a syndication draw (dev,
``--negative-paragraphs 2 --negative-words 150``; seeds 1345 and 1349), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("closing_items", ("marathon_plan", "air_fryer"))
PARAGRAPH = "If you're looking to set big personal goals"
SHORT_PAGES = read_pages("closing_items", ("marathon_plan_short_page", "wedding_timeline"))
SHORT_PARAGRAPH = "It stands for digital single-lens reflex"
ITEMS = (
    "- This is your first marathon or you're returning to training after time off",
    "- You're running around 20 miles per week",
)
#: The blog's other posts, printed in title case under its newsletter offer.
POSTS = (
    "Understanding White Balance: A Comprehensive Guide for Photographers",
    "Rise of the Square Crop: A Guide to Balanced Landscape Photography",
)


def test_the_story_s_items_under_its_paragraph_are_kept_the_posts_below_are_not() -> None:
    page = PAGES["marathon_plan"]
    at = page.index(ITEMS[0])
    assert page[at - 1].startswith(PARAGRAPH)
    assert page[at + 1] == ITEMS[1]
    assert all(post in page for post in POSTS)
    kept = kept_lines(page)
    assert list(ITEMS) == [line for line in kept if line.startswith("- ")]
    assert not any(post in kept for post in POSTS)
    assert not any(line.startswith("Tags: ") for line in kept)


def test_the_outlet_s_two_stories_are_kept_apart() -> None:
    assert any(line.startswith(PARAGRAPH) for line in PAGES["air_fryer"])
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]


def test_the_story_s_items_on_a_short_page_of_title_case_lines_are_kept() -> None:
    page = SHORT_PAGES["marathon_plan_short_page"]
    at = page.index(ITEMS[0])
    assert page[at - 1].startswith(SHORT_PARAGRAPH)
    assert page[at + 1] == ITEMS[1]
    assert len(page) == 10
    kept = kept_lines(page)
    assert list(ITEMS) == [line for line in kept if line.startswith("- ")]
    assert kept[-1] == ITEMS[1]  # the institute's address and slogan under them are not
    assert "Bethesda, Maryland 20892" in page


def test_the_short_page_s_story_is_kept_apart_from_the_outlet_s_other_story() -> None:
    assert any(line.startswith(SHORT_PARAGRAPH) for line in SHORT_PAGES["wedding_timeline"])
    assert statuses(SHORT_PAGES) == [["kept", "kept"], ["kept", "kept"]]
