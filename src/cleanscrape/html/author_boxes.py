"""An author's box after the article, told by the page's own author where no class word names
the box.

Under a post many sites print a box about its writer: a portrait, the writer's name as a link
to their page, and a paragraph or three about them ("Rebecca Norris is a full-time freelance
writer living in the Washington, D.C. metro area. ..."). A modern page names the box
(``author``, ``bio``) and the class-word pruning takes it out; where nothing names it, the
extractor prints the bio under the article. The page says who wrote it (its metadata's
``author``, or a link marked ``rel="author"``), and the box holds that name as a link of its
own: a link whose text is one of the page's authors, or that is marked ``rel="author"``, in a
small block (the nearest ancestor that holds a ``<p>`` of :data:`MIN_WORDS` words or more
beside the link, :data:`MAX_BOX_WORDS` words in all at most) that comes wholly after the last
paragraph of the main prose block (the element whose child paragraphs hold the most prose; the
box often sits in that block, under its paragraphs). The byline above the article holds the
same link, but before the article's prose; an article that names its own writer holds the name
in running text, in a paragraph of the block, not in a box of its own after it. Only the box's
printed paragraphs go; the rest of the page's lines stay.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import html as lxml_html

from .beside import after, drop_printed, paragraph_lines
from .words import element_words

#: A bio is a paragraph of at least this many words ...
MIN_WORDS = 8
#: ... in a box of at most this many words in all (a longer block is a section of the page).
MAX_BOX_WORDS = 250
#: How the page's metadata joins several authors.
_AUTHOR_JOINER = ";"


def _folded(text: str) -> str:
    """``text`` with its white space collapsed, case folded."""
    return " ".join(text.split()).casefold()


def authors_of(author: str | None) -> frozenset[str]:
    """The names in the metadata's ``author`` field (several joined by ``;``), folded."""
    if not author:
        return frozenset()
    return frozenset(n for n in (_folded(a) for a in author.split(_AUTHOR_JOINER)) if n)


def _author_links(
    body: lxml_html.HtmlElement, names: frozenset[str]
) -> Iterator[lxml_html.HtmlElement]:
    """Links below ``body`` to the page's author: marked ``rel="author"``, or whose text is one
    of ``names``."""
    for link in body.iter("a"):
        rel = (link.get("rel") or "").lower().split()
        if "author" in rel or (names and _folded(link.text_content()) in names):
            yield link


def _bios(box: lxml_html.HtmlElement, link: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The paragraphs of ``box`` of :data:`MIN_WORDS` words or more that do not hold ``link``."""
    return [
        p
        for p in box.iter("p")
        if len(element_words(p)) >= MIN_WORDS and not any(a is link for a in p.iter("a"))
    ]


def _box_of(
    link: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> tuple[lxml_html.HtmlElement, list[lxml_html.HtmlElement]] | None:
    """The nearest ancestor of ``link`` below ``body`` that holds a bio beside it (and its bios),
    or ``None`` when every ancestor with one holds more than :data:`MAX_BOX_WORDS` words."""
    for box in link.iterancestors():
        if box is body or len(element_words(box)) > MAX_BOX_WORDS:
            return None
        bios = _bios(box, link)
        if bios:
            return box, bios
    return None


def _last_paragraph(block: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The last ``<p>`` child of the main prose block ``block`` (``block`` itself when it has
    none): where the article's prose ends."""
    paragraphs = block.findall("p")
    return paragraphs[-1] if paragraphs else block


def author_bios(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement, author: str | None
) -> frozenset[str]:
    """Lines of the bios in the author's boxes below ``body`` after the main prose block
    ``block``; ``author`` is the metadata's field."""
    names = authors_of(author)
    end = _last_paragraph(block)
    found: set[str] = set()
    seen: set[lxml_html.HtmlElement] = set()
    for link in _author_links(body, names):
        box = _box_of(link, body)
        if box is None or box[0] in seen:
            continue
        seen.add(box[0])
        if after(box[0], end, body):
            for p in box[1]:
                found.update(paragraph_lines(p))
    return frozenset(found)


def drop_author_bios(
    body: lxml_html.HtmlElement,
    block: lxml_html.HtmlElement,
    author: str | None,
    lines: list[str],
) -> tuple[list[str], int]:
    """``lines`` without the bios of the author's boxes after the article (:func:`author_bios`;
    a line equal to one of their lines, white space collapsed, a list item's mark left out); how
    many went."""
    return drop_printed(lines, author_bios(body, block, author))
