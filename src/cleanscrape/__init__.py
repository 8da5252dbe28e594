"""cleanscrape: clean, de-duplicated article text from scraped news pages.

>>> import cleanscrape
>>> r = cleanscrape.clean_text("A headline\\n|\\nA paragraph of article text that is kept.")
>>> r.title, r.text
('A headline', 'A paragraph of article text that is kept.')
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import clean_html, clean_text, compare, dedup
from .batch import Batch, Pipeline
from .dedup import Cluster, Comparison, DedupResult
from .document import CleanResult, DocResult, Document, LineVerdict, Removal
from .errors import (
    CleanscrapeError,
    DecodeError,
    ExtractionError,
    IndexStoreError,
    InputError,
    OutputError,
    UsageError,
)
from .index import DedupIndex, IndexMatch, IndexStats
from .options import CleanOptions
from .runner import clean_path

__all__ = [
    "Batch",
    "CleanOptions",
    "CleanResult",
    "CleanscrapeError",
    "Cluster",
    "Comparison",
    "DecodeError",
    "DedupIndex",
    "DedupResult",
    "DocResult",
    "Document",
    "ExtractionError",
    "IndexMatch",
    "IndexStats",
    "IndexStoreError",
    "InputError",
    "LineVerdict",
    "OutputError",
    "Pipeline",
    "Removal",
    "UsageError",
    "__version__",
    "clean_html",
    "clean_path",
    "clean_text",
    "compare",
    "dedup",
]
