"""Summaries of an outlet's other stories cut by characters beside the cards' dates.

The pages (``data/dumps/cut_summaries_beside_dates/``): one story (a developer choosing a web
framework) of a syndication draw as two outlets print it, lines as printed. The first
(``copy.txt``) prints the story alone. The second (``copy_over_cards.txt``, a software
outlet) prints under it a listing of its other stories: cards of a kicker and a date
("FEATURES DEC 18, 2025"), a headline and a summary of several sentences cut after a word
with "..." (49 to 66 words: longer than a card's teaser by its words alone). Kept as the
story's paragraphs, the three summaries weighed down the copy's body, so the two copies
stayed apart at the default setting (body Jaccard 0.49)."""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import find_duplicates

from .outlet_pages import kept_lines, read_pages

_FOLDER = "cut_summaries_beside_dates"
_PAGES = read_pages(_FOLDER, ("copy", "copy_over_cards"))
#: The openings of the three cut summaries of the second page's listing.
_SUMMARIES = ("Harmonic, the artificial", "Klarna has launched", "NVIDIA and Synopsys have")


def test_cut_summaries_beside_dates_are_dropped_and_the_story_kept() -> None:
    """No summary of the listing is kept; the story's lines are, as the first copy's are."""
    page = _PAGES["copy_over_cards"]
    summaries = [ln for ln in page if ln.startswith(_SUMMARIES)]
    assert len(summaries) == 3  # the page as described
    assert all(ln.endswith("...") and 40 < len(ln.split()) < 90 for ln in summaries)
    assert "FEATURES DEC 18, 2025" in page and "COMPANIES DEC 18, 2025" in page
    kept = kept_lines(page)
    assert not [ln for ln in kept if ln.startswith(_SUMMARIES)]
    assert any(ln.startswith("For years I avoided anything Microsoft") for ln in kept)
    assert any(ln.startswith("Django 6 just dropped") for ln in kept)


def test_the_two_copies_are_joined_at_the_default_setting() -> None:
    """On two sites the two copies are one story at the default setting."""
    docs = [Document(name, "\n".join(page)) for name, page in _PAGES.items()]
    clean = [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]
    assert find_duplicates(clean, sites=["a.com", "b.com"]).duplicate_of == [None, 0]
