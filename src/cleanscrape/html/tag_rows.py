"""The post's tag row, told by its links' ``rel="tag"``, removed before article extraction.

HTML names the link to a tag of the page with the link type ``tag`` (``<a rel="tag">``: "the
tag that the referenced document represents applies to the current document"), and blog
engines print each of a post's tags so. A tag row that no class names as one (``<strong>Tags
<br><a rel="tag">calendario stock car 2018</a>, <a rel="tag">stock car brasil</a>, ...
</strong>`` under the article) is printed by the extractor as a line of keywords, its label
on a line above. A row is the element that holds :data:`MIN_TAG_LINKS` or more such links as
its own children and no text but theirs, their separators and a short label of
:data:`MAX_LABEL_CHARS` word characters at most ("Tags", "Schlagwörter:"). A single tag link
(a subheading that links to its tag page) or a sentence of the body that links some of its
words to their tags is not a row.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .recover import letters
from .removal import drop_elements

#: A tag row holds at least this many tag links.
MIN_TAG_LINKS = 2
#: ... and at most this many word characters that are not their text (a label).
MAX_LABEL_CHARS = 16

#: The links whose ``rel`` holds the token ``tag`` (one pass of libxml2).
_TAG_LINKS = etree.XPath(
    "descendant::a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"
)


def tag_rows(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The tag rows below ``body`` (see the module's docstring), in document order."""
    by_parent: dict[lxml_html.HtmlElement, int] = {}
    for a in _TAG_LINKS(body):
        parent = a.getparent()
        if parent is not None and parent is not body:
            by_parent[parent] = by_parent.get(parent, 0) + len(letters(a.text_content()))
    rows = []
    for parent, linked in by_parent.items():
        links = sum(1 for a in parent if a.tag == "a" and "tag" in (a.get("rel") or "").split())
        own = len(letters(parent.text_content()))
        if links >= MIN_TAG_LINKS and linked and own - linked <= MAX_LABEL_CHARS:
            rows.append(parent)
    return rows


def drop_tag_rows(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the tag rows below ``body`` (:func:`tag_rows`); returns how many went (and
    appends the text of each to ``texts`` when given). A row's tail stays in its parent."""
    return drop_elements(tag_rows(body), texts)
