"""Folding: the matching form of text that the lexicon's phrases are written in (lower case,
diacritics removed, ``đ`` -> ``d``, punctuation replaced by spaces).

Both the cleaning stages (the strip's line features and rules, the HTML stage's headline and
tail tests) and the duplicate stages read text in this form, so it lives outside them, with the
lexicon written in it. A page is folded in one pass (:func:`fold_lines`, :func:`fold_block`):
by a table of code points (array operations) where its characters all have an entry, by string
operations elsewhere.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import numpy.typing as npt

#: What folding drops: the accents of Latin, Greek and Cyrillic letters (after NFD), the Arabic
#: vowel signs and hamza (أ, إ, آ fold to ا, as readers write them interchangeably), the kana
#: voicing marks (ガ folds to カ, as é to e), and the characters not seen that sit inside a word
#: (soft hyphen, joiners, word joiner, zero-width no-break space), which are no separators:
#: "Not\xadfall" is "Notfall" (the zero-width space is one, and stays a separator).
_COMBINING = re.compile(
    r"[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u3099\u309a"
    r"\u00ad\u200c\u200d\u2060\ufeff]"
)


def _mark_ranges(limit: int) -> str:
    """The marks of a script (Unicode categories M*) below ``limit`` as ranges of a character
    class: the vowel signs of Devanagari, Bengali, Tamil, Thai, Burmese, Khmer ... are marks,
    not word characters of ``\\w``, and belong to the word they are written in. The generic
    marks ("COMBINING ...": accents, enclosing keycaps, kana voicing) and the variation
    selectors that follow an emoji ("➡️") are no part of a word."""
    ranges: list[tuple[int, int]] = []
    generic = ("COMBINING", "VARIATION SELECTOR")
    for cp in range(limit):
        c = chr(cp)
        if unicodedata.category(c).startswith("M") and not unicodedata.name(c, "").startswith(
            generic
        ):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


#: Runs of what separates words in folded text: every character but letters, digits, marks
#: (those of :data:`_COMBINING` are gone by then) and line breaks.
_NON_WORD_LINES = re.compile(rf"(?:[^\w\n{_mark_ranges(0x10000)}]|_)+")
#: Letters folded before the diacritics go (one replacement each, as ``str.translate`` would):
#: letters whose stroke or missing dot NFD does not take apart (Turkish "ı", whose capital "I"
#: lower-cases to "i"; Polish "ł"), so that a word folds alike in capitals and without them.
_FOLD_EXTRA = (
    *(("đ", "d"), ("Đ", "d"), ("Ð", "d"), ("ð", "d"), ("ø", "o"), ("ß", "ss")),
    *(("ı", "i"), ("ł", "l"), ("Ł", "l")),
)
#: Frequent punctuation outside ASCII (all non-word characters): replaced by spaces up front so
#: that most pages of Latin-script languages are ASCII once their diacritics are gone.
_COMMON_PUNCT = ("\xa0", "“", "”", "‘", "’", "–", "—", "…", "«", "»", "·", "„", "•")
#: A character that is neither ASCII nor a combining mark: the ASCII shortcut does not apply.
_FOLD_GENERIC = re.compile(r"[^\x00-\x7f\u0300-\u036f]")
#: Bytes that separate words in folded ASCII text: everything but letters, digits, line breaks.
_ASCII_SEPARATORS = bytes(b if chr(b).isalnum() or b == 10 else 32 for b in range(128)) + bytes(128)
_SPACE_RUN = re.compile(b"  +")


def fold(text: str) -> str:
    """Matching form: lower case, diacritics and punctuation removed, spaces collapsed.

    >>> fold("Giữ “lửa” trong mọi lĩnh vực hợp tác")
    'giu lua trong moi linh vuc hop tac'
    """
    return fold_block(text.replace("\n", " "))


def fold_lines(texts: list[str]) -> list[str]:
    """:func:`fold` of every text, computed over all of them at once (one pass per step)."""
    if not texts:
        return []
    block = "\n".join(texts)
    if block.count("\n") != len(texts) - 1:  # a text with a line break of its own
        return [fold(t) for t in texts]
    return fold_block(block).split("\n")


def fold_block(block: str, points: npt.NDArray[np.uint16] | None = None) -> str:
    """Fold each ``\\n``-separated line of ``block``; the line breaks stay. ``points``: the
    block's UTF-16 code units (:func:`code_units`), when the caller has them."""
    if len(block) >= _TABLE_MIN_CHARS:
        # (the table replaces the letters of _FOLD_EXTRA too)
        folded = _fold_by_table(block, points)
        if folded is not None:
            return folded
    return _fold_rest(_replace_letters(block))


def _replace_letters(block: str) -> str:
    """The first step of folding: the letters of :data:`_FOLD_EXTRA` replaced."""
    for a, b in _FOLD_EXTRA:
        block = block.replace(a, b)
    return block


def _fold_rest(block: str) -> str:
    """:func:`fold_block` after the letters of :data:`_FOLD_EXTRA` are replaced."""
    block = block.lower()
    for p in _COMMON_PUNCT:
        block = block.replace(p, " ")
    block = unicodedata.normalize("NFD", block)
    if not _FOLD_GENERIC.search(block):
        # ASCII and combining marks only: drop the marks; every byte but letters, digits and
        # line breaks separates words
        raw = _SPACE_RUN.sub(b" ", block.encode("ascii", "ignore").translate(_ASCII_SEPARATORS))
        return raw.replace(b" \n", b"\n").replace(b"\n ", b"\n").strip(b" ").decode("ascii")
    block = _NON_WORD_LINES.sub(" ", _COMBINING.sub("", block))
    return "\n".join(ln.strip(" ") for ln in block.split("\n"))


#: Code points below this have an entry in :data:`_FOLD_TABLE`.
_TABLE_SIZE = 0xA000
#: Ranges whose entries are worked out character by character: Latin, Greek, Cyrillic, Latin
#: Extended Additional (the Vietnamese letters), punctuation and symbols, CJK punctuation and
#: kana; the CJK ideographs (unchanged by folding, all word characters) are filled at once.
_TABLE_RANGES = ((0, 0x590), (0x1E00, 0x2C00), (0x3000, 0x3100))
_IDEOGRAPHS = (0x4E00, 0xA000)
#: Blocks shorter than this are folded without the table (its fixed cost is a few microseconds).
_TABLE_MIN_CHARS = 200
#: Table values that are no character (the two noncharacters at the end of the BMP, which no
#: character folds to): a combining mark (dropped), a character the table does not fold (a
#: page holding one takes the string path). The table and the page are UTF-16 code units: a
#: character outside the BMP is two surrogates, both above the table (so not folded by it).
_DROP, _UNKNOWN = 0xFFFE, 0xFFFF
#: What "ß" folds to in the table, "ss" once the page is folded: a noncharacter above the
#: table (a page holding one takes the string path), so no other character folds to it.
_SS = 0xFDD0


def _fold_table() -> npt.NDArray[np.uint16]:
    """What :func:`_fold_rest` makes of each code point: the character it folds to (a space
    for every character that separates words), :data:`_DROP` for a combining mark, or
    :data:`_UNKNOWN`.

    Every step of :func:`_fold_rest` maps characters one by one (lower case, punctuation to
    spaces, NFD, the marks dropped, what is no word character to a space), so a page folds
    character by character, except where a step looks at neighbours: the Greek capital sigma
    (lower case depends on its place in the word), characters that fold to more than one
    character and combining marks other than the ones dropped (NFD may reorder them). Those
    are :data:`_UNKNOWN`."""
    table = np.full(_TABLE_SIZE, _UNKNOWN, dtype=np.uint16)
    for lo, hi in _TABLE_RANGES:
        for cp in range(lo, hi):
            c = chr(cp).lower()
            for p in _COMMON_PUNCT:
                c = c.replace(p, " ")
            c = _COMBINING.sub("", unicodedata.normalize("NFD", c))
            if cp == 0x3A3 or len(c) > 1 or any(unicodedata.combining(x) for x in c):
                continue
            if not c:
                table[cp] = _DROP
            elif c == "\n":
                table[cp] = 10
            elif _NON_WORD_LINES.fullmatch(c) is not None:
                table[cp] = 32
            elif ord(c) < _DROP and not 0xD800 <= ord(c) < 0xE000:
                table[cp] = ord(c)
    lo, hi = _IDEOGRAPHS
    table[lo:hi] = np.arange(lo, hi, dtype=np.uint16)
    # the first step, the letters replaced before the others (a page is not scanned once for
    # each); "ß" becomes two letters, written as :data:`_SS` until the page is folded
    for a, b in _FOLD_EXTRA:
        table[ord(a)] = ord(b) if len(b) == 1 else _SS
    table.flags.writeable = False
    return table


_FOLD_TABLE = _fold_table()


def code_units(block: str) -> npt.NDArray[np.uint16]:
    """The UTF-16 code units of ``block`` (a character outside the BMP is two surrogates)."""
    return np.frombuffer(block.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


def _fold_by_table(block: str, points: npt.NDArray[np.uint16] | None = None) -> str | None:
    """:func:`_fold_rest` of a block whose letters :func:`_replace_letters` replaces, as array
    operations for the lines whose characters all have an entry in :data:`_FOLD_TABLE`; the
    other lines (a Korean line, an emoji) by string operations, each line being folded on its
    own either way. ``None`` when most lines need the string path. ``points``: the block's
    code units (:func:`code_units`), when the caller has them."""
    if points is None:
        points = code_units(block)
    if not points.size:
        return ""
    # (``take``: a look-up 2-3x faster than indexing the table with the array; the code
    # units above the table are clipped to its last entry, then marked unknown)
    codes = _FOLD_TABLE.take(points, mode="clip")
    big = points >= _TABLE_SIZE
    if big.any():
        codes[big] = _UNKNOWN
    unknown = codes == _UNKNOWN
    if unknown.any():
        return _fold_mixed(block, points, unknown)
    codes = codes[codes != _DROP]
    if not codes.size:
        return ""
    # spaces: one for a run, none at the start or end of a line
    space = codes == 32
    after = np.empty_like(space)
    after[0] = True
    after[1:] = space[:-1] | (codes[:-1] == 10)
    codes = codes[~(space & after)]
    if not codes.size:
        return ""
    space = codes == 32
    before = np.empty_like(space)
    before[-1] = True
    before[:-1] = codes[1:] == 10
    codes = codes[~(space & before)]
    if int(codes.max()) < 128:
        ascii_bytes: bytes = codes.astype(np.uint8).tobytes()
        return ascii_bytes.decode("ascii")
    wide: bytes = codes.astype("<u2").tobytes()
    return wide.decode("utf-16-le").replace(chr(_SS), "ss")


def _fold_mixed(
    block: str, points: npt.NDArray[np.uint16], unknown: npt.NDArray[np.bool_]
) -> str | None:
    """:func:`_fold_by_table` of a block where the characters ``unknown`` have no entry in the
    table: their lines by :func:`_fold_rest`, the others by the table."""
    breaks = np.flatnonzero(points == 10)
    string_path = set(np.searchsorted(breaks, np.flatnonzero(unknown)).tolist())
    n = len(breaks) + 1
    if 2 * len(string_path) > n:
        return None
    lines = block.split("\n")
    by_table = [k for k in range(n) if k not in string_path]
    table_part = _fold_by_table("\n".join([lines[k] for k in by_table]))
    if table_part is None:
        return None
    out = [""] * n
    for k, folded in zip(by_table, table_part.split("\n"), strict=True):
        out[k] = folded
    rest = sorted(string_path)
    rest_part = _fold_rest(_replace_letters("\n".join([lines[k] for k in rest])))
    for k, folded in zip(rest, rest_part.split("\n"), strict=True):
        out[k] = folded
    return "\n".join(out)
