"""A short story's own tag row closes it when a readers' thread follows too: a blog's pages
print under each post its "Tags: ..." row and share buttons, then the blog's own blocks (the
post's categories, its author's box, "Pamela Wilson is an online educator, author, keynote
speaker, and the founder of ...", a call to the blog's free workshops, its sections) and then
the readers' thread. The thread ended the region, and the tag row above it was not read, so
under a story of three short paragraphs the blog's blocks were kept as the story's, and the
story's copy on another outlet, lying whole in it, was not taken for a copy at the default.

The pages (``data/dumps/tag_row_over_thread/``): two outlets' copies of one story in a
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, opens_a_line, read_pages, statuses, tag_row

PAGES = read_pages("tag_row_over_thread", ("blog_outlet", "shop_outlet"))
#: The story's paragraphs, as both outlets print them (its first paragraph in another order).
STORY = (
    "The project I’m sharing is this DIY Faux Concrete and Gold Leaf planter I built.",
    "Be sure to check out the rest of the DIY Housewives’ projects below!",
)
#: The blog's blocks between the post's tag row and its readers' thread.
BLOG = (
    "Creating Offers, Online Business",
    "Pamela Wilson is an online educator, author, keynote speaker, and the founder of",
    "I want to help you take the next step.",
    "GROWING AN ONLINE BUSINESS",
)


def test_the_blogs_blocks_between_the_tag_row_and_the_thread_are_not_the_story() -> None:
    page = PAGES["blog_outlet"]
    row = tag_row(page)
    thread = next(k for k, line in enumerate(page) if line.startswith("10 thoughts on"))
    assert all(opens_a_line(page[row + 1 : thread], b) for b in BLOG)
    kept = kept_lines(page)
    assert all(opens_a_line(kept, s) for s in STORY)
    assert not any(opens_a_line(kept, b) for b in BLOG)


def test_the_two_copies_are_joined_at_the_default() -> None:
    assert statuses(PAGES)[0] == ["kept", "duplicate"]
