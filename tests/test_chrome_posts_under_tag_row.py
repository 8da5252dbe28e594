"""The outlet's recent posts under a story's tag row ("Tags: ..."), each a headline over its
date ("Private Locating for Utilities and Municipalities" / "August 21, 2025" / "Top 5 Reasons
Why ..." / "July 29, 2025"), then the outlet's "About Us" blurb. The dates under the row read
as the story's own (a tag row in a story's head is followed by its date), so the row did not
close the story, a short one of six paragraphs, and the region ran on: the first post's
headline and the blurb were kept as the story's last paragraphs, and that copy no longer
matched another outlet's copy at the default setting.

The pages (``data/dumps/posts_under_tag_row/``, provenance in its README): two outlets' copies
of one story in a syndication draw (dev, seed 1107, ``--negative-paragraphs 2
--negative-words 150``), lines as printed."""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, read_pages

PAGES = read_pages("posts_under_tag_row", ("utility_outlet", "other_outlet"))
SITE = PAGES["utility_outlet"]
LAST_LINE = "The incident comes after two other patients"
FIRST_POST = "Private Locating for Utilities and Municipalities"
BLURB = "Utility Partners of America (UPA), a System One company"


def test_the_posts_under_the_row_close_the_story_the_blurb_goes() -> None:
    row = next(k for k, line in enumerate(SITE) if line.startswith("Tags: "))
    assert SITE[row - 1].startswith(LAST_LINE)
    assert SITE[row + 1 : row + 5] == [
        FIRST_POST,
        "August 21, 2025",
        "Top 5 Reasons Why Suburban Communities Are Upgrading to Smart Gas Meters",
        "July 29, 2025",
    ]
    kept = kept_lines(SITE)
    assert any(line.startswith(LAST_LINE) for line in kept)
    assert FIRST_POST not in kept
    assert not any(line.startswith(BLURB) for line in kept)


def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]
