"""report.html on a 2,000-document batch with duplicates and bad inputs, in headless Chromium.

Usage::

    .venv/bin/python benchmarks/report_html.py                      # 2,000 docs + AEB + checks
    .venv/bin/python benchmarks/report_html.py --scale 100000       # also a 100k-row page
    .venv/bin/python benchmarks/report_html.py --screenshot docs/_static/report.png

Corpus (written to a temporary folder): near-duplicate text pages from
``benchmarks/dedup_corpus.py`` (real article bodies with 1-3 edited copies each, wrapped in the
chrome of 40 sites, one folder per site), the 181 AEB pages as ``.html.gz``, and bad inputs (empty
files, a binary file named .txt, a .html without markup, files of unknown types), to 2,000
documents in all.

Figures: the clean job without the HTML report vs what the report adds (the same job with it,
minus the job without it: tracing every line in the per-document stage, spooling the traces,
writing the page and its detail files; CPU seconds of this process with ``--jobs 1``, median
of ``--repeat``), the size of report.html and report.files/,
and in Chromium the time until the page is ready and until a status filter has redrawn the
table. The page is checked as the tests check it: no JavaScript error, the figures of
report.json, a filter, a document's lines, a cluster side by side, the errors.

With ``--scale N``, report.json's document entries are repeated (ids made unique) to N rows and
the page is written and opened again: what the page costs at that size (the cleaning of N
documents is measured in docs/benchmarks.md's throughput section).
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from cleanscrape import clean_path
from cleanscrape.htmlreport import FILES_DIR, REPORT_HTML
from cleanscrape.htmlreport.writer import write_html_report
from common import DATA, aeb_pages
from dedup_corpus import build, load_material
from report_browser import check_summary, open_browser


def make_corpus(root: Path, total: int) -> dict[str, int]:
    """Write the batch below ``root``; returns counts by kind."""
    bad = {
        "bad/empty.txt": b"",
        "bad/blank.txt": b"   \n\n  ",
        "bad/binary.txt": bytes(range(256)) * 8,
        "bad/no-markup.html": b"\xff\xfe\x00not a page",
        "bad/notes.md": b"# not a page\n",
        "bad/image.png": b"\x89PNG\r\n\x1a\n",
    }
    for name, data in bad.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    aeb = aeb_pages()
    for p in aeb:
        (root / "aeb").mkdir(exist_ok=True)
        (root / "aeb" / f"{p.id}.html.gz").write_bytes(gzip.compress(p.html, mtime=0))
    want = total - len(aeb) - sum(1 for n in bad if n.endswith((".txt", ".html")))
    bodies, sites = load_material()
    # each original gets 1-3 copies (2 on average): enough originals to reach ``want`` pages
    originals = min(len(bodies), max(want // 5, (want - len(bodies)) // 2 + 100))
    docs = build(bodies, sites, originals=originals, singles=len(bodies) - originals)[:want]
    for d in docs:
        target = root / "pages" / d.id
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(d.page, encoding="utf-8")
    return {"text pages": len(docs), "aeb html": len(aeb), "bad inputs": len(bad)}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def browse(out: Path, report: dict[str, Any], shot: Path | None) -> dict[str, float]:
    """Open the page, time it, run the checks; returns the timings in seconds."""
    docs = report["documents"]
    with open_browser() as b:
        t0 = time.perf_counter()
        page = b.open(out / REPORT_HTML)
        ready = time.perf_counter() - t0
        check_summary(page, report)
        if shot is not None:
            page.page.screenshot(path=str(shot), full_page=True)
        page.page.click("#tabs a[data-tab=documents]")
        page.page.wait_for_selector("#doc-table tbody tr")
        t0 = time.perf_counter()
        page.page.select_option("#f-status", "duplicate")
        n_dup = sum(1 for d in docs if d["status"] == "duplicate")
        page.page.wait_for_function(
            f"document.getElementById('doc-count').textContent.startsWith('{n_dup:,} of')"
        )
        filtered = time.perf_counter() - t0
        page.page.click("#doc-table tbody tr")
        page.page.wait_for_selector("#doc-lines")
        n = int(page.page.locator("#view-doc").get_attribute("data-doc"))
        shown = page.page.locator("#doc-lines tr.drop td.reason").all_inner_texts()
        if docs[n]["removed"] != {r: shown.count(r) for r in set(shown)}:
            raise SystemExit(f"document {docs[n]['id']}: removed lines differ from report.json")
        if report["clusters"]:
            page.goto((out / REPORT_HTML).resolve().as_uri() + "#cluster/0")
            page.page.wait_for_selector("#cluster-side .col")
            cols = page.page.locator("#cluster-side .col").count()
            if cols != len(report["clusters"][0]["members"]):
                raise SystemExit("cluster view: wrong number of columns")
        page.goto((out / REPORT_HTML).resolve().as_uri() + "#errors")
        errors = page.page.locator("#error-table tbody tr").count()
        if errors != report["stats"]["errors"]:
            raise SystemExit(f"errors tab lists {errors}, report.json {report['stats']['errors']}")
        if page.errors:
            raise SystemExit(f"JavaScript errors: {page.errors}")
    return {"ready": ready, "filter": filtered}


def scaled(report: dict[str, Any], n: int) -> dict[str, Any]:
    """report.json's entries repeated to ``n`` rows, ids (and duplicate_of) made unique."""
    docs = report["documents"]
    out = []
    for k in range(n):
        d = dict(docs[k % len(docs)])
        rep = k // len(docs)
        d["id"] = f"r{rep}/{d['id']}"
        if d.get("duplicate_of"):
            d["duplicate_of"] = f"r{rep}/{d['duplicate_of']}"
        out.append(d)
    clusters = [
        {**c, "kept": f"r{r}/{c['kept']}", "members": [f"r{r}/{m}" for m in c["members"]]}
        for r in range(n // len(docs))
        for c in report["clusters"]
    ]
    return {**report, "documents": out, "clusters": clusters}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1, help="1: all CPU time is this process's")
    ap.add_argument("--scale", type=int, default=0, help="also a page of this many rows")
    ap.add_argument("--screenshot", type=Path, help="save the summary view here (PNG)")
    args = ap.parse_args(argv)
    if not (DATA / "aeb").is_dir():
        print(f"benchmark data not found in {DATA}; set CLEANSCRAPE_BENCH_DATA", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cs-report-") as tmp:
        root = Path(tmp)
        src = root / "in"
        counts = make_corpus(src, args.docs)
        clean_cpu, report_cpu = [], []
        out = root / "out"
        for _ in range(args.repeat):  # without and with the report, interleaved
            shutil.rmtree(out, ignore_errors=True)
            c0 = time.process_time()
            clean_path(src, out, jobs=args.jobs, html_report=False)
            clean_cpu.append(time.process_time() - c0)
            shutil.rmtree(out, ignore_errors=True)
            c0 = time.process_time()
            clean_path(src, out, jobs=args.jobs)
            report_cpu.append(time.process_time() - c0 - clean_cpu[-1])
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        st = report["stats"]
        print(f"corpus: {counts}")
        print(
            f"{st['documents']:,} documents: {st['kept']:,} kept, {st['duplicates']:,} duplicates, "
            f"{st['empty']:,} empty, {st['errors']:,} errors, {len(st['skipped_files'])} skipped; "
            f"{len(report['clusters']):,} clusters"
        )
        cc, rc = statistics.median(clean_cpu), statistics.median(report_cpu)
        print(
            f"CPU s (median of {args.repeat}, this process): clean job {cc:.2f}, "
            f"report.html {rc:.2f} ({rc / cc:.1%} of the clean job's)"
        )
        page_mb = (out / REPORT_HTML).stat().st_size / 1e6
        files_mb = folder_size(out / FILES_DIR) / 1e6
        print(f"report.html {page_mb:.2f} MB, report.files/ {files_mb:.1f} MB")
        t = browse(out, report, args.screenshot)
        print(f"chromium: ready {t['ready']:.2f} s, status filter {t['filter']:.2f} s; checks ok")
        if args.scale:
            big = scaled(report, args.scale)
            sout = root / "scaled"
            c0 = time.process_time()
            write_html_report(sout, big, iter(()))
            print(
                f"{args.scale:,} rows: written in {time.process_time() - c0:.2f} CPU s, "
                f"report.html {(sout / REPORT_HTML).stat().st_size / 1e6:.1f} MB"
            )
            t = browse_scaled(sout, big)
            print(f"chromium: ready {t['ready']:.2f} s, status filter {t['filter']:.2f} s")
    return 0


def browse_scaled(out: Path, report: dict[str, Any]) -> dict[str, float]:
    with open_browser() as b:
        t0 = time.perf_counter()
        page = b.open(out / REPORT_HTML)
        ready = time.perf_counter() - t0
        check_summary(page, report)
        page.page.click("#tabs a[data-tab=documents]")
        page.page.wait_for_selector("#doc-table tbody tr")
        t0 = time.perf_counter()
        page.page.select_option("#f-status", "duplicate")
        n_dup = sum(1 for d in report["documents"] if d["status"] == "duplicate")
        page.page.wait_for_function(
            f"document.getElementById('doc-count').textContent.startsWith('{n_dup:,} of')"
        )
        filtered = time.perf_counter() - t0
        if page.errors:
            raise SystemExit(f"JavaScript errors: {page.errors}")
    return {"ready": ready, "filter": filtered}


if __name__ == "__main__":
    raise SystemExit(main())
