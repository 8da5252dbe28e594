"""Reading times printed with an article's date, in text dumps: written to the pattern of a real
engineering blog post (byline, role, date, reading time, then the body)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines

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


@pytest.mark.parametrize(
    "reading_time",
    [
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
    ],
)
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
