"""A menu's section descriptions above the article, told by their shape where no class word
names the menu.

A site's header menu is a list of its sections; a large one prints, beside each section's link,
a sentence about it, as a ``<p>`` of its own outside the link ("Run" / "Practical and
real-world advice on how to run your business — from managing employees to keeping the books").
The links are few words and the descriptions many, so the block's link share is low, and
the extractor prints the descriptions above the article. A modern page names its menu and the
class-word pruning takes it out; where nothing names it, its shape does: a list
(``<ul>``/``<ol>``) of :data:`MIN_ITEMS` or more items, nearly every one
(:data:`LINKED_SHARE`) holding a link to another page, with, inside one of its items, a ``<p>``
of :data:`MIN_WORDS` to :data:`MAX_WORDS` words and no link. The link share is read per item,
not per block: each item of a menu is a link, whatever text sits beside it. The list must come
before the main prose block (the element whose child paragraphs hold the most prose) and not
hold it, and it must be neither in nor around the article's nodes by content score: an
article's own list of resources, each a link and a line about it, sits in or after that block,
or inside the article's element. Only the printed descriptions go; the rest of the page's
lines stay.
"""

from __future__ import annotations

from collections.abc import Collection

from lxml import etree
from lxml import html as lxml_html

from .beside import before, drop_printed, leads_away, paragraph_lines
from .words import element_words

#: A menu lists at least this many items ...
MIN_ITEMS = 3
#: ... nearly every one of them (this share or more) holding a link to another page.
LINKED_SHARE = 0.8
#: A description is a paragraph of this many words ...
MIN_WORDS = 4
#: ... to this many (a longer paragraph is an article's text, not a menu's line).
MAX_WORDS = 60

#: Paragraphs inside a list item that hold no link and sit in none: the candidates.
_ITEM_PARAGRAPHS = etree.XPath("descendant::p[ancestor::li][not(descendant::a)][not(ancestor::a)]")


def _is_menu(listing: lxml_html.HtmlElement) -> bool:
    """``listing`` is a list of items that are links: :data:`MIN_ITEMS` items or more, and
    :data:`LINKED_SHARE` of them holding a link to another page."""
    if listing.tag not in ("ul", "ol"):
        return False
    items = [k for k in listing if k.tag == "li"]
    if len(items) < MIN_ITEMS:
        return False
    linked = sum(1 for item in items if any(leads_away(a) for a in item.iter("a")))
    return linked >= LINKED_SHARE * len(items)


def _menu_of(
    paragraph: lxml_html.HtmlElement, verdicts: dict[lxml_html.HtmlElement, bool]
) -> lxml_html.HtmlElement | None:
    """The outermost menu (:func:`_is_menu`) whose item holds ``paragraph``, or ``None``;
    ``verdicts`` holds each list's verdict once read (a thread of comments in list items is
    read once, not once per comment)."""
    found = None
    for item in paragraph.iterancestors("li"):
        listing = item.getparent()
        if listing is None:
            continue
        if listing not in verdicts:
            verdicts[listing] = _is_menu(listing)
        if verdicts[listing]:
            found = listing
    return found


def _touches(el: lxml_html.HtmlElement, nodes: Collection[lxml_html.HtmlElement]) -> bool:
    """``el`` is one of ``nodes``, inside one of them or around one of them."""
    if el in nodes or any(a in nodes for a in el.iterancestors()):
        return True
    return any(el in n.iterancestors() for n in nodes)


def _beside(
    menu: lxml_html.HtmlElement,
    block: lxml_html.HtmlElement,
    body: lxml_html.HtmlElement,
    content: Collection[lxml_html.HtmlElement],
) -> bool:
    """``menu`` is beside the article: wholly before ``block`` and apart from the article's
    nodes by content score ``content``."""
    return not _touches(menu, content) and before(menu, block, body)


def menu_descriptions(
    body: lxml_html.HtmlElement,
    block: lxml_html.HtmlElement,
    content: Collection[lxml_html.HtmlElement],
) -> frozenset[str]:
    """Lines of the descriptions in the menus below ``body`` beside the article
    (:func:`_beside`: before ``block``, apart from the article's nodes ``content``)."""
    found: set[str] = set()
    lists: dict[lxml_html.HtmlElement, bool] = {}
    menus: dict[lxml_html.HtmlElement, bool] = {}
    for paragraph in _ITEM_PARAGRAPHS(body):
        words = len(element_words(paragraph))
        if not MIN_WORDS <= words <= MAX_WORDS:
            continue
        menu = _menu_of(paragraph, lists)
        if menu is None:
            continue
        if menu not in menus:
            menus[menu] = _beside(menu, block, body, content)
        if menus[menu]:
            found.update(paragraph_lines(paragraph))
    return frozenset(found)


def drop_menu_descriptions(
    body: lxml_html.HtmlElement,
    block: lxml_html.HtmlElement,
    content: Collection[lxml_html.HtmlElement],
    lines: list[str],
) -> tuple[list[str], int]:
    """``lines`` without the descriptions of the menus beside the article
    (:func:`menu_descriptions`; a line equal to one of their lines, white space collapsed, a
    list item's mark left out); how many went."""
    return drop_printed(lines, menu_descriptions(body, block, content))
