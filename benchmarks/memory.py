"""Peak memory of ``cleanscrape clean`` (main process plus workers) on N seed-variant text dumps.

For each size, the corpus (``throughput.seed_corpus``: the five seeds with shuffled paragraphs
and one paragraph borrowed from another seed, so full of near-duplicates) is built once in
``--work``, then ``clean SRC -o OUT -q -j JOBS`` runs in a child process. The parent samples the
resident memory of the child and all its descendants (forkserver and workers, Linux ``/proc``)
every ``--interval`` seconds, with the main process's own high-water mark (``VmHWM``), and reads
the child's ``ru_maxrss`` when it exits: Linux reports there the largest of the child and of the
descendants it reaped, so a worker's peak can show in it. CPU seconds
are user+system time of the child (exact) and of its descendants (last value sampled).

``--baseline-src DIR`` measures the same runs with another source tree first on ``PYTHONPATH``
(for example ``git archive <commit> | tar -x -C DIR``), so both figures come from one script
on the same machine and corpus.

    python benchmarks/memory.py --sizes 1000 10000 30000 --jobs 2 --work /tmp/mem
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import seed_corpus

_PAGE_KB = resource.getpagesize() // 1024
_TICKS = os.sysconf("SC_CLK_TCK")


def tree_sample(root: int) -> tuple[int, dict[int, float]]:
    """Resident memory (kB) of ``root`` and all its descendants, and each one's CPU seconds
    (user + system) so far (Linux /proc)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            pid = int(stat.parent.name)
            parent[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * _PAGE_KB
            cpu[pid] = (int(fields[11]) + int(fields[12])) / _TICKS
        except (OSError, ValueError, IndexError):
            continue
    children: dict[int, list[int]] = {}
    for pid, ppid in parent.items():
        children.setdefault(ppid, []).append(pid)
    total, frontier, seen = 0, [root], {}
    while frontier:
        p = frontier.pop()
        total += rss.get(p, 0)
        seen[p] = cpu.get(p, 0.0)
        frontier.extend(children.get(p, []))
    return total, seen


def _rss_kb(pid: int) -> int:
    """Resident memory (kB) of one process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[21]) * _PAGE_KB


def _hwm_kb(pid: int) -> int:
    """Peak resident memory (kB) of one process alone, the kernel's high-water mark (0 when
    it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def measure(
    src: Path,
    out: Path,
    jobs: int,
    interval: float,
    pythonpath: str | None,
    progress: Path | None = None,
) -> dict:
    """Run ``clean`` on ``src`` in a child process; peak memory and CPU seconds."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    cmd = [sys.executable, "-m", "cleanscrape", "clean", str(src), "-o", str(out), "-q"]
    cmd += ["-j", str(jobs)]
    t0 = time.perf_counter()
    log = out.parent / f"{out.name}.stderr"
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=fh)
    peak = [0]
    main_hwm = [0]
    cpu: dict[int, float] = {}  # last CPU seconds seen per process of the tree
    done = threading.Event()

    def sample() -> None:
        last = 0.0
        while not done.wait(interval):
            kb, seen = tree_sample(proc.pid)
            peak[0] = max(peak[0], kb)
            main_hwm[0] = max(main_hwm[0], _hwm_kb(proc.pid))
            cpu.update(seen)
            now = time.perf_counter() - t0
            if progress is not None and now - last >= 30:
                last = now
                main_kb = _rss_kb(proc.pid)
                with progress.open("a", encoding="utf-8") as fh:
                    fh.write(
                        f"{now:.0f} s: main + workers {kb / 1024:,.0f} MB (peak "
                        f"{peak[0] / 1024:,.0f}), main {main_kb / 1024:,.0f} MB, "
                        f"{len(seen)} processes, CPU {sum(cpu.values()):,.0f} s\n"
                    )

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    err = log.read_text(encoding="utf-8", errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"clean failed ({code}): {err[-2000:]}")
    stats = json.loads((out / "report.json").read_text(encoding="utf-8"))["stats"]
    return {
        "wall_s": wall,
        # wait4's ru_maxrss is the largest of the child and of the descendants it reaped
        # (the forkserver, and through it the workers), as Linux reports it for a waited child;
        # VmHWM is the main process's own peak, read at every sample
        "main_maxrss_mb": usage.ru_maxrss / 1024,
        "main_hwm_mb": main_hwm[0] / 1024,
        "tree_peak_mb": peak[0] / 1024,
        # the main process's own figure is exact (wait4); its descendants' are sampled
        "cpu_s": usage.ru_utime
        + usage.ru_stime
        + sum(v for pid, v in cpu.items() if pid != proc.pid),
        "kept": stats["kept"],
        "duplicates": stats["duplicates"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--interval", type=float, default=0.2, help="sampling period, seconds")
    ap.add_argument("--work", type=Path, help="folder for the corpora (kept between runs)")
    ap.add_argument("--baseline-src", type=Path, help="source tree (its src/) to compare with")
    ap.add_argument("--label", default="baseline", help="name of the --baseline-src code")
    ap.add_argument(
        "--progress",
        type=Path,
        help="append the memory of the run every 30 s to this file (a long run that is stopped "
        "still shows its curve)",
    )
    ap.add_argument(
        "--code",
        choices=["both", "baseline", "current"],
        default="both",
        help="which code to run (two invocations may run side by side on separate --work)",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="cleanscrape-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    variants: list[tuple[str, str | None]] = []
    if args.baseline_src is not None and args.code != "current":
        variants.append((args.label, str(args.baseline_src.resolve() / "src")))
    if args.code != "baseline":
        variants.append(("current", None))
    print(
        "| code | documents | peak RSS main + workers MB (sampled) | main ru_maxrss MB | "
        "main VmHWM MB (sampled) | "
        "kB per document (sampled) | CPU s (all processes) | wall s | kept | duplicates |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        src = work / f"variants{n}"
        if not (src / ".complete").exists():
            shutil.rmtree(src, ignore_errors=True)
            seed_corpus(src, n)
            (src / ".complete").touch()
        for name, path in variants:
            r = measure(
                src, work / f"out-{name}-{n}", args.jobs, args.interval, path, args.progress
            )
            print(
                f"| {name} | {n:,} | {r['tree_peak_mb']:,.0f} | {r['main_maxrss_mb']:,.0f} | "
                f"{r['main_hwm_mb']:,.0f} | "
                f"{r['tree_peak_mb'] * 1024 / n:,.1f} | {r['cpu_s']:,.1f} | "
                f"{r['wall_s']:,.1f} | {r['kept']:,} | {r['duplicates']:,} |",
                flush=True,
            )
            shutil.rmtree(work / f"out-{name}-{n}", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
