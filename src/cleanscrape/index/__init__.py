"""A persistent near-duplicate index across runs, embedded in one SQLite file."""

from .api import DedupIndex, Fingerprint, IndexMatch, IndexStats, parse_age

__all__ = ["DedupIndex", "Fingerprint", "IndexMatch", "IndexStats", "parse_age"]
