"""A CMS's widgets printed as their code, and an ad slot's label, between the paragraphs of a
whole-page text dump: an html-text dump of an AEB dev page (a motorcycling magazine's book
review) reduced to what matters. Its plugin is gone, so a button prints as ``[button link=...]
Send us YOUR kit review[/button]``; its ad slots print their British label, "Advert". The HTML
stage drops the code before the strip stage reads it; a text dump holds it as a line."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines

_HEAD = [
    "Bike & Style book with soundtrack review | MoreBikes",
    "Skip to content",
    "News",
    "Bike Reviews",
    "Kit Reviews",
    "Subscribe",
    "Bike & Style book with soundtrack review",
    "21/06/2014 Tony Carter All, Books, Kit Reviews, News",
]
_STORY = [
    (
        "If you want a book that makes you feel great about being a biker, this is it. The 180 "
        "page coffee-table publication comes with a 10-inch vinyl featuring seven classic rock "
        "tracks, including Born to be Wild and The Road to Hell. While we all know vinyl is best, "
        "there’s also a download code to get all the tracks as 256kps MP3s."
    ),
    (
        "As I write this review, listening to the Bike & Style soundtrack and flicking through "
        "the book again, the idea, from Ear Books in Germany, makes brilliant sense. Classic rock "
        "may seem something of a cliché for bikers, but looking at shots of Freddie Spencer and "
        "Evel Knievel whilst listening to Steppenwolf makes me want to get out on the bike."
    ),
    (
        "There are some stunning photos in the book, but it’s disappointing to also find a few "
        "low-resolution images spoiling the quality impression, as well as some design touches "
        "that intrude a little too much."
    ),
    (
        "This isn’t a book for fact-fiends (and being bi-lingual, half the space is taken up by "
        "the German version of the text), but it’s full of iconic bikes, people and kit (though "
        "where are Lewis Leathers?!). It’s a very enjoyable title to leaf through whenever you "
        "want to remember how cool you are."
    ),
]
_TAIL = [
    "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. "
    "Click here for more information.",
    "Tell us what YOU think...",
    "comments",
    "Post navigation",
    "Previous Post: Free scooter and motorcycle training",
    "Next Post: REDANT Motorcycle Cleaner and Power Clean",
    "Terms and conditions",
    "Privacy Policy",
    "Sitemap",
    "Advertise",
]


def _dump(between: list[str], after: list[str]) -> list[str]:
    """The review's dump with ``between`` after its first paragraphs (one after each) and
    ``after`` below its last."""
    body: list[str] = []
    for k, paragraph in enumerate(_STORY):
        body.append(paragraph)
        if k < len(between):
            body.append(between[k])
    return [*_HEAD, *body, *after, *_TAIL]


@pytest.mark.parametrize(
    "codes",
    [
        # the page's own button, as its dump prints it (the quotes curled by the CMS)
        [
            "[button link=\u201dhttp://www.morebikes.co.uk/submit-kit-review/\u201d"
            " type=\u201dbig\u201d newwindow=\u201dyes\u201d] Send us YOUR kit review[/button]"
        ],
        # the other codes of dev pages the HTML stage drops: a placeholder between sections, a
        # gallery's code, a site builder's banner embed in double braces
        [
            "[CTA_MODULE]",
            '[gallery ids="7913,7912,7911" columns="3"]',
            '{{hire-ai-eng="/case-banners/hire-ai-eng"}}',
        ],
    ],
    ids=["button", "placeholder-gallery-embed"],
)
def test_a_widgets_code_printed_in_a_text_dump_is_dropped_as_markup(codes: list[str]) -> None:
    # each code was kept as a line of the story
    r = strip_lines(_dump(codes, []))
    assert r.lines[1:] == _STORY
    reasons = {x.line: x.reason for x in r.removed}
    assert all(reasons.get(code) == "markup" for code in codes)


def test_the_code_below_the_last_paragraph_is_dropped_too() -> None:
    code = (
        "[button link=\u201dhttp://www.morebikes.co.uk/submit-kit-review/\u201d"
        " type=\u201dbig\u201d newwindow=\u201dyes\u201d] Send us YOUR kit review[/button]"
    )
    r = strip_lines(_dump([], [code]))
    assert r.lines[1:] == _STORY
    assert {x.line: x.reason for x in r.removed}.get(code) == "markup"


def test_an_ad_slots_british_label_between_paragraphs_is_dropped() -> None:
    # "Advertisement" went as a control's text; "Advert", the same label, stayed in the story
    r = strip_lines(_dump(["Advert", "Advert"], []))
    assert r.lines[1:] == _STORY
    assert [x.reason for x in r.removed if x.line == "Advert"] == ["ui", "ui"]
