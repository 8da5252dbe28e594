"""The outlet's card of another post right under a short story's tag row ("Tags: ..."): its
category, headline, author and date, then a summary cut with "..." and a "Read more" link
("AI Marketing" / "GEO vs SEO | Secure Your Spot Before AI Reranks Everything" / "Santiago
Parra" / "December 5, 2025" / "Not long ago, ... In the context..." / "Read more"). The card's
date lies within the row's reach and reads as the story's own (a tag row in a story's head is
followed by its date), so the row did not close the story, a short one of five lines, and the
first card was kept as the story's last lines: that copy no longer matched another outlet's
copy at the default setting.

The pages (``data/dumps/card_under_tag_row/``, provenance in its README): two outlets' copies of
one story in a syndication draw (dev, seed 1364, ``--negative-paragraphs 2
--negative-words 150``), lines as printed."""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline

from .outlet_pages import kept_lines, read_pages

PAGES = read_pages("card_under_tag_row", ("card_outlet", "other_outlet"))
SITE = PAGES["card_outlet"]
LAST_LINE = "A data-driven approach brings a #RelentlesslyOriginal community together"
CARD = [
    "AI Marketing",
    "GEO vs SEO | Secure Your Spot Before AI Reranks Everything",
    "Santiago Parra",
    "December 5, 2025",
]


def test_the_card_under_the_row_closes_the_story_and_goes() -> None:
    row = next(k for k, line in enumerate(SITE) if line.startswith("Tags: "))
    assert SITE[row - 1].startswith(LAST_LINE)
    assert SITE[row + 1 : row + 5] == CARD
    assert SITE[row + 5].endswith("In the context...")
    assert SITE[row + 6] == "Read more"
    kept = kept_lines(SITE)
    assert any(line.startswith(LAST_LINE) for line in kept)
    assert not set(CARD) & set(kept)
    assert SITE[row + 5] not in kept


def test_the_two_outlets_copies_are_joined_at_the_default_setting() -> None:
    # (each page under a folder of its own: two outlets, as the draw gives them)
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    results = Pipeline(CleanOptions()).run(docs).results
    assert [r.status for r in results] == ["kept", "duplicate"]
