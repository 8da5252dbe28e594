"""The outlet's offer of its magazine under the story: a count of issues at a price.

A motorcycle outlet (an AEB dev page, its dump as html-text prints it, the menu shortened)
ends a kit review with "Get Motor Cycle Monthly delivered through your letterbox every month.
12 issues for £11.99. Click here for more information." above its comments. The line names no
appeal's word ("subscribe", "donate"), so it read as the review's last paragraph. What tells
it is the offer itself: a count of issues, the word for them and a price ("12 issues for
£11.99"). The benchmark pages and the seeds hold two such offers, both English (this one and a
WCXB dev page's "Top Gear Magazine Subscription – 5 issues for £5"), and none in another
language: the test checks those two.
"""

from __future__ import annotations

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import line_features

_HEAD = [
    "Clymer workshop manual review | MoreBikes",
    "Skip to content",
    "MoreBikes",
    "News",
    "Blog",
    "Competitions",
    "Bike Reviews",
    "Kit Reviews",
    "Know How",
    "Subscribe",
    "Motor Cycle Monthly",
    "Motorcycle Sport & Leisure",
    "Classic Motorcycle Mechanics",
    "Clymer workshop manual review",
    "13/06/2014 Tony Carter All, Books, Kit Reviews",
]
_STORY = [
    "I’ve worked on my own vehicles since I was 17 (I wish I still had that MkII Ford Escort), "
    "but this is my first time with a Clymer manual. I’ve got to say, I’m impressed! The level "
    "of detail is superb, with very clear diagrams and instruction – particularly useful are "
    "the exploded drawings which feature regularly, and really help you to see how things come "
    "apart (and go back together).",
    "I was a little wary at the title of this book – described as for the ‘CBR600F4’, this is "
    "of course the US version of the Honda I own. I needn’t have worried – the UK bikes are "
    "fully covered, with all wiring diagrams and other areas clearly labeled for each market.",
    "Working on your own bike can be incredibly rewarding, so besides the fact that these "
    "manuals can save you a small fortune, the gratification of servicing and maintaining your "
    "motorcycle make them worth every penny (and they more than pay for themselves even with a "
    "simple oil-change).",
]
_OFFER = (
    "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
    "£11.99. Click here for more information."
)
_TAIL = [
    "Tell us what YOU think...",
    "comments",
    "clymer diy workshop",
    "Post navigation",
    "Previous Post: 2012 Harley-Davidson Fatboy 1800 | Reader review",
    "Next Post: Tech Level course to help young mechanics",
    "LISTEN-IN",
    "BIKES FOR SALE",
    "Honda NC750X + Extras",
    "£5,349.00",
    "Latest Issue",
    "Motor Cycle Monthly December 2019 – #162 – OUT NOW!",
    "Terms and conditions",
    "Privacy Policy",
]


def test_the_magazine_s_offer_under_the_review_is_dropped_as_an_appeal() -> None:
    r = clean_text("\n\n".join([*_HEAD, *_STORY, _OFFER, *_TAIL]))
    assert r.text.splitlines()[-3:] == _STORY
    assert [x.reason for x in r.removed if x.line == _OFFER] == ["appeal"]


def test_a_count_of_issues_at_one_price_is_an_offer() -> None:
    offers = [
        _OFFER,
        # a WCXB dev page's offer line (above its story there)
        "Top Gear Magazine Subscription – 5 issues for £5",
    ]
    others = [
        # a count of issues that names no price (the WCXB page's line cut before its price:
        # real text shortened)
        "Top Gear Magazine Subscription – 5 issues for",
        # a review of several magazines' plans names more prices than one offer
        "Plans: 6 issues for £10, 12 issues for £18 or 24 issues for £30.",
    ]
    assert [tail_kind(ln) for ln in line_features(offers)] == ["appeal"] * len(offers)
    assert [tail_kind(ln) for ln in line_features(others)] == [""] * len(others)
