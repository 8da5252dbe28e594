"""Titles of the HTML path against WCXB-dev's gold titles, by half.

Runs ``clean_html_document`` on every WCXB-dev article page that has a gold title
(``Page.title``) and counts the pages whose ``title`` equals it once case, diacritics, quotes
and punctuation are set aside (the project's matching form, ``lexicon.folding.fold``).

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks .venv/bin/python benchmarks/titles_html.py
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.lexicon.folding import fold
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document
from cleanscrape.text import decode_bytes
from common import SPLITS, split_of, wcxb_pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all", help="pages to run")
    ap.add_argument(
        "--misses", action="store_true", help="print each page whose title differs (dev only)"
    )
    args = ap.parse_args()
    pages = Counter[str]()
    equal = Counter[str]()
    for page in wcxb_pages():
        half = split_of(page.url, page.id)
        if not page.title or args.split not in ("all", half):
            continue
        markup = decode_bytes(page.html, source=page.id, html=True).text
        result = clean_html_document(markup, CleanOptions(), url=page.url, source=page.id)
        pages[half] += 1
        same = fold(result.title or "") == fold(page.title)
        equal[half] += same
        if args.misses and not same and half == "dev":
            print(f"{page.id}\tgold: {page.title}\n\tours: {result.title}")
    for half in SPLITS:
        if pages[half]:
            print(f"WCXB-dev {half}: {equal[half]} of {pages[half]} titles equal the gold title")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
