"""Exact and near-duplicate clustering of clean texts, with a deterministic keep policy.

1. Every text gets a matching key (:mod:`.key`); texts with identical keys are exact duplicates.
2. One representative per distinct key is fingerprinted (:mod:`.signature`): sorted shingle
   hashes and a MinHash signature, wrapped as a datasketch ``LeanMinHash``.
3. The signatures go into a datasketch ``MinHashLSH`` (bulk ``insertion_session``) banded by
   :func:`.signature.candidate_bands` so that a pair right at ``dedup_threshold`` is a candidate
   with probability >= 0.999; each representative queries it, and every candidate pair is
   verified by the exact Jaccard of the two shingle sets: only pairs at or above
   ``dedup_threshold`` are joined, so the extra candidates cost a check, never precision.
4. With ``containment`` on, texts whose shingles are mostly inside a longer text (a teaser
   page and the full article) are also found: a consistent sample of shingle hashes proposes
   candidates (MinHash LSH cannot: a teaser's Jaccard with its article is tiny); a text whose
   exact containment reaches ``containment_threshold`` joins its best container (highest
   containment, then lowest index), and only that one, so a shared teaser cannot chain two
   different articles together.
5. Union-find gives the clusters; the keep policy picks the kept member. Nothing depends on
   input chunking, worker count or hash-table iteration order: same texts, same result.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from ..options import CleanOptions
from .key import matching_key
from .signature import (
    U32,
    U64,
    candidate_bands,
    containment,
    jaccard,
    lean_minhash,
    shingle_hashes_batch,
    signatures,
)

log = logging.getLogger(__name__)

#: A text needs at least this many shingles to be judged "contained" in a longer one: shorter
#: snippets (a headline, a byline) occur inside many unrelated articles.
MIN_CONTAINED_SHINGLES = 10
#: Containment candidates use the shingle hashes below this value: a consistent 1/4 sample.
_SAMPLE_BELOW = np.uint64(1 << 62)
#: A sampled hash shared by more texts than this is boilerplate and ignored for candidates.
_MAX_POSTING = 256


@dataclass(slots=True)
class Cluster:
    """One group of duplicates: the kept index, all members (ascending), and each member's
    similarity to the kept one (1.0 for the kept one and for exact duplicates)."""

    kept: int
    members: list[int]
    similarities: list[float] = field(default_factory=list)


@dataclass(slots=True)
class DedupResult:
    """``duplicate_of[i]`` is the kept index text ``i`` duplicates (``None`` if it is kept or
    unique), ``similarity[i]`` its similarity to that text; ``clusters`` lists every group of two
    or more. ``fingerprints[i]`` is text ``i``'s shingle hashes and MinHash signature (``None``
    for a text without words), for a later stage (the persistent index) to reuse."""

    duplicate_of: list[int | None]
    similarity: list[float | None]
    clusters: list[Cluster]
    fingerprints: list[tuple[U64, U32] | None] = field(
        default_factory=list, compare=False, repr=False
    )


class _UnionFind:
    """Disjoint sets whose root is always the smallest index (order of unions is irrelevant)."""

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(
    texts: Sequence[str],
    options: CleanOptions | None = None,
    *,
    published: Sequence[str | None] | None = None,
) -> DedupResult:
    """Cluster ``texts``; in each cluster one is kept and the rest point at it.

    ``published`` (ISO dates, one per text) is used by ``keep="newest"``. Texts whose matching
    key is empty (no letters or digits) are never duplicates.

    >>> r = find_duplicates(["Hoà bình, độc lập.", "HÒA BÌNH – ĐỘC LẬP", "Tin khác hẳn."])
    >>> r.duplicate_of
    [None, 0, None]
    """
    opts = options or CleanOptions()
    n = len(texts)
    if published is not None and len(published) != n:
        raise ValueError(f"published has {len(published)} dates for {n} texts; give one per text")
    keys = [matching_key(t) for t in texts]
    uf = _UnionFind(n)
    first_with_key: dict[str, int] = {}
    exact = 0
    for i, k in enumerate(keys):
        if not k:
            continue
        j = first_with_key.setdefault(k, i)
        if j != i:
            uf.union(j, i)
            exact += 1
    reps = list(first_with_key.values())  # ascending: dicts keep insertion order
    hashes: dict[int, U64] = dict(
        zip(reps, shingle_hashes_batch([keys[i] for i in reps], opts.shingle_size), strict=True)
    )
    sigs = signatures([hashes[i] for i in reps], opts.num_perm, opts.seed)
    minhashes = [lean_minhash(row, opts.seed) for row in sigs]
    candidates, verified = _near_pairs(reps, minhashes, hashes, uf, opts)
    log.debug(
        "dedup of %d texts: %d exact duplicates, %d candidate pairs, %d verified",
        n,
        exact,
        candidates,
        verified,
    )
    if opts.containment:
        candidates, verified = _contained(reps, hashes, uf, opts)
        log.debug("containment: %d candidate pairs, %d joins", candidates, verified)
    rep_of = [first_with_key.get(k, -1) for k in keys]
    result = _clusters(texts, rep_of, hashes, uf, published, opts)
    sig_of = dict(zip(reps, sigs, strict=True))
    result.fingerprints = [(hashes[r], sig_of[r]) if r >= 0 else None for r in rep_of]
    return result


def _near_pairs(
    reps: list[int],
    minhashes: list[LeanMinHash],
    hashes: dict[int, U64],
    uf: _UnionFind,
    opts: CleanOptions,
) -> tuple[int, int]:
    """MinHash LSH candidates among representatives, each verified by exact Jaccard."""
    if len(reps) < 2:
        return 0, 0
    lsh = MinHashLSH(
        threshold=opts.dedup_threshold,
        num_perm=opts.num_perm,
        params=candidate_bands(opts.dedup_threshold, opts.num_perm),
    )
    with lsh.insertion_session() as session:
        for i, mh in zip(reps, minhashes, strict=True):
            session.insert(i, mh, check_duplication=False)
    candidates = verified = 0
    for i, mh in zip(reps, minhashes, strict=True):
        for j in sorted(lsh.query(mh)):
            if j <= i:
                continue
            candidates += 1
            # a pair already joined through other verified pairs cannot change the clusters:
            # skip its exact Jaccard (large clusters of re-crawls would otherwise cost O(n^2))
            if uf.find(i) == uf.find(j):
                continue
            if jaccard(hashes[i], hashes[j]) >= opts.dedup_threshold:
                verified += 1
                uf.union(i, j)
    return candidates, verified


def _contained(
    reps: list[int],
    hashes: dict[int, U64],
    uf: _UnionFind,
    opts: CleanOptions,
) -> tuple[int, int]:
    """Join each text mostly contained in a longer one to its best container.

    Candidates come from a consistent sample of shingle hashes (the same hashes are sampled in
    every text, so a contained text's sample is inside its container's sample): texts sharing at
    least half of a text's sampled hashes are checked by exact containment.
    """
    postings: dict[int, list[int]] = {}
    sampled: dict[int, U64] = {}
    for i in reps:
        sample = hashes[i][hashes[i] < _SAMPLE_BELOW]
        sampled[i] = sample
        for h in sample.tolist():
            postings.setdefault(h, []).append(i)
    candidates = joins = 0
    for i in reps:
        size = int(hashes[i].size)
        if size < MIN_CONTAINED_SHINGLES:
            continue
        counts: Counter[int] = Counter()
        usable = 0
        for h in sampled[i].tolist():
            posting = postings[h]
            if len(posting) > _MAX_POSTING:
                continue
            usable += 1
            counts.update(posting)
        best: tuple[float, int] | None = None
        for j in sorted(counts):
            if j == i or hashes[j].size < size or 2 * counts[j] < usable:
                continue
            candidates += 1
            c = containment(hashes[i], hashes[j])
            if c >= opts.containment_threshold and (best is None or (-c, j) < (-best[0], best[1])):
                best = (c, j)
        if best is not None:
            joins += 1
            uf.union(i, best[1])
    return candidates, joins


def _clusters(
    texts: Sequence[str],
    rep_of: list[int],
    hashes: dict[int, U64],
    uf: _UnionFind,
    published: Sequence[str | None] | None,
    opts: CleanOptions,
) -> DedupResult:
    n = len(texts)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        if rep_of[i] >= 0:
            groups.setdefault(uf.find(i), []).append(i)
    duplicate_of: list[int | None] = [None] * n
    similarity: list[float | None] = [None] * n
    clusters: list[Cluster] = []
    for root in sorted(groups):
        members = groups[root]
        if len(members) < 2:
            continue
        kept = _choose(members, texts, published, opts)
        sims = [round(_similarity(rep_of[m], rep_of[kept], hashes, opts), 4) for m in members]
        for m, s in zip(members, sims, strict=True):
            if m != kept:
                duplicate_of[m] = kept
                similarity[m] = s
        clusters.append(Cluster(kept, members, sims))
    return DedupResult(duplicate_of, similarity, clusters)


def _similarity(a: int, b: int, hashes: dict[int, U64], opts: CleanOptions) -> float:
    """Exact Jaccard of representatives ``a`` and ``b`` (with containment on: the larger of
    Jaccard and the containment of the smaller text in the larger)."""
    if a == b:
        return 1.0
    x, y = hashes[a], hashes[b]
    sim = jaccard(x, y)
    if opts.containment:
        small, large = (x, y) if x.size <= y.size else (y, x)
        sim = max(sim, containment(small, large))
    return sim


def _choose(
    members: list[int],
    texts: Sequence[str],
    published: Sequence[str | None] | None,
    opts: CleanOptions,
) -> int:
    if opts.keep == "longest":
        return min(members, key=lambda i: (-len(texts[i]), i))
    if opts.keep == "newest" and published is not None:
        return min(members, key=lambda i: (_newest_first(published[i]), i))
    return min(members)


def _newest_first(date: str | None) -> tuple[int, str]:
    """Sort key: dated before undated, later ISO dates before earlier ones."""
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))
