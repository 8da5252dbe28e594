"""Confidence calibration: page confidence bins against the mean per-page F1 in each bin.

Usage::

    .venv/bin/python benchmarks/confidence.py            # AEB + WCXB-dev, HTML and text dumps
    .venv/bin/python benchmarks/confidence.py --fit      # also refit the weights on "dev"
    .venv/bin/python benchmarks/confidence.py --cost --limit 60   # CPU cost of the signals

Every page of AEB and WCXB-dev is cleaned as HTML (``clean_html_document``) and as a whole-page
text dump (``clean_text_document`` on ``html_to_dump``), with default options. Per page: the
confidence score and the AEB-metric F1 of ``text`` against the gold. The table gives, per
confidence bin, the number of pages and their mean F1, separately for the "dev" half (where the
weights of :mod:`cleanscrape.confidence` were fitted) and the "held-out" half
(:func:`common.split_of`). ``--fit`` refits the logistic weights on the dev pages (soft targets:
per-page F1) and prints them beside the ones in use. ``--cost`` times, per HTML page, the
``outside`` signal (the one signal that looks lines up in the page's article area), the
shape signals and the ``gap`` signal against the page's whole ``clean_html_document`` (CPU
seconds, least of three rounds; medians over the pages, and the median ratio). ``gap`` is
timed as the content score on the page's tree (parsed, not pruned: more elements than the
pruned tree it runs on in the HTML path), the count of its nodes' word characters and the
signal on the clean body.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from lxml.html import HtmlElement

from cleanscrape.confidence import (
    LOW_CONFIDENCE,
    WEIGHTS,
    Signals,
    content_gap,
    outside_share,
    score,
    signals,
)
from cleanscrape.html.extract import extract_html, parse_html
from cleanscrape.html.score import content_chars, content_nodes
from cleanscrape.html.tail import in_area
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document, clean_text_document
from cleanscrape.text import decode_bytes
from common import SPLITS, Page, aeb_pages, aeb_score, html_to_dump, wcxb_pages

BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01)


def _row(page: Page, path: str, options: CleanOptions) -> tuple[str, str, Signals, float] | None:
    if len(page.html) > 1_000_000:  # pages clean refuses (a text run over its limit)
        return None
    if path == "html":
        markup = decode_bytes(page.html, source=page.id, html=True).text
        result = clean_html_document(markup, options, url=page.url, source=page.id)
    else:
        result = clean_text_document(html_to_dump(page.html), options, source=page.id)
    sig = result.metadata["confidence_signals"]
    f1 = aeb_score([(result.text, page.gold)]).f1
    return page.split, path, sig, f1


def fit(rows: list[tuple[Signals, float]], steps: int = 4000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression on soft targets (per-page F1), plain gradient descent."""
    x = np.array([s.vector() for s, _ in rows])
    y = np.array([f for _, f in rows])
    w = np.array(WEIGHTS, dtype=float)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= rate * x.T @ (p - y) / len(y)
    return w


def calibration(
    rows: list[tuple[str, str, Signals, float]], weights: tuple[float, ...], bad: float = 0.8
) -> list[str]:
    """Per half and path: the Brier score (mean squared gap between the score and the page's
    F1), the expected calibration error over :data:`BINS` (the pages' share of each bin times
    the gap between its mean score and its mean F1), and the ranking quality for routing: the
    chance that a page with F1 under ``bad`` scores lower than one at or over it (AUROC; ties
    count half)."""
    out = []
    for split in SPLITS:
        for path in ("html", "text"):
            sel = [(score(s, weights), f) for sp, pa, s, f in rows if sp == split and pa == path]
            if not sel:
                continue
            c = np.array([x for x, _ in sel])
            f = np.array([y for _, y in sel])
            brier = float(np.mean((c - f) ** 2))
            ece = 0.0
            for lo, hi in itertools.pairwise(BINS):
                m = (c >= lo) & (c < hi)
                if m.any():
                    ece += m.sum() / len(c) * abs(float(c[m].mean() - f[m].mean()))
            low, high = c[f < bad], c[f >= bad]
            if len(low) and len(high):
                below = (low[:, None] < high[None, :]).sum() + 0.5 * (
                    low[:, None] == high[None, :]
                ).sum()
                auroc = f"{below / (len(low) * len(high)):.3f} ({len(low)} pages under {bad})"
            else:
                auroc = "n/a"
            out.append(f"| {split} | {path} | {len(sel)} | {brier:.4f} | {ece:.4f} | {auroc} |")
    return out


def table(rows: list[tuple[str, str, Signals, float]], weights: tuple[float, ...]) -> list[str]:
    out = [
        "| half | path | confidence | pages | mean F1 | mean confidence |",
        "|---|---|---|---|---|---|",
    ]
    for split in SPLITS:
        for path in ("html", "text"):
            sel = [(score(s, weights), f) for sp, pa, s, f in rows if sp == split and pa == path]
            for lo, hi in itertools.pairwise(BINS):
                got = [(c, f) for c, f in sel if lo <= c < hi]
                if not got:
                    continue
                mean_f = sum(f for _, f in got) / len(got)
                mean_c = sum(c for c, _ in got) / len(got)
                label = f"{lo:.1f}-{min(hi, 1.0):.1f}"
                out.append(
                    f"| {split} | {path} | {label} | {len(got)} | {mean_f:.3f} | {mean_c:.3f} |"
                )
            low = [f for c, f in sel if c < LOW_CONFIDENCE["balanced"]]
            high = [f for c, f in sel if c >= LOW_CONFIDENCE["balanced"]]
            if low and high:
                out.append(
                    f"| {split} | {path} | low_confidence: {len(low)} pages, mean F1 "
                    f"{sum(low) / len(low):.3f}; others {sum(high) / len(high):.3f} | | | |"
                )
    return out


def _least(fn: Callable[[], object], repeat: int = 3, inner: int = 1) -> float:
    """Least CPU seconds of ``repeat`` rounds of ``inner`` calls of ``fn``, per call."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _ in range(inner):
            fn()
        best = min(best, (time.process_time() - t0) / inner)
    return best


def cost(pages: list[Page], options: CleanOptions) -> list[str]:
    """Per HTML page: CPU of the ``outside`` signal, of the shape signals, of the ``gap``
    signal and of the page."""
    rows: list[tuple[float, float, float, float]] = []
    for page in pages:
        if len(page.html) > 1_000_000:
            continue
        markup = decode_bytes(page.html, source=page.id, html=True).text
        inside = extract_html(markup, url=page.url, source=page.id).area_words
        result = clean_html_document(markup, options, url=page.url, source=page.id)
        lines = result.text.split("\n") if result.text else []
        test = partial(in_area, inside=inside) if inside else None
        whole = _least(
            lambda m=markup, p=page: clean_html_document(m, options, url=p.url, source=p.id)
        )
        out = _least(lambda ln=lines, t=test: outside_share(ln, t), inner=50)
        shape = _least(lambda ln=lines, f=result.flags: signals(ln, flags=f), inner=50)
        body = parse_html(markup, source=page.id).find("body")
        if body is None:
            continue

        def gap(b: HtmlElement = body, ln: list[str] = lines) -> float:
            content = content_nodes(b)
            return content_gap(ln, content_chars(content) if content is not None else 0)

        rows.append((whole, out, shape, _least(gap, inner=5)))
    whole_ms = statistics.median(r[0] for r in rows) * 1e3
    out_ms = statistics.median(r[1] for r in rows) * 1e3
    shape_ms = statistics.median(r[2] for r in rows) * 1e3
    gap_ms = statistics.median(r[3] for r in rows) * 1e3
    share = statistics.median(r[1] / r[0] for r in rows)
    gap_share = statistics.median(r[3] / r[0] for r in rows)
    gap_total = sum(r[3] for r in rows) / sum(r[0] for r in rows)
    worst = max(r[1] for r in rows) * 1e3
    return [
        f"{len(rows)} HTML pages, CPU ms per page (medians): whole page {whole_ms:.2f}, "
        f"outside signal {out_ms:.4f} (largest {worst:.3f}), shape signals {shape_ms:.4f}, "
        f"gap signal {gap_ms:.4f}; outside signal / whole page, median {share:.5f}; "
        f"gap signal / whole page, median {gap_share:.5f}, over all pages {gap_total:.5f}"
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--fit", action="store_true", help="refit the weights on the dev half")
    parser.add_argument("--path", choices=["html", "text", "both"], default="both")
    parser.add_argument("--cost", action="store_true", help="time the signals (HTML) only")
    args = parser.parse_args(argv)
    options = CleanOptions(dedup=False)
    if args.cost:
        print("\n".join(cost([*aeb_pages(args.limit), *wcxb_pages(args.limit)], options)))
        return 0
    paths = ("html", "text") if args.path == "both" else (args.path,)
    got = [
        _row(p, path, options)
        for p in [*aeb_pages(args.limit), *wcxb_pages(args.limit)]
        for path in paths
    ]
    rows = [r for r in got if r is not None]
    weights = tuple(WEIGHTS)
    sets = [("in use", weights)]
    if args.fit:
        fitted = fit([(s, f) for sp, _pa, s, f in rows if sp == "dev"])
        print("weights in use:", ", ".join(f"{w:.2f}" for w in WEIGHTS))
        print("fitted on dev: ", ", ".join(f"{w:.2f}" for w in fitted))
        weights = tuple(float(w) for w in fitted)
        sets.append(("fitted on dev", weights))
    print("\n".join(table(rows, weights)))
    for name, ws in sets:
        print(f"\nCalibration, weights {name}:\n")
        print("| half | path | pages | Brier | ECE | AUROC, pages under F1 0.8 |")
        print("|---|---|---:|---:|---:|---|")
        print("\n".join(calibration(rows, ws)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
