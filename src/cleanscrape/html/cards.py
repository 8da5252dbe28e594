"""Hover cards printed inside the article's paragraphs, removed before article extraction.

Some sites attach a card to a name in the running text (a person's photo, their name again
and links to the latest stories about them), shown when the pointer rests on the name and
hidden by a style sheet otherwise. The card is markup inside the paragraph, so an extractor
that does not read style sheets prints it in the middle of the sentence: "Rep. Ilhan
OmarIlhan OmarHillicon Valley: Progressives oppose ...". Such a card is the element nearest an
image inside a paragraph that holds two or more links and no text but theirs; the name it is
attached to (a link beside it) stays.
"""

from __future__ import annotations

from lxml import html as lxml_html

#: A hover card holds at least this many links (its name and the stories or profiles).
MIN_CARD_LINKS = 2


def _chars(el: lxml_html.HtmlElement) -> int:
    return len("".join(el.text_content().split()))


def _card_of(
    img: lxml_html.HtmlElement, paragraph: lxml_html.HtmlElement
) -> lxml_html.HtmlElement | None:
    """The hover card ``img`` is in: its nearest ancestor below ``paragraph`` with at least
    :data:`MIN_CARD_LINKS` links and no text outside them; ``None`` when there is none."""
    for anc in img.iterancestors():
        if anc is paragraph:
            return None
        links = [n for n in (_chars(a) for a in anc.iter("a")) if n]
        if len(links) < MIN_CARD_LINKS:
            continue
        # text of its own: a part of the paragraph, not a card
        return anc if sum(links) >= _chars(anc) else None
    return None


def drop_hover_cards(body: lxml_html.HtmlElement) -> int:
    """Remove the hover cards inside paragraphs below ``body``; returns how many went."""
    cards: list[lxml_html.HtmlElement] = []
    for paragraph in body.iter("p"):
        for img in paragraph.iter("img"):
            card = _card_of(img, paragraph)
            if card is not None and card not in cards:
                cards.append(card)
    for card in cards:
        parent = card.getparent()
        if parent is not None:
            card.drop_tree()  # its tail stays in the paragraph
    return len(cards)
