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

Many sites write their headlines in sentence case ("Armenia named most popular spot for
Russian travelers in 2019 Armenia has been named ..."), and the words alone cannot tell such a
card from a paragraph that names a person or a place. The box that holds the cards can
(:func:`boxed_cards`): it opens with one of the lexicon's related headings ("Latest news",
"Most read"), its cards follow the heading right under it, one a line, and it closes the page:
no two paragraphs in a row follow it, and the story stands above it. Each of its lines shows
where its headline ends: the line opens with a headline that the page prints alone elsewhere
(the same story's card in another box), or a capitalised word follows a word with no mark
after it, the words before it hold no sentence's end and the words from it are one sentence
(the summary) -- a paragraph's second sentence after a name mid-sentence fails the last test.
"""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import numpy as np

from .features import RELATED_HEADING, Line

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

#: A sentence-case card's headline: at least this many words before its summary.
_HEAD_WORDS = 4
#: A word that ends a sentence: a full stop, a question or exclamation mark (closing quotes
#: and brackets after it).
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: ... but for a capitalised abbreviation of at most three letters ("Dr.", "St.", "U.S."): a
#: title before a name, which a summary's one sentence may hold.
_ABBREVIATION = re.compile(rf"^[\"'“‘«(]*[{CAPITALS}](?:\w?\.?){{0,2}}\.$")
#: Marks that may close a word before the capitalised one that opens a summary (quotes).
_CLOSERS = "\"'”’»)]"
#: ... and marks that may open the capitalised word (quotes, a bracket).
_OPENERS = "\"'“‘«("
_CAPITAL = re.compile(f"[{CAPITALS}]")


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
    boxed = boxed_cards(lines, tags)
    cards = _title_lines(lines, tags)
    if len(cards) < _CARDS:
        return boxed
    # the story's first two paragraphs in a row (cards aside): cards stand above them
    card_set = set(cards)
    paragraphs = [
        k
        for k, ln in enumerate(lines)
        if ln.prose and not tags[k] and not ln.repeats and k not in card_set
    ]
    first_pair = next((b for a, b in pairwise(paragraphs) if b == a + 1), len(lines))
    found = boxed
    run: list[int] = []
    for k in [*(k for k in cards if k < first_pair), len(lines) + _GAP + 1]:
        if run and k - run[-1] > _GAP:
            if len(run) >= _CARDS:
                found.update(run)
            run = []
        run.append(k)
    return found


def _sentence_end(word: str) -> bool:
    """The word ends a sentence (:data:`_SENTENCE_END`), no abbreviation before a name."""
    return _SENTENCE_END.search(word) is not None and _ABBREVIATION.match(word) is None


def _capitalised(word: str) -> bool:
    return _CAPITAL.match(word.lstrip(_OPENERS)) is not None


def _glued_summary(text: str) -> bool:
    """The line is a sentence-case headline run into a one-sentence summary: no word but its
    last ends a sentence (a headline holds none, the summary is one sentence), and a
    capitalised word stands after at least :data:`_HEAD_WORDS` words, the last of them closed
    by no mark (or by a quote alone), with at least :data:`_SUMMARY_WORDS` words from it on."""
    words = text.split()
    if len(words) < _HEAD_WORDS + _SUMMARY_WORDS or any(map(_sentence_end, words[:-1])):
        return False
    return any(
        words[k - 1].rstrip(_CLOSERS)[-1:].isalnum() and _capitalised(words[k])
        for k in range(_HEAD_WORDS, len(words) - _SUMMARY_WORDS + 1)
    )


def _printed_headline(key: str, headlines: set[str]) -> bool:
    """The folded line opens with a headline that the page prints as a line of its own (at
    least :data:`_HEAD_WORDS` words), and at least :data:`_SUMMARY_WORDS` words follow it."""
    words = key.split(" ")
    return any(
        " ".join(words[:k]) in headlines
        for k in range(_HEAD_WORDS, len(words) - _SUMMARY_WORDS + 1)
    )


def _paragraph(ln: Line, tag: str) -> bool:
    return ln.prose and not tag


def _cards_under(
    lines: list[Line], tags: list[str], heading: int, headlines: set[str]
) -> range | None:
    """The lines of prose right under the related heading at ``heading`` when at least
    :data:`_CARDS` of them, each a headline run into its summary (:func:`_printed_headline`,
    :func:`_glued_summary`)."""
    end = heading + 1
    while end < len(lines) and _paragraph(lines[end], tags[end]):
        end += 1
    run = range(heading + 1, end)
    if len(run) < _CARDS:
        return None
    glued = (
        _printed_headline(lines[j].key, headlines) or _glued_summary(lines[j].text) for j in run
    )
    return run if all(glued) else None


def boxed_cards(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of the cards in sentence case of a box of the outlet's stories that closes
    the page (see the module documentation): the lines of :func:`_cards_under` a related
    heading with a paragraph above it and no two paragraphs in a row below them."""
    if RELATED_HEADING not in tags:
        return set()  # (no box's heading on the page)
    paragraphs = [_paragraph(ln, tag) for ln, tag in zip(lines, tags, strict=True)]
    # the last two paragraphs in a row (a box below them closes the page) and the first
    # paragraph of the page (a box above it has no story above it)
    last_pair = next(
        (k for k in range(len(lines) - 1, 0, -1) if paragraphs[k - 1 : k + 1] == [True, True]), -1
    )
    first = next((k for k, ln in enumerate(lines) if paragraphs[k] and not ln.repeats), None)
    if first is None:
        return set()
    headlines = {ln.key for ln in lines if ln.words >= _HEAD_WORDS}
    found: set[int] = set()
    for k in range(first + 1, len(lines)):
        if tags[k] == RELATED_HEADING:
            run = _cards_under(lines, tags, k, headlines)
            if run is not None and run[-1] >= last_pair:
                found.update(run)
    return found
