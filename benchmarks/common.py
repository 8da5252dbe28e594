"""Shared helpers for the benchmarks: data loading and the published metrics.

Data lives beside the repository in ``../shared/benchmarks`` (override with
``CLEANSCRAPE_BENCH_DATA``):

* ``aeb/``: article-extraction-benchmark (181 pages, ``ground-truth.json``).
* ``wcxb-dev/``: WCXB development split, article pages (``html/``, ``ground-truth/``).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLEANSCRAPE_BENCH_DATA", ROOT.parent / "shared" / "benchmarks"))
SEEDS = ROOT / "seeds"

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    html: bytes  # raw bytes as stored
    gold: str
    url: str | None


def aeb_pages(limit: int | None = None) -> list[Page]:
    """Article-extraction-benchmark pages with their gold ``articleBody``."""
    root = DATA / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth)[:limit]:
        path = root / "html" / f"{pid}.html.gz"
        if path.exists():
            item = truth[pid]
            pages.append(
                Page(pid, gzip.decompress(path.read_bytes()), item["articleBody"], item.get("url"))
            )
    return pages


def wcxb_pages(limit: int | None = None) -> list[Page]:
    """WCXB-dev article pages with ``ground_truth.main_content`` as gold."""
    root = DATA / "wcxb-dev"
    pages = []
    for gt in sorted((root / "ground-truth").glob("*.json"))[:limit]:
        item = json.loads(gt.read_text(encoding="utf-8"))
        fid = item.get("file_id") or gt.stem
        path = root / "html" / f"{fid}.html.gz"
        if path.exists():
            gold = item["ground_truth"]["main_content"]
            pages.append(Page(str(fid), gzip.decompress(path.read_bytes()), gold, item.get("url")))
    return pages


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int

    def row(self) -> str:
        return f"{self.precision:.3f} | {self.recall:.3f} | {self.f1:.3f}"


def aeb_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """The article-extraction-benchmark metric over (predicted, gold) pairs.

    Tokens are ``\\w+`` (case-sensitive); 4-token shingles as multisets; per page precision
    TP/(TP+FP) (pages with TP+FP > 0) and recall TP/(TP+FN); F1 of the two means.
    """
    precisions, recalls = [], []
    n = 0
    for predicted, gold in pairs:
        n += 1
        p, g = _shingles(predicted), _shingles(gold)
        tp = sum((p & g).values())
        fp = sum((p - g).values())
        fn = sum((g - p).values())
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        recalls.append(tp / (tp + fn) if tp + fn > 0 else 1.0)
    prec = statistics.fmean(precisions) if precisions else 0.0
    rec = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return Score(prec, rec, f1, n)


def word_score(pairs: Iterable[tuple[str, str]]) -> Score:
    """WCXB-style word-level score: lowercased ``\\w+`` bags, per-page P/R/F1, means over pages."""
    ps, rs, fs = [], [], []
    for predicted, gold in pairs:
        p = Counter(t.lower() for t in _TOKEN.findall(predicted))
        g = Counter(t.lower() for t in _TOKEN.findall(gold))
        tp = sum((p & g).values())
        prec = tp / sum(p.values()) if p else (1.0 if not g else 0.0)
        rec = tp / sum(g.values()) if g else 1.0
        ps.append(prec)
        rs.append(rec)
        fs.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    k = len(fs)
    if not k:
        return Score(0.0, 0.0, 0.0, 0)
    return Score(statistics.fmean(ps), statistics.fmean(rs), statistics.fmean(fs), k)


def html_to_dump(html: bytes | str) -> str:
    """Whole-page text dump of an HTML page, every visible line kept (html-text, guess_layout)."""
    import html_text

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    return str(html_text.extract_text(html, guess_layout=True))


def seed_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(SEEDS.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
