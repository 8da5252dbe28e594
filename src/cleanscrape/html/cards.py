"""Hover cards printed inside the article's paragraphs, removed before article extraction.

Some sites attach a card to a name or a term in the running text (a person's photo, their name
again and links to the latest stories about them; a glossary definition and a "Learn more"
link), shown when the pointer rests on the word and hidden by a style sheet otherwise. The
card is markup inside the paragraph, so an extractor that does not read style sheets prints it
in the middle of the sentence: "Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose
...", "organic traffic and keywordKeyword A keyword is what users write ...". A card is an
element inside a paragraph that is a tooltip by its ``role`` or by the words of its class or id
(:data:`TOOLTIP_TOKENS`) and is not the term's own wrapper, or the element nearest
an image inside a paragraph that holds two or more links and no text but theirs. The word it
is attached to (a link or a term beside it) stays.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .prune import TOOLTIP_TOKENS, name_tokens
from .removal import drop_elements
from .words import element_chars

#: A hover card holds at least this many links (its name and the stories or profiles).
MIN_CARD_LINKS = 2


def _card_of(
    img: lxml_html.HtmlElement, paragraph: lxml_html.HtmlElement
) -> lxml_html.HtmlElement | None:
    """The hover card ``img`` is in: its nearest ancestor below ``paragraph`` with at least
    :data:`MIN_CARD_LINKS` links and no text outside them; ``None`` when there is none."""
    for anc in img.iterancestors():
        if anc is paragraph:
            return None
        links = [n for n in (element_chars(a) for a in anc.iter("a")) if n]
        if len(links) < MIN_CARD_LINKS:
            continue
        # text of its own: a part of the paragraph, not a card
        return anc if sum(links) >= element_chars(anc) else None
    return None


#: Images and elements that carry a class, an id or a role, inside paragraphs (one pass of
#: libxml2: most paragraphs hold neither).
_IN_PARAGRAPH = etree.XPath("descendant::p//*[@class or @id or @role or self::img]")


def _is_tooltip(el: lxml_html.HtmlElement) -> bool:
    """``el`` is a tooltip by its ``role`` or by a word of its class or id, and is not a
    wrapper that starts with text of its own (``<span class="tooltip">term<span>...</span>
    </span>`` wraps the term it explains: the term stays, the element after it is the tip)."""
    if len(el) and el.text and el.text.strip():
        return False
    if (el.get("role") or "").strip().lower() == "tooltip":
        return True
    return any(
        TOOLTIP_TOKENS.intersection(name_tokens(value))
        for value in (el.get("class"), el.get("id"))
        if value
    )


def drop_hover_cards(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the hover cards inside paragraphs below ``body``; returns how many went (and
    appends the text of each to ``texts`` when given)."""
    cards: list[lxml_html.HtmlElement] = []
    for el in _IN_PARAGRAPH(body):  # document order: a card before what is inside it
        if any(c in cards for c in el.iterancestors()):
            continue
        if el.tag == "img":
            card = _card_of(el, next(el.iterancestors("p")))
            if card is not None and card not in cards:
                cards.append(card)
        elif _is_tooltip(el):
            cards.append(el)
    return drop_elements([card for card in cards if card.getparent() is not None], texts)
