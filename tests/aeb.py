"""AEB benchmark pages and their gold, read one way for every test that reads them.

Three folders hold AEB pages, each with the gold of its pages in ``ground-truth.json`` (by
page id: ``articleBody``, ``url``, ...): ``tests/data/html/aeb`` (a few pages, each gzipped
beside the gold), ``tests/data/aeb`` and the benchmark's ``aeb`` folder
(``$CLEANSCRAPE_BENCH_DATA``; the pages under ``html/``).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import DATA, ROOT

#: The few AEB pages kept with the tests, beside their gold.
PAGES = DATA / "html" / "aeb"
#: The benchmark's pages (not in the repository: a test of them skips without them).
BENCH = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))
BENCH_AEB = BENCH / "aeb"


def gold(folder: Path = PAGES) -> dict[str, dict[str, str]]:
    """The gold of every page of ``folder``, by page id."""
    truth: dict[str, dict[str, str]] = json.loads(
        (folder / "ground-truth.json").read_text(encoding="utf-8")
    )
    return truth


def page_path(folder: Path, pid: str) -> Path:
    """Where ``folder`` keeps page ``pid`` (under ``html/`` when it has that folder)."""
    pages = folder / "html"
    return (pages if pages.is_dir() else folder) / f"{pid}.html.gz"


def page_bytes(pid: str, folder: Path = PAGES) -> bytes:
    """Page ``pid`` of ``folder`` as it was fetched (its bytes, ungzipped)."""
    return gzip.decompress(page_path(folder, pid).read_bytes())


def page_markup(pid: str, folder: Path = PAGES) -> str:
    """Page ``pid`` of ``folder`` decoded as UTF-8 (a stray byte replaced)."""
    return page_bytes(pid, folder).decode("utf-8", errors="replace")


def gold_paragraphs(truth: dict[str, dict[str, str]], pid: str) -> list[str]:
    """The paragraphs of page ``pid``'s gold longer than 40 characters, stripped: the
    article's prose, which an output must keep."""
    return [p.strip() for p in truth[pid]["articleBody"].split("\n") if len(p.strip()) > 40]


def bench_page(pid: str) -> tuple[bytes, str]:
    """Benchmark page ``pid``'s bytes and its gold text; skips the test without the pages."""
    if not page_path(BENCH_AEB, pid).exists():
        pytest.skip(f"benchmark pages not found in {BENCH}")
    return page_bytes(pid, BENCH_AEB), gold(BENCH_AEB)[pid]["articleBody"]


def pages_with_gold(folder: Path) -> Iterator[tuple[str, str, str]]:
    """Every page of ``folder`` that is there with its gold, in id order: its id, its gold
    text and its markup (:func:`page_markup`)."""
    for pid, item in sorted(gold(folder).items()):
        if page_path(folder, pid).exists():
            yield pid, str(item["articleBody"]), page_markup(pid, folder)
