"""Which ``\\n``-separated line of a text each character offset falls on."""

from __future__ import annotations

from collections.abc import Iterable


def line_indexes(text: str, offsets: Iterable[int]) -> set[int]:
    """Indexes of the lines of ``text`` (split at ``\\n``) that hold one of ``offsets``.

    The offsets are visited in order and only the line breaks between two of them are
    counted, so the cost is one pass over the text however many offsets there are.
    """
    lines: set[int] = set()
    index, prev = 0, 0
    for at in sorted(offsets):
        index += text.count("\n", prev, at)
        prev = at
        lines.add(index)
    return lines


def lines_holding(text: str, needles: Iterable[str]) -> set[int]:
    """Indexes of the lines of ``text`` (split at ``\\n``) that hold one of ``needles``
    (substring searches: faster than an alternation that has no literal start)."""
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    return line_indexes(text, found)
