"""The shingle hashes of a batch's texts made from the word hashes of their lines.

A text's matching key, its body's, its opening's and its whole text's are all made of the keys
of its lines (joined by spaces: :func:`.key.join_keys`), and a word hashes alike wherever it
stands (:func:`.signature.key_word_hashes`). So the words of every distinct line key of a
batch are hashed once, from its bytes, and the word hashes of any of those keys are the lines'
word hashes one after the other, gathered by index arrays: copies of one story share most of
their lines, and each text's body, opening and whole text share their lines' words. Only the
shingles (a few operations per word) are made per key. The hashes are the ones
:func:`.signature.shingle_hashes_batch` makes of the keys' strings (a test checks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np
import numpy.typing as npt

from .body import OPENING_WORDS
from .compare import TextView
from .signature import (
    U32,
    U64,
    key_word_hashes,
    segment_minima,
    segment_signatures,
    shingles_of_words,
    signatures,
    window_hashes,
)

I64 = npt.NDArray[np.int64]

#: Words shingled in one call (keeps the work arrays in cache; see :func:`shingled`).
_CHUNK_WORDS = 1 << 15
#: :meth:`LineWords.signatures` signs the distinct lines once when their words are at most
#: this share of the texts' words (copies of stories, which share most of their lines);
#: else text by text (the batch's text dumps of distinct sites: 98 % of their words distinct).
_DISTINCT_MAX = 0.5
#: Lines' signature rows taken together in :meth:`LineWords.signatures` (about 1 MB).
_CHUNK_LINES = 2048


class LineWords:
    """The word hashes of the distinct line keys of some texts' views (held for one batch)."""

    __slots__ = ("_counts", "_ids", "_starts", "_words")

    def __init__(self, views: Sequence[TextView]) -> None:
        number: dict[str, int] = {}
        #: per text, the number of each of its lines' keys
        self._ids = [[number.setdefault(k, len(number)) for k in v.keys] for v in views]
        distinct = list(number)
        counts = np.fromiter(
            (k.count(" ") + 1 if k else 0 for k in distinct), dtype=np.int64, count=len(distinct)
        )
        self._counts = counts
        self._starts: I64 = np.cumsum(counts) - counts
        self._words = key_word_hashes(distinct)

    def _lines(
        self, texts: Sequence[int], lines: Sequence[Sequence[int] | None]
    ) -> tuple[I64, I64]:
        """The key numbers of the given lines of ``texts`` (``None``: all of a text's lines),
        text after text, and each text's number of lines."""
        per_text = [
            ids if sel is None else [ids[k] for k in sel]
            for ids, sel in zip((self._ids[t] for t in texts), lines, strict=True)
        ]
        sizes = np.fromiter(map(len, per_text), dtype=np.int64, count=len(per_text))
        flat = np.fromiter(chain.from_iterable(per_text), dtype=np.int64, count=int(sizes.sum()))
        return flat, sizes

    def line_counts(
        self, texts: Sequence[int], lines: Sequence[Sequence[int] | None]
    ) -> tuple[I64, I64]:
        """The word count of each of the given lines of ``texts`` (``None``: all of a text's
        lines), text after text, and each text's number of lines."""
        flat, sizes = self._lines(texts, lines)
        counts: I64 = self._counts[flat]
        return counts, sizes

    def sizes(self, texts: Sequence[int]) -> I64:
        """The word count of each of ``texts`` (all its lines)."""
        flat, sizes = self._lines(texts, [None] * len(texts))
        return _per_text(np.cumsum(self._counts[flat]), sizes)

    def gather(
        self, texts: Sequence[int], lines: Sequence[Sequence[int] | None]
    ) -> tuple[U64, I64]:
        """The word hashes of the given lines of ``texts`` (``None``: all of a text's lines),
        text after text, and each text's word count."""
        return self._gathered(*self._lines(texts, lines))

    def _gathered(self, flat: I64, sizes: I64) -> tuple[U64, I64]:
        """:meth:`gather` of the lines whose key numbers are ``flat``, ``sizes`` a text."""
        counts = self._counts[flat]
        ends = np.cumsum(counts)
        total = int(ends[-1]) if ends.size else 0
        index = np.arange(total, dtype=np.int64) + np.repeat(
            self._starts[flat] - (ends - counts), counts
        )
        return self._words[index], _per_text(ends, sizes)

    def signatures(
        self,
        texts: Sequence[int],
        lines: Sequence[Sequence[int] | None],
        hashes: Sequence[U64],
        size: int,
        num_perm: int,
        seed: int,
    ) -> U32:
        """:func:`.signature.signatures` of the shingles of the given lines of ``texts``
        (``hashes``: those shingles' hashes, for the texts of fewer than ``size`` words).

        A text's shingles are those inside one of its lines, which depend on the line alone,
        and those across the end of a line. So each distinct line's own shingles are
        signed once (a row of minima), and a text's signature is the least of its lines' rows
        and of its shingles across lines (a minimum over the same set: the same values)."""
        flat, sizes = self._lines(texts, lines)
        used, inverse = np.unique(flat, return_inverse=True)
        counts = self._counts[used]
        if counts.sum() > _DISTINCT_MAX * self._counts[flat].sum():
            # (texts that share few lines: their shingles signed text by text cost less)
            return signatures(hashes, num_perm, seed)
        words, n_words = self._gathered(flat, sizes)
        # the shingles inside each distinct line, signed once
        line_words, _ = self._gathered(used, np.ones(used.size, dtype=np.int64))
        inside = np.maximum(counts - size + 1, 0)
        offset = np.arange(line_words.size) - np.repeat(np.cumsum(counts) - counts, counts)
        own = offset < np.repeat(inside, counts)
        rows = segment_signatures(
            window_hashes(line_words, size, np.flatnonzero(own)), inside, num_perm, seed
        )
        # the shingles across a line's end (starting in one line, ending in a later one)
        line_end = np.repeat(np.cumsum(self._counts[flat]), self._counts[flat])
        text_end = np.repeat(np.cumsum(n_words), n_words)
        at = np.arange(words.size)
        across = np.flatnonzero((at + size <= text_end) & (at + size > line_end))
        text_of = np.repeat(np.arange(n_words.size), n_words)[across]
        sig = segment_signatures(
            window_hashes(words, size, across),
            np.bincount(text_of, minlength=n_words.size),
            num_perm,
            seed,
        )
        # each text's lines' rows, a chunk of texts at a time
        inverse = inverse.ravel()
        line_ends = np.cumsum(sizes)
        first = 0
        while first < sizes.size:
            last = int(np.searchsorted(line_ends, line_ends[first] - sizes[first] + _CHUNK_LINES))
            last = max(last, first + 1)
            lo, hi = int(line_ends[first] - sizes[first]), int(line_ends[last - 1])
            np.minimum(
                sig[first:last],
                segment_minima(rows[inverse[lo:hi]], sizes[first:last]),
                out=sig[first:last],
            )
            first = last
        # a text of fewer words than a shingle is one shingle, of all its words
        short = np.flatnonzero((n_words > 0) & (n_words < size)).tolist()
        if short:
            sig[short] = signatures([hashes[i] for i in short], num_perm, seed)
        return sig


def _per_text(ends: I64, sizes: I64) -> I64:
    """The words of each text, from the running word count at each line's end (``ends``,
    lines of the texts one after the other) and each text's number of lines (``sizes``)."""
    # (the words before each text's end: the count before each line, at its last line)
    before = np.concatenate((np.zeros(1, dtype=np.int64), ends))
    counts: I64 = np.diff(before[np.cumsum(sizes)], prepend=0)
    return counts


def openings(words: U64, n_words: I64) -> tuple[U64, I64]:
    """The first :data:`.body.OPENING_WORDS` words of each text of ``words`` (texts one after
    the other, ``n_words`` words each): :func:`.body.opening_key` on word hashes."""
    starts = np.cumsum(n_words) - n_words
    kept = np.minimum(n_words, OPENING_WORDS)
    out_starts = np.cumsum(kept) - kept
    index = np.arange(int(kept.sum()), dtype=np.int64) + np.repeat(starts - out_starts, kept)
    return words[index], kept


def shingled(words: U64, n_words: I64, size: int) -> list[U64]:
    """:func:`.signature.shingles_of_words` of texts one after the other, in calls of about
    :data:`_CHUNK_WORDS` words."""
    out: list[U64] = []
    counts = n_words.tolist()
    start = pos = 0
    while start < len(counts):
        stop, total = start, 0
        while stop < len(counts) and (stop == start or total + counts[stop] <= _CHUNK_WORDS):
            total += counts[stop]
            stop += 1
        out.extend(shingles_of_words(words[pos : pos + total], counts[start:stop], size))
        start, pos = stop, pos + total
    return out
