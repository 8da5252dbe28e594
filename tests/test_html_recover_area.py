"""The article's area read whole: its blocks after the last one the extractor kept while the
extracted text runs on past it, and every section of its template when the extractor's text is
too short and the visible text stands in."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
import trafilatura

from cleanscrape import clean_html

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))


def _wcxb(page_id: str) -> tuple[bytes, str, str]:
    """A WCXB-dev page's bytes, its URL and its gold text; skips when the pages are absent."""
    path = BENCH / "wcxb-dev" / "html" / f"{page_id}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    item = json.loads((BENCH / "wcxb-dev" / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    return gzip.decompress(path.read_bytes()), item["url"], item["ground_truth"]["main_content"]


def test_a_listings_cards_after_the_areas_last_kept_paragraph_go_back() -> None:
    # a movers' ranking (WCXB dev 0056): each mover's paragraph sits in a card of one template;
    # the extractor keeps the first five cards and the sections below the listing ("How Much
    # Does It Cost ...", the FAQ), and leaves the "who else made our list" cards between them
    html, url, gold = _wcxb("0056")
    missing = [
        "Colonial Van Lines (USDOT: 1434373) is a trusted full-service moving company",
        "American Van Lines (USDOT: 614506) started in 1995 with only two trucks",
    ]
    extracted = trafilatura.extract(html, url=url) or ""
    assert "What’s included in a full-service move?" in extracted  # text kept below them
    text = clean_html(html, url=url).text
    for start in missing:
        assert start in gold and start not in extracted  # the premise
        assert start in text
    # put back after the area's last kept card, above the sections the extractor kept below
    assert text.index(missing[0]) < text.index("What’s included in a full-service move?")


def test_the_visible_text_that_stands_in_is_every_section_of_the_template() -> None:
    # a guide (WCXB dev 0113) whose sections are each an element of one tag and class: the
    # extractor's text is under a quarter of the main block's prose, and the visible text of
    # the main block alone ("How to create an effective online course") left out the sections
    # above it, the definition and the types of courses
    html, url, gold = _wcxb("0113")
    text = clean_html(html, url=url).text
    for start in (
        "An online course can be defined as a virtual learning experience",
        "Types of online courses",
        "Learners follow a schedule, attend virtual sessions",
        "Start with clear learning objectives",
    ):
        assert start in gold
        assert start in text
    assert text.index("Types of online courses") < text.index("Start with clear learning")
    assert "Useful resources" not in text  # the links under the guide stay out
