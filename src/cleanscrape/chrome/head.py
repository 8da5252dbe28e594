"""The head of the article: the lines between the headline and the first paragraph of the body.

* :func:`headline_card` finds the headline printed twice right above the body (its link and
  its image link, as a card is printed) with the standfirst under it, which the card rule of
  :func:`~cleanscrape.chrome.regions.tag_lines` took for a card of another story and its
  teaser.
"""

from __future__ import annotations

from .features import Line

#: The standfirst under the headline's copies is at most this many lines above the body.
_HEAD_GAP = 4
#: ... and no other card is this many lines above the copies (a list of cards is no headline).
_LIST_GAP = 8
_CARD_TAGS = frozenset({"related_card", "teaser"})


def headline_card(lines: list[Line], tags: list[str], start: int) -> tuple[int, int] | None:
    """``(headline, standfirst)``: the first copy of the headline printed twice just above the
    body that starts at line ``start``, and the line under the copies.

    A card of another story is its title twice (a link and an image link) and a teaser; an
    article page prints its own headline the same way above the body, with the standfirst
    under it. The card right above the body, a few lines over its first paragraph with no
    card between them and none above it (a list), is the page's headline.
    """
    for k in range(start - 1, max(start - 1 - _HEAD_GAP, 1), -1):
        if tags[k] != "teaser":
            continue
        a, b = lines[k - 2], lines[k - 1]
        if not (a.key and a.key == b.key and tags[k - 2] == tags[k - 1] == "related_card"):
            return None
        if any(t in _CARD_TAGS for t in tags[k + 1 : start]):
            return None
        if any(t in _CARD_TAGS for t in tags[max(0, k - 2 - _LIST_GAP) : k - 2]):
            return None
        return k - 2, k
    return None
