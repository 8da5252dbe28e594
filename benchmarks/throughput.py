"""Throughput of ``cleanscrape clean``: documents/s and MB/s, per stage, 1 vs 2 workers.

Usage::

    .venv/bin/python benchmarks/throughput.py                     # 2,000 seed docs + AEB, 3 runs
    .venv/bin/python benchmarks/throughput.py --docs 200 --repeat 1   # quick look

Corpora (written to a temporary folder first, so reading is from real files):

* ``seeds x N``: the five seed dumps replicated to ``--docs`` documents; document ``i`` is seed
  ``i % 5`` with its body paragraphs shuffled (``Random(i)``) and one paragraph of another seed
  appended, so no two files are identical and dedup has to compute and compare signatures.
* ``AEB html``: the 181 article-extraction-benchmark pages as ``.html`` files.

For each corpus and worker count the whole job (:func:`cleanscrape.clean_path`: read, clean,
dedup, write outputs and report.json) is timed end to end; the median of ``--repeat`` runs
gives documents/s and MB/s (input bytes on disk). Runs of the worker counts are interleaved
(after one warm-up each) so that a change in machine load hits them alike. Stages come from
the median run:

* ``1st doc``: seconds until the first document came back (with workers: the pool start-up);
* ``read``: ``iter_documents`` over the folder (files to ``Document``), timed on its own;
* ``decode``/``extract``/``normalize``/``strip``: ``DocResult.timings`` summed over documents
  (CPU seconds spent in the workers; with 2 workers they add up to more than the wall time);
* ``templates``/``dedup``: the batch stages (``Batch.timings``);
* ``write``: writing every kept document (atomic renames, one sync of the file system for all
  of them, as ``--format txt`` writes) and report.json into a fresh folder.

``--vs-obvious`` measures instead, in one run, cleanscrape against the obvious pipeline
(:mod:`obvious`: ftfy, jusText, datasketch MinHash + LSH) on ``seeds x N`` and on the AEB +
WCXB-dev pages as whole-page text dumps (``common.html_to_dump``), and cleanscrape's HTML path
against ``trafilatura.extract`` on the AEB + WCXB HTML pages. Both sides read the same files
and do no writing. With 1 worker everything runs in this process and the figure is CPU seconds
per page (``time.process_time``); with 2 workers it is wall seconds per page (worker processes'
CPU is not visible from here). Medians of ``--repeat`` interleaved runs after one warm-up.
``--profile`` adds a cProfile summary of one cleanscrape run (1 worker) on ``seeds x N``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import obvious
from cleanscrape.batch import Pipeline
from cleanscrape.io import atomic_write_text, iter_documents
from cleanscrape.io.writers.atomic import sync_file_system
from cleanscrape.options import CleanOptions
from cleanscrape.report import dumps
from cleanscrape.runner import RunSummary, clean_path
from common import Page, aeb_pages, html_to_dump, seed_texts, wcxb_pages

DOC_STAGES = ("decode", "extract", "normalize", "strip")
BATCH_STAGES = ("templates", "dedup")


def _paragraphs(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def seed_corpus(root: Path, n: int) -> None:
    """``n`` varied copies of the seeds as ``.txt`` files below ``root``."""
    seeds = [_paragraphs(t) for _, t in seed_texts()]
    bodies = [[p for p in s[1:] if len(p) > 80] for s in seeds]
    for i in range(n):
        k = i % len(seeds)
        lines = list(seeds[k])
        head, body = lines[:1], lines[1:]
        random.Random(i).shuffle(body)
        other = bodies[(k + 1 + i // len(seeds)) % len(seeds)]
        extra = other[(i // len(seeds)) % len(other)]
        folder = root / f"site{k}" / f"{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = "\n".join([*head, *body, extra]) + "\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")


def dump_corpus(root: Path, n: int) -> list[Page]:
    """The first ``n`` AEB+WCXB-dev pages as whole-page text dumps below ``root`` (created);
    returns the pages."""
    pages = (aeb_pages() + wcxb_pages())[:n]
    root.mkdir()
    for i, page in enumerate(pages):
        (root / f"{i:04d}.txt").write_text(html_to_dump(page.html) + "\n", encoding="utf-8")
    return pages


def site_corpus(root: Path, split: str = "dev") -> list[Page]:
    """The AEB+WCXB-dev pages of one half (``split``: ``"dev"`` or ``"held-out"``) whose site
    (the URL's host) has two pages or more there, as whole-page text dumps below ``root``
    (created), grouped by site: pages of a few sites, which repeat their chrome from page to
    page; returns the pages."""
    pages = [p for p in aeb_pages() + wcxb_pages() if p.split == split]
    sites = Counter(map(_host, pages))
    chosen = sorted((p for p in pages if sites[_host(p)] >= 2), key=lambda p: (_host(p), p.id))
    root.mkdir()
    for i, page in enumerate(chosen):
        (root / f"{i:04d}.txt").write_text(html_to_dump(page.html) + "\n", encoding="utf-8")
    return chosen


def _host(page: Page) -> str:
    return (urlsplit(page.url or "").hostname or "").removeprefix("www.")


def aeb_corpus(root: Path) -> None:
    for page in aeb_pages():
        (root / f"{page.id}.html").write_bytes(page.html)


@dataclass(slots=True)
class Run:
    wall: float
    first: float  # seconds until the first document came back (pool start-up included)
    read: float
    write: float
    stages: dict[str, float]
    kept: int
    duplicates: int
    errors: int


def _size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def _write_all(summary: RunSummary, out: Path) -> float:
    """Seconds to write the same article files and report again (the write stage alone)."""
    src = out.parent / "out"
    texts = {
        d["output"]: (src / d["output"]).read_text(encoding="utf-8")
        for d in summary.report["documents"]
        if d["status"] == "kept" and d["output"] is not None
    }
    t0 = time.perf_counter()
    for name, text in texts.items():  # as the txt writer does: no fsync per article file ...
        atomic_write_text(out / name, text, durable=False)
    if texts:
        sync_file_system(out)  # ... one sync of the file system for all of them
    atomic_write_text(out / "report.json", dumps(summary.report))
    return time.perf_counter() - t0


def one_run(src: Path, work: Path, jobs: int, options: CleanOptions) -> Run:
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    firsts: list[float] = []
    t0 = time.perf_counter()

    def on_result(_r: object) -> None:
        if not firsts:
            firsts.append(time.perf_counter() - t0)

    summary = clean_path(src, out, options, jobs=jobs, on_result=on_result)
    wall = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(iter_documents(src))
    read = time.perf_counter() - t0
    del docs
    out2 = work / "out-write"
    shutil.rmtree(out2, ignore_errors=True)
    write = _write_all(summary, out2)
    stages = {s: summary.batch.timings.get(s, 0.0) for s in (*DOC_STAGES, *BATCH_STAGES)}
    st = summary.stats
    first = firsts[0] if firsts else wall
    return Run(wall, first, read, write, stages, st["kept"], st["duplicates"], st["errors"])


def measure(
    src: Path, work: Path, jobs: list[int], repeat: int, options: CleanOptions
) -> dict[int, list[Run]]:
    """Runs interleaved (1, 2, 1, 2, ...) so that a change in machine load hits every setting."""
    for j in jobs:
        one_run(src, work, j, options)  # warm-up: page cache, imports, forkserver
    results: dict[int, list[Run]] = {j: [] for j in jobs}
    for i in range(repeat):
        for j in jobs:
            results[j].append(one_run(src, work, j, options))
        print(f"# {src.name}: run {i + 1}/{repeat} done", file=sys.stderr, flush=True)
    return results


def _median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda r: r.wall)[len(runs) // 2]


def rows(name: str, n_docs: int, n_bytes: int, results: dict[int, list[Run]]) -> Iterator[str]:
    for jobs, runs in results.items():
        m = _median_run(runs)
        wall = statistics.median(r.wall for r in runs)
        cells = [
            name,
            str(jobs),
            f"{n_docs:,}",
            f"{n_bytes / 1e6:.1f}",
            f"{wall:.2f}",
            f"{n_docs / wall:,.0f}",
            f"{n_bytes / 1e6 / wall:.2f}",
            f"{m.first:.2f}",
            f"{m.read:.2f}",
            *(f"{m.stages[s]:.2f}" for s in DOC_STAGES),
            *(f"{m.stages[s]:.2f}" for s in BATCH_STAGES),
            f"{m.write:.2f}",
            f"{m.kept}/{m.duplicates}/{m.errors}",
        ]
        yield "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="seed documents (default 2000)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per setting (default 3)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts")
    ap.add_argument("--corpus", choices=["seeds", "aeb", "all"], default="all")
    ap.add_argument("--vs-obvious", action="store_true", help="compare with the obvious pipeline")
    ap.add_argument("--profile", action="store_true", help="with --vs-obvious: cProfile summary")
    ap.add_argument("--pages", type=int, help="with --vs-obvious: first N AEB+WCXB pages only")
    args = ap.parse_args(argv)
    options = CleanOptions()
    if args.vs_obvious:
        with tempfile.TemporaryDirectory(prefix="cleanscrape-obvious-") as tmp:
            table = vs_obvious(Path(tmp), args, options)
            prof = profile_summary(Path(tmp), args, options) if args.profile else []
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"cpu count: {os.cpu_count()}; repeats: {args.repeat}; load average: {load}\n")
        print("\n".join([*table, "", *prof]))
        return 0
    header = (
        "| corpus | workers | docs | MB | wall s (median) | docs/s | MB/s | 1st doc s | read s "
        "| decode s "
        "| extract s | normalize s | strip s | templates s | dedup s | write s "
        "| kept/dup/err |"
    )
    lines = [header, header_rule(header)]
    ratios = []
    with tempfile.TemporaryDirectory(prefix="cleanscrape-throughput-") as tmp:
        base = Path(tmp)
        corpora = []
        if args.corpus in ("seeds", "all"):
            src = base / "seeds"
            seed_corpus(src, args.docs)
            corpora.append((f"seeds x {args.docs}", src))
        if args.corpus in ("aeb", "all"):
            src = base / "aeb"
            src.mkdir()
            aeb_corpus(src)
            corpora.append(("AEB html", src))
        for name, src in corpora:
            n_docs, n_bytes = _size(src)
            results = measure(src, base / "work", args.jobs, args.repeat, options)
            lines.extend(rows(name, n_docs, n_bytes, results))
            if 1 in results and 2 in results:
                w1 = statistics.median(r.wall for r in results[1])
                w2 = statistics.median(r.wall for r in results[2])
                ratios.append(f"| {name} | {w1:.2f} | {w2:.2f} | {w1 / w2:.2f}x |")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"cpu count: {os.cpu_count()}; repeats: {args.repeat} (+1 warm-up) per setting; "
        f"load average at the end (1, 5, 15 min): {load}\n"
    )
    print("\n".join(lines))
    if ratios:
        print("\n| corpus | 1 worker s | 2 workers s | speed-up 2 vs 1 |\n|---|---|---|---|")
        print("\n".join(ratios))
    return 0


def _timed(jobs: int, fn: Callable[..., object], *args: object) -> float:
    """CPU seconds (1 worker, all in this process) or wall seconds (workers) of ``fn(*args)``."""
    clock = time.process_time if jobs == 1 else time.perf_counter
    t0 = clock()
    fn(*args)
    return clock() - t0


def _clean_docs(src: Path, jobs: int, options: CleanOptions) -> None:
    Pipeline(options, jobs=jobs).run(iter_documents(src))


def _trafilatura(files: list[Path]) -> None:
    import trafilatura

    for path in files:
        trafilatura.extract(path.read_bytes().decode("utf-8", errors="replace"))


def vs_obvious(base: Path, args: argparse.Namespace, options: CleanOptions) -> list[str]:
    """Per-page seconds of cleanscrape and the obvious pipeline (or trafilatura), and ratios."""
    seeds = base / "seeds"
    seed_corpus(seeds, args.docs)
    dumps = base / "dumps"
    pages = dump_corpus(dumps, args.pages)
    htmls = base / "html"
    htmls.mkdir()
    for i, page in enumerate(pages):
        (htmls / f"{i:04d}.html").write_bytes(page.html)
    corpora = [
        (f"seeds x {args.docs} (text)", seeds, "Vietnamese", "obvious"),
        (f"AEB+WCXB dumps x {len(pages)} (text)", dumps, "English", "obvious"),
        (f"AEB+WCXB x {len(pages)} (HTML)", htmls, "", "trafilatura.extract"),
    ]
    out = [
        "| corpus | workers | other | cleanscrape s/page | other s/page | other / cleanscrape |",
        "|---|---|---|---|---|---|",
    ]
    for name, src, language, other in corpora:
        files = sorted(p for p in src.rglob("*") if p.is_file())
        n = len(files)

        def theirs(jobs: int, files: list[Path] = files, language: str = language) -> object:
            if not language:
                return _trafilatura(files)
            return obvious.run(
                files,
                language,
                jobs=jobs,
                num_perm=options.num_perm,
                threshold=options.dedup_threshold,
            )

        for jobs in args.jobs:
            if not language and jobs != 1:
                continue  # trafilatura alone: one process
            _timed(jobs, _clean_docs, src, jobs, options)  # warm-up
            _timed(jobs, theirs, jobs)
            ours, other_s = [], []
            for _ in range(args.repeat):
                ours.append(_timed(jobs, _clean_docs, src, jobs, options))
                other_s.append(_timed(jobs, theirs, jobs))
            a, b = statistics.median(ours) / n, statistics.median(other_s) / n
            unit = "CPU" if jobs == 1 else "wall"
            out.append(
                f"| {name} | {jobs} | {other} | {a * 1e3:.2f} ms {unit} | {b * 1e3:.2f} ms {unit} "
                f"| {b / a:.2f}x |"
            )
            print(out[-1], file=sys.stderr, flush=True)
    return out


def profile_summary(base: Path, args: argparse.Namespace, options: CleanOptions) -> list[str]:
    """Top functions by cumulative CPU of one cleanscrape run (1 worker) on ``seeds x N``."""
    import cProfile
    import io
    import pstats

    src = base / "seeds"
    if not src.exists():
        seed_corpus(src, args.docs)
    prof = cProfile.Profile()
    prof.runcall(_clean_docs, src, 1, options)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(r"cleanscrape|ftfy|datasketch|trafilatura", 25)
    return ["```", *buf.getvalue().strip().splitlines()[-32:], "```"]


def header_rule(header: str) -> str:
    return "|" + "---|" * (header.count("|") - 1)


if __name__ == "__main__":
    raise SystemExit(main())
