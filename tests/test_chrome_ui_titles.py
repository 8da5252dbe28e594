"""Interface text is never guessed as the headline.

Where no page title names the headline, it is guessed among the untagged lines above the
story; an outlet's form and search box print lines there that read like a headline, title-cased
or ending in "!" ("Thank you! Your submission has been received!", "Input your search term"),
and one of them was taken over the story's own headline right above it. Lines of the lexicon's
interface messages and calls to action (``UI_MESSAGES``, ``UI_CALLS``) are passed over, and
the guess falls to the story's headline.

Two pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev
page's story in another dev page's chrome), lines unchanged: the story of WCXB dev page 4884
under page 0228's chrome (a sign-up form's thanks and errors), and the story of page 4706
under page 4052's (a search box's prompt).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean_text

_DIR = Path(__file__).parent / "data" / "dumps" / "ui_text_over_headline"

_PAGES = [
    (
        "form_thanks_0228_4884.txt",
        "Comparing Prepared Meal Delivery 2026 | Daily Harvest, Freshly, More",
        "One of the overlooked pieces of marathon training is nutrition.",
    ),
    (
        "search_prompt_4052_4706.txt",
        "Lighting for indoor plants and starting seeds",
        "Sufficient light is important to growing healthy plants.",
    ),
]


@pytest.mark.parametrize(("name", "headline", "lede"), _PAGES)
def test_headline_under_interface_text_is_the_title(name: str, headline: str, lede: str) -> None:
    """The story's headline is the title, not the form's or the search box's line above it,
    and the body opens with the story's first paragraph."""
    result = clean_text((_DIR / name).read_text(encoding="utf-8"))
    assert result.title == headline
    assert result.text.startswith(lede)
    assert "Your submission has been received" not in result.text
