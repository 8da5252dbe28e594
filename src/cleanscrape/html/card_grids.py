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

Where no class word has pruned a listing, the extractor may print its cards' other lines
without their headlines: a section label, a date, a byline, a reading time, a summary longer
than a grid's line ("Written by Emily Walker" / "Feb 11, 2026" / "6 min read"). A listing's card
(:func:`card_texts`) holds one linked headline, no other heading of that kind, and at most
:data:`MAX_CARD_WORDS` words besides it. In a listing after the main prose block whose
headlines the extractor left out, every line equal to the text of one of its cards' elements
goes (the block's own texts kept). A listing whose headlines are printed is left to the text
stage, which reads the cards by their headlines and dates, as a whole.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .beside import after, drop_printed, leads_away, printed_key
from .tags import HEADINGS
from .words import element_text, element_words

#: A grid holds at least this many cards ...
MIN_CARDS = 3
#: ... each with a headline (the heading's one link) of at least this many words ...
MIN_HEADLINE_WORDS = 3
#: ... and a summary of this many words ...
MIN_SUMMARY_WORDS = 6
#: ... to this many (a longer paragraph is an article's text, not a card's line).
MAX_SUMMARY_WORDS = 60
#: A listing's card holds at most this many words besides its headline (labels, a date, a
#: summary: longer, it is a section of a text).
MAX_CARD_WORDS = 120
#: How far above a linked heading its grid's parent may sit.
MAX_CARD_DEPTH = 6

#: Headings (:data:`.tags.HEADINGS`) that hold a link or sit in one (most headings of a page
#: hold none).
_LINKED_HEADINGS = etree.XPath(
    "descendant::*["
    + " or ".join(f"self::{tag}" for tag in HEADINGS)
    + "][descendant::a or ancestor::a]"
)


def _linked_headline(heading: lxml_html.HtmlElement) -> bool:
    """``heading`` is a headline: long enough, and wholly one link to another page (the link
    inside it or around it). Stricter than :func:`.prune._linked_heading`, which takes a link
    around the heading only below the nearest container, any ``href``, and a link inside it
    that covers nine tenths of its text among others: a grid's cards are told by this test."""
    text = element_text(heading)
    if len(text.split()) < MIN_HEADLINE_WORDS:
        return False
    outer = next(heading.iterancestors("a"), None)
    if outer is not None:
        return leads_away(outer)
    links = list(heading.iter("a"))
    return len(links) == 1 and element_text(links[0]) == text and leads_away(links[0])


def card_summary(card: lxml_html.HtmlElement) -> str | None:
    """The summary of ``card`` when it is a teaser card (one linked headline, one short ``<p>``
    outside links), else ``None``."""
    heads = list(card.iter(*HEADINGS))
    if len(heads) != 1 or not _linked_headline(heads[0]):
        return None
    texts = [
        element_text(p)
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


def card_texts(card: lxml_html.HtmlElement) -> tuple[str, frozenset[str]] | None:
    """The headline of ``card`` and the texts of its elements (white space collapsed) when it
    is a listing's card: one heading that is a linked headline, none other, and at most
    :data:`MAX_CARD_WORDS` words besides the headline; else ``None``."""
    heads = [h for h in card.iter(*HEADINGS) if _linked_headline(h)]
    if len(heads) != 1:
        return None
    headline = element_text(heads[0])
    if len(element_words(card)) - len(headline.split()) > MAX_CARD_WORDS:
        return None
    return headline, frozenset(t for t in map(element_text, card.iter(etree.Element)) if t)


def _listing_texts(parent: lxml_html.HtmlElement, printed: frozenset[str]) -> frozenset[str]:
    """The texts of the cards when ``parent`` is a listing of cards (:data:`MIN_CARDS` or more,
    at least half its children) none of whose headlines is among the ``printed`` lines, else
    an empty set."""
    kids = [k for k in parent if isinstance(k.tag, str)]
    found = [c for c in map(card_texts, kids) if c is not None]
    if len(found) < MIN_CARDS or 2 * len(found) < len(kids):
        return frozenset()
    if any(headline in printed for headline, _ in found):
        return frozenset()
    return frozenset().union(*(texts for _, texts in found))


def _grid_parents(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement
) -> list[lxml_html.HtmlElement]:
    """The elements below ``body`` (``block`` left out) above :data:`MIN_CARDS` or more linked
    headings, each within :data:`MAX_CARD_DEPTH` levels."""
    counts: dict[lxml_html.HtmlElement, int] = {}
    for heading in _LINKED_HEADINGS(body):
        for depth, anc in enumerate(heading.iterancestors()):
            if depth >= MAX_CARD_DEPTH or anc is body:
                break
            counts[anc] = counts.get(anc, 0) + 1
    return [parent for parent, n in counts.items() if n >= MIN_CARDS and parent is not block]


def _grid_texts(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement, printed: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The summaries of the grids of teaser cards below ``body`` that come after ``block``,
    and the texts of the listings there whose headlines are not ``printed`` (the block's own
    texts left out)."""
    found: set[str] = set()
    listed: set[str] = set()
    for parent in _grid_parents(body, block):
        summaries = _grid_summaries(parent)
        texts = _listing_texts(parent, printed)
        if (summaries or texts) and after(parent, block, body):
            found.update(summaries)
            listed.update(texts)
    if listed:
        listed.difference_update(map(element_text, block.iter(etree.Element)))
    return frozenset(found), frozenset(listed)


def grid_summaries(body: lxml_html.HtmlElement, block: lxml_html.HtmlElement) -> frozenset[str]:
    """Summaries of the grids of teaser cards below ``body`` that come after ``block``."""
    return _grid_texts(body, block, frozenset())[0]


def drop_grid_summaries(
    body: lxml_html.HtmlElement, block: lxml_html.HtmlElement, lines: list[str]
) -> tuple[list[str], int]:
    """``lines`` without the summaries of the teaser grids after ``block`` and the texts of the
    listings there whose headlines they do not print (a line equal to one, white space
    collapsed, a list item's mark left out); how many went."""
    printed = frozenset(map(printed_key, lines))
    return drop_printed(lines, frozenset().union(*_grid_texts(body, block, printed)))
