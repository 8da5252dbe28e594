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


def _capitalised(word: str) -> bool | None:
    """Whether a word opens with a capital or a figure (``None``: no letter or figure, such as
    "&" or "-", which neither ends nor counts in a headline)."""
    for ch in word:
        if ch.isalnum():
            return ch.isupper() or ch.isdigit()
    return None


def _opens_with_title(ln: Line) -> bool:
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


def glued_cards(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions (in ``lines``) of the teaser cards printed one a line, the headline run into
    its summary (see the module documentation)."""
    cards = [k for k, ln in enumerate(lines) if not tags[k] and _opens_with_title(ln)]
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
