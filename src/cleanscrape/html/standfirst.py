"""The standfirst printed as a subheading under the headline in the article's ``<header>``.

News templates set the story's headline and its standfirst (the dek, a sentence or two that
sums the story up) together in the article's header element: ``<header><h1>Headline</h1>
<h2>A sentence that sums the story up.</h2><div>By ...</div></header>``. The standfirst is the
summary the outlet writes for its listings and social cards, and the page declares the very
same words as its description (``<meta name="description">``, ``og:description``, read by
:func:`.meta.page_metadata`); the story's text starts below the header. The extractor prints
it as the first line of the body.

A *standfirst* here is the element that follows one of the page's first ``<h1>`` elements
(:data:`.extract.MAX_H1`) inside the same ``<header>``, when it is a subheading (``<h2>`` to
``<h6>``: the template marks it as a heading of the header, not as a paragraph of the story)
and its words are the page's declared description (both folded: case, quotes and punctuation
set aside). Both signs are the page's own markup and metadata, in every language. A heading
under the headline that says anything else (a kicker, a subtitle of its own) stays, and so does
a header without the ``<header>`` element (templates that wrap the body's first paragraph with
the headline in one ``<div>``). When the page also prints the description as a paragraph
(the story's first paragraph, which some sites declare as their description), no line goes:
the line cannot be told from the story's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from lxml import html as lxml_html

from ..lexicon.folding import fold
from .words import element_text

#: The subheadings a template sets a standfirst in under its headline.
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: The page's paragraphs, read only when a standfirst is found (one pass of libxml2).
_PARAGRAPHS = etree.XPath("//p")


def _in_header(el: lxml_html.HtmlElement) -> bool:
    """``el`` lies inside a ``<header>`` element."""
    return any(a.tag == "header" for a in el.iterancestors())


def standfirst(
    tree: lxml_html.HtmlElement, h1s: Sequence[lxml_html.HtmlElement], description: str | None
) -> str | None:
    """The folded text of the page's standfirst (see the module), or ``None``: the subheading
    that follows one of ``h1s`` inside a ``<header>`` and says what ``description`` says, when
    no paragraph of ``tree`` says it too."""
    if not description:
        return None
    wanted = fold(description)
    if not wanted:
        return None
    for h1 in h1s:
        sub = h1.getnext()
        while sub is not None and not isinstance(sub.tag, str):  # (a comment between)
            sub = sub.getnext()
        if sub is None or sub.tag not in _SUBHEADINGS or fold(element_text(sub)) != wanted:
            continue
        if not _in_header(h1):
            continue
        text = element_text(sub)
        if any(element_text(p) == text for p in _PARAGRAPHS(tree)):
            return None
        return wanted
    return None


#: The standfirst is looked for among this many first lines of the extracted text (under the
#: headline and its kicker, a date row).
STANDFIRST_LINES = 4


def drop_standfirst(lines: list[str], folded: str | None) -> tuple[list[str], int]:
    """``lines`` without the first of their first :data:`STANDFIRST_LINES` lines that is the
    standfirst ``folded`` (:func:`standfirst`), and how many went (0 or 1): none when no line
    is, or when it is the only line."""
    if not folded or len(lines) < 2:
        return lines, 0
    for i, line in enumerate(lines[:STANDFIRST_LINES]):
        if fold(line) == folded:
            return lines[:i] + lines[i + 1 :], 1
    return lines, 0
