"""Engines: where the per-document path and the batch stages run (see :mod:`.base`)."""

from .base import DuplicateFinder, Engine, PrintEngine, PrintFinder, TemplateDrops
from .local import LocalEngine
from .pool import PoolEngine


def default_engine(jobs: int) -> Engine:
    """In-process for one job, a process pool for more."""
    return LocalEngine() if jobs <= 1 else PoolEngine(jobs)


__all__ = [
    "DuplicateFinder",
    "Engine",
    "LocalEngine",
    "PoolEngine",
    "PrintEngine",
    "PrintFinder",
    "TemplateDrops",
    "default_engine",
]
