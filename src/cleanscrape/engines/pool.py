"""The process-pool engine: per-document work in worker processes, batch stages in this one."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
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
    ``fork`` does not survive safely. Both start methods re-import the parent's main script in
    each worker; when that script is not a file (code piped to ``python -``, an embedded
    interpreter), the workers would crash and be restarted forever, so ``fork`` is used there.
    """
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if main_file is not None and not os.path.isfile(main_file):
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["cleanscrape.batch"])
    return ctx


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
        with _worker_context().Pool(self.jobs) as pool:
            yield from pool.imap(work, docs, chunksize=self.chunksize)
