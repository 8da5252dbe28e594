"""De-duplication over Ray Datasets: the clusters :func:`~cleanscrape.dedup.find_duplicates`
finds, computed with shuffles instead of one process's memory.

Documents are identified by ``order``, an integer that grows with input order (the local engine
uses the position in the input; only the order matters to every rule below). The stages:

1. **Exact.** Rows are grouped by a 128-bit hash of their matching key; the first document of
   each key is its representative, every other one gets an edge to it.
2. **Fingerprints.** Each representative gets its sorted shingle hashes and MinHash signature
   (:func:`.signature.shingle_hashes_batch`, :func:`.signature.signatures`: the local engine's
   values, bit for bit), and the hashes of its body's opening and of its whole text.
3. **Candidates.** One row per (band, band key) of :func:`.signature.candidate_bands`; rows are
   grouped by band key and every pair in a bucket is a candidate, joined when its exact Jaccard
   reaches ``dedup_threshold`` and the two share an opening (:func:`.core.shares_opening`), as
   in the local engine. As there, a pair already connected
   through pairs verified before it is not checked again (it cannot change the components).
4. **Components.** Connected components of the edges by large-star / small-star iterations
   (Kiveris et al., 2014), each a group-by, until every component is a star around its smallest
   member: the root the local union-find picks.
5. **Clusters.** Members are grouped by root; each group (on a worker) loads its members' texts
   and runs the local engine's keep policy, similarities and comparisons
   (:func:`.core._clusters`) on them. Only the finished clusters reach the caller.

Texts travel as references: every row carries ``ref`` (bytes) and ``load(ref)`` gives the text
on the worker that needs it (the text itself as UTF-8, or where the text waits on shared
storage), so no stage needs the texts in one place.

With ``CleanOptions.containment``, :func:`contained_edges` adds the local engine's containment
joins (:func:`.core._contained`): a consistent sample of shingle hashes as postings grouped by
hash (hashes shared by more than ``_MAX_POSTING`` texts ignored), shared-sample counts grouped
by text, and each candidate's exact containment checked with both texts' hashes, each text
joining the containers :func:`.core.chosen_containers` picks. Every rule there is a function
of the texts alone (no order of visits), so the joins are the local ones.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from ..options import CleanOptions
from .body import match_text, opening_key
from .compare import Figures
from .core import (
    _MAX_POSTING,
    _SAMPLE_BELOW,
    MIN_CONTAINED_SHINGLES,
    _clusters,
    _UnionFind,
    chosen_containers,
    near_duplicate,
    shares_opening,
)
from .key import matching_key
from .prints import PrintList
from .signature import (
    U64,
    candidate_bands,
    containment,
    jaccard,
    shingle_hashes_batch,
    signatures,
)

if TYPE_CHECKING:
    from ray.data import Dataset

Batch = dict[str, Any]
#: Text of a document from its ``ref`` column value.
Loader = Callable[[bytes], str]


def utf8_text(ref: bytes) -> str:
    """The loader for rows whose ``ref`` is the text itself, UTF-8 encoded."""
    return ref.decode("utf-8")


#: Upper bound on star iterations; components of any real corpus converge in a few dozen.
MAX_ROUNDS = 200


def check_supported(options: CleanOptions) -> None:
    """Refuse options the distributed de-duplication does not compute (none today)."""


def _key_hash(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _as_int64(values: list[int]) -> np.ndarray[Any, np.dtype[np.int64]]:
    return np.array(values, dtype=np.uint64).view(np.int64)


def _keys(batch: Batch, match: Any, load: Loader) -> Batch:
    """order, ref, length, published -> the same rows with their matching key and its 128-bit
    hash (two 64-bit halves); texts with an empty key take no part in de-duplication."""
    keep, keys, lo, hi = [], [], [], []
    for n, ref in enumerate(batch["ref"].tolist()):
        key = matching_key(match_text(load(ref), match))
        if not key:
            continue
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
        keep.append(n)
        keys.append(key)
        lo.append(int.from_bytes(digest[:8], "little"))
        hi.append(int.from_bytes(digest[8:], "little"))
    rows = np.array(keep, dtype=np.int64)
    return {
        "order": batch["order"][rows],
        "length": batch["length"][rows],
        "published": batch["published"][rows],
        "ref": batch["ref"][rows],
        "key": np.array(keys, dtype=object),
        "klo": _as_int64(lo),
        "khi": _as_int64(hi),
    }


def _exact_groups(group: Batch) -> Batch:
    """One key hash: every member with its representative (the first with the same key)."""
    idx = np.argsort(group["order"], kind="stable")
    out = {k: v[idx] for k, v in group.items() if k not in ("klo", "khi")}
    # the group-by key is the low half; a differing high half is a 64-bit collision
    first: dict[int, int] = {}
    rep = [
        first.setdefault(h, o)
        for o, h in zip(out["order"].tolist(), group["khi"][idx].tolist(), strict=True)
    ]
    out["rep"] = np.array(rep, dtype=np.int64)
    out["key"] = np.where(out["rep"] == out["order"], out["key"], "")
    return out


def _fingerprints(batch: Batch, options: CleanOptions, load: Loader) -> Batch:
    """Representatives' shingle hashes and signatures, and the hashes of their openings and
    whole texts (:func:`.core.openings_shared`; empty with ``match="full"``), as bytes."""
    keys = batch["key"].tolist()
    hashes = shingle_hashes_batch(keys, options.shingle_size)
    sigs = signatures(hashes, options.num_perm, options.seed)
    body = options.match != "full"
    opening = shingle_hashes_batch(
        [opening_key(k) if body else "" for k in keys], options.shingle_size
    )
    wkeys = [matching_key(load(r)) if body else "" for r in batch["ref"].tolist()]
    whole = shingle_hashes_batch(wkeys, options.shingle_size)
    return {
        "order": batch["order"],
        "hashes": np.array([h.tobytes() for h in hashes], dtype=object),
        "sig": np.array([s.tobytes() for s in sigs], dtype=object),
        "opening": np.array([h.tobytes() for h in opening], dtype=object),
        "whole": np.array([h.tobytes() for h in whole], dtype=object),
    }


def _band_rows(batch: Batch, bands: int, rows: int) -> Batch:
    """One row per (representative, band): the bucket (a hash of band and band key), the band
    key itself and the representative's shingle hashes."""
    width = rows * 4
    buckets: list[int] = []
    keys: list[bytes] = []
    for sig in batch["sig"].tolist():
        raw = np.frombuffer(sig, dtype=np.uint32)[: bands * rows].astype(">u4").tobytes()
        for b in range(bands):
            key = b.to_bytes(2, "little") + raw[b * width : (b + 1) * width]
            keys.append(key)
            buckets.append(_key_hash(key))
    pos = np.repeat(np.arange(len(batch["order"])), bands)
    return {
        "order": batch["order"][pos],
        "bucket": _as_int64(buckets),
        "bkey": np.array(keys, dtype=object),
        "hashes": batch["hashes"][pos],
        "opening": batch["opening"][pos],
        "whole": batch["whole"][pos],
    }


def _bucket_pairs(group: Batch, options: CleanOptions) -> Batch:
    """Verified pairs (a < b) of one bucket whose edges connect exactly what all its verified
    pairs connect: members are taken in order, and a member is checked only against earlier
    members not yet connected to it (as the local engine skips pairs already joined)."""
    a_out: list[int] = []
    b_out: list[int] = []
    by_key: dict[bytes, list[int]] = {}
    for n, key in enumerate(group["bkey"].tolist()):
        by_key.setdefault(key, []).append(n)  # a bucket may hold colliding band keys
    for rows_of_key in by_key.values():
        if len(rows_of_key) < 2:
            continue
        rows = np.array(rows_of_key)
        rows = rows[np.argsort(group["order"][rows], kind="stable")]
        orders = group["order"][rows].tolist()
        hashes: list[U64] = [np.frombuffer(h, dtype=np.uint64) for h in group["hashes"][rows]]
        opening: list[U64] = [np.frombuffer(h, dtype=np.uint64) for h in group["opening"][rows]]
        whole: list[U64] = [np.frombuffer(h, dtype=np.uint64) for h in group["whole"][rows]]
        label = np.arange(len(orders))
        for y in range(1, len(orders)):
            for x in np.flatnonzero(label[:y] != label[y]).tolist():
                if label[x] == label[y]:
                    continue  # joined through a pair verified meanwhile
                if jaccard(hashes[x], hashes[y]) >= options.dedup_threshold and (
                    options.match == "full"
                    or shares_opening(opening[x], whole[x], opening[y], whole[y])
                ):
                    a_out.append(orders[x])
                    b_out.append(orders[y])
                    low, high = sorted((int(label[x]), int(label[y])))
                    label[label == high] = low
    return {"a": np.array(a_out, dtype=np.int64), "b": np.array(b_out, dtype=np.int64)}


# -- containment ------------------------------------------------------------------------------


def _sample_rows(batch: Batch, options: CleanOptions, load: Loader) -> Batch:
    """Representatives -> one row per sampled hash: as a posting of its whole text (``kind``
    0, with the whole text's shingle count) and as a query of its body (``kind`` 1, only for a
    body of at least :data:`MIN_CONTAINED_SHINGLES` shingles, with that count)."""
    keys = batch["key"].tolist()
    texts = [load(r) for r in batch["ref"].tolist()]
    body = shingle_hashes_batch(keys, options.shingle_size)
    whole_keys = [matching_key(t) for t in texts]
    whole = shingle_hashes_batch(whole_keys, options.shingle_size)
    h_out: list[np.ndarray[Any, Any]] = []
    who: list[np.ndarray[Any, Any]] = []
    kind: list[np.ndarray[Any, Any]] = []
    size: list[np.ndarray[Any, Any]] = []
    for order, key, wkey, b, w in zip(
        batch["order"].tolist(), keys, whole_keys, body, whole, strict=True
    ):
        full = b if options.match == "full" or wkey == key else w
        post = full[full < _SAMPLE_BELOW]
        h_out.append(post)
        who.append(np.full(post.size, order, dtype=np.int64))
        kind.append(np.zeros(post.size, dtype=np.int64))
        size.append(np.full(post.size, full.size, dtype=np.int64))
        if b.size >= MIN_CONTAINED_SHINGLES:
            q = b[b < _SAMPLE_BELOW]
            h_out.append(q)
            who.append(np.full(q.size, order, dtype=np.int64))
            kind.append(np.ones(q.size, dtype=np.int64))
            size.append(np.full(q.size, b.size, dtype=np.int64))
    if not h_out:
        empty = np.empty(0, dtype=np.int64)
        return {"h": empty, "who": empty, "kind": empty, "size": empty}
    return {
        "h": np.concatenate(h_out).view(np.int64),
        "who": np.concatenate(who),
        "kind": np.concatenate(kind),
        "size": np.concatenate(size),
    }


def _posting_counts(group: Batch) -> Batch:
    """One sampled hash: for each body that samples it, a usable-hash mark (``j`` = -1) when
    at most :data:`_MAX_POSTING` whole texts hold it, and one row per such text (with its
    whole-text shingle count)."""
    post = group["kind"] == 0
    holders, sizes = group["who"][post], group["size"][post]
    queries, qsizes = group["who"][~post], group["size"][~post]
    if holders.size > _MAX_POSTING or queries.size == 0:
        empty = np.empty(0, dtype=np.int64)
        return {"i": empty, "isize": empty, "j": empty, "jsize": empty}
    n = holders.size + 1
    return {
        "i": np.repeat(queries, n),
        "isize": np.repeat(qsizes, n),
        "j": np.tile(np.append(holders, -1), queries.size),
        "jsize": np.tile(np.append(sizes, -1), queries.size),
    }


def _candidates(group: Batch) -> Batch:
    """One body: the whole texts sharing at least half of its usable sampled hashes, at least
    as long as it, itself aside."""
    i = int(group["i"][0])
    size = int(group["isize"][0])
    j = group["j"]
    usable = int(np.count_nonzero(j < 0))
    others, counts = np.unique(j[j >= 0], return_counts=True)
    jsize = {
        int(a): int(b) for a, b in zip(group["j"].tolist(), group["jsize"].tolist(), strict=True)
    }
    keep = [
        int(o)
        for o, c in zip(others.tolist(), counts.tolist(), strict=True)
        if o != i and jsize[o] >= size and 2 * c >= usable
    ]
    return {"i": np.full(len(keep), i, dtype=np.int64), "j": np.array(keep, dtype=np.int64)}


def _with_whole(group: Batch, options: CleanOptions, load: Loader) -> Batch:
    """One container ``j``: every candidate pair naming it, with its whole-text hashes."""
    src = group["ref"][group["i"] < 0]
    pairs = group["i"] >= 0
    if src.size == 0 or not pairs.any():
        return {
            "i": np.empty(0, dtype=np.int64),
            "j": np.empty(0, dtype=np.int64),
            "whole": np.empty(0, dtype=object),
            "body": np.empty(0, dtype=object),
            "opening": np.empty(0, dtype=object),
        }
    text = load(src[0])
    key = str(group["key"][group["i"] < 0][0])
    wkey = matching_key(text)
    (b, w) = shingle_hashes_batch([key, wkey], options.shingle_size)
    full = b if options.match == "full" or wkey == key else w
    n = int(np.count_nonzero(pairs))
    return {
        "i": group["i"][pairs],
        "j": group["j"][pairs],
        "whole": np.array([full.tobytes()] * n, dtype=object),
        "body": np.array([b.tobytes()] * n, dtype=object),
        "opening": np.array([_opening(key, options).tobytes()] * n, dtype=object),
    }


def _opening(key: str, options: CleanOptions) -> U64:
    """Shingle hashes of the opening of a body's key (empty with ``match="full"``)."""
    text = opening_key(key) if options.match != "full" else ""
    return shingle_hashes_batch([text], options.shingle_size)[0]


def _best_container(group: Batch, options: CleanOptions) -> Batch:
    """One body: its exact containment in each candidate; of those at or above the threshold
    that are not its near-duplicates, the containers :func:`.core.chosen_containers` picks."""
    own = group["j"] < 0
    pairs = ~own
    if not own.any() or not pairs.any():
        return {"a": np.empty(0, dtype=np.int64), "b": np.empty(0, dtype=np.int64)}
    i = int(group["i"][0])
    key = str(group["key"][own][0])
    body = shingle_hashes_batch([key], options.shingle_size)[0]
    opening = _opening(key, options)
    own_whole = np.frombuffer(group["whole"][own][0], dtype=np.uint64)
    found: list[tuple[float, int]] = []
    wholes: dict[int, U64] = {}
    bodies: dict[int, U64] = {}
    for j, whole, other, other_opening in zip(
        group["j"][pairs].tolist(),
        group["whole"][pairs].tolist(),
        group["body"][pairs].tolist(),
        group["opening"][pairs].tolist(),
        strict=True,
    ):
        wholes[j] = np.frombuffer(whole, dtype=np.uint64)
        bodies[j] = np.frombuffer(other, dtype=np.uint64)
        c = containment(body, wholes[j])
        if (
            c >= options.containment_threshold
            and not near_duplicate(body, bodies[j], options)
            and (
                options.match == "full"
                or shares_opening(
                    opening, own_whole, np.frombuffer(other_opening, dtype=np.uint64), wholes[j]
                )
            )
        ):
            found.append((c, j))
    if not found:
        return {"a": np.empty(0, dtype=np.int64), "b": np.empty(0, dtype=np.int64)}
    chosen = chosen_containers(found, bodies.__getitem__, wholes.__getitem__, options)
    # edges run from the smaller order to the larger
    edges = sorted(tuple(sorted((i, j))) for j in chosen)
    return {
        "a": np.array([a for a, _ in edges], dtype=np.int64),
        "b": np.array([b for _, b in edges], dtype=np.int64),
    }


def _own_rows(batch: Batch, options: CleanOptions, load: Loader) -> Batch:
    """Representatives -> each one's own row for :func:`_best_container`: its key and the
    hashes of its whole text (for :func:`.core.shares_opening`)."""
    n = len(batch["order"])
    if options.match == "full":
        whole = [b""] * n
    else:
        keys = [matching_key(load(r)) for r in batch["ref"].tolist()]
        whole = [h.tobytes() for h in shingle_hashes_batch(keys, options.shingle_size)]
    return {
        "i": batch["order"],
        "j": np.full(n, -1, dtype=np.int64),
        "whole": np.array(whole, dtype=object),
        "body": np.array([b""] * n, dtype=object),
        "opening": np.array([b""] * n, dtype=object),
        "key": batch["key"],
    }


def contained_edges(reps: Dataset, options: CleanOptions, load: Loader) -> Dataset:
    """Rows ``a`` (a contained body), ``b`` (its container) among the representatives ``reps``
    (rows ``order``, ``key``, ``ref``): the joins of :func:`.core._contained`."""
    pairs = (
        reps.map_batches(lambda b: _sample_rows(b, options, load), batch_format="numpy")
        .groupby("h")
        .map_groups(_posting_counts, batch_format="numpy")
        .groupby("i")
        .map_groups(_candidates, batch_format="numpy")
    )
    pair_side = pairs.map_batches(
        lambda b: {
            "i": b["i"],
            "j": b["j"],
            "ref": np.array([b""] * len(b["i"]), dtype=object),
            "key": np.array([""] * len(b["i"]), dtype=object),
        },
        batch_format="numpy",
    )
    rep_side = reps.map_batches(
        lambda b: {
            "i": np.full(len(b["order"]), -1, dtype=np.int64),
            "j": b["order"],
            "ref": b["ref"],
            "key": b["key"],
        },
        batch_format="numpy",
    )
    with_whole = (
        pair_side.union(rep_side)
        .groupby("j")
        .map_groups(lambda g: _with_whole(g, options, load), batch_format="numpy")
    )
    own = reps.map_batches(lambda b: _own_rows(b, options, load), batch_format="numpy")
    return (
        with_whole.map_batches(
            lambda b: {**b, "key": np.array([""] * len(b["i"]), dtype=object)},
            batch_format="numpy",
        )
        .union(own)
        .groupby("i")
        .map_groups(lambda g: _best_container(g, options), batch_format="numpy")
    )


# -- connected components ---------------------------------------------------------------------


def _both_ways(batch: Batch) -> Batch:
    return {
        "src": np.concatenate((batch["a"], batch["b"])),
        "dst": np.concatenate((batch["b"], batch["a"])),
    }


def _large_star(group: Batch) -> Batch:
    """Node u: every larger neighbour is linked to the smallest of u and its neighbours."""
    u = int(group["src"][0])
    nbrs = np.unique(group["dst"])
    m = min(u, int(nbrs[0]))
    big = nbrs[nbrs > u]
    return {"a": np.full(big.size, m, dtype=np.int64), "b": big.astype(np.int64)}


def _small_star(group: Batch) -> Batch:
    """Node u with its smaller neighbours N: u and N are linked to the smallest of them."""
    u = int(group["src"][0])
    nbrs = np.unique(group["dst"])
    small = nbrs[nbrs < u]
    if small.size == 0:
        return {"a": np.empty(0, dtype=np.int64), "b": np.empty(0, dtype=np.int64)}
    m = int(small[0])
    others = np.append(small[1:], u).astype(np.int64)
    return {"a": np.full(others.size, m, dtype=np.int64), "b": others}


def _to_parent(batch: Batch) -> Batch:
    """Edges a < b as directed child -> parent rows, both ends listed."""
    return {
        "src": np.concatenate((batch["b"], batch["a"])),
        "dst": np.concatenate((batch["a"], np.full(batch["a"].size, -1, dtype=np.int64))),
    }


def _star_violations(group: Batch) -> Batch:
    """A node that is both a child and a parent, or a child of two parents, is not final."""
    parents = np.unique(group["dst"][group["dst"] >= 0])
    is_parent = bool(np.any(group["dst"] < 0))
    bad = parents.size > 1 or (parents.size == 1 and is_parent)
    return {"bad": np.array([int(bad)], dtype=np.int64)}


def connected_components(edges: Dataset) -> Dataset:
    """Rows ``node, root`` for every node of ``edges`` (rows ``a < b``), the root included:
    root = the smallest node of its component. Large-star and small-star rounds until every
    component is a star."""
    for _ in range(MAX_ROUNDS):
        edges = edges.materialize()
        check = (
            edges.map_batches(_to_parent, batch_format="numpy")
            .groupby("src")
            .map_groups(_star_violations, batch_format="numpy")
        )
        bad = check.sum("bad")
        if not bad:
            break
        edges = (
            edges.map_batches(_both_ways, batch_format="numpy")
            .groupby("src")
            .map_groups(_large_star, batch_format="numpy")
        )
        edges = (
            edges.map_batches(_both_ways, batch_format="numpy")
            .groupby("src")
            .map_groups(_small_star, batch_format="numpy")
        )
    else:  # pragma: no cover - a bound, never reached by real corpora
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    return (
        edges.map_batches(_star_rows, batch_format="numpy")
        .groupby("node")
        .map_groups(_first_root, batch_format="numpy")
    )


def _star_rows(batch: Batch) -> Batch:
    """Every node of a star, the centre included, with the centre."""
    return {
        "node": np.concatenate((batch["b"], batch["a"])),
        "root": np.concatenate((batch["a"], batch["a"])),
    }


def _first_root(group: Batch) -> Batch:
    return {"node": group["node"][:1], "root": np.min(group["root"], keepdims=True)}


# -- clusters ----------------------------------------------------------------------------------

_MEMBER_COLUMNS = ("node", "root", "rep", "length", "published", "ref")


def _side(batch: Batch, **given: Any) -> Batch:
    """Rows for a join by group-by: every side has all columns, absent ones -1 / empty."""
    n = len(next(iter(given.values())))
    defaults: dict[str, Any] = {
        "node": np.full(n, -1, dtype=np.int64),
        "root": np.full(n, -1, dtype=np.int64),
        "rep": np.full(n, -1, dtype=np.int64),
        "length": np.full(n, -1, dtype=np.int64),
        "published": np.array([""] * n, dtype=object),
        "ref": np.array([b""] * n, dtype=object),
    }
    return {c: given.get(c, defaults[c]) for c in _MEMBER_COLUMNS}


def _attach_root(group: Batch) -> Batch:
    """A document with its component's root; documents in no edge are in no cluster."""
    roots = group["root"][group["root"] >= 0]
    member = group["rep"] >= 0
    if roots.size == 0 or not member.any():
        return {k: v[:0] for k, v in group.items()}
    row = {k: v[member][:1] for k, v in group.items()}
    row["root"] = roots[:1]
    return row


def _cluster(
    group: Batch, options: CleanOptions, load: Loader, contained: frozenset[int] = frozenset()
) -> Batch:
    """One component: the local engine's keep policy, similarities and comparisons over its
    members' texts (:func:`.core._clusters` on the component alone: every rule in it depends
    on the members' order, never on their positions in the whole batch)."""
    idx = np.argsort(group["node"], kind="stable")
    members = group["node"][idx].tolist()
    local = {m: i for i, m in enumerate(members)}
    texts = [load(r) for r in group["ref"][idx].tolist()]
    rep_of = [local[r] for r in group["rep"][idx].tolist()]
    published = [p or None for p in group["published"][idx].tolist()]
    uf = _UnionFind(len(members))
    for i in range(1, len(members)):
        uf.union(0, i)
    prints = PrintList(texts, options, lazy=True)
    inside = {local[m] for m in contained if m in local}
    found = _clusters(prints, rep_of, uf, published, options, inside)
    (c,) = found.clusters
    cluster = ClusterRow(members[c.kept], members, list(c.similarities), list(c.figures))
    return {
        "root": np.array([members[0]], dtype=np.int64),
        "cluster": np.array([pickle.dumps(cluster, protocol=5)], dtype=object),
    }


class ClusterRow:
    """One finished cluster: kept member, members (ascending), similarities and figures
    against the kept one, as ``order`` values (what :class:`.core.Cluster` holds as positions).
    """

    __slots__ = ("figures", "kept", "members", "similarities")

    def __init__(
        self,
        kept: int,
        members: list[int],
        similarities: list[float],
        figures: list[Figures | None],
    ) -> None:
        self.kept = kept
        self.members = members
        self.similarities = similarities
        self.figures = figures


def find_clusters(
    docs: Dataset, options: CleanOptions, load: Loader = utf8_text
) -> Iterator[ClusterRow]:
    """Clusters of two or more among ``docs`` (rows ``order``, ``ref``, ``length``,
    ``published``; ``load(ref)`` is the text), ordered by smallest member, with the local
    engine's kept member, similarities and comparisons. Texts never reach the caller."""
    check_supported(options)
    if docs.count() == 0:
        return
    groups = (
        docs.map_batches(lambda b: _keys(b, options.match, load), batch_format="numpy")
        .groupby("klo")
        .map_groups(_exact_groups, batch_format="numpy")
        .materialize()
    )
    exact_edges = groups.map_batches(_exact_edges, batch_format="numpy")
    fps = groups.map_batches(_reps_with_ref, batch_format="numpy").map_batches(
        lambda b: _fingerprints(b, options, load), batch_format="numpy"
    )
    bands, rows = candidate_bands(options.dedup_threshold, options.num_perm)
    near_edges = (
        fps.map_batches(lambda b: _band_rows(b, bands, rows), batch_format="numpy")
        .groupby("bucket")
        .map_groups(lambda g: _bucket_pairs(g, options), batch_format="numpy")
    )
    edges = exact_edges.union(near_edges)
    contained: frozenset[int] = frozenset()
    if options.containment:
        joins = contained_edges(
            groups.map_batches(_reps_with_ref, batch_format="numpy"), options, load
        ).materialize()
        contained = frozenset(
            int(a) for b in joins.iter_batches(batch_format="numpy") for a in b["a"].tolist()
        )
        edges = edges.union(joins)
    edges = edges.materialize()
    if edges.count() == 0:
        return
    roots = connected_components(edges)
    in_components = (
        groups.map_batches(
            lambda b: _side(
                b,
                node=b["order"],
                rep=b["rep"],
                length=b["length"],
                published=b["published"],
                ref=b["ref"],
            ),
            batch_format="numpy",
        )
        .union(
            roots.map_batches(
                lambda b: _side(b, node=b["node"], root=b["root"]), batch_format="numpy"
            )
        )
        .groupby("node")
        .map_groups(_attach_root, batch_format="numpy")
    )
    clusters = in_components.groupby("root").map_groups(
        lambda g: _cluster(g, options, load, contained), batch_format="numpy"
    )
    for row in clusters.sort("root").iter_rows():
        found: ClusterRow = pickle.loads(row["cluster"])
        yield found


def _exact_edges(batch: Batch) -> Batch:
    dup = batch["rep"] != batch["order"]
    return {"a": batch["rep"][dup], "b": batch["order"][dup]}


def _reps_with_ref(batch: Batch) -> Batch:
    rep = batch["rep"] == batch["order"]
    return {"order": batch["order"][rep], "key": batch["key"][rep], "ref": batch["ref"][rep]}
