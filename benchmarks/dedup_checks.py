"""LSH verification checks on a folder of clean texts, and how many a MinHash pre-filter would
skip.

Runs the dedup stage (``find_print_duplicates``, default options) on every ``*.txt`` under
FOLDER (for example the output of ``cleanscrape clean SRC -o FOLDER --no-dedup``) and records,
for every candidate pair it verifies, the exact Jaccard of the two texts' shingles and the
MinHash estimate from their signatures. Prints the number of checks, the CPU seconds of the
stage, and for several estimate cut-offs the share of checks a pre-filter would keep and the
pairs at or above the threshold it would lose.

    .venv/bin/python -m cleanscrape clean /tmp/mem/variants10000 -o /tmp/v10k -q --no-dedup
    .venv/bin/python benchmarks/dedup_checks.py /tmp/v10k
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from cleanscrape.dedup import core
from cleanscrape.dedup.prints import PrintList
from cleanscrape.dedup.signature import jaccard
from cleanscrape.options import CleanOptions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    files = sorted(p for p in args.folder.rglob("*.txt") if p.is_file())
    texts = [p.read_text(encoding="utf-8") for p in files]
    opts = CleanOptions()
    prints = PrintList(texts, opts)
    sigs = prints.signatures(list(range(len(prints))))
    seen: list[tuple[float, float]] = []
    verify = core._join_if_similar

    def recording(i, j, hashes, *rest):  # type: ignore[no-untyped-def]
        seen.append(
            (
                float(np.count_nonzero(sigs[i] == sigs[j])) / sigs.shape[1],
                jaccard(hashes[i], hashes[j]),
            )
        )
        return verify(i, j, hashes, *rest)

    core._join_if_similar = recording  # type: ignore[assignment]
    t0 = time.process_time()
    result = core.find_print_duplicates(prints, opts)
    cpu = time.process_time() - t0
    kept = sum(d is None for d in result.duplicate_of)
    print(
        f"{len(texts):,} texts, {kept:,} kept, {len(seen):,} checks "
        f"({len(seen) / max(1, len(texts)):.1f} per text), dedup stage {cpu:.1f} CPU s "
        "(with the recording)"
    )
    a = np.array(seen) if seen else np.zeros((0, 2))
    for cut in (0.5, 0.55, 0.6, 0.65, 0.7):
        keep = a[:, 0] >= cut
        lost = int(np.count_nonzero(~keep & (a[:, 1] >= opts.dedup_threshold)))
        print(f"estimate >= {cut}: keeps {keep.mean():.3f} of the checks, loses {lost} pairs")
    if len(a):
        print(
            f"exact Jaccard of checked pairs, 10/50/90th percentile: "
            f"{np.percentile(a[:, 1], [10, 50, 90]).round(3).tolist()}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
