"""The story's headline right above its region, shaped as an author's name: the title moves to
it when the story tells it again and says no word of the guess above it.

A short headline in title case ("Packing Tips Guide", "Stop Nesting Database Systems") reads
as a bare name: set between the outlet's own headline (the guess) and the story, it was dropped
as the story's `byline` and recorded as its author. The story's opening paragraphs repeat the
headline's words and none of the guess's: the line is the title and the headline's line, no
byline.

Two pages of the syndication corpus's dev half, as its draws print them (a dev page's story in
another dev page's chrome), whole and unchanged: page 0072's story under page 4863's chrome
(seed 7, a VPN review site; the headline under the outlet's review headline and its date) and
page 0422's story under page 0230's chrome (seed 11, an outsourcing firm's blog; the headline
right under the outlet's own listicle headline).
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import DUMPS

_FOLDER = "told_under_name"

_PAGES = [
    (
        "outlet_4863_story_0072.txt",
        "Packing Tips Guide",
        "Perfect Privacy VPN Review",
        "Others, however, prefer to take care of the packing themselves.",
    ),
    (
        "outlet_0230_story_0422.txt",
        "Stop Nesting Database Systems",
        "Top 10 HR Outsourcing and Outsourced HR Companies, Providers, Consultants, & Consulting"
        " Firms",
        "The idea of embedding fast data processing engines into other systems",
    ),
]


@pytest.mark.parametrize(("name", "headline", "outlets", "lede"), _PAGES)
def test_the_headline_shaped_as_a_name_is_the_title(
    name: str, headline: str, outlets: str, lede: str
) -> None:
    """The title is the name-shaped headline right above the story, not the outlet's headline
    above it; no author is recorded from it, and the story is kept without it."""
    result = clean_text((DUMPS / _FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.title != outlets
    assert result.metadata.get("author") != headline
    assert lede in result.text
    assert headline not in result.text.split("\n")


@pytest.mark.parametrize(("name", "headline"), [(p[0], p[1]) for p in _PAGES])
def test_the_headline_shaped_as_a_name_is_no_byline(name: str, headline: str) -> None:
    """The headline's line is dropped as the headline, not as a byline."""
    page = (DUMPS / _FOLDER / name).read_text(encoding="utf-8").split("\n")
    verdicts = [v for v in classify_lines(page).verdicts if v.text == headline]
    assert [v.category for v in verdicts] == ["headline"]
