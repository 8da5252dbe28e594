"""Blocks of links beside the article, told by their link density where no class word names them.

A site's navigation, its "related" and "most read" boxes and its lists of sections are blocks of
links: nearly all of their text is the links' text, and none of them holds a paragraph of prose.
A modern page names them ("nav", "related", "menu") and the class-word pruning takes them out;
an older or stripped page names nothing, and the extractor prints them beside the article. The
shape decides instead: a ``<ul>``/``<ol>``/``<div>``/``<td>`` holding :data:`MIN_LINKS` or more
links whose text is at least :data:`MIN_LINK_SHARE` of the block's word characters, and no
paragraph (a ``<p>`` or a run of text) of :data:`MAX_PROSE_WORDS` words or more. The article's
prose is never such a block: its paragraphs are text first and links second.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

#: A block of links holds at least this many links ...
MIN_LINKS = 3
#: ... whose text is at least this share of the block's word characters ...
MIN_LINK_SHARE = 0.85
#: ... and no paragraph of this many words.
MAX_PROSE_WORDS = 20
_WORD_CHARS = re.compile(r"\w")
_BLOCK_TAGS = ("ul", "ol", "div", "td")


def _word_chars(text: str) -> int:
    """How many word characters ``text`` holds."""
    return len(_WORD_CHARS.findall(text))


def _holds_prose(block: lxml_html.HtmlElement) -> bool:
    """``block`` holds a paragraph of :data:`MAX_PROSE_WORDS` words or more."""
    return any(len(p.text_content().split()) >= MAX_PROSE_WORDS for p in block.iter("p"))


def _is_link_block(block: lxml_html.HtmlElement) -> bool:
    """``block`` is made of links (see the module's docstring)."""
    links = list(block.iter("a"))
    if len(links) < MIN_LINKS:
        return False
    total = _word_chars(block.text_content())
    linked = sum(_word_chars(a.text_content()) for a in links)
    return total > 0 and linked >= MIN_LINK_SHARE * total and not _holds_prose(block)


def link_blocks(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The outermost blocks below ``body`` made of links."""
    found: list[lxml_html.HtmlElement] = []
    for block in body.iter(*_BLOCK_TAGS):
        if any(a in found for a in block.iterancestors(*_BLOCK_TAGS)):
            continue
        if _is_link_block(block):
            found.append(block)
    return found


def drop_link_blocks(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the blocks of :func:`link_blocks` from ``body``; returns how many went (their text
    added to ``texts`` when given)."""
    blocks = link_blocks(body)
    for block in blocks:
        if texts is not None:
            texts.append(" ".join(block.text_content().split()))
        block.drop_tree()  # its tail stays in the page
    return len(blocks)
