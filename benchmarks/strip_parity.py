"""Parity of the strip stage: a digest of what ``classify_lines`` makes of every benchmark page.

A change to the structure of the line classifier (``chrome/``) must leave every verdict as it
was. This script runs ``classify_lines`` on every AEB and WCXB-dev page as a whole-page text
dump (every visible line of the HTML, repaired as ``clean`` repairs it) and on the seeds, each
three ways: as a text dump, as lines extracted from HTML (``from_html=True``) and with its first
line given as the title. Per page it keeps one SHA-1 over the verdicts, metadata and flags;
``--save FILE`` stores them, ``--check FILE`` compares and exits 1 naming the pages that differ.

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/strip_parity.py --save /tmp/strip.json   # before a change
    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/strip_parity.py --check /tmp/strip.json  # after it
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.chrome.strip import classify_lines
from cleanscrape.text import repair_text
from common import aeb_pages, html_to_dump, save_or_check, seed_texts, wcxb_pages


def pages() -> dict[str, list[str]]:
    """Every benchmark page as a dump, and every seed, split into lines as ``clean`` does."""
    out = {f"aeb/{p.id}": html_to_dump(p.html) for p in aeb_pages()}
    out.update({f"wcxb-dev/{p.id}": html_to_dump(p.html) for p in wcxb_pages()})
    out.update({f"seeds/{name}": text for name, text in seed_texts()})
    return {name: repair_text(text).split("\n") for name, text in out.items()}


def digest(lines: list[str]) -> str:
    title = next((x for x in lines if x.strip()), None)
    ways = []
    for kw in ({}, {"from_html": True}, {"title": title}):
        c = classify_lines(lines, **kw)
        ways.append(repr((c.verdicts, c.metadata, c.flags)))
    return hashlib.sha1("\n".join(ways).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="store the digests in this file")
    mode.add_argument("--check", type=Path, help="compare with the digests in this file")
    args = ap.parse_args(argv)
    found = {name: digest(lines) for name, lines in pages().items()}
    return save_or_check(found, args.save, args.check)


if __name__ == "__main__":
    raise SystemExit(main())
