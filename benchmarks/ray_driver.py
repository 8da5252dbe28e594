"""What the Ray engine's driver holds at the end of each stage of a ``clean`` job.

Usage::

    .venv/bin/python benchmarks/ray_driver.py CORPUS --save DIR      # one size
    .venv/bin/python benchmarks/ray_driver.py --diff DIR_SMALL DIR_LARGE

The job runs in this process on a local Ray (``num_cpus`` 2, a 512 MB object store, workers at
niceness 0, as ``scale.py``). After each stage of :func:`cleanscrape.engines.ray_job.run_job`
(clean, templates, dedup, write) and after the report is written, it records the driver's
memory: USS and RSS, the RSS of its anonymous memory and of the shared/file pages it maps
(Ray's object store among them), the bytes Arrow's memory pool holds, the object references
the driver owns, the largest kinds of live Python objects (``gc``) and, with ``--trace``, a
``tracemalloc`` snapshot (Python allocations by traceback). ``--diff`` prints, per stage, the
difference between two sizes per added document: which structures grow with the documents.
With ``--engine local`` the same figures come at the end of the local engine's run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import threading
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import psutil

FRAMES = 12


def _maps() -> dict[str, int]:
    """RSS of the driver's mappings, in three groups (from /proc/self/smaps)."""
    out = {"anon": 0, "shm": 0, "file": 0}
    name = ""
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split(None, 1)[0]
            if "-" in head and not head.endswith(":"):
                parts = line.split()
                name = parts[5] if len(parts) > 5 else ""
            elif head == "Rss:":
                kb = int(line.split()[1])
                if name in ("", "[heap]", "[stack]") or name.startswith("[anon"):
                    out["anon"] += kb << 10
                elif name.startswith("/dev/shm") or "plasma" in name or "ray" in name:
                    out["shm"] += kb << 10
                else:
                    out["file"] += kb << 10
    return out


def _owned_refs() -> int:
    try:
        import ray

        if not ray.is_initialized():
            return 0
        worker = ray._private.worker.global_worker
        return len(worker.core_worker.get_all_reference_counts())
    except Exception:  # a figure only: any failure of Ray's internals reads as -1
        return -1


def _arrow_bytes() -> int:
    try:
        import pyarrow as pa

        return int(pa.total_allocated_bytes())
    except ImportError:
        return 0


def _release() -> None:
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except ImportError:
        pass


def _types(top: int = 15) -> dict[str, int]:
    counts = Counter(type(o).__name__ for o in gc.get_objects())
    return dict(counts.most_common(top))


class Probe:
    def __init__(self, save: Path, trace: bool) -> None:
        self.save = save
        self.trace = trace
        self.proc = psutil.Process()
        self.stages: list[dict[str, Any]] = []
        self.peak_uss = 0
        self.peak_rss = 0
        self._stop = threading.Event()
        self._mon = threading.Thread(target=self._watch, daemon=True)
        self._mon.start()
        self.t0 = time.perf_counter()

    def _watch(self) -> None:
        while not self._stop.wait(0.5):
            info = self.proc.memory_full_info()
            self.peak_uss = max(self.peak_uss, info.uss)
            self.peak_rss = max(self.peak_rss, info.rss)

    def _cpu(self) -> float:
        """CPU seconds (user + system) of this process and every live process below it (the
        local Ray's raylet, object store and workers; the local engine's pool)."""
        total = 0.0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            try:
                t = p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system + t.children_user + t.children_system
        return total

    def mark(self, stage: str) -> None:
        gc.collect()
        info = self.proc.memory_full_info()
        row: dict[str, Any] = {
            "stage": stage,
            "seconds": round(time.perf_counter() - self.t0, 1),
            "uss": info.uss,
            "rss": info.rss,
            "peak_uss": max(self.peak_uss, info.uss),
            "peak_rss": max(self.peak_rss, info.rss),
            **_maps(),
            "arrow": _arrow_bytes(),
            "refs": _owned_refs(),
            "cpu": round(self._cpu(), 1),
            "types": _types(),
        }
        # what the allocators hold freed: glibc's heaps (malloc_trim) and Arrow's pool
        _release()
        row["uss_trimmed"] = self.proc.memory_full_info().uss
        if self.trace:
            snap = tracemalloc.take_snapshot()
            row["traced"] = sum(s.size for s in snap.statistics("filename"))
            snap.dump(str(self.save / f"{len(self.stages)}-{stage}.snap"))
        self.stages.append(row)
        print(
            f"{stage:10s} {row['seconds']:7.1f} s  CPU {row['cpu']:7.1f} s  "
            f"USS {info.uss / 2**20:7.1f} MB  RSS "
            f"{info.rss / 2**20:7.1f} MB  anon {row['anon'] / 2**20:7.1f}  shm "
            f"{row['shm'] / 2**20:7.1f}  file {row['file'] / 2**20:6.1f}  arrow "
            f"{row['arrow'] / 2**20:6.1f} MB  refs {row['refs']}  traced "
            f"{row.get('traced', 0) / 2**20:6.1f} MB  peak USS {row['peak_uss'] / 2**20:7.1f}"
            f"  USS after trim {row['uss_trimmed'] / 2**20:7.1f}",
            flush=True,
        )

    def close(self, docs: int) -> None:
        self._stop.set()
        (self.save / "stages.json").write_text(
            json.dumps({"docs": docs, "stages": self.stages}, indent=1)
        )


def run(corpus: Path, save: Path, trace: bool, engine: str) -> None:
    save.mkdir(parents=True, exist_ok=True)
    if trace:
        tracemalloc.start(FRAMES)
    probe = Probe(save, trace)
    from cleanscrape.runner import clean_path

    out = save / "out"
    if out.exists():
        import shutil

        shutil.rmtree(out)
    docs = sum(1 for _ in corpus.open("rb")) if corpus.is_file() else 0
    if engine == "ray":
        os.environ.setdefault("RAY_worker_niceness", "0")
        import logging

        import ray

        from cleanscrape.engines import ray_job
        from cleanscrape.engines.ray import RayEngine

        ray.init(
            num_cpus=2,
            include_dashboard=False,
            log_to_driver=False,
            object_store_memory=512 << 20,
        )
        logging.getLogger("ray").setLevel(logging.ERROR)
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        probe.mark("start")

        def wrap(name: str) -> None:
            fn = getattr(ray_job, name)

            def staged(*args: Any, **kwargs: Any) -> Any:
                result = fn(*args, **kwargs)
                probe.mark(name.strip("_"))
                return result

            setattr(ray_job, name, staged)

        for name in ("_clean", "_templates", "_dedup", "_write"):
            wrap(name)
        summary = clean_path(corpus, out, jobs=2, engine=RayEngine())
    else:
        probe.mark("start")
        summary = clean_path(corpus, out, jobs=2)
    probe.mark("report")
    print("kept", summary.stats["kept"], "duplicates", summary.stats["duplicates"])
    del summary
    probe.mark("after")
    probe.close(docs)


def diff(small: Path, large: Path) -> None:
    a = json.loads((small / "stages.json").read_text())
    b = json.loads((large / "stages.json").read_text())
    added = b["docs"] - a["docs"]
    print(f"per added document ({a['docs']:,} -> {b['docs']:,} documents), bytes:")
    for i, (sa, sb) in enumerate(zip(a["stages"], b["stages"], strict=True)):
        fields = (
            *("uss", "uss_trimmed", "rss", "peak_uss", "peak_rss"),
            *("anon", "shm", "arrow", "traced", "refs"),
        )
        grow = {f: (sb.get(f, 0) - sa.get(f, 0)) / added for f in fields}
        print(f"  {sa['stage']:10s} " + "  ".join(f"{f} {v:8.1f}" for f, v in grow.items()))
        types = {
            t: (sb["types"].get(t, 0) - sa["types"].get(t, 0)) / added
            for t in set(sa["types"]) | set(sb["types"])
        }
        top = sorted(types.items(), key=lambda kv: -abs(kv[1]))[:6]
        print("             objects/doc: " + ", ".join(f"{t} {v:.2f}" for t, v in top))
        snap_a, snap_b = small / f"{i}-{sa['stage']}.snap", large / f"{i}-{sb['stage']}.snap"
        if snap_a.exists() and snap_b.exists():
            old = tracemalloc.Snapshot.load(str(snap_a))
            new = tracemalloc.Snapshot.load(str(snap_b))
            for stat in new.compare_to(old, "traceback")[:8]:
                if stat.size_diff <= 0:
                    continue
                where = [
                    f"{Path(f.filename).name}:{f.lineno}"
                    for f in stat.traceback
                    if "cleanscrape" in f.filename or "benchmarks" in f.filename
                ][:4] or [f"{Path(f.filename).name}:{f.lineno}" for f in stat.traceback][:3]
                print(
                    f"               {stat.size_diff / added:8.1f} B/doc "
                    f"{stat.count_diff / added:6.2f} blocks/doc  {' < '.join(where)}"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--trace", action="store_true", help="tracemalloc snapshots per stage")
    parser.add_argument("--engine", choices=["ray", "local"], default="ray")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("SMALL", "LARGE"))
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
        return 0
    if args.corpus is None or args.save is None:
        parser.error("CORPUS and --save are needed (or --diff SMALL LARGE)")
    run(args.corpus, args.save, args.trace, args.engine)
    return 0


if __name__ == "__main__":
    sys.exit(main())
