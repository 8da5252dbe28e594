"""``benchmarks/browser_dumps.py``: whole-page dumps as headless Chromium's ``innerText`` makes
them, offline, below the page's title line.

Needs the system's Chromium (``apt-get install -y chromium``); without it these tests are
skipped, unless ``CLEANSCRAPE_REQUIRE_BROWSER=1`` (as in CI) makes that a failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .report_browser import require_chromium

require_chromium()

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import browser_dumps  # noqa: E402

# A news page as the benchmark pages are made: a script that sends the reader to the https
# address (as a WordPress theme of the AEB pages does), a menu, a hidden cookie panel, the
# story with a line break, a table of results, and a style sheet of another host.
_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council  approves the new
 bridge | Riverside Gazette</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
<script>if (document.location.protocol != "https:") {
  document.location = document.URL.replace(/^http:/i, "https:");}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div style="display:none">We use cookies to improve your experience.</div>
<article><h1>Council approves the new bridge</h1>
<p>The council voted on Tuesday to build the bridge.<br>Work starts in spring.</p>
<table><tr><td>For</td><td>7</td></tr><tr><td>Against</td><td>2</td></tr></table>
</article>
<img src="https://cdn.example.com/photo.jpg" alt="">
</body></html>"""


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLEANSCRAPE_BENCH_CACHE", str(tmp_path))
    return tmp_path


def test_the_dump_is_the_title_line_then_the_inner_text(cache: Path) -> None:
    counts = browser_dumps.render_all(
        [(_PAGE.encode("utf-8"), "https://gazette.example.org/2024/bridge")], jobs=1, quiet=True
    )
    assert counts["ok"] == 1
    dump = browser_dumps.html_to_dump_chromium(_PAGE.encode("utf-8"))
    lines = dump.split("\n")
    assert lines[:2] == ["Council approves the new bridge | Riverside Gazette", ""]
    assert "The council voted on Tuesday to build the bridge." in lines
    assert "Work starts in spring." in lines  # <br> as a newline
    assert "For\t7" in lines  # table cells separated by a tab
    assert "cookies" not in dump  # display:none left out
    assert "Council approves the new bridge" in lines[2:]
    # cached: read back without a browser
    (entry,) = [json.loads(p.read_text(encoding="utf-8")) for p in cache.glob("*.json")]
    assert entry["status"] == "ok"


def test_a_page_without_an_address_is_rendered_on_demand(cache: Path) -> None:
    page = "<html><head><title>T</title></head><body><p>One</p><p>Two</p></body></html>"
    assert browser_dumps.html_to_dump_chromium(page) == "T\n\nOne\n\nTwo"
