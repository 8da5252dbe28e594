"""The head of the article in whole-page text dumps, written to the pattern of real pages: the
lines between the headline and the first paragraph of the body (datelines printed twice, the
headline printed again with its standfirst, a lede without its full stop) and what they say
about where the body starts."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import lexicon_category, line_features


def _blocks(lines: list[str]) -> list[str]:
    """Every line a block of its own, as text dumps of most pages give them."""
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


_SPORTS_MENU = ["Sign In", "Account", "Sign Out", "Tennis", "ATP", "ATP Odds", "WTA"]
_DAVIS_CUP = [
    "MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez "
    "completed the comeback in the decisive doubles match to give the hosts a 2-1 win over "
    "Russia in the inaugural Davis Cup Finals.",
    "Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the "
    "victory for Spain in a marathon series that ended close to 2 a.m. local time (0100 GMT) "
    "on Wednesday.",
    "The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series 1-1 after "
    "Rublev had rallied to beat Roberto Bautista-Agut 3-6, 6-3, 7-6 (0) in the first match.",
    '"It was a difficult situation for us," Lopez said. "We needed this win, otherwise we could '
    'be close to being out of the tournament. Now we are in a good position to advance."',
]


def test_a_dateline_printed_twice_is_no_card_and_the_lede_under_it_stays() -> None:
    # (a title written twice in a row is a card's title and image link, and the line under it
    # its teaser; a date written twice, as a sticky header prints it, is neither)
    lines = _blocks(
        [
            *_SPORTS_MENU,
            "Nadal keeps Spain alive against Russia in Davis Cup Finals",
            "Associated Press November 19, 2019, 9:02 AM",
            "Associated Press November 19, 2019, 9:02 AM",
            *_DAVIS_CUP,
            "Terms of Use",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _DAVIS_CUP
    assert result.metadata["published"] == "2019-11-19T09:02"


_TEACHING_MENU = ["Mediasite", "PebblePad", "Top Hat", "Additional Tools", "Help", "Home"]
_TEACHING_ONLINE = [
    "If you’re teaching online for the first time or looking to hone your skills, you might "
    "ask yourself: What’s different about teaching online?",
    "Online classes have the same rigor and expectations for students’ time and effort, and "
    "the same week-by-week teaching pace and regular interaction with students. You use many of "
    "the same evidence-based teaching strategies and frameworks, such as backward design, that "
    "you use in a physical classroom.",
    "On the other hand, online classes often require additional time to design and build before "
    "they’re taught, have different needs for communicating expectations and instructions, and "
    "introduce different ways of thinking about and estimating credit hours and seat time.",
    "Teaching effective online courses involves special considerations related to the course's "
    "format and administrative components, the technology you use, and your choice of "
    "appropriate teaching methods.",
]


def test_the_headline_printed_as_a_card_above_the_body_keeps_its_standfirst() -> None:
    # the headline twice (a link and an image link) and one sentence under it: the shape of a
    # card of another story, but right above the body, with no other card near it
    lines = _blocks(
        [
            *_TEACHING_MENU,
            "Teaching Topics",
            "Teaching Online: Effective Practices",
            "Teaching Online: Effective Practices",
            *_TEACHING_ONLINE,
            "Related Teaching Topics",
            "Carmen Common Sense: Best Practices",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _TEACHING_ONLINE
    assert result.metadata["title"] == "Teaching Online: Effective Practices"


def test_cards_of_other_stories_above_the_body_keep_their_teasers_out() -> None:
    # the same shape twice in a row is a list of cards, not the headline
    cards = [
        "Creating and Adapting Assignments for Online Courses",
        "Creating and Adapting Assignments for Online Courses",
        "Explore strategies for creating or adapting effective assignments for online courses.",
        "Online Instructor Presence",
        "Online Instructor Presence",
        "Learn how to be there for your online students, including strategies for communication, "
        "support, and feedback.",
    ]
    lines = _blocks([*_TEACHING_MENU, *cards, *_TEACHING_ONLINE[1:]])
    assert strip_lines(lines).lines == _TEACHING_ONLINE[1:]


_NEWS_MENU = ["Home", "About", "Advertisements", "Job Vacancies", "Contact"]
_KEEPER_LEDE = [
    "Chelsea have this morning paid the £71.6million fee to the Spanish league this morning to "
    "secure the world record signing of Athletic Bilbao keeper Kepa Arrizabalaga",
    "This has freed of the £38million move of Thibaut Courtois to Real Madrid",
]
_KEEPER_BODY = [
    "Kepa Arrizabalaga will undergo a medical at Stamford Bridge today ahead of making the move "
    "which will see him become the most expensive keeper in history.",
    "The 23-year-old flew to London yesterday evening and will spend the day completing the "
    "formalities of the deal, which Chelsea hope to announce later today.",
]
_KEEPER_TAIL = ["Tags:", "Latest News SPORT NEWS", "", "Facebook", "Twitter", ""]


def _keeper_page(head: list[str]) -> list[str]:
    """A blog page whose post holds its lines in one block, under the date, without blanks."""
    headline = "BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga"
    return [
        *_blocks([headline, *_NEWS_MENU, headline]),
        "LinkNaija August 08, 2018",
        *head,
        *_KEEPER_BODY,
        *_KEEPER_TAIL,
        *_blocks(["You may like these posts", "Post a Comment", "0 Comments"]),
    ]


def test_lede_lines_without_a_full_stop_in_the_body_s_first_block_are_kept() -> None:
    # (sentences without their full stop weigh as short lines: the region began below them)
    result = strip_lines(_keeper_page(_KEEPER_LEDE))
    assert result.lines == _KEEPER_LEDE + _KEEPER_BODY
    assert result.metadata["published"] == "2018-08-08"


def test_a_labelled_byline_in_the_body_s_first_block_is_not_a_lede() -> None:
    byline = (
        "By: Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the "
        "Moving Industry"
    )
    assert strip_lines(_keeper_page([byline])).lines == _KEEPER_BODY


def test_a_caption_ending_with_its_photographer_and_agency_is_no_standfirst() -> None:
    # (a sentence of ten words or more under the headline is kept as the standfirst; a photo
    # caption has the same shape, and its credit after a slash tells it apart)
    caption = (
        "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their "
        "Davis Cup tennis match in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)"
    )
    lines = _blocks(
        [
            *_SPORTS_MENU,
            "Nadal keeps Spain alive against Russia in Davis Cup Finals",
            caption,
            "Associated Press November 19, 2019, 9:02 AM",
            *_DAVIS_CUP,
            "Terms of Use",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _DAVIS_CUP
    assert ("credit", caption) in {(r.reason, r.line) for r in result.removed}


@pytest.mark.parametrize(
    "line",
    [
        "Fitness fanatics are over feeling burnt out. PixelVista / Getty Images",
        "Israeli Prime Minister Benjamin Netanyahu hailed a US announcement that it no longer "
        "considers settlements in the West Bank illegal. Jaafar ASHTIYEH / AFP",
    ],
)
def test_captions_credited_after_a_slash_are_credits(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
        "WeWork’s core business goals, said The We Company’s recently named executive chair "
        "Marcelo Claure in an email to staff that was reviewed by Reuters.",
    ],
)
def test_sentences_naming_an_agency_at_their_end_are_not_credits(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == ""


_LEGAL_AID_MENU = ["Breadcrumb", "Home", "About LSC", "What Is Legal Aid?"]
_LEGAL_AID_LEDE = (
    "LSC is an independent nonprofit established by Congress in 1974 to provide financial "
    "support for civil legal aid to low-income Americans. The Corporation currently provides "
    "funding to 130 independent nonprofit legal aid organizations in every state."
)
_LEGAL_AID_BODY = [
    "If you are looking for help with a civil legal problem, enter an address or city below to "
    "find an LSC-funded legal aid organization near you.",
    "You can also visit LawHelp.org to look up information about your legal questions and find "
    "free legal forms.",
    "Begin typing an address in the search box below, then select one of the suggested results. "
    "You can also click on the map.",
]


def test_a_standfirst_printed_twice_in_a_row_is_kept_once() -> None:
    # (a summary box and the lede: a line the page repeats is chrome, unless its two copies
    # follow one another under the headline)
    lines = _blocks(
        [
            *_LEGAL_AID_MENU,
            "I Need Legal Help",
            *_LEGAL_AID_MENU,
            "I Need Legal Help",
            "I Need Legal Help",
            _LEGAL_AID_LEDE,
            _LEGAL_AID_LEDE,
            *_LEGAL_AID_BODY,
            "Terms of Use",
        ]
    )
    assert strip_lines(lines).lines == [_LEGAL_AID_LEDE, *_LEGAL_AID_BODY]


def test_the_headline_printed_twice_is_not_kept_as_its_own_standfirst() -> None:
    headline = "Laptop vs. Desktop: How Many Watts Does a Computer Use?"
    body = [
        "Computers are part of our everyday routines, but how much energy do they actually use? "
        "Whether you’re streaming, designing, or just browsing, the difference between a laptop "
        "and a desktop’s power consumption can impact your electricity bill.",
        "The energy demands of laptops and desktops vary greatly. Laptops are optimized for "
        "efficiency, typically using 30 to 70 watts per hour, depending on screen brightness, "
        "active applications, and charging status.",
    ]
    lines = _blocks([f"{headline} | EcoFlow", "Home", "Blog", headline, headline, *body, "Store"])
    result = strip_lines(lines)
    assert result.lines == body
    assert result.metadata["title"] == headline


_CALENDAR = [
    "1a etapa: 10 de março – Interlagos",
    "2a etapa: 8 de abril – Curitiba / Alternativa",
    "3a etapa: 22 de abril – Velopark",
    "4a etapa: 06 de maio – Londrina",
    "5a etapa: 20 de maio – Santa Cruz do Sul",
    "6a etapa: 5 de agosto – Corrida do Milhão",
    "7a etapa: 19 de agosto – A ser divulgado",
    "8a etapa: 09 de setembro – Cascavel",
    "9a etapa: 23 de setembro – Velo Città",
    "10a etapa: 21 de outubro – Tarumã",
]
_COLUMNS = [
    "» Coluna de Adauto Silva",
    "Clique na foto do Adauto e veja as colunas sobre Formula 1, MotoGP e outras que ele "
    "escreve para o Autoracing!",
    "» Autoracing Power Ranking",
    "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da F1 no GP "
    "do Brasil e no Geral de 2019.",
    "» Loucos 2019 – Episódio 29",
    "Grande volta do Loucos por Automobilismo na 12ª temporada batendo aquele papo sobre tudo o "
    "que tem acontecido no mundo do esporte a motor, com seriedade e descontração!",
]


def test_a_body_that_is_a_list_under_the_headline_wins_over_a_sidebar_s_prose() -> None:
    # the page title goes on with the site's menu (a menu row): its first item is the headline;
    # under it a season's calendar, one shape a line, and no paragraph; the sidebar's teasers
    # further down are the page's only sentences
    lines = [
        *_blocks(
            [
                "Calendário Stock Car 2018 | Autoracing | F1 | Indy | MotoGP | StockCar",
                "Siga @adautoracing",
                "FÓRUM",
                "Calendário Stock Car 2018",
                "segunda-feira, 22 de janeiro de 2018 às 0:13",
                "Calendário da Stock Car 2018",
            ]
        ),
        *_CALENDAR,
        "",
        *_blocks(["Tags", "www.autoracing.com.br", *_COLUMNS, "Usuários Online"]),
    ]
    result = strip_lines(lines)
    assert result.lines[: len(_CALENDAR)] == _CALENDAR
    assert not set(_COLUMNS) & set(result.lines)
