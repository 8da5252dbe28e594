"""The batch pipeline: the per-document path through an engine (in-process, or worker
processes when ``jobs > 1``), then the batch stages (site templates, dedup) through the engine.

Results come back in input order, so output is identical for any worker count or engine.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from .chrome.templates import drop_lines, line_keys
from .document import DocResult, Document
from .engines import Engine, default_engine
from .options import CleanOptions
from .process import clean_document

log = logging.getLogger(__name__)


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
        engine: Engine | None = None,
    ) -> None:
        self.options = options or CleanOptions()
        self.jobs = max(1, int(jobs))
        self.on_result = on_result
        self.engine = engine if engine is not None else default_engine(self.jobs)

    def stream(self, docs: Iterable[Document]) -> Iterator[DocResult]:
        """Per-document stages only (no batch-level dedup), results in input order."""
        work = functools.partial(clean_document, options=self.options)
        for res in self.engine.map_documents(work, docs):
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
            drops = self.engine.site_templates([line_keys(r) for r in results], self.options)
            for i, drop in sorted(drops.items()):
                result = results[i].result
                assert result is not None
                drop_lines(result, drop)
            batch.timings["templates"] = time.perf_counter() - t0
        if self.options.dedup:
            t0 = time.perf_counter()
            batch.clusters = mark_duplicates(results, self.options, self.engine)
            batch.timings["dedup"] = time.perf_counter() - t0
        return batch


def mark_duplicates(
    results: Sequence[DocResult], options: CleanOptions, engine: Engine | None = None
) -> list[ClusterInfo]:
    """Set ``status``/``duplicate_of``/``similarity`` on duplicates; return the clusters."""
    live = [r for r in results if r.status == "kept"]
    published = [(r.result.metadata.get("published") if r.result else None) for r in live]
    found = (engine or default_engine(1)).duplicates([r.text for r in live], published, options)
    for r, dup, sim in zip(live, found.duplicate_of, found.similarity, strict=True):
        if dup is not None:
            r.status = "duplicate"
            r.duplicate_of = live[dup].id
            r.similarity = sim
    return [
        ClusterInfo(live[c.kept].id, [live[m].id for m in c.members], list(c.similarities))
        for c in found.clusters
    ]
