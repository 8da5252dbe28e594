"""Reading times printed with an article's date, in text dumps: written to the pattern of a real
engineering blog post (byline, role, date, reading time, then the body)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.reading_time import READ_TIME, has_reading_time, minutes_hint

from .source_words import module_tree, string_words

_MENU = ["Product", "Customers", "Pricing", "Blog", "Careers", "Log in"]
_TITLE = "Scaling Go Testing with Contract and Scenario Mocks"
_BODY = [
    'Browsing the /r/golang subreddit, you might get the impression that "mock" is a dirty word.',
    "I was recently reading a thread on testing strategies and was surprised by the intensity "
    "of the anti-mock sentiment.",
    "At FunnelStory, we see it differently. We’ve learned to love mocks, not as a shortcut, but "
    "as the only way to meaningfully build and maintain a complex system.",
    "We couldn't reliably test what happens when an API sends a 429 Rate Limit, or when a "
    "workflow needs to pause for exactly 24 hours.",
    "This reality drove us to define a new goal: 100% meaningful coverage.",
]


def _page(reading_time: str) -> list[str]:
    return [*_MENU, _TITLE, "By Preetam Jinka", "Dec 17, 2025", reading_time, *_BODY]


_READING_TIMES = [
    "6 min read",
    "3 MIN. READ",
    "Dec 17, 2025 · 6 min read",
    "23.07.2025 · 6 min read",
    "Reading time: 7 minutes",
    "Estimated reading time: 11 minutes",
    "21 Minutes to Read",
    "5 Min. Lesezeit",
    "Lesezeit: 4 Minuten",
    "5 min de lecture",
    "Tiempo de lectura: 6 minutos",
    "4 min de leitura",
    "3 minuti di lettura",
    "5 menit baca",
    "7 минут чтения",
    "Đọc trong 5 phút",
    "5 分钟阅读",
    "読了時間：約5分",
    "읽는 시간 5분",
]


@pytest.mark.parametrize("reading_time", _READING_TIMES)
def test_a_reading_time_above_the_body_is_not_body(reading_time: str) -> None:
    # the line sits between the date and the first paragraph, inside the prose region
    r = strip_lines(_page(reading_time))
    assert r.lines == _BODY
    assert {x.line: x.reason for x in r.removed}[reading_time] == "dateline"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bake for another 30 minutes.",
        "Allow 10 minutes to read the instructions before you start the engine.",
        "Reading time matters: most readers leave a page within 15 minutes.",
    ],
)
def test_sentences_about_minutes_stay_in_the_body(sentence: str) -> None:
    body = [*_BODY[:3], sentence, *_BODY[3:]]
    r = strip_lines([*_MENU, _TITLE, "By Preetam Jinka", "Dec 17, 2025", *body])
    assert r.lines == body


def test_the_quick_test_agrees_with_the_pattern(seed_paths: list[Path]) -> None:
    """``has_reading_time`` tries the pattern only where a figure is followed by a unit of
    minutes: the same answer as the pattern on every reading time above (alone and inside a
    line), on every line of the seeds and on lines with a figure and "min" that hold none."""
    pattern = re.compile(READ_TIME, re.IGNORECASE)
    lines = [ln for p in seed_paths for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += _READING_TIMES + [f"Posted by Jane Roe — {t}" for t in _READING_TIMES]
    lines += ["Fry for 5 minutes, then read the label.", "Mindestens 5 Min. warten"]
    assert [has_reading_time(x) for x in lines] == [bool(pattern.search(x)) for x in lines]
    assert sum(map(has_reading_time, lines)) == 2 * len(_READING_TIMES)


def test_the_minutes_hint_lets_every_reading_time_through(seed_paths: list[Path]) -> None:
    """Dated cards try their reading-time pattern (with a word boundary after it) only on a
    line holding a figure and a unit of minutes: every line the pattern finds has one, and most
    lines of the seeds have none (the hint rules them out)."""
    pattern = re.compile(READ_TIME + r"\b", re.IGNORECASE)
    lines = [ln for p in seed_paths for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += _READING_TIMES + [f"Mar 3, 2026 {t}" for t in _READING_TIMES]
    found = [x for x in lines if pattern.search(x)]
    assert len(found) >= 2 * len(_READING_TIMES)
    assert all(minutes_hint(x) for x in found)
    assert sum(map(minutes_hint, lines)) < len(lines) // 4


def test_the_reading_time_patterns_hold_no_language_words() -> None:
    """The words of reading times live in the lexicon's language modules: the module's own
    patterns are regex syntax only (escapes like ``\\d``, ``\\s``) and the names of groups."""
    from cleanscrape.chrome import reading_time

    words = string_words(module_tree(reading_time))
    assert words - set(reading_time._LINE.groupindex) == set()


@pytest.mark.parametrize(
    "line",
    [
        "7 min read",
        "Reading time: about 11 minutes",
        "5 Min. Lesezeit",
        "Tempo di lettura: 4 minuti",
        "Czas czytania: ok. 6 minut",
        "3 dk okuma",
        "Đọc trong 5 phút",
        "読了時間：約5分",
        "읽는 시간 3분",
        "เวลาอ่าน 4 นาที",
        "Doba čtení: cca 4 min",
        "Lesetid: ca. 5 min",
    ],
)
def test_every_language_reads_its_reading_time_from_the_lexicon(line: str) -> None:
    """A reading time alone on its line, in the older languages and the newer, is one."""
    from cleanscrape.chrome.reading_time import reading_time_prefix

    assert reading_time_prefix(line) == ""
    assert has_reading_time(line)
