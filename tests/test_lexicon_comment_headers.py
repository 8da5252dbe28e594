"""The words of comment headers and of datelines read from the lexicon: the verbs after a
commenter's name ("Jana píše:"), the actions beside "Reply" and the words joining a date to its
time ("18. 11. 2019. u 10:07"), in the newer languages as in the older; a Croatian news page
with its readers' comments, written to the pattern of a real one."""

from __future__ import annotations

import ast
from types import ModuleType

import pytest

from cleanscrape.chrome import features, strip_lines, threads
from cleanscrape.chrome.features import is_dateline, lexicon_category, line_features
from cleanscrape.html import dates as html_dates
from cleanscrape.html.dates import is_stamp
from cleanscrape.lexicon.folding import fold

from .source_words import module_tree, string_words


def _definitions(module: ModuleType, names: set[str]) -> list[ast.AST]:
    """The module-level functions and assignments of ``module`` that define ``names``."""

    def defines(node: ast.stmt) -> bool:
        if isinstance(node, ast.FunctionDef):
            return node.name in names
        return isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in names for t in node.targets
        )

    return [node for node in module_tree(module).body if defines(node)]


def test_the_thread_rules_hold_no_language_words() -> None:
    """Every word of :mod:`threads` is read from the lexicon: its own strings are regex syntax,
    the hour mark of "10h30" and the names of the tags it reads."""
    words = string_words(module_tree(threads))
    tags = {"comments", "timestamp", "dateline", "teaser", "related", "card"}
    assert words - {"h", *tags} == set()


def test_the_dateline_and_comment_header_patterns_hold_no_language_words() -> None:
    """The dateline's pattern, its time of day and the comment header's verb hold no words of
    their own: the zone names, a character range and the hour mark of "10h30" only."""
    names = {"_dateline", "_DATE_TIME_WORD", "_TIME", "_COMMENT_VERB"}
    nodes = _definitions(features, names)
    assert len(nodes) == len(names)
    words = set().union(*map(string_words, nodes))
    assert words - {"GMT", "UTC", "A", "Z", "h"} == set()


@pytest.mark.parametrize(
    "line",
    [
        "Jana Nováková píše:",  # Czech
        "Marko Horvat kaže:",  # Croatian
        "Anna Kowalska napisała:",  # Polish
        "Erik skriver:",  # Swedish, Danish, Norwegian
        "Γιώργος έγραψε:",  # Greek
        "Sheri says:",
        "Hans schreibt:",
    ],
)
def test_a_comment_header_in_every_language_is_a_comments_heading(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "comments"


@pytest.mark.parametrize(
    "line",
    [
        "Ministr ve svém dopise píše:",
        "As Joel writes:",
    ],
)
def test_a_sentence_that_introduces_a_quote_is_still_no_comment_header(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == ""


@pytest.mark.parametrize(
    "line",
    [
        "18. 11. 2019. u 10:07",  # Croatian: the year's dot, then "u"
        "Objavljeno: 18.11.2019. u 10:07",
        "18. 11. 2019 v 10:07",  # Czech
        "19 listopada 2019 o 10:07",  # Polish
        "18.11.2019 kl. 10:07",  # Danish, Norwegian
        "18.11.2019 klo 10:07",  # Finnish
        "19 noiembrie 2019, ora 10:07",  # Romanian
        "19 Kasım 2019 saat 10:07",  # Turkish
        "19 Νοεμβρίου 2019 στις 10:07",  # Greek
        "19 november 2019 om 10:07",  # Dutch
        "Nov 19, 2019 at 10:07 pm",
        "19. November 2019 um 10:07 Uhr",
        "Nov 19, 2019 at 10:07 p.m.",
        "18. 11. 2019 v 10:07 hod.",  # Czech, Slovak
        "19/11/2019 10:07 hs",  # Spanish, Portuguese
        "21/10/2019 10:07 SA",  # Vietnamese
    ],
)
def test_a_date_joined_to_its_time_in_every_language_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


_TITLE = "Zagreb dobiva novu tramvajsku liniju do Sesveta"
_BODY = [
    "Gradska skupština u ponedjeljak je usvojila plan izgradnje nove tramvajske pruge koja bi "
    "istočne dijelove grada trebala povezati sa središtem za manje od pola sata vožnje.",
    "Radovi bi trebali započeti iduće godine, a prema procjenama gradskih službi cijeli projekt "
    "stajat će oko 400 milijuna kuna, od čega bi veći dio trebao biti pokriven europskim novcem.",
    "Stanovnici Sesveta godinama upozoravaju da su autobusne linije prenapučene, osobito u "
    "jutarnjim satima, kada se putovanje do centra grada zna otegnuti i na više od sat vremena.",
    "U gradskom uredu za promet kažu da će nova linija prometovati svakih deset minuta, a na "
    "krajnjoj stanici bit će uređeno parkiralište za one koji do tramvaja dolaze automobilom.",
]
_THREAD = [
    "Ivana K.",
    "18. 11. 2019. u 10:42",
    "Konačno! Svaki dan putujem na posao autobusom i gubim gotovo dva sata u prometu, nadam se "
    "da ovo neće ostati samo na papiru kao toliko puta dosad.",
    "Tomislav",
    "18. 11. 2019. u 11:05",
    "Lijepo zvuči, ali sjetimo se koliko je trajala gradnja one pruge prema Dubravi. Vjerujem "
    "kad vidim prve tračnice.",
    "Marko_ZG",
    "18. 11. 2019. u 12:31",
    "Zašto se ne spominje nova garaža za tramvaje? Bez nje neće biti dovoljno vozila za još "
    "jednu liniju, a o tome nitko ne govori.",
]


def test_a_croatian_date_with_its_time_is_the_dateline_not_the_title() -> None:
    # "18. 11. 2019. u 10:07": the year ends with its dot and "u" joins the time; read as no
    # date, the line under the headline was taken for the title, the headline for a menu and
    # the comments for cards
    lines = ["Naslovnica", "Vijesti", "Sport", "Lifestyle", "", _TITLE, "", "18. 11. 2019. u 10:07"]
    for para in [*_BODY, *_THREAD]:
        lines += ["", para]
    lines += ["", "Najčitanije", "Pravila privatnosti"]
    r = strip_lines(lines)
    assert r.lines == _BODY
    assert r.metadata["title"] == _TITLE
    assert r.metadata["published"] == "2019-11-18T10:07"
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons["18. 11. 2019. u 10:07"] == "dateline"
    # ... and the readers' comments under it a thread: each a name over such a date
    assert reasons["Ivana K."] == reasons["18. 11. 2019. u 12:31"] == "comments"


@pytest.mark.parametrize(
    "line", ["Like Reply", "3 Like Reply", "Thích Trả lời", "Antworten Melden", "Citer Répondre"]
)
def test_the_actions_beside_reply_are_read_from_the_lexicon(line: str) -> None:
    assert threads._reply_line(fold(line))


def test_the_date_stamp_lead_holds_no_language_words() -> None:
    """The word between a stamp word and its date is read from the lexicon."""
    nodes = _definitions(html_dates, {"_STAMP_LEAD"})
    assert len(nodes) == 1
    assert string_words(nodes[0]) == set()


def test_the_dated_comment_header_holds_no_language_words() -> None:
    """... nor does the header of a comment with its date: the hour mark of "10h30" only."""
    nodes = _definitions(features, {"_COMMENT_DATED"})
    assert len(nodes) == 1
    assert string_words(nodes[0]) <= {"h"}


@pytest.mark.parametrize(
    "line",
    [
        "Jana Nováková dne 18. 11. 2019 v 10:07 napsala:",  # Czech
        "Anna Kowalska dnia 19.11.2019 o 10:07 napisała:",  # Polish
        "Pieter op 19 november 2019 om 10:07 schreef:",  # Dutch
        "Milan Grey on September 12, 2018 at 4:47 pm said:",
    ],
)
def test_a_comment_header_with_its_date_in_every_language_is_a_comments_heading(
    line: str,
) -> None:
    assert lexicon_category(line_features([line])[0]) == "comments"


@pytest.mark.parametrize(
    "line",
    [
        "Aktualizováno dne 18. 11. 2019 v 10:07",  # Czech
        "Bijgewerkt op 19 november 2019 om 10:07",  # Dutch
        "Päivitetty klo 10:07",  # Finnish
        "Opdateret kl. 10:07",  # Danish
        "Updated at 1:23 p.m.",
        "Aktualisiert am 3. Mai 2019 um 10:12 Uhr",
    ],
)
def test_a_date_stamp_in_every_language_is_a_stamp(line: str) -> None:
    assert is_stamp(line)
