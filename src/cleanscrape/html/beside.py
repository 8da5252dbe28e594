"""What the rules for blocks beside the article share (:mod:`.card_grids` and
:mod:`.author_boxes` after it, :mod:`.menus` before it): whether a link leads to another page,
where a block stands in document order against the main prose block, a paragraph's lines as the
extractor prints them, and the printed lines such a block left in the extracted text, taken
off."""

from __future__ import annotations

from collections.abc import Set

from lxml import etree
from lxml import html as lxml_html

#: How the extractor opens a list item's line.
LIST_MARK = "- "
#: The pieces of a paragraph's text, split where a line break sits.
_TEXTS_AND_BREAKS = etree.XPath("descendant::text() | descendant::br")


def leads_away(link: lxml_html.HtmlElement) -> bool:
    """``link`` goes to another page (not a fragment of this one, no script)."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")


def before(
    el: lxml_html.HtmlElement, block: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> bool:
    """``el`` comes wholly before ``block`` in document order (neither holds the other)."""
    if any(a is el for a in block.iterancestors()):
        return False
    return _met_first(el, block, body)


def after(
    el: lxml_html.HtmlElement, block: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> bool:
    """``el`` comes wholly after ``block`` in document order (neither holds the other)."""
    last = block
    while len(last):
        last = last[-1]
    # (``el`` the block's last node lies inside it)
    return el is not last and _met_first(last, el, body)


def _met_first(
    first: lxml_html.HtmlElement, then: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> bool:
    """A walk of ``body`` in document order meets ``first`` before ``then`` (``False`` when it
    meets neither)."""
    for node in body.iter():
        if node is first:
            return True
        if node is then:
            return False
    return False


def printed_key(line: str) -> str:
    """A printed line as :func:`drop_printed` compares it: white space collapsed, a list
    item's mark left out."""
    return " ".join(line.split()).removeprefix(LIST_MARK)


def drop_printed(lines: list[str], printed: Set[str]) -> tuple[list[str], int]:
    """``lines`` without those whose :func:`printed_key` is one of ``printed``; how many
    went."""
    if not printed:
        return lines, 0
    kept = [ln for ln in lines if printed_key(ln) not in printed]
    return kept, len(lines) - len(kept)


def paragraph_lines(paragraph: lxml_html.HtmlElement) -> list[str]:
    """The lines of ``paragraph``'s text, split at its line breaks, white space collapsed (as
    the extractor prints them)."""
    pieces: list[str] = [""]
    for node in _TEXTS_AND_BREAKS(paragraph):
        if isinstance(node, str):
            pieces[-1] += node
        else:
            pieces.append("")
    return [t for t in (" ".join(p.split()) for p in pieces) if t]
