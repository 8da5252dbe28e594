"""The shingles of a text that lie inside one of its sentences: what containment measures.

A copy that drops sentences (an abridged copy, a copy that moved one) prints the sentences it
keeps whole, but side by side where the original printed others between them. Its word
5-grams inside a sentence are the original's; the ones across the end of a sentence (the
last words of one and the first words of the next) are new, four at each place a sentence
was dropped: an abridged copy of a story told in short sentences, keeping 70 % of them, has
a fifth of its shingles across such places, and lies in the original at 0.8 or less. So the
share of a text that lies in another (:func:`.signature.containment`, "contained" in the
report) is measured on its shingles that do not cross the end of a sentence or a line
(:func:`inside_hashes`), where it holds at least half of its shingles: a text of short
sentences or lines (a list, a table) is measured on all of them.

A sentence ends inside a line at ``.``, ``!``, ``?`` or ``…`` (maybe followed by a closing
quote or bracket) before white space, or at ``。``, ``！``, ``？``. An abbreviation's full
stop ("U.S. Senate") is taken for an end: that only leaves four shingles out of what is
measured, never more text in it. The ends are found on a line as written and counted in the
words of its matching key (:func:`breaks`); a line whose words as written are not its key's
(a copyright notice cut from it, a mojibake repair that joins or splits a word) is taken as
one sentence.

>>> breaks("Mưa lớn. Đường ngập “nặng.” Xe chết máy", 8)
[2, 5]
>>> breaks("Giá 2.5 triệu đồng. Tăng", 6), breaks("Mưa lớn. Đường ngập", 5)
([5], [])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .signature import U64, sorted_unique, window_hashes

I64 = npt.NDArray[np.int64]

#: The end of a sentence inside a line: a full stop, question or exclamation mark or an
#: ellipsis, maybe closed by quotes or brackets, before white space; or a CJK one.
_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)|[。！？][\"'”’»)\]」』]*")
#: A word of a matching key as the text writes it (:mod:`.key` makes every character that is
#: not a letter, digit or U+FFFD, and the underscore, a space); :data:`_PLAIN_WORD` where the
#: text holds no U+FFFD (twice as fast).
_WORD = re.compile(r"(?:[^\W_]|\ufffd)+")
_PLAIN_WORD = re.compile(r"[^\W_]+")


def breaks(line: str, words: int) -> list[int]:
    """Where sentences end inside ``line`` (a line of a text, as written), as the number of
    its key's words before each end; ``words``: the words of the line's key. Empty when no
    sentence ends inside it, or when its words as written are not ``words`` many."""
    if _END.search(line) is None:
        return []
    # each word one "w" (the marks, quotes and spaces stay where they are), then counted
    words_of = _WORD if "\ufffd" in line else _PLAIN_WORD
    marked = words_of.sub("w", unicodedata.normalize("NFC", line))
    if marked.count("w") != words:
        return []
    out: list[int] = []
    for m in _END.finditer(marked):
        seen = marked.count("w", 0, m.end())
        if 0 < seen < words and (not out or out[-1] != seen):
            out.append(seen)
    return out


class Breaks:
    """:func:`breaks` of the lines of a batch's texts, each distinct line worked out once
    (copies of one story share most of their lines)."""

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[str, list[int]] = {}

    def of(self, line: str, words: int) -> list[int]:
        found = self._known.get(line)
        if found is None:
            found = self._known[line] = breaks(line, words)
        return found


def inside_hashes(
    words: U64,
    line_words: I64,
    line_breaks: Sequence[Sequence[int]],
    lines_per_text: I64,
    size: int,
) -> list[U64]:
    """The sorted distinct hashes of the shingles of ``size`` words that lie inside one
    sentence of each text, for texts given by their words' hashes (``words``, texts one after
    the other), their lines' word counts (``line_words``, lines one after the other),
    each line's :func:`breaks` and each text's number of lines (``lines_per_text``).
    The hashes are :func:`.signature.window_hashes`', the ones a text's shingles have."""
    starts = np.cumsum(line_words) - line_words
    cut = np.zeros(words.size + 1, dtype=np.int64)
    cut[starts[line_words > 0]] = 1
    inner = [(k, b) for k, found in enumerate(line_breaks) if found for b in found]
    if inner:
        at = np.array(inner, dtype=np.int64)
        cut[starts[at[:, 0]] + at[:, 1]] = 1
    segment = np.cumsum(cut)
    # a window at p lies in one sentence when p + size - 1 is in p's segment
    last = np.arange(words.size, dtype=np.int64) + (size - 1)
    last_ok = last < words.size
    inside = np.zeros(words.size, dtype=np.bool_)
    inside[last_ok] = segment[last[last_ok]] == segment[: words.size][last_ok]
    # (a segment never runs past its text: every text's first line starts one)
    line_ends = np.concatenate(([0], np.cumsum(line_words)))
    text_ends = line_ends[np.cumsum(lines_per_text)]
    at = np.flatnonzero(inside)
    hashes = window_hashes(words, size, at)
    cuts = np.searchsorted(at, text_ends).tolist()
    return [sorted_unique(hashes[a:b]) for a, b in zip([0, *cuts[:-1]], cuts, strict=True)]
