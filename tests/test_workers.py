"""Worker processes start from any kind of main program."""

from __future__ import annotations

import logging
import random
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from cleanscrape.engines import PoolEngine

from .conftest import SEEDS

_SCRIPT = f"""
from pathlib import Path
from cleanscrape import Document, Pipeline
docs = [Document(p.name, p.read_bytes()) for p in sorted(Path({str(SEEDS)!r}).glob("*.txt"))]
one = [(r.id, r.status, r.text) for r in Pipeline(jobs=1).run(docs).results]
two = [(r.id, r.status, r.text) for r in Pipeline(jobs=2).run(docs).results]
assert one == two, "2 workers must give what 1 gives"
print("statuses", *sorted({{s for _, s, _ in two}}))
"""


def test_two_workers_from_a_script_piped_to_stdin() -> None:
    # the main module is "<stdin>", which forkserver/spawn workers cannot re-import: without
    # the fallback to fork they crash and are restarted forever (the timeout would fire)
    done = subprocess.run(
        [sys.executable, "-"], input=_SCRIPT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "statuses kept"


def test_two_workers_from_a_script_file(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(
        "if __name__ == '__main__':\n" + "".join(f"    {ln}\n" for ln in _SCRIPT.splitlines()),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "statuses kept"


def test_a_worker_task_serves_a_chunk_of_pages_with_one_copy_of_the_work() -> None:
    # what goes with the work (the batch's line memo) is pickled with each task and starts
    # afresh in the worker: a task of 4 pages let the memo serve 4 pages, so the first page
    # of every 4 worked out all of its lines again. A copy of a seeded generator shows how
    # many pages one copy served: its n-th draw is the n-th of the seed's sequence.
    rng = random.Random(0)
    expected = random.Random(0)
    sequence = [expected.getrandbits(32) for _ in range(64)]
    draws = list(PoolEngine(2).map_documents(rng.getrandbits, [32] * 64))
    served = [sequence.index(d) + 1 for d in draws]
    assert max(served) >= 16
    assert len(draws) == 64


class _StuckPool:
    """A pool whose terminate blocks as ``Pool.terminate`` does when its task-sending thread
    is stuck writing a task no process reads (the work itself is done in this thread)."""

    def __init__(self, released: threading.Event) -> None:
        self.released = released
        self.terminating = threading.Event()

    def imap(self, work: Any, docs: Any, chunksize: int = 1) -> Any:
        return map(work, docs)

    def terminate(self) -> None:
        self.terminating.set()
        self.released.wait()

    def __enter__(self) -> _StuckPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.terminate()  # (as multiprocessing's Pool leaves a with block)


def test_a_batch_stopped_early_returns_though_the_pool_cannot_shut_down(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # a Ctrl-C (or an error while results are written) stops the batch after its first
    # results; the pool's terminate then blocks: the engine waits STOP_WAIT, not for ever
    from cleanscrape.engines import pool as pool_module

    released = threading.Event()
    stuck = _StuckPool(released)

    class _Context:
        def Pool(self, *args: Any, **kwargs: Any) -> _StuckPool:  # (multiprocessing's name)
            return stuck

    monkeypatch.setattr(pool_module, "_worker_context", _Context)
    monkeypatch.setattr(pool_module, "STOP_WAIT", 0.2, raising=False)
    outcome: list[object] = []

    def consume() -> None:
        results = PoolEngine(2).map_documents(len, ["một", "hai", "ba"])
        try:
            for n in results:
                raise KeyboardInterrupt(n)
        except KeyboardInterrupt as stop:
            outcome.append(stop.args[0])

    try:
        runner = threading.Thread(target=consume, daemon=True)
        with caplog.at_level(logging.WARNING, logger="cleanscrape.engines.pool"):
            runner.start()
            runner.join(10)
        assert not runner.is_alive(), "the stopped batch waited for the pool for ever"
        assert stuck.terminating.is_set()  # the workers were told to stop
        assert outcome == [3]  # the interrupt reached the caller, with the first result
        assert "still blocked" in caplog.text
    finally:
        released.set()
