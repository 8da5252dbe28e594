"""The head of the article: the lines between the headline and the first paragraph of the body.

* :func:`headline_card` finds the headline printed twice right above the body (its link and
  its image link, as a card is printed) with the standfirst under it, which the card rule of
  :func:`~cleanscrape.chrome.regions.tag_lines` took for a card of another story and its
  teaser.
* :func:`second_copy` tells the standfirst printed twice in a row (a summary box and the
  lede) from a line the page repeats elsewhere.
* :func:`block_lede` finds the lede printed in one block with the body's first paragraph
  but without its full stop, which the region search left above the body.
* :func:`cut_lede` finds the lede printed cut with an ellipsis between the headline and the
  body's first paragraph, which :func:`~cleanscrape.chrome.regions.tag_lines` took for a
  card's teaser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .features import Line
from .regions import RELATED_CARD, SECTION_HEADINGS, TEASER

#: The standfirst under the headline's copies is at most this many lines above the body.
_HEAD_GAP = 4
#: ... and no other card is this many lines above the copies (a list of cards is no headline).
_LIST_GAP = 8
_CARD_TAGS = frozenset({RELATED_CARD, TEASER})


def headline_card(lines: list[Line], tags: list[str], start: int) -> tuple[int, int] | None:
    """``(headline, standfirst)``: the first copy of the headline printed twice just above the
    body that starts at line ``start``, and the line under the copies.

    A card of another story is its title twice (a link and an image link) and a teaser; an
    article page prints its own headline the same way above the body, with the standfirst
    under it. The card right above the body, a few lines over its first paragraph with no
    card between them and none above it (a list), is the page's headline.
    """
    for k in range(start - 1, max(start - 1 - _HEAD_GAP, 1), -1):
        if tags[k] != TEASER:
            continue
        a, b = lines[k - 2], lines[k - 1]
        if not (a.key and a.key == b.key and tags[k - 2] == tags[k - 1] == RELATED_CARD):
            return None
        if any(t in _CARD_TAGS for t in tags[k + 1 : start]):
            return None
        if any(t in _CARD_TAGS for t in tags[max(0, k - 2 - _LIST_GAP) : k - 2]):
            return None
        return k - 2, k
    return None


#: A lede line has at least this many words.
_LEDE_WORDS = 8
#: ... and no labelled field ("By: Jane Roe, Director", "Publicado por: ... - Categoria: ..."):
#: a row of the article's metadata.
_FIELD = re.compile(r"\w[:：]\s")


def block_lede(
    lines: list[Line],
    tags: list[str],
    start: int,
    title_at: int | None,
    page: Sequence[str] = (),
) -> range:
    """Lines right above the body's first line ``start`` in the same block (no blank line
    between them), each a lede or summary sentence that lost its full stop.

    A paragraph without a full stop weighs as a short line, so the region search starts the
    body below it. Above the body a caption, a byline with a role or a long dateline stand
    in blocks of their own; a line printed in one block with the first paragraph, below the
    headline, of :data:`_LEDE_WORDS` words or more and no labelled field, is the body's.

    A dump that lays the page out by its nesting (``page``: its lines as printed; inscriptis
    indents each element by its depth) sets every paragraph apart by a blank line, so there
    the blank line tells nothing: a line printed at the body's first line's own indentation
    (more than none) is in its block.
    """
    k = start
    floor = title_at + 1 if title_at is not None else 0
    depth = _depth(page, lines[start]) if page else 0
    while k > floor:
        ln = lines[k - 1]
        if tags[k - 1] or ln.repeats or ln.words < _LEDE_WORDS or _FIELD.search(ln.text):
            break
        if lines[k].block_start and not (depth and _depth(page, ln) == depth):
            break
        k -= 1
    return range(k, start)


def cut_lede(lines: list[Line], tags: list[str], start: int) -> int | None:
    """The line ``start - 1`` between a headline (``start - 2``) and the body's first line
    ``start``, cut with an ellipsis ("... surveyed more than 8,200 travelers who…") and taken
    for a teaser by its cut alone, when it is the story's lede: :data:`_LEDE_WORDS` words or
    more, printed once, the body's first line below it is prose, and no section heading
    ("See also", "Related") stands right above the headline.

    A card's teaser opens under its card's headline and is followed by the next card (a
    headline, a link: no prose); an outlet that prints the story's opening paragraph cut, as
    its feed gave it, prints it between the story's own headline and the rest of its body.
    The line is the story's in every copy, whichever way a copy prints it. A headline under a
    related heading is a card's, however its summary reads and whatever prose follows it."""
    if start < 2 or (start > 2 and tags[start - 3] in SECTION_HEADINGS):
        return None
    ln = lines[start - 1]
    if tags[start - 1] != TEASER or not ln.teaser or ln.repeats:
        return None
    if ln.words < _LEDE_WORDS or not lines[start].prose:
        return None
    return start - 1


def _depth(page: Sequence[str], ln: Line) -> int:
    """The blanks the dump printed before line ``ln`` (its indentation in ``page``)."""
    printed = page[ln.index]
    return len(printed) - len(printed.lstrip())


def second_copy(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the second of two copies of one line printed one right after the other,
    and the page holds no other: a standfirst printed twice (as a summary and as the lede), not
    a line the page repeats in its menus, cards or footer."""
    return k > 0 and lines[k].repeats == 1 and lines[k - 1].key == lines[k].key
