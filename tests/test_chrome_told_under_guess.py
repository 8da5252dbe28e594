"""The story's headline right above its region, under a guessed headline the story does not
tell: the title moves to it, past the story's lede when the outlet prints it cut.

An outlet's page prints its own headline or a section's label (the guess) over the story it
carries. When the line right above the story is shaped as a headline and the story's opening
repeats its words as a lede repeats its headline's, while it does not tell the guess, that line
is the title; every line keeps its verdict. An outlet that prints the story's lede cut with an
ellipsis right above the body sets the headline over that cut line: the headline is read there
too (here one shaped as a bare name, whose line is then the headline's, no byline).

Two pages of the syndication corpus's dev half, as its draws print them (a dev page's story in
another dev page's chrome), whole and unchanged: page 4110's story under page 0486's chrome
(seed 7, a newsletter's post page: the story's headline right under the post's own headline)
and page 0422's story under page 4451's chrome (seed 11, a portfolio site: the headline over
the story's lede cut with "…").
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import DUMPS

_FOLDER = "told_under_guess"

_PAGES = [
    (
        "outlet_0486_story_4110.txt",
        "24 Sustainable Clothing Brands Leading the Way in 2026",
        "Choosing a Web framework",
        "In an era where conscious consumerism reigns supreme, sustainable clothing brands",
    ),
    (
        "outlet_4451_story_0422.txt",
        "Stop Nesting Database Systems",
        "Disclosure & Policies",
        "In fact, DuckDBs started out as SQL Analytics on Pandas.",
    ),
]


@pytest.mark.parametrize(("name", "headline", "guess", "lede"), _PAGES)
def test_the_headline_under_an_untold_guess_is_the_title(
    name: str, headline: str, guess: str, lede: str
) -> None:
    """The title is the story's headline, not the line guessed above it; the story is kept."""
    result = clean_text((DUMPS / _FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.title != guess
    assert result.metadata.get("author") != headline
    assert lede in result.text


def test_a_headline_under_its_guess_keeps_its_verdict() -> None:
    """Only the title moves: the story's headline kept above its lede stays kept, as the
    line the guess stands on stays the headline's."""
    page = (DUMPS / _FOLDER / _PAGES[0][0]).read_text(encoding="utf-8").split("\n")
    verdicts = {v.text: v.category for v in classify_lines(page).verdicts}
    assert verdicts[_PAGES[0][1]] == "article"
    assert verdicts[_PAGES[0][2]] == "headline"


def test_a_name_shaped_headline_over_a_cut_lede_is_no_byline() -> None:
    """The headline over the cut lede, shaped as a bare name, is dropped as the headline, not
    as a byline."""
    page = (DUMPS / _FOLDER / _PAGES[1][0]).read_text(encoding="utf-8").split("\n")
    verdicts = [v for v in classify_lines(page).verdicts if v.text == _PAGES[1][1]]
    assert [v.category for v in verdicts] == ["headline"]
