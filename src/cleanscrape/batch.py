"""The batch pipeline: per-document stages (in worker processes when ``jobs > 1``), then the
batch stages (site templates, dedup) over all results.

Results come back in input order, so output is identical for any worker count.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .chrome.templates import apply_site_templates
from .dedup import find_duplicates
from .document import DocResult, Document
from .options import CleanOptions
from .process import clean_document


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


def _worker(args: tuple[Document, CleanOptions]) -> DocResult:
    return clean_document(*args)


@dataclass(slots=True)
class ClusterInfo:
    kept: str
    members: list[str]
    similarities: list[float]


@dataclass(slots=True)
class Batch:
    """Everything :meth:`Pipeline.run` produced: results in input order and clusters."""

    results: list[DocResult]
    clusters: list[ClusterInfo] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class Pipeline:
    """The one pipeline behind the API and the CLI.

    >>> from cleanscrape import Document, Pipeline
    >>> batch = Pipeline().run([Document("a", "Hello world, this is a page.")])
    >>> batch.results[0].status
    'kept'
    """

    def __init__(
        self,
        options: CleanOptions | None = None,
        *,
        jobs: int = 1,
        on_result: Callable[[DocResult], None] | None = None,
    ) -> None:
        self.options = options or CleanOptions()
        self.jobs = max(1, int(jobs))
        self.on_result = on_result

    def stream(self, docs: Iterable[Document]) -> Iterator[DocResult]:
        """Per-document stages only (no batch-level dedup), results in input order."""
        if self.jobs == 1:
            for doc in docs:
                res = clean_document(doc, self.options)
                if self.on_result:
                    self.on_result(res)
                yield res
            return
        with _worker_context().Pool(self.jobs) as pool:
            work = ((doc, self.options) for doc in docs)
            for res in pool.imap(_worker, work, chunksize=4):
                if self.on_result:
                    self.on_result(res)
                yield res

    def run(self, docs: Iterable[Document]) -> Batch:
        """All stages: per-document cleaning, then de-duplication across the batch."""
        t0 = time.perf_counter()
        results = list(self.stream(docs))
        batch = Batch(results, timings={"clean": time.perf_counter() - t0})
        if self.options.strip_chrome and self.options.site_templates:
            t0 = time.perf_counter()
            apply_site_templates(results, self.options)
            batch.timings["templates"] = time.perf_counter() - t0
        if self.options.dedup:
            t0 = time.perf_counter()
            batch.clusters = mark_duplicates(results, self.options)
            batch.timings["dedup"] = time.perf_counter() - t0
        return batch


def mark_duplicates(results: list[DocResult], options: CleanOptions) -> list[ClusterInfo]:
    """Set ``status``/``duplicate_of``/``similarity`` on duplicates; return the clusters."""
    live = [r for r in results if r.status == "kept"]
    published = [(r.result.metadata.get("published") if r.result else None) for r in live]
    found = find_duplicates([r.text for r in live], options, published=published)
    for r, dup, sim in zip(live, found.duplicate_of, found.similarity, strict=True):
        if dup is not None:
            r.status = "duplicate"
            r.duplicate_of = live[dup].id
            r.similarity = sim
    return [
        ClusterInfo(live[c.kept].id, [live[m].id for m in c.members], list(c.similarities))
        for c in found.clusters
    ]
