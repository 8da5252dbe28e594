"""Parity of the HTML path: a digest of ``clean_html_document``'s whole result on every page.

A change to the structure of the HTML path (``html/``, ``process.py``) must leave every result
as it was. This script runs ``clean_html_document`` with ``trace=True`` on every AEB and
WCXB-dev page (decoded as ``clean`` decodes it) and keeps per page one SHA-1 over the whole
result: text, title, metadata (pruned counts, confidence signals ...), flags, confidence,
removed lines and the per-line trace. ``--favor`` picks the preset (default ``balanced``);
``--every N`` keeps every N-th page only. ``--save FILE`` stores the digests, ``--check FILE``
compares and exits 1 naming the pages that differ.

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/html_parity.py --save /tmp/html.json   # before a change
    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/html_parity.py --check /tmp/html.json  # after it
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.errors import CleanscrapeError
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document
from cleanscrape.text import decode_bytes
from common import Page, aeb_pages, save_or_check, wcxb_pages


def digest(page: Page, options: CleanOptions) -> str:
    markup = decode_bytes(page.html, source=page.id, html=True).text
    try:
        r = clean_html_document(markup, options, url=page.url, source=page.id, trace=True)
    except CleanscrapeError as exc:  # a refused page: its message is its result
        return hashlib.sha1(f"{type(exc).__name__}: {exc}".encode()).hexdigest()
    whole = (r.text, r.title, r.metadata, r.flags, r.confidence, r.removed, r.trace)
    return hashlib.sha1(repr(whole).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="store the digests in this file")
    mode.add_argument("--check", type=Path, help="compare with the digests in this file")
    ap.add_argument("--favor", choices=("balanced", "precision", "recall"), default="balanced")
    ap.add_argument("--every", type=int, default=1, help="every N-th page only (default 1)")
    args = ap.parse_args(argv)
    options = CleanOptions(favor=args.favor)
    named = [(f"aeb/{p.id}", p) for p in aeb_pages()]
    named += [(f"wcxb-dev/{p.id}", p) for p in wcxb_pages()]
    found = {name: digest(page, options) for name, page in named[:: args.every]}
    return save_or_check(found, args.save, args.check)


if __name__ == "__main__":
    raise SystemExit(main())
