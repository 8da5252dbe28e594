"""What a batch's line memo saves: the strip stage and the site-template keys of each corpus
with one :class:`~cleanscrape.chrome.memo.LineMemo` over the batch, against the same code
without one, in one process.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/line_memo.py --docs 300 --pages 120 --repeat 7

Per round, every page of a corpus is classified without a memo (``classify_lines``), then
every page again with a fresh memo that the pages share, as a batch does (the pages in the
order of their files); then the template keys of every cleaned page (``templates.line_keys``)
are taken without and with the memo that cleaning filled. CPU ms a page (``time.process_time``),
median of ``--repeat`` rounds. Before the timing, every page's lines and verdicts with the memo
are checked to equal those without. Also the share of lines found in the memo, and its size.

Corpora as in ``alternate.py``: the first ``--pages`` AEB+WCXB-dev dumps (pages of distinct
sites), ``seeds x N`` (variants of the five seeds) and the dumps of the sites with two pages or
more in the dev half, and in the held-out half (``throughput.site_corpus``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.chrome.memo import LineMemo, page_lines
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.chrome.templates import line_keys
from cleanscrape.io import iter_documents
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_document
from cleanscrape.text import decode_bytes, repair_text
from throughput import dump_corpus, seed_corpus, site_corpus


def _median_ms(times: list[float], n: int) -> float:
    return statistics.median(times) / n * 1e3


def measure(root: Path, repeat: int) -> list[str]:
    files = sorted(root.rglob("*.txt"))
    pages = [repair_text(decode_bytes(p.read_bytes()).text).split("\n") for p in files]
    check = LineMemo()
    for lines in pages:
        if page_lines(lines, check) != page_lines(lines, None):
            raise SystemExit("a page's lines differ with the memo")
        if classify_lines(lines, memo=check) != classify_lines(lines):
            raise SystemExit("a page's verdicts differ with the memo")
    held = LineMemo()
    looked = found = 0
    for lines in pages:
        texts = [t for t in map(str.strip, lines) if t]
        looked += len(texts)
        found += sum(row is not None for row in held.rows(texts))
        page_lines(lines, held)
    clock = time.process_time
    without: list[float] = []
    with_memo: list[float] = []
    for _ in range(repeat):
        t0 = clock()
        for lines in pages:
            classify_lines(lines)
        t1 = clock()
        memo = LineMemo()
        for lines in pages:
            classify_lines(lines, memo=memo)
        t2 = clock()
        without.append(t1 - t0)
        with_memo.append(t2 - t1)
    options = CleanOptions()
    memo = LineMemo()
    results = [clean_document(d, options, memo=memo) for d in iter_documents(root)]
    keys_without: list[float] = []
    keys_with: list[float] = []
    runs: tuple[tuple[list[float], Callable[[], object]], ...] = (
        (keys_without, lambda: [line_keys(r) for r in results]),
        (keys_with, lambda: [line_keys(r, memo) for r in results]),
    )
    for _ in range(repeat):
        for out, work in runs:
            t0 = clock()
            work()
            out.append(clock() - t0)
    n = len(pages)
    a, b = _median_ms(without, n), _median_ms(with_memo, n)
    c, d = _median_ms(keys_without, n), _median_ms(keys_with, n)
    return [
        f"| {root.name} x {n} | strip (`classify_lines`) | {a:.3f} | {b:.3f} | {b / a:.3f} |",
        f"| | site-template keys (`line_keys`) | {c:.3f} | {d:.3f} | {d / c:.3f} |",
        f"| | lines found in the memo | | {found / looked:.1%} of {looked:,} | "
        f"{len(held):,} texts held |",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300, help="seed variants (default 300)")
    ap.add_argument("--pages", type=int, default=120, help="AEB+WCXB dumps (default 120)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    out = []
    with tempfile.TemporaryDirectory(prefix="cleanscrape-line-memo-") as tmp:
        dumps, seeds, dev, held_out = (
            Path(tmp) / x for x in ("dumps", "seeds", "sites-dev", "sites-held-out")
        )
        dump_corpus(dumps, args.pages)
        seed_corpus(seeds, args.docs)
        site_corpus(dev, "dev")
        site_corpus(held_out, "held-out")
        for root in (dumps, seeds, dev, held_out):
            out += measure(root, args.repeat)
            print("\n".join(out[-3:]), file=sys.stderr, flush=True)
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end: {load_avg}; median of {args.repeat} rounds; CPU ms a page\n")
    print("| corpus | stage | without a memo | with the batch's memo | ratio |")
    print("|---|---|---:|---:|---:|")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
