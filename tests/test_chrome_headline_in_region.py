"""The story's own headline inside its region, under the outlet's own story's headline.

An outlet that carries another story prints its own story's headline over it, with a
standfirst, a date or its blog's description, and the region takes those lines in above the
story's headline: the guess above the region was the outlet's headline, and the story's
headline was kept as a line of the body. The story's headline is the first title-like line of
the region, past a short text, whose lede repeats its words, when the story under it does not
tell the outlet's headline nor the region's lines above it: the title is that line. The lines
keep their verdicts (by its place alone, the outlet's standfirst cannot be told from a story's
own first paragraph over its first subheading). The outlet's standfirst may well repeat the
outlet's headline: the story's opening then tells the guess, but the story under its own
headline does not, and the title is still the story's headline.

Two pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev page's
story in another dev page's chrome), lines unchanged: page 0324's story under page 0473's
chrome (a trade magazine's headline, standfirst and date over it) and page 0065's story under
page 0441's chrome (a blog's title and description over it); and two of its draws of seeds 9
and 7, whose outlet's standfirst repeats the outlet's headline: page 0363's story under page
0270's chrome (a camera guide's headline and its one-sentence standfirst) and page 4249's
story under page 4478's (a speaker buying guide's headline and standfirst).
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

from .outlet_pages import DUMPS

_FOLDER = "headline_in_region"

_PAGES = [
    (
        "outlet_0473_story_0324.txt",
        "How to Find the Right Software Business For Sale",
        "When you know where to look and what to look for",
    ),
    (
        "outlet_0441_story_0065.txt",
        "Top Weight Loss Medications | Obesity Medicine Association",
        "The pharmacological treatment of obesity is a fast-changing landscape",
    ),
    (
        "outlet_0270_story_0363.txt",
        "Understanding Web Design",
        "We get better design when we understand our medium.",
    ),
    (
        "outlet_4478_story_4249.txt",
        "Which robotic lawnmower is suitable for which lawn size? | Robomow",
        "Which robotic lawnmower is suitable for which lawn size?",
    ),
]


@pytest.mark.parametrize(("name", "headline", "lede"), _PAGES)
def test_the_headline_in_the_region_is_the_title(name: str, headline: str, lede: str) -> None:
    """The title is the story's own headline inside the region, not the outlet's headline
    above it; the story's lede is kept right under the headline's line."""
    result = clean_text((DUMPS / _FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    lines = result.text.split("\n")
    assert lines[lines.index(headline) + 1].startswith(lede)
