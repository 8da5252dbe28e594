"""What measuring containment inside sentences costs the fingerprints (``text_prints``).

Usage::

    CLEANSCRAPE_BENCH_DATA=/path/to/benchmarks .venv/bin/python benchmarks/inside_cost.py \\
        --docs 1000 --repeat 7

A text's print holds, besides its shingle hashes, the ones containment measures: its
shingles inside one sentence (:mod:`cleanscrape.dedup.sentences`), found from its lines' word
hashes and where its sentences end, each distinct line read once per batch. Two batches: the
seeds' varied copies (``throughput.seed_corpus``: near-copies, sharing most lines) and the
AEB pages' gold article bodies (distinct texts; from ``$CLEANSCRAPE_BENCH_DATA/aeb``, left out
when missing). Each batch is fingerprinted as the dedup stage does it, and again with the
sentence step left out (the baseline: the prints then measure all shingles), the two taking
turns in one process. CPU ms per text (``time.process_time``), median of ``--repeat`` rounds,
and the ratio to the baseline; then the share of the texts' shingles measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape import CleanOptions
from cleanscrape.dedup import prints as prints_module
from cleanscrape.dedup.prints import text_prints
from throughput import seed_corpus


@contextmanager
def _no_sentences() -> Iterator[None]:
    """The prints made without the sentence step: every text's measured hashes are all."""
    made = prints_module._Batch._insides

    def none(self, views, matched, lines, size):  # type: ignore[no-untyped-def]
        return [np.empty(0, dtype=np.uint64)] * len(views)

    prints_module._Batch._insides = none  # type: ignore[method-assign]
    try:
        yield
    finally:
        prints_module._Batch._insides = made  # type: ignore[method-assign]


def _cpu(texts: list[str], opts: CleanOptions) -> float:
    start = time.process_time()
    text_prints(texts, opts, whole=True)
    return time.process_time() - start


def _bodies(root: Path) -> list[str]:
    """The AEB pages' gold article bodies (none when the folder is missing)."""
    truth = root / "aeb" / "ground-truth.json"
    if not truth.is_file():
        return []
    gold = json.loads(truth.read_text(encoding="utf-8"))
    return [g["articleBody"] for _, g in sorted(gold.items()) if g.get("articleBody")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="seed variants")
    ap.add_argument("--repeat", type=int, default=7, help="rounds")
    args = ap.parse_args()
    opts = CleanOptions()
    with tempfile.TemporaryDirectory() as tmp:
        seed_corpus(Path(tmp), args.docs)
        copies = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).rglob("*.txt"))]
    root = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", "../shared/benchmarks"))
    batches = {"seed variants (near-copies)": copies, "AEB gold bodies (distinct)": _bodies(root)}
    print("| batch | texts | baseline ms/text | with sentences ms/text | ratio | measured |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, texts in batches.items():
        if not texts:
            continue
        base: list[float] = []
        new: list[float] = []
        for _ in range(args.repeat):
            with _no_sentences():
                base.append(_cpu(texts, opts))
            new.append(_cpu(texts, opts))
        made = text_prints(texts, opts, whole=True)
        measured = sum((p.hashes if p.inside is None else p.inside).size for p in made)
        share = measured / max(1, sum(p.hashes.size for p in made))
        b, w = (1000 * statistics.median(x) / len(texts) for x in (base, new))
        print(f"| {name} | {len(texts):,} | {b:.3f} | {w:.3f} | {w / b:.2f} | {share:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
