"""What each stage of ``clean`` costs per text-dump page: CPU milliseconds, stage by stage.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/stages.py --docs 500 --pages 200 --repeat 3
    # the same and git revision main beside this tree, rounds interleaved:
    .venv/bin/python benchmarks/stages.py --docs 200 --pages 60 --repeat 3 --baseline main

Corpora: ``seeds x N`` (``throughput.seed_corpus``: variants of the five seeds, full of
near-duplicates) and the first ``--pages`` AEB + WCXB-dev pages as whole-page text dumps
(``common.html_to_dump``), written to files and read back as ``clean`` reads them. Each stage is
timed alone over the whole corpus, in this process (``time.process_time``), least of
``--repeat`` rounds; the stages nest as the table's indentation shows. ``find_duplicates`` is
per kept text, once (it is the batch stage: its cost per text depends on the batch).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.batch import Pipeline
from cleanscrape.chrome import features
from cleanscrape.chrome.features import lexicon_category, line_features
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.chrome.templates import line_keys
from cleanscrape.confidence import signals
from cleanscrape.dedup import find_duplicates
from cleanscrape.document import Document
from cleanscrape.io.readers import iter_documents
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_document
from cleanscrape.text import repair
from cleanscrape.text.decode import decode_bytes
from cleanscrape.text.repair import _fix_text, repair_text
from cleanscrape.text.vietnamese import repair_vietnamese
from common import baseline_tree, json_of_run
from throughput import dump_corpus, seed_corpus


def _least(
    fn: Callable[[Any], object], items: Sequence[Any], repeat: int
) -> tuple[float, list[Any]]:
    best, out = float("inf"), []
    for _ in range(repeat):
        t0 = time.process_time()
        out = [fn(x) for x in items]
        best = min(best, time.process_time() - t0)
    return best / max(1, len(items)) * 1e3, out


def _optional(module: str, name: str) -> Callable[[Any], object] | None:
    """``module.name`` when the tree under test has it (a baseline may not)."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError:
        return None
    rule = getattr(found, name, None)
    return rule if callable(rule) else None


def stages(src: Path, repeat: int) -> list[tuple[str, float]]:
    opts = CleanOptions()
    files = sorted(p for p in src.rglob("*.txt"))
    raws = [p.read_bytes() for p in files]
    rows: list[tuple[str, float]] = []
    ms, texts = _least(lambda b: decode_bytes(b).text, raws, repeat)
    rows.append(("decode (bytes to text)", ms))
    ms, repaired = _least(repair_text, texts, repeat)
    rows.append(("repair (legacy Vietnamese, ftfy gate, NFC)", ms))
    # where the tree finds the repair stage's characters in one pass, the pass is a row of its
    # own and the two checks below are given what it found (as ``repair_text`` does)
    table = getattr(repair, "_CHAR_TABLE", None)
    if table is not None:
        ms, marks = _least(table.find, texts, repeat)
        pairs: list[tuple[str, Any]] = list(zip(texts, marks, strict=True))
    else:
        ms, pairs = 0.0, [(t, None) for t in texts]
    rows.append(("  character pass (`CharTable.find`)", ms))
    vi = (
        (lambda p: repair_vietnamese(*p))
        if table is not None
        else (lambda p: repair_vietnamese(p[0]))
    )
    ftfy_gate = (lambda p: _fix_text(*p)) if table is not None else (lambda p: _fix_text(p[0]))
    rows.append(("  legacy Vietnamese check", _least(vi, pairs, repeat)[0]))
    rows.append(("  ftfy gate (`_fix_text`)", _least(ftfy_gate, pairs, repeat)[0]))
    lines = [t.split("\n") for t in repaired]
    rows.append(("strip (`classify_lines`)", _least(classify_lines, lines, repeat)[0]))
    ms, feats = _least(line_features, lines, repeat)
    rows.append(("  line features (`line_features`)", ms))
    # the page at once where the tree has it (``lexicon_categories``), else line by line
    page = getattr(features, "lexicon_categories", None)
    lex = _least(page or (lambda fs: [lexicon_category(f) for f in fs]), feats, repeat)[0]
    rows.append(("  phrase lexicons (`lexicon_category`)", lex))
    # the rules of the region search that look at runs of lines, where the tree has them
    for label, module, name in (
        ("  consent panels (`consent_panels`)", "consent", "consent_panels"),
        ("  reference lists (`reference_lists`)", "citations", "reference_lists"),
    ):
        rule = _optional(f"cleanscrape.chrome.{module}", name)
        rows.append((label, _least(rule, feats, repeat)[0] if rule is not None else 0.0))
    docs = [
        Document(str(p.relative_to(src)), b, kind="text") for p, b in zip(files, raws, strict=True)
    ]
    ms, results = _least(lambda d: clean_document(d, opts), docs, repeat)
    rows.insert(0, ("all per-document stages (`clean_document`)", ms))
    whole = _least(lambda _: Pipeline(opts, jobs=1).run(iter_documents(src)), [src], repeat)[0]
    rows.insert(0, ("whole batch (`Pipeline.run`, 1 worker, no writes)", whole / len(docs)))
    kept = [r for r in results if r.status == "kept" and r.result is not None]
    sig = _least(lambda r: signals(r.result.text.split("\n"), flags=r.result.flags), kept, repeat)
    rows.append(("confidence signals", sig[0]))
    rows.append(("site-template line keys (worker side)", _least(line_keys, kept, repeat)[0]))
    t0 = time.process_time()
    find_duplicates([r.text for r in kept], opts)
    rows.append(
        ("dedup (`find_duplicates`, per kept text)", (time.process_time() - t0) / len(kept) * 1e3)
    )
    return rows


def _in_subprocess(tree: Path | None, corpus: Path) -> list[tuple[str, float]]:
    """:func:`stages` of one round on ``corpus`` in a fresh process, with the package of
    ``tree`` (a source folder holding ``cleanscrape``) or, for ``None``, this one."""
    return [
        (name, float(ms)) for name, ms in json_of_run(__file__, ["--stage-of", str(corpus)], tree)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=500, help="seed variants (default 500)")
    ap.add_argument("--pages", type=int, default=200, help="AEB+WCXB dumps (default 200)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--baseline",
        metavar="REV",
        help="also time git revision REV, in the same run (rounds interleaved, one process each)",
    )
    ap.add_argument("--stage-of", type=Path, help=argparse.SUPPRESS)  # one round, JSON out
    args = ap.parse_args(argv)
    if args.stage_of:
        print(json.dumps(stages(args.stage_of, 1)))
        return 0
    with tempfile.TemporaryDirectory(prefix="cleanscrape-stages-") as tmp:
        seeds, dumps = Path(tmp) / "seeds", Path(tmp) / "dumps"
        seed_corpus(seeds, args.docs)
        dump_corpus(dumps, args.pages)
        if args.baseline:
            trees: dict[str, Path | None] = {
                args.baseline: baseline_tree(args.baseline, Path(tmp) / "baseline"),
                "this tree": None,
            }
            best: dict[tuple[str, str], list[tuple[str, float]]] = {}
            for _ in range(args.repeat):  # interleaved: load changes hit both trees alike
                for label, tree in trees.items():
                    for name, corpus in (("seeds", seeds), ("dumps", dumps)):
                        got = _in_subprocess(tree, corpus)
                        old = best.get((label, name), got)
                        best[(label, name)] = [
                            (stage, min(x, y)) for (stage, x), (_, y) in zip(old, got, strict=True)
                        ]
        else:
            a, b = stages(seeds, args.repeat), stages(dumps, args.repeat)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average: {load}; least of {args.repeat} rounds; CPU ms per page\n")
    if args.baseline:
        base = args.baseline
        print(
            f"| stage | seeds x {args.docs}, {base} | seeds x {args.docs}, this tree "
            f"| dumps x {args.pages}, {base} | dumps x {args.pages}, this tree |"
        )
        print("|---|---:|---:|---:|---:|")
        cols = [best[(label, name)] for name in ("seeds", "dumps") for label in trees]
        for k, (stage, _) in enumerate(cols[0]):
            print(f"| {stage} | " + " | ".join(f"{c[k][1]:.3f}" for c in cols) + " |")
        return 0
    print(f"| stage | seeds x {args.docs} | AEB+WCXB dumps x {args.pages} |\n|---|---:|---:|")
    for (name, x), (_, y) in zip(a, b, strict=True):
        print(f"| {name} | {x:.3f} | {y:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
