"""Shared helpers for the benchmarks: data loading and the published metrics.

Data lives beside the repository in ``../shared/benchmarks`` (override with
``CLEANSCRAPE_BENCH_DATA``):

* ``aeb/``: article-extraction-benchmark (181 pages, ``ground-truth.json``).
* ``wcxb-dev/``: WCXB development split, article pages (``html/``, ``ground-truth/``).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    with_snippets: tuple[str, ...] = ()  # WCXB: text that must appear in the output
    without_snippets: tuple[str, ...] = ()  # WCXB: text that must not appear
    title: str = ""  # WCXB: the gold title ("" when the gold gives none)

    @property
    def split(self) -> str:
        """``"dev"`` or ``"held-out"``: see :func:`split_of`."""
        return split_of(self.url, self.id)

    @property
    def language(self) -> str:
        return page_language(self.html)


#: Halves of every benchmark set, fixed by the site: a page is in the tuning half ("dev") when
#: the CRC-32 of its URL's host name is even, else in the "held-out" half. Rules are tuned on
#: "dev" pages only; figures are reported for both halves and for all pages. Whole sites go to
#: one half, so a rule fitted to one site's template cannot lift the held-out figure.
SPLITS = ("dev", "held-out")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\d?\.)?([^/:?#]+)", re.IGNORECASE)
_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)


def seed_ranges(specs: Iterable[str]) -> list[int]:
    """Seeds from ``"201-260"`` ranges and single numbers, in the order given."""
    out: list[int] = []
    for spec in specs:
        lo, _, hi = spec.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def split_of(url: str | None, page_id: str) -> str:
    m = _HOST.match(url or "")
    host = m.group(1).lower() if m else page_id
    return SPLITS[zlib.crc32(host.encode("utf-8")) % 2]


def page_language(raw: bytes) -> str:
    """Two-letter code from ``<html lang>`` (``"??"`` when the page declares none)."""
    m = _LANG.search(raw[:20000])
    return m.group(1).decode("ascii").lower() if m else "??"


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
            truth = item["ground_truth"]
            pages.append(
                Page(
                    str(fid),
                    gzip.decompress(path.read_bytes()),
                    truth["main_content"],
                    item.get("url"),
                    tuple(_snippets(truth.get("with"))),
                    tuple(_snippets(truth.get("without"))),
                    truth.get("title") or "",
                )
            )
    return pages


def add_page_arguments(ap: argparse.ArgumentParser) -> None:
    """``--set``, ``--split`` and ``--limit``: which benchmark pages a script reads
    (:func:`chosen_pages`)."""
    ap.add_argument("--set", choices=["aeb", "wcxb", "both"], default="both")
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")


def chosen_pages(args: argparse.Namespace) -> list[tuple[str, str, list[Page]]]:
    """The pages :func:`add_page_arguments` chose, a set at a time: the set's name, the half
    read (``"dev half"``, ``"all pages"`` ...) and its pages of that half."""
    chosen: list[tuple[str, list[Page]]] = []
    if args.set in ("aeb", "both"):
        chosen.append(("AEB", aeb_pages(args.limit)))
    if args.set in ("wcxb", "both"):
        chosen.append(("WCXB-dev articles", wcxb_pages(args.limit)))
    half = "all pages" if args.split == "all" else f"{args.split} half"
    return [
        (name, half, [p for p in pages if args.split == "all" or p.split == args.split])
        for name, pages in chosen
    ]


def _snippets(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return []


def _tokens_key(text: str) -> str:
    return " " + " ".join(t.lower() for t in _TOKEN.findall(text)) + " "


@dataclass(frozen=True, slots=True)
class SnippetScore:
    """WCXB's snippet check: share of ``with`` snippets found, of ``without`` snippets absent."""

    with_found: float
    without_absent: float
    pages: int


def snippet_score(outputs: Iterable[tuple[str, Page]]) -> SnippetScore:
    """Snippets are matched as lower-cased ``\\w+`` token runs (punctuation and spacing free)."""
    found = want = absent = avoid = n = 0
    for predicted, page in outputs:
        if not page.with_snippets and not page.without_snippets:
            continue
        n += 1
        key = _tokens_key(predicted)
        for s in page.with_snippets:
            k = _tokens_key(s)
            if k.strip():
                want += 1
                found += k in key
        for s in page.without_snippets:
            k = _tokens_key(s)
            if k.strip():
                avoid += 1
                absent += k not in key
    return SnippetScore(found / want if want else 1.0, absent / avoid if avoid else 1.0, n)


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


def shingle_counts(predicted: str, gold: str) -> tuple[int, int, int]:
    """``(TP, FP, FN)`` of the AEB metric's 4-token shingles (multisets) on one page."""
    p, g = _shingles(predicted), _shingles(gold)
    return sum((p & g).values()), sum((p - g).values()), sum((g - p).values())


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


def html_to_dump_inscriptis(html: bytes | str) -> str:
    """Whole-page text dump made by a second converter, inscriptis (its default, "relaxed" CSS
    profile, as its command line makes it): list items indented with bullets (``*``, ``o``,
    ``+``), table cells on one line separated by two spaces, no ``<title>`` line."""
    from inscriptis import get_text

    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    return str(get_text(html))


def html_to_dump_chromium(html: bytes | str) -> str:
    """Whole-page dump made by a browser: the page rendered offline by the system's headless
    Chromium, ``document.body.innerText`` (tab-separated table cells, block elements on their
    own lines, hidden elements left out), with the page's ``<title>`` and a blank line above it
    as html-text writes it (``benchmarks/browser_dumps.py``; dumps cached on disk)."""
    from browser_dumps import html_to_dump_chromium as rendered

    return rendered(html)


#: Whole-page dump makers by name (``--converter`` of the text-path benchmarks).
CONVERTERS = {
    "html-text": html_to_dump,
    "inscriptis": html_to_dump_inscriptis,
    "chromium": html_to_dump_chromium,
}


def prepare_dumps(converter: str, pages: Iterable[Page]) -> None:
    """Make ready what ``converter`` needs before its dumps are asked for page by page: for
    ``chromium``, render every page not yet in its cache, two browsers at a time. Raises
    ``browser_dumps.NoBrowser`` when the machine has no Chromium."""
    if converter == "chromium":
        from browser_dumps import render_all

        render_all([(p.html, p.url) for p in pages])


def seed_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(SEEDS.glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")


def baseline_tree(rev: str, root: Path) -> Path:
    """The ``src`` folder of git revision ``rev`` of this repository, exported below ``root``
    (for timing another revision beside this tree in one run)."""
    archive = subprocess.run(
        ["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    return root / "src"


def json_of_run(script: str, args: list[str], tree: Path | None = None) -> Any:
    """The JSON that ``script`` prints when run with ``args`` in a fresh Python process, with
    the package of ``tree`` (a source folder holding ``cleanscrape``, see :func:`baseline_tree`)
    first on the path, or for ``None`` the installed one."""
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree), env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, script, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def save_or_check(found: dict[str, str], save: Path | None, check: Path | None) -> int:
    """Store per-page digests in ``save``, or compare them with those stored in ``check``.

    Prints how many pages differ (naming them); returns the exit status, 1 when any differs.
    """
    if save is not None:
        save.write_text(json.dumps(found, indent=0, sort_keys=True), encoding="utf-8")
        print(f"{len(found)} pages saved")
        return 0
    assert check is not None
    stored = json.loads(check.read_text(encoding="utf-8"))
    differ = sorted(k for k in stored.keys() | found.keys() if stored.get(k) != found.get(k))
    named = ": " + ", ".join(differ) if differ else ""
    print(f"{len(found)} pages, {len(differ)} differ{named}")
    return 1 if differ else 0
