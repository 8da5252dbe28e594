"""A short story closed by its tag row: under a story of two paragraphs the outlet's prose
below the row (a newsletter box, "Recent Articles" with their summaries, a writers' blurb,
disclaimers of some 300 words) outweighed the story, and the region ran on through it to the
footer. Two pages of the outlet with two different short stories then shared that prose, and
were joined as copies of one story.

The pages (``data/dumps/tag_row_site/``): the outlet's pages of a syndication draw (dev,
``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("tag_row_site", ("analytics_platform", "ad_campaign"))
#: Each page's own story: its two paragraphs, above the tag row.
STORY = {
    "analytics_platform": (
        "Your data team is drowning in requests.",
        "To fix these issues, you need the right analytics platform.",
    ),
    "ad_campaign": (
        "South Dakota’s viral “Meth. We’re on it.” awareness campaign",
        "Hege is the CEO of DH, the Spokane advertising",
    ),
}
#: The outlet's prose below the tag row: its writers' blurb, a disclaimer, a footer menu item.
OUTLET = (
    "The Currency TM writers and editors cover the latest financial news",
    "The content contained in this blog post is intended for general informational purposes",
    "Why Empower",
)


def test_the_pages_are_as_described() -> None:
    for name, page in PAGES.items():
        row = next(k for k, line in enumerate(page) if line.startswith("Tags: "))
        assert page[row - 1].startswith(STORY[name][1])
        assert page[row - 2].startswith(STORY[name][0])
        for text in OUTLET:
            assert any(line.startswith(text) for line in page[row + 1 :]), text


def test_each_page_keeps_its_story_and_drops_the_outlet_prose_below_the_tag_row() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        for text in STORY[name]:
            assert any(line.startswith(text) for line in kept), (name, text)
        for text in OUTLET:
            assert not any(line.startswith(text) for line in kept), (name, text)


def test_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
