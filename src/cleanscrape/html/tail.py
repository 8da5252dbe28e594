"""Lines the extractor appended after the article: the tail outside the main prose block.

trafilatura's text often ends with what follows the article on the page: a call to action, a
newsletter box, an "About the company" closer, an author's bio, a disclaimer. The page's main
prose block (the element whose child paragraphs hold the most prose) says where the article
is. Sites built from templates split one article into several sections of the same kind
(``<div class="rich-text">`` after each heading or image), so the article's area is that block
and the elements of the same tag and class. When most of the extracted text is in that area,
the trailing lines that are not in it are taken off.
"""

from __future__ import annotations

from lxml import html as lxml_html

from .recover import TEXT_NODES, article_area, word_key, word_seq

#: The tail is taken off only when at least this share of the extracted characters is in the
#: article's area (else the extractor chose another region, and the block says little).
MIN_AREA_SHARE = 0.5


def trim_tail(
    block: lxml_html.HtmlElement,
    lines: list[str],
    area: list[lxml_html.HtmlElement] | None = None,
) -> tuple[list[str], int]:
    """``lines`` without the trailing lines that are not text of the article's area.

    ``block`` is the page's main prose block (see :func:`article_area`), ``area`` its area when
    the caller has it. A line is in the area when the first words of it are. Returns the lines
    and how many were taken off.
    """
    area = article_area(block) if area is None else area
    inside = " ".join(word_seq(" ".join(TEXT_NODES(el))) for el in area)

    def within(line: str) -> bool:
        key = word_key(line)
        return bool(key) and key in inside

    end = len(lines)
    while end > 0 and not within(lines[end - 1]):
        end -= 1
    if end in (0, len(lines)):  # no line in the area, or none after its last one
        return lines, 0
    # the lines after ``end`` are not in the area: the share is read on those before it
    total = sum(len(ln) for ln in lines)
    kept = sum(len(ln) for ln in lines[:end] if within(ln))
    if kept < MIN_AREA_SHARE * total:
        return lines, 0
    return lines[:end], len(lines) - end
