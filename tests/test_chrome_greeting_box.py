"""An author's box after the post that opens with the author greeting the reader on a line of
its own, as the box's heading ("Hi, I'm Chris!"), over a paragraph in which the author says what
they do ("I'm a Software Engineer and Product Manager living in sunny Barcelona."). The greeting
is no paragraph, so the box's paragraphs were kept as the post's last ones. The stored page is
the whole html-text dump of page 2498 of the WCXB v1.0 development split (Murrough Foley, 2026,
CC-BY-4.0: ``data/html/wcxb/LICENSE``; a developer's blog post on thirty years of the web) in
``data/dumps/greeting_over_author_box.txt``; the other pages are written to its pattern, its
box's sentences in other languages, under the sentences of a real post."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document

from .outlet_pages import TAIL_STORY, tail_page

_DUMPS = Path(__file__).parent / "data" / "dumps"


def test_the_authors_box_under_a_greeting_line_after_the_post_is_dropped() -> None:
    page = (_DUMPS / "greeting_over_author_box.txt").read_text(encoding="utf-8")
    text = clean_text_document(page, CleanOptions()).text
    box = (
        "Hi, I'm Chris!",
        "I'm a Software Engineer and Product Manager living in sunny Barcelona.",
        "If you want to chat, you can find me on all the social platforms.",
    )
    assert all(s in page for s in box)
    for s in box:
        assert s not in text, s
    # the post's last paragraphs stay
    assert "It's a fantastic time to be building for the web." in text
    assert "I don't know exactly where this goes next." in text


@pytest.mark.parametrize(
    "box",
    [
        [
            "Hi, I'm Chris!",
            "I'm a Software Engineer and Product Manager living in sunny Barcelona.",
            "If you want to chat, you can find me on all the social platforms.",
        ],
        [
            "¡Hola, soy Chris!",
            "Soy ingeniero de software y jefe de producto, y vivo en la soleada Barcelona.",
            "Si quieres charlar, me encontrarás en todas las redes sociales.",
        ],
        [
            "Hallo, ich bin Chris!",
            "Ich bin Softwareentwickler und Produktmanager und lebe im sonnigen Barcelona.",
            "Wenn du dich unterhalten möchtest, findest du mich auf allen sozialen Netzwerken.",
        ],
        [
            "Salut, moi c’est Chris !",
            "Je suis ingénieur logiciel et chef de produit, et je vis à Barcelone.",
            "Si vous voulez discuter, vous me trouverez sur tous les réseaux sociaux.",
        ],
    ],
)
def test_a_greeting_line_over_the_authors_box_is_dropped_with_it(box: list[str]) -> None:
    r = strip_lines(tail_page(TAIL_STORY, box))
    assert r.lines == TAIL_STORY
    reasons = {x.line: x.reason for x in r.removed}
    assert [reasons[s] for s in box] == ["author_bio"] * 3
