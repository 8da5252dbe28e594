"""Vietnamese text: legacy encodings read as the wrong code page, and tone-mark placement.

Pre-Unicode Vietnamese text (TCVN3/ABC, VNI, VISCII, VPS) that was read as windows-1252,
Latin-1 or windows-1258 turns into mojibake such as "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI) for
"Hà Nội"; UTF-8 read as windows-1258 turns into "HĂ  Ná»™i". :func:`repair_vietnamese` finds such
lines by their content and converts them back, and says which encoding it undid.

How a line is judged (see docs/decoding.md for the measured error rates):

1. A cheap pre-check: only lines with a legacy signature are looked at (a symbol such as "µ",
   "¸", "®" glued to letters, a capital Latin-1 letter inside a lowercase word as in "ViÖt", a
   vowel followed by a VNI diacritic byte as in "aø", "oä", or a letter read from bytes
   Vietnamese uses and other languages do not, such as "ß" or "ð" next to ASCII letters).
2. The line is turned back into the bytes it was read from (each reader: windows-1252 with
   Latin-1 for its five undefined bytes, or windows-1258), and those bytes are decoded with each
   legacy table (``data/*.tsv``, sources named in each file).
3. Each candidate is scored with Vietnamese spelling: a syllable is an onset, a vowel group and
   a coda with at most one tone mark, and a syllable ending in c, ch, p or t takes only the acute
   or dot-below tone. A candidate is taken when it makes at least two more words valid
   syllables than the line had, at least 90 % of its non-ASCII words are valid and at least
   75 % of all its words are (French, German, Spanish... fail the last test on their plain
   words). In a text with several lines, the encoding found on the surest lines is then also
   tried on the remaining signalled lines with the threshold of one more valid word.

TCVN3 has no codes for capitals with tones: ABC text writes them with the lowercase codes in a
capitals font. A decoded lowercase toned letter is made a capital when the other letters of its
word are capitals (at least two, or one in a line of capitals).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from itertools import accumulate, combinations
from types import MappingProxyType

import numpy as np

from ..options import ToneStyle
from .chars import MAX_CANDIDATES, Marks, class_bits, match_starts

#: The legacy encodings with a table in ``data/`` (VNI means VNI for Windows).
LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii", "vps")
#: The reason reported for UTF-8 text that was read as windows-1258.
UTF8_AS_CP1258 = "utf8-as-cp1258"

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# the only tones a syllable ending in c/ch/p/t takes: acute and dot below (``is_syllable``)
_NO_TONES = str.maketrans(dict.fromkeys(_TONE_MARKS))  # ``str.translate``: tone marks out


# --------------------------------------------------------------------------- tables


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def _single_byte_table(name: str) -> MappingProxyType[int, str]:
    return MappingProxyType({int(row[0], 16): row[1] for row in _data_rows(name)})


def _vni_table() -> MappingProxyType[str, bytes]:
    return MappingProxyType({row[0]: bytes.fromhex(row[1]) for row in _data_rows("vni.tsv")})


#: byte -> letter for the single-byte encodings; letter -> bytes for VNI.
BYTE_TABLES = MappingProxyType(
    {
        "tcvn3": _single_byte_table("tcvn3.tsv"),
        "viscii": _single_byte_table("viscii.tsv"),
        "vps": _single_byte_table("vps.tsv"),
    }
)
VNI_TABLE = _vni_table()


def _vni_byte_meanings() -> MappingProxyType[int, str]:
    """Each VNI byte as what it adds: a whole letter (ơ, ư, đ, i/y with tones) or marks."""
    meanings: dict[int, str] = {}
    for letter, data in VNI_TABLE.items():
        if len(data) == 1:
            meanings[data[0]] = letter
        else:
            base = chr(data[0])
            marks = unicodedata.normalize("NFD", letter)[1:]
            if base in "ôöÔÖ":  # VNI writes ơ/ư as one byte; its tone byte adds the tone only
                marks = marks.replace("\u031b", "")
            meanings.setdefault(data[1], marks)
    return MappingProxyType(meanings)


_VNI_BYTES = _vni_byte_meanings()


def _byte_string_table(meanings: dict[int, str] | MappingProxyType[int, str]) -> dict[int, str]:
    """``str.translate`` table from a byte (as a code point 0-255) to its meaning."""
    return {b: text for b, text in meanings.items() if b >= 0x80 or chr(b) != text}


_LEGACY_DECODE: MappingProxyType[str, dict[int, str]] = MappingProxyType(
    {
        **{name: _byte_string_table(table) for name, table in BYTE_TABLES.items()},
        "vni": _byte_string_table(_VNI_BYTES),
    }
)


def _reader_table(codec: str) -> dict[int, str]:
    """Character -> the byte (as a code point 0-255) it came from, for one reader.

    Bytes a code page leaves undefined are read as the C1 control of the same value (what
    browsers and Latin-1 do); windows-1258 letters not in the code page but made by NFC from a
    base letter and a combining tone byte are mapped back to those two bytes.
    """
    table: dict[int, str] = {}
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(codec)
        except UnicodeDecodeError:
            ch = chr(b)
        table[ord(ch)] = chr(b)
        table.setdefault(b, chr(b))  # Latin-1 reading of the same byte
    if codec == "cp1258":
        for cp in range(0xC0, 0x1EFA):
            ch = chr(cp)
            if cp in table:
                continue
            parts = unicodedata.normalize("NFD", ch)
            if (
                len(parts) > 1
                and all(ord(p) < 0x80 or ord(p) in table for p in parts)
                and unicodedata.normalize("NFC", parts) == ch
            ):
                table[cp] = "".join(p if ord(p) < 0x80 else table[ord(p)] for p in parts)
    return table


_READERS = MappingProxyType({"cp1252": _reader_table("cp1252"), "cp1258": _reader_table("cp1258")})


_CLUSTER = re.compile("(.)([\u0300-\u036f]+)", re.DOTALL)


def _as_bytes(line: str, reader: str) -> str:
    """The bytes (as code points 0-255) ``line`` was read from; other characters stay.

    windows-1258 text went through NFC, which may have merged a letter byte with a following
    tone byte and reordered the marks ("ñ" + dot below -> "ṇ" + tilde): each letter with marks
    is split again into the longest letter the code page has plus its tone bytes.
    """
    table = _READERS[reader]
    if reader != "cp1258":
        return line.translate(table)

    def split(m: re.Match[str]) -> str:
        base, marks = m.group(1), m.group(2)
        for size in range(len(marks), -1, -1):
            for picked in combinations(range(len(marks)), size):
                head = unicodedata.normalize("NFC", base + "".join(marks[i] for i in picked))
                code = (
                    head if head.isascii() else table.get(ord(head), "") if len(head) == 1 else ""
                )
                rest = [table.get(ord(c), "") for i, c in enumerate(marks) if i not in picked]
                if len(code) == 1 and all(rest):
                    return code + "".join(rest)
        return m.group()

    # the bytes' own code points map to themselves in the table, so translating after the
    # split leaves the split letters as they are
    return _CLUSTER.sub(split, unicodedata.normalize("NFD", line)).translate(table)


def encode_legacy(text: str, encoding: str) -> bytes:
    """``text`` in a legacy encoding, as a Windows program of the time saved it.

    TCVN3 writes capitals with tones in lowercase codes. Characters the table has no code for
    take their windows-1252 byte when the table leaves that byte free (curly quotes and dashes
    in TCVN3 and VNI text); anything else raises ``ValueError`` naming the character.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "vni":
        codes = dict(VNI_TABLE)
        used = {b for data in VNI_TABLE.values() for b in data if b >= 0x80}
    else:
        table = BYTE_TABLES[encoding]
        codes = {letter: bytes([b]) for b, letter in table.items()}
        if encoding == "tcvn3":
            for k, v in list(codes.items()):
                codes.setdefault(k.upper(), v)  # capitals with tones: the lowercase code
        used = set(table)
    out = bytearray()
    for ch in text:
        if ch in codes:
            out += codes[ch]
        elif ord(ch) < 0x80 and ord(ch) not in used:
            out.append(ord(ch))
        else:
            try:
                b = ch.encode("cp1252")
            except UnicodeEncodeError:
                b = b""
            if not b or b[0] in used:
                raise ValueError(f"{encoding} has no code for {ch!r} (U+{ord(ch):04X})")
            out += b
    return bytes(out)


_UNDEFINED_BYTES = {0xDC00 + b: chr(b) for b in range(0x80, 0x100)}


def read_as(data: bytes, codec: str) -> str:
    """``data`` as a browser shows it under a Western code page label: bytes the code page
    leaves undefined become the C1 control of the same value; NFC, as the decoder applies."""
    text = data.decode(codec, errors="surrogateescape").translate(_UNDEFINED_BYTES)
    return unicodedata.normalize("NFC", text)


def looks_legacy_vietnamese(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 hold legacy Vietnamese (TCVN3, VNI, VISCII, VPS).

    Decided on the first 64 KiB read as windows-1252, by the same test as the repair.
    """
    _, reasons = repair_vietnamese(read_as(data[: 1 << 16], "cp1252"))
    return any(r in LEGACY_ENCODINGS for r in reasons)


def decode_legacy(data: bytes, encoding: str) -> str:
    """Legacy bytes -> NFC text (TCVN3 capitals restored from their word, as in repairs)."""
    text = data.decode("latin-1").translate(_LEGACY_DECODE[encoding])
    text = unicodedata.normalize("NFC", text)
    return _tcvn3_capitals(text) if encoding == "tcvn3" else text


# --------------------------------------------------------------------------- syllables

#: Initial consonants, longest first.
_ONSETS = (
    *("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr"),
    *("b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"),
)
_ONSET = f"(?:{'|'.join(_ONSETS)})?"
#: Vowel groups, longest first (the regex takes the first alternative that fits).
_VOWELS = (
    "oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|uêu"
    "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê"
    "|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_SYLLABLE = re.compile(f"{_ONSET}(?P<v>{_VOWELS})(?P<c>ch|ng|nh|[cmnpt])?")
_SONORANT_CODAS = frozenset(("m", "n", "ng", "nh"))
_NEEDS_CODA = frozenset(("ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê"))
_WORD = re.compile(r"[^\W\d_]+")


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelt as one Vietnamese syllable (any case pattern but mixed)."""
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    if word.isascii():  # no tone: a final c, ch, p or t is then impossible
        m = _SYLLABLE.fullmatch(word.lower())
        if m is None:
            return False
        coda = m.group("c")
        return m.group("v") not in _NEEDS_CODA if coda is None else coda in _SONORANT_CODAS
    parts = unicodedata.normalize("NFD", word.lower())
    toneless = parts.translate(_NO_TONES)
    tones = len(parts) - len(toneless)
    if tones > 1:
        return False
    m = _SYLLABLE.fullmatch(unicodedata.normalize("NFC", toneless))
    if m is None:
        return False
    coda = m.group("c")
    if coda is None:
        return m.group("v") not in _NEEDS_CODA
    # (with one tone mark, it is a stop tone when the word holds one)
    return coda not in ("c", "ch", "p", "t") or (
        tones == 1 and ("\u0301" in parts or "\u0323" in parts)
    )


def _ascii_syllables() -> frozenset[str]:
    """Every Vietnamese syllable written without diacritics ("nam", "chung", "khong")."""
    onsets = ["", *(o for o in _ONSETS if o.isascii())]
    vowels = [v for v in _VOWELS.split("|") if v.isascii()]
    codas = ["", "m", "n", "ng", "nh"]
    words = (o + v + c for o in onsets for v in vowels for c in codas)
    return frozenset(w for w in words if is_syllable(w))


_ASCII_SYLLABLES = _ascii_syllables()
_TCVN3_LOWER = frozenset(ch for ch in BYTE_TABLES["tcvn3"].values() if ch.islower())
#: Where a sentence starts: the line start, or after ". ", "! ", "? " (quotes allowed).
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[\"“‘'(\[«-]*\Z")


def _tcvn3_capitals(text: str) -> str:
    """TCVN3 writes capitals with tones in lowercase codes: restore them from their word.

    A word whose other letters are capitals becomes capitals when it has two or more of them
    ("NéI" -> "NỘI") or, with one ("Hµ" -> "Hà" or "HÀ"?), when a neighbouring word is in
    capitals; a word starting a sentence starts with a capital ("ë ®©y" -> "Ở đây").
    """
    lowers = _TCVN3_LOWER
    out = []
    for line in text.split("\n"):
        words = list(_WORD.finditer(line))
        fixed = [m.group() for m in words]
        unsure: list[int] = []
        for k, m in enumerate(words):
            w = fixed[k]
            if w[0] in lowers and _SENTENCE_START.search(line, 0, m.start()) is not None:
                w = fixed[k] = w[0].upper() + w[1:]  # "ở đây" at a sentence start: "Ở đây"
            if not any(c in lowers for c in w):
                continue
            others = [c for c in w if c not in lowers]
            if not others or not all(c.isupper() for c in others):
                continue
            if len(others) >= 2:
                fixed[k] = w.upper()
            else:
                unsure.append(k)
        for k in unsure:
            near = [fixed[j] for j in (k - 1, k + 1) if 0 <= j < len(fixed)]
            if any(len(w) > 1 and w.isupper() and not w.isascii() for w in near):
                fixed[k] = fixed[k].upper()
        parts, pos = [], 0
        for m, w in zip(words, fixed, strict=True):
            parts += [line[pos : m.start()], w]
            pos = m.end()
        parts.append(line[pos:])
        out.append("".join(parts))
    return "\n".join(out)


# --------------------------------------------------------------------------- detection


def _vietnamese_letters() -> frozenset[str]:
    letters = {
        unicodedata.normalize("NFC", v + t)
        for v in "aăâeêioôơuưy"
        for t in "\u0300\u0301\u0303\u0309\u0323"
    }
    letters |= set("aăâeêioôơuưyđ")
    return frozenset(letters | {ch.upper() for ch in letters})


VIETNAMESE_LETTERS = _vietnamese_letters()


def _odd_characters() -> str:
    """What legacy bytes turn into that is neither ASCII, a Vietnamese letter, a space nor
    punctuation a Vietnamese text uses (quotes, dashes): "µ", "®", "Ö", "ñ", "ø", C1 controls,
    a combining tone mark left over after a consonant."""
    odd = set()
    for table in _READERS.values():
        for cp in table:
            ch = chr(cp)
            cat = unicodedata.category(ch)
            if (
                cp >= 0x80
                and ch not in VIETNAMESE_LETTERS
                and not ch.isspace()
                and not (cat.startswith("P") and cp >= 0x2000)
            ):
                odd.add(ch)
    return "".join(sorted(odd | set(_TONE_MARKS)))


_ODD = re.escape(_odd_characters())
#: Pre-check: an odd character glued to a letter, as legacy Vietnamese read as a Western code
#: page shows in nearly every word ("Hµ Néi", "Haø Noäi", "ñöôïc").
_VNI_MARKS = "âàáåãäêèéúüëøùûõïÂÀÁÅÃÄÊÈÉÚÜËØÙÛÕÏ"
#: A vowel followed by a VNI diacritic byte, in pairs Unicode Vietnamese never has ("aø",
#: "eâ", "uù"; not "oà" or "uâ" as in "hoàng", "quân"): lookbehinds over the mark just read.
_VNI_PAIRS = (
    ("aAeEôöÔÖ", _VNI_MARKS),
    ("oO", "".join(c for c in _VNI_MARKS if c not in "àáãèéÀÁÃÈÉ")),
    ("uU", "".join(c for c in _VNI_MARKS if c not in "âêàáãèéÂÊÀÁÃÈÉ")),
    ("yY", "".join(c for c in _VNI_MARKS if c not in "êÊ")),
)
_VNI_PAIR = "|".join(f"(?<=[{before}][{after}])" for before, after in _VNI_PAIRS)
#: A capital Latin-1 letter right after a lowercase ASCII one ("ViÖt"): (before, after).
_CAPITAL_PAIR = ("a-z", "À-ÖØ-Þ")
#: A letter (what ``[^\W\d_]`` matches).
_LETTER = "[^\\W\\d_]"
_SIGNAL_FIRST = "".join(
    sorted(set(_odd_characters()) | set(_VNI_MARKS) | set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"))
)
#: One character per signal. The pattern starts with a character class, so the regex engine
#: skips in C over the characters that cannot start one (most of any text); what the character
#: must be and what must stand around it is then checked by lookarounds (the same tests as
#: "odd character glued to a letter", "capital Latin-1 letter after a lowercase one", a VNI pair).
_SIGNAL = re.compile(
    f"[{re.escape(_SIGNAL_FIRST)}]"
    f"(?:(?<=[{_ODD}])(?:(?<={_LETTER}.)|(?={_LETTER}))"
    f"|(?<=[{_CAPITAL_PAIR[0]}][{_CAPITAL_PAIR[1]}])|{_VNI_PAIR})"
)
#: The characters a signal starts with (one character class).
SIGNAL_CHARS = re.compile(f"[{re.escape(_SIGNAL_FIRST)}]")
#: The same tests as :data:`_SIGNAL`'s, as tables of the code points below ``U+10000``, one
#: bit a test: a character of :data:`SIGNAL_CHARS` is a signal where its own bits and those
#: of the character before it (or, for the odd-character test, after it) share one. Bits 0-4:
#: the pairs (a lowercase letter before a capital, a vowel before a VNI mark); bit 5: an odd
#: character next to a letter.
_PAIR_SIDES = (_CAPITAL_PAIR, *_VNI_PAIRS)
_SIGNAL_BEFORE = class_bits(
    [*(re.compile(f"[{before}]") for before, _ in _PAIR_SIDES), re.compile(_LETTER)]
)
_SIGNAL_AT = class_bits(
    [*(re.compile(f"[{at}]") for _, at in _PAIR_SIDES), re.compile(f"[{_ODD}]")]
)
_SIGNAL_AFTER = _SIGNAL_BEFORE & np.uint8(1 << len(_PAIR_SIDES))
#: UTF-8 lead bytes as windows-1258 shows them: what :data:`_UTF8_SIGNAL` starts with.
UTF8_LEADS = re.compile("[\u00c2\u0102\u00c4\u00c5\u00c6\u00e1]")
#: UTF-8 continuation bytes as windows-1258 shows them.
UTF8_FOLLOWERS = re.compile(
    "["
    + re.escape(
        "".join(sorted(chr(cp) for cp, b in _READERS["cp1258"].items() if "\x80" <= b < "\xc0"))
    )
    + "]"
)
#: UTF-8 lead byte + continuation byte read as windows-1258: "á»", "Ă¡", "Ä‘", "Æ°".
_UTF8_SIGNAL = re.compile(UTF8_LEADS.pattern + UTF8_FOLLOWERS.pattern)


def signal_starts(text: str, marks: Marks | None = None) -> list[int]:
    """Where :data:`_SIGNAL` matches in ``text`` (each match is one character).

    ``marks``: the characters of :data:`SIGNAL_CHARS` in ``text`` (with its code points, when
    all are below ``U+10000``): where there are more of them than the pattern is tried at one
    by one (:data:`~.chars.MAX_CANDIDATES`; every accented vowel of a Vietnamese page is
    one), the signals are told by the tables from the code points around them, where the
    pattern's scan would stop at each.
    """
    at = marks.where(SIGNAL_CHARS) if marks is not None else None
    points = marks.points if marks is not None else None
    if at is None or points is None or at.size <= MAX_CANDIDATES:
        return match_starts(_SIGNAL, text, marks, SIGNAL_CHARS)
    found = _SIGNAL_AT.take(points.take(at))
    # (``at`` is sorted: only its first can be the text's first character, only its last the
    # text's last; clipped there, their neighbour is masked out)
    before = _SIGNAL_BEFORE.take(points.take(at - 1, mode="clip"))
    if at[0] == 0:
        before[0] = 0
    after = _SIGNAL_AFTER.take(points.take(at + 1, mode="clip"))
    if at[-1] == points.size - 1:
        after[-1] = 0
    hits: list[int] = at[((before | after) & found) != 0].tolist()
    return hits


_MIN_GAIN = 2  # more valid syllables than the line had, for a line judged on its own
_MIN_NONASCII_VALID = 0.9
_MIN_ALL_VALID = 0.75
#: Signals a text needs before its lines are looked at (one stray "®" or "ü" is not enough).
_MIN_SIGNALS = 2
#: Punctuation a reader gives for a byte (windows-1252's 0x80-0x9F: "†", "‹", "…"), which a
#: legacy table may hold a letter in: VPS "tr†ng" is "trọng".
_READER_PUNCTUATION = re.escape(
    "".join(
        sorted(
            {
                chr(cp)
                for table in _READERS.values()
                for cp in table
                if cp >= 0x2000 and unicodedata.category(chr(cp)).startswith("P")
            }
        )
    )
)
#: A token as legacy text shows it: letters and odd characters glued together ("®­îc"), and
#: a reader's punctuation between two letters ("tr†ng").
_TOKEN = re.compile(
    f"(?:[^\\W\\d_]|[{_ODD}]|(?<=[^\\W\\d_])[{_READER_PUNCTUATION}](?=[^\\W\\d_]))+"
)


#: Web addresses and domain names ("baoquocte.vn"): no evidence of the language either way.
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b\w+(?:[-.]\w+)*\.[a-z]{2,}\b")
#: What every match of :data:`_URL` holds, besides "://" or "www." (a scan in C for ".").
_DOT_LETTERS = re.compile(r"\.[a-z]{2}")


def _without_urls(line: str) -> str:
    """``line`` with web addresses and domain names made spaces (the pattern runs only on a
    line holding what each of its matches holds)."""
    if "://" in line or "www." in line or _DOT_LETTERS.search(line) is not None:
        return _URL.sub(" ", line)
    return line


_STRAY_MARK = re.compile("[\u0300-\u036f]")
#: A letter only Vietnamese uses, beyond Latin-1 ("ạ", "ơ", "đ"): Unicode Vietnamese text.
_VIETNAMESE_ONLY = re.compile(
    "[" + "".join(sorted(c for c in VIETNAMESE_LETTERS if ord(c) > 0xFF)) + "]"
)


#: Words a :class:`Spellings` holds at most before it starts again (the syllables of
#: Vietnamese are some 7,000; a batch of pages in other languages brings more words).
SPELLINGS_CAPACITY = 100_000


class Spellings:
    """Whether each word one batch has judged is spelt as a Vietnamese syllable
    (:func:`is_syllable`, a function of the word alone), so that a word met on many pages is
    judged once. It belongs to one run of the pipeline (made by the run, passed down to the
    repair stage, never kept by a module); it holds at most ``capacity`` words and one page's
    more, and empties itself beyond that. A copy sent to another process starts empty.
    """

    __slots__ = ("_valid", "capacity")

    def __init__(self, capacity: int = SPELLINGS_CAPACITY) -> None:
        self.capacity = capacity
        self._valid: dict[str, bool] = {}

    def __len__(self) -> int:
        return len(self._valid)

    def __reduce__(self) -> tuple[type[Spellings], tuple[int]]:
        return (Spellings, (self.capacity,))

    def words(self) -> dict[str, bool]:
        """The words held, with their verdicts, for one page's judge to read and add to
        (emptied first when over the capacity)."""
        if len(self._valid) > self.capacity:
            self._valid = {}
        return self._valid


class _Judge:
    """Scores lines by Vietnamese spelling; remembers the words it has seen (in ``memo``: one
    call's own, or a batch's :meth:`Spellings.words`)."""

    def __init__(self, memo: dict[str, bool] | None = None) -> None:
        self.memo: dict[str, bool] = {} if memo is None else memo

    def syllable(self, word: str) -> bool:
        """Whether ``word`` is a Vietnamese syllable (:func:`is_syllable`), judged once."""
        ok = self.memo.get(word)
        if ok is None:
            ok = self.memo[word] = is_syllable(word)
        return ok

    def score(self, line: str) -> tuple[int, int, int, int]:
        """(valid non-ASCII words, non-ASCII words, valid words, judged words) of a line."""
        # single letters, ASCII names and acronyms: no evidence either way
        words = [
            w
            for w in _WORD.findall(_without_urls(line))
            if len(w) > 1 and (w.islower() or not w.isascii())
        ]
        memo = self.memo
        for w in set(words).difference(memo):  # each spelling judged once
            memo[w] = is_syllable(w)
        # a word not valid in capitals ("HĐND", "ĐBQH") is an acronym: not judged
        judged = [(w, ok) for w in words if (ok := memo[w]) or not w.isupper()]
        wide = [ok for w, ok in judged if not w.isascii()]
        return wide.count(True), len(wide), [ok for _, ok in judged].count(True), len(judged)

    def could_be_vietnamese(self, line: str) -> bool:
        """Whether the line's plain ASCII words leave room for a Vietnamese reading.

        Legacy bytes only change the tokens with odd characters; if the ASCII-only words are
        mostly not Vietnamese syllables (an English, French or German line), no decoding can
        make 75 % of the words valid, and the line is not decoded at all.
        """
        fixed = valid = changeable = 0
        for tok in _TOKEN.findall(_without_urls(line)):
            if not tok.isascii():
                changeable += 1
            elif len(tok) > 1 and tok.islower():
                fixed += 1
                valid += tok.lower() in _ASCII_SYLLABLES
        return valid + changeable >= _MIN_ALL_VALID * (fixed + changeable) and changeable > 0

    def best(self, line: str, prefer: str | None = None) -> tuple[str, str, bool] | None:
        """(encoding, decoded line, sure) for the best legacy reading of a line, if any.

        ``prefer``: the encoding the page's sure lines voted for, which wins among readings
        with as many valid syllables (a short line may read as a word in two tables: VNI
        "theâm" is "thêm", and "theõm" in TCVN3)."""
        # Either test below can end the search; the cheaper one for the line goes first: the
        # readings (splitting every letter for windows-1258) are dear on Unicode Vietnamese,
        # spelling is dear on other scripts (a Russian line with guillemets), which no reader
        # gives at all.
        candidates = None if _VIETNAMESE_ONLY.search(line) else list(_candidates(line))
        if candidates == []:
            return None  # a character no reader gives (Cyrillic, CJK): not read from bytes
        ov, on, oav, _ = self.score(line)
        if on >= 3 and ov >= _MIN_NONASCII_VALID * on:
            return None  # already reads as Vietnamese (a Unicode line with a stray "Ð")
        best: tuple[int, str, str, bool] | None = None
        for enc, raw in _candidates(line) if candidates is None else candidates:
            conv = _convert(raw, enc)
            if conv == line or len(_STRAY_MARK.findall(conv)) > len(_STRAY_MARK.findall(line)):
                continue  # a tone mark left on no letter: not this encoding
            nv, n, av, a = self.score(conv)
            gain = nv - ov
            if gain < 1 or nv < _MIN_NONASCII_VALID * n or av < _MIN_ALL_VALID * a:
                continue
            sure = gain >= _MIN_GAIN and av - oav >= _MIN_GAIN
            if best is None or (sure, nv, enc == prefer) > (best[3], best[0], best[1] == prefer):
                best = (nv, enc, conv, sure)
        return None if best is None else best[1:]


#: A character that is not a byte (after a reader mapped the line back to its bytes).
_WIDE = re.compile("[^\x00-\xff]")


def _candidates(line: str) -> Iterable[tuple[str, str]]:
    """(encoding, the line as bytes) for every reader the line can have come through."""
    seen: set[str] = set()
    for reader in ("cp1252", "cp1258"):
        raw = _as_bytes(line, reader)
        if raw in seen or _WIDE.search(raw) is not None:
            continue
        seen.add(raw)
        for enc in LEGACY_ENCODINGS:
            yield enc, raw


def _convert(raw: str, enc: str) -> str:
    text = unicodedata.normalize("NFC", raw.translate(_LEGACY_DECODE[enc]))
    return _tcvn3_capitals(text) if enc == "tcvn3" else text


def _utf8_from_cp1258(line: str) -> str | None:
    if _WIDE.search(line.translate(_READERS["cp1252"])) is None:
        return None  # readable as windows-1252 mojibake: ftfy's to repair, not this
    raw = _as_bytes(line, "cp1258")
    if _WIDE.search(raw) is not None:
        return None
    try:
        fixed = raw.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFC", fixed) if fixed != line else None


#: Punctuation a word may open or close with in Vietnamese text of any encoding (ASCII
#: punctuation, curly quotes, dashes, ellipsis, guillemets): not part of its spelling.
_EDGE_PUNCTUATION = "!-/:-@\\[-`{-~\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb"
_WORD_EDGES = re.compile(f"^[{_EDGE_PUNCTUATION}]+|[{_EDGE_PUNCTUATION}]+$")
#: ASCII punctuation that opens or closes a word.
_ASCII_EDGES = re.compile("^[!-/:-@\\[-`{-~]+|[!-/:-@\\[-`{-~]+$")


def _misspelt(line: str, judge: _Judge) -> bool:
    """Whether a word of ``line`` beyond ASCII (cut at white space, its opening and closing
    punctuation left out) is not a Vietnamese syllable: "dâi", "ñ†c", "Th‹", "SÙc" (a line of
    Unicode Vietnamese, "Theo dõi", "Đọc thêm", has none)."""
    for token in _without_urls(line).split():
        if token.isascii():
            continue
        word = _WORD_EDGES.sub("", token)
        if not word.isascii() and not judge.syllable(word):
            return True
    return False


def _read_as_voted(
    lines: list[str],
    main: str,
    found: dict[int, tuple[str, str]],
    per_line: Counter[int],
    judge: _Judge,
) -> None:
    """Short lines of a page whose sure lines voted for ``main``, added to ``found``.

    A line of two or three words ("Thời sự", "Công nghệ") may read as valid syllables in two
    tables, or show no signal at all (TCVN3 "Theo dâi", "Thêi sù": their bytes read as
    Vietnamese letters). A line taken in another encoding is read again in ``main`` where
    that reading is as sure and has as many valid syllables (VISCII "Th¶i sñ" is "Thời sự",
    and "Thải sủ" in TCVN3); a line without a signal but with a misspelt word beyond ASCII
    (:func:`_misspelt`) is taken when its best reading is in ``main``. A line whose words
    are all syllables already (Unicode text of the page's template) is left.
    """
    for i, (enc, _) in list(found.items()):
        if enc in (main, UTF8_AS_CP1258):
            continue
        best = judge.best(lines[i], main)
        if best is not None and best[0] == main and best[2]:
            found[i] = best[:2]
    for i, line in enumerate(lines):
        if per_line[i] or i in found or line.isascii() or not _misspelt(line, judge):
            continue
        best = judge.best(line, main)
        if best is not None and best[0] == main:
            found[i] = best[:2]


def repair_vietnamese(
    text: str, marks: Marks | None = None, spellings: Spellings | None = None
) -> tuple[str, list[str]]:
    """Undo legacy Vietnamese encodings read as Western code pages, line by line.

    Returns the text (unchanged when nothing was found) and the sorted reasons, one per kind of
    repair made (``"tcvn3"``, ``"vni"``, ``"viscii"``, ``"vps"``, ``"utf8-as-cp1258"``).
    ``marks``: where the characters of :data:`SIGNAL_CHARS`, :data:`UTF8_LEADS` and
    :data:`UTF8_FOLLOWERS` are in ``text``, when the caller has found them (the patterns are
    then tried there only). ``spellings``: the words judged before in the same batch (the
    result is the same without it).
    """
    if text.isascii():
        return text, []
    utf8 = marks.followed(UTF8_LEADS, UTF8_FOLLOWERS) if marks is not None else None
    if utf8 is None:
        utf8 = _UTF8_SIGNAL.search(text) is not None
    signals = signal_starts(text, marks)
    if not utf8 and len(signals) < _MIN_SIGNALS:
        return text, []
    lines = text.split("\n")
    starts = list(accumulate((len(ln) + 1 for ln in lines[:-1]), initial=0))
    per_line = Counter(bisect_right(starts, pos) - 1 for pos in signals)
    judge = _Judge(spellings.words() if spellings is not None else None)
    found: dict[int, tuple[str, str]] = {}  # line index -> (reason, repaired line)
    unsure: dict[int, tuple[str, str]] = {}
    later: list[int] = []  # lines with one signal: judged only once others decided
    votes: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        if utf8 and _UTF8_SIGNAL.search(line):
            fixed = _utf8_from_cp1258(line)
            if fixed is not None:
                found[i] = (UTF8_AS_CP1258, fixed)
                continue
        if per_line[i] < _MIN_SIGNALS:
            if per_line[i]:
                later.append(i)
            continue
        best = judge.best(lines[i]) if judge.could_be_vietnamese(line) else None
        if best is None:
            continue
        enc, conv, sure = best
        if sure:
            found[i] = (enc, conv)
            votes[enc] = votes.get(enc, 0) + 1
        else:
            unsure[i] = (enc, conv)
    if votes:
        # lines with less evidence are taken when they agree with the sure ones: read in the
        # encoding they voted for where that reading is as good as any other
        main = max(sorted(votes), key=votes.__getitem__)
        again = [i for i, (enc, _) in unsure.items() if enc != main]
        for i in later + again:
            best = judge.best(lines[i], main) if judge.could_be_vietnamese(lines[i]) else None
            if best is not None:
                (found if best[2] else unsure)[i] = best[:2]
        found.update((i, v) for i, v in unsure.items() if v[0] == main)
        _read_as_voted(lines, main, found, per_line, judge)
    if not found:
        return text, []
    for i, (_, fixed) in found.items():
        lines[i] = fixed
    return "\n".join(lines), sorted({reason for reason, _ in found.values()})


# --------------------------------------------------------------------------- lost bytes

#: The bytes windows-1252 leaves undefined: what a transcoder reading UTF-8 as windows-1252
#: with ``errors="ignore"`` drops. Each is a UTF-8 continuation byte.
LOST_BYTES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
#: A character as windows-1252 shows a byte (the C1 control of the byte where it leaves one
#: undefined) -> the byte.
_CP1252_BYTES = MappingProxyType(
    {chr(cp): ord(b) for cp, b in _READERS["cp1252"].items() if cp >= 0x80}
)
_CONTINUATION = "".join(sorted(c for c, b in _CP1252_BYTES.items() if 0x80 <= b < 0xC0))
#: Leads of two bytes as windows-1252 shows them (U+00C2-U+00DF).
_LEAD_TWO = "".join(sorted(c for c, b in _CP1252_BYTES.items() if 0xC2 <= b < 0xE0))
#: A UTF-8 lead and a continuation byte as windows-1252 shows them ("á»", "Ä‘", "Æ¡"): UTF-8
#: read as windows-1252, whatever else the line holds.
UTF8_AS_CP1252 = re.compile(f"[{re.escape(_LEAD_TWO)}\u00e1\u00e2][{re.escape(_CONTINUATION)}]")
#: A word that may hold a UTF-8 character left as windows-1252 shows it: a lead of two bytes,
#: or "á" (E1, the lead of the Vietnamese letters of three bytes) before a continuation.
_PIECE_WORD = re.compile(
    f"\\S*(?:[{re.escape(_LEAD_TWO)}]|\u00e1(?=[{re.escape(_CONTINUATION)}]))\\S*"
)
#: Readings of a word tried at most (five for each byte lost, 125 for three).
_MAX_READINGS = 125


def _utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8, ``None`` where it is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _piece_options(word: str, at: int) -> tuple[list[str], int]:
    """What the UTF-8 character whose lead is ``word[at]`` can have been, and where the word
    goes on: one character when its bytes are whole, one per byte of :data:`LOST_BYTES` that
    makes it whole when its last byte is missing; none when it cannot be a character. "á" with
    no continuation after it is the letter itself."""
    lead = _CP1252_BYTES[word[at]]
    size = 2 if lead < 0xE0 else 3
    tail: list[int] = []
    end = at + 1
    while end < len(word) and len(tail) < size - 1 and word[end] in _CONTINUATION:
        tail.append(_CP1252_BYTES[word[end]])
        end += 1
    if size == 3 and not tail:
        return [word[at]], end
    if len(tail) == size - 1:
        whole = _utf8(bytes([lead, *tail]))
        return ([] if whole is None else [whole]), end
    if len(tail) < size - 2:
        return [], end
    found = (_utf8(bytes([lead, *tail, lost])) for lost in LOST_BYTES)
    return [c for c in found if c is not None], end


def _word_readings(word: str) -> list[str]:
    """Every reading of ``word`` with its UTF-8 characters decoded, each lost last byte put
    back as each byte of :data:`LOST_BYTES` (at most :data:`_MAX_READINGS`; none beyond)."""
    readings = [""]
    at = 0
    leads = _LEAD_TWO + "\u00e1\u00e2"
    while at < len(word):
        if word[at] not in leads:
            readings = [r + word[at] for r in readings]
            at += 1
            continue
        options, at = _piece_options(word, at)
        readings = [r + o for r in readings for o in options]
        if not readings or len(readings) > _MAX_READINGS:
            return []
    return readings


def _sure_reading(word: str, judge: _Judge) -> str | None:
    """The one reading of ``word`` (:func:`_word_readings`) that is a Vietnamese syllable
    (its opening and closing punctuation left out), when ``word`` cannot be one itself: it
    holds a lead and a continuation byte ("cá»§a"), or it is not a syllable with its ASCII
    punctuation left out ("Äại"; "Ãm" is "ãm" and stays; the guillemet of "Lá»…" is a byte)."""
    if UTF8_AS_CP1252.search(word) is None and judge.syllable(_ASCII_EDGES.sub("", word)):
        return None
    sure = {unicodedata.normalize("NFC", r) for r in _word_readings(word)}
    valid = [r for r in sure if r != word and judge.syllable(_WORD_EDGES.sub("", r))]
    return valid[0] if len(valid) == 1 else None


def restore_utf8_pieces(raw: str, line: str) -> str:
    """Words of ``line``, the repair of ``raw``, that the repair left as UTF-8 read as
    windows-1252, read again as UTF-8 where one reading is a Vietnamese syllable.

    A transcoder that dropped the bytes windows-1252 leaves undefined (``errors="ignore"``)
    leaves a word without its last byte ("nhiá»u" for "nhiều", E1 BB 81; "Äại" for "Đại",
    C4 90), and ftfy, which cannot decode such a line whole, also leaves some whole pieces
    ("cá»§a", "vá»›i"). Only a line whose ``raw`` form holds UTF-8 as windows-1252 shows it
    (:data:`UTF8_AS_CP1252`) is looked at: the damage is then certain. In a word that is not
    a Vietnamese syllable, every lead with its continuation bytes is decoded, a missing last
    byte put back as each byte of :data:`LOST_BYTES`; the word is rewritten when exactly one
    reading is a syllable ("nhiều", "Đại", "của", "người"), else left ("vá»" reads "về",
    "vọ", "vỏ" and "vờ")."""
    if UTF8_AS_CP1252.search(raw) is None:
        return line
    judge = _Judge()

    def reread(m: re.Match[str]) -> str:
        found = _sure_reading(m.group(), judge)
        return m.group() if found is None else found

    return _PIECE_WORD.sub(reread, line)


# --------------------------------------------------------------------------- tone placement


def _toned_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """Open "oa", "oe", "uy" with the tone on the first vowel (old) <-> on the second (new)."""
    to_new: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONE_MARKS:
            old = unicodedata.normalize("NFC", first + mark) + second
            new = first + unicodedata.normalize("NFC", second + mark)
            for o, n in ((old, new), (old.upper(), new.upper()), (old.capitalize(), _cap(new))):
                to_new[o] = n
    return to_new, {v: k for k, v in to_new.items()}


def _cap(pair: str) -> str:
    return pair[0].upper() + pair[1:]


_TO_NEW, _TO_OLD = _toned_pairs()
#: The onsets an open "oa"/"oe"/"uy" syllable can have ("q" excluded: in "quý" the "u" belongs
#: to the onset and the tone is on "y" in both styles).
_PLACE_ONSET = "(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])?"


def _placement_pattern(pairs: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(pairs, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])({_PLACE_ONSET})({alternatives})(?![^\W\d_])", re.IGNORECASE)


_OLD_PAIRS = _placement_pattern(_TO_NEW)
_NEW_PAIRS = _placement_pattern(_TO_OLD)
#: The toned vowels of the pairs :func:`place_tones` moves a mark between: a text without one
#: (in NFC) comes out of it as it went in.
TONED_CHARS = re.compile(
    "["
    + re.escape(
        "".join(sorted({c for pair in _TO_NEW for c in pair + _TO_NEW[pair]} - set("oaeuyOAEUY")))
    )
    + "]"
)


def place_tones(text: str, style: ToneStyle) -> str:
    """Tone marks of open "oa", "oe", "uy" syllables in the ``old`` ("hòa", "thủy", "khỏe") or
    ``new`` ("hoà", "thuỷ", "khoẻ") place; ``keep`` returns the text as it is.

    Only these syllables differ between the styles. Syllables with a final consonant or vowel
    ("hoàng", "ngoài", "thuyền") and those where the vowel belongs to the onset ("quý", "già")
    are never changed.
    """
    if style == "keep":
        return text
    text = unicodedata.normalize("NFC", text)
    if style == "new":
        return _OLD_PAIRS.sub(lambda m: m.group(1) + _TO_NEW[m.group(2)], text)
    return _NEW_PAIRS.sub(lambda m: m.group(1) + _TO_OLD[m.group(2)], text)
