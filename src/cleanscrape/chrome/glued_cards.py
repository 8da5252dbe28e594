"""Teaser cards printed one a line, the headline run into its summary.

A site's mega menu or a box of its latest stories prints each card as a headline in title
case and a summary of a sentence or two ("Harvick Fails To Rally Overmatched Ford In NASCAR
Finale Ford v Toyota flopped for the blue oval at the track."). A dump that runs each card's
elements together (a link around both, the text saved without the blank lines) leaves one
line per card that ends like a sentence and is as long as a paragraph: a run of such lines
weighed as the story's prose, and the region search took the cards for its first paragraphs.

What sets such a line apart from a paragraph is its opening: a headline in title case is a
run of capitalised words (function words too: "To", "In", "After"; a short one may stay in
lower case between two of them: "Spots in Detroit's Rivertown"), which a sentence opens with
only for a name or two ("United States President Donald Trump said"). A line is a card
when at least :data:`_TITLE_WORDS` capitalised words open it and at least
:data:`_SUMMARY_WORDS` words follow them; the cards are those of at least :data:`_CARDS` such
lines, each at most :data:`_GAP` lines below the one before (a section label, a date between),
so a paragraph that opens with a long name is no card. They stand above the story's first two
paragraphs in a row (lines of prose that are no cards): a list of the body whose items open
with a heading in title case ("1. Write Good Commit Messages: Start with ...") comes after
the article's first paragraphs. The cards weigh as the summaries of a menu box
(:func:`cleanscrape.chrome.regions.weights`): cards, not the story, nor its headline.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import numpy as np

from .features import Line

#: Capitalised words (or figures) that open a card's line at least: its headline.
_TITLE_WORDS = 6
#: ... and words of its summary after them at least.
_SUMMARY_WORDS = 4
#: A headline's short word left in lower case ("in", "of", "for", "v"): at most this many
#: characters, a capitalised word after it.
_SMALL_WORD = 3
#: Cards in a run at least, and lines from one to the next at most.
_CARDS = 3
_GAP = 3


def _capitals() -> str:
    """The characters that open a capitalised word, as ranges of a regex class: letters in
    upper case and figures (:meth:`str.isupper`, :meth:`str.isdigit`), looked for among the
    letters and figures (``\\w`` but ``_``) of every code point."""
    codes = np.concatenate(
        [np.arange(0xD800, dtype="<u4"), np.arange(0xE000, sys.maxunicode + 1, dtype="<u4")]
    )
    alnum = re.sub(r"[\W_]+", "", codes.tobytes().decode("utf-32-le"))
    capitals = "".join(sorted({*filter(str.isupper, alnum), *filter(str.isdigit, alnum)}))
    found = np.frombuffer(capitals.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    cuts = np.flatnonzero(np.diff(found) != 1) + 1
    firsts, lasts = found[np.r_[0, cuts]].tolist(), found[np.r_[cuts - 1, found.size - 1]].tolist()
    return "".join(
        re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b)))
        for a, b in zip(firsts, lasts, strict=True)
    )


#: The characters that open a capitalised word, as ranges of a regex class (:func:`_capitals`).
CAPITALS = _capitals()


def _title_opening() -> re.Pattern[str]:
    """A line that opens with a headline in title case followed by its summary (see the
    module's text), as one pattern. Words are runs of non-blanks (as :meth:`str.split` cuts
    them) and a word's first letter or figure tells its kind: a capital or a figure (of
    :func:`_capitals`) opens a capitalised word, any other letter or figure a word in lower
    case, and a word of neither (marks alone: "&", "-") neither ends nor counts in a headline.
    The headline: capitalised words, at least :data:`_TITLE_WORDS` of them, with words of marks
    alone and short words in lower case before a capitalised one among them; then the first
    other word, which ends it, and at least :data:`_SUMMARY_WORDS` ``- 1`` words from it on."""
    capitals = CAPITALS
    upper, lower, mark = f"[{capitals}]", rf"[^\W_{capitals}]", r"(?:[^\w\s]|_)"
    capital = rf"{mark}*{upper}"
    small = rf"(?={mark}*{lower})\S{{1,{_SMALL_WORD}}}\s+(?={capital})"
    between = rf"(?:{mark}+\s+|{small})*"
    ending = rf"(?={mark}*{lower})(?!\S{{1,{_SMALL_WORD}}}\s+{capital})\S+"
    after = rf"(?:\s+\S+){{{_SUMMARY_WORDS - 2}}}"
    return re.compile(
        rf"\s*{between}(?:{capital}\S*\s+{between}){{{_TITLE_WORDS},}}{ending}{after}"
    )


_TITLE_OPENING = _title_opening()


def _title_lines(lines: list[Line], tags: list[str]) -> list[int]:
    """Positions of the untagged lines of prose that open with a headline in title case
    followed by its summary (:data:`_TITLE_OPENING`)."""
    least = _TITLE_WORDS + _SUMMARY_WORDS
    opening = _TITLE_OPENING.match
    return [
        k
        for k, ln in enumerate(lines)
        if ln.prose and ln.words >= least and not tags[k] and opening(ln.text) is not None
    ]


def glued_cards(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions (in ``lines``) of the teaser cards printed one a line, the headline run into
    its summary (see the module documentation)."""
    cards = _title_lines(lines, tags)
    if len(cards) < _CARDS:
        return set()
    # the story's first two paragraphs in a row (cards aside): cards stand above them
    card_set = set(cards)
    paragraphs = [
        k
        for k, ln in enumerate(lines)
        if ln.prose and not tags[k] and not ln.repeats and k not in card_set
    ]
    first_pair = next((b for a, b in pairwise(paragraphs) if b == a + 1), len(lines))
    found: set[int] = set()
    run: list[int] = []
    for k in [*(k for k in cards if k < first_pair), len(lines) + _GAP + 1]:
        if run and k - run[-1] > _GAP:
            if len(run) >= _CARDS:
                found.update(run)
            run = []
        run.append(k)
    return found
