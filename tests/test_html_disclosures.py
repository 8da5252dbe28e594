"""Affiliate disclosures in HTML pages, on the pattern of dev pages: the writer's notice that
the post's links may earn a commission, printed in the post's own element above the first
paragraph or between two of them, is the outlet's notice and goes wherever it is
(:func:`cleanscrape.chrome.disclosures.disclosure`); a sentence of the story about affiliates
and commissions that does not speak of the page stays."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html
from cleanscrape.chrome.strip import classify_lines

_POST = [
    "The programming language death spiral has been top of mind for me as I shift my primary "
    "language from F# (a top 50 lang) to C# (a top 5 lang).",
    "I first discussed this phenomenon back in 2023 in the State of F# as the greatest "
    "existential threat to the language and ecosystem.",
    "Plus companies are often slow to move - it's very costly to overhaul a whole system to a "
    "new technology / language so often once a company uses one, that thing sticks around for a "
    "long time. This means it continues getting funding, maintaining jobs, and improving the "
    "ecosystem long into the future.",
    "As much as we'd like the best theoretical technology to win, humans don't always act "
    "rationally or maybe they do but there's a lot of other influences on their decision.",
]
_ABOVE = (
    "DISCLOSURE: If you buy through affiliate links, I may earn a small commission. (disclosures)"
)
_BETWEEN = (
    "Please note: If you decide to purchase a product through a link on the site, I may earn a "
    "commission without additional cost to you. These commissions help to support the site."
)
#: A sentence of a dev page's gold that names affiliates without speaking of the page.
_STORY = (
    "And I also saw people trying to recruit affiliates before their product was proven in the "
    "marketplace. (No self-respecting affiliate will work to sell an unproven product.)"
)


def _post_page(above: str, between: str) -> str:
    """A blog post with a notice in a paragraph of its own above the first paragraph and
    another between the second and the third, all in the post's element."""
    paragraphs = [f"<p>{p}</p>" for p in _POST]
    return (
        "<html><head><title>The Programming Language Death Spiral | Blog</title></head><body>"
        "<article><h1>The Programming Language Death Spiral</h1><div class='post-content'>"
        f"<p><em>{above}</em></p>"
        + "".join(paragraphs[:2])
        + f"<p>{between}</p>"
        + "".join(paragraphs[2:])
        + "</div></article></body></html>"
    )


def test_an_affiliate_disclosure_above_or_inside_the_post_goes() -> None:
    page = _post_page(_ABOVE, _BETWEEN)
    # the premise: the extractor prints both notices with the post
    found = (trafilatura.extract(page) or "").split("\n")
    assert _ABOVE in found and _BETWEEN in found
    assert clean_html(page).text.split("\n") == _POST


def test_a_story_sentence_about_affiliates_stays() -> None:
    lines = [*_POST[:2], _STORY, *_POST[2:]]
    verdicts = classify_lines(lines, from_html=True).verdicts
    assert [v.text for v in verdicts if v.keep] == lines
