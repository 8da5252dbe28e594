"""A short story closed by its own tag row is kept alone, however small a share of its page.

A cloud vendor prints some 1,080 lines around a story of seven lines (a legal aid finder's
heading, a paragraph, five short lines, then its "Tags: ..." row): its menus, then its products
each a name and a one-line description, then the same menus again, names only. The strip stage
found the story (the region's lines down to the tag row that closes it), but it is 593 of
33,599 characters, under ``min_kept_ratio`` (a twentieth), so the page was kept whole and
flagged ``low_prose``: the story's copies on other outlets were not contained in the page's
text (0.28 of a copy's body), and ``--containment`` missed the pairs.

The share guards against a failed extraction: a region of some chrome prose kept where the
story was lost. A story whose own tag row closes it was found by its structure (its lines
down to the row that every site prints under a story), not by its weight alone; a page's
many lines of menus and products say nothing against it.

The pages (``data/dumps/story_in_vendor_chrome/``): the story's three copies in the dev draw
of seed 2045 (short negatives, every copy edited), lines as printed. The third copy
(``realty_legal_help``) is edited so that each of it and the vendor's copy lacks a sentence
of the other's (some 100 words of story): 0.49 and 0.38 of each lie in the other, and it is
joined to the vendor's page through the adtech outlet's copy.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, opens_a_line, read_pages

PAGES = read_pages(
    "story_in_vendor_chrome", ("vendor_legal_help", "adtech_legal_help", "realty_legal_help")
)
VENDOR = PAGES["vendor_legal_help"]
#: The vendor's copy of the story, by its lines' openings.
STORY = [
    "The Corporation currently provides funding",
    "You can also visit LawHelp.org",
    "You can also click on the map.",
    "Contact a legal aid organization in your area",
    "Please search for an address or click on the map.",
    "LSC-funded legal aid in the red-shaded region",
]


def test_the_page_is_as_described() -> None:
    assert len(VENDOR) > 1000
    row = next(k for k, line in enumerate(VENDOR) if line.startswith("Tags: "))
    assert VENDOR[row - 1].startswith(STORY[-1]) and row < 12
    story = sum(len(VENDOR[k]) for k in range(3, row))
    assert story < 0.05 * sum(map(len, VENDOR))


def test_the_story_is_kept_alone_and_the_page_not_flagged() -> None:
    c = classify_lines(VENDOR)
    assert "low_prose" not in c.flags
    kept = [v.text for v in c.verdicts if v.keep]
    for line in STORY:
        assert opens_a_line(kept, line), line
    assert not opens_a_line(kept, "Tags: ")
    assert not opens_a_line(kept, "BigQuery")
    assert len(kept) <= len(STORY) + 2


def test_a_page_whose_story_is_not_closed_is_still_kept_whole() -> None:
    """The same page without its tag row: the story's share alone says nothing of it, and
    the page is kept whole as before."""
    page = [line for line in VENDOR if not line.startswith("Tags: ")]
    assert "low_prose" in classify_lines(page).flags
    assert len(kept_lines(page)) == len([line for line in page if line.strip()])


def test_the_copies_on_other_outlets_are_found() -> None:
    """With ``--containment`` the adtech outlet's copy lies in the vendor's (0.82) and the
    realty outlet's in the adtech one's: the three are one story. Without the rule the
    vendor's page, kept whole, joined neither."""
    names = ["vendor_legal_help", "adtech_legal_help", "realty_legal_help"]
    docs = [Document(f"{name}/{name}.txt", "\n".join(PAGES[name])) for name in names]
    results = Pipeline(CleanOptions(containment=True)).run(docs).results
    assert sorted(r.status for r in results) == ["duplicate", "duplicate", "kept"]
