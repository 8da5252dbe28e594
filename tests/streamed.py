"""A streamed batch's joins, for the tests that check that the streamed path (its fingerprints
stored, one or two workers making them) reads a set of texts as
:func:`cleanscrape.dedup.find_duplicates` reads them in memory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.engines import PoolEngine


def site_documents(texts: Sequence[str], host: str, path: str = "") -> list[Document]:
    """The texts as pages ``p0``, ``p1``, ... of one site (one URL host)."""
    return [
        Document(f"p{k}", text, url=f"https://{host}{path}/p{k}") for k, text in enumerate(texts)
    ]


def streamed_duplicate_of(
    docs: Sequence[Document], opts: CleanOptions, out: Path, workers: int
) -> list[object]:
    """Each document's ``duplicate_of`` as a streamed batch into ``out`` records it, with one
    worker or a pool of ``workers``."""
    engine = PoolEngine(workers) if workers > 1 else None
    with Pipeline(opts, engine=engine).run_streamed(iter(docs), out) as batch:
        return [r.entry.get("duplicate_of") for r in batch.records]
