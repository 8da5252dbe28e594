from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
#: The labelled list items of a WCXB dev page (0051, a guide to event trends), one of them
#: opened by "Email", a word the footer lexicon knows (the strip stage's and the HTML path's
#: tests of lists of the body).
EVENT_TREND_ITEMS = (
    "Event Website: Create a conversion-focused website with an information hub and lead "
    "generation tool.",
    "Email Marketing: Implement targeted campaigns with distinct pre-event, day-of, and "
    "follow-up messaging.",
    "Social Media Strategy: Develop event-specific hashtags, shareable graphics, and "
    "momentum-building content.",
    "Event App: Deploy a dedicated event app to enhance the attendee experience and capture "
    "valuable behavioral data.",
)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5, "seeds/ must hold the five seed pages"
    return paths


@pytest.fixture(scope="session")
def seed_texts(seed_paths: list[Path]) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in seed_paths}


def html_dumps(paths: Iterable[Path]) -> list[str]:
    """Whole-page text dumps of gzipped HTML pages: every visible line, as ``html_text`` lays
    the page out (the benchmark's dumps are made so). Skips the test without ``html_text``."""
    html_text = pytest.importorskip("html_text")
    return [
        str(
            html_text.extract_text(
                gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace"),
                guess_layout=True,
            )
        )
        for p in paths
    ]
