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
from itertools import pairwise

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


#: The characters :data:`_TITLE_OPENING` knows: Latin (ASCII, Latin-1, Latin Extended-A and
#: -B) and the general punctuation block (spaces, dashes, quotes, bullets). A line holding
#: any other goes through :func:`_opens_with_title` word by word.
_KNOWN = (range(0x250), range(0x2000, 0x2070))
_FOREIGN = re.compile("[^" + "".join(rf"\u{r.start:04x}-\u{r.stop - 1:04x}" for r in _KNOWN) + "]")


def _char_class(test: str) -> str:
    """A regex class of the characters of :data:`_KNOWN` that are not white space and pass
    ``test``: ``"upper"`` (a letter or figure that opens a capitalised word, as
    :func:`_capitalised` reads it), ``"lower"`` (any other letter or figure) or ``"mark"``
    (neither: punctuation, symbols)."""
    chars = []
    for r in _KNOWN:
        for code in r:
            ch = chr(code)
            if ch.isspace():
                continue
            kind = (
                ("upper" if ch.isupper() or ch.isdigit() else "lower") if ch.isalnum() else "mark"
            )
            if kind == test:
                chars.append(re.escape(ch))
    return "[" + "".join(chars) + "]"


def _title_opening() -> re.Pattern[str]:
    """The words :func:`_opens_with_title` reads, as one pattern over a line of the characters
    of :data:`_KNOWN` (words are runs of non-blanks, as :meth:`str.split` cuts them): words that
    open with a capital or a figure, at least :data:`_TITLE_WORDS` of them, with words of marks
    alone and short words in lower case before a capitalised one among them; then the first
    other word, which ends the headline, and at least :data:`_SUMMARY_WORDS` ``- 1`` words from
    it on."""
    upper, lower, mark = _char_class("upper"), _char_class("lower"), _char_class("mark")
    capital = rf"{mark}*{upper}"
    small = rf"(?={mark}*{lower})\S{{1,{_SMALL_WORD}}}\s+(?={capital})"
    between = rf"(?:{mark}+\s+|{small})*"
    ending = rf"(?={mark}*{lower})(?!\S{{1,{_SMALL_WORD}}}\s+{capital})\S+"
    after = rf"(?:\s+\S+){{{_SUMMARY_WORDS - 2}}}"
    return re.compile(
        rf"\s*{between}(?:{capital}\S*\s+{between}){{{_TITLE_WORDS},}}{ending}{after}"
    )


_TITLE_OPENING = _title_opening()


def _capitalised(word: str) -> bool | None:
    """Whether a word opens with a capital or a figure (``None``: no letter or figure, such as
    "&" or "-", which neither ends nor counts in a headline)."""
    for ch in word:
        if ch.isalnum():
            return ch.isupper() or ch.isdigit()
    return None


def _opens_with_title(ln: Line) -> bool:
    """``ln`` opens with a headline in title case followed by its summary (see the module's
    text), read word by word: :func:`_title_lines` reads the lines of the characters of
    :data:`_KNOWN` with :data:`_TITLE_OPENING` instead."""
    if not ln.prose or ln.words < _TITLE_WORDS + _SUMMARY_WORDS:
        return False
    words = ln.text.split()
    run = 0
    for k, word in enumerate(words):
        cap = _capitalised(word)
        if cap is None:
            continue
        if cap:
            run += 1
        elif not (len(word) <= _SMALL_WORD and k + 1 < len(words) and _capitalised(words[k + 1])):
            return run >= _TITLE_WORDS and len(words) - k >= _SUMMARY_WORDS - 1
    return False


def _title_lines(lines: list[Line], tags: list[str]) -> list[int]:
    """Positions of the untagged lines that open with a headline in title case followed by its
    summary: :data:`_TITLE_OPENING` on a line of the characters it knows, else
    :func:`_opens_with_title` (the same answers)."""
    least = _TITLE_WORDS + _SUMMARY_WORDS
    opening, foreign = _TITLE_OPENING.match, _FOREIGN.search
    return [
        k
        for k, ln in enumerate(lines)
        if ln.prose
        and ln.words >= least
        and not tags[k]
        and (
            _opens_with_title(ln) if foreign(ln.text) is not None else opening(ln.text) is not None
        )
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
