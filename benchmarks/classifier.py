"""Speed of the line classifier: ``line_features`` + ``lexicon_category`` per page, against the
same functions at another git revision, in one run.

    .venv/bin/python benchmarks/classifier.py --baseline main --repeat 15

The baseline's ``chrome/features.py`` is read with ``git show REV:...`` and loaded beside the
current package (it uses the current lexicon). Pages: the five seeds and, when the benchmark
data is there, the first ``--pages`` AEB pages as whole-page text dumps, repaired as ``clean``
does. Every page's features must come out the same from both versions (checked); the figure is
CPU milliseconds per page, median of ``--repeat`` interleaved runs, and the ratio.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.chrome import features
from cleanscrape.text import repair_text
from common import ROOT, aeb_pages, html_to_dump, seed_texts

FIELDS = ("index", "key", "words", "terminal", "teaser", "ascii_lower", "slug_prefix", "doubled")
FIELDS += ("media_tag", "dateline", "separator", "block_start", "repeats", "lexicon")
FIELDS += ("wordlist", "prose", "titlelike")


def load_baseline(rev: str) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{rev}:src/cleanscrape/chrome/features.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    name = "cleanscrape.chrome._baseline_features"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "cleanscrape.chrome"
    sys.modules[name] = module
    exec(compile(source, f"{rev}:features.py", "exec"), module.__dict__)
    return module


def classify(mod: ModuleType) -> Callable[[list[str]], list[object]]:
    def run(lines: list[str]) -> list[object]:
        feats = mod.line_features(lines)
        page = getattr(mod, "lexicon_categories", None)  # the page at once, where there is one
        cats = page(feats) if page else [mod.lexicon_category(ln) for ln in feats]
        for ln, cat in zip(feats, cats, strict=True):
            ln.lexicon = "" if ln.separator else cat
        return list(feats)

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="main", help="git revision to compare with")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--pages", type=int, default=60, help="AEB pages as text dumps (default 60)")
    args = ap.parse_args(argv)
    corpora = {"seeds": [repair_text(t).split("\n") for _, t in seed_texts()]}
    try:
        dumps = [html_to_dump(p.html) for p in aeb_pages(args.pages)]
        corpora["AEB dumps"] = [repair_text(d).split("\n") for d in dumps]
    except FileNotFoundError:
        pass
    old, new = classify(load_baseline(args.baseline)), classify(features)
    print(f"| pages | n | {args.baseline} ms/page | this tree ms/page | speed-up |")
    print("|---|---|---|---|---|")
    for name, pages in corpora.items():
        for page in pages:
            a = [tuple(getattr(x, f) for f in FIELDS) for x in old(page)]
            b = [tuple(getattr(x, f) for f in FIELDS) for x in new(page)]
            if a != b:
                raise SystemExit(f"{name}: features differ from {args.baseline}")
        times: dict[str, list[float]] = {"old": [], "new": []}
        for _ in range(args.repeat):
            for key, fn in (("old", old), ("new", new)):
                t0 = time.process_time()
                for page in pages:
                    fn(page)
                times[key].append((time.process_time() - t0) / len(pages) * 1e3)
        a_ms, b_ms = statistics.median(times["old"]), statistics.median(times["new"])
        print(f"| {name} | {len(pages)} | {a_ms:.3f} | {b_ms:.3f} | {a_ms / b_ms:.2f}x |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
