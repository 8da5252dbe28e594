"""HTML path: cleanscrape vs trafilatura on the same pages, same metric, same run.

Usage::

    .venv/bin/python benchmarks/extraction_html.py            # AEB + WCXB-dev, all pages
    .venv/bin/python benchmarks/extraction_html.py --limit 50 --set aeb

Systems, each run on every page in turn (same process, same order):

* ``trafilatura``: ``trafilatura.extract(html)`` with default settings;
* ``trafilatura (favor_precision)``: the same with ``favor_precision=True``;
* ``cleanscrape``: :func:`cleanscrape.process.clean_html_document` with default options
  (decode, prune, extract, fallback, repair, strip). Its output starts with the title; the
  gold of both sets excludes the page title, so the first line is dropped when it equals the
  title (the body is scored).

Scores: AEB with its own shingle metric (``aeb_score``); WCXB-dev with the same metric and with
its word-level metric (``word_score``). Time: median and mean ms/page of each system, and the
ratio of cleanscrape's mean to trafilatura's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document
from cleanscrape.text import decode_bytes
from common import Page, Score, aeb_pages, aeb_score, wcxb_pages, word_score

Extractor = Callable[[str, str | None], str]


def _trafilatura(markup: str, url: str | None) -> str:
    return trafilatura.extract(markup, url=url) or ""


def _trafilatura_precision(markup: str, url: str | None) -> str:
    return trafilatura.extract(markup, url=url, favor_precision=True) or ""


def _cleanscrape_factory(options: CleanOptions) -> Extractor:
    def run(markup: str, url: str | None) -> str:
        result = clean_html_document(markup, options, url=url, source="page")
        lines = result.text.split("\n")
        if lines and result.title and lines[0] == result.title:
            lines = lines[1:]
        return "\n".join(lines)

    return run


@dataclass(slots=True)
class Run:
    name: str
    outputs: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    errors: int = 0


def _decode(page: Page) -> str:
    return decode_bytes(page.html, source=page.id, html=True).text


def run_set(pages: list[Page], systems: dict[str, Extractor]) -> dict[str, Run]:
    runs = {name: Run(name) for name in systems}
    for page in pages:
        markup = _decode(page)
        for name, fn in systems.items():
            run = runs[name]
            t0 = time.perf_counter()
            try:
                out = fn(markup, page.url)
            except Exception as exc:  # a benchmark reports failures, it does not stop
                print(f"{name}: {page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                out = ""
                run.errors += 1
            run.seconds.append(time.perf_counter() - t0)
            run.outputs.append(out)
    return runs


def _cells(score: Score) -> str:
    return f"{score.precision:.3f} | {score.recall:.3f} | {score.f1:.4f}"


def _table(title: str, pages: list[Page], runs: dict[str, Run], *, words: bool) -> str:
    base = runs.get("trafilatura") or next(iter(runs.values()))
    base_mean = statistics.fmean(base.seconds) if base.seconds else 0.0
    head = "| system | P | R | F1 |"
    sep = "|---|---|---|---|"
    if words:
        head += " word P | word R | word F1 |"
        sep += "---|---|---|"
    head += " ms/page (median) | ms/page (mean) | time vs trafilatura | errors |"
    sep += "---|---|---|---|"
    rows = [f"### {title} ({len(pages)} pages)", "", head, sep]
    for run in runs.values():
        pairs = list(zip(run.outputs, (p.gold for p in pages), strict=True))
        row = f"| {run.name} | {_cells(aeb_score(pairs))} |"
        if words:
            row += f" {_cells(word_score(pairs))} |"
        mean = statistics.fmean(run.seconds) if run.seconds else 0.0
        med = statistics.median(run.seconds) if run.seconds else 0.0
        ratio = mean / base_mean if base_mean else 0.0
        row += f" {med * 1000:.1f} | {mean * 1000:.1f} | {ratio:.2f}x | {run.errors} |"
        rows.append(row)
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["aeb", "wcxb", "both", "all"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument(
        "--only-cleanscrape", action="store_true", help="skip the trafilatura baselines"
    )
    args = parser.parse_args(argv)
    options = CleanOptions(dedup=False)
    systems: dict[str, Extractor] = {}
    if not args.only_cleanscrape:
        systems["trafilatura"] = _trafilatura
        systems["trafilatura (favor_precision)"] = _trafilatura_precision
    systems["cleanscrape"] = _cleanscrape_factory(options)
    out = ["## HTML extraction: cleanscrape vs trafilatura", ""]
    if args.set in ("aeb", "both", "all"):
        pages = aeb_pages(args.limit)
        out += [_table("AEB", pages, run_set(pages, systems), words=False), ""]
    if args.set in ("wcxb", "both", "all"):
        pages = wcxb_pages(args.limit)
        out += [_table("WCXB-dev articles", pages, run_set(pages, systems), words=True), ""]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
