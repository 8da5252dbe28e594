"""Reading times printed with an article's date ("12 min read", "Dec 19, 2025 · 6 min read",
"5 Min. Lesezeit", "Đọc trong 5 phút", "5 分钟阅读"): page furniture, like the dateline they
go with, in the languages the lexicons cover. A line that is one, alone or after a date, is a
dateline (``Line.dateline``, :func:`cleanscrape.chrome.features.line_features`).
"""

from __future__ import annotations

import re

from . import lexicon as lx

_NUM = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
_MIN_WORDS = (
    r"min|mins|minutes?|minuten|minutos?|minuti|menit|мин|минуты?|минут|minut[ay]?|dk|dakika|"
    r"λεπτά|λεπτό|دقائق|دقيقة|دقيقتان|मिनट|นาที"
)
_MIN = rf"(?:{_MIN_WORDS})\.?"
#: The units, words and labels of reading times the lexicon's modules give
#: (:data:`lexicon.READING_MINUTES`, ...): "5 min čtení", "Lesetid: 5 min".
_LX_MIN = rf"(?:{lx.trie_pattern(lx.phrases(lx.READING_MINUTES))}|{_MIN_WORDS})\.?"
_LX_AFTER = lx.trie_pattern(lx.phrases(lx.READING_AFTER))
_LX_LABELS = lx.trie_pattern(lx.phrases(lx.READING_LABELS))
#: A reading time: the figure before or after the word for reading, per language.
_READ = "|".join(
    (
        # English: "5 min read", "5 minute read", "21 Minutes to Read", "4 min read time"
        rf"{_NUM}\s*{_MIN}\s*(?:to\s+)?read(?:ing)?(?:\s+time)?",
        # "Reading time: 7 minutes", "Estimated reading time: 11 minutes", "Read time 5 min"
        rf"(?:estimated\s+)?(?:reading|read)\s+time\s*[:：]?\s*(?:about\s+|~\s*)?{_NUM}\s*{_MIN}",
        # German, French, Spanish, Portuguese, Italian, Indonesian, Russian
        rf"{_NUM}\s*{_MIN}\s*(?:de\s+|di\s+)?(?:lesezeit|lesedauer|lecture|lectura|leitura|"
        r"lettura|baca|membaca|чтения|на чтение)",
        r"(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|"
        r"tempo di lettura|waktu baca|время чтения)"
        rf"\s*[:：]?\s*(?:ca\.\s*|env\.\s*|около\s+)?{_NUM}\s*{_MIN}",
        # Dutch, Polish, Turkish, Greek, Arabic, Hindi, Thai
        rf"{_NUM}\s*{_MIN}\s*(?:leestijd|czytania|okuma(?:\s+süresi)?|ανάγνωσης|للقراءة|قراءة"
        r"|में\s+पढ़ें|पढ़ें)",
        r"(?:leestijd|czas\s+czytania|okuma\s+süresi|χρόνος\s+ανάγνωσης|وقت\s+القراءة|مدة\s+القراءة"
        r"|पढ़ने\s+का\s+समय|เวลาอ่าน|อ่าน)"
        rf"\s*[:：]?\s*(?:ca\.\s*|ok\.\s*|około\s+|حوالي\s+|ประมาณ\s*)?{_NUM}\s*{_MIN}",
        # the languages of the lexicon's modules
        rf"{_NUM}\s*{_LX_MIN}\s*(?:{_LX_AFTER})",
        rf"(?:{_LX_LABELS})\s*[:：]?\s*(?:ca\.\s*|cca\.?\s*|n\.\s*)?{_NUM}\s*{_LX_MIN}",
        # Vietnamese
        rf"(?:đọc trong|thời gian đọc\s*[:：]?)\s*{_NUM}\s*phút",
        rf"{_NUM}\s*phút\s*đọc",
        # Chinese, Japanese, Korean
        rf"(?:约|約)?\s*{_NUM}\s*(?:分钟|分鐘)\s*(?:阅读|閱讀)",
        rf"(?:阅读时间|閱讀時間|预计阅读|預計閱讀|読了時間)\s*[:：]?\s*(?:约|約)?\s*{_NUM}\s*(?:分钟|分鐘|分)",
        rf"(?:約)?\s*{_NUM}\s*分で読めます",
        rf"(?:읽는\s*시간|읽기\s*시간)\s*[:：]?\s*(?:약\s*)?{_NUM}\s*분",
        rf"{_NUM}\s*분\s*(?:읽기|분량)",
    )
)
#: The same as a pattern's text, one group (dated cards find it on a line with a year).
READ_TIME = rf"(?:{_READ})"
#: A line that is a reading time, after a date or alone (separators and marks around it).
_LINE = re.compile(rf"^(?P<date>.*?)[\s·•|/\-–—⋅・]*{READ_TIME}[\s\W]*$", re.IGNORECASE)
_ANYWHERE = re.compile(READ_TIME, re.IGNORECASE)
#: What every reading time holds: a unit of minutes after a figure ("5 min", "5分", "5 นาที").
#: (the lexicon's units as whole words: "perc" is a Hungarian unit, "percent" is none)
_HINT = re.compile(
    r"\d\s*(?:min|phút|分|분|мин|menit|dk|dakika|λεπτ|دق|मिनट|นาที|"
    rf"(?:{lx.trie_pattern(lx.phrases(lx.READING_MINUTES))})(?![^\W\d_]))",
    re.IGNORECASE,
)


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
