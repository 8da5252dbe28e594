"""An author's box after the post that opens with the author greeting the reader on a line of
its own, as the box's heading ("Hi, I'm Chris!"), over a paragraph in which the author says what
they do ("I'm a Software Engineer and Product Manager living in sunny Barcelona."). The greeting
is no paragraph, so the box's paragraphs were kept as the post's last ones. The stored page is
the whole html-text dump of page 2498 of the WCXB v1.0 development split (Murrough Foley, 2026,
CC-BY-4.0: ``data/html/wcxb/LICENSE``; a developer's blog post on thirty years of the web) in
``data/dumps/greeting_over_author_box.txt``. The second test sets the same box under another
post's paragraphs (``outlet_pages.TAIL_STORY``). No other development page or seed
prints such a greeting ("Hi, I'm ...", "Hey, I'm ...") on a line of its own, and none prints one
in another language, so the box is tested in its own words only."""

from __future__ import annotations

from pathlib import Path

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


def test_a_greeting_line_over_the_authors_box_is_dropped_with_it() -> None:
    box = [
        "Hi, I'm Chris!",
        "I'm a Software Engineer and Product Manager living in sunny Barcelona.",
        "If you want to chat, you can find me on all the social platforms.",
    ]
    r = strip_lines(tail_page(TAIL_STORY, box))
    assert r.lines == TAIL_STORY
    reasons = {x.line: x.reason for x in r.removed}
    assert [reasons[s] for s in box] == ["author_bio"] * 3
