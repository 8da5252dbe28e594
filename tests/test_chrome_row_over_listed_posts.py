"""A short story's tag row over the outlet's listing of its posts: the date right under the
row is the listing's, not the story's head.

Two outlets of a syndication draw print a short story (two lines without full stops) right
above their tag row, and under the row a date:

* ``keeper_fee``, ``compound_strings`` (an auto site): "Jose Altoveros 2019-11-20 14:35:08",
  then "Previous Auto News -" and a card of another post (its headline and summary), which the
  page prints again in its "RECENT ARTICLES" box;
* ``mesh_wifi``, ``tax_software`` (a gym chain's site): "Explore Our Latest News", then its posts
  each a date, a category and a headline, the dates three lines apart, no summary.

A tag row in a story's head is followed by the story's date, so the row closed nothing, the
story's lines went as ``teaser`` and ``related_card``, and each page kept its outlet's standard
paragraph alone, which the outlet's other page holds too: ``--containment`` joined two
different stories. A story's head has its paragraphs under its date, which the page prints
once; a card printed again, or dates at one fixed distance with no paragraph between them,
are the outlet's listing.

The pages (``data/dumps/row_over_listed_posts/``): two pairs of dev pages of the syndication
corpus (seeds 1769 and 1954, ``--negative-paragraphs 2 --negative-words 150``), lines as
printed.
"""

from __future__ import annotations

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.sequels import _closing_tag_row

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses, tag_row

AUTO = read_pages("row_over_listed_posts", ("keeper_fee", "compound_strings"))
GYM = read_pages("row_over_listed_posts", ("mesh_wifi", "tax_software"))
#: Each page's story, the two lines right above its tag row.
STORIES = {
    "keeper_fee": ["Chelsea have this morning paid", "This has freed of the"],
    "compound_strings": ["Earlier this week, in my Big Sexy Poems", "Historically, when"],
    "mesh_wifi": ["A Guide to Whole Home Mesh WiFi in 2021", "Learn everything you need"],
    "tax_software": ["- This guide ranks the best tax", "- Top choices for CPAs include"],
}


def _closes(page: list[str]) -> bool:
    """Whether the page's first tag row closes the story above it."""
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    row = next(k for k, ln in enumerate(feats) if ln.index == tag_row(page))
    return _closing_tag_row(feats, tags, row, len(feats) - 1)


def test_the_pages_are_as_described() -> None:
    page = AUTO["keeper_fee"]
    row = tag_row(page)
    assert page[row + 1] == "Jose Altoveros 2019-11-20 14:35:08"
    assert page[row + 2] == "Previous Auto News -"
    assert page.count(page[row + 3]) == 2 and page.count(page[row + 4]) == 2
    page = GYM["mesh_wifi"]
    row = tag_row(page)
    assert [page[row + k] for k in (3, 6, 9)] == [
        "December 13, 2025",
        "December 12, 2025",
        "December 10, 2025",
    ]


def test_the_stories_over_the_rows_are_kept() -> None:
    for name, page in {**AUTO, **GYM}.items():
        kept = kept_lines(page)
        for line in STORIES[name]:
            assert opens_a_line(kept, line), (name, line)
        assert not any(line.startswith("Tags: ") for line in kept), name


def test_the_two_stories_of_each_outlet_are_not_joined() -> None:
    assert statuses(AUTO) == [["kept", "kept"], ["kept", "kept"]]
    assert statuses(GYM) == [["kept", "kept"], ["kept", "kept"]]


def test_a_card_printed_once_under_the_date_is_no_listing() -> None:
    """The rule asks that the page print the card again: printed once, the headline and the
    line under it could be a story's own, and the row stays a head's."""
    page = AUTO["keeper_fee"]
    assert _closes(page)
    row = tag_row(page)
    card = page[row + 3 : row + 5]
    once = page[: row + 5] + [line for line in page[row + 5 :] if line not in card]
    assert not _closes(once)


def test_dates_with_paragraphs_between_them_are_no_listing() -> None:
    """A live blog's entries are dated one by one too, with paragraphs under each date: the
    listing is dates at one distance with no paragraph between them."""
    page = GYM["mesh_wifi"]
    assert _closes(page)
    row = tag_row(page)
    paragraph = page[line_at(page, "While heart rate is a better identifier")]
    entries = [paragraph if k in (4, 7) else line for k, line in enumerate(page[row:], 0)]
    assert not _closes(page[:row] + entries)
