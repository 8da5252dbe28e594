"""The article's nodes by content score (:mod:`cleanscrape.html.score`) and the trailing lines
outside them, taken off the extracted text."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.recover import PROSE_BLOCKS, recover_blocks
from cleanscrape.html.score import content_nodes

from .aeb import page_markup

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


def test_the_posts_and_lists_of_the_article_by_content_score_are_put_back() -> None:
    # a team blog's notes on a game (an AEB dev page, kept whole in tests/data): the notes are
    # lists of one or more items between tables of stats and embedded posts; a single
    # paragraph opens them, too little prose for a main prose block, so the recovery step of
    # the main block's area does not run; trafilatura leaves out both posts and the one-item
    # list after the first; the content score's best element is the story's body segment
    page = page_markup("6a72de37")
    post = (
        "The #Browns highest-graded player* on defense vs. #Steelers was Joe Schobert. He "
        "posted an elite 93.2 defensive grade and 91.4 coverage grade."
    )
    note = "- Sione Takitaki played 6 snaps on defense, staying ahead of Adarius Taylor on the"
    found = trafilatura.extract(page) or ""
    assert "Joe Schobert" in found and "highest-graded" not in found  # the premise
    assert "Sione Takitaki played" not in found
    r = extract_html(page, trace=True)
    lines = [" ".join(line.split()) for line in r.lines]
    at = next(n for n, line in enumerate(lines) if line.endswith("about his performance:"))
    assert lines[at + 1].startswith(post)
    assert lines[at + 2] == "— PFF CLE Browns (@PFF_Browns) November 15, 2019"
    assert lines[at + 3].startswith(note)
    added = [(o, " ".join(line.split())) for o, line in r.added]
    assert [o for o, _ in added] == ["recovered_content"] * 5  # two posts, their bylines, a note
    assert [line for _, line in added][:3] == lines[at + 1 : at + 4]
    assert r.recovered == 3


def test_a_byline_under_a_kept_label_does_not_go_back() -> None:
    # a review's head (an AEB dev page): a "Review" label the extractor keeps, the byline
    # under it it leaves out, then the review's paragraphs; the content score's put-back reads
    # the text as opening at the first kept paragraph of prose, so the byline stays out
    label = "Review"
    byline = "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT"
    text = [
        "Welcome to the new 16-inch MacBook Pro. While it looks quite familiar, Apple's new "
        "flagship laptop moves the needle forward in a big way.",
        "We're not certain when Apple last issued four updates to the MacBook Pro within 18 "
        "months, or to any laptop it has ever produced. But, here we are.",
    ]
    page = (
        f"<html><body><div class='article'><div class='label'>{label}</div><p>{byline}</p>"
        + "".join(f"<p>{t}</p>" for t in text)
        + "</div></body></html>"
    )
    top = parse_html(page, source="page").find(".//div[@class='article']")
    assert top is not None
    lines = [label, *text]
    # without the opening rule the byline sits between two kept blocks and would go back
    got, n = recover_blocks(top, lines, [top], kinds=PROSE_BLOCKS)
    assert (got, n) == ([label, byline, *text], 1)
    assert recover_blocks(top, lines, [top], kinds=PROSE_BLOCKS, from_prose=True) == (lines, 0)
