"""The process-pool engine: per-document work in worker processes, batch stages in this one."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.pool
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from ..dedup import find_duplicates
from ..dedup.core import find_print_duplicates
from .base import DuplicateFinder, PrintFinder
from .local import LocalEngine

R = TypeVar("R")
T = TypeVar("T")

log = logging.getLogger(__name__)


def _worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start.

    ``forkserver`` (``spawn`` on Windows): the parent may run threads (a progress bar), which
    ``fork`` does not survive safely. Workers are started with :func:`_main_script_hidden`,
    so they never re-run the caller's script.
    """
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["cleanscrape.batch"])
    return ctx


@contextmanager
def _main_script_hidden() -> Iterator[None]:
    """Start workers without the caller's main script.

    ``forkserver`` and ``spawn`` re-run the parent's ``__main__`` in every worker so that
    functions defined there can be unpickled. Workers here only run cleanscrape's own functions,
    so that is never needed, and it is harmful: a script that builds a pipeline at top level (no
    ``if __name__ == "__main__":`` guard) would start workers that start workers, and a script
    that is not a file (``python -``) cannot be re-run at all. While the pool starts, the main
    module's file and spec are hidden from :mod:`multiprocessing`, which then prepares workers
    as it does for ``python -c``.
    """
    main = sys.modules.get("__main__")
    names = ("__file__", "__spec__")
    saved: dict[str, object] = {k: main.__dict__[k] for k in names if main and k in main.__dict__}
    if main is not None:
        main.__dict__.pop("__file__", None)
        main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        if main is not None:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ignore Ctrl-C while worker processes start.

    A terminal's Ctrl-C reaches every process of the group. The fork server spends its first
    seconds importing cleanscrape, before it ignores SIGINT itself, and would die there with a
    traceback. An ignored signal stays ignored across ``exec``, so the server is started with
    SIGINT ignored; a Ctrl-C in that second or two is lost (press it again), never a traceback.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool (no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


#: Documents sent to a worker as one task. What goes with the work (the batch's line memo,
#: :class:`~cleanscrape.chrome.memo.LineMemo`) is pickled with each task and starts empty in
#: the worker, so it serves the pages of one task: with 4 the first page of each task worked
#: out all of its lines; 16 keeps the tail of a batch short (a task is some 50 ms of work).
CHUNKSIZE = 16


class PoolEngine(LocalEngine):
    """Per-document work in ``jobs`` worker processes; results come back in input order.

    ``chunksize``: documents a task (see :data:`CHUNKSIZE`)."""

    name = "pool"

    def __init__(
        self,
        jobs: int,
        finder: DuplicateFinder = find_duplicates,
        *,
        chunksize: int = CHUNKSIZE,
        print_finder: PrintFinder = find_print_duplicates,
    ) -> None:
        super().__init__(finder, print_finder)
        self.jobs = max(1, int(jobs))
        self.chunksize = chunksize

    def map_documents(self, work: Callable[[T], R], docs: Iterable[T]) -> Iterator[R]:
        log.debug("starting %d worker processes", self.jobs)
        pool = None
        try:
            with _main_script_hidden(), _interrupts_held():
                pool = _worker_context().Pool(self.jobs, initializer=_ignore_interrupts)
        except KeyboardInterrupt:  # pressed while the workers started: stop them too
            if pool is not None:
                pool.terminate()
            raise
        log.debug("%d worker processes ready", self.jobs)
        try:
            yield from pool.imap(work, docs, chunksize=self.chunksize)
        finally:
            _stop(pool, STOP_WAIT)


#: Seconds :func:`_stop` waits for a pool to shut down.
STOP_WAIT = 5.0


def _stop(pool: multiprocessing.pool.Pool, wait: float) -> None:
    """Terminate ``pool``, waiting at most ``wait`` seconds.

    ``Pool.terminate`` kills the workers and then joins the thread that sends them tasks. When
    the batch stops early (Ctrl-C, an error while its results are written), that thread may be
    writing a task larger than the pipe's buffer (a task is :data:`CHUNKSIZE` documents) that
    no process reads any more, and the join never returns: a race, met in a few stops in a
    hundred with tasks of 160 KB (once by the Ctrl-C test of ``tests/test_faults.py``). The
    terminate runs in a thread of its own; once the wait is over, the workers are gone and the
    blocked sending thread, a daemon, ends with the process.
    """
    stopper = threading.Thread(target=pool.terminate, name="cleanscrape-pool-stop", daemon=True)
    stopper.start()
    stopper.join(wait)
    if stopper.is_alive():
        log.warning(
            "worker pool: the thread sending tasks is still blocked after %.0f s; "
            "it is left to end with the process",
            wait,
        )
