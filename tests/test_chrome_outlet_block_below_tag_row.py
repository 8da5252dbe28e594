"""A short story closed by its tag row, and a block of the outlet's text far below it whose
heading its first sentence repeats: a school's page prints under the story its catalogue of
courses and, at its foot, "Externship Placement Sites" over "... enhancing the externship
experience ... an Approved Placement Site". No page title names the story's headline, and the
story's lede does not repeat it (the outlet's standard paragraph stands between them), so the
block below read as a headline told by its lede, and the region moved onto it. Every page of
the outlet printed that block, and two pages with two different stories were joined as copies.

The pages (``data/dumps/programs_below_tag_row/``): two of the outlet's pages of a syndication
draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("programs_below_tag_row", ("online_success", "second_story"))
#: Each page's own story: its two paragraphs under the outlet's standard one, above the tag row.
STORY = {
    "online_success": (
        "The big difference in an online course is that students can do the work",
        "- Plan your time. You should plan to spend at least the same amount of time",
    ),
    "second_story": (
        "American analytics and consumer intelligence company J.D. Power recently released",
        "“As rental car companies keep an eye on profitable revenue growth",
    ),
}
#: The outlet's block at the page's foot, its heading repeated by its first sentence.
BLOCK = (
    "Externship Placement Sites",
    "We are fortunate to collaborate with dedicated medical experts",
    "The CVAE Literacy Center is looking for engaged people",
)


def test_the_pages_are_as_described() -> None:
    for name, page in PAGES.items():
        row = next(k for k, line in enumerate(page) if line.startswith("Tags: "))
        assert page[row - 1].startswith(STORY[name][1])
        assert page[row - 2].startswith(STORY[name][0])
        for text in BLOCK:
            assert any(line.startswith(text) for line in page[row + 1 :]), text


def test_each_page_keeps_its_story_not_the_outlet_block_below_its_tag_row() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        for text in STORY[name]:
            assert any(line.startswith(text) for line in kept), (name, text)
        for text in BLOCK:
            assert not any(line.startswith(text) for line in kept), (name, text)


def test_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
