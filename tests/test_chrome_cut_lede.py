"""The story's lede printed cut with an ellipsis right under its headline, the body's first
paragraph right below it: the story's own opening, as an outlet that prints its feed's cut
lede shows it, not a card's teaser. The cut alone made it a ``teaser``, so one copy of a
story dropped the lede another copy keeps, and the pair's keys drifted apart. The pages
(``data/dumps/cut_lede_under_headline/``): three dev pages of the syndication corpus as
printed, whole: the story of page 0333 of the WCXB v1.0 development split (Murrough Foley,
2026, CC-BY-4.0: ``data/html/wcxb/LICENSE``) in the chrome of pages 0196 (``cut_0333.txt``,
its lede cut) and 4530 (``whole_0333.txt``, its lede whole among the outlet's lines) of the
same split (seed 2209), and the story of page 0024 in the chrome of page 4498
(``cut_0024.txt``, seed 2210)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.strip import classify_lines

_DIR = Path(__file__).parent / "data" / "dumps" / "cut_lede_under_headline"


def _lines(name: str) -> list[str]:
    return (_DIR / name).read_text().splitlines()


@pytest.mark.parametrize(
    ("name", "headline", "lede"),
    [
        (
            "cut_0333.txt",
            "This Is The Top Car Rental Company In The US, According To The 2025 J.D. Power",
            "Enterprise Rent-A-Car has claimed the top spot in the J.D. Power 2025",
        ),
        (
            "cut_0024.txt",
            "Comparing Different Types of Catering Services",
            "When you're planning an event, one of the first things you need to do",
        ),
    ],
)
def test_cut_lede_under_the_headline_is_kept(name: str, headline: str, lede: str) -> None:
    lines = _lines(name)
    at = next(k for k, ln in enumerate(lines) if ln.strip().startswith(lede))
    assert lines[at].rstrip().endswith("…")
    verdicts = {v.lineno: v for v in classify_lines(lines).verdicts}
    assert verdicts[at - 1].category == "headline" and lines[at - 1].strip().startswith(headline)
    assert verdicts[at].keep, (verdicts[at].category, lines[at])
    assert verdicts[at + 1].keep  # the body's first paragraph


def test_the_cut_lede_has_the_verdict_of_the_copy_that_keeps_it() -> None:
    lede = "Enterprise Rent-A-Car has claimed the top spot"
    verdicts = []
    for name in ("cut_0333.txt", "whole_0333.txt"):
        lines = _lines(name)
        at = next(k for k, ln in enumerate(lines) if ln.strip().startswith(lede))
        verdicts.append({v.lineno: v for v in classify_lines(lines).verdicts}[at].keep)
    assert verdicts == [True, True]
