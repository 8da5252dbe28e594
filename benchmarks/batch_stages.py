"""CPU of the batch stages of ``cleanscrape clean`` (site templates, dedup, writing with the
report's comparisons) on the seeds corpus, this tree against a git revision, alternating.

Usage::

    .venv/bin/python benchmarks/batch_stages.py --baseline main --docs 2000 --repeat 5

The corpus is ``throughput.seed_corpus`` (variants of the five seeds: every document a
near-copy of others, so nearly every one lands in a cluster whose members the report compares
with the kept copy). Each round cleans it with :func:`cleanscrape.runner.clean_path` (one
worker, outputs and report written) once per tree, each in a fresh process with its package
first on the path, the trees taking turns; the CPU seconds (``time.process_time``) between the
stage announcements (``on_stage``) split the run into the per-document cleaning, site templates,
dedup and writing (outputs, report and its comparisons). The table gives the median of
``--repeat`` rounds, CPU ms per document, and the ratio this tree / the revision. The outputs
and reports of the two trees are checked to be the same, byte for byte.
"""

from __future__ import annotations

import argparse
import filecmp
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import baseline_tree, json_of_run
from throughput import seed_corpus

STAGES = ("clean", "site templates", "dedup", "writing")


def child(src: Path, out: Path) -> None:
    """Clean ``src`` into ``out`` and print the CPU seconds of each stage as JSON."""
    from cleanscrape.options import CleanOptions
    from cleanscrape.runner import clean_path

    marks: list[tuple[str, float]] = [("clean", time.process_time())]

    def on_stage(name: str) -> None:
        marks.append((name, time.process_time()))

    clean_path(src, out, CleanOptions(), jobs=1, on_stage=on_stage)
    marks.append(("end", time.process_time()))
    cpu = {name: t1 - t0 for (name, t0), (_, t1) in itertools.pairwise(marks)}
    cpu["whole"] = marks[-1][1] - marks[0][1]
    print(json.dumps(cpu))


def same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    return not mismatch and not errors and all(same_tree(a / d, b / d) for d in cmp.common_dirs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="main", help="git revision to compare with")
    ap.add_argument("--docs", type=int, default=2000, help="seed documents")
    ap.add_argument("--repeat", type=int, default=5, help="rounds (one run per tree each)")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = base / "seeds"
        seed_corpus(src, args.docs)
        trees = {"this tree": None, args.baseline: baseline_tree(args.baseline, base / "baseline")}
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for i in range(args.repeat):
            for k, (name, tree) in enumerate(trees.items()):
                out = base / f"out{k}"
                runs[name].append(json_of_run(__file__, ["--child", str(src), str(out)], tree))
            if not same_tree(base / "out0", base / "out1"):
                raise SystemExit("the two trees wrote different outputs or reports")
            print(f"# round {i + 1}/{args.repeat} done", file=sys.stderr, flush=True)
    names = list(trees)
    print(f"seeds x {args.docs}, CPU ms per document, median of {args.repeat} rounds")
    print(f"| stage | {names[0]} | {names[1]} | ratio |")
    print("|---|---|---|---|")
    for stage in (*STAGES, "whole"):
        ms = [
            statistics.median(r.get(stage, 0.0) for r in runs[n]) * 1e3 / args.docs for n in names
        ]
        ratio = f"{ms[0] / ms[1]:.2f}x" if ms[1] else "-"
        print(f"| {stage} | {ms[0]:.3f} | {ms[1]:.3f} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
