"""Tables used for page layout, turned into plain blocks before article extraction.

Older sites lay the whole page out with ``<table>``: the article sits in one cell beside the
menu and the "top stories" column. trafilatura reads a table as data, one row per line with
the cells joined, so such a page comes out as one long line holding the article together with
everything laid out around it. A table is a layout table when a cell of its own rows holds
what a data cell does not: the paragraphs of an article, three or more prose paragraphs (see
:func:`.prune.prose_paragraphs`). Its ``table``/``tr``/``td`` elements become ``div``s, so the
extractor sees the article's paragraphs as paragraphs. Data tables (figures, schedules,
results, a term and its description in a cell) are left as they are.
"""

from __future__ import annotations

from lxml import html as lxml_html

#: A cell holding this many prose paragraphs of its own holds an article, not a datum.
MIN_CELL_PARAGRAPHS = 3
_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})


def _rows(table: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _SECTIONS:
            rows += [r for r in child if r.tag == "tr"]
    return rows


def _cell_of(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The table cell ``el`` is directly in (no other cell between them), if any."""
    for anc in el.iterancestors():
        if anc.tag in _CELLS:
            return anc
    return None


def unwrap_layout_tables(
    root: lxml_html.HtmlElement, prose: dict[lxml_html.HtmlElement, int]
) -> int:
    """Turn the layout tables below ``root`` into ``div``s; returns how many there were.

    ``prose`` holds the page's prose paragraphs (:func:`.prune.prose_paragraphs`). Inner tables
    go first: once a layout table nested in a cell is unwrapped, its paragraphs count for the
    outer cell.
    """
    changed = 0
    for table in reversed(list(root.iter("table"))):
        rows = _rows(table)
        cells = [c for r in rows for c in r if c.tag in _CELLS]
        if not any(_holds_article(c, prose) for c in cells):
            continue
        changed += 1
        for el in [table, *(x for x in table if x.tag in _SECTIONS), *rows, *cells]:
            el.tag = "div"
    return changed


def _holds_article(cell: lxml_html.HtmlElement, prose: dict[lxml_html.HtmlElement, int]) -> bool:
    n = 0
    for p in cell.iter("p"):
        if p in prose and _cell_of(p) is cell:
            n += 1
            if n >= MIN_CELL_PARAGRAPHS:
                return True
    return False
