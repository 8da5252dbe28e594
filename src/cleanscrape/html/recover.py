"""Lists and subheadings of the article that the extractor left out, put back in place.

trafilatura's default run drops some lists and subheadings that sit between the article's
paragraphs (a list of principles under "Here is a list of ...:", the "Step 2: ..." headings of
a guide), while keeping the paragraphs around them. The page's main prose block (the element
whose child paragraphs hold the most prose) says where the article is: a list or heading that
is a child of that element, with a paragraph that was kept before it and another after it, is
part of the same text. Such a block is put back between the lines of its neighbours.

Only blocks inside the article are recovered: a list or heading before the first kept
paragraph or after the last one (a kicker, a call to action under the post) is left out, and
so is a list whose text is mostly links (a list of related pages between two paragraphs).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .visibility import hidden_reason

_WORD = re.compile(r"\w+")
_LISTS = frozenset({"ul", "ol"})
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Text nodes of an element other than those of style sheets and scripts (CSS-in-JS pages put
#: a ``<style>`` inside headings).
TEXT_NODES = etree.XPath(
    "descendant-or-self::text()[not(ancestor::style or ancestor::script or ancestor::noscript)]"
)
#: A list whose items hold any of these is a gallery or a list of cards, not text.
_MEDIA = ("img", "picture", "figure", "video", "iframe")
#: A list whose link text is more than this share of its text is a list of links, not body.
MAX_LIST_LINK_SHARE = 0.5
#: Characters of a block's (or a line's) word sequence used to find it in the extracted text
#: (or in the page).
KEY_CHARS = 60


def word_seq(text: str) -> str:
    """The words of ``text`` joined by single spaces: how blocks and lines are compared."""
    return " ".join(_WORD.findall(text))


def _text(el: lxml_html.HtmlElement) -> str:
    """Text of ``el`` with a space between the texts of its elements.

    trafilatura writes a paragraph nested in a list item on a line of its own, so the text of
    ``<li><b>Bench</b><p>Price ...</p></li>`` must read ``Bench Price``, not ``BenchPrice``.
    """
    return " ".join(" ".join(TEXT_NODES(el)).split())


def _block_lines(el: lxml_html.HtmlElement) -> list[str]:
    """The lines a list or heading gives, written as trafilatura writes them."""
    if el.tag in _HEADINGS:
        text = _text(el)
        return [text] if text else []
    items = [_text(li) for li in el if li.tag == "li" and hidden_reason(li) is None]
    return [f"- {t}" for t in items if t]


def _link_share(el: lxml_html.HtmlElement) -> float:
    total = len(_text(el))
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked / total if total else 1.0


def _partly_kept(el: lxml_html.HtmlElement, joined: str) -> bool:
    """Some item of the list ``el`` is in the extracted text (``joined``, its words)."""
    for li in el:
        if li.tag == "li":
            words = word_seq(_text(li))[:KEY_CHARS]
            if words and words in joined:
                return True
    return False


def recover_blocks(block: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` with the lists and headings of ``block`` that are missing put back in place.

    ``block`` is the page's main prose block; ``lines`` the extracted text. A child of
    ``block`` that is a list (``ul``/``ol``, mostly not links) or a subheading (``h2``-``h6``)
    whose text is not in ``lines`` is inserted after the line of the nearest kept child before
    it, when a child after it was kept too. Returns the lines and how many blocks were put back.
    """
    words = [word_seq(ln) for ln in lines]
    joined = " ".join(words)
    where: list[int | None] = []  # per child: index of the last line that holds it, when kept
    missing: list[tuple[int, list[str]]] = []  # (child index, lines) of blocks to put back
    children = [c for c in block if isinstance(c.tag, str)]
    for i, child in enumerate(children):
        text = word_seq(_text(child))
        if not text:
            where.append(None)
            continue
        head, tail = text[:KEY_CHARS], text[-KEY_CHARS:]
        if head in joined or (child.tag in _LISTS and _partly_kept(child, joined)):
            first = next((n for n, w in enumerate(words) if head in w), None)
            if first is not None:
                first = next((n for n in range(first, len(words)) if tail in words[n]), first)
            where.append(first)
            continue
        where.append(None)
        if child.tag not in _LISTS and child.tag not in _HEADINGS:
            continue
        if hidden_reason(child) is not None:
            continue
        if child.tag in _LISTS and (
            _link_share(child) > MAX_LIST_LINK_SHARE or any(True for _ in child.iter(*_MEDIA))
        ):
            continue
        got = _block_lines(child)
        if got:
            missing.append((i, got))
    inserts: dict[int, list[str]] = {}  # line index -> lines to put after it
    put_back = 0
    for i, got in missing:
        before = next((where[j] for j in range(i - 1, -1, -1) if where[j] is not None), None)
        after = any(where[j] is not None for j in range(i + 1, len(children)))
        if before is None or not after:
            continue
        inserts.setdefault(before, []).extend(got)
        put_back += 1
    if not inserts:
        return lines, 0
    out: list[str] = []
    for n, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(n, ()))
    return out, put_back
