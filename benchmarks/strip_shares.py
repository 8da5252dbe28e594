"""Where the strip stage's time goes: each rule function's share of ``classify_lines``.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/strip_shares.py --pages 972 --docs 300 --repeat 2
    # the same for a git revision, its package exported and imported in a fresh process:
    .venv/bin/python benchmarks/strip_shares.py --pages 972 --docs 300 --baseline main

The functions that ``classify_lines`` calls once a page (line features, folding, the
lexicons, the tags, the region weights and the rules on runs of lines) are wrapped with a
CPU clock (``time.process_time``; a profiler's cost per call would weigh the per-line functions
more than the page-wide ones), and every page of the corpus is classified ``--repeat`` times.
Rows: milliseconds a page and share of ``classify_lines`` (cumulative: a function's row holds
the functions it calls). Corpora: the first ``--pages`` AEB + WCXB-dev pages as whole-page
text dumps and ``--docs`` seed variants, as ``stages.py`` makes them, each repaired and split
into lines as ``clean`` does. A function a revision lacks is left out of its table.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import baseline_tree, json_of_run
from throughput import dump_corpus, seed_corpus

#: (module under ``cleanscrape.chrome``, function): the once-a-page steps of the strip stage,
#: wrapped where the caller looks them up (a function imported by name into ``strip`` or
#: ``regions`` is wrapped there).
WRAPPED = [
    ("strip", name)
    for name in (
        "line_features",
        "lexicon_categories",
        "_classify_text",
        "tag_lines",
        "wrapped_paragraphs",
        "weights",
        "main_region",
        "anchored_region",
        "headline_anchor",
        "find_title",
        "listed_rows_end",
        "sequel_start",
        "thread_start",
        "bio_start",
        "_inline_links",
        "_thread_start",
        "diacritic_language",
    )
] + [
    ("regions", name)
    for name in (
        "consent_panels",
        "reference_lists",
        "_tag_icon_rows",
        "_tag_form_fields",
        "dated_cards",
        "card_summaries",
        "copied_paragraphs",
    )
]
#: ... and inside ``line_features`` (called through the module's globals).
INNER = [("features", "fold_lines"), ("features", "_page_chars")]


def _wrap(module: Any, name: str, acc: dict[str, float]) -> None:
    fn = getattr(module, name, None)
    if not callable(fn):
        return
    clock = time.process_time

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[name] += clock() - t0

    setattr(module, name, timed)


def shares(corpus: Path, repeat: int) -> dict[str, list[list[Any]]]:
    """Per corpus (``dumps``, ``seeds``): rows of (function, ms a page, share)."""
    from cleanscrape.text import repair_text
    from cleanscrape.text.decode import decode_bytes

    out: dict[str, list[list[Any]]] = {}
    for name in ("dumps", "seeds"):
        files = sorted((corpus / name).rglob("*.txt"))
        pages = [repair_text(decode_bytes(p.read_bytes()).text).split("\n") for p in files]
        acc: dict[str, float] = defaultdict(float)
        modules = {
            m: importlib.import_module(f"cleanscrape.chrome.{m}")
            for m in ("strip", "regions", "features")
        }
        originals = {
            (m, f): getattr(modules[m], f) for m, f in WRAPPED + INNER if hasattr(modules[m], f)
        }
        for m, f in WRAPPED + INNER:
            _wrap(modules[m], f, acc)
        classify: Callable[[list[str]], object] = modules["strip"].classify_lines
        clock = time.process_time
        total = 0.0
        for _ in range(repeat):
            for lines in pages:
                t0 = clock()
                classify(lines)
                total += clock() - t0
        for (m, f), fn in originals.items():
            setattr(modules[m], f, fn)
        n = len(pages) * repeat
        rows = [["classify_lines", total / n * 1e3, 1.0]]
        rows += [[f, t / n * 1e3, t / total] for f, t in sorted(acc.items(), key=lambda kv: -kv[1])]
        out[name] = rows
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=972, help="AEB+WCXB dumps (default 972)")
    ap.add_argument("--docs", type=int, default=300, help="seed variants (default 300)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--baseline", help="git revision to measure instead of this tree")
    ap.add_argument("--shares-of", type=Path, help=argparse.SUPPRESS)  # corpus: JSON out
    args = ap.parse_args(argv)
    if args.shares_of:
        print(json.dumps(shares(args.shares_of, args.repeat)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        dump_corpus(root / "dumps", args.pages)
        (root / "seeds").mkdir()
        seed_corpus(root / "seeds", args.docs)
        tree = baseline_tree(args.baseline, root / "tree") if args.baseline else None
        found = json_of_run(
            __file__, ["--shares-of", str(root), "--repeat", str(args.repeat)], tree
        )
    for name, label in (
        ("dumps", f"AEB+WCXB dumps x {args.pages}"),
        ("seeds", f"seeds x {args.docs}"),
    ):
        print(f"\n{label}\n\n| function | ms a page | share of `classify_lines` |\n|---|---:|---:|")
        for f, ms, share in found[name]:
            print(f"| `{f}` | {ms:.3f} | {100 * share:.1f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
