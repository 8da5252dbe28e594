"""The ``--favor`` presets on the HTML path: precision, recall and routing, per half.

Usage::

    .venv/bin/python benchmarks/presets.py                 # AEB + WCXB-dev, all pages
    .venv/bin/python benchmarks/presets.py --set aeb --limit 40

Each page's HTML goes through :func:`cleanscrape.process.clean_html_document` once per preset
(``precision``, ``balanced``, ``recall``; everything else default), in one process, pages in
turn. Scores use the AEB shingle metric (``aeb_score``) against the gold body, for the dev half,
the held-out half and all pages (:func:`common.split_of`). A preset is worth having when it
moves precision up and recall down (or the other way) against ``balanced`` on both halves.

``low_confidence`` columns: how many pages each preset routes away (its own threshold) and the
mean F1 of those pages against the others, i.e. what a user who sends flagged pages elsewhere
would gain. CPU time per page of each preset is printed too (``time.process_time``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.options import CleanOptions, Favor
from cleanscrape.process import clean_html_document
from cleanscrape.text import decode_bytes
from common import SPLITS, Page, aeb_pages, aeb_score, wcxb_pages

PRESETS: tuple[str, ...] = ("precision", "balanced", "recall")


@dataclass(slots=True)
class Outputs:
    texts: list[str] = field(default_factory=list)
    flagged: list[bool] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def run_set(pages: list[Page]) -> dict[str, Outputs]:
    runs = {name: Outputs() for name in PRESETS}
    options = {name: CleanOptions(favor=name) for name in PRESETS}  # type: ignore[arg-type]
    for page in pages:
        markup = decode_bytes(page.html, source=page.id, html=True).text
        for name in PRESETS:
            t0 = time.process_time()
            result = clean_html_document(markup, options[name], url=page.url, source=page.id)
            runs[name].cpu.append(time.process_time() - t0)
            runs[name].texts.append(result.text)
            runs[name].flagged.append("low_confidence" in result.flags)
    return runs


def _f1(text: str, gold: str) -> float:
    return aeb_score([(text, gold)]).f1


def table(title: str, pages: list[Page], runs: dict[str, Outputs], keep: list[bool]) -> str:
    gold = [p.gold for p, k in zip(pages, keep, strict=True) if k]
    rows = [
        f"#### {title} ({len(gold)} pages)",
        "",
        "| preset | P | R | F1 | low_confidence pages | their mean F1 | others' mean F1 |"
        " CPU ms/page |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, run in runs.items():
        texts = [t for t, k in zip(run.texts, keep, strict=True) if k]
        flags = [f for f, k in zip(run.flagged, keep, strict=True) if k]
        cpu = [c for c, k in zip(run.cpu, keep, strict=True) if k]
        score = aeb_score(zip(texts, gold, strict=True))
        per_page = [_f1(t, g) for t, g in zip(texts, gold, strict=True)]
        low = [f for f, flag in zip(per_page, flags, strict=True) if flag]
        rest = [f for f, flag in zip(per_page, flags, strict=True) if not flag]
        low_mean = f"{statistics.fmean(low):.3f}" if low else "-"
        rest_mean = f"{statistics.fmean(rest):.3f}" if rest else "-"
        rows.append(
            f"| {name} | {score.precision:.4f} | {score.recall:.4f} | {score.f1:.4f} | {len(low)} |"
            f" {low_mean} | {rest_mean} | {statistics.median(cpu) * 1000:.1f} |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["aeb", "wcxb", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    args = parser.parse_args(argv)
    if set(PRESETS) != set(get_args(Favor)):
        raise SystemExit(f"presets {PRESETS} differ from CleanOptions.favor {get_args(Favor)}")
    sets = {"aeb": aeb_pages, "wcxb": wcxb_pages}
    names = list(sets) if args.set == "both" else [args.set]
    for name in names:
        pages = sets[name](args.limit)
        runs = run_set(pages)
        for split in SPLITS:
            keep = [p.split == split for p in pages]
            print(table(f"{name}, {split} half", pages, runs, keep), "\n")
        print(table(f"{name}, all", pages, runs, [True] * len(pages)), "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
