"""Another article's head above the story, inside the region: the story starts at its own
headline.

The page an outlet prints a story on may keep its own article's head above it: that article's
headline (twice: the page's title line and its heading), its date, its standfirst, a box of key
points and its first paragraph. The region search takes those paragraphs in with the story's,
so the copy's text opens with another article, and its matching key lies in another copy's
key by little more than half. The story's own headline follows them: a title-like line printed
once whose lede repeats its words, under which the story outweighs the paragraphs above it and
repeats almost none of their words, nor any word of the head's own headline (which the head's
lines repeat). The story starts at that headline; the head above it is dropped.

Pages of the syndication corpus's dev half, lines unchanged, as its draws print them (a dev
page's story in another dev page's chrome): WCXB page 4633's story under page 4666's chrome
(a podcast platform's equipment guide: its headline twice, its date, standfirst, four key
points and first paragraph) and under page 0393's, both of the draw of seed 2238, and AEB page
ffc109d4…'s story under page 4666's chrome, of the draw of seed 2219.
"""

from __future__ import annotations

import pytest

from cleanscrape import clean_text, compare

from .outlet_pages import DUMPS

_FOLDER = DUMPS / "foreign_head"

_PAGES = [
    ("outlet_4666_story_4633.txt", "7 Healthy Air Fryer Recipes", "Is it worth storing?"),
    (
        "outlet_4666_story_ffc109d4.txt",
        "ONE OF THE TOP-PERFORMING BEAUTY STOCKS COULD SURGE AFTER",
        "Beauty company Coty is breaking out",
    ),
]

#: Lines of the head of page 4666's guide: its standfirst and its first key point.
_HEAD = (
    "Learn how to select the perfect podcast equipment to fit your budget and goals.",
    "You probably already own the essential tools to start recording quality audio",
)


def _clean(name: str) -> str:
    return clean_text((_FOLDER / name).read_text(encoding="utf-8")).text


@pytest.mark.parametrize(("name", "headline", "lede"), _PAGES)
def test_the_story_starts_at_its_own_headline(name: str, headline: str, lede: str) -> None:
    """The title is the story's headline, the text opens with its lede; the guide's head is
    gone."""
    result = clean_text((_FOLDER / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.text.startswith(lede)
    assert not any(line.startswith(_HEAD) for line in result.text.split("\n"))


def test_the_copies_bodies_match_without_the_head() -> None:
    """Page 4633's story under page 4666's chrome and under page 0393's: the same body."""
    found = compare(_clean("outlet_4666_story_4633.txt"), _clean("outlet_0393_story_4633.txt"))
    assert found.relation == "exact"
    assert found.similarity == 1.0
