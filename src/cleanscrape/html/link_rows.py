"""Rows of links printed as one line: a tag cloud, a menu bar, told by their shape.

A site lays out its tag cloud or a menu bar as a run of short links side by side in one
element, with nothing between them but white space, icons or separators (``<div><a>adote um
amigo</a> <a>agua</a> <a>alerta</a> ...</div>``, ``<span><i></i> <a>Our Data</a> <i></i> <a>Sample
Profile</a> ...</span>``). A modern page names the box and the class-word pruning takes it out;
where nothing names it, the extractor prints the row as one line of keywords ("adote um amigo
agua alerta ambiente ..."), which no later step can split into its items. Its shape tells it
where its words do not: an element with :data:`MIN_ROW_LINKS` or more links to other pages as
its own children, each of :data:`MAX_ITEM_WORDS` words at most, and no text of its own besides
theirs but a short label of :data:`MAX_LABEL_CHARS` word characters ("Tags"). A printed line
that is the row's text (its links' texts, or the element's whole text) goes. A sentence of
the article that links some of its words has text between its links; a list of links prints
an item a line, which this rule leaves to the others; the main prose block's own rows stay.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .beside import drop_printed, leads_away, printed_key
from .recover import letters

#: A row holds at least this many links to other pages as its own children ...
MIN_ROW_LINKS = 5
#: ... each of this many words at most (a tag, a menu item: a headline is longer) ...
MAX_ITEM_WORDS = 4
#: ... and at most this many word characters of its own besides them (a label, "Tags").
MAX_LABEL_CHARS = 16

#: Elements with :data:`MIN_ROW_LINKS` or more ``<a>`` children (one pass of libxml2).
_ROW_CANDIDATES = etree.XPath(f"descendant::*[count(a) >= {MIN_ROW_LINKS}]")


def _words(text: str) -> str:
    """``text`` with its white space collapsed."""
    return " ".join(text.split())


def row_texts(el: lxml_html.HtmlElement) -> tuple[str, str] | None:
    """The text of ``el``'s links joined and its whole text (white space collapsed) when
    ``el`` is a row of links (see the module's docstring), else ``None``."""
    links = [a for a in el if a.tag == "a"]
    items = [_words(a.text_content()) for a in links]
    if sum(1 for a, t in zip(links, items, strict=True) if t and leads_away(a)) < MIN_ROW_LINKS:
        return None
    if any(len(t.split()) > MAX_ITEM_WORDS for t in items):
        return None
    whole = _words(el.text_content())
    if len(letters(whole)) - len(letters(" ".join(items))) > MAX_LABEL_CHARS:
        return None
    return " ".join(t for t in items if t), whole


def drop_link_rows(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement | None, lines: list[str]
) -> tuple[list[str], int]:
    """``lines`` without those that print a row of links below ``body`` outside ``block`` (the
    main prose block, ``None`` when the page has none) as one line; how many went."""
    texts: set[str] = set()
    for el in _ROW_CANDIDATES(body):
        if block is not None and (el is block or any(a is block for a in el.iterancestors())):
            continue
        found = row_texts(el)
        if found is not None:
            texts.update(map(printed_key, found))
    return drop_printed(lines, texts)
