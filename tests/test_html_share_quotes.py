"""A quote boxed to be shared keeps its sentence and loses its button's label ("Click To
Tweet"), which the extractor runs into the sentence (:mod:`cleanscrape.html.share_quotes`)."""

from __future__ import annotations

import pytest
import trafilatura

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html

from .aeb import bench_page

# the pattern of a real AEB dev page (a business coach's blog post): a sentence set apart in a
# box that links to the tweet form, the button's label in a span of its own after it
_INTRO = [
    "The goal of this series of articles is to help you steadily build the online business you "
    "have in mind right now — without ever feeling lost and overwhelmed.",
    "You’re about to feel the relief that comes from having a clear business focus.",
    "Not to get too Albert Einstein on you, but …",
]
_QUOTE = "Every online business exists in the 'space-time continuum.'"
_AFTER = [
    "Think about it:",
    "It takes time to build a successful business — offline and online.",
    "(I know, radical statement, right?)",
]
_TWEET = "https://twitter.com/intent/tweet?text=Every+online+business&url=https://example.com/"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _post(box: str) -> str:
    return (
        "<html><head><title>Business focus</title></head><body><article>"
        "<h1>Business focus: how to build the online business you dream of</h1>"
        f"<div class='entry-content'>{_paragraphs(_INTRO)}{box}{_paragraphs(_AFTER)}</div>"
        "</article></body></html>"
    )


def _one_link_box(label: str = "Click To Tweet") -> str:
    """The sentence and the button inside one link (a sharing plugin's box)."""
    return (
        f'<a href="{_TWEET}" rel="nofollow" target="_blank"><span class="sw-click-to-tweet">'
        f'<span class="sw-ctt-text">{_QUOTE}</span><span class="sw-ctt-btn">{label}'
        '<i class="sw swp_twitter_icon"></i></span></span></a>'
    )


def _two_link_box() -> str:
    """The sentence and the button as two links to the tweet form inside one box."""
    return (
        f'<span class="bctt-click-to-tweet"><span class="bctt-ctt-text"><a href="{_TWEET}">'
        f'{_QUOTE}</a></span><a href="{_TWEET}" class="bctt-ctt-btn">Click To Tweet</a></span>'
    )


@pytest.mark.parametrize("box", [_one_link_box(), _two_link_box()])
def test_a_quote_boxed_to_be_tweeted_keeps_its_sentence_without_the_button(box: str) -> None:
    page = _post(box)
    # the premise: the extractor runs the button's label into the sentence
    found = (trafilatura.extract(page) or "").split("\n")
    assert _QUOTE + "Click To Tweet" in found
    assert clean_html(page).text.split("\n") == [*_INTRO, _QUOTE, *_AFTER]
    assert extract_html(page).pruned["share_label"] == 1


def test_the_buttons_label_in_another_language_goes_too() -> None:
    # the box is told by the link to the share form, not by the label's words
    page = _post(_one_link_box("Zum Twittern klicken"))
    assert clean_html(page).text.split("\n") == [*_INTRO, _QUOTE, *_AFTER]


def test_share_links_inside_a_sentence_or_a_bar_of_buttons_stay() -> None:
    # a sentence that links its words to the tweet form or to follow an account, and a bar
    # of share buttons (no sentence in it), beside the boxed quote: only the quote's button
    # is taken out
    # (the sentences: two AEB dev pages' (0e014df6..., 3f65af7b...), their links to a Twitter
    # account pointed at the tweet form and at the follow form: real text, its markup changed)
    sentence = (
        '<p>Be sure to visit Arrowhead on <a href="https://www.facebook.com/arrowheadwater" '
        f'target="_blank" rel="nofollow">Facebook</a>, <a href="{_TWEET}" target="_blank" '
        'rel="nofollow">Twitter</a>, and <a href="http://instagram.com/arrowheadwtr" '
        'target="_blank" rel="nofollow">Instagram</a>. </p>'
        "<p><i>Have a tip? Amy Kuperinsky may be reached at </i>"
        '<a href="mailto:akuperinsky@njadvancemedia.com"><i>akuperinsky@njadvancemedia.com</i>'
        "</a><i>. Follow her on Twitter </i>"
        '<a href="https://twitter.com/intent/follow?screen_name=amykup"><i>@AmyKup</i></a>'
        '<i> or on </i><a href="http://www.facebook.com/amy.kuperinsky"><i>Facebook</i></a>'
        "<i>.</i></p>"
    )
    bar = (
        f'<div><a href="{_TWEET}">Tweet</a> <a href="https://www.facebook.com/sharer.php?u=x">'
        "Share</a></div>"
    )
    page = _post(_one_link_box() + sentence + bar)
    dropped = extract_html(page, trace=True).dropped
    assert [text for rule, text in dropped if rule == "share_label"] == ["Click To Tweet"]
    lines = clean_html(page).text.split("\n")
    assert _QUOTE in lines
    assert "Be sure to visit Arrowhead on Facebook, Twitter, and Instagram." in lines
    assert (
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com. Follow her "
        "on Twitter @AmyKup or on Facebook." in lines
    )


def test_the_business_focus_page_prints_its_quotes_as_the_gold_does() -> None:
    name = "c582d3b772578e8feaa3cfd8f5ae8100bb6f0bc66048204a9a398395841c1164"
    page, text = bench_page(name)
    gold = text.split("\n")
    lines = clean_html(page).text.split("\n")
    quotes = [
        "Every online business exists in the 'space-time continuum.'",
        "I'm here to tell you that the Laws of Physics apply to online business just like "
        "offline business.",
    ]
    for quote in quotes:
        assert quote in gold
        assert quote in lines
    assert not any("Click To Tweet" in line for line in lines)
