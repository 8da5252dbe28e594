"""The ``gap`` confidence signal: how far the clean body's length is from that of the
article's nodes by content score."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from cleanscrape import clean_html, clean_text
from cleanscrape.confidence import content_gap, score
from cleanscrape.html.extract import extract_html

DATA = Path(__file__).resolve().parent / "data" / "html"


def _page(path: str) -> str:
    return gzip.decompress((DATA / path).read_bytes()).decode("utf-8")


def test_an_article_is_as_long_as_its_nodes_by_content_score() -> None:
    # a news story: the clean body is the text of the article's nodes
    page = _page("aeb/14cc2a0c.html.gz")
    chars = extract_html(page).content_chars
    assert chars > 1000
    result = clean_html(page)
    sig = result.metadata["confidence_signals"]
    assert sig.gap < 0.05
    assert sig.gap == content_gap(result.text.split("\n"), chars)
    assert result.confidence is not None and result.confidence >= 0.9


def test_a_page_of_cards_is_far_from_its_best_scored_element() -> None:
    # an agency's home page: a pitch over five case-study cards, each a title and a one-line
    # blurb; the best-scored element is the pitch's line alone, and the body holds the cards'
    # blurbs beside it, ten times as long
    page = _page("wcxb/4245.html.gz")
    result = clean_html(page)
    sig = result.metadata["confidence_signals"]
    assert 0 < extract_html(page).content_chars < 100
    assert sig.gap > 0.8
    # the signal alone lowers the score under the precision preset's threshold (0.8)
    assert result.confidence is not None and result.confidence < 0.8
    without = type(sig)(**{**{f: getattr(sig, f) for f in sig.__slots__}, "gap": 0.0})
    assert score(without) >= 0.8


def test_gap_is_zero_without_nodes_by_content_score() -> None:
    gold = json.loads((DATA / "wcxb" / "4245.json").read_text("utf-8"))
    # a text dump has no page tree: no evidence either way
    text = clean_text(gold["ground_truth"]["main_content"])
    assert text.metadata["confidence_signals"].gap == 0.0
    assert content_gap(["Some line of text."], 0) == 0.0
    # a body with nothing in it is as far as can be from nodes that hold text
    assert content_gap([], 500) == 1.0
