"""Where the characters of a few character classes are in a text: one pass over it.

The repair stage scans a whole page with several expressions that each start with one
character class (the legacy Vietnamese signals, ftfy's entities and controls, the characters of
ftfy's mojibake pattern, stray control characters). On most pages those characters are rare:
:class:`CharTable` finds the characters of all the classes at once, one table look-up per
character, and each expression is then tried only where its first character is
(:meth:`Marks.at`). The positions are ``str`` indices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

#: With more candidates than this, a pattern scans the text itself (faster than a match tried
#: at each of them): see :func:`match_starts`.
MAX_CANDIDATES = 48
#: Code points with an entry in the table (the classes' characters outside it are looked up
#: one by one, on the rare page that has such a character).
_BMP = 0x10000


def class_bits(classes: Sequence[re.Pattern[str]]) -> npt.NDArray[np.uint8]:
    """A table of the code points below ``U+10000``: bit ``k`` set where a character matches
    ``classes[k]`` (each a compiled pattern of one character; at most eight), read-only."""
    if len(classes) > 8:
        raise ValueError(f"a CharTable holds at most 8 classes, got {len(classes)}")
    table = np.zeros(_BMP, dtype=np.uint8)
    every = np.arange(_BMP, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    for k, cls in enumerate(classes):
        # each match made U+0000 (one scan in C), then found by numpy; U+0000 itself asked
        marked = cls.sub("\x00", every).encode("utf-32-le", "surrogatepass")
        hit = np.frombuffer(marked, dtype=np.uint32) == 0
        hit[0] = cls.match("\x00") is not None
        table[hit] |= 1 << k
    table.flags.writeable = False
    return table


#: Per code point below ``U+10000``: 1 for a word character (``\w``), else 0.
_WORD_UNITS = class_bits([re.compile(r"\w")])


def word_units(text: str) -> int:
    r"""How many word characters (``\w``) ``text`` holds, counted per UTF-16 code unit in one
    table look-up each (a character outside the table, two units, counts as none)."""
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    return int(_WORD_UNITS.take(units).sum(dtype=np.int64))


class Marks:
    """The positions in one text of the characters of each class of a :class:`CharTable`."""

    __slots__ = ("_at", "_classes", "points")

    def __init__(
        self,
        classes: Sequence[re.Pattern[str]],
        at: list[npt.NDArray[np.intp]],
        points: npt.NDArray[np.uint32] | None = None,
    ) -> None:
        self._classes = classes
        self._at = at
        #: the text's code points, one a ``str`` index, when all of them are below
        #: ``U+10000`` (``None`` otherwise, or when the caller did not give them)
        self.points = points

    def _positions(self, cls: re.Pattern[str]) -> npt.NDArray[np.intp] | None:
        for k, known in enumerate(self._classes):
            if known is cls:
                return self._at[k]
        return None

    def where(self, cls: re.Pattern[str]) -> npt.NDArray[np.intp] | None:
        """:meth:`at` as a sorted array (read it, do not change it)."""
        return self._positions(cls)

    def at(self, cls: re.Pattern[str]) -> list[int] | None:
        """Sorted positions of the characters of ``cls`` (``None``: not a class of the table)."""
        found = self._positions(cls)
        return None if found is None else found.tolist()

    def count(self, cls: re.Pattern[str]) -> int | None:
        """How many characters of ``cls`` the text holds (``None``: not a class of the table)."""
        found = self._positions(cls)
        return None if found is None else int(found.size)

    def followed(self, first: re.Pattern[str], then: re.Pattern[str]) -> bool | None:
        """Whether a character of ``first`` is right before one of ``then`` somewhere in the
        text (``None``: one of them is not a class of the table)."""
        a, b = self._positions(first), self._positions(then)
        if a is None or b is None:
            return None
        if not (a.size and b.size):
            return False
        # (both sorted: where each position after a ``first`` would stand among the ``then``)
        after = a + 1
        at = np.minimum(np.searchsorted(b, after), b.size - 1)
        return bool((b[at] == after).any())


class CharTable:
    """Finds the characters of up to eight character classes (each a compiled pattern that
    matches one character, such as ``re.compile("[&<>]")``) in a text."""

    __slots__ = ("_classes", "_table")

    def __init__(self, classes: Sequence[re.Pattern[str]]) -> None:
        self._classes = tuple(classes)
        self._table: npt.NDArray[np.uint8] = class_bits(self._classes)

    def find(self, text: str) -> Marks:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        big = np.flatnonzero(points >= _BMP)
        # (``take`` is a new array, and a look-up 2x faster than indexing the table with the
        # array; characters outside the table are clipped to its last entry, then set below)
        bits = self._table.take(points, mode="clip")
        if big.size:  # characters outside the table: asked of each class, one by one
            for p in big.tolist():
                bits[p] = sum(1 << k for k, c in enumerate(self._classes) if c.match(text[p]))
        hits = np.flatnonzero(bits)
        found = bits[hits]
        return Marks(
            self._classes,
            [hits[(found & (1 << k)) != 0] for k in range(len(self._classes))],
            None if big.size else points,
        )


def match_starts(
    pattern: re.Pattern[str], text: str, marks: Marks | None, first: re.Pattern[str] | None
) -> list[int]:
    """Start of every match of ``pattern`` in ``text``.

    ``first`` is the class of the character every match starts with (no match holding another
    one); where ``marks`` (of ``text``) know it and it occurs at most :data:`MAX_CANDIDATES`
    times, ``pattern`` is tried at those positions only, else it scans the text.
    """
    found = marks.count(first) if marks is not None and first is not None else None
    if marks is None or first is None or found is None or found > MAX_CANDIDATES:
        return [m.start() for m in pattern.finditer(text)]
    return [p for p in marks.at(first) or () if pattern.match(text, p)]
