"""What the rules for blocks beside the article share (:mod:`.card_grids` after it,
:mod:`.menus` before it): whether a link leads to another page, where a block stands in document
order against the main prose block, and the printed lines such a block left in the extracted
text, taken off."""

from __future__ import annotations

from collections.abc import Set

from lxml import html as lxml_html

#: How the extractor opens a list item's line.
LIST_MARK = "- "


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
    for node in body.iter():
        if node is el:
            return True
        if node is block:
            return False
    return False


def after(
    el: lxml_html.HtmlElement, block: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> bool:
    """``el`` comes wholly after ``block`` in document order (neither holds the other)."""
    last = block
    while len(last):
        last = last[-1]
    for node in body.iter():
        if node is el:
            return False
        if node is last:
            return True
    return False


def drop_printed(lines: list[str], printed: Set[str]) -> tuple[list[str], int]:
    """``lines`` without those equal to one of ``printed`` (white space collapsed, a list
    item's mark left out); how many went."""
    if not printed:
        return lines, 0
    kept = [ln for ln in lines if " ".join(ln.split()).removeprefix(LIST_MARK) not in printed]
    return kept, len(lines) - len(kept)
