"""Blocks of links beside the article, told by their link density where no class word names them.

A site's navigation, its "related" and "most read" boxes and its lists of sections are blocks of
links: nearly all of their text is the links' text, and none of them holds a paragraph of prose.
A modern page names them ("nav", "related", "menu") and the class-word pruning takes them out;
an older or stripped page names nothing, and the extractor prints them beside the article. The
shape decides instead: a ``<ul>``/``<ol>``/``<div>`` holding :data:`MIN_LINKS` or more links to
other pages whose text is at least :data:`MIN_LINK_SHARE` of the block's word characters, and
no ``<p>`` of :data:`MAX_PROSE_WORDS` words or more. A table of contents links to the page's own
sections (``#...``) and a share button to a script (``javascript:``): neither is a link to
another page.

An article has blocks of that shape of its own: a list of further reading between its
paragraphs, a review's box of shops, a list of the author's other posts set under the last
paragraph. What tells a block beside the article is where it sits. The article's paragraphs are
children of one element, the main prose block (the parent whose prose paragraphs hold the most
text, as :mod:`.prune` reads them); its sections are that block and its siblings (a site
builder puts each section of a post in a block of its own), and the article runs from their
first prose paragraph to their last. A block between the two is the article's, and so is a
child of the main block (a sibling of its paragraphs, as the article's own lists are). Only a
block wholly before the first paragraph or after the last, and not a child of the main block,
is beside it: the page's menus, its sidebar, the boxes under the story.

Nothing is taken where the page gives no sign of where its article is (its main prose block
holds less than :data:`MIN_ARTICLE_CHARS`), where the page names its blocks (at least
:data:`MIN_NAMED_SHARE` of them carry a class or an id: the class-word pruning and the
extractor read the names, and a box they leave is theirs to judge), nor inside a table's cell
(an extractor reads a table as rows of cells, and a cell emptied of its blocks joins its row
into one line).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .prune import paragraph_runs, prose_paragraphs

#: A block of links holds at least this many links to other pages ...
MIN_LINKS = 3
#: ... whose text is at least this share of the block's word characters ...
MIN_LINK_SHARE = 0.85
#: ... and no paragraph of this many words.
MAX_PROSE_WORDS = 20
#: The main prose block says where the article is when its paragraphs hold this many
#: characters (the HTML path's own bar for a page with main prose, ``MIN_PROSE_CHARS``).
MIN_ARTICLE_CHARS = 500
#: A page names its blocks when this share of them carry a class or an id.
MIN_NAMED_SHARE = 0.1
_WORD_CHARS = re.compile(r"\w")
_BLOCK_TAGS = ("ul", "ol", "div")
#: How many blocks are below an element, and how many of them carry a class or an id.
_COUNT_BLOCKS = etree.XPath("count(.//div | .//ul | .//ol)")
_COUNT_NAMED = etree.XPath("count((.//div | .//ul | .//ol)[@class or @id])")


def _word_chars(text: str) -> int:
    """How many word characters ``text`` holds."""
    return len(_WORD_CHARS.findall(text))


def _to_other_page(link: lxml_html.HtmlElement) -> bool:
    """``link`` points to another page: not to a part of this one (``#...``), nor to a script
    (``javascript:...``, a share or print button)."""
    href = (link.get("href") or "#").lstrip()
    return not href.startswith("#") and not href[:11].lower().startswith("javascript:")


def _holds_prose(block: lxml_html.HtmlElement) -> bool:
    """``block`` holds a paragraph of :data:`MAX_PROSE_WORDS` words or more."""
    return any(len(p.text_content().split()) >= MAX_PROSE_WORDS for p in block.iter("p"))


def _is_link_block(block: lxml_html.HtmlElement) -> bool:
    """``block`` is made of links to other pages (see the module's docstring)."""
    links = [a for a in block.iter("a") if _to_other_page(a)]
    if len(links) < MIN_LINKS:
        return False
    total = _word_chars(block.text_content())
    linked = sum(_word_chars(a.text_content()) for a in links)
    return total > 0 and linked >= MIN_LINK_SHARE * total and not _holds_prose(block)


def article_span(
    body: lxml_html.HtmlElement,
) -> tuple[lxml_html.HtmlElement, lxml_html.HtmlElement, lxml_html.HtmlElement] | None:
    """The main prose block (the element whose child paragraphs hold the most prose, the first
    on ties) and the first and the last prose paragraph of it and its sibling sections; ``None``
    when its paragraphs hold less than :data:`MIN_ARTICLE_CHARS` (or none reads as prose)."""
    prose = prose_paragraphs(body)
    runs = paragraph_runs(prose)
    if not runs:
        return None
    main = max(runs, key=runs.__getitem__)
    if runs[main] < MIN_ARTICLE_CHARS:
        return None
    # the article's sections: the main block and its siblings (a site builder's page puts
    # each section of a post in a block of its own)
    parent = main.getparent()
    if parent is None:
        own = [p for p in prose if p.getparent() is main]
    else:
        own = [p for p in prose if parent in p.iterancestors()]
    return main, own[0], own[-1]  # (``prose`` is in document order)


def names_its_blocks(body: lxml_html.HtmlElement) -> bool:
    """At least :data:`MIN_NAMED_SHARE` of the blocks below ``body`` carry a ``class`` or
    ``id``: the page names its boxes, and the class-word pruning and the extractor read the
    names. (Both counts are read in libxml2.)"""
    blocks = float(_COUNT_BLOCKS(body))
    named = float(_COUNT_NAMED(body))
    return blocks > 0 and named >= MIN_NAMED_SHARE * blocks


def link_blocks(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The outermost blocks below ``body`` made of links, wholly before or after the article's
    span of paragraphs (:func:`article_span`), on a page that does not name its blocks."""
    if names_its_blocks(body):
        return []
    span = article_span(body)
    if span is None:
        return []
    main, first, last = span  # the article's own blocks are the main block's children
    # the paragraphs' ancestors hold prose: no block of links, passed by unread
    around = {*first.iterancestors(), *last.iterancestors()}
    found: list[lxml_html.HtmlElement] = []
    before = True  # the walk is in document order: before the first paragraph until it is met
    inside = False
    for el in body.iter():
        if el is first:
            before, inside = False, True
        if el is last:
            inside = False
        if inside or el in around or el.tag not in _BLOCK_TAGS or el.getparent() is main:
            continue
        if not before and last in el.iterancestors():
            continue  # (below the last paragraph: still the article)
        if any(f in found for f in el.iterancestors(*_BLOCK_TAGS)):
            continue
        if next(el.iterancestors("td", "th"), None) is not None:
            continue  # (a table's cell: see the module's text)
        if _is_link_block(el):
            found.append(el)
    return found


def drop_link_blocks(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the blocks of :func:`link_blocks` from ``body``; returns how many went (their text
    added to ``texts`` when given)."""
    blocks = link_blocks(body)
    for block in blocks:
        if texts is not None:
            texts.append(" ".join(block.text_content().split()))
        # emptied, not dropped: its place stays a block between the text on either side of
        # it, and its tail stays in the page
        block.clear(keep_tail=True)
    return len(blocks)
