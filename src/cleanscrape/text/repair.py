"""Conservative text repair: legacy Vietnamese encodings, mojibake (ftfy), stray control
characters, NFC; optionally Vietnamese tone-mark placement.

ftfy is configured to keep the author's typography (curly quotes, ligatures, full-width forms).
See docs/decoding.md.

ftfy works line by line and almost every line of a real page needs nothing but NFC, so
:func:`repair_text` first finds the lines ftfy could change and runs ftfy on those alone; the
output is the same as ``ftfy.fix_text(text, FIX_CONFIG)`` on the whole text, but for a repair
that would join two words (:func:`_keep_words`) and for words ftfy left as UTF-8 read as
windows-1252 (:func:`~.vietnamese.restore_utf8_pieces`). A line needs ftfy
when it holds an HTML entity, a control, C1 or surrogate character, a line separator, or a
match of ftfy's own mojibake pattern (``ftfy.badness.BADNESS_RE``) in the line or in its NFC
form. That pattern is a long alternation tried at every character, so it is not run over the
page: every alternative needs one character from a short list (one character class of each
alternative, the one with the fewest common letters and punctuation), and the pattern is only
tried in a window around the places where such a character occurs (:func:`suspect_lines`).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

import ftfy
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CONTROL_CHARS as FTFY_CONTROL_CHARS
from ftfy.chardata import HTML_ENTITY_RE

from ..options import DEFAULTS, ToneStyle
from .chars import CharTable, Marks, match_starts
from .decode import CONTROL_CHARS
from .lines import line_indexes
from .vietnamese import (
    SIGNAL_CHARS,
    TONED_CHARS,
    UTF8_FOLLOWERS,
    UTF8_LEADS,
    Spellings,
    place_tones,
    repair_vietnamese,
    restore_utf8_pieces,
)

#: ftfy's repairs minus everything that would change the author's typography.
FIX_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)
#: What ``ftfy.fix_text`` switches to for a line with ``<`` and every line after it.
_FIX_CONFIG_MARKUP = FIX_CONFIG._replace(unescape_html=False)

#: Characters and sequences ftfy acts on whatever its mojibake test says: HTML entities,
#: C0/C1 controls and the other characters ftfy removes, line separators, surrogates.
_OTHER_CHARS = (
    "".join(re.escape(chr(c)) for c in sorted(FTFY_CONTROL_CHARS))
    + r"\x0b-\x0d\x7f-\x9f\u2028\u2029\ud800-\udfff"
)
_OTHER_FIXES = re.compile(
    # the same matches as ``entity|[chars]``, written to start with one character class so
    # that the regex engine skips the other characters in C (an alternation is tried at every
    # position): an entity is ``&`` then the rest of ftfy's pattern, a character of the class
    # matches alone
    f"[&{_OTHER_CHARS}](?:(?<=&){HTML_ENTITY_RE.pattern[1:]}|(?<!&))"
    if HTML_ENTITY_RE.pattern.startswith("&")
    else f"{HTML_ENTITY_RE.pattern}|[{_OTHER_CHARS}]"
)
#: The characters a match of :data:`_OTHER_FIXES` starts with (``None`` when its pattern is
#: not written so).
_OTHER_FIRST = re.compile(f"[&{_OTHER_CHARS}]") if HTML_ENTITY_RE.pattern.startswith("&") else None
#: ftfy's mojibake pattern with ``^`` at every line start (ftfy applies it to one line).
_BADNESS_LINES = re.compile(BADNESS_RE.pattern, BADNESS_RE.flags | re.MULTILINE)


def _char_cost(code: int) -> int:
    """How often a character turns up in ordinary text: letters and everyday punctuation."""
    c = chr(code)
    if code < 0x80:
        return 100
    if c in "“”‘’–—…«»·" or unicodedata.category(c)[0] == "Z":
        return 30
    if unicodedata.category(c)[0] == "L" and "LETTER" in unicodedata.name(c, ""):
        return 30  # a letter of some alphabet (not a sign such as µ or ª)
    return 1


def _element_chars(op: Any, av: Any) -> set[int] | None:
    """Code points one element of a parsed pattern matches, ``None`` when not a plain set."""
    name = str(op)
    if name == "LITERAL":
        return {int(av)}
    if name != "IN":
        return None
    chars: set[int] = set()
    for item_op, item in av:
        item_name = str(item_op)
        if item_name == "LITERAL":
            chars.add(int(item))
        elif item_name == "RANGE":
            chars.update(range(int(item[0]), int(item[1]) + 1))
        else:  # a category (\s, \w) or a negated set: not a short list
            return None
    return chars


_PARSER: Any = importlib.import_module("re._parser" if hasattr(re, "_parser") else "sre_parse")
_COMPILER: Any = importlib.import_module(
    "re._compiler" if hasattr(re, "_compiler") else "sre_compile"
)

#: For each character of :data:`_ANCHORS`, the alternatives of ftfy's pattern it anchors.
Anchored = MappingProxyType[str, tuple[re.Pattern[str], ...]]


def _alternative(parsed: Any, branch: Any, flags: int) -> re.Pattern[str] | None:
    """One parsed alternative of a pattern compiled on its own, ``None`` where this Python's
    ``re`` internals do not allow it (the whole pattern is then tried)."""
    try:
        found = _COMPILER.compile(_PARSER.SubPattern(parsed.state, list(branch.data)), flags)
    except (AttributeError, TypeError, ValueError, re.error):
        return None
    return found if isinstance(found, re.Pattern) else None


def _anchor_pattern(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, int, Anchored]:
    """One character class that every match of ``pattern`` contains, the longest match, and
    for each character of the class the alternatives it anchors, each compiled on its own with
    ``^`` at every line start (empty when they cannot be compiled apart).

    ``None`` when the pattern is not an alternation of fixed sequences of character sets (a
    future ftfy might write it otherwise); the caller then runs the pattern itself.
    """
    parsed = _PARSER.parse(pattern.pattern, pattern.flags)
    if len(parsed.data) != 1 or str(parsed.data[0][0]) != "BRANCH":
        return None, 0, MappingProxyType({})
    anchored: dict[int, list[int]] = {}  # character -> the alternatives it anchors
    branches = parsed.data[0][1][1]
    width = 0
    for k, branch in enumerate(branches):
        width = max(width, int(branch.getwidth()[1]))
        best: set[int] | None = None
        for op, av in branch.data:
            chars = _element_chars(op, av)
            if chars is not None and (
                best is None or sum(map(_char_cost, chars)) < sum(map(_char_cost, best))
            ):
                best = chars
        if best is None:
            return None, 0, MappingProxyType({})
        for c in best:
            anchored.setdefault(c, []).append(k)
    cls = "".join(re.escape(chr(c)) for c in sorted(anchored))
    alone = [_alternative(parsed, b, pattern.flags | re.MULTILINE) for b in branches]
    compiled = [p for p in alone if p is not None]
    by_char: dict[str, tuple[re.Pattern[str], ...]] = {}
    if len(compiled) == len(alone):
        by_char = {chr(c): tuple(compiled[k] for k in ks) for c, ks in anchored.items()}
    return re.compile(f"[{cls}]"), width, MappingProxyType(by_char)


#: (:data:`_BY_ANCHOR`: for a character of the class, the alternatives it anchors: a match
#: holding it there is one of them)
_ANCHORS, _MAX_WIDTH, _BY_ANCHOR = _anchor_pattern(BADNESS_RE)

#: Every character class the repair stage scans a page for, found in one pass
#: (:func:`repair_text`): a page has few of them, and the patterns run only there.
_CHAR_TABLE = CharTable(
    [
        c
        for c in (SIGNAL_CHARS, UTF8_LEADS, UTF8_FOLLOWERS, _OTHER_FIRST, _ANCHORS, CONTROL_CHARS)
        if c is not None
    ]
)
#: Texts shorter than this are scanned by the patterns themselves.
_TABLE_MIN_CHARS = 1000


def _class_of(*patterns: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """One character class of every character of the given classes (each written ``[...]``),
    ``None`` when one of them is missing or not written so."""
    inner: list[str] = []
    for pattern in patterns:
        if pattern is None or not (
            pattern.pattern.startswith("[") and pattern.pattern.endswith("]")
        ):
            return None
        inner.append(pattern.pattern[1:-1])
    return re.compile("[" + "".join(inner) + "]")


#: The characters without which an NFC line comes out of :func:`repair_text` as it went in
#: (tones kept): what the legacy-Vietnamese check needs to find a signal (a character of
#: :data:`~.vietnamese.SIGNAL_CHARS` or a UTF-8 lead), what ftfy acts on (an HTML entity's
#: ``&``, the controls and line separators of :data:`_OTHER_FIRST`, an anchor of its mojibake
#: pattern) and the controls the last pass removes. ``None`` when a class is not one set.
_MAY_CHANGE = _class_of(SIGNAL_CHARS, UTF8_LEADS, _OTHER_FIRST, _ANCHORS, CONTROL_CHARS)
#: The same and the toned vowels :func:`~.vietnamese.place_tones` moves a mark between.
_MAY_CHANGE_TONED = _class_of(_MAY_CHANGE, TONED_CHARS)


def _other_fixes(text: str, marks: Marks | None) -> list[int]:
    """Start of every match of :data:`_OTHER_FIXES` in ``text``."""
    # (every match starts with a character of _OTHER_FIRST, and none holds another one)
    return match_starts(_OTHER_FIXES, text, marks, _OTHER_FIRST)


def suspect_lines(text: str, marks: Marks | None = None) -> set[int]:
    """Indexes of the ``\\n``-separated lines of ``text`` that ftfy could change beyond NFC.

    A superset: a line listed here may come out of ftfy unchanged, a line not listed always
    comes out as its NFC form (checked against ftfy on the benchmark pages in the tests).
    ``marks``: the characters of :data:`_CHAR_TABLE` in ``text``, when the caller has them.
    """
    starts: set[int] = set()
    for at in _other_fixes(text, marks):
        starts.add(text.rfind("\n", 0, at) + 1)
    if _ANCHORS is None:
        pos = 0
        while (bad := _BADNESS_LINES.search(text, pos)) is not None:
            start = text.rfind("\n", 0, bad.start()) + 1
            starts.add(start)
            pos = text.find("\n", bad.start()) + 1
            if pos == 0:
                break
    else:
        anchors = marks.at(_ANCHORS) if marks is not None else None
        for p in (m.start() for m in _ANCHORS.finditer(text)) if anchors is None else anchors:
            start = text.rfind("\n", 0, p) + 1
            if start in starts:
                continue
            end = text.find("\n", p) + 1 or len(text)
            lo, hi = max(start, p - _MAX_WIDTH + 1), min(end, p + _MAX_WIDTH)
            # (a match holding the character at ``p`` is one of the alternatives it anchors;
            # a match elsewhere in the window holds an anchor of its own, looked at there)
            alternatives = _BY_ANCHOR.get(text[p])
            if alternatives is None:
                if _BADNESS_LINES.search(text, lo, hi):
                    starts.add(start)
                continue
            for alternative in alternatives:
                if alternative.search(text, lo, hi):
                    starts.add(start)
                    break
    return line_indexes(text, starts)


#: A space after a character beyond ASCII: the only spaces ftfy can take for the byte 0xA0
#: (what follows a UTF-8 lead or continuation byte as windows-1252 shows it).
_SPACES_AFTER_MARKED = re.compile(r"(?<=[^\x00-\x7f])( +)")
#: A character whose UTF-8 ends in the byte 0xA0 ("à", "Ạ", "Ỡ", "Ơ", "†"; not the no-break
#: space itself) after a letter and before more of the word: where ftfy may have written it
#: from a lead and a space.
_A0_IN_WORD = re.compile(
    "(?<=[^\\W\\d_])["
    + "".join(chr(c) for c in range(0xE0, 0x10000, 0x40) if not 0xD800 <= c < 0xE000)
    + "](?=\\S)"
)


def _joins_words(fixed: str) -> bool:
    """Whether ``fixed`` holds a character of :data:`_A0_IN_WORD` out of place in its
    word: a mark ("tình†giữa", "phía†(2SP"), or a capital between letters after a small one
    ("giỠđịa") or before one ("ÄỠán"). A letter the byte 0xA0 ends in a word of one case
    ("Ngày", "HẠN") is in place."""
    for m in _A0_IN_WORD.finditer(fixed):
        c, before, after = m.group(), fixed[m.start() - 1], fixed[m.end()]
        if not c.isalpha():
            return True
        if c.isupper() and after.isalpha() and (before.islower() or after.islower()):
            return True
    return False


def _keep_words(raw: str, fixed: str, config: ftfy.TextFixerConfig) -> str:
    """ftfy's repair ``fixed`` of the line ``raw``, unless it joined two of the line's words:
    then the line repaired a piece at a time, cut at its spaces after a character beyond ASCII.

    ftfy reads a space after such a character as the byte 0xA0 that a transcoder turned into a
    space (``restore_byte_a0``; ``decode_inconsistent_utf8`` does so whatever that option
    says). Where the transcoder *dropped* a byte instead (windows-1252's undefined 0x81, 0x8D,
    0x8F, 0x90, 0x9D, read with ``errors="ignore"``), that space is the one between two
    words, and the repair writes a letter no page had in their place ("giá» Ä‘á»‹a" for "giờ
    địa" comes out "giỠđịa", "tÃ¬nhâ€ giá»¯a" for "tình” giữa" "tình†giữa"). The repair is
    refused when the line has fewer words after it and one of its words holds such a letter out
    of place (:func:`_joins_words`); repaired a piece at a time, no piece holds a space ftfy
    can take: "giá» địa", "tìnhâ€ giữa". A no-break space read back ("Â " for "\u00a0", "NgÃ
    y" for "Ngày") is ftfy's as before.
    """
    if len(fixed.split()) >= len(raw.split()) or not _joins_words(fixed):
        return fixed
    parts = _SPACES_AFTER_MARKED.split(raw)
    parts[::2] = [ftfy.fix_and_explain(part, config).text for part in parts[::2]]
    return "".join(parts)


def _fix_text(text: str, marks: Marks | None = None) -> str:
    """``ftfy.fix_text(text, FIX_CONFIG)``, with ftfy run only on the lines that need it, no
    line's words joined by the repair (:func:`_keep_words`), and the words it left as UTF-8
    read as windows-1252 read again where one reading is a Vietnamese syllable
    (:func:`~.vietnamese.restore_utf8_pieces`; a text longer than ftfy's
    ``max_decode_length``, which ftfy cuts itself, is ftfy's as it stands).

    ``marks``: the characters of :data:`_CHAR_TABLE` in ``text``, when the caller has them.
    """
    if len(text) > FIX_CONFIG.max_decode_length:  # ftfy cuts such lines: let it do so
        return ftfy.fix_text(text, FIX_CONFIG)
    nfc = unicodedata.normalize("NFC", text)
    if text.isascii():
        if not _other_fixes(text, marks):
            return text
        flagged = suspect_lines(text, marks)
    else:
        flagged = suspect_lines(text, marks)
        if nfc != text:  # ftfy's second pass sees the NFC form
            flagged |= suspect_lines(nfc)
    if not flagged:
        return nfc
    raw = text.split("\n")
    out = nfc.split("\n")
    lt = text.find("<")
    markup_from = len(raw) if lt < 0 else text.count("\n", 0, lt)
    last = len(raw) - 1
    for i in sorted(flagged):
        config = FIX_CONFIG if i < markup_from else _FIX_CONFIG_MARKUP
        if i == last:
            fixed = ftfy.fix_and_explain(raw[i], config).text
        else:
            fixed = ftfy.fix_and_explain(raw[i] + "\n", config).text
            if not fixed.endswith("\n"):  # not seen with ftfy 6; stay exact if it ever happens
                return ftfy.fix_text(text, FIX_CONFIG)
            fixed = fixed[:-1]
        out[i] = restore_utf8_pieces(raw[i], _keep_words(raw[i], fixed, config))
    return "\n".join(out)


#: The name :func:`repair_latin1_utf8`'s read-back is reported by in ``metadata["repaired"]``.
LATIN1_UTF8 = "utf8-as-latin1"
#: A C1 control (U+0080-U+009F): no text holds one, but a byte 0x80-0x9F of UTF-8 read one
#: character a byte as Latin-1 becomes one.
_C1 = re.compile("[\x80-\x9f]")
#: The lead byte of a C1 control in UTF-8, whose second byte is 0x80-0x9F (:func:`_holds_c1`).
_C1_LEAD = 0xC2
#: A UTF-8 sequence of two to four bytes read one character a byte as Latin-1: a lead byte
#: then its continuation bytes (0x80-0xBF): "â", U+0080, U+0099 for "’".
_LATIN1_UTF8 = re.compile(
    "[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


#: A byte of a UTF-8 sequence read as Latin-1 that the HTML extractor changes: a C1 control
#: (dropped) or the no-break space of the byte 0xA0 (a plain space, or nothing at a line's end,
#: where "Â" for a no-break space encoded twice is left alone and ftfy cannot read it back).
_DROPPED_BY_EXTRACTOR = re.compile("[\x80-\xa0]")


def _utf8_of(match: re.Match[str]) -> str:
    """The character a :data:`_LATIN1_UTF8` match stands for, when it holds a byte the
    extractor changes (:data:`_DROPPED_BY_EXTRACTOR`) and its bytes are one UTF-8 character;
    the match as it is otherwise."""
    seq = match.group()
    if not _DROPPED_BY_EXTRACTOR.search(seq):
        return seq
    try:
        return seq.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return seq


def _holds_c1(data: bytes) -> bool:
    """The UTF-8 bytes ``data`` hold a C1 control: what :data:`_C1` finds in their text, the
    mark of text stored as UTF-8 read as Latin-1 and encoded again (in UTF-8 a C1 control is
    the lead byte 0xC2 and a byte 0x80-0x9F, and 0xC2 is never a continuation byte).

    The lead byte is found by ``bytes.find`` (a memchr scan; it also leads the no-break space
    and the signs up to U+00BF, a few dozen a page) and its next byte read: a pattern's search
    over the bytes takes four times as long on the benchmark pages.
    """
    at = data.find(_C1_LEAD)
    while at >= 0:
        if 0x80 <= data[at + 1] < 0xA0:  # (valid UTF-8: a lead byte is never the last)
            return True
        at = data.find(_C1_LEAD, at + 1)
    return False


def repair_latin1_utf8(markup: str, *, utf8: bytes | None = None) -> str:
    """``markup`` with UTF-8 that was read as Latin-1 and encoded again read back, when that
    is what every C1 control in it is.

    A page whose CMS stored its text encoded twice carries "doesn", "â", U+0080, U+0099, "t"
    for "doesn’t": a curly quote, a dash or a star rating is three characters, the last two
    C1 controls. The HTML extractor drops control characters before ftfy could read the
    sequence back, leaving "doesnât" in the text; read back in the markup, the page's
    words come out whole. A sequence is read back only when it holds a C1 control and its
    bytes are one UTF-8 character ("Ã©" for "é" holds none: ftfy judges those
    in the text), and only when no C1 control of the page is left after it: a page in a
    legacy code page whose undefined bytes were read as C1 controls keeps its text. On a page
    so read back, a sequence that holds the byte 0xA0 is read back too (the last byte of a
    two-byte one: "Â" and a no-break space for a no-break space encoded twice,
    "emissions.Â\xa0" at a paragraph's end, "Ã" and one for "à"; a middle byte of some
    three-byte ones): the extractor turns the no-break space into a space or drops it at a
    line's end, and the "Â" left there is no sequence ftfy reads back.

    ``utf8``: the markup's UTF-8 bytes, when the caller has them (the HTML parser reads the
    page as bytes): the page's C1 controls are first looked for in them (:func:`_holds_c1`),
    sooner than in its text.
    """
    if not (_C1.search(markup) if utf8 is None else _holds_c1(utf8)):
        return markup
    fixed = _LATIN1_UTF8.sub(_utf8_of, markup)
    return markup if _C1.search(fixed) else fixed


def repair_lines(
    lines: list[str],
    *,
    fix_mojibake: bool = DEFAULTS.fix_mojibake,
    vi_tone: ToneStyle = DEFAULTS.vi_tone,
    repairs: list[str] | None = None,
    spellings: Spellings | None = None,
) -> list[str]:
    """:func:`repair_text` of each line (no line holding ``\n``), called only on the lines
    it could change.

    One scan of the joined lines for :data:`_MAY_CHANGE` finds them; a line without such a
    character is NFC already when the whole text is (NFC never joins across ``\n``), and
    ``repair_text`` returns it unchanged and records no repair. Where the text is not NFC,
    a line holds ``\n`` or is longer than ftfy's ``max_decode_length``, or a class is not one
    set, every line is repaired.
    """
    joined = "\n".join(lines)
    pattern = _MAY_CHANGE if vi_tone == "keep" else _MAY_CHANGE_TONED
    if (
        pattern is None
        or joined.count("\n") != len(lines) - 1
        or max(map(len, lines), default=0) > FIX_CONFIG.max_decode_length
        or not unicodedata.is_normalized("NFC", joined)
    ):
        flagged: Iterable[int] = range(len(lines))
    else:
        flagged = line_indexes(joined, (m.start() for m in pattern.finditer(joined)))
    out = list(lines)
    for i in flagged:
        out[i] = repair_text(
            lines[i],
            fix_mojibake=fix_mojibake,
            vi_tone=vi_tone,
            repairs=repairs,
            spellings=spellings,
        )
    return out


def repair_text(
    text: str,
    *,
    fix_mojibake: bool = DEFAULTS.fix_mojibake,
    vi_tone: ToneStyle = DEFAULTS.vi_tone,
    repairs: list[str] | None = None,
    spellings: Spellings | None = None,
) -> str:
    """Conservative repair: legacy Vietnamese, mojibake (ftfy), stray control characters, NFC.

    Curly quotes, dashes, ligatures and full-width characters are kept as the author wrote them.
    The legacy Vietnamese encodings undone (``"tcvn3"``, ``"vni"``...) are added to ``repairs``.
    ``spellings``: the words the legacy check judged before in the same batch (the result is
    the same without it).
    """
    controls = True  # whether the text may hold a character of CONTROL_CHARS
    if fix_mojibake:
        # one pass finds what the patterns below look for (a short text, such as a line of
        # an HTML page, is scanned by the patterns: the pass has a fixed cost)
        marks = _CHAR_TABLE.find(text) if len(text) >= _TABLE_MIN_CHARS else None
        # (before ftfy: it removes C0/C1 letters)
        fixed, found = repair_vietnamese(text, marks, spellings)
        if repairs is not None:
            repairs.extend(found)
        if fixed is not text:
            marks = None  # found in the text before the legacy repair
        text, before = _fix_text(fixed, marks), fixed
        controls = marks is None or text != before or bool(marks.at(CONTROL_CHARS))
    else:
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return place_tones(CONTROL_CHARS.sub("", text) if controls else text, vi_tone)
