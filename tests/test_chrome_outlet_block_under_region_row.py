"""A short story whose own tag row stands right under the region, and a block of the outlet's
text far below it whose heading its first sentence repeats: a heating firm's page prints under
the story its recent posts, categories, contact form and licences and, at its foot,
"Americans with Disabilities Act (ADA) Notice" over "At <the firm>, we are committed to ...".
No page title names the story's headline, and the story's lede does not repeat it (the
outlet's standard paragraph stands between them), so the notice read as a headline told by its
lede and the region moved onto it. The region search weighs the tag row as chrome, so the
story's region ends right above the row rather than holding it. Every page of the outlet kept
that notice alone, and two pages with two different stories were joined as copies.

The pages (``data/dumps/tag_row_under_region/``): two of the outlet's pages of a syndication
draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("tag_row_under_region", ("teeth_healthy", "freelancer_software"))
#: Each page's own story: the paragraph under the outlet's standard one, right above the row.
STORY = {
    "teeth_healthy": "Proper oral care is important for overall health.",
    "freelancer_software": "You've cracked the code, haven't you?",
}
#: The outlet's notice at the page's foot, its heading repeated by its first sentence.
NOTICE = (
    "Americans with Disabilities Act (ADA) Notice",
    "At Howell-Chase Heating and Air Conditioning, we are committed to ensuring",
)


def test_the_pages_are_as_described() -> None:
    for name, page in PAGES.items():
        row = next(k for k, line in enumerate(page) if line.startswith("Tags: "))
        assert any(line.startswith(STORY[name]) for line in page[row - 3 : row])
        for text in NOTICE:
            assert any(line.startswith(text) for line in page[row + 1 :]), text


def test_each_page_keeps_its_story_not_the_outlets_notice_at_its_foot() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        assert any(line.startswith(STORY[name]) for line in kept), name
        for text in NOTICE:
            assert not any(line.startswith(text) for line in kept), (name, text)


def test_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
