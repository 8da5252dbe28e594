"""Near-duplicate detection on clean text: matching keys, shingles, MinHash LSH, clusters."""

from .core import Cluster, DedupResult, find_duplicates
from .key import matching_key, shingles

__all__ = ["Cluster", "DedupResult", "find_duplicates", "matching_key", "shingles"]
