"""A short story's tag row with the post's date under it still closes the story: a
photography blog prints under each post its "Tags: ..." row, the post's date again ("May 28,
2024"), the author's name twice and the blog's newsletter offer ("The Morning Blaze - my free,
email newsletter where I share ..."). The date under the row read as a story's head (a tag row
followed by the date, then the story), so the row did not end the story: the author's name
and the offer were kept as its last paragraphs, and that copy of a short story no longer
matched another outlet's copy at the default setting.

The pages (``data/dumps/tag_row_over_date/``): two outlets' copies of one story in a
syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, read_pages

PAGES = read_pages("tag_row_over_date", ("photography_outlet", "other_outlet"))
BLOG = PAGES["photography_outlet"]
LAST_LINE = "A data-driven approach brings a #RelentlesslyOriginal community together"
OFFER = "The Morning Blaze - my free, email newsletter"


def test_the_row_over_the_date_ends_the_story_the_offer_under_it_goes() -> None:
    row = next(k for k, line in enumerate(BLOG) if line.startswith("Tags: "))
    assert BLOG[row - 1].startswith(LAST_LINE)
    assert BLOG[row + 1] == "May 28, 2024"
    kept = kept_lines(BLOG)
    assert any(line.startswith(LAST_LINE) for line in kept)
    assert not any(line.startswith(OFFER) for line in kept)
    assert "Mark Denney" not in kept


def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]
