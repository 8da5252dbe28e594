"""The headline that opens the region: a question whose lede repeats its words.

A dump that names no headline gets the best line above the article's region, or the line right
above the region when its lede repeats its words. An outlet that prints its headline with
nothing but links above it and asks a question in it ("Which Social Media Marketing
Certification is Best?") has the headline weighed with the story's prose: it opens the region
and was kept as the story's first line, while a line of the outlet's chrome above it was taken
for the title (the outlet's own headline, "Shop Mesh WiFi Mesh WiFi vs. Extenders", a language
menu's "Portuguese (Portugal)"). Three copies of one story then carried three titles, and each
body opened with its headline.

The pages (``data/dumps/asking_headline_copies/``): three copies of one story in a syndication
draw (dev), lines as printed; the headline is the line the draw printed above the lede.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean_text

DATA = Path(__file__).parent / "data" / "dumps" / "asking_headline_copies"
#: The story's headline as each copy prints it, and the first line of the lede under it.
COPIES = {
    "outlet_0011": (
        "Which Social Media Marketing Certification is Best?",
        "Explore the world of Social Media Marketing and discover the best certifications",
    ),
    "outlet_4233": (
        "Which Social Media Marketing Certification Is Best?",
        "From understanding how different social media channels work to mastering paid",
    ),
    "outlet_4260": (
        "Which Social Media Marketing Certification is Best?",
        "Explore the world of Social Media Marketing and discover the best certifications",
    ),
}


def _page(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_question_over_its_lede_is_the_title(name: str) -> None:
    headline, _ = COPIES[name]
    lines = _page(name).split("\n")
    assert lines.index(headline) > 10  # (under the outlet's chrome, as the page prints it)
    assert clean_text(_page(name)).title == headline


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_body_opens_with_the_lede(name: str) -> None:
    """The headline goes to the title, not the text: the body opens with the lede."""
    headline, lede = COPIES[name]
    text = clean_text(_page(name)).text.split("\n")
    assert headline not in text
    assert text[0].startswith(lede)


def test_the_copies_carry_one_headline() -> None:
    titles = {(clean_text(_page(name)).title or "").casefold() for name in COPIES}
    assert titles == {COPIES["outlet_0011"][0].casefold()}
