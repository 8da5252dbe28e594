"""A lead-in to more of the outlet's posts over their cards, each a title with its summary
under it, at the end of the story ("On a related note, here are some interesting articles.").
The summaries are paragraphs, so the region ran on through them and the appeals' block above
them was not found. The stored page is the whole html-text dump of page 0466 of the WCXB v1.0
development split (Murrough Foley, 2026, CC-BY-4.0: ``data/html/wcxb/LICENSE``; a developer's
blog post on keeping a text file of tasks) in ``data/dumps/lead_in_over_cards.txt``; the
other cases put other dev pages' lead-ins, and the related headings the seeds and an AEB dev
page print in Vietnamese and Japanese, where it prints its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document

_PAGE = (Path(__file__).parent / "data" / "dumps" / "lead_in_over_cards.txt").read_text(
    encoding="utf-8"
)
_LEAD_IN = "On a related note, here are some interesting articles."
#: The cards' titles and the first words of their summaries.
_CARDS = (
    "Why Developers Build Unfinished Calculators",
    "Every developer knows the rush.",
    "When Solutions Get Fixed",
    "As a company grows, so do its processes.",
    "Do you work remote? Get a broom",
    "One day I suddenly started feeling sick.",
)
#: The post's last paragraph and one of its first.
_STORY = (
    "But sometimes, all we need is a text editor and a simple format to keep track of our work.",
    "I started using what I call a Rolling Daily Work Tracker, or RDWT.",
)


@pytest.mark.parametrize(
    "lead_in",
    [
        _LEAD_IN,
        "Related coverage from How to Do Everything: Money:",  # AEB dev f81c6c05...
        "You'll Also Love",  # WCXB dev 4164
        "Related posts",  # WCXB dev 4381
        "TIN LIÊN QUAN",  # the seeds' (000)
        "Đọc thêm",  # the seeds' (000)
        "関連記事",  # AEB dev 85439e26...
    ],
)
def test_a_lead_in_over_cards_with_summaries_ends_the_story(lead_in: str) -> None:
    assert _PAGE.count(_LEAD_IN) == 1
    text = clean_text_document(_PAGE.replace(_LEAD_IN, lead_in), CleanOptions()).text
    for card in _CARDS:
        assert card in _PAGE
        assert card not in text, card
    assert lead_in not in text
    for line in _STORY:
        assert line in text, line


def test_the_appeals_above_the_lead_in_go_with_it() -> None:
    # with the cards out of the region, the newsletter's box above them ends the story too
    text = clean_text_document(_PAGE, CleanOptions()).text
    assert "Join my newsletter" not in text
    assert "Previous: Paying for the rides I took 8 years ago" not in text


def test_cards_inside_the_story_do_not_end_it() -> None:
    # the same box between two of the post's paragraphs: the post goes on below it
    lines = _PAGE.split("\n")
    first, last = lines.index(_LEAD_IN), lines.index(_CARDS[-2]) + 3  # to the last summary
    box, rest = lines[first:last], lines[:first] + lines[last:]
    assert box[-1].startswith(_CARDS[-1])
    at = rest.index(next(ln for ln in rest if ln.startswith("This being a startup")))
    text = clean_text_document("\n".join(rest[:at] + box + rest[at:]), CleanOptions()).text
    for line in _STORY:
        assert line in text, line
    assert "Our company went from 4 employees to 35." in text
