"""The process-pool engine: per-document work in worker processes, batch stages in this one."""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from ..dedup import find_duplicates
from .base import DuplicateFinder
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


class PoolEngine(LocalEngine):
    """Per-document work in ``jobs`` worker processes; results come back in input order."""

    name = "pool"

    def __init__(
        self, jobs: int, finder: DuplicateFinder = find_duplicates, *, chunksize: int = 4
    ) -> None:
        super().__init__(finder)
        self.jobs = max(1, int(jobs))
        self.chunksize = chunksize

    def map_documents(self, work: Callable[[T], R], docs: Iterable[T]) -> Iterator[R]:
        log.debug("starting %d worker processes", self.jobs)
        with _main_script_hidden():
            pool = _worker_context().Pool(self.jobs)
        with pool:
            yield from pool.imap(work, docs, chunksize=self.chunksize)
