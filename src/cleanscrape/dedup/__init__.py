"""Near-duplicate detection on clean text: matching keys, shingles, MinHash LSH, clusters."""

from .core import Cluster, DedupResult, find_duplicates
from .key import matching_key, shingles
from .signature import (
    band_keys,
    candidate_bands,
    containment,
    intersection_size,
    jaccard,
    lean_minhash,
    lsh_bands,
    shingle_hashes,
    shingle_hashes_batch,
    signatures,
)

__all__ = [
    "Cluster",
    "DedupResult",
    "band_keys",
    "candidate_bands",
    "containment",
    "find_duplicates",
    "intersection_size",
    "jaccard",
    "lean_minhash",
    "lsh_bands",
    "matching_key",
    "shingle_hashes",
    "shingle_hashes_batch",
    "shingles",
    "signatures",
]
