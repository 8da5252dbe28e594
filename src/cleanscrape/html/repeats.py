"""A paragraph the page prints twice from two parts of its template: the later copy taken out.

A page's template prints some paragraph of the article a second time elsewhere on the page: the
post's summary in the header above the body, repeated as the body's first paragraph; a pull
quote in its own box, repeating a paragraph of the text word for word; a second, hidden copy of
the whole post (a builder's variant shown on a condition that only its style sheet knows). The
extractor prints both copies, and the second is text the reader sees once.

A text's own repeats look different in the markup: a meal plan's "same as Monday" breakfast, an
event list's blurb printed for each date, the article quoting its own definition again. They sit
in parallel places of one structure, siblings in one text or at the same place in sibling items
(the same tags from the element the copies share down to each of them). Copies printed by two
parts of a template sit in different structures: a ``<header>`` and a ``<div>``, a
``<blockquote>`` and a ``<section>``, two branches of different depth.

So a line of :data:`MIN_CHARS` characters or more printed more than once is kept once when the
page holds it in two blocks or more (the nearest non-inline elements whose whole text is the
line), no two of them in parallel places: the copy with the most text around it in its parent
(the one among the article's paragraphs, not the summary alone in its section or the quote alone
in its box), the first on a tie. Lines no block holds whole (a paragraph
split at a ``<br>``, text the extractor rewrote) stay. Nothing in this reads a class, an id, a
site or a language.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import html as lxml_html

#: A line counts as a repeat when it holds at least this many characters (a paragraph, not a
#: label or a short heading that a page may print twice on purpose).
MIN_CHARS = 80

#: Inline elements: a block's text set in one of them ("<p><em>...</em></p>") is the block's.
_INLINE: frozenset[str] = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "mark", "q", "s",
     "small", "span", "strong", "sub", "sup", "time", "u"}
)  # fmt: skip


def repeated_lines(lines: Sequence[str]) -> frozenset[str]:
    """The lines of :data:`MIN_CHARS` characters or more that ``lines`` holds more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for line in lines:
        if len(line) >= MIN_CHARS:
            (twice if line in seen else seen).add(line)
    return frozenset(twice)


def _holders(
    root: lxml_html.HtmlElement, wanted: frozenset[str]
) -> dict[str, list[lxml_html.HtmlElement]]:
    """Elements below ``root`` (document order) whose whole text, white space collapsed, is one
    of ``wanted``, by that text."""
    shortest = min(len(w) for w in wanted)
    found: dict[str, list[lxml_html.HtmlElement]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue  # comments, processing instructions
        raw = el.text_content()
        if len(raw) < shortest:
            continue
        text = " ".join(raw.split())
        if text in wanted:
            found.setdefault(text, []).append(el)
    return found


def _blocks(holders: list[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """The blocks of one line's holders: the innermost holders (an ancestor holding the same
    text is the same copy), each lifted out of inline elements, once each."""
    inner = set(holders)
    for el in holders:
        inner.difference_update(el.iterancestors())
    blocks: list[lxml_html.HtmlElement] = []
    for el in holders:
        if el not in inner:
            continue
        parent = el.getparent()
        while el.tag in _INLINE and parent is not None:
            el, parent = parent, parent.getparent()
        if el not in blocks:
            blocks.append(el)
    return blocks


def _path(el: lxml_html.HtmlElement, top: lxml_html.HtmlElement) -> list[str]:
    """The tags from ``el`` up to ``top`` (left out), ``top`` an ancestor of ``el``."""
    tags: list[str] = []
    node: lxml_html.HtmlElement | None = el
    while node is not None and node is not top:
        tags.append(str(node.tag))
        node = node.getparent()
    return tags


def _parallel(a: lxml_html.HtmlElement, b: lxml_html.HtmlElement) -> bool:
    """``a`` and ``b`` sit at the same place of one structure: the same tags from the element
    they share down to each (siblings, or the same child of sibling items)."""
    above = set(a.iterancestors())
    top = next((el for el in b.iterancestors() if el in above), None)
    return top is not None and _path(a, top) == _path(b, top)


def _text_around(block: lxml_html.HtmlElement) -> int:
    """How many characters of text ``block``'s parent holds besides ``block``'s own."""
    parent = block.getparent()
    if parent is None:
        return 0
    return len("".join(parent.text_content().split())) - len("".join(block.text_content().split()))


def template_copies(root: lxml_html.HtmlElement, lines: Sequence[str]) -> dict[str, int]:
    """The lines of ``lines`` printed more than once (:func:`repeated_lines`) that the page
    below ``root`` holds in two blocks or more, no two of them in parallel places, each with
    which of its copies to keep (0 for the first): the copy with the most text around it in
    its parent (the article's text, not a box of its own), the first of them on a tie, when the
    page holds as many blocks as the lines print copies; else the first."""
    wanted = repeated_lines(lines)
    if not wanted:
        return {}
    copies: dict[str, int] = {}
    for text, holders in _holders(root, wanted).items():
        blocks = _blocks(holders)
        if len(blocks) >= 2 and not any(
            _parallel(a, b) for i, a in enumerate(blocks) for b in blocks[i + 1 :]
        ):
            keep = 0
            if len(blocks) == lines.count(text):
                around = [_text_around(b) for b in blocks]
                keep = around.index(max(around))
            copies[text] = keep
    return copies


def drop_template_copies(root: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` with each line of :func:`template_copies` kept once (the copy it names); how
    many lines went."""
    copies = template_copies(root, lines)
    if not copies:
        return lines, 0
    printed: dict[str, int] = {}
    kept: list[str] = []
    for line in lines:
        if line in copies:
            k = printed.get(line, 0)
            printed[line] = k + 1
            if k != copies[line]:
                continue
        kept.append(line)
    return kept, len(lines) - len(kept)
