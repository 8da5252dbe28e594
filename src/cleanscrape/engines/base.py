"""The engine seam: how the per-document path and the batch stages run.

An engine maps the per-document function over documents (results in input order, whatever
runs them) and runs the two batch stages on the plain data the pipeline hands it:

* :meth:`Engine.site_templates` gets one :class:`~cleanscrape.chrome.templates.LineKeys` per
  document (``None`` for a document without kept text): its site, its article key, one 64-bit
  hash per kept line and the hashes of the lines the strip stage dropped; it returns which
  lines of which documents are site template.
* :meth:`Engine.duplicates` gets the clean texts (a sequence that may read them from disk on
  demand) and their published dates, and returns a :class:`~cleanscrape.dedup.DedupResult`.
* An engine that is also a :class:`PrintEngine` de-duplicates a streaming batch on
  fingerprints instead (:meth:`PrintEngine.duplicates_of_prints`): the per-document work makes
  them where the text is cleaned (:mod:`cleanscrape.dedup.prints`), and the batch keeps them
  compact (hashes on disk), so the dedup stage never holds the texts or all their shingles.

Stages are functions of that data only, so an engine that runs them elsewhere (another process
pool, a cluster) replaces them without touching the stages or the pipeline. Duplicate candidates
come from a :class:`DuplicateFinder` backend; the default is the in-memory MinHash LSH.

An engine may also run a whole ``clean`` job itself (``run_job(pipeline, JobSpec)``, as the Ray
engine does, so that workers read the input and write the output): it gets a :class:`JobSpec`
and returns the finished batch, with the same records and clusters as the streamed pipeline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar, runtime_checkable

import numpy as np
import numpy.typing as npt

from ..chrome.templates import LineKeys
from ..dedup import DedupResult
from ..dedup.prints import Prints
from ..io.parquet import ParquetColumns
from ..io.writers import Writer
from ..options import CleanOptions

R = TypeVar("R")
T = TypeVar("T")

#: Per document index: which of its kept lines are site template.
TemplateDrops = dict[int, npt.NDArray[np.bool_]]


class DuplicateFinder(Protocol):
    """Where duplicate candidates come from: clusters ``texts`` as :func:`find_duplicates`."""

    def __call__(
        self,
        texts: Sequence[str],
        options: CleanOptions | None = None,
        *,
        published: Sequence[str | None] | None = None,
        sites: Sequence[str | None] | None = None,
        whole_pages: Sequence[bool | None] | None = None,
    ) -> DedupResult: ...


class PrintFinder(Protocol):
    """Where duplicate candidates come from, on fingerprints: clusters ``prints`` as
    :func:`~cleanscrape.dedup.core.find_print_duplicates` (no comparisons)."""

    def __call__(
        self,
        prints: Prints,
        options: CleanOptions | None = None,
        *,
        published: Sequence[str | None] | None = None,
    ) -> DedupResult: ...


@runtime_checkable
class PrintEngine(Protocol):
    """An engine whose dedup stage works on fingerprints made by the per-document work."""

    def duplicates_of_prints(
        self, prints: Prints, published: Sequence[str | None], options: CleanOptions
    ) -> DedupResult:
        """The de-duplication stage over the kept texts' fingerprints (in input order): the
        clusters, similarities and figures of :meth:`Engine.duplicates`, no comparisons."""
        ...


class Engine(Protocol):
    """Runs the per-document function and the batch stages (see the module docstring).

    ``finder`` is where the de-duplication stage runs: :meth:`duplicates`, written here once,
    hands it the stage's data. An executor that subclasses :class:`Engine` inherits that entry
    and sets only its own finder (a function in this process, or one that runs the stage on
    Ray)."""

    name: str
    finder: DuplicateFinder

    def map_documents(self, work: Callable[[T], R], docs: Iterable[T]) -> Iterator[R]:
        """``work(item)`` for every item (a document, or a document with its index), yielded
        in input order. ``work`` is a picklable module-level function (or a
        ``functools.partial`` of one) that runs the per-document path.
        """
        ...

    def site_templates(
        self, docs: Sequence[LineKeys | None], options: CleanOptions
    ) -> TemplateDrops:
        """The site-template stage over all documents of the batch."""
        ...

    def duplicates(
        self,
        texts: Sequence[str],
        published: Sequence[str | None],
        options: CleanOptions,
        *,
        sites: Sequence[str | None] | None = None,
        whole_pages: Sequence[bool | None] | None = None,
    ) -> DedupResult:
        """The de-duplication stage over the kept texts (in input order; ``sites``: the site
        of each, ``whole_pages``: whether the strip stage kept each page whole, see
        :func:`~cleanscrape.dedup.find_duplicates`), run by :attr:`finder`."""
        return self.finder(
            texts, options, published=published, sites=sites, whole_pages=whole_pages
        )


@dataclass(slots=True)
class JobSpec:
    """A ``clean`` job for an engine that runs it whole (``run_job``).

    ``source`` is the input (a path, or an fsspec URL), ``out`` the output folder, ``writer`` the
    run's writer (``output_format``) into ``out``; ``name_output(name)`` gives a kept article's
    final output name (called in input order: later documents with a taken name get ``.2``).
    ``skipped`` receives the files no reader takes.
    """

    source: str
    out: Path
    output_format: str
    writer: Writer
    name_output: Callable[[str | None], str | None]
    follow_links: bool = False
    columns: ParquetColumns = field(default_factory=ParquetColumns)
    skipped: list[str] = field(default_factory=list)
