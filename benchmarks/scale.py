"""Local engine vs Ray engine on one corpus: wall time, CPU seconds, peak memory of the driver
and of the workers, and whether the outputs are identical (one SHA-256 over every output file).

Usage::

    .venv/bin/python benchmarks/scale.py --docs 10000            # seed variants, 2 CPUs
    .venv/bin/python benchmarks/scale.py --docs 100000 --cpus 2 --repeat 1

The corpus is ``throughput.seed_corpus`` (the five seed dumps, body paragraphs shuffled per
document and one paragraph of another seed appended: every document differs, every seed's
variants are near-duplicates of each other), written to a temporary folder once. Each engine
runs ``cleanscrape clean`` in its own process (``-j CPUS`` for local; a local Ray started with
``num_cpus=CPUS`` for ray). A monitor samples every process of that tree (the driver, pool
workers, Ray's raylet and workers) every ``--interval`` seconds: peak RSS of the driver, peak
summed RSS of the rest, and CPU seconds (user + system, the last sample of each process).
Runs of the two engines are interleaved so a change in machine load hits both alike; the
median run of each is printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import seed_corpus

_RUNNER = """
import sys, time
from cleanscrape.runner import clean_path
engine, src, out, cpus = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
if engine == "ray":
    import ray
    ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False,
             object_store_memory=int(sys.argv[5]) << 20)
    import logging
    logging.getLogger("ray").setLevel(logging.ERROR)
    logging.getLogger("ray.data").setLevel(logging.ERROR)
t0 = time.perf_counter()
if engine == "ray":
    from cleanscrape.engines.ray import RayEngine
    summary = clean_path(src, out, jobs=cpus, engine=RayEngine())
else:
    summary = clean_path(src, out, jobs=cpus)
import json
t = summary.batch.timings
print(json.dumps({k: round(t[k], 1) for k in ("clean", "templates", "dedup") if k in t}))
print(time.perf_counter() - t0, summary.stats["kept"], summary.stats["duplicates"])
"""


@dataclass(slots=True)
class Run:
    engine: str
    wall: float
    job: float  # clean_path alone (no interpreter or Ray start-up)
    cpu: float
    driver_peak_mb: float
    workers_peak_mb: float
    #: the driver's private memory (USS: without the pages of Ray's object store it maps)
    driver_uss_mb: float
    kept: int
    duplicates: int
    digest: str
    stages: dict[str, float]  # wall seconds of the clean, templates and dedup stages


def digest_tree(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(out).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _monitor(proc: psutil.Popen, interval: float, result: dict[str, float]) -> None:
    cpu: dict[int, float] = {}
    driver_peak = workers_peak = driver_uss = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        rest = 0
        for p in tree:
            try:
                with p.oneshot():
                    rss = p.memory_info().rss
                    t = p.cpu_times()
                    uss = p.memory_full_info().uss if p.pid == proc.pid else 0
            except psutil.NoSuchProcess:
                continue
            cpu[p.pid] = t.user + t.system
            if p.pid == proc.pid:
                driver_peak = max(driver_peak, rss)
                driver_uss = max(driver_uss, uss)
            else:
                rest += rss
        workers_peak = max(workers_peak, rest)
        time.sleep(interval)
    result.update(
        cpu=sum(cpu.values()),
        driver=driver_peak / 2**20,
        workers=workers_peak / 2**20,
        uss=driver_uss / 2**20,
    )


def run_engine(
    engine: str,
    src: Path,
    work: Path,
    cpus: int,
    store_mb: int,
    interval: float,
    ray_niceness: int = 0,
) -> Run:
    out = work / f"out-{engine}"
    if out.exists():
        subprocess.run(["rm", "-rf", str(out)], check=True)
    t0 = time.perf_counter()
    proc = psutil.Popen(
        [sys.executable, "-c", _RUNNER, engine, str(src), str(out), str(cpus), str(store_mb)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        # Ray starts its workers at niceness 15 unless told otherwise; the local engine's
        # workers run at the caller's niceness. On a shared machine that alone decides which
        # engine gets the CPU, so both run at the same niceness here.
        env={**os.environ, "RAY_worker_niceness": str(ray_niceness)},
    )
    stats: dict[str, float] = {}
    mon = threading.Thread(target=_monitor, args=(proc, interval, stats))
    mon.start()
    stdout, _ = proc.communicate()
    wall = time.perf_counter() - t0
    mon.join()
    if proc.returncode != 0:
        raise SystemExit(f"{engine} run failed (exit {proc.returncode})")
    lines = stdout.strip().splitlines()
    job, kept, dups = lines[-1].split()
    return Run(
        engine,
        wall,
        float(job),
        stats["cpu"],
        stats["driver"],
        stats["workers"],
        stats["uss"],
        int(kept),
        int(dups),
        digest_tree(out),
        json.loads(lines[-2]),
    )


def sizes(src: Path, n: int, every: int) -> dict[str, float]:
    """Mean bytes per document of what the Ray engine moves, measured with its own functions on
    ``n`` documents of ``src`` (one in ``every``, so every seed's variants are in the sample):
    the input, the clean text and the line trace (the spool), the record the driver keeps
    (pickled), its report.json entry, the template keys, the matching key, shingle hashes and
    signature (dedup rows)."""
    import pickle

    from cleanscrape.batch import _clean_and_summarize
    from cleanscrape.dedup.body import match_text
    from cleanscrape.dedup.key import matching_key
    from cleanscrape.dedup.signature import shingle_hashes_batch, signatures
    from cleanscrape.io import iter_documents
    from cleanscrape.options import CleanOptions
    from cleanscrape.report import dumps

    opts = CleanOptions()
    total: dict[str, float] = {}

    def add(name: str, value: float) -> None:
        total[name] = total.get(name, 0.0) + value

    count = 0
    for k, doc in enumerate(iter_documents(src)):
        if count == n:
            break
        if k % every:
            continue
        count += 1
        record, text = _clean_and_summarize((0, doc), opts, True, True)
        add("input page", len(doc.raw) if isinstance(doc.raw, bytes) else len(doc.raw.encode()))
        add("clean text (spool)", len(text.encode()))
        add("line trace (spool, report.html)", len((record.trace or "").encode()))
        keys = record.keys
        add("template keys (site, hashes, lengths)", 0 if keys is None else 16 * keys.keys.size)
        record.trace = None
        add("report.json entry", len(dumps(record.entry).encode()))
        add("driver record, pickled (entry + keys)", len(pickle.dumps(record, protocol=5)))
        key = matching_key(match_text(text, opts.match))
        add("matching key", len(key.encode()))
        (hashes,) = shingle_hashes_batch([key], opts.shingle_size)
        add("shingle hashes (uint64)", hashes.nbytes)
        add("MinHash signature", signatures([hashes], opts.num_perm, opts.seed)[0].nbytes)
    return {k: v / max(1, count) for k, v in total.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--cpus", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--store-mb", type=int, default=512, help="Ray object store size")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--engines", default="local,ray")
    parser.add_argument(
        "--ray-niceness",
        type=int,
        default=0,
        help="niceness of Ray's workers (Ray's own default is 15; 0 is what the local engine's "
        "workers get, so the engines compete for the CPU alike on a shared machine)",
    )
    parser.add_argument(
        "--kind",
        choices=["variants", "pages"],
        default="variants",
        help="variants: seed variants, one .txt file each (near-duplicates of five seeds); "
        "pages: dedup.py's scaling corpus, one JSONL file of real paragraphs recombined into "
        "pages wrapped in the real chrome of 400 sites, one page in five an edited copy",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the runs as JSON")
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        help="keep the corpus in DIR and reuse it when it is there (the corpus of --docs N is "
        "always the same, so separate runs of the two engines compare)",
    )
    parser.add_argument(
        "--sizes",
        type=int,
        metavar="N",
        help="only measure per-document sizes on the first N documents and print them",
    )
    args = parser.parse_args()
    engines = args.engines.split(",")
    with tempfile.TemporaryDirectory(prefix="cleanscrape-scale-") as tmp:
        work = Path(tmp)
        src = Path(args.corpus) if args.corpus else work / "corpus"
        done = src / ".complete"
        stamp = str(args.docs) if args.kind == "variants" else f"{args.docs} {args.kind}"
        if not done.exists():
            src.mkdir(parents=True, exist_ok=True)
            if args.kind == "variants":
                seed_corpus(src, args.docs)
            else:
                from dedup import _scale_corpus
                from dedup_corpus import load_material

                _scale_corpus(args.docs, src / "pages.jsonl", load_material(None))
            done.write_text(stamp)
        elif done.read_text() != stamp:
            raise SystemExit(f"{src} holds a corpus of {done.read_text()}, not --docs/--kind")
        size = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
        what = "seed variants" if args.kind == "variants" else "pages in one JSONL file"
        print(f"corpus: {args.docs:,} {what}, {size / 2**20:.1f} MB; {args.cpus} CPUs")
        if args.sizes:
            for name, value in sizes(src, args.sizes, max(1, args.docs // args.sizes - 1)).items():
                print(f"  {name:40s} {value / 1000:8.2f} KB")
            return 0
        runs: dict[str, list[Run]] = {e: [] for e in engines}
        for _ in range(args.repeat):
            for engine in engines:
                r = run_engine(
                    engine,
                    src,
                    work,
                    args.cpus,
                    args.store_mb,
                    args.interval,
                    args.ray_niceness,
                )
                runs[engine].append(r)
                print(
                    f"  {engine:5s} wall {r.wall:7.1f} s  job {r.job:7.1f} s  cpu {r.cpu:7.1f} s"
                    f"  driver {r.driver_peak_mb:6.0f} MB (USS {r.driver_uss_mb:6.0f} MB)"
                    f"  workers {r.workers_peak_mb:6.0f} MB"
                    f"  kept {r.kept} dup {r.duplicates}  {r.digest[:12]}  stages {r.stages}",
                    flush=True,
                )
        print("median of runs:")
        medians = {}
        for engine, rs in runs.items():
            med = sorted(rs, key=lambda r: r.wall)[len(rs) // 2]
            medians[engine] = med
            print(
                f"  {engine:5s} wall {med.wall:7.1f} s  job {med.job:7.1f} s  "
                f"cpu {med.cpu:7.1f} s  driver {med.driver_peak_mb:6.0f} MB  "
                f"workers {med.workers_peak_mb:6.0f} MB  docs/s {args.docs / med.wall:7.1f}"
            )
        digests = {r.digest for rs in runs.values() for r in rs}
        print("identical output:", "yes" if len(digests) == 1 else f"NO ({len(digests)} digests)")
        if "local" in medians and "ray" in medians:
            ratio = medians["ray"].wall / medians["local"].wall
            print(f"ray / local wall time (medians): {ratio:.2f}x")
        if args.json:
            data = {e: [_asdict(r) for r in rs] for e, rs in runs.items()}
            Path(args.json).write_text(json.dumps(data, indent=1))
    return 0 if len(digests) == 1 else 1


def _asdict(r: Run) -> dict[str, object]:
    return dataclasses.asdict(r)


if __name__ == "__main__":
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    raise SystemExit(main())
