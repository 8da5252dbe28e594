"""Near-duplicate detection on clean text: matching keys, shingles, MinHash LSH, clusters."""

from .body import TextParts, match_text, split_text
from .compare import Comparison, compare_texts, differing_lines
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
    "Comparison",
    "DedupResult",
    "TextParts",
    "band_keys",
    "candidate_bands",
    "compare_texts",
    "containment",
    "differing_lines",
    "find_duplicates",
    "intersection_size",
    "jaccard",
    "lean_minhash",
    "lsh_bands",
    "match_text",
    "matching_key",
    "shingle_hashes",
    "shingle_hashes_batch",
    "shingles",
    "signatures",
    "split_text",
]
