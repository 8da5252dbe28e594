"""A persistent near-duplicate index across runs, embedded in one SQLite file.

``store`` (all SQL), ``fingerprint`` (what is stored of a text), ``index`` (``DedupIndex``),
``writer`` and ``pending`` (one write transaction), ``matches``, ``stats``, ``incremental``
(``clean --index``).
"""

from .fingerprint import Fingerprint
from .index import DedupIndex
from .matches import IndexMatch
from .stats import IndexStats, parse_age

__all__ = ["DedupIndex", "Fingerprint", "IndexMatch", "IndexStats", "parse_age"]
