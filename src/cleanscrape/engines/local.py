"""The in-process engine: everything runs in the calling process, in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..chrome.templates import LineKeys, template_drops
from ..dedup import DedupResult, find_duplicates
from ..dedup.core import find_print_duplicates
from ..dedup.prints import Prints
from ..options import CleanOptions
from .base import DuplicateFinder, Engine, PrintFinder, TemplateDrops

R = TypeVar("R")
T = TypeVar("T")


class LocalEngine(Engine):
    """Per-document work and batch stages in this process (``jobs=1``): the dedup stage is
    ``finder`` (:meth:`Engine.duplicates`), on fingerprints ``print_finder``."""

    name = "local"

    def __init__(
        self,
        finder: DuplicateFinder = find_duplicates,
        print_finder: PrintFinder = find_print_duplicates,
    ) -> None:
        self.finder = finder
        self.print_finder = print_finder

    def map_documents(self, work: Callable[[T], R], docs: Iterable[T]) -> Iterator[R]:
        for doc in docs:
            yield work(doc)

    def site_templates(
        self, docs: Sequence[LineKeys | None], options: CleanOptions
    ) -> TemplateDrops:
        return template_drops(docs, options)

    def duplicates_of_prints(
        self, prints: Prints, published: Sequence[str | None], options: CleanOptions
    ) -> DedupResult:
        return self.print_finder(prints, options, published=published)
