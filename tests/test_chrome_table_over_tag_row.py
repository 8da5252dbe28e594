"""A story's table of text whose last rows stand right above the outlet's tag row.

The page (``data/dumps/table_over_tag_row/certificate_explainer.txt``): an explainer
comparing a certificate with a certification, as a syndication draw prints it in a government
agency's chrome with every copy edited: its paragraphs, then its table of two columns of text,
a row a line with " | " between the cells (the copy's line breaks run its first row into the
paragraph above it and two rows together on a line: a line of three cells, one of two, one of
three), then the outlet's "Tags: ..." row. The region held the table, but its last two rows
read as headlines (phrases, no full stop) and stood against the tag row: they went as a box of
links (``inline_link``) and the first row stayed. A table is one thing: the rows of a table of
text that the region enters (one of them reads as the story's text, no headline) are the
story's, every one of them.

A footer's links joined by " | " on one line, or two such lines of different counts, are no
table of text: their cells are names, no phrases, and they stay chrome.
"""

from __future__ import annotations

from cleanscrape.chrome import body_lists
from cleanscrape.chrome.memo import page_lines

from .outlet_pages import kept_lines, line_at, read_pages, tag_row

_PAGE = read_pages("table_over_tag_row", ("certificate_explainer",))["certificate_explainer"]
#: The openings of the table's three lines, the last two right above the tag row.
_ROWS = [
    "Indicates completion of a course or series of courses",
    "Usually listed on a resume detailing education |",
    "Demonstrates knowledge of course content |",
]
#: A footer's links joined by bars: one line, and two lines of different counts.
_FOOTERS = [
    ["About us | Contact us | Privacy policy | Terms of use"],
    ["Careers | Advertise with us | Sitemap", "Accessibility | Cookie settings"],
]


def _table_at() -> int:
    """The index of the table's first line on the page."""
    return line_at(_PAGE, _ROWS[0])


def test_the_page_is_as_described() -> None:
    first = _table_at()
    lines = _PAGE[first : first + 3]
    assert all(line.startswith(row) for line, row in zip(lines, _ROWS, strict=True))
    assert [line.count(" | ") for line in lines] == [2, 1, 2]
    assert tag_row(_PAGE) == first + 3
    assert _PAGE[first - 1].endswith(
        "For newcomers and experienced professionals | Typically requires experience"
    )


def test_the_table_is_one_table_of_text() -> None:
    first = _table_at()
    feats = page_lines(_PAGE, None)
    at = {ln.index: k for k, ln in enumerate(feats)}
    tables = body_lists.text_tables(feats)
    assert [at[first], at[first + 1], at[first + 2]] in tables


def test_every_row_of_the_table_is_kept() -> None:
    kept = kept_lines(_PAGE)
    for row in _ROWS:
        assert any(line.startswith(row) for line in kept), row
    assert not any(line.startswith("Tags: ") for line in kept)
    assert kept[-1].startswith(_ROWS[-1])


def test_a_footer_joined_by_bars_is_no_table_and_stays_chrome() -> None:
    first = _table_at()
    for footer in _FOOTERS:
        page = _PAGE[:first] + footer + _PAGE[first + 3 :]
        assert body_lists.text_tables(page_lines(footer, None)) == []
        kept = kept_lines(page)
        assert not any(line in kept for line in footer), footer
        assert kept[-1].startswith("Yes, the courses you take")
