"""HTML path: cleanscrape vs trafilatura and readability-lxml on the same pages, same run.

Usage::

    .venv/bin/python benchmarks/extraction_html.py            # AEB + WCXB-dev, all pages
    .venv/bin/python benchmarks/extraction_html.py --limit 50 --set aeb
    .venv/bin/python benchmarks/extraction_html.py --split dev   # the tuning half only

Systems, each run on every page in turn (same process, same order):

* ``trafilatura``: ``trafilatura.extract(html)`` with default settings;
* ``trafilatura (favor_precision)``: the same with ``favor_precision=True``;
* ``readability-lxml``: ``readability.Document(html).summary()`` turned into text with
  html-text (skipped with a note when readability-lxml is not installed);
* ``cleanscrape``: :func:`cleanscrape.process.clean_html_document` with default options
  (decode, prune, extract, fallback, repair, strip). Its ``text`` is the body; the headline is
  in ``title``, which the gold of both sets leaves out, so ``text`` is scored as is.

Splits: every page is in the "dev" half (rules are tuned on it) or the "held-out" half, by the
CRC-32 of its site's host name (:func:`common.split_of`); each table is printed for the dev
half, the held-out half and all pages.

Scores: AEB with its own shingle metric (``aeb_score``); WCXB-dev with the same metric, its
word-level metric (``word_score``) and its ``with``/``without`` snippets (share of ``with``
snippets found, share of ``without`` snippets absent). Per-language rows: shingle F1 per
``<html lang>`` code with at least five pages. Time: median and mean ms/page of each system,
and the ratio of each mean to trafilatura's.
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
from common import (
    SPLITS,
    Page,
    Score,
    aeb_pages,
    aeb_score,
    snippet_score,
    wcxb_pages,
    word_score,
)

Extractor = Callable[[str, str | None], str]


def _trafilatura(markup: str, url: str | None) -> str:
    return trafilatura.extract(markup, url=url) or ""


def _trafilatura_precision(markup: str, url: str | None) -> str:
    return trafilatura.extract(markup, url=url, favor_precision=True) or ""


def _readability() -> Extractor | None:
    try:
        from readability import Document
    except ImportError:
        return None
    import html_text

    def run(markup: str, url: str | None) -> str:
        summary = Document(markup, url=url).summary(html_partial=True)
        return str(html_text.extract_text(summary, guess_layout=True))

    return run


def _cleanscrape_factory(options: CleanOptions) -> Extractor:
    def run(markup: str, url: str | None) -> str:
        return clean_html_document(markup, options, url=url, source="page").text

    return run


@dataclass(slots=True)
class Run:
    name: str
    outputs: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    failed: list[bool] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(self.failed)


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
                run.failed.append(True)
            else:
                run.failed.append(False)
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
        head += " word P | word R | word F1 | with found | without absent |"
        sep += "---|---|---|---|---|"
    head += " ms/page (median) | ms/page (mean) | time vs trafilatura | errors |"
    sep += "---|---|---|---|"
    rows = [f"### {title} ({len(pages)} pages)", "", head, sep]
    for run in runs.values():
        pairs = list(zip(run.outputs, (p.gold for p in pages), strict=True))
        row = f"| {run.name} | {_cells(aeb_score(pairs))} |"
        if words:
            snip = snippet_score(zip(run.outputs, pages, strict=True))
            row += f" {_cells(word_score(pairs))} | {snip.with_found:.3f} |"
            row += f" {snip.without_absent:.3f} |"
        mean = statistics.fmean(run.seconds) if run.seconds else 0.0
        med = statistics.median(run.seconds) if run.seconds else 0.0
        ratio = mean / base_mean if base_mean else 0.0
        row += f" {med * 1000:.1f} | {mean * 1000:.1f} | {ratio:.2f}x | {run.errors} |"
        rows.append(row)
    return "\n".join(rows)


def _subset(pages: list[Page], runs: dict[str, Run], keep: list[bool]) -> dict[str, Run]:
    out = {}
    for name, run in runs.items():
        sub = Run(name)
        sub.outputs = [o for o, k in zip(run.outputs, keep, strict=True) if k]
        sub.seconds = [t for t, k in zip(run.seconds, keep, strict=True) if k]
        sub.failed = [f for f, k in zip(run.failed, keep, strict=True) if k]
        out[name] = sub
    return out


def _language_table(pages: list[Page], runs: dict[str, Run], *, min_pages: int = 5) -> str:
    """Shingle F1 per ``<html lang>`` code (languages with at least ``min_pages`` pages)."""
    langs = [p.language for p in pages]
    counts: dict[str, int] = {}
    for lang in langs:
        counts[lang] = counts.get(lang, 0) + 1
    chosen = sorted((lang for lang, c in counts.items() if c >= min_pages), key=counts.__getitem__)
    names = list(runs)
    rows = ["| language | pages | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for lang in reversed(chosen):
        keep = [x == lang for x in langs]
        cells = []
        for name in names:
            sub = _subset(pages, {name: runs[name]}, keep)[name]
            gold = [p.gold for p, k in zip(pages, keep, strict=True) if k]
            cells.append(f"{aeb_score(zip(sub.outputs, gold, strict=True)).f1:.4f}")
        rows.append(f"| {lang} | {counts[lang]} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def report_set(name: str, pages: list[Page], runs: dict[str, Run], *, words: bool) -> list[str]:
    out = []
    for split in SPLITS:
        keep = [p.split == split for p in pages]
        sub_pages = [p for p, k in zip(pages, keep, strict=True) if k]
        out += [_table(f"{name}, {split} half", sub_pages, _subset(pages, runs, keep), words=words)]
        out.append("")
    out += [_table(f"{name}, all", pages, runs, words=words), ""]
    out += [f"Per language ({name}, all pages; shingle F1):", "", _language_table(pages, runs), ""]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["aeb", "wcxb", "both", "all"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all", help="pages to run")
    parser.add_argument("--only-cleanscrape", action="store_true", help="skip the baselines")
    parser.add_argument(
        "--no-favor-precision", action="store_true", help="skip trafilatura (favor_precision)"
    )
    args = parser.parse_args(argv)
    options = CleanOptions(dedup=False)
    systems: dict[str, Extractor] = {}
    if not args.only_cleanscrape:
        systems["trafilatura"] = _trafilatura
        if not args.no_favor_precision:
            systems["trafilatura (favor_precision)"] = _trafilatura_precision
        readability = _readability()
        if readability is None:
            print("readability-lxml is not installed: no readability figures", file=sys.stderr)
        else:
            systems["readability-lxml"] = readability
    systems["cleanscrape"] = _cleanscrape_factory(options)
    out = ["## HTML extraction: cleanscrape vs trafilatura and readability-lxml", ""]
    chosen = []
    if args.set in ("aeb", "both", "all"):
        chosen.append(("AEB", aeb_pages(args.limit), False))
    if args.set in ("wcxb", "both", "all"):
        chosen.append(("WCXB-dev articles", wcxb_pages(args.limit), True))
    for name, pages, words in chosen:
        if args.split != "all":
            pages = [p for p in pages if p.split == args.split]
        out += report_set(name, pages, run_set(pages, systems), words=words)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
