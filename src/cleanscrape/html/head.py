"""The page's ``<head>``, emptied once its metadata is read, before article extraction.

trafilatura deletes the head in its cleaning, but only after copying the tree it is handed,
and it copies that raw tree twice more (for its cleaning, and for the readability pass, which
walks it): the style sheets, scripts, ``<meta>`` and ``<link>`` elements of a head, often the
larger part of a page's markup, were copied three times and read by none of the copies. No
step of cleanscrape after the metadata (:mod:`cleanscrape.html.meta`, read first) and the
chrome pruning reads the head either.
The head's schema.org data scripts (``type="application/ld+json"``) stay in it, in their
order: trafilatura reads them on the uncleaned tree (a forum's posts, an article body given
as data when the markup holds none).
"""

from __future__ import annotations

from lxml import html as lxml_html

#: The script type trafilatura reads, spelled as its own queries spell it (an exact match).
DATA_SCRIPT = "application/ld+json"


def empty_head(tree: lxml_html.HtmlElement) -> bool:
    """Replace the ``<head>`` of ``tree`` by one holding only its schema.org data scripts
    (the old head is freed in one step); ``False`` when there is no head or it is empty."""
    head = tree.find("head")
    if head is None or not len(head):
        return False
    kept = head.makeelement(head.tag, head.attrib)
    kept.extend([s for s in head.iter("script") if s.get("type") == DATA_SCRIPT])
    kept.tail = head.tail
    tree.replace(head, kept)
    return True
