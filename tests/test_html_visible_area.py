"""The visible text that stands in for a short extraction is every section of the article's
area (the main prose block and the other elements of its template), not the main block alone."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from cleanscrape import clean_html
from cleanscrape.html.extract import extract_html

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))


def _wcxb(page_id: str) -> tuple[bytes, str, str]:
    """A WCXB-dev page's bytes, its URL and its gold text; skips when the pages are absent."""
    path = BENCH / "wcxb-dev" / "html" / f"{page_id}.html.gz"
    if not path.exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    item = json.loads((BENCH / "wcxb-dev" / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    return gzip.decompress(path.read_bytes()), item["url"], item["ground_truth"]["main_content"]


def test_the_visible_text_that_stands_in_is_every_section_of_the_template() -> None:
    # a guide (WCXB dev 0113) whose sections are each an element of one tag and class: the
    # extractor's text is under a quarter of the main block's prose, and the visible text of
    # the main block alone ("How to create an effective online course") left out the sections
    # above it, the definition and the types of courses
    html, url, gold = _wcxb("0113")
    assert extract_html(html.decode("utf-8"), url=url).method == "visible"  # the premise
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
