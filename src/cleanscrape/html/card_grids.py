"""Grids of teaser cards after the article, told by their shape where no class word names them.

Under a post a site lists its other posts as a grid of cards: each card an image, the post's
headline as a link to its page, a line of summary and maybe a date or an author ("How Much Does
a Sunroom Addition Cost?" / "Budget for sunroom addition costs based on factors such as room
type, site prep, ..."). The extractor drops the headlines (they are links) and prints the
summaries as lines or list items under the article. A modern page often names the grid and the
class-word pruning takes it out; where nothing names it, its shape does: a parent with
:data:`MIN_CARDS` or more children that are cards, at least half its children, where a card
holds one heading (``<h2>``-``<h6>``) of :data:`MIN_HEADLINE_WORDS` words or more that is
wholly one link to another page, and one ``<p>`` of :data:`MIN_SUMMARY_WORDS` to
:data:`MAX_SUMMARY_WORDS` words outside links. The grid must come wholly after the main prose
block (the element whose child paragraphs hold the most prose): a roundup whose cards are the
article ("10 easy wood projects", each a card) has its cards in or around that block, not after
it. Only the printed summaries go; the rest of the page's lines stay.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .beside import after, drop_printed, leads_away
from .prune import HEADINGS

#: A grid holds at least this many cards ...
MIN_CARDS = 3
#: ... each with a headline (the heading's one link) of at least this many words ...
MIN_HEADLINE_WORDS = 3
#: ... and a summary of this many words ...
MIN_SUMMARY_WORDS = 6
#: ... to this many (a longer paragraph is an article's text, not a card's line).
MAX_SUMMARY_WORDS = 60
#: How far above a linked heading its grid's parent may sit.
MAX_CARD_DEPTH = 6

#: Headings (:data:`.prune.HEADINGS`) that hold a link or sit in one (most headings of a page
#: hold none).
_LINKED_HEADINGS = etree.XPath(
    "descendant::*["
    + " or ".join(f"self::{tag}" for tag in HEADINGS)
    + "][descendant::a or ancestor::a]"
)


def _words(el: lxml_html.HtmlElement) -> str:
    """The text of ``el``, white space collapsed."""
    return " ".join(el.text_content().split())


def _linked_headline(heading: lxml_html.HtmlElement) -> bool:
    """``heading`` is a headline: long enough, and wholly one link to another page (the link
    inside it or around it). Stricter than :func:`.prune._linked_heading`, which takes a link
    around the heading only below the nearest container, any ``href``, and a link inside it
    that covers nine tenths of its text among others: a grid's cards are told by this test."""
    text = _words(heading)
    if len(text.split()) < MIN_HEADLINE_WORDS:
        return False
    outer = next(heading.iterancestors("a"), None)
    if outer is not None:
        return leads_away(outer)
    links = list(heading.iter("a"))
    return len(links) == 1 and _words(links[0]) == text and leads_away(links[0])


def card_summary(card: lxml_html.HtmlElement) -> str | None:
    """The summary of ``card`` when it is a teaser card (one linked headline, one short ``<p>``
    outside links), else ``None``."""
    heads = list(card.iter(*HEADINGS))
    if len(heads) != 1 or not _linked_headline(heads[0]):
        return None
    texts = [
        _words(p)
        for p in card.iter("p")
        if next(p.iterancestors("a"), None) is None and next(p.iter("a"), None) is None
    ]
    texts = [t for t in texts if t]
    if len(texts) != 1:
        return None
    return texts[0] if MIN_SUMMARY_WORDS <= len(texts[0].split()) <= MAX_SUMMARY_WORDS else None


def _grid_summaries(parent: lxml_html.HtmlElement) -> list[str]:
    """The cards' summaries when ``parent`` is a grid of cards, else ``[]``."""
    kids = [k for k in parent if isinstance(k.tag, str)]
    found = [s for s in map(card_summary, kids) if s is not None]
    if len(found) < MIN_CARDS or 2 * len(found) < len(kids):
        return []
    return found


def grid_summaries(body: lxml_html.HtmlElement, block: lxml_html.HtmlElement) -> frozenset[str]:
    """Summaries of the grids of teaser cards below ``body`` that come after ``block``."""
    counts: dict[lxml_html.HtmlElement, int] = {}
    for heading in _LINKED_HEADINGS(body):
        for depth, anc in enumerate(heading.iterancestors()):
            if depth >= MAX_CARD_DEPTH or anc is body:
                break
            counts[anc] = counts.get(anc, 0) + 1
    found: set[str] = set()
    for parent, n in counts.items():
        if n >= MIN_CARDS and parent is not block:
            summaries = _grid_summaries(parent)
            if summaries and after(parent, block, body):
                found.update(summaries)
    return frozenset(found)


def drop_grid_summaries(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement, lines: list[str]
) -> tuple[list[str], int]:
    """``lines`` without the summaries of the teaser grids after ``block`` (a line equal to one,
    white space collapsed, a list item's mark left out); how many went."""
    return drop_printed(lines, grid_summaries(body, block))
