"""CPU each part of the strip stage costs a text-dump page in this tree and in a git revision,
the two alternating page by page in one process (as ``alternate.py`` does for whole stages).

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/strip_parts.py --baseline main --pages 300 --repeat 7

Parts: the lines' features (``line_features``) and within them the text columns
(``text_columns``), folding (``fold_lines``) and the character pass (``_page_chars``, when
the revision has it); the phrase lexicons (``lexicon_categories``, on each tree's own line
features); the rule passes of a text dump (``_classify_text``, on each tree's own lines with
their categories); the whole stage (``classify_lines``). Corpus: the first ``--pages``
AEB + WCXB-dev pages as whole-page text dumps (``common.html_to_dump``), repaired and split as
``clean`` does; with ``--docs N``, also ``N`` seed variants. Each round times every page once
per tree (``time.process_time``, the tree that goes first alternating by round); the table
gives the median of ``--repeat`` rounds, CPU ms a page. Before timing, every page's
``classify_lines`` result is checked to be the same in both trees.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alternate import BASELINE, alternate, import_baseline, per_page_ms, print_table, table_row
from throughput import dump_corpus, seed_corpus

MODULES = ("chrome.features", "chrome.memo", "chrome.strip", "text.decode", "text.repair")


def load(package: str) -> dict[str, ModuleType]:
    return {name: importlib.import_module(f"{package}.{name}") for name in MODULES}


def pages_of(mods: dict[str, ModuleType], src: Path) -> list[list[str]]:
    """The corpus's pages as ``clean`` reads them: decoded, repaired, split into lines."""
    decode, repair = mods["text.decode"].decode_bytes, mods["text.repair"].repair_text
    return [repair(decode(p.read_bytes()).text).split("\n") for p in sorted(src.rglob("*.txt"))]


def parts(
    base: dict[str, ModuleType], this: dict[str, ModuleType], pages: list[list[str]]
) -> Iterator[tuple[str, Callable[[Any], object], Callable[[Any], object], list[Any]]]:
    """``(part, the revision's function, this tree's, [(its argument, this tree's)])``."""
    fa, fb = base["chrome.features"], this["chrome.features"]
    sa, sb = base["chrome.strip"], this["chrome.strip"]
    texts = [t for t in (fb.nonblank_lines(lines)[1] for lines in pages) if t]
    blocks = ["\n".join(t) for t in texts if "\n".join(t).count("\n") == len(t) - 1]
    feats = [
        (base["chrome.memo"].page_lines(p, None), this["chrome.memo"].page_lines(p, None))
        for p in pages
    ]
    feats = [(a, b) for a, b in feats if a]
    plain = [(fa.line_features(p), fb.line_features(p)) for p in pages]
    plain = [(a, b) for a, b in plain if a]
    yield "line features (`line_features`)", fa.line_features, fb.line_features, pairs(pages)
    yield "text columns (`text_columns`)", fa.text_columns, fb.text_columns, pairs(texts)
    yield "folding (`fold_lines`)", fa.fold_lines, fb.fold_lines, pairs(texts)
    if hasattr(fa, "_page_chars"):
        yield "character pass (`_page_chars`)", fa._page_chars, fb._page_chars, pairs(blocks)
    yield (
        "phrase lexicons (`lexicon_categories`)",
        fa.lexicon_categories,
        fb.lexicon_categories,
        plain,
    )
    yield (
        "rule passes (`_classify_text`)",
        lambda f: sa._classify_text(f, title=None),
        lambda f: sb._classify_text(f, title=None),
        feats,
    )
    yield "strip (`classify_lines`)", sa.classify_lines, sb.classify_lines, pairs(pages)


def pairs(items: list[Any]) -> list[tuple[Any, Any]]:
    return [(x, x) for x in items]


def rows(
    base: dict[str, ModuleType], this: dict[str, ModuleType], src: Path, repeat: int
) -> Iterator[tuple[str, float, float]]:
    pages = pages_of(this, src)
    for lines in pages:
        a, b = (
            base["chrome.strip"].classify_lines(lines),
            this["chrome.strip"].classify_lines(lines),
        )
        if repr((a.verdicts, a.metadata, a.flags)) != repr((b.verdicts, b.metadata, b.flags)):
            raise SystemExit(f"{src.name}: the two trees strip a page differently")
    for name, a, b, items in parts(base, this, pages):
        alternate(a, b, items[:20])  # warm-up
        times = [alternate(a, b, items, r % 2 == 1) for r in range(repeat)]
        yield (name, *per_page_ms(times, len(pages)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="main", help="git revision to compare with")
    ap.add_argument("--pages", type=int, default=300, help="AEB+WCXB dumps (default 300)")
    ap.add_argument("--docs", type=int, default=0, help="seed variants (default none)")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cleanscrape-strip-parts-") as tmp:
        import_baseline(args.baseline, Path(tmp))
        base, this = load(BASELINE), load("cleanscrape")
        corpora = [(f"AEB+WCXB dumps x {args.pages}", Path(tmp) / "dumps")]
        dump_corpus(corpora[0][1], args.pages)
        if args.docs:
            corpora.append((f"seeds x {args.docs}", Path(tmp) / "seeds"))
            seed_corpus(corpora[1][1], args.docs)
        out = []
        for label, src in corpora:
            for name, ta, tb in rows(base, this, src, args.repeat):
                table_row(out, label, name, ta, tb)
    print_table(out, "part", args.baseline, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
