"""The article's nodes by content score (:mod:`cleanscrape.html.score`) and the trailing lines
outside them, taken off the extracted text."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.score import content_nodes

_ARTICLE = [
    "Opening a savings account for a child is one of the simplest ways to teach them how money "
    "grows, and many banks now offer accounts with no fees and no minimum balance.",
    "Before you choose, compare the interest rate, the fees, the deposit rules and whether the "
    "account can be opened online, since some banks still ask parents to visit a branch.",
    "Most accounts for minors are joint accounts, which means that a parent or guardian holds "
    "the account with the child, can see every transaction and signs for withdrawals.",
    "When the child turns eighteen, the account usually becomes a regular savings account in "
    "their own name, and the parent's access ends unless the new owner adds them again.",
    "Setting a goal together, such as a bike, a game or a trip, helps a child see why saving "
    "a little each week matters, and a mobile app can show the balance grow toward it.",
]
_DISCLOSURE = [
    "Disclaimer: The information contained herein is for informational purposes only as a "
    "service to the public, and is not legal advice or a substitute for legal counsel.",
    "Securities, insurance and investment advisory services are offered through an affiliated "
    "broker-dealer, a member of the regulatory bodies of the industry.",
    "Please be aware that the products offered are different from those offered by a bank and "
    "are subject to investment risk, including possible loss of principal.",
]


def _bank_page() -> str:
    # the pattern of a WCXB dev page (a bank's advice article): the page is built of rows of
    # one template ("area-body"); the article's paragraphs sit in the first row, the bank's
    # disclosure in a component nested in the last one, in containers with no chrome name
    rows = [
        "<h1>How to open a savings account for your child</h1>"
        + "".join(f"<p>{p}</p>" for p in _ARTICLE),
        "<div class='component'><div class='placeholder'><section class='disclosure'>"
        "<div class='grid'><div class='grid-row'><div class='col'>"
        + "".join(f"<p>{p}</p>" for p in _DISCLOSURE)
        + "</div></div></div></section></div></div>",
    ]
    return (
        "<html><head><title>How to open a savings account for your child</title></head><body>"
        + "".join(
            f"<div class='row'><div class='area-body' id='area-{n}'>{row}</div></div>"
            for n, row in enumerate(rows)
        )
        + "</body></html>"
    )


def test_a_disclosure_in_another_row_of_the_template_is_taken_off() -> None:
    page = _bank_page()
    # the premise: trafilatura keeps the disclosure as the end of the article
    assert _DISCLOSURE[-1] in (trafilatura.extract(page) or "")
    assert clean_html(page).text.split("\n") == _ARTICLE
    r = extract_html(page, trace=True)
    assert r.pruned == {"outside_content": len(_DISCLOSURE)}
    assert r.dropped == [("outside_content", p) for p in _DISCLOSURE]


def test_the_top_candidate_is_the_element_holding_the_paragraphs() -> None:
    tree = parse_html(_bank_page(), source="page")
    body = tree.find("body")
    assert body is not None
    content = content_nodes(body)
    assert content is not None
    assert content.top.get("id") == "area-0"
    assert [el.get("id") for el in content.nodes] == ["area-0"]


_STEPS = [
    [
        "Landscape photographers often arrive at a location, set up the tripod at once and "
        "start shooting, before they have looked at what the place offers.",
        "Slow down first: walk around, look at the light, the lines of the land and the "
        "foreground, and let the scene suggest a picture before the camera does.",
        "Ask yourself what drew you to the place, whether it is a shape, a colour or a mood, "
        "and what would make that clearer to someone who was not there.",
        "Then assemble the pieces handheld, moving, crouching and trying angles, since a "
        "tripod makes every small change of position slow and tiring.",
    ],
    [
        "Once the composition works handheld, set up the tripod where you stood, and refine "
        "the details, the edges of the frame and the horizon, one at a time.",
        "Use the time the tripod gives you: wait for the light, take a few exposures, and "
        "check the corners of the frame for branches or bright spots.",
    ],
]


def _photo_post() -> str:
    # the pattern of a WCXB dev page (a site builder's blog post): each part of the post is a
    # text block of one template ("html-content"), each in a block wrapper of its own, with an
    # image block between them; the second part is no sibling of the first
    blocks = [
        "<div class='block'><div class='block-content'><div class='html-content'>"
        + "".join(f"<p>{p}</p>" for p in part)
        + "</div></div></div>"
        for part in _STEPS
    ]
    image = "<div class='block image-block'><img src='a.jpg' alt=''></div>"
    return (
        "<html><head><title>Four steps to a better landscape</title></head><body>"
        "<article><div class='layout'>" + image.join(blocks) + "</div></article></body></html>"
    )


def test_an_article_in_text_blocks_of_one_template_is_kept_whole() -> None:
    page = _photo_post()
    assert _STEPS[1][-1] in (trafilatura.extract(page) or "")
    tree = parse_html(page, source="page")
    body = tree.find("body")
    assert body is not None
    content = content_nodes(body)
    assert content is not None
    # the top candidate is the first part's block; the second part's block joins it as a
    # section of the same template that scores as a sibling would
    assert [el.get("class") for el in content.nodes] == ["html-content", "html-content"]
    assert clean_html(page).text.split("\n") == [*_STEPS[0], *_STEPS[1]]
