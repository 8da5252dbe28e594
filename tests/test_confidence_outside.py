"""The ``outside`` confidence signal: the share of the body that is not the article's area."""

from __future__ import annotations

from functools import partial

from cleanscrape import clean_html, clean_text
from cleanscrape.confidence import score, signals
from cleanscrape.html.extract import extract_html
from cleanscrape.html.tail import in_area

from .aeb import gold, gold_paragraphs, page_markup

GOLD = gold()


def _story(name: str) -> list[str]:
    return gold_paragraphs(GOLD, name)


def test_a_second_story_in_the_body_is_outside_the_article_area() -> None:
    page = page_markup("06ee193d")
    inside = partial(in_area, inside=extract_html(page).area_words)
    good = clean_html(page).text.split("\n")
    # the clean text of a real article page is all text of its area
    assert signals(good, flags=[], in_article=inside).outside < 0.05
    # the same body with another page's story after its first paragraph (two articles in one
    # output): that story's lines are the share outside
    other = _story("14cc2a0c")[:4]
    mixed = [good[0], *other, *good[1:]]
    share = sum(map(len, other)) / sum(map(len, mixed))
    sig = signals(mixed, flags=[], in_article=inside)
    assert abs(sig.outside - share) < 0.02
    assert score(sig) < score(signals(mixed, flags=[]))  # the same body without the area


def test_outside_is_zero_without_an_article_area() -> None:
    page = page_markup("06ee193d")
    html = clean_html(page)
    assert html.metadata["confidence_signals"].outside < 0.05
    # a text dump has no page structure: no evidence either way
    text = clean_text("\n\n".join(_story("06ee193d")))
    assert text.metadata["confidence_signals"].outside == 0.0
