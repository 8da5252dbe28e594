"""A table of contents between the story's first paragraphs and the rest of its body.

A guide or a long post opens with a paragraph or two, then lists its sections ("Introduction",
"Overview of Our Workflow", "How It Works Now", ...), then goes on under the first of them. The
list is a run of short lines that weighs against the region, so when no headline anchors the
story (a dump printed without the page's title) the region search starts below the list and
leaves the first paragraphs above it. A table of contents shows itself without word lists:
its entries come back lower down, in the same order, as the body's subheadings. A site's menu
repeated in the footer does too, but under the story's end, not inside it: only entries that
come back as lines of the region count, and they must come back in order.
"""

from __future__ import annotations

from bisect import bisect_right

from .features import Line

#: The verdict of the table's entries.
CONTENTS = "contents"
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
