"""A headline guessed in the menu does not move a short story closed by its own tag row.

A dump that opens with the site's menu row ("Thousands of Reviews | MBA Insight | ...") is read
as a page title, and the line its first item names, printed again among the menu's links, is
taken as the headline. The prose right under that line is the outlet's offer ("Download FREE
Guide"), not the story: the region search had found the story, a short one, closed by its own
tag row ("Tags: ..."). The row says where the story is; the guess elsewhere does not move it.

A page of the syndication corpus's dev draw of seed 1106 with short negatives, lines unchanged
(see ``tests/data/dumps/README.md``).
"""

from __future__ import annotations

from .outlet_pages import DUMPS, kept_lines

_PAGE = DUMPS / "menu_title_tag_row" / "guide_offer_0103.txt"


def test_story_closed_by_its_tag_row_is_kept_over_the_menu_item_s_offer() -> None:
    """The story's paragraphs over its tag row are kept; the offer under the menu item is not."""
    page = _PAGE.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert page[0].startswith("Thousands of Reviews | ")  # (the menu row read as a title)
    kept = kept_lines(page)
    assert any(line.startswith("The Corrs’ song “Breathless”") for line in kept)
    assert any(line.startswith("Wondering how something so soft") for line in kept)
    assert not any("free branding guide" in line for line in kept)
    assert "Download FREE Guide" not in kept
