"""Lists of teaser cards cut short, told by their shape where no class word names them.

A news site's "breaking news", "latest" or "more stories" box is a list of other stories: each
item the story's headline as a link to its page, then the first words of its text cut off by
an ellipsis ("NEW DELHI: Home Minister Amit Shah on Wednesday said ... as soon as the local
administration feels it is..."). A modern page names the box and the class-word pruning takes
it out; an older or stripped page names nothing, and the extractor prints every card beside the
article. The shape decides instead: a ``<ul>``/``<ol>`` of :data:`MIN_CARDS` or more items,
every one of them opening with a link of :data:`MIN_HEADLINE_WORDS` or more words to another
page, holding :data:`MIN_EXCERPT_CHARS` or more characters besides it, and ending in an
ellipsis. The article's own lists do not cut every item short.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .item_lists import shaped_lists
from .removal import drop_elements
from .words import element_text

#: A list of teasers holds at least this many cards (items).
MIN_CARDS = 3
#: A card's headline (its first link) has at least this many words ...
MIN_HEADLINE_WORDS = 3
#: ... and the card this many characters more than its headline (the excerpt).
MIN_EXCERPT_CHARS = 30
#: An excerpt cut short: an ellipsis at the end of the card's text.
_CUT = re.compile(r"(?:\.\.\.|…)$")


def _is_card(item: lxml_html.HtmlElement) -> bool:
    """``item`` opens with a headline linked to another page and ends in a cut excerpt."""
    link = next(item.iter("a"), None)
    if link is None or (link.get("href") or "#").startswith("#"):
        return False
    text = element_text(item)
    headline = element_text(link)
    return (
        len(headline.split()) >= MIN_HEADLINE_WORDS
        and text.startswith(headline)
        and len(text) >= len(headline) + MIN_EXCERPT_CHARS
        and _CUT.search(text) is not None
    )


def excerpt_lists(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The outermost lists below ``body`` whose every item is a teaser card cut short."""
    return shaped_lists(body, _is_card, MIN_CARDS)


def drop_excerpt_lists(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the lists of :func:`excerpt_lists` from ``body``; returns how many went (their
    text added to ``texts`` when given)."""
    return drop_elements(excerpt_lists(body), texts)
