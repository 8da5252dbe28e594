"""The story's headline right above its region, though its lede does not repeat it.

Where no page title names the headline, it is guessed among the untagged lines above the
story, and the guess gives way to the line right above the region only when the lede repeats
that line's words. A lede often tells something else first ("Research at Cambridge Judge
Business School tackled the issue in a different way"), and the guess then fell to the
outlet's section labels and share rows higher up ("Knowledge base", "X Share via"), while the
headline stayed in the body. A line right above the region that is shaped as a headline (a
title-like line of four to twenty words, printed once, no byline, no interface text, one
sentence) is the headline. The headline two lines above the region, past one line that is no
heading (the lede's first sentence cut as a teaser), is taken when the region's opening repeats
its words.

Three pages of the syndication corpus's dev half, as its draw of seed 5 prints them (a dev
page's story in another dev page's chrome), lines unchanged: AEB/WCXB dev page 0456's story
under page 0246's chrome, an AEB dev page's Korean story under another AEB dev page's chrome,
and page 0065's story under page 0228's chrome.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean_text

from .outlet_pages import titled

_FOLDER = "headline_over_untold_lede"
_DIR = Path(__file__).parent / "data" / "dumps" / _FOLDER

_RIGHT_ABOVE = [
    (
        "section_label_0246_0456.txt",
        "Human Input Crucial To Maximise Effectiveness Of Ai, Says New Research",
        "Research at Cambridge Judge Business School tackled the issue in a different way",
        "Knowledge base",
    ),
    (
        "share_row_c90731f0_0ec95c72.txt",
        "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia",
        "[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가.",
        "X Share via",
    ),
]


@pytest.mark.parametrize(("name", "headline", "lede", "label"), _RIGHT_ABOVE)
def test_headline_right_above_an_untold_lede_is_the_title(
    name: str, headline: str, lede: str, label: str
) -> None:
    """The line right above the story is the title, not the outlet's label higher up, and
    the body opens with the story's first paragraph, not with its headline."""
    page = (_DIR / name).read_text(encoding="utf-8")
    assert page.index(label) < page.index(headline)  # (the outlet's label stands higher up)
    titled(_FOLDER, name, headline, lede)


def test_headline_past_the_lede_s_cut_first_line_is_the_title() -> None:
    """The headline over the lede's first sentence cut as a teaser ("... The…") is the title
    when the story's opening repeats its words, not the outlet's heading above it."""
    result = clean_text((_DIR / "past_lede_line_0228_0065.txt").read_text(encoding="utf-8"))
    assert result.title == "Top Weight Loss Medications"
    # the story's lede, cut with "…" under the headline over the body, is the story's
    assert result.text.startswith("The pharmacological treatment of obesity is a fast-changing")
