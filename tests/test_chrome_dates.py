"""Datelines in the languages of the lexicons: month names written out, East Asian dates in
figures, "3 hours ago" and the word that opens an article's date line."""

from __future__ import annotations

import pytest

from cleanscrape import lexicon as lx
from cleanscrape.chrome.bylines import parse_published
from cleanscrape.chrome.features import is_dateline, line_features


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # lines of benchmark pages: the date under a Portuguese headline, a Japanese card
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22T20:13"),
        ("segunda-feira, 22 de janeiro de 2018 às 0:13", "2018-01-22T00:13"),
        ("2013年04月09日", "2013-04-09"),
        ("2016年08月03日", "2016-08-03"),
        # the date of a Korean outlet's footer, and a German byline with its date
        ("2012년 11월 06일", "2012-11-06"),
        ("Von Moritz Bachmann publiziert am 30. Juli 2018", "2018-07-30"),
        # English, as before
        ("Published March 5, 2024", "2024-03-05"),
        ("5 March 2024 | 10:42", "2024-03-05T10:42"),
    ],
)
def test_a_date_written_out_in_any_language_is_a_dateline(line: str, published: str) -> None:
    assert is_dateline(line)
    assert line_features([line])[0].dateline
    assert parse_published(line) == published


@pytest.mark.parametrize(
    "line",
    [
        # lines of the same pages that hold a date but say more: body text, list items
        "1a etapa: 10 de março – Interlagos",
        "* Calendário acima divulgado pela categoria em janeiro de 2018",
        "Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit "
        "dabei.",
        "29 November 2018 | 20 January 2019",
        "Novembro (113)",
    ],
)
def test_lines_that_hold_a_date_and_more_are_not_datelines(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        # "13 hours ago" of a benchmark page's cards, as each language writes it
        "13 hours ago",
        "vor 13 Stunden",
        "il y a 13 heures",
        "hace 13 horas",
        "há 13 horas",
        "13 ore fa",
        "13 jam yang lalu",
        "13 часов назад",
        "13時間前",
        "13小时前",
        "13시간 전",
    ],
)
def test_a_relative_time_is_a_dateline_in_every_language(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        # "Updated: 18 Nov 2019, 19:11" of a benchmark page with the date as each site writes it
        "Aktualisiert: 18.11.2019, 19:11",
        "Aggiornato: 18/11/2019, 19:11",
        "更新日時：2019/11/18 19:11",
        "发布时间：2019-11-18 19:11",
        "입력 2019.11.18 19:11",
    ],
)
def test_the_word_opening_a_date_line_in_every_language(line: str) -> None:
    assert is_dateline(line)


def test_a_version_number_is_not_a_date() -> None:
    # the year-first dates of East Asian sites are written with two-figure months and days
    assert is_dateline("2019.11.18")
    assert not is_dateline("PyCharm 2019.2.3")


def test_every_language_names_twelve_months_and_a_form_names_one_month() -> None:
    assert all(len(entries) == 12 for entries in lx.MONTHS.values())
    assert lx.MONTH_NUMBERS["outubro"] == lx.MONTH_NUMBERS["okt"] == 10
    assert lx.MONTH_NUMBERS["mai"] == lx.MONTH_NUMBERS["mei"] == 5


def test_the_month_pattern_matches_every_form_and_the_longest_first() -> None:
    import re

    whole = re.compile(rf"^{lx.MONTH_PATTERN}$", re.IGNORECASE)
    assert all(whole.match(form) for form in lx.MONTH_NUMBERS)
    assert not whole.match("ma") and not whole.match("marz")
    first = re.compile(lx.MONTH_PATTERN, re.IGNORECASE)
    for form in ("marzo", "März", "września", "października", "Kasım", "نوفمبر", "नवंबर"):
        m = first.match(form)
        assert m is not None and m.group(1) == form


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the Croatian October is the Czech and Polish November: the dateline's own words tell
        ("Objavljeno 15. listopada 2019. u 10:07", "2019-10-15T10:07"),
        ("Ažurirano 3. listopada 2019.", "2019-10-03"),
        ("Opublikowano 18 listopada 2019", "2019-11-18"),
        ("19 listopada 2019 o 10:07", "2019-11-19T10:07"),
        ("Aktualizováno 18. listopad 2019", "2019-11-18"),
        # words of no language, the month is not read (not a wrong date)
        ("18 listopada 2019", None),
    ],
)
def test_a_month_two_languages_read_apart_is_read_in_the_datelines_language(
    line: str, published: str | None
) -> None:
    assert is_dateline(line)
    assert parse_published(line) == published


def test_a_form_read_apart_is_in_the_month_pattern_but_not_in_month_numbers() -> None:
    assert dict(lx.MONTH_READINGS["listopada"]) == {"pl": 11, "hr": 10}
    assert "listopada" not in lx.MONTH_NUMBERS
    assert lx.MONTH_NUMBERS["listopadu"] == 11
    assert lx.month_in("listopada", "Objavljeno 15. listopada 2019.") == 10


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the half of a 12-hour clock after the time, in English and Spanish datelines
        ("Nov 18, 2019 at 4:07 PM CST", "2019-11-18T16:07"),
        ("Updated 12:05 a.m. ET Nov. 19, 2019", "2019-11-19T00:05"),
        ("Posted 12:30 p.m. ET Nov. 19, 2019", "2019-11-19T12:30"),
        ("Nov. 19, 2019, 10:07 am", "2019-11-19T10:07"),
        ("Publicado el 19 de noviembre de 2019 a las 6:18 p. m.", "2019-11-19T18:18"),
        # the half written before the time, in Korean, Chinese and Japanese datelines
        ("입력 2020.03.12 오후 3:20", "2020-03-12T15:20"),
        ("2013年04月09日 下午3:20", "2013-04-09T15:20"),
        ("2013年04月09日 上午12:05", "2013-04-09T00:05"),
        ("2019年11月19日 午後6:18", "2019-11-19T18:18"),
        ("입력 2020.03.12 14:30", "2020-03-12T14:30"),
        # a time glued to a CJK date's last sign, and ISO's (its minutes and seconds no time)
        ("2013年04月09日15:20", "2013-04-09T15:20"),
        ("2019-11-19T10:07:00", "2019-11-19T10:07"),
        # German "am" before a day written with its full stop is a preposition, no clock half
        ("Aktualisiert 12:07 am 3. Mai 2019", "2019-05-03T12:07"),
        ("19.11.2019 18:30 Uhr", "2019-11-19T18:30"),
    ],
)
def test_a_12_hour_clock_is_read_on_24_hours(line: str, published: str) -> None:
    assert parse_published(line) == published


def test_the_clock_halves_are_time_suffixes_of_their_language() -> None:
    for halves in (lx.MORNING_SUFFIXES, lx.AFTERNOON_SUFFIXES):
        assert halves
        for code, words in halves.items():
            assert set(words) <= set(lx.TIME_SUFFIXES[code]), code
    # the halves written before the time: each language that has one has both
    assert lx.MORNING_PREFIXES.keys() == lx.AFTERNOON_PREFIXES.keys() != set()
