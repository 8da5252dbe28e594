"""Promo links printed in capitals between the article's paragraphs.

An outlet links its other pages from inside the story: a video of another story, its app, a
download, each a paragraph of its own that is one link written all in capitals ("GET FOX
BUSINESS ON THE GO BY CLICKING HERE", "GET THE QUIZ: INSTANT DOWNLOAD!", a button's label).
The extractor keeps such a paragraph as a line. A line is dropped when it is written all in
capitals (no lower-case letter, at least :data:`MIN_WORDS` words) and is the whole text of
one link of the page, or of consecutive links, none of them inside a heading: a listicle's or
a guide's subheadings are often links in capitals too, and they are the article's. A line in
capitals that is no link (a subheading, a table's row, a warning) stays, and so does a linked
line with a lower-case letter (related headlines under the story are
:func:`.tail.trim_link_tail`'s).
Scripts without case (Chinese, Japanese, Thai ...) have no such line.
"""

from __future__ import annotations

from lxml import html as lxml_html

from .tags import ANY_HEADING
from .tail import all_links, link_spans

#: The fewest words of a promo line (a shorter line in capitals is a label or a name).
MIN_WORDS = 4


def _shouted(line: str) -> bool:
    return line.isupper() and len(line.split()) >= MIN_WORDS


def drop_promo_links(root: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the promo links in capitals (see the module); how many went."""
    if not any(_shouted(ln) for ln in lines):
        return lines, 0
    links = [
        a for a in root.iter("a") if not any(x.tag in ANY_HEADING for x in (a, *a.iterancestors()))
    ]
    joined, starts, ends = link_spans(root, links)
    kept = [ln for ln in lines if not (_shouted(ln) and all_links(ln, joined, starts, ends))]
    return kept, len(lines) - len(kept)
