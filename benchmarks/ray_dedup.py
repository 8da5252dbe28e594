"""The Ray engine's de-duplication alone, on the clean texts of a run: shingle hashes carried
in every band row (no store) vs written once to a folder and read for the candidate checks
(``store``, what ``clean --engine ray`` does), with the local engine's clustering as the
reference. Same clusters from all three, or the script says so and exits 1.

Usage (the texts: the articles of a run without dedup, in its report's order)::

    .venv/bin/cleanscrape clean /tmp/pages100k/pages.jsonl -o /tmp/c30k --no-dedup -q \\
        --no-html-report   # or the first N lines of the corpus of scale.py --kind pages
    .venv/bin/python benchmarks/ray_dedup.py /tmp/c30k --docs 10000 --repeat 1

Each Ray variant runs ``--repeat`` times, interleaved, in one local Ray of ``--cpus`` CPUs
(niceness 0 for its workers, as the local engine's). Printed: the median wall time, the CPU
seconds of the driver and of every Ray process (user + system, summed over the run), and the
peak summed RSS of the Ray processes sampled every 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil


def load_texts(out: Path, n: int) -> list[str]:
    """The kept articles of the run in OUT, in input order (its report.json)."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    texts = []
    for doc in report["documents"]:
        if doc["status"] == "kept" and doc.get("output"):
            texts.append((out / doc["output"]).read_text(encoding="utf-8"))
            if len(texts) == n:
                break
    return texts


def _cpu(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += (
            t.user + t.system + getattr(t, "children_user", 0) + getattr(t, "children_system", 0)
        )
    return total


class Monitor:
    """CPU seconds of this process and its descendants over a run, peak RSS of the others."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.seen: dict[int, psutil.Process] = {}
        self.start: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        rest = 0
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                with p.oneshot():
                    t = p.cpu_times()
                    rss = p.memory_info().rss
            except psutil.NoSuchProcess:
                continue
            self.start.setdefault(p.pid, t.user + t.system if p.pid in self.last else 0.0)
            self.last[p.pid] = t.user + t.system
            if p.pid != self.me.pid:
                rest += rss
        self.peak = max(self.peak, rest)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(0.5)

    def __enter__(self) -> Monitor:
        # processes alive before the run: their CPU counts from now
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                t = p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            self.last[p.pid] = self.start[p.pid] = t.user + t.system
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def cpu(self) -> tuple[float, float]:
        """CPU seconds of the driver and of the other processes during the run."""
        me = self.last[self.me.pid] - self.start[self.me.pid]
        rest = sum(v - self.start.get(k, 0.0) for k, v in self.last.items() if k != self.me.pid)
        return me, rest


def _clusters(rows: Any) -> list[tuple[int, tuple[int, ...], tuple[float, ...]]]:
    return [(c.kept, tuple(c.members), tuple(c.similarities)) for c in rows]


def _earlier(path: Path) -> Any:
    """An earlier version of the distributed dedup module, sent to the workers by value."""
    import importlib.util

    import ray.cloudpickle

    spec = importlib.util.spec_from_file_location("cleanscrape.dedup._earlier", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    from cleanscrape.dedup import distributed

    module.ClusterRow = distributed.ClusterRow  # what comes back is pickled by reference
    ray.cloudpickle.register_pickle_by_value(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path, help="OUT of a clean run without dedup")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--cpus", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--store-mb", type=int, default=512, help="Ray object store size")
    parser.add_argument(
        "--before",
        type=Path,
        metavar="FILE",
        help="also run an earlier cleanscrape/dedup/distributed.py (git show REV:PATH > FILE)",
    )
    args = parser.parse_args()
    os.environ.setdefault("RAY_worker_niceness", "0")
    import logging

    import ray

    from cleanscrape.dedup.core import find_duplicates
    from cleanscrape.dedup.distributed import find_clusters
    from cleanscrape.engines.ray import _from_rows, start
    from cleanscrape.options import CleanOptions

    texts = load_texts(args.texts, args.docs)
    size = sum(len(t.encode()) for t in texts)
    print(f"{len(texts):,} clean texts, {size / 2**20:.1f} MB; {args.cpus} CPUs", flush=True)
    opts = CleanOptions()
    t0, c0 = time.perf_counter(), time.process_time()
    local = find_duplicates(texts, opts).clusters
    print(
        f"  local engine (find_duplicates): wall {time.perf_counter() - t0:6.1f} s"
        f"  cpu {time.process_time() - c0:6.1f} s  clusters {len(local)}",
        flush=True,
    )
    want = [(c.kept, tuple(c.members), tuple(c.similarities)) for c in local]
    ray.init(
        num_cpus=args.cpus,
        include_dashboard=False,
        log_to_driver=False,
        object_store_memory=args.store_mb << 20,
    )
    logging.getLogger("ray").setLevel(logging.ERROR)
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    start()
    rows = [
        {"order": i, "ref": t.encode("utf-8"), "length": len(t), "published": ""}
        for i, t in enumerate(texts)
    ]
    variants: dict[str, Any] = {"no store": find_clusters, "store": find_clusters}
    if args.before:
        variants["before"] = _earlier(args.before).find_clusters
    results: dict[str, list[tuple[float, float, float, float]]] = {n: [] for n in variants}
    for variant in variants.values():  # warm-up: Ray's workers start, modules load
        list(variant(_from_rows(rows[:500], 100), opts))
    same = True
    for _ in range(args.repeat):
        for name in results:
            with tempfile.TemporaryDirectory(prefix="cleanscrape-hashes-") as tmp:
                store = tmp if name == "store" else None
                ds = _from_rows(rows, 1024)
                with Monitor() as mon:
                    t0 = time.perf_counter()
                    kw = {"store": store} if name != "before" else {}
                    got = _clusters(variants[name](ds, opts, **kw))
                    wall = time.perf_counter() - t0
            driver, rest = mon.cpu()
            results[name].append((wall, driver, rest, mon.peak / 2**20))
            same = same and got == want
            print(
                f"  ray, {name:8s}: wall {wall:6.1f} s  cpu driver {driver:6.1f} s"
                f"  ray processes {rest:6.1f} s  ray RSS peak {mon.peak / 2**20:6.0f} MB"
                f"  clusters {len(got)}  {'same' if got == want else 'DIFFERENT'}",
                flush=True,
            )
    ray.shutdown()
    print("median of runs:")
    med = {n: [statistics.median(x) for x in zip(*rs, strict=True)] for n, rs in results.items()}
    for name, (wall, driver, rest, peak) in med.items():
        print(
            f"  ray, {name:8s}: wall {wall:6.1f} s  cpu {driver + rest:6.1f} s"
            f"  ray RSS peak {peak:6.0f} MB"
        )
    b = med["store"]
    for base in [n for n in med if n != "store"]:
        a = med[base]
        print(f"store / {base}: wall {b[0] / a[0]:.2f}x, cpu {(b[1] + b[2]) / (a[1] + a[2]):.2f}x")
    print("same clusters as the local engine:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
