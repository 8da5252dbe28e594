"""The story's headline over its dek, told by the story: the title moves to the headline.

An outlet prints a story's headline and its dek (a standfirst without a final stop, or an
author's note) right above the story, after the site's links. The guess above the region
takes the dek, a line shaped as a headline; the headline over it is worded apart from the
dek, so neither a dek that rewords its headline nor a headline in capitals tells them apart.
The story does: its opening paragraphs repeat the headline's words, and a larger share of
them than of the dek's. The title is then the headline; every line keeps its verdict.

Two pages of the syndication corpus's dev half, as its draws print them (a dev page's story
in another dev page's chrome), whole and unchanged: page 4413's story under page 4274's chrome
(seed 5: a database guide's headline in title case over its one-line dek) and page 0427's
story under page 0280's chrome (seed 6: an archive's post, its author's note under the
headline).
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

from .outlet_pages import DUMPS

_FOLDER = "told_over_dek"

_PAGES = [
    (
        "outlet_4274_story_4413.txt",
        "How To Use Explain Analyze To Improve Query Performance in PostgreSQL",
        "Learn performance tuning techniques to improve database operations",
        "With many people working remotely, getting help from a colleague can be challenging.",
    ),
    (
        "outlet_0280_story_0427.txt",
        "AI-powered metadata workflows at the ICAEW Digital Archive - Digital Preservation"
        " Coalition",
        "Craig McCarthy is Digital Archive Manager at the Institute of Chartered Accountants in"
        " England and Wales (ICAEW)",
        "When we launched the ICAEW Digital Archive in early 2020,",
    ),
]


@pytest.mark.parametrize(("name", "headline", "dek", "lede"), _PAGES)
def test_the_headline_over_the_dek_is_the_title(
    name: str, headline: str, dek: str, lede: str
) -> None:
    """The title is the headline over the dek, not the dek; the story still opens with its
    lede."""
    result = clean_text((DUMPS / _FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.title != dek
    assert result.text.startswith(lede)
