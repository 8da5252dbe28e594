"""Layout tables printed side by side, read a column at a time.

Converters that lay a page out as a text grid (inscriptis; the text-mode browsers lynx, w3m and
links) print a table a row a line, each cell padded with blanks to its column's width. A page
laid out by a table (a menu or a sidebar in one cell, the article in the next) thus comes out
with the two cells side by side: each line holds a line of the menu, a gutter of blanks, and a
line of the article ("      * Wine 101                           + Loire Valley: The Loire is
..."). Read as lines, the menu's items and the article's paragraphs are one line each, and
neither rule on menus nor on prose holds for them.

:func:`read_columns` finds such a block, a run of lines with a shared gutter (two blank
columns or more, with text on both sides of it on several lines), and cuts it into its columns:
the left column's lines, then the right's, each cell line keeping its own indentation and every
character of the line it came from. Tables of data are left as they are (their rows, a row a
line, are read as a list's items): a table's cells are set side by side on every row, so most
lines of a data table hold text on both sides of each gutter, while the cells of a layout table
run on their own and one of them holds running prose. A cut column is read again for gutters of
its own (a page laid out in three columns).

A dump without such a block is returned as its own lines: html-text's dumps never print two
blanks in a row (one search of the page's text finds none), and the gutters of the rest are
found by one pattern over the page; only the lines around a gutter beside running prose are
read one by one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate

#: A gutter: two blanks or more between text and text on one line (a text grid pads its cells
#: with spaces); the match ends where the text after the gutter starts.
_GAP = re.compile(r"\S {2,}(?=\S)")
#: A run of words (a cell that holds running prose has this many at least on a line).
_PROSE_WORDS = 12
#: Lines that hold text on both sides of a gutter, at least, for a block to be a table.
_MIN_ROWS = 3
#: Cuts of cuts, at most (a page in three columns needs two).
_DEPTH = 3


def read_columns(text: str) -> tuple[list[str], list[int] | None]:
    """The lines of ``text`` with every layout table printed side by side cut into its
    columns, and the index in ``text.split("\\n")`` of each line returned (``None`` when
    nothing was cut: the lines are the text's own)."""
    lines = text.split("\n")
    if "  " not in text:  # (most dumps: no line is looked at)
        return lines, None
    origin = list(range(len(lines)))
    out, at = _cut(lines, origin, _DEPTH)
    if at is origin:
        return lines, None
    return out, at


def _cut(lines: list[str], origin: list[int], depth: int) -> tuple[list[str], list[int]]:
    """``lines`` (from ``origin``) with a layout table cut, each column and the lines above and
    below it read again; ``(lines, origin)`` themselves when there is none."""
    block = "\n".join(lines)
    if depth == 0 or "  " not in block or "  " not in "\n".join(map(str.strip, lines)):
        return lines, origin  # (most pages: no two blanks in a row, or only to indent a line)
    found = [
        (span[1] - span[0], -col, span)
        for col in _gutters(lines, block)
        if (span := _layout_span(lines, col)) is not None
    ]
    if not found:
        return lines, origin
    # the gutter of the tallest table: the one whose block spans the most lines
    _, neg, (first, last) = max(found)
    col = -neg
    left = [ln[:col] for ln in lines[first:last]]
    right = [ln[col:] for ln in lines[first:last]]
    mine = origin[first:last]
    left, left_at = _cut(left, mine, depth - 1)
    right, right_at = _cut(right, mine, depth - 1)
    above, above_at = _cut(lines[:first], origin[:first], depth - 1)
    below, below_at = _cut(lines[last:], origin[last:], depth - 1)
    return (
        [*above, *left, "", *right, *below],
        [*above_at, *left_at, origin[first], *right_at, *below_at],
    )


def _gutters(lines: list[str], block: str) -> list[int]:
    """The columns where the text after a gutter starts on :data:`_MIN_ROWS` lines at least,
    on one of them beside a cell of running prose (the line's text before its first gutter,
    or after its last)."""
    gaps = list(_GAP.finditer(block))
    if len(gaps) < _MIN_ROWS:
        return []
    starts = list(accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    rows = [bisect_right(starts, m.end()) - 1 for m in gaps]
    columns = Counter(m.end() - starts[k] for m, k in zip(gaps, rows, strict=True))
    prose: set[int] = set()
    for g, (m, k) in enumerate(zip(gaps, rows, strict=True)):
        col = m.end() - starts[k]
        if columns[col] < _MIN_ROWS or col in prose:
            continue
        line = lines[k]
        cells = []
        if g == 0 or rows[g - 1] != k:  # the first gutter of its line: one cell before it
            cells.append(line[: m.start() + 1 - starts[k]])
        if g + 1 == len(gaps) or rows[g + 1] != k:  # the last: one cell after it
            cells.append(line[col:])
        if any(len(cell.split()) >= _PROSE_WORDS for cell in cells):
            prose.add(col)
    return sorted(prose)


def _layout_span(lines: list[str], col: int) -> tuple[int, int] | None:
    """The lines ``[first, last)`` of the first layout table whose gutter ends at ``col`` (the
    right cell's text starts there or further right), or ``None``."""
    n = len(lines)
    k = 0
    while k < n:
        if not _clear(lines[k], col):
            k += 1
            continue
        end = k
        while end < n and _clear(lines[end], col):
            end += 1
        span = _table_of(lines, k, end, col)
        if span is not None:
            return span
        k = end
    return None


def _clear(line: str, col: int) -> bool:
    """Whether ``line`` is blank in the two columns before ``col``."""
    return not line[max(col - 2, 0) : col].strip()


def _table_of(lines: list[str], start: int, end: int, col: int) -> tuple[int, int] | None:
    """The lines of ``[start, end)`` (each blank before ``col``) from the first to the last that
    holds text, when they are a layout table: text on both sides of the gutter on
    :data:`_MIN_ROWS` lines at least but on fewer than half the lines holding any text; on
    most of those lines each side one cell (no gutter of its own: a table of data sets three
    cells or more side by side); and on one of them a cell of running prose."""
    both = sides = cells = 0
    prose = False
    first = last = -1
    for k in range(start, end):
        ln = lines[k]
        left, right = ln[:col].strip(), ln[col:].strip()
        if not (left or right):
            continue
        if first < 0:
            first = k
        last = k + 1
        sides += 1
        if not (left and right):
            continue
        both += 1
        one_left, one_right = _GAP.search(left) is None, _GAP.search(right) is None
        if one_left and one_right:
            cells += 1
        prose = prose or any(
            one and len(side.split()) >= _PROSE_WORDS
            for one, side in ((one_left, left), (one_right, right))
        )
    if both < _MIN_ROWS or 2 * both >= sides or 2 * cells <= both or not prose:
        return None
    return first, last
