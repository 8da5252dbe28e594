"""Matching keys: the form of a text that duplicates are judged on (never shown to users).

Two copies of one story often differ only in how their text is encoded: NFC vs NFD, old vs new
Vietnamese tone-mark placement ("hoà" vs "hòa", "thuý" vs "thúy", "uỳ" vs "ùy"), the Icelandic
eth Ð (U+00D0) typed for the Vietnamese Đ (U+0110), straight vs curly quotes, spacing. The
matching key erases all of these so that such copies have identical keys:

0. a copyright notice (the sign or word and a year, then the rights reserved: "... bites.
   © 2019 Associated Press. All Rights Reserved. ...") is left out to the end of its line,
   or of the line, maybe a later one, where it says the rights are reserved, or to the text's
   end when the text ends within its words (:mod:`.notices`): it is the owner's, not the
   story's, and outlets print it run into the story's last paragraph, on lines of its own
   (which the strip drops) or broken where the outlet breaks the story's paragraphs.
1. NFC;
1b. UTF-8 read as windows-1252 inside a word, left so by the repair, is made one run of
   step 5: after a lead byte as that code page shows it (a capital of the Latin-1 Supplement,
   "Ä", "Æ", "Å", "Ã", for two bytes; "á»" or "áº" for the Vietnamese letters of three), a
   character a continuation byte gives that is not a letter ("»", "‡", "€", "¡", "§", "™",
   "…", quotes and dashes: :data:`_MOJIBAKE_TAIL`) becomes U+FFFD when a letter, digit or
   U+FFFD follows; "â€" and its third character (punctuation read so) become a space;
2. lower case, then ð (U+00F0) and ɖ (U+0256) folded to đ (U+0111);
3. every character that is not a letter, digit or whitespace (punctuation, quotes, symbols, the
   underscore) becomes a space;
4. Vietnamese tone placement is canonicalised to the new style: in a word-final "oa", "oe" or
   "uy" the tone goes on the second vowel ("hòa" -> "hoà", "thúy" -> "thuý", "qúy" -> "quý");
   these open syllables are the only ones where the old and new styles differ;
5. every run of Latin letters beyond ASCII (accented and Vietnamese letters) and of
   replacement characters (U+FFFD) becomes one U+FFFD (:data:`LOST`);
6. runs of whitespace become one space.

Step 5 is for copies whose bytes were lost: UTF-8 read as windows-1252 with the bytes that
code page leaves undefined replaced by U+FFFD cannot be repaired ("nhi\ufffdu" for "nhiều",
"\ufffdảng" for "Đảng": about one Vietnamese word in eight), and each such word broke five
shingles of the key. The character lost is always one beyond ASCII, so the word's ASCII
letters, in place, survive, and the key keeps those and where the others stand. Words in
other scripts (Cyrillic, Greek, CJK) keep their letters.

Step 1b is for copies whose transcoder *dropped* those undefined bytes (``errors="ignore"``):
the repair cannot restore such a word ("nhiá»u" for "nhiều", "má»±c" for "mực", "Ä‘oàn" for
"đoàn"), and the characters standing for its continuation bytes are partly punctuation, which
step 3 would make spaces, splitting the word. They join the word's run of step 5 instead, so
"nhiá»u" keys as "nhiều" does. It runs before lower case, which would mix the lead bytes of
two with the lower-case letters of running text, and only after the leads Vietnamese needs:
a mark after a lower-case accented letter ("café’s", "fiancé—a") or beside a space ("Hà Nội –
Huế", "« été »", "5 €") is left to step 3.

>>> matching_key("Hoà bình") == matching_key("HÒA  bình!")
True
>>> matching_key("“Ðà Nẵng”") == matching_key('"Đà Nẵng"')
True
>>> matching_key("nhiều") == matching_key("nhi\ufffdu") == "nhi\ufffdu"
True
>>> matching_key("nhiều") == matching_key("nhiá»u") == "nhi\ufffdu"
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import filterfalse

import numpy as np
import numpy.typing as npt

from ..options import DEFAULTS
from .notices import OTHER_BREAKS, marked, without_notices

#: Not a letter, digit or whitespace (checked on NFC text, where Vietnamese letters are
#: precomposed); the underscore counts as punctuation.
_PUNCT = re.compile(r"[^\w\s\ufffd]+|_+")
#: The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below).
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _toned(vowel: str) -> list[str]:
    return [unicodedata.normalize("NFC", vowel + mark) for mark in _TONES]


def _placement_table() -> dict[str, str]:
    """Old-style open syllables ("hòa", "hòe", "thúy") -> new style ("hoà", "hoè", "thuý")."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for old, new in zip(_toned(first), _toned(second), strict=True):
            table[old + second] = first + new
    return table


_PLACEMENT = _placement_table()
#: A toned first vowel of "oa", "oe", "uy" that ends its word: the only syllables whose
#: tone placement differs between the old and the new Vietnamese style.
_OLD_STYLE = re.compile("(?:" + "|".join(sorted(_PLACEMENT)) + r")\b")
#: A run of Latin letters beyond ASCII (Latin-1 Supplement to Latin Extended-B, Latin
#: Extended Additional: accented and Vietnamese letters) or of replacement characters.
_LATIN_MARKED = re.compile("[\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff\ufffd]+")
#: What each run of :data:`_LATIN_MARKED` becomes in a key.
LOST = "\ufffd"
#: Characters windows-1252 (or Latin-1) gives continuation bytes 0x80-0xBF that are not letters:
#: the Latin-1 Supplement's signs from U+00A1 (not the no-break space, ª, µ, º, which step 5
#: already takes) and the code page's specials (ˆ, ˜, dashes, quotes, daggers, bullet,
#: ellipsis, per mille, angle quotes, euro, trade mark; its Š, Œ, Ž, ƒ are letters of step 5).
_MOJIBAKE_TAIL = (
    "\u00a1-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
#: Step 1b inside a word (on NFC text, before lower case): the lead of two bytes (U+00C2-U+00DF
#: but ×) and a continuation character, or "á" (E1, the lead of the Vietnamese letters
#: U+1E00-U+1EFF, E1 BA xx and E1 BB xx) then "º" or "»" and at most one more, before a
#: letter, digit or U+FFFD. The lead stays; what follows it becomes one U+FFFD. (Leads first:
#: the pattern is looked for only where one stands.)
_MOJIBAKE_INSIDE = re.compile(
    f"([\u00c2-\u00d6\u00d8-\u00df])[{_MOJIBAKE_TAIL}](?=[\\w\ufffd])"
    f"|(\u00e1)[\u00ba\u00bb][{_MOJIBAKE_TAIL}]?(?=[\\w\ufffd])"
)


#: A lead of :data:`_MOJIBAKE_INSIDE` and the character after it: text without one (nearly
#: all text) is passed over by a scan five times faster than the pattern's.
_MOJIBAKE_PAIR = re.compile(f"[\u00c2-\u00d6\u00d8-\u00df\u00e1][{_MOJIBAKE_TAIL}\u00ba]")


def _lead_then_lost(match: re.Match[str]) -> str:
    """A match of :data:`_MOJIBAKE_INSIDE` as step 1b writes it: its lead, then U+FFFD."""
    return (match.group(1) or match.group(2)) + LOST


#: Step 1b for punctuation (U+2000-U+203F are E2 80 xx: "â€" then the third byte's character).
_MOJIBAKE_PUNCT = re.compile(
    f"\u00e2\u20ac[{_MOJIBAKE_TAIL}\u0152\u0153\u0160\u0161\u0178\u017d\u017e]?"
)


#: Code points below this have an entry in :data:`_KEPT`.
_TABLE_SIZE = 0x10000
#: Ranges whose entries are worked out character by character (Latin, Greek, Cyrillic, the
#: Vietnamese letters, punctuation and symbols, CJK punctuation and kana, and U+FFFD, which
#: step 1b writes); the CJK ideographs and the Hangul syllables (all letters) are filled at once.
_TABLE_RANGES = ((0, 0x590), (0x1E00, 0x2C00), (0x3000, 0x3100), (0xFFFD, 0xFFFE))
_LETTER_RANGES = ((0x4E00, 0xA000), (0xAC00, 0xD7A4))
#: Texts shorter than this take the regex (the table's fixed cost is a few microseconds).
_TABLE_MIN_CHARS = 200
_UNKNOWN = 2


def _kept_table() -> npt.NDArray[np.uint8]:
    """Per code point: 1 when :data:`_PUNCT` leaves the character (a letter, digit or white
    space), 0 when it makes it a space, :data:`_UNKNOWN` outside the ranges worked out."""
    table = np.full(_TABLE_SIZE, _UNKNOWN, dtype=np.uint8)
    for lo, hi in _TABLE_RANGES:
        table[lo:hi] = [_PUNCT.fullmatch(chr(cp)) is None for cp in range(lo, hi)]
    for lo, hi in _LETTER_RANGES:
        table[lo:hi] = 1
    table.flags.writeable = False
    return table


_KEPT = _kept_table()


def _punct_to_spaces(text: str) -> str:
    """``_PUNCT.sub(" ", text)`` up to the number of spaces (each character becomes a space,
    not each run: the keys split the text on white space afterwards), as array operations
    when the text's characters all have an entry in :data:`_KEPT`."""
    if len(text) >= _TABLE_MIN_CHARS:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if int(points.max()) < _TABLE_SIZE:
            kept = _KEPT[points]
            if not (kept == _UNKNOWN).any():
                spaced = np.where(kept == 1, points, np.uint32(32))
                return spaced.astype("<u4").tobytes().decode("utf-32-le")
    return _PUNCT.sub(" ", text)


def _marked_table() -> npt.NDArray[np.bool_]:
    """Per code point of the BMP: whether :data:`_LATIN_MARKED` matches the character."""
    table = np.zeros(0x10000, dtype=np.bool_)
    for lo, hi in ((0xC0, 0x250), (0x1E00, 0x1F00)):
        table[lo:hi] = True
    table[[0xAA, 0xB5, 0xBA, 0xFFFD]] = True
    table.flags.writeable = False
    return table


_MARKED = _marked_table()


def _lost_runs(text: str) -> str:
    """``_LATIN_MARKED.sub(LOST, text)``, as array operations when the text is long and its
    characters are all in the BMP (a few times faster on Vietnamese text, where nearly every
    word holds a run)."""
    if text.isascii():
        return text
    if len(text) >= _TABLE_MIN_CHARS:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if int(points.max()) < _MARKED.size:
            marked = _MARKED[points]
            first = np.ones(points.size, dtype=np.bool_)  # (the first character of each run)
            np.logical_not(marked[1:] & marked[:-1], out=first[1:])
            out = np.where(marked, np.uint32(ord(LOST)), points)[first]
            return out.astype("<u4").tobytes().decode("utf-32-le")
    return _LATIN_MARKED.sub(LOST, text)


def _lowered(text: str) -> str:
    """Steps 1, 1b and 2 of the folding (see the module documentation)."""
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        if _MOJIBAKE_PAIR.search(text) is not None:
            text = _MOJIBAKE_INSIDE.sub(_lead_then_lost, text)
        text = _MOJIBAKE_PUNCT.sub(" ", text)
    text = text.lower()
    return text.replace("\u00f0", "\u0111").replace("\u0256", "\u0111")


def matching_key(text: str) -> str:
    """The matching key of ``text``: see the module documentation for the exact folding."""
    return " ".join(_folded(text).split())


def _folded(text: str) -> str:
    """The steps of :func:`matching_key` before the white space is tidied (the line breaks
    stay where they are), the copyright notice that closes a line left out first (step 0)."""
    return _folded_after_notices(without_notices(text))


def _folded_after_notices(text: str) -> str:
    """:func:`_folded` of a text whose notices are left out (steps 1 to 5)."""
    folded = _OLD_STYLE.sub(lambda m: _PLACEMENT[m.group()], _punct_to_spaces(_lowered(text)))
    return _lost_runs(folded)


def line_keys(text: str) -> list[str]:
    """The matching key of every non-blank line of ``text`` (as :func:`matching_key` of each
    line, folded in one pass over the whole text)."""
    return keyed_lines(text)[1]


def keyed_lines(text: str) -> tuple[list[str], list[str]]:
    """The non-blank lines of ``text`` (stripped) and their matching keys (:func:`line_keys`).

    The folding works character by character and a line break is never part of a word, so
    the matching key of any lines of the text joined by line breaks is their non-empty keys
    joined by spaces (:func:`join_keys`): the whole text's key, or its body's, needs no
    second pass (a copyright notice is read on the whole text, step 0: its lines' keys are
    the text's).
    """
    folded = _folded(text)
    lines: list[str] = []
    keys: list[str] = []
    for line, key in zip(text.splitlines(), folded.splitlines(), strict=True):
        line = line.strip()
        if line:
            lines.append(line)
            keys.append(" ".join(key.split()))
    return lines, keys


def keyed_texts(texts: Iterable[str]) -> Iterator[tuple[list[str], list[str], list[int]]]:
    """:func:`keyed_lines` of each of ``texts`` and the words of each line (``len(line.split())``),
    a line met again (in one text or another) worked out once.

    A line's key depends on the line alone (see :func:`keyed_lines`), so the lines of a text
    not met before are folded together, as one text, and those met before are looked up:
    copies of one story share most of their paragraphs, and pages of one site their kept
    chrome. What is worked out is held for the texts of one call only. A copyright notice may
    run over lines, and to the text's end (step 0): it is read on the whole text, and the
    lines it leaves are keyed the same way, each as the notice leaves it.
    """
    keys: dict[str, str] = {}
    words: dict[str, int] = {}
    marked_lines: set[str] = set()  # (the lines met that hold a copyright sign or word)
    for text in texts:
        if OTHER_BREAKS.search(text) is not None:  # (lines split as ``splitlines`` does)
            lines, found = keyed_lines(text)
            yield lines, found, [len(line.split()) for line in lines]
            continue
        lines = list(filter(None, map(str.strip, text.split("\n"))))
        unseen = list(filterfalse(words.__contains__, dict.fromkeys(lines)))
        if unseen:
            words.update(zip(unseen, map(len, map(str.split, unseen)), strict=True))
            if marked("\n".join(unseen)):  # (rare: then line by line)
                marked_lines.update(filter(marked, unseen))
        folds = lines
        if marked_lines and not marked_lines.isdisjoint(lines):
            cut = without_notices(text)
            if cut is not text:
                # (a text with a notice: each line as printed and as the notice leaves it;
                # the cut keeps the lines as many)
                both = zip(text.split("\n"), cut.split("\n"), strict=True)
                folds = [after.strip() for line, after in both if line.strip()]
        new = list(filterfalse(keys.__contains__, dict.fromkeys(folds)))
        if new:
            # (stripped lines without a line break and without a notice: each folded line is
            # its key once its white space is tidied; C-level maps, no Python step per line)
            folded = _folded_after_notices("\n".join(new)).split("\n")
            keys.update(zip(new, map(" ".join, map(str.split, folded)), strict=True))
        yield lines, list(map(keys.__getitem__, folds)), list(map(words.__getitem__, lines))


def join_keys(keys: Iterable[str]) -> str:
    """The matching key of lines whose keys are ``keys`` (see :func:`keyed_lines`)."""
    return " ".join(k for k in keys if k)


def shingles(key: str, size: int = DEFAULTS.shingle_size) -> set[str]:
    """Word ``size``-grams of a matching key, as strings (for display and tests).

    A key with fewer than ``size`` words is one shingle: the whole key. So two short texts only
    match when their keys are identical, and different short texts never collapse into one.
    :func:`cleanscrape.dedup.shingle_hashes` hashes exactly these shingles.
    """
    words = key.split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
