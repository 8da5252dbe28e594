"""The outlet's sign-up form after the story in a whole-page text dump: a newsletter box or a
contact form and what the page prints below it (pages written to the pattern of benchmark
pages: a podcast's newsletter box, an agency's inquiry form under a guide)."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.strip import classify_lines

from .test_chrome_sequels import _ROYAL
from .test_chrome_tail import _STAR_TREK, _page

#: A newsletter box: its name, the label of its e-mail field, its button and messages, and a
#: paragraph of the outlet's below it.
_NEWSLETTER = [
    "The Friday Reel",
    "Email Address",
    "Sign me up",
    "Thank you! Your submission has been received!",
    "Oops! Something went wrong while submitting the form.",
    "In the world's busiest entertainment newsroom, our critics watch everything so that you "
    "only have to watch what is worth your evening.",
]

#: An inquiry form under the story, then the author's box.
_INQUIRY = [
    "Get in Touch",
    "Name",
    "Email",
    "Phone Number",
    "Message",
    "Submit",
    "Jane Roe, the editor of our film desk, has covered the studios for twenty years and writes "
    "about the business of franchises, streaming and the cinemas that show them.",
]


def test_a_newsletter_box_after_the_story_is_dropped() -> None:
    r = strip_lines(_page(_STAR_TREK, _NEWSLETTER))
    assert r.lines == _STAR_TREK


def test_a_pitch_written_as_a_sentence_above_the_form_stays() -> None:
    # not told from the story's last paragraph; the form and what follows it go
    pitch = (
        "Get a short letter on film and television news from our editors every Friday "
        "morning, with the week's casting rumours, release dates and reviews."
    )
    r = strip_lines(_page(_STAR_TREK, [pitch, *_NEWSLETTER[1:]]))
    assert r.lines == [*_STAR_TREK, pitch]


def test_an_inquiry_form_and_the_paragraph_below_it_are_dropped() -> None:
    r = strip_lines(_page(_STAR_TREK, _INQUIRY))
    assert r.lines == _STAR_TREK
    cats = {v.text: v.category for v in classify_lines(_page(_STAR_TREK, _INQUIRY)).verdicts}
    assert cats[_INQUIRY[-1]] == "subscribe"


def test_a_newsletter_box_inside_the_body_keeps_the_story_below_it() -> None:
    # the box stands between paragraphs, and more than one paragraph of the story follows it
    story = [*_STAR_TREK, *_ROYAL[3:]]
    r = strip_lines(_page([*_STAR_TREK, *_NEWSLETTER[:3], *_ROYAL[3:]], []))
    assert [ln for ln in r.lines if ln in story] == story


def test_an_email_button_of_a_share_row_is_not_a_form() -> None:
    # "Share" / "Tweet" / "Email" between the story and its editor's note: the note stays
    note = (
        "Editor's note: an earlier version of this story gave the wrong year for the release "
        "of Star Trek Beyond, which came out in the summer of 2016, and misnamed the studio "
        "that holds the rights to the franchise."
    )
    r = strip_lines(_page(_STAR_TREK, ["Share", "Tweet", "Email", note]))
    assert r.lines == [*_STAR_TREK, note]


def test_a_form_under_a_brief_of_a_hundred_words_is_dropped() -> None:
    brief = _STAR_TREK[:3]
    assert 60 <= sum(len(p.split()) for p in brief) < 150
    r = strip_lines(_page(brief, _INQUIRY))
    assert r.lines == brief
