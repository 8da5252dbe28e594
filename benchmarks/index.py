"""Persistent dedup index: insert+query throughput, query latency and file size per document.

For each size N an index is filled with N documents, then timed over a window of further
documents, each looked up (LSH band probes + exact Jaccard verification of the candidates) and
inserted, in transactions of ``--batch`` documents, exactly as ``clean --index`` does. A tenth of
the window are near-duplicates of indexed documents (a few shingles changed), the rest are new.
Fingerprints are generated directly (random shingle-hash sets of news-article size and random
MinHash signatures; a near-duplicate copies its original's signature), so the figures measure
the index, not text cleaning. ``--clean N`` also times the whole ``clean`` job on N articles
without and with ``--index`` (a new index, then a re-run where every article is already seen).

    .venv/bin/python benchmarks/index.py --sizes 10000 100000 1000000 --clean 5000
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from cleanscrape import CleanOptions, DedupIndex, clean_path, clean_text
from cleanscrape.index import store
from cleanscrape.index.fingerprint import Fingerprint, band_key_ints

ROOT = Path(__file__).resolve().parent.parent


class Synth:
    """Random fingerprints shaped like clean news articles (300-700 shingles)."""

    def __init__(self, index: DedupIndex, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.num_perm = index.options.num_perm
        self.bands, self.rows = index.bands, index.rows

    def new(self, n: int) -> list[Fingerprint]:
        sizes = self.rng.integers(300, 700, n)
        sigs = self.rng.integers(0, 1 << 32, (n, self.num_perm), dtype=np.uint64).astype(np.uint32)
        keys = band_key_ints(sigs, self.bands, self.rows)
        out = []
        for i, size in enumerate(sizes):
            hashes = np.unique(self.rng.integers(0, 2**63, int(size), dtype=np.uint64))
            out.append(Fingerprint(int(size) * 40, hashes, sigs[i], keys[i]))
        return out

    def near_copy(self, fp: Fingerprint) -> Fingerprint:
        """A copy with ~3% of shingles replaced (Jaccard ~0.94) and the same signature."""
        k = max(1, fp.shingles.size // 33)
        kept = self.rng.permutation(fp.shingles)[k:]
        fresh = self.rng.integers(0, 2**63, k, dtype=np.uint64)
        return Fingerprint(
            fp.length, np.unique(np.concatenate([kept, fresh])), fp.signature, fp.band_keys
        )


def batches(total: int, size: int) -> Iterator[int]:
    done = 0
    while done < total:
        n = min(size, total - done)
        yield n
        done += n


def add_batch(index: DedupIndex, fps: list[Fingerprint], ids: list[str]) -> int:
    """find + insert, one transaction, as ``clean --index`` does; returns duplicates found.

    As in ``clean --index``, lookups look at earlier runs only (the batch dedup has already
    compared the documents of the current run with each other).
    """
    dups = 0
    with index.writing() as w:
        w.prefetch(fps)
        for id_, fp in zip(ids, fps, strict=True):
            found = w.find(fp, other_runs_only=True)
            if found is None:
                w.insert(id_, fp, canonical=None)
            else:
                dups += 1
                if not found.identical:
                    w.insert(id_, fp, canonical=found.doc)
    return dups


def _timed_merges(merges: list[tuple[float, int, float]]) -> None:
    """Record (start, rows, seconds) of every merge of the fresh band keys."""
    merge = store.merge_fresh

    def timed(conn: sqlite3.Connection) -> int:
        t0 = time.perf_counter()
        rows = merge(conn)
        merges.append((t0, rows, time.perf_counter() - t0))
        return rows

    store.merge_fresh = timed


def run_size(
    n: int,
    window: int,
    batch: int,
    latency_n: int,
    folder: Path,
    merges: list[tuple[float, int, float]],
) -> dict[str, float]:
    path = folder / f"index-{n}.db"
    index = DedupIndex(path, CleanOptions(), run=f"fill-{n}")
    synth = Synth(index, seed=n)
    sample: list[Fingerprint] = []
    fill_s = 0.0  # time in the index only (generating fingerprints is not counted)
    done = 0
    for size in batches(n, batch):
        fps = synth.new(size)
        if len(sample) < 2000:
            sample.extend(fps[:50])
        t0 = time.perf_counter()
        add_batch(index, fps, [f"doc{done + i}" for i in range(size)])
        fill_s += time.perf_counter() - t0
        done += size
    index.close()
    # the timed window, a new run: 90% new documents, 10% near-copies of indexed ones
    work = []
    for size in batches(window, batch):
        fps = synth.new(size)
        for i in range(0, size, 10):
            fps[i] = synth.near_copy(sample[int(synth.rng.integers(len(sample)))])
        work.append(fps)
    index = DedupIndex(path, run=f"window-{n}")
    t0, c0 = time.perf_counter(), time.process_time()
    found = 0
    for fps in work:
        found += add_batch(index, fps, [f"w{done + i}" for i in range(len(fps))])
        done += len(fps)
    window_s, window_cpu = time.perf_counter() - t0, time.process_time() - c0
    # single-document query latency against the full index (half duplicates, half new)
    probes = synth.new(latency_n // 2) + [
        synth.near_copy(sample[i % len(sample)]) for i in range(latency_n // 2)
    ]
    lat = []
    hits = 0
    for fp in probes:
        q0 = time.perf_counter()
        index._conn.execute("BEGIN")
        hit = index.find(fp)
        index._conn.execute("COMMIT")
        lat.append(time.perf_counter() - q0)
        hits += hit is not None
    stats = index.stats()
    # the deferred cost of band keys: merging the fresh table into the main one. Merges that
    # fell inside the window are taken out of its time; each document's band keys are merged
    # exactly once, so the measured cost per merged row is charged to every document instead.
    in_window = [m for m in merges if m[0] >= t0]
    with index.writing():
        store.merge_fresh(index._conn)
    merge_rows = sum(m[1] for m in [*in_window, merges[-1]])
    merge_s = sum(m[2] for m in [*in_window, merges[-1]])
    merge_per_doc = merge_s / max(merge_rows, 1) * index.bands
    window_own_s = window_s - sum(m[2] for m in in_window)
    # eviction of the oldest tenth (time window), then removal of 1,000 ids
    cutoff = index._conn.execute(
        "SELECT first_seen FROM docs ORDER BY first_seen LIMIT 1 OFFSET ?", (done // 10,)
    ).fetchone()[0]
    t0 = time.perf_counter()
    pruned = index.prune(0.0, now=cutoff)
    prune_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    removed = index.remove(f"doc{i}" for i in range(n // 2, n // 2 + 1000))
    remove_s = time.perf_counter() - t0
    index.close()
    lat.sort()
    return {
        "n": n,
        "fill_docs_s": n / fill_s,
        "window_docs_s": window / window_s,
        "window_cpu_docs_s": window / window_cpu,
        "amortized_docs_s": 1.0 / (window_own_s / window + merge_per_doc),
        "merge_s": merge_s,
        "merged": merge_rows,
        "window_dups": found,
        "expected_dups": len(range(0, window, 10)),
        "p50_ms": statistics.median(lat) * 1e3,
        "p99_ms": lat[int(0.99 * (len(lat) - 1))] * 1e3,
        "hits": hits,
        "latency_n": len(lat),
        "bytes_per_doc": stats.file_bytes / stats.documents,
        "file_mb": stats.file_bytes / 1e6,
        "prune_s": prune_s,
        "pruned": pruned,
        "remove_s": remove_s,
        "removed": removed,
    }


def clean_overhead(folder: Path, n: int) -> list[tuple[str, float]]:
    """Wall time of ``clean`` on ``n`` articles: alone, with a new index, re-run on the index."""
    rng = random.Random(7)
    paragraphs = [
        line
        for p in sorted((ROOT / "seeds").glob("*.txt"))
        for line in clean_text(p.read_text(encoding="utf-8")).text.split("\n")
        if len(line.split()) >= 12
    ]
    src = folder / "articles"
    src.mkdir()
    for i in range(n):  # different articles: seed paragraphs with their words shuffled
        paras = rng.sample(paragraphs, 5)
        body = "\n".join(" ".join(rng.sample(q.split(), len(q.split()))) for q in paras)
        (src / f"d{i:06d}.txt").write_text(body + "\n", encoding="utf-8")
    out = []
    for label, index in [
        ("clean", None),
        ("clean --index (new index)", folder / "clean.db"),
        ("clean --index (re-run: all seen)", folder / "clean.db"),
    ]:
        t0 = time.perf_counter()
        clean_path(src, folder / f"out{len(out)}", index=index)
        out.append((label, time.perf_counter() - t0))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--window", type=int, default=20_000, help="documents timed after filling")
    ap.add_argument("--batch", type=int, default=5000, help="documents per transaction")
    ap.add_argument("--latency", type=int, default=2000, help="single queries timed")
    ap.add_argument("--clean", type=int, default=0, help="also time clean with/without --index")
    ap.add_argument("--dir", type=Path, default=None, help="where index files go (default: tmp)")
    args = ap.parse_args()
    print(
        f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", file=sys.stderr
    )
    merges: list[tuple[float, int, float]] = []
    _timed_merges(merges)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        rows = []
        for n in args.sizes:
            r = run_size(n, args.window, args.batch, args.latency, Path(tmp), merges)
            rows.append(r)
            print(f"done {n}: {r}", file=sys.stderr)
        print(
            "| indexed docs | fill docs/s | insert+query docs/s (window) |"
            " per CPU-second | with merge cost | dups found / planted |"
            " query p50 ms | query p99 ms | file MB | bytes/doc | prune oldest 10% s |"
            " remove 1,000 ids s |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rows:
            print(
                f"| {r['n']:,} | {r['fill_docs_s']:,.0f} | {r['window_docs_s']:,.0f} | "
                f"{r['window_cpu_docs_s']:,.0f} | {r['amortized_docs_s']:,.0f} | "
                f"{r['window_dups']}/{r['expected_dups']} | {r['p50_ms']:.3f} | "
                f"{r['p99_ms']:.3f} | {r['file_mb']:,.0f} | {r['bytes_per_doc']:,.0f} | "
                f"{r['prune_s']:.2f} ({r['pruned']:,}) | {r['remove_s']:.2f} ({r['removed']:,}) |"
            )
        print(f"\nload average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if args.clean:
            print(f"\n| `clean` of {args.clean:,} articles (1 worker) | wall s | docs/s |")
            print("|---|---:|---:|")
            for label, secs in clean_overhead(Path(tmp), args.clean):
                print(f"| {label} | {secs:.1f} | {args.clean / secs:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
