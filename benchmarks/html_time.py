"""CPU time of the HTML path against ``trafilatura.extract`` on the same pages, in one process.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/html_time.py --wcxb 120 --repeat 5
    # the same and git revision main beside this tree, rounds interleaved:
    .venv/bin/python benchmarks/html_time.py --wcxb 120 --repeat 5 --baseline main

Pages: all AEB pages and the first ``--wcxb`` WCXB-dev pages, decoded once (as
``extraction_html.py`` does). A round runs in a fresh process: a warm-up over the first pages,
then page by page ``clean_html_document`` (default options) and ``trafilatura.extract``
(defaults) on the same markup, back to back, so that a change of machine load hits both alike;
each call is timed with ``time.process_time``. Per round: CPU milliseconds per page of each
(total over the pages / pages) and the ratio of the totals, cleanscrape / trafilatura, on all
pages and on the dev and held-out halves (``common.split_of``). The table gives the median
round. With ``--baseline REV`` the rounds of ``REV``'s package (exported from git) and of this
tree alternate.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SPLITS, Page, aeb_pages, baseline_tree, json_of_run, wcxb_pages

WARM_UP_PAGES = 10


def _round(wcxb: int) -> dict[str, float]:
    """One round in this process: CPU seconds of each system, summed over the pages."""
    import trafilatura

    from cleanscrape.options import CleanOptions
    from cleanscrape.process import clean_html_document
    from cleanscrape.text import decode_bytes

    pages: list[Page] = aeb_pages() + wcxb_pages(wcxb)
    docs = [(decode_bytes(p.html, source=p.id, html=True).text, p.url, p.id) for p in pages]
    halves = [p.split for p in pages]
    options = CleanOptions()

    def ours(markup: str, url: str | None, pid: str) -> None:
        try:
            clean_html_document(markup, options, url=url, source=pid)
        except Exception as exc:  # a refused page costs what it cost; the round goes on
            print(f"cleanscrape: {pid}: {type(exc).__name__}: {exc}", file=sys.stderr)

    for markup, url, pid in docs[:WARM_UP_PAGES]:
        ours(markup, url, pid)
        trafilatura.extract(markup, url=url)
    got = {"pages": float(len(docs))}
    for key in ("cleanscrape", "trafilatura"):
        for part in ("", *(f":{s}" for s in SPLITS)):
            got[key + part] = 0.0
    for (markup, url, pid), half in zip(docs, halves, strict=True):
        t0 = time.process_time()
        ours(markup, url, pid)
        t1 = time.process_time()
        trafilatura.extract(markup, url=url)
        t2 = time.process_time()
        for part in ("", f":{half}"):
            got["cleanscrape" + part] += t1 - t0
            got["trafilatura" + part] += t2 - t1
    return got


def _in_subprocess(tree: Path | None, wcxb: int) -> dict[str, float]:
    return dict(json_of_run(__file__, ["--round-of", str(wcxb)], tree))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wcxb", type=int, default=120, help="first N WCXB-dev pages (default 120)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds per tree (default 5)")
    ap.add_argument("--baseline", metavar="REV", help="also time git revision REV, interleaved")
    ap.add_argument("--round-of", type=int, help=argparse.SUPPRESS)  # one round, JSON out
    args = ap.parse_args(argv)
    if args.round_of is not None:
        print(json.dumps(_round(args.round_of)))
        return 0
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="cleanscrape-html-time-") as tmp:
        trees: dict[str, Path | None] = {}
        if args.baseline:
            trees[args.baseline] = baseline_tree(args.baseline, Path(tmp) / "baseline")
        trees["this tree"] = None
        rounds: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
        for _ in range(args.repeat):  # interleaved: load changes hit every tree alike
            for label, tree in trees.items():
                got = _in_subprocess(tree, args.wcxb)
                rounds[label].append(got)
                print(label, json.dumps(got), file=sys.stderr, flush=True)
    load1 = os.getloadavg()[0]
    n = int(next(iter(rounds.values()))[0]["pages"])
    print(
        f"AEB (181) + WCXB-dev (first {args.wcxb}): {n} pages; {args.repeat} rounds per tree; "
        f"load average (1 min) {load0:.1f} at the start, {load1:.1f} at the end; "
        "CPU ms per page, median round\n"
    )
    print(
        "| code | cleanscrape ms/page | trafilatura ms/page | cleanscrape / trafilatura "
        "| dev | held-out |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for label, runs in rounds.items():
        ours = statistics.median(r["cleanscrape"] for r in runs) / n * 1e3
        theirs = statistics.median(r["trafilatura"] for r in runs) / n * 1e3
        ratios = [
            statistics.median(r[f"cleanscrape{part}"] / r[f"trafilatura{part}"] for r in runs)
            for part in ("", *(f":{s}" for s in SPLITS))
        ]
        cells = [f"{ours:.2f}", f"{theirs:.2f}", *(f"{x:.3f}x" for x in ratios)]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
