"""Copies of the one dev story whose paragraphs hold a copyright notice, keyed with and without
the notice rule of the matching key (:mod:`cleanscrape.dedup.notices`).

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/notice_copies.py --pairs 400 --abridged 600

The story (AEB c467d507…, a short agency report whose last paragraph is the agency's notice
of three sentences) is copied as the syndication builder copies it (``dedup_corpus``): two
copies of its body (lede out), each broken by ``_rebreak`` (a paragraph of three sentences or
more cut in two, or run into the one above), every second pair's second copy edited by
``_edit_body``; and an abridged copy (``_abridge``) against a broken whole one. Draw ``i`` is
seeded with ``i``. The copies are made with the rule switched off (the edit builder reads
``matching_key``), then each pair is scored on ``matching_key`` with the rule switched off and
on: word 5-gram Jaccard of the pairs, containment of the abridged copy in the whole one. To
score an older tree's rule, run the script with that tree's ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dedup_corpus as dc
from cleanscrape.dedup import matching_key, shingles

#: The story's page (AEB), the only dev story whose paragraphs hold a notice.
STORY = "c467d507551a836efa9cfe843ba5d7bafe519750e04d0c9ff0decf44f013f829"


def _set(key: object, rule: Callable[[str], str]) -> None:
    """Switch the key's notice step (``key.without_notices``) to ``rule``."""
    key.without_notices = rule  # type: ignore[attr-defined]


def _shingles(paras: list[str]) -> set[str]:
    return shingles(matching_key("\n".join(paras)), 5)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=400, help="pairs of two copies")
    ap.add_argument("--abridged", type=int, default=600, help="abridged copies")
    args = ap.parse_args()
    key = importlib.import_module("cleanscrape.dedup.key")
    rule = key.without_notices
    off: Callable[[str], str] = lambda text: text  # noqa: E731
    stories, _ = dc.load_stories(None)
    body = next(s for s in stories if s.id == STORY).paragraphs[1:]
    donors = dc.Donors([p for s in stories[:300] if s.split == "dev" for p in s.paragraphs[1:2]])
    below = {"broken": 0, "broken and edited": 0}
    mean = {"off": 0.0, "on": 0.0}
    for i in range(args.pairs):
        _set(key, off)
        rng = random.Random(i)
        a, b = dc._rebreak(body, rng), dc._rebreak(body, rng)
        if i % 2:
            b, _ = dc._edit_body(b, donors, rng)
        x, y = _shingles(a), _shingles(b)
        j_off = len(x & y) / len(x | y)
        _set(key, rule)
        x, y = _shingles(a), _shingles(b)
        j_on = len(x & y) / len(x | y)
        mean["off"] += j_off
        mean["on"] += j_on
        if j_on < j_off - 0.005:
            below["broken and edited" if i % 2 else "broken"] += 1
    under = {"off": 0, "on": 0}
    for i in range(args.abridged):
        _set(key, off)
        rng = random.Random(i)
        whole, part = dc._rebreak(body, rng), dc._abridge(body, rng)
        for name, r in (("off", off), ("on", rule)):
            _set(key, r)
            x, y = _shingles(part), _shingles(whole)
            under[name] += len(x & y) < 0.8 * len(x)
    _set(key, rule)
    n = args.pairs
    print(f"story {STORY[:8]}…, {n} pairs, {args.abridged} abridged copies\n")
    print("| | rule off | rule on |")
    print("|---|---:|---:|")
    for name, count in below.items():
        print(f"| pairs {name} ({n // 2}): Jaccard below the rule off's by 0.005+ | - | {count} |")
    print(f"| mean Jaccard, {n} pairs | {mean['off'] / n:.4f} | {mean['on'] / n:.4f} |")
    print(f"| abridged copies contained under 0.80 | {under['off']} | {under['on']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
