"""A table of contents between the story's first paragraphs and the rest of its body.

A guide or a long post opens with a paragraph or two, then lists its sections ("Introduction",
"Overview of Our Workflow", "How It Works Now", ...), then goes on under the first of them. The
list is a run of short lines that weighs against the region, so when no headline anchors the
story (a dump printed without the page's title) the region search starts below the list and
leaves the first paragraphs above it. A table of contents shows itself without word lists:
its entries come back lower down, in the same order, as the body's subheadings. A site's menu
repeated in the footer does too, but under the story's end, not inside it: only entries that
come back as lines of the region count, and they must come back in order.

The other way round, a table none of whose entries comes back on the page lists another text's
sections: the head of an outlet's own guide (its headline, lede, a call to act and its table
of contents) printed above the story the page carries. The story starts below the table
(:func:`other_texts_contents`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from .. import lexicon as lx
from ..lexicon import folded_phrases
from .features import Line

#: The verdict of the table's entries.
CONTENTS = "contents"
_KEY = attrgetter("key")
#: The longest line that may be a table's label with its toggle (longer lines are not folded).
MAX_CHARS = 60
#: A folded line that is a contents label, maybe with its toggle word.
LABEL_LINE = re.compile(
    rf"(?:{lx.trie_pattern(folded_phrases(lx.CONTENTS_LABELS))})"
    rf"(?: (?:{lx.trie_pattern(folded_phrases(lx.CONTENTS_TOGGLES))}))?"
)
#: The same, as a line of folded lines joined by line breaks (one scan of a region; a label
#: with its toggle is a few words, so a long line never matches).
_LABEL_IN_BLOCK = re.compile(rf"^(?:{LABEL_LINE.pattern})$", re.MULTILINE)
#: An entry's section number, folded ("2.1 Step 1: ..." is "2 1 step 1 ...").
_SECTION_NUMBER = re.compile(r"(?:\d+ )+")
#: An entry's words that come back as a line below, at the end of the entry ("Step 1: Name
#: your LLC" over the subheading "Name your LLC"): at least this many.
_TAIL_WORDS = 2
#: An entry: a short line (at most this many words) that does not weigh as prose.
_ENTRY_WORDS = 16
#: At least this many entries come back, in order, as lines of the region ...
_MIN_ENTRIES = 3
#: ... and at least this share of the run's lines do (a heading over the list does not).
_MIN_SHARE = 0.6
#: The entries come back at least this many lines apart on average (a heading and its text;
#: a second copy of the list comes back one line apart).
_SPREAD = 2
#: Lines between the list's last entry and the region (the first section's subheading).
_HEADING_GAP = 1
#: The story's first paragraphs end at most this many lines above the list (a subheading of
#: the introduction between).
_INTRO_GAP = 2


def _entry(ln: Line, weight: float) -> bool:
    return weight <= 0 and 1 <= ln.words <= _ENTRY_WORDS


def contents_above(
    lines: list[Line], ws: list[float], region: tuple[int, int]
) -> tuple[int, int, int] | None:
    """``(intro, first, last)`` when a table of contents (lines ``first`` to ``last``) stands
    right above ``region`` and under the story's first paragraphs (from line ``intro``, lines
    that weigh as prose: ``ws`` > 0); None when there is none. A subheading between the list
    and the region (the first section's) is neither."""
    start, end = region
    top = start
    while top > 0 and _entry(lines[top - 1], ws[top - 1]):
        top -= 1
    if start - top < _MIN_ENTRIES:
        return None  # (most pages: no run of short lines right above the region)
    places: dict[str, list[int]] = {}
    for k in range(start, end + 1):
        places.setdefault(lines[k].key, []).append(k)
    found, at, last, first_at = 0, start - 1, -1, -1
    for k in range(top, start):  # the entries come back in the region in their order
        later = places.get(lines[k].key)
        if later is None:
            continue
        nxt = bisect_right(later, at)
        if nxt < len(later):
            found, at, last = found + 1, later[nxt], k
            first_at = at if first_at < 0 else first_at
    if found < _MIN_ENTRIES or found < _MIN_SHARE * (last + 1 - top):
        return None
    if last < start - 1 - _HEADING_GAP:
        return None  # the list ends above the region: lines between are neither
    if at - first_at < _SPREAD * (found - 1):
        return None  # a second copy of the list, not the subheadings of a body
    above = next((k for k in range(top - 1, max(-1, top - 2 - _INTRO_GAP), -1) if ws[k] > 0), None)
    if above is None:
        return None
    intro = above
    while intro > 0 and ws[intro - 1] > 0:
        intro -= 1
    return intro, top, last


def _section_key(key: str) -> str:
    """An entry's folded words without its section number."""
    return _SECTION_NUMBER.sub("", key, count=1) if key[:1].isdigit() else key


def _comes_back(entry: str, below: set[str], block: str) -> bool:
    """Whether a line of ``below`` (``block``: the same lines joined by line breaks) holds the
    entry (a subheading that says it, maybe with more) or is the entry's last words (the
    entry's "Step 1:" before them)."""
    if entry in block:
        return True
    words = entry.split(" ")
    return any(" ".join(words[i:]) in below for i in range(1, len(words) - _TAIL_WORDS + 1))


def _entries_end(lines: list[Line], ws: list[float], label: int, end: int) -> int:
    """The last entry of the table under ``label`` (``label`` when none): the run of short
    lines that weigh nothing, only its numbered entries when the first is numbered (the text
    below it starts with its own headline, which is not)."""
    numbered = label + 1 <= end and lines[label + 1].key[:1].isdigit()
    k = label
    while k < end and _entry(lines[k + 1], ws[k + 1]):
        if numbered and not lines[k + 1].key[:1].isdigit():
            break
        k += 1
    return k


def other_texts_contents(lines: list[Line], ws: list[float], region: tuple[int, int]) -> int | None:
    """The last line of a table of contents in ``region`` that lists another text's sections:
    under its label (:data:`LABEL_LINE`), at least :data:`_MIN_ENTRIES` entries, none of which
    comes back as a line of the page outside the table (a table printed after its text, in a
    sidebar, lists lines above it), and prose of the region below it; None when there is none.
    The story is what the region holds below that line."""
    start, end = region
    block = "\n".join(map(_KEY, lines[start : end + 1]))
    for m in _LABEL_IN_BLOCK.finditer(block):
        label = start + block.count("\n", 0, m.start())
        last = _entries_end(lines, ws, label, end)
        if last - label < _MIN_ENTRIES or not any(w > 0 for w in ws[last + 1 : end + 1]):
            continue
        keys = [ln.key for ln in lines[:label]] + [ln.key for ln in lines[last + 1 :]]
        below, below_block = set(keys), "\n".join(keys)
        entries = {_section_key(ln.key) for ln in lines[label + 1 : last + 1]} - {""}
        if not any(_comes_back(e, below, below_block) for e in entries):
            return last
    return None
