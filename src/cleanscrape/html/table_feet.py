"""A table's header row repeated in its foot, removed before article extraction.

Long data tables (a team's snap counts, a league's standings, a price list) often repeat their
header row at the bottom, so that a reader at the end of the table still sees what each column
is: the same ``<tr><th>Pos</th><th>Player</th>...`` in ``<thead>`` and in ``<tfoot>``. HTML
lets ``<tfoot>`` come before ``<tbody>`` in the source (the browser draws it last), and table
plugins and templates write it there; the extractor reads the source in order, so the header
is printed twice on two lines in a row above the table's first data row. The second copy is
no part of the table's text (the first row of a table read by a text tool is its header, once),
and the strip stage, which sees two equal lines, cannot tell which one to drop.

A repeated foot is a ``<tfoot>`` whose visible words are those of its table's ``<thead>``,
word for word (white space aside). A foot with anything else in it (a total row, a source
note, a footnote) is the table's own text and stays.
"""

from __future__ import annotations

from lxml import html as lxml_html

from .removal import drop_elements
from .words import element_text


def repeated_feet(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The ``<tfoot>`` elements below ``body`` that repeat their own table's ``<thead>``, word
    for word, in document order (an empty foot repeats nothing)."""
    feet = []
    for foot in body.iter("tfoot"):
        table = foot.getparent()
        head = table.find("thead") if table is not None else None
        if head is None:
            continue
        words = element_text(foot)
        if words and words == element_text(head):
            feet.append(foot)
    return feet


def drop_repeated_feet(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the repeated table feet below ``body`` (:func:`repeated_feet`); returns how many
    went (and appends the text of each to ``texts`` when given). A foot's tail stays in its
    table."""
    return drop_elements(repeated_feet(body), texts)
