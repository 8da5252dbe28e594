"""Words of the categories moved to the lexicon, in more of its languages: the counts of
comments and the lifetimes in a table of cookies (lines written to the pattern of real pages,
from real sentences of each language)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.consent import consent_panels
from cleanscrape.chrome.features import lexicon_categories, lexicon_category, line_features


@pytest.mark.parametrize(
    "line",
    [
        "5 commenti",  # Italian
        "12 reacties",  # Dutch
        "3 komentarze",  # Polish
        "14 komentářů",  # Czech
        "8 komentárov",  # Slovak
        "4 kommentarer",  # Swedish, Danish, Norwegian
        "12 kommenttia",  # Finnish
        "7 коментарів",  # Ukrainian
        "5 yorum",  # Turkish
    ],
)
def test_a_count_of_comments_in_these_languages_is_a_comments_heading(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "comments"


def _panels(texts: list[str]) -> set[int]:
    feats = line_features(texts)
    for ln, cat in zip(feats, lexicon_categories(feats), strict=True):
        ln.lexicon = cat
    return {feats[k].index for k in consent_panels(feats)}


_STORY = [
    "Het kabinet wil dat gemeenten sneller woningen bouwen en trekt daar de komende vier jaar "
    "extra geld voor uit, schrijft de minister in een brief aan de Tweede Kamer.",
    "Volgens de minister is het tekort aan woningen nog altijd groot, vooral in de steden en "
    "voor starters die hun eerste huis willen kopen.",
]


@pytest.mark.parametrize(
    "table",
    [
        [  # Dutch: the consent plugin's table, lifetimes in months and a year
            "cookielawinfo-checkbox-analytics 11 maanden Deze cookie wordt ingesteld door de "
            "GDPR Cookie Consent plugin om de toestemming van de gebruiker voor de cookies in "
            "de categorie „Analytics” op te slaan.",
            "cookielawinfo-checkbox-functional 11 maanden De cookie wordt ingesteld door de "
            "GDPR Cookie Consent plugin om de toestemming van de gebruiker voor de cookies in "
            "de categorie „Functioneel” vast te leggen.",
            "_ga 1 jaar 1 maand 4 dagen Google Analytics plaatst deze cookie om bezoekers-, "
            "sessie- en campagnegegevens te berekenen voor het analyserapport van de site.",
        ],
        [  # Polish: lifetimes in years, months and days
            "_ga 1 rok 1 miesiąc 4 dni Plik cookie _ga, instalowany przez Google Analytics, "
            "oblicza dane odwiedzających, sesji i kampanii na potrzeby raportów analitycznych.",
            "_gid 1 dzień Plik cookie _gid, instalowany przez Google Analytics, przechowuje "
            "informacje o tym, jak odwiedzający korzystają z witryny.",
            "cookielawinfo-checkbox-analytics 11 miesięcy Ten plik cookie jest ustawiany przez "
            "wtyczkę GDPR Cookie Consent w celu zapamiętania zgody użytkownika.",
        ],
        [  # Swedish: lifetimes in months and a year
            "_ga 2 år Cookien installeras av Google Analytics och används för att beräkna "
            "besökar-, sessions- och kampanjdata för webbplatsens analysrapport.",
            "_gid 1 dag Cookien installeras av Google Analytics för att lagra information om "
            "hur besökare använder webbplatsen.",
            "cookielawinfo-checkbox-analytics 11 månader Cookien sätts av GDPR Cookie Consent "
            "för att spara användarens samtycke för kakorna i kategorin Analys.",
        ],
    ],
)
def test_a_table_of_cookies_in_these_languages_is_a_consent_panel(table: list[str]) -> None:
    assert _panels([*_STORY, *table]) == set(range(len(_STORY), len(_STORY) + len(table)))
