"""Lists told by the shape of every one of their items, taken out of a page whole.

Some boxes of a page's chrome are a ``<ul>``/``<ol>`` whose items all have one shape (a
reader's comment under its dated permalink, :mod:`.threads`; a teaser card cut short,
:mod:`.excerpts`), where no class word names the box. Those modules say what an item looks
like; this one finds the outermost such lists (:func:`.removal.drop_elements` takes them out).
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import html as lxml_html

_LIST_TAGS = ("ul", "ol")


def shaped_lists(
    body: lxml_html.HtmlElement,
    is_item: Callable[[lxml_html.HtmlElement], bool],
    min_items: int,
) -> list[lxml_html.HtmlElement]:
    """The outermost lists below ``body`` of ``min_items`` or more items, each ``is_item``."""
    found: list[lxml_html.HtmlElement] = []
    for lst in body.iter(*_LIST_TAGS):
        items = [c for c in lst if isinstance(c.tag, str)]
        if len(items) < min_items or not all(map(is_item, items)):
            continue
        if not any(a in found for a in lst.iterancestors(*_LIST_TAGS)):
            found.append(lst)
    return found
