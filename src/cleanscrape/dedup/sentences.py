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
#: ellipsis, maybe closed by quotes or brackets, before white space; or a CJK one (before
#: anything). Found as a mark and its closers (one character class first: a fast scan), the
#: white space after a Latin one checked on the code points (:func:`_chunk_breaks`).
_END = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*")
#: The CJK marks of :data:`_END`.
_CJK_ENDS = np.array([ord(c) for c in "。！？"], dtype=np.uint32)
#: A character :mod:`.key` makes a space: white space, and what is not a letter, digit or
#: U+FFFD (the underscore too).
_KEY_SPACE_CHAR = re.compile(r"[^\w\ufffd]|_")


def _spaces(chars: str, pattern: re.Pattern[str]) -> npt.NDArray[np.bool_]:
    """Whether each character of ``chars`` is one that ``pattern`` matches."""
    made = pattern.sub(" ", chars).encode("utf-32-le", "surrogatepass")
    found: npt.NDArray[np.bool_] = np.frombuffer(made, dtype=np.uint32) == 32
    return found


#: The code points up to U+FFFF: whether :mod:`.key` makes the character a space, and whether
#: it is white space (none above); the characters above are looked up one by one
#: (:func:`_chunk_breaks`; emoji, rare in prose).
_BMP = "".join(map(chr, range(0x10000)))
_KEY_SPACE = np.append(_spaces(_BMP, _KEY_SPACE_CHAR), False)
_WHITE = np.append(_spaces(_BMP, re.compile(r"\s")), False)
del _BMP
_KEY_SPACE.flags.writeable = False
_WHITE.flags.writeable = False
#: Characters of lines read in one pass (:func:`line_breaks`; 4 bytes each in the pass).
_CHUNK_CHARS = 1 << 20


def breaks(line: str, words: int) -> list[int]:
    """Where sentences end inside ``line`` (a line of a text, as written), as the number of
    its key's words before each end; ``words``: the words of the line's key. Empty when no
    sentence ends inside it, or when its words as written are not ``words`` many
    (:func:`line_breaks` of one line)."""
    _, offsets = line_breaks([line], np.array([words], dtype=np.int64))
    found: list[int] = offsets.tolist()
    return found


def line_breaks(lines: Sequence[str], words: I64) -> tuple[I64, I64]:
    """:func:`breaks` of many lines (``words``: each one's key's word count): the line of
    each sentence end inside a line and its offset in the line's words, line after line.

    Each distinct line is read once (copies of one story share most of their lines), the
    distinct lines together, a chunk of about :data:`_CHUNK_CHARS` characters at a time: one
    pattern finds the sentence ends, and a word starts where a character that the key keeps
    follows one that it makes a space (looked up by code point); the words before an end are
    the word starts before it (a running count)."""
    number: dict[str, int] = {}
    ids = np.fromiter(
        (number.setdefault(line, len(number)) for line in lines), dtype=np.int64, count=len(lines)
    )
    distinct = list(number)
    counts = np.zeros(len(distinct), dtype=np.int64)
    counts[ids] = words  # (one line, one key: the same count)
    found_at: list[I64] = [np.empty(0, dtype=np.int64)]
    found_offsets: list[I64] = [np.empty(0, dtype=np.int64)]
    first = 0
    while first < len(distinct):
        last, size = first, 0
        while last < len(distinct) and (last == first or size + len(distinct[last]) < _CHUNK_CHARS):
            size += len(distinct[last]) + 1
            last += 1
        at, offsets = _chunk_breaks(distinct[first:last], counts[first:last])
        found_at.append(at + first)
        found_offsets.append(offsets)
        first = last
    at, offsets = np.concatenate(found_at), np.concatenate(found_offsets)
    # each line's ends are its distinct line's: gathered, line after line
    per_distinct = np.bincount(at, minlength=len(distinct))
    start = np.cumsum(per_distinct) - per_distinct
    per_line = per_distinct[ids]
    line = np.repeat(np.arange(len(lines), dtype=np.int64), per_line)
    within = np.arange(int(per_line.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(per_line) - per_line, per_line
    )
    gathered: I64 = offsets[np.repeat(start[ids], per_line) + within]
    return line, gathered


def _chunk_breaks(lines: Sequence[str], words: I64) -> tuple[I64, I64]:
    text = unicodedata.normalize("NFC", "\n".join(lines))
    spans = np.array([m.span() for m in _END.finditer(text)], dtype=np.int64).reshape(-1, 2)
    if spans.size == 0:
        return spans[:, 0], spans[:, 0]
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # (the code point after the text's last one: a line break, white space)
    index = np.minimum(np.append(points, 10), 0x10000)
    # a Latin mark ends a sentence before white space; a CJK one before anything
    after = _WHITE[index[spans[:, 1]]]
    ends = spans[:, 1][after | np.isin(points[spans[:, 0]], _CJK_ENDS)]
    space = _KEY_SPACE[index[:-1]]
    high = np.flatnonzero(points > 0xFFFF)
    if high.size:
        space[high] = _spaces("".join(map(chr, points[high].tolist())), _KEY_SPACE_CHAR)
    starts = ~space
    starts[1:] &= space[:-1]
    before = np.concatenate(([0], np.cumsum(starts, dtype=np.int64)))
    breaks_at = np.flatnonzero(points == 10)  # (the lines' own "\n": lines hold none)
    line_start = np.concatenate(([0], breaks_at + 1))
    line_end = np.append(breaks_at, points.size)
    counted = before[line_end] - before[line_start]
    line = np.searchsorted(line_start, ends, side="right") - 1
    offsets = before[ends] - before[line_start[line]]
    keep = (counted == words)[line] & (offsets > 0) & (offsets < words[line])
    line, offsets = line[keep], offsets[keep]
    # (two ends with no word between them, "?!" or '." ', are one)
    fresh = np.ones(line.size, dtype=np.bool_)
    fresh[1:] = (line[1:] != line[:-1]) | (offsets[1:] != offsets[:-1])
    return line[fresh], offsets[fresh]


def inside_hashes(
    words: U64,
    lines: Sequence[str],
    line_words: I64,
    lines_per_text: I64,
    size: int,
) -> list[U64]:
    """The sorted distinct hashes of the shingles of ``size`` words that lie inside one
    sentence of each text, for texts given by their words' hashes (``words``, texts one after
    the other), their lines as written and their keys' word counts (``lines``,
    ``line_words``: lines one after the other) and each text's number of lines
    (``lines_per_text``). The hashes are :func:`.signature.window_hashes`', the ones a text's
    shingles have."""
    line_ends = np.concatenate(([0], np.cumsum(line_words)))
    starts = line_ends[:-1]
    cut = np.zeros(words.size, dtype=np.int64)
    cut[starts[line_words > 0]] = 1
    at, offsets = line_breaks(lines, line_words)
    cut[starts[at] + offsets] = 1
    segment = np.cumsum(cut)
    # a window at p lies in one sentence when p + size - 1 is in p's segment (a segment never
    # runs past its text: every text's first line starts one)
    windows = max(words.size - size + 1, 0)
    at = np.flatnonzero(segment[size - 1 : size - 1 + windows] == segment[:windows])
    text_ends = line_ends[np.cumsum(lines_per_text)]
    hashes = window_hashes(words, size, at)
    cuts = np.searchsorted(at, text_ends).tolist()
    return [sorted_unique(hashes[a:b]) for a, b in zip([0, *cuts[:-1]], cuts, strict=True)]
