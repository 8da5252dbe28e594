"""The story's credit line after it: its reporters, editors or contributors (lines of real
pages: a wire story's end and its credit line, and body sentences with the same words)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.story_credits import CREDIT_LINE

_STORY = [
    "Former National Security Council official Timothy Morrison told investigators that he "
    "witnessed a key September conversation in Warsaw between Sondland and a top aide to "
    "Zelenskiy. Afterward, Sondland said he had relayed to the Ukrainian that U.S. aid might be "
    "freed if the country would announce the investigations, Morrison testified.",
    "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of "
    "the July 10 meeting to say Sondland did, in fact, discuss investigations with the visiting "
    "Ukrainians.",
    "“I think all of us thought it was inappropriate; the conversation did not continue and the "
    "meeting concluded,” Volker said.",
    "A series of text messages Volker provided to lawmakers showed conversations between him, "
    "Sondland and other leaders in which they discussed a need for Ukraine to launch "
    "investigations, including into Burisma.",
    "Volker said meeting with Giuliani was just part of the dialogue, and he had one in-person "
    "meeting with him, in which Giuliani “raised, and I rejected, the conspiracy theory that Vice "
    "President Biden would have been influenced in his duties as vice president by money paid "
    "to his son.”",
]
_MENU = ["Home", "News", "Politics", "Sports", "Obituaries"]

_CREDITS = [
    "Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman, Colleen Long, Eric Tucker, "
    "Lolita Baldor and Jill Colvin contributed to this report.",
    "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib Iqbal Ahmed and "
    "Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan Grebler",
    "(Reporting by Greg Roumeliotis, Joshua Franklin, Koh Gui Qing, with reporting by Herb Lash "
    "and Megan Davies, editing by Martin Howell.)",
    "Additional reporting by Joseph Hudak",
    "Wendy Rose Gould contributed to this content.",
    "(Reportagem de Ana Mano; Edição de Pedro Fonseca)",
    "(Reporte de Santiago Pérez; Editado en español por Ricardo Figueroa)",
]


def _page(tail: list[str]) -> list[str]:
    lines = ["Unpredictable Sondland faces questions about Trump, Ukraine", "", *_MENU, ""]
    for row in [*_STORY, *tail]:
        lines += [row, ""]
    return [*lines, "Copyright 2019 The Associated Press. All rights reserved."]


@pytest.mark.parametrize("line", _CREDITS)
def test_a_credit_line_is_told_by_its_form(line: str) -> None:
    assert tail_kind(line_features([line])[0]) == CREDIT_LINE


@pytest.mark.parametrize(
    "line",
    [
        # sentences of the body with the same words hold words of their own
        "The question of copyright and licensing is difficult. I definitely did some editing by "
        "hand, and a fair bit of prompting that resulted in targeted code edits.",
        "Editing by hand took him most of the summer.",
        "Reporting by the BBC showed the figures were wrong.",
        "Many people contributed to this report.",
        "The report was compiled by examining customer experience with rental car companies.",
    ],
)
def test_a_body_sentence_with_the_same_words_is_no_credit_line(line: str) -> None:
    assert tail_kind(line_features([line])[0]) == ""


# (in a dump, a credit line without a full stop reads as a title below the story: it went
# before as a related link)
@pytest.mark.parametrize("credit", [_CREDITS[0], _CREDITS[2]])
def test_the_credit_line_after_the_story_in_a_text_dump_is_dropped(credit: str) -> None:
    r = strip_lines(_page([credit]))
    assert r.lines == _STORY
    assert {x.line: x.reason for x in r.removed}[credit] == CREDIT_LINE


@pytest.mark.parametrize("credit", _CREDITS[:3])
def test_the_credit_line_ending_the_extracted_html_text_is_dropped(credit: str) -> None:
    r = strip_lines([*_STORY, credit], from_html=True)
    assert r.lines == _STORY
    assert {x.line: x.reason for x in r.removed}[credit] == CREDIT_LINE


def test_a_credit_line_above_the_rest_of_the_story_stays() -> None:
    # the same line with two paragraphs of the story below it is not where the story ends
    lines = [*_STORY[:3], _CREDITS[0], *_STORY[3:]]
    assert strip_lines(lines, from_html=True).lines == lines
