"""CPU a text-dump page costs in this tree and in a git revision, the two alternating page by
page in one process.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/alternate.py --baseline main --docs 300 --pages 300 --repeat 7

On a shared machine the load changes from one second to the next, so two trees timed in
turns, a process each (``stages.py --baseline``), can differ by more than a change makes.
Here the revision's package is exported (``common.baseline_tree``) and imported under
another name (``cleanscrape_baseline``: the package imports itself by relative imports only),
and each page is cleaned by one tree, then at once by the other: whatever the load does, it
does to both. Rows: the strip stage (``classify_lines`` on the repaired lines), the
per-document path (``clean_document``) and the whole batch (``Pipeline.run``, one worker, no
writes; the two trees alternate batch by batch). Each round times every page once per tree;
the table gives the median of ``--repeat`` rounds, CPU ms per page (``time.process_time``);
the rounds alternate which tree goes first.
Before timing, every page's result (kept text, title, removals, metadata, flags, confidence)
is checked to be the same in both trees.

Corpora as in ``stages.py``: ``seeds x N`` (variants of the five seeds) and the first
``--pages`` AEB + WCXB-dev pages as whole-page text dumps; with ``--sites``, also the dev-half
pages of the sites that have two pages or more there (83 dumps of 40 sites, grouped by site:
pages that repeat their site's chrome, ``throughput.site_corpus``).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import obvious
from common import baseline_tree
from throughput import dump_corpus, seed_corpus, site_corpus

BASELINE = "cleanscrape_baseline"
MODULES = ("batch", "chrome.strip", "document", "io.readers", "options", "process")
MODULES += ("text.decode", "text.repair")


def load(package: str) -> dict[str, ModuleType]:
    return {name: importlib.import_module(f"{package}.{name}") for name in MODULES}


def result_of(mods: dict[str, ModuleType], doc: Any) -> str:
    """What one tree makes of a page, written out (the two trees' classes are not equal)."""
    r = mods["process"].clean_document(doc, mods["options"].CleanOptions())
    c = r.result
    if c is None:
        return repr((r.status, r.error))
    removed = [(x.reason, x.line, x.lineno) for x in c.removed]
    return repr((r.status, c.text, c.title, removed, c.metadata, c.flags, c.confidence))


def run_batch(mods: dict[str, ModuleType], options: Any, src: Path) -> object:
    return mods["batch"].Pipeline(options, jobs=1).run(mods["io.readers"].iter_documents(src))


def alternate(
    a: Callable[[Any], object],
    b: Callable[[Any], object],
    items: Sequence[tuple[Any, Any]],
    flip: bool = False,
    collect: bool = False,
) -> tuple[float, float]:
    """CPU seconds of ``a`` and of ``b`` over ``items`` (pairs of arguments), in turns (``b``
    first with ``flip``; with ``collect``, the garbage of each call collected, untimed, before
    the next one: what a whole batch leaves is not the other tree's to collect)."""
    if flip:
        tb, ta = alternate(b, a, [(y, x) for x, y in items], collect=collect)
        return ta, tb
    ta = tb = 0.0
    clock = time.process_time
    for x, y in items:
        if collect:
            gc.collect()
        t0 = clock()
        a(x)
        ta += clock() - t0
        if collect:
            gc.collect()
        t0 = clock()
        b(y)
        tb += clock() - t0
    return ta, tb


def rows(
    base: dict[str, ModuleType],
    this: dict[str, ModuleType],
    src: Path,
    repeat: int,
    obvious_language: str = "",
    may_differ: bool = False,
    strip_only: bool = False,
) -> Iterator[tuple[str, float, float]]:
    files = sorted(src.rglob("*.txt"))
    raws = [p.read_bytes() for p in files]
    docs = [
        tuple(m["document"].Document(str(p), raw, kind="text") for m in (base, this))
        for p, raw in zip(files, raws, strict=True)
    ]
    differ = [x.id for x, y in docs if result_of(base, x) != result_of(this, y)]
    if differ and not may_differ:
        raise SystemExit(f"{differ[0]}: the two trees clean this page differently")
    if differ:
        print(
            f"{src.name}: {len(differ)} of {len(docs)} pages cleaned differently", file=sys.stderr
        )
    decode, repair = this["text.decode"].decode_bytes, this["text.repair"].repair_text
    pages = [repair(decode(raw).text).split("\n") for raw in raws]
    opts = [m["options"].CleanOptions() for m in (base, this)]
    stages: list[tuple[str, Callable[[Any], object], Callable[[Any], object], list[Any]]] = [
        (
            "strip (`classify_lines`)",
            base["chrome.strip"].classify_lines,
            this["chrome.strip"].classify_lines,
            [(p, p) for p in pages],
        ),
        (
            "per-document path (`clean_document`)",
            lambda d: base["process"].clean_document(d, opts[0]),
            lambda d: this["process"].clean_document(d, opts[1]),
            docs,
        ),
        (
            "whole batch (`Pipeline.run`, 1 worker, no writes)",
            lambda s: run_batch(base, opts[0], s),
            lambda s: run_batch(this, opts[1], s),
            [(src, src)],
        ),
    ]
    for name, a, b, items in stages[:1] if strip_only else stages:
        alternate(a, b, items[:20])  # warm-up
        # (rounds alternate which tree goes first, and a whole batch's garbage is collected
        # before the other tree's batch: the second of two batches paid up to 10 % more)
        whole = len(items) == 1  # (a whole batch a round)
        times = [alternate(a, b, items, r % 2 == 1, whole) for r in range(repeat)]
        ta, tb = per_page_ms(times, len(files))
        yield name, ta, tb
    if obvious_language:
        # the obvious pipeline in turns with this tree's whole batch (its own rounds)
        def theirs(_: object) -> object:
            return obvious.run(files, obvious_language, jobs=1, num_perm=128, threshold=0.8)

        alternate(theirs, lambda s: run_batch(this, opts[1], s), [(src, src)])  # warm-up
        times = [
            alternate(theirs, lambda s: run_batch(this, opts[1], s), [(src, src)], r % 2 == 1, True)
            for r in range(repeat)
        ]
        ta, tb = per_page_ms(times, len(files))
        yield "whole batch: the obvious pipeline (`obvious.py`, first column) and this tree", ta, tb


def per_page_ms(times: list[tuple[float, float]], pages: int) -> tuple[float, float]:
    """The median over the rounds of each side's CPU seconds, as milliseconds a page."""
    ta = statistics.median(t for t, _ in times) / pages * 1e3
    tb = statistics.median(t for _, t in times) / pages * 1e3
    return ta, tb


def import_baseline(revision: str, tmp: Path) -> None:
    """Export ``revision``'s package below ``tmp`` and make it importable as :data:`BASELINE`."""
    tree = baseline_tree(revision, tmp / "baseline")
    shutil.move(tree / "cleanscrape", tree / BASELINE)
    sys.path.insert(0, str(tree))


def table_row(out: list[str], label: str, name: str, ta: float, tb: float) -> None:
    """Add one row of :func:`print_table` to ``out``, and show it on stderr as it comes."""
    out.append(f"| {label} | {name} | {ta:.3f} | {tb:.3f} | {tb / ta:.3f} |")
    print(out[-1], file=sys.stderr, flush=True)


def print_table(out: list[str], part: str, baseline: str, repeat: int) -> None:
    """The rows of :func:`table_row` under their header (``part``: the second column's name)."""
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end: {load_avg}; median of {repeat} rounds; CPU ms a page\n")
    print(f"| corpus | {part} | {baseline} | this tree | this tree / {baseline} |")
    print("|---|---|---:|---:|---:|")
    print("\n".join(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="main", help="git revision to compare with")
    ap.add_argument("--docs", type=int, default=300, help="seed variants (default 300)")
    ap.add_argument("--pages", type=int, default=300, help="AEB+WCXB dumps (default 300)")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument(
        "--obvious",
        action="store_true",
        help="also time the obvious pipeline in turns with this tree's whole batch (the last "
        "row of each corpus: its columns are the obvious pipeline and this tree)",
    )
    ap.add_argument(
        "--outputs-may-differ",
        action="store_true",
        help="time trees whose rules differ (the pages cleaned differently are counted, not "
        "refused): the cost of new rules and faster code together",
    )
    ap.add_argument(
        "--strip-only",
        action="store_true",
        help="time the strip stage alone (the pages' results are still compared first): for "
        "a corpus of many pages, such as all 972 AEB+WCXB dumps",
    )
    ap.add_argument(
        "--sites",
        action="store_true",
        help="also the dev-half dumps of the sites with two pages or more (grouped by site)",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cleanscrape-alternate-") as tmp:
        import_baseline(args.baseline, Path(tmp))
        base, this = load(BASELINE), load("cleanscrape")
        seeds, dumps = Path(tmp) / "seeds", Path(tmp) / "dumps"
        seed_corpus(seeds, args.docs)
        dump_corpus(dumps, args.pages)
        out = []
        corpora = [
            (f"AEB+WCXB dumps x {args.pages}", dumps, "English"),
            (f"seeds x {args.docs}", seeds, "Vietnamese"),
        ]
        if args.sites:
            sites = Path(tmp) / "sites"
            n = len(site_corpus(sites))
            corpora.append((f"dev pages of sites with 2+ pages x {n}", sites, "English"))
        for label, corpus, language in corpora:
            theirs = language if args.obvious else ""
            for name, ta, tb in rows(
                base, this, corpus, args.repeat, theirs, args.outputs_may_differ, args.strip_only
            ):
                table_row(out, label, name, ta, tb)
    print_table(out, "stage", args.baseline, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
