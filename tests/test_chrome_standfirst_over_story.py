"""An outlet's own story's headline and standfirst above another story, inside its region.

A page that prints its own story's headline and its short standfirst (a caption, a date under
it) right over another story leaves that short text in the story's region: the headline over
it has only that text under it, while the story's own headline stands right over its lede.
That headline is the title, and the outlet's standfirst is no part of the body.

Two pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev page's
story in another dev page's chrome), lines unchanged: page 4123's story under page 4530's
chrome (a standfirst and a caption under the outlet's headline) and page 0324's story under
page 0473's (a standfirst and a date).
"""

from __future__ import annotations

import pytest

from .outlet_pages import DUMPS, titled

_FOLDER = "standfirst_over_story"

_PAGES = [
    (
        "standfirst_4530_4123.txt",
        "Debunking 10 common nutrition myths for 2025",
        "High-fibre, complex carbohydrates can be part of a nutritious diet;",
        "What intermittent fasting really does for your body and brain",
        "Fasting has been shown to reduce blood pressure",
    ),
    (
        "standfirst_0473_0324.txt",
        "How to Find the Right Software Business For Sale",
        "When you know where to look and what to look for,",
        "AI won’t steal your job—but it may save your CD set",
        "Method Architecture’s Jake Donaldson outlines where AI truly adds value",
    ),
]


@pytest.mark.parametrize(("name", "headline", "lede", "own", "standfirst"), _PAGES)
def test_the_headline_over_the_lede_beats_the_outlet_s_headline_over_its_standfirst(
    name: str, headline: str, lede: str, own: str, standfirst: str
) -> None:
    """The title is the headline right over the story's lede, not the outlet's own headline
    over its standfirst; the body opens with the lede and holds neither the outlet's headline
    nor its standfirst."""
    page = (DUMPS / _FOLDER / name).read_text(encoding="utf-8")
    lines = page.split("\n")
    # (the outlet's headline stands above its standfirst, which stands above the headline)
    assert lines.index(own) < lines.index(next(x for x in lines if x.startswith(standfirst)))
    assert lines.index(next(x for x in lines if x.startswith(standfirst))) < lines.index(headline)
    text = titled(_FOLDER, name, headline, lede)
    assert standfirst not in text
    assert own not in text
