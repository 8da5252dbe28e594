"""Exact and near-duplicate clustering with a deterministic keep policy."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from ..options import CleanOptions
from .key import matching_key, shingles


@dataclass(slots=True)
class Cluster:
    kept: int
    members: list[int]
    similarities: list[float] = field(default_factory=list)


@dataclass(slots=True)
class DedupResult:
    duplicate_of: list[int | None]
    similarity: list[float | None]
    clusters: list[Cluster]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_duplicates(
    texts: Sequence[str],
    options: CleanOptions | None = None,
    *,
    published: Sequence[str | None] | None = None,
) -> DedupResult:
    """Cluster ``texts``; in each cluster one is kept and the rest point at it."""
    opts = options or CleanOptions()
    n = len(texts)
    keys = [matching_key(t) for t in texts]
    sets = [shingles(k, opts.shingle_size) for k in keys]
    uf = _UnionFind(n)
    by_hash: dict[bytes, int] = {}
    for i, k in enumerate(keys):
        if not k:
            continue
        h = hashlib.blake2b(k.encode("utf-8"), digest_size=16).digest()
        if h in by_hash:
            uf.union(by_hash[h], i)
        else:
            by_hash[h] = i
    reps = sorted(by_hash.values())
    lsh = MinHashLSH(threshold=opts.dedup_threshold, num_perm=opts.num_perm)
    sigs = MinHash.bulk(
        [[s.encode("utf-8") for s in sorted(sets[i])] for i in reps],
        num_perm=opts.num_perm,
        seed=opts.seed,
    )
    with lsh.insertion_session() as session:
        for i, sig in zip(reps, sigs, strict=True):
            session.insert(i, sig)
    for i, sig in zip(reps, sigs, strict=True):
        for j in lsh.query(sig):
            if j != i and _jaccard(sets[i], sets[j]) >= opts.dedup_threshold:
                uf.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        if keys[i]:
            groups.setdefault(uf.find(i), []).append(i)
    duplicate_of: list[int | None] = [None] * n
    similarity: list[float | None] = [None] * n
    clusters: list[Cluster] = []
    for members in sorted(groups.values()):
        if len(members) < 2:
            continue
        kept = _choose(members, texts, published, opts)
        sims = []
        for m in members:
            s = _jaccard(sets[m], sets[kept])
            sims.append(s)
            if m != kept:
                duplicate_of[m] = kept
                similarity[m] = round(s, 4)
        clusters.append(Cluster(kept, members, [round(s, 4) for s in sims]))
    return DedupResult(duplicate_of, similarity, clusters)


def _choose(
    members: list[int],
    texts: Sequence[str],
    published: Sequence[str | None] | None,
    opts: CleanOptions,
) -> int:
    if opts.keep == "longest":
        return min(members, key=lambda i: (-len(texts[i]), i))
    if opts.keep == "newest" and published is not None:
        return min(members, key=lambda i: (_neg(published[i]), i))
    return min(members)


def _neg(date: str | None) -> tuple[int, str]:
    # newest first: dated before undated, later dates before earlier ones
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))
