"""Bylines, source lines and datelines: metadata that is moved out of the article body."""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon.folding import fold
from .features import Line, opens_with_capital

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĐĂÂÊÔƠƯА-ЯЁ][a-zß-öø-ÿĀ-žƀ-ɏḀ-ỿа-яё'’.\-]*"
#: A name compiled by the outlet: the marks in brackets after it (:data:`lexicon.COMPILED_MARKS`:
#: "(t/h)", "(tổng hợp)") or the words before its sources (:data:`lexicon.COMPILED_FROM`:
#: "(theo AFP)").
_COMPILED_MARK = lx.written_pattern(lx.COMPILED_MARKS)
_COMPILED_FROM = lx.written_pattern(lx.COMPILED_FROM)
_NAME = re.compile(
    rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})"
    rf"\s*(?:\((?:{_COMPILED_MARK}|{_COMPILED_FROM} [^)]{{1,40}})\))?$"
)
_NAME_COMPILED = re.compile(
    rf"^(.{{2,60}}?)\s*\((?:{_COMPILED_MARK}|{_COMPILED_FROM} [^)]{{1,40}})\)$"
)
#: The words before the colon of a source line (:data:`lexicon.SOURCE_PREFIXES`, and their
#: forms as written, :data:`lexicon.SOURCE_LABELS`: "Nguồn: nhandan.vn", "Source: Reuters"),
#: the longest first, words of one length in alphabetical order (one pattern in every run).
_SOURCE_WORDS = lx.longest_first(lx.phrases(lx.SOURCE_PREFIXES) | lx.phrases(lx.SOURCE_LABELS))
_SOURCE = re.compile(
    r"^\(?(?:" + "|".join(re.escape(w) for w in _SOURCE_WORDS) + r")"
    r"(?:\s+[^:\s]{1,20})?\s*:\s*(.{2,120}?)\)?\.?$",
    re.IGNORECASE,
)
#: The words that open a "Theo ..." source line (:data:`lexicon.SOURCE_LEADS`; a line is tried
#: only when it opens with one).
_THEO_WORDS = tuple(lx.longest_first(lx.phrases(lx.SOURCE_LEADS)))
_THEO = re.compile(rf"^(?:{'|'.join(_THEO_WORDS)})\s+([A-ZĐÀ-Ỹ0-9][^.!?]{{1,60}})\.?$")
#: The words that open a byline (:data:`lexicon.BYLINE_PREFIXES`), in the order of
#: :data:`_SOURCE_WORDS`.
_BYLINE_WORDS = lx.longest_first(lx.phrases(lx.BYLINE_PREFIXES))
_BYLINE = re.compile(
    r"^(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _BYLINE_WORDS)
    + r")\s*[:\-–]?\s+(.{2,80})$",
    re.IGNORECASE,
)
_BYLINE_FOLDED_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(fold(w)) for w in _BYLINE_WORDS) + r")\b"
)
#: A byline's label printed alone ("Posted By", "Written by"): capitalised like a name, no name.
_BYLINE_LABELS = frozenset(fold(w) for w in _BYLINE_WORDS)

_DMY = re.compile(r"\b(\d{1,2})(?:[/.\-]|\.\s)(\d{1,2})(?:[/.\-]|\.\s)(\d{4})\b")
#: The year first: ISO ("2020-03-12") and Korean and Chinese sites ("2020.03.12", "2020. 3. 12.").
_YMD = re.compile(r"\b(\d{4})(?:-(\d{2})-(\d{2})|\.(\d{2})\.(\d{2})|\.\s(\d{1,2})\.\s(\d{1,2})\.)")
#: A time of day with the half of a 12-hour clock before it (:data:`lexicon.MORNING_PREFIXES`,
#: :data:`lexicon.AFTERNOON_PREFIXES`: "오후 3:20", "下午3:20") or after it
#: (:data:`lexicon.MORNING_SUFFIXES`, :data:`lexicon.AFTERNOON_SUFFIXES`: "6:18 p.m."), unless
#: a day written with a full stop follows the word, as it does German's "am" ("10:07 am 3.
#: Mai"). The hour follows no figure, colon or Latin letter but ISO's "T" ("...T10:07:00",
#: whose minutes and seconds are no time), and may follow a CJK date's last sign
#: ("2013年04月09日15:20"). Groups: the half before, the hour, the minutes, the half after (one
#: group a half).
_HM = re.compile(
    rf"(?:(?:({lx.MORNING_PREFIX_PATTERN})|({lx.AFTERNOON_PREFIX_PATTERN}))\s*"
    r"|(?-i:(?<![0-9A-SU-Za-z:])))"
    r"(\d{1,2})[:h](\d{2})\b(?:\s*(?:"
    rf"({lx.MORNING_SUFFIX_PATTERN})|({lx.AFTERNOON_SUFFIX_PATTERN}))(?!\w)(?!\s*\d{{1,2}}\.))?",
    re.IGNORECASE,
)
#: Dates written out, a month's name (:data:`lexicon.MONTH_NUMBERS`) before the day ("Nov 19,
#: 2019") or after it ("19 November 2019", "30. Juli 2018", "22 de outubro de 2010"), or in
#: Chinese, Japanese and Korean figures ("2013年04月09日", "2012년 11월 06일").
_TEXT_DATE = re.compile(
    rf"(?<!\w)(?:{lx.MONTH_PATTERN}\.?\s+(\d{{1,2}}),?\s+(\d{{4}})"
    rf"|(\d{{1,2}})\.?\s+(?:{lx.DATE_JOIN_PATTERN}\s+)?{lx.MONTH_PATTERN}\.?\s+"
    rf"(?:{lx.DATE_JOIN_PATTERN}\s+)?(\d{{4}}))\b",
    re.IGNORECASE,
)
#: ... or with the year first: "2019. november 18." (Hungarian), "2019 m. lapkričio 18 d."
#: (Lithuanian).
_YEAR_FIRST_TEXT_DATE = re.compile(
    rf"(?<!\d)(\d{{4}})\.?\s+(?:{lx.YEAR_WORD_PATTERN}\s+)?{lx.MONTH_PATTERN}\.?\s+(\d{{1,2}})\b",
    re.IGNORECASE,
)
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")


def source_of(line: Line) -> str | None:
    """``"nhandan.vn"`` for "Nguồn: nhandan.vn", ``"Báo Nhân dân"`` for "Theo Báo Nhân dân"."""
    if line.words > 16:
        return None
    text = line.text
    # (a source line holds a colon; "Theo ..." opens with its word: each pattern runs only on
    # a line that has what it needs, most short lines of a page have neither)
    m = _SOURCE.match(text) if ":" in text else None
    if m:
        return m.group(1).strip()
    if line.words <= 7 and text.startswith(_THEO_WORDS):
        m = _THEO.match(text)
        if m and "," not in m.group(1):
            return m.group(1).strip()
    return None


def byline_of(line: Line, *, names: bool) -> str | None:
    """The author named by a byline ("By Jane Doe", "Tác giả: An Nhi", "An Nhi (t/h)").

    With ``names`` a bare name line ("Thành Châu", two to five capitalised words) counts too;
    use it only where a byline is expected (next to the title, right after the body).
    """
    if line.words > 12 or (line.terminal and not line.text.endswith(")")):
        return None
    # (a compiled name ends with its bracket: the pattern's lazy start is tried only then)
    m = _NAME_COMPILED.match(line.text) if line.text.endswith(")") else None
    if m:
        return m.group(1).strip(" -–,")
    if _BYLINE_FOLDED_PREFIX.match(line.key):
        m = _BYLINE.match(line.text)
        if m and opens_with_capital(m.group(1)):
            return m.group(1).strip(" -–,")
    if names and line.words <= 5 and line.key not in _BYLINE_LABELS:
        m = _NAME.match(line.text)
        if m:
            return m.group(1).strip()
    return None


def _text_date(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a date written out with a month's name, else ``None``."""
    t = _TEXT_DATE.search(text)
    if t:
        if t.group(1):
            name, day, year = t.group(1), t.group(2), t.group(3)
        else:
            name, day, year = t.group(5), t.group(4), t.group(6)
    else:
        y = _YEAR_FIRST_TEXT_DATE.search(text)
        if y is None:
            return None
        year, name, day = y.groups()
    mon = lx.month_in(name.lower(), text)
    return (int(year), mon, int(day)) if mon else None


def parse_published(text: str) -> str | None:
    """ISO date (``YYYY-MM-DD``, with ``THH:MM`` when a time is given) found in a dateline."""
    date: tuple[int, int, int] | None = None
    m = _YMD.search(text) or _CJK_DATE.search(text)
    if m:
        year, month, day = (g for g in m.groups() if g is not None)
        date = (int(year), int(month), int(day))
    else:
        m = _DMY.search(text)
        date = (int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else _text_date(text)
    if date is None or not (1 <= date[1] <= 12 and 1 <= date[2] <= 31):
        return None
    iso = f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}"
    hm = _HM.search(text)
    if hm and int(hm.group(3)) < 24 and int(hm.group(4)) < 60:
        # (both figures written in ASCII: a time may be in a script's own digits, "১০:০৭")
        hour = _hour(int(hm.group(3)), hm.group(1) or hm.group(5), hm.group(2) or hm.group(6))
        iso += f"T{hour:02d}:{int(hm.group(4)):02d}"
    return iso


def _hour(hour: int, morning: str | None, afternoon: str | None) -> int:
    """The hour of a 24-hour clock of ``hour`` read with the half of a 12-hour clock written
    before or after it: "12:05 am" is 0, "6:18 pm" and "오후 6:18" are 18, "12:30 pm" 12; an
    hour past 12 stays."""
    if morning and hour == 12:
        return 0
    if afternoon and hour < 12:
        return hour + 12
    return hour
