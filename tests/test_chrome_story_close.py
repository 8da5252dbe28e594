"""The story's last paragraphs in the words of an outlet's appeal ("subscribing for shares").

A news story about a share sale ends with "Small investors in Hong Kong have welcomed the
deal, subscribing for so many shares ...": the words of an appeal to subscribe, at the end of
the story, with at most one paragraph below. The story's own sentences speak of investors, not
to the reader; an appeal speaks to the reader or asks ("Subscribe for free ..."). The pages
below are two outlets' copies of a benchmark story as the syndication benchmark prints them
(the story's real paragraphs, each outlet's real menu and tail lines, reduced), one running the
last three paragraphs together, the other printing the first of them alone."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import line_features
from cleanscrape.dedup import find_duplicates

_HEADLINE = "Alibaba to raise up to $12.9bn in landmark Hong Kong listing"
_STORY = [
    "Alibaba is set to raise up to $12.9bn (£10bn) from its record-breaking second listing in "
    "Hong Kong, pricing its shares at a 2.8 per cent discount to their New York close.",
    "The Chinese e-commerce giant is set to officially announce the terms of the deal later on "
    "Wednesday, but investors have been told 176 Hong Kong dollars (£17.43) is likely to be the "
    "final numbers, Reuters reported.",
    "The deal – set to be the largest share sale in Hong Kong for nine years and a world record "
    "cross-border secondary share sale – represents a much-needed boost for the city’s bourse, "
    "which has been hit by months of anti-government protests.",
    "The deal could eventually raise up to $12.9bn if a “green shoe” option is exercised, "
    "allowing underwriters to buy up to an additional 15 per cent of shares at the offering "
    "price.",
    "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
    "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%. One of Alibaba’s New "
    "York-listed shares will be worth eight of its Hong Kong shares.",
    "It is also regarded as significant to Hong Kong, which lost out on Alibaba’s initial public "
    "offering to New York in 2013 as the territory would not then accept the company’s unusual "
    "governance structure.",
]
_SMALL_INVESTORS = (
    "Small investors in Hong Kong have welcomed the deal, subscribing for so many shares they "
    "will be allotted the maximum 10 per cent of the total they can get, Reuters reported."
)
_CLOSE = [
    _SMALL_INVESTORS,
    "Hong Kong’s exchange operates a system where heavy oversubscription from small investors "
    "can result in them getting a greater share of the total offering.",
    "Alibaba’s listing ceremony is due to be held at the Hong Kong Stock Exchange next Tuesday.",
]
#: A tutoring site's menu and tail (the first outlet) and a magazine's (the second).
_TUTORING_HEAD = [
    "Resources | Blog | Knowledge base | Math questions | Pricing | Math tutors",
    "Knowledge base",
    "Math questions",
    "Parent’s reviews",
    "Pricing",
    "Book free lesson Log in",
    "Math tutors",
    "Blog",
]
_TUTORING_TAIL = [
    "Tags: 3rd grade worksheet, Kid’s grade, Pricing",
    "Previous article",
    "All Roadschooling: tips for traveling homeschoolers",
    "Jessica Kaminski",
    "Jul 31, 2024",
    "Next article",
    "All Varsity Tutors vs. Brighterly: What’s Best for Your Child",
    "Table of Contents",
    "Math & reading from 1st to 9th grade",
]
_MAGAZINE_HEAD = [
    "Blogs · Contact · BioFeedback · Digital Edition · Log In · FAQs",
    "Blogs",
    "Contact",
    "Contact Servo",
    "Submit an Article idea",
    "BioFeedback",
    "Digital Edition",
    "Log In",
    "FAQs",
]
_MAGAZINE_TAIL = [
    "Tags: Digital Edition, Renew Subscription, FAQs",
    "Popular Stories",
    "The Turing Test: From Inception to Passing",
    "Analog Servos for Robotics",
    "Recent Blog Posts",
    "April 30 - Bovine Backscratcher",
]


def _copy(close: list[str], *, tutoring: bool) -> str:
    """The story under one outlet's menu and tail, its last paragraphs printed as ``close``."""
    head, tail = (_TUTORING_HEAD, _TUTORING_TAIL) if tutoring else (_MAGAZINE_HEAD, _MAGAZINE_TAIL)
    return "\n".join([*head, _HEADLINE, *_STORY, *close, *tail])


#: The story's last three paragraphs run together (the tutoring site's copy), the first of them
#: alone over the two others (the magazine's), and each on its own line (the magazine's too).
_COPIES = [
    _copy([" ".join(_CLOSE)], tutoring=True),
    _copy([_CLOSE[0], " ".join(_CLOSE[1:])], tutoring=False),
    _copy(_CLOSE, tutoring=False),
]


@pytest.mark.parametrize("page", _COPIES)
def test_the_story_s_close_in_an_appeal_s_words_stays(page: str) -> None:
    r = clean_text(page)
    assert _SMALL_INVESTORS in r.text
    assert r.text.splitlines()[-1].endswith("next Tuesday.")
    assert "Previous article" not in r.text and "Popular Stories" not in r.text


def test_the_copies_are_duplicates_however_their_close_is_broken() -> None:
    texts = [clean_text(page).text for page in _COPIES]
    sites = ["tutoring.example", "magazine.example", "magazine.example"]
    assert find_duplicates(texts, sites=sites).duplicate_of == [None, 0, 0]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the words of an appeal in the story's sentences: no one is asked or spoken to
        (_SMALL_INVESTORS, ""),
        # appeals: they speak to the reader, or ask with the word that opens a sentence
        (
            "Subscribe to the TRC blog to receive fresh perspectives, resources and advice.",
            "appeal",
        ),
        ("Thanks for reading Infinite Faculty! Subscribe for free to receive new posts.", "appeal"),
        (
            "Our non-profit newsroom provides climate coverage free of charge. Your one-off or "
            "monthly donations play a crucial role in supporting our work.",
            "appeal",
        ),
        ("You can also subscribe to this newsletter here.", "appeal"),
    ],
)
def test_appeal_words_make_an_appeal_where_the_line_asks_the_reader(line: str, kind: str) -> None:
    assert tail_kind(line_features([line])[0]) == kind
