"""Parity of the in-memory batch: a digest of what ``Pipeline.run`` makes of whole corpora.

``parity.py`` checks the output of ``cleanscrape clean`` (the streamed batch, whose dedup works
on fingerprints made text by text). ``Pipeline.run`` (the API, and ``throughput.py``'s
figures) clusters the kept texts in memory with :func:`~cleanscrape.dedup.find_duplicates`.
This script runs it (one worker) on seeds x 2000 (variants of the seeds: near-duplicates by
the thousand), the 972 AEB+WCXB-dev dumps and the dev and held-out pages of the sites with
two pages or more, each with the default options, ``containment=True`` and ``match="full"``,
and keeps one digest per corpus and options over every result (id, status, duplicate of,
similarity, text) and every cluster (kept, members, similarities, comparisons).

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/batch_parity.py --save /tmp/batch.json   # before a change
    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/batch_parity.py --check /tmp/batch.json  # after it
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.batch import Pipeline
from cleanscrape.io.readers import iter_documents
from cleanscrape.options import CleanOptions
from common import save_or_check
from throughput import dump_corpus, seed_corpus, site_corpus

CORPORA: dict[str, Callable[[Path], object]] = {
    "seeds x 2000": lambda p: seed_corpus(p, 2000),
    "dumps x 972": lambda p: dump_corpus(p, 972),
    "sites, dev": lambda p: site_corpus(p, "dev"),
    "sites, held-out": lambda p: site_corpus(p, "held-out"),
}
OPTIONS = {
    "default": CleanOptions(),
    "containment": CleanOptions(containment=True),
    "match=full": CleanOptions(match="full"),
}


def digests(root: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, make in CORPORA.items():
        src = root / name.replace(" ", "_").replace(",", "")
        make(src)
        for label, options in OPTIONS.items():
            batch = Pipeline(options, jobs=1).run(iter_documents(src))
            rows = [(r.id, r.status, r.duplicate_of, r.similarity, r.text) for r in batch.results]
            clusters = [
                (c.kept, c.members, c.similarities, [x and x.to_dict() for x in c.comparisons])
                for c in batch.clusters
            ]
            blob = json.dumps([rows, clusters], ensure_ascii=False, default=str)
            out[f"{name}, {label}"] = hashlib.sha1(blob.encode("utf-8")).hexdigest()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="store the digests in this file")
    group.add_argument("--check", type=Path, help="compare with the digests in this file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cleanscrape-batch-parity-") as tmp:
        return save_or_check(digests(Path(tmp)), args.save, args.check)


if __name__ == "__main__":
    raise SystemExit(main())
