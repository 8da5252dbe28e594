"""A table in a republished story: its rows are in the matching key however the outlet breaks
its lines.

Outlets print a table their own way: one a row a line, another two rows joined on one line (its
own paragraph breaks), which makes the joined line long enough to be prose. A row printed alone
is short and ends without a full stop: two or more such rows between two runs of prose were left
out of the key like a menu, and rows after the last large run like a teaser's, so one copy's key
held the table and the other's did not. Two real copies of two stories of a syndication draw
show it (``data/dumps/table_rows_broken_apart/``, clean texts, lines as printed):

* ``certificate_*``: an explainer (certificate or certification?) with a two-column table, a
  row a line in one copy, rows joined in the other (seed 2063, dev, ``--edited 1.0``): body
  Jaccard 0.887, keys' 0.296 (the pair was found only by ``--containment``);
* ``rankings_*``: a ranking of business schools, two tables of seven and nine columns (seed
  2069): every row of the row-a-line copy is now in its key.

``menus.txt``: a site's menu as the page prints it, an item a line, and three lines of another
site's chrome with cells (a menu row of nine cells, one of two): between two runs of a story
they stay out of its key, as before (a menu is a column of single items, or one line of cells;
a table has two lines of as many cells or more).
"""

from __future__ import annotations

from cleanscrape import CleanOptions
from cleanscrape.dedup import find_duplicates, matching_key, shingles, split_text
from cleanscrape.dedup.body import is_prose, table_rows

from .outlet_pages import read_pages

PAGES = read_pages(
    "table_rows_broken_apart",
    (
        "certificate_row_a_line",
        "certificate_rows_joined",
        "rankings_row_a_line",
        "rankings_rows_joined",
        "menus",
    ),
)


def _key(lines: list[str]) -> str:
    return matching_key(split_text("\n".join(lines)).body)


def _jaccard(a: list[str], b: list[str]) -> float:
    x, y = shingles(_key(a), 5), shingles(_key(b), 5)
    return len(x & y) / len(x | y)


def _rows_in_key(lines: list[str]) -> list[bool]:
    """For each table row of ``lines``, whether its text is in the text's matching key."""
    key = _key(lines)
    return [matching_key(lines[k]) in key for k in sorted(table_rows(lines))]


def test_the_copies_are_as_described() -> None:
    one, joined = PAGES["certificate_row_a_line"], PAGES["certificate_rows_joined"]
    assert len(one) == 9 and all(" | " in line for line in one[2:])
    assert len(joined) == 6 and joined[5].count(" | ") == 3
    assert sorted(table_rows(one)) == list(range(2, 9))
    rankings = PAGES["rankings_row_a_line"]
    assert len(table_rows(rankings)) == 42


def test_a_table_printed_a_row_a_line_is_in_the_key() -> None:
    for name in ("certificate_row_a_line", "rankings_row_a_line", "rankings_rows_joined"):
        assert all(_rows_in_key(PAGES[name])), name


def test_the_copies_of_the_explainer_have_keys_as_alike_as_their_text() -> None:
    one, joined = PAGES["certificate_row_a_line"], PAGES["certificate_rows_joined"]
    assert _jaccard(one, joined) > 0.85
    texts = ["\n".join(one), "\n".join(joined)]
    found = find_duplicates(texts, CleanOptions(), sites=["outlet-a", "outlet-b"])
    assert found.duplicate_of == [None, 0]


def test_a_menu_between_two_runs_stays_out_of_the_key() -> None:
    story, menus = PAGES["certificate_row_a_line"], PAGES["menus"]
    assert not table_rows(menus)
    # (the menu row of nine cells has 20 words or more: prose by its length, a rule of its own)
    menu = [line for line in menus if not is_prose(line)]
    assert len(menu) == len(menus) - 1
    text = [story[0], *menu, *story[1:]]
    key = _key(text)
    assert not any(matching_key(line) in key for line in menu if len(line.split()) > 1)
    assert all(_rows_in_key(text))
    assert key == _key(story)
