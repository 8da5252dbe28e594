"""Boxes taken out of the page whole, before extraction, each with its text kept for the trace.

The HTML stages that find a box of chrome by its shape (a hover card inside a paragraph, a row
of tags, a readers' thread, a list of teasers, a table's repeated foot, a share button's label)
take it out of the tree the same way: the element and everything below it go, the text after
it (its tail, which is its parent's text) stays where it was, and with a trace the box's text
as the HTML stages read it (:func:`~.words.element_text`) is kept under the stage's reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import html as lxml_html

from .words import element_text


def drop_elements(elements: Sequence[lxml_html.HtmlElement], texts: list[str] | None = None) -> int:
    """Remove ``elements`` from their page, each with all below it (its tail stays in its
    parent); returns how many went, and appends the text of each to ``texts`` when given."""
    for el in elements:
        if texts is not None:
            texts.append(element_text(el))
        el.drop_tree()
    return len(elements)
