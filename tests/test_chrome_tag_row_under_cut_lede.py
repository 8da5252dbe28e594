"""A short story's own tag row closes it when its lede, cut with an ellipsis, stands above the
region, and when the dates right under the row are a readers' thread's.

A tag row closes a short story after two of its paragraphs (one above the story's second
paragraph may be a head's). An outlet that prints the story's lede cut ("... This month, our
theme is DIY woodworking projects,…") has it weighed as a teaser, so the region opened at the
second paragraph and the row stood after one: the outlet's lines under it were kept as the
story's (a podcast's "Help me spread the word ..." box). And a row followed within its reach
by a comment's header and date ("Prince J says:" / "December 18, 2025 at 1:14 pm") was read
as a row in a story's head, so the readers' thread under a short story was kept.

The pages (``data/dumps/tag_row_under_cut_lede/``): three outlets' copies of one story in
syndication draws (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, opens_a_line, read_pages, statuses, tag_row

PAGES = read_pages("tag_row_under_cut_lede", ("podcast_outlet", "thread_outlet", "cut_lede_outlet"))
#: The story's lede as the three outlets print it (cut), and its second paragraph's opening.
LEDE = "Every month I team up with my fellow “DIY Housewives” team of bloggers"
SECOND = "The project I’m sharing is this DIY Faux Concrete and Gold Leaf planter I built."


def _story_kept(kept: list[str]) -> bool:
    return opens_a_line(kept, LEDE) and opens_a_line(kept, SECOND)


def test_the_podcast_box_under_the_row_is_not_the_story() -> None:
    page = PAGES["podcast_outlet"]
    row = tag_row(page)
    assert page[row - 2].startswith(LEDE) and page[row - 2].endswith("…")
    kept = kept_lines(page)
    assert _story_kept(kept)
    assert not any(line.startswith("Help me spread the word") for line in kept)
    assert not any(line.startswith("Send a link to this show") for line in kept)


def test_the_readers_thread_under_the_row_is_not_the_story() -> None:
    page = PAGES["thread_outlet"]
    row = tag_row(page)
    assert page[row + 3] == "Prince J says:"
    kept = kept_lines(page)
    assert _story_kept(kept)
    assert not any(line == "Reply" or line.startswith("Great points Shawn") for line in kept)
    assert not any(line.startswith("I’m glad you enjoyed the post!") for line in kept)


def test_the_thread_outlets_copy_is_joined_to_the_other_cut_copy_at_the_default() -> None:
    pages = {name: PAGES[name] for name in ("thread_outlet", "cut_lede_outlet")}
    assert statuses(pages)[0] == ["kept", "duplicate"]
