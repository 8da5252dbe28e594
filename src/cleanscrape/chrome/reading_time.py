"""Reading times printed with an article's date ("12 min read", "Dec 19, 2025 · 6 min read",
"5 Min. Lesezeit", "Đọc trong 5 phút", "5 分钟阅读"): page furniture, like the dateline they
go with, in the languages the lexicons cover. A line that is one, alone or after a date, is a
dateline (``Line.dateline``, :func:`cleanscrape.chrome.features.line_features`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import lexicon as lx

_NUM = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"


def _words(table: Mapping[str, tuple[str, ...]]) -> str:
    """A pattern (no group of its own) for the words of one category of the lexicon, every
    language, a space in a word standing for any run of spaces ("czas  czytania")."""
    return lx.trie_pattern(lx.phrases(table)).replace("\\ ", r"\s+")


#: The units of minutes ("min", "Minuten", "phút", "分钟"), every language, an abbreviation's
#: stop aside.
_UNITS = _words(lx.READING_MINUTES)
_MIN = rf"(?:{_UNITS})\.?"
#: A reading time, per the lexicon (:data:`lexicon.READING_MINUTES`, ...): the figure and unit
#: before the words for reading ("5 min read", "5 Min. Lesezeit", "5 分钟阅读"), or a label
#: before them ("Reading time: about 5 minutes", "Lesetid: ca. 5 min", "読了時間：約5分").
_READ = "|".join(
    (
        rf"{_NUM}\s*{_MIN}\s*(?:{_words(lx.READING_AFTER)})",
        rf"(?:{_words(lx.READING_LABELS)})\s*[:：]?\s*(?:(?:{_words(lx.READING_ABOUT)})\s*)?"
        rf"{_NUM}\s*{_MIN}",
    )
)
#: The same as a pattern's text, one group (dated cards find it on a line with a year).
READ_TIME = rf"(?:{_READ})"
#: A line that is a reading time, after a date or alone (separators and marks around it).
_LINE = re.compile(rf"^(?P<date>.*?)[\s·•|/\-–—⋅・]*{READ_TIME}[\s\W]*$", re.IGNORECASE)
_ANYWHERE = re.compile(READ_TIME, re.IGNORECASE)
#: What every reading time holds: a unit of minutes after a figure ("5 min", "5分", "5 นาที").
_HINT = re.compile(rf"\d\s*(?:{_UNITS})", re.IGNORECASE)


def reading_time_prefix(text: str) -> str | None:
    """What comes before the reading time when ``text`` ends with one (``""`` when the line
    is only the reading time), else ``None``: the caller decides whether that part is a date
    ("Dec 19, 2025 · 6 min read")."""
    if not _HINT.search(text):
        return None
    m = _LINE.match(text)
    return m.group("date").strip(" -–—·•|/⋅・") if m is not None else None


def has_reading_time(text: str) -> bool:
    """Whether ``text`` holds a reading time anywhere (the pattern is tried only where a
    figure is followed by a unit of minutes, which every reading time holds)."""
    return _HINT.search(text) is not None and _ANYWHERE.search(text) is not None


def minutes_hint(text: str) -> bool:
    """Whether ``text`` holds a figure followed by a unit of minutes, which every reading time
    holds: a cheap test before a pattern built on :data:`READ_TIME`."""
    return _HINT.search(text) is not None
