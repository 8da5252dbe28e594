"""De-duplication over Ray Datasets: the clusters :func:`~cleanscrape.dedup.find_duplicates`
finds, computed with shuffles instead of one process's memory.

Documents are identified by ``order``, an integer that grows with input order (the local engine
uses the position in the input; only the order matters to every rule below). The stages:

1. **Fingerprints.** One map over the documents: each text's print as the local engine makes
   it (:func:`.prints.text_prints`, bit for bit): a 128-bit hash of its matching key, its
   sorted shingle hashes and MinHash signature, the hashes of its body's opening and of its
   whole text (for :func:`.core.opening_refusal`) and the ones containment measures (its
   shingles inside one sentence, :mod:`.sentences`). With a ``store``
   folder (on storage every node sees), the shingle hashes are written there once, one file
   per task, and rows carry where they are (file, offset, count); without one, rows carry them.
2. **Exact.** Rows are grouped by the key hash; the first document of each key is its
   representative, every other one gets an edge to it. Then the rows of each known site are
   grouped by site and each gets ``outlet``: which of its whole text's hashes are the site's
   text (:func:`site_texts`, for :func:`.core.outlet_shared`).
3. **Candidates.** One row per (document, band) of :func:`.signature.candidate_bands`:
   bucket, band key, order, site and where the hashes are (no hashes when they are stored); rows are
   grouped by bucket and every pair with equal band keys is a candidate, joined when it is a
   near-duplicate (:func:`.core.near_pair`) and the two share an opening, as in the local engine
   (the hashes of the members of a shared band key are read then). As there, a pair already
   connected through pairs verified before it is not checked again (it cannot change the
   components).
   With ``match="body"``, :func:`opened_edges` adds the pairs of
   :func:`.core.opened_candidates` (one text's sampled opening in another's body, two known
   sites), checked the same way.
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
hash (hashes held by texts of more than ``_MAX_POSTING`` keys ignored), shared-sample counts
grouped by text (every text with a key, not one per key), and each candidate's exact
containment checked with both texts' hashes, each text joining the containers
:func:`.core.chosen_containers` picks. Every rule there is a function
of the texts alone (no order of visits), so the joins are the local ones.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import os
import pickle
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from ..options import CleanOptions
from .compare import Figures
from .core import (
    _MAX_POSTING,
    _SAMPLE_BELOW,
    MIN_CONTAINED_SHINGLES,
    _clusters,
    _UnionFind,
    chosen_containers,
    in_chrome_of,
    near_duplicate,
    near_pair,
    one_site,
    opening_refusal,
)
from .prints import OUTLET_TEXTS, PrintList, outlet_text, text_prints, whole_page_of
from .signature import (
    U64,
    candidate_bands,
    containment,
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


def release_finished() -> None:
    """Let go of the datasets the driver is done with, now.

    Ray Data keeps an executed dataset's plan, executor and iterator in reference cycles, and
    with them the object references of its blocks: unreachable, they are freed only when
    Python's cycle collector runs, and on a driver holding one record per document (millions of
    long-lived objects) full collections come rarely. Until then finished stages' blocks stay
    pinned in the object store, which fills, spills, and falls back to memory mapped into the
    process that creates the next objects (the driver, for the rows it hands to Ray). Called
    once a dataset is consumed."""
    gc.collect()


def check_supported(options: CleanOptions) -> None:
    """Refuse options the distributed de-duplication does not compute (none today)."""


#: Output rows a group-by task collects before it hands them on.
_GROUP_OUTPUT_ROWS = 1 << 16


def by_group(key: str, fn: Callable[[Batch], Batch]) -> Callable[[Batch], Iterator[Batch]]:
    """``fn`` over each group of rows with equal ``key`` of a block sorted on ``key``:
    ``ds.sort(key).map_batches(by_group(key, fn), batch_format="numpy", batch_size=None)`` is
    ``ds.groupby(key).map_groups(fn, batch_format="numpy")`` (Ray's own: a sort, then each
    whole block to one task, so a group never straddles two blocks), with the block made into
    arrays once and each group a slice of them, where Ray converts every group of rows apart
    (milliseconds a group: minutes for the band buckets of 100,000 texts)."""
    return functools.partial(_each_group, key=key, fn=fn)


def _each_group(batch: Batch, key: str, fn: Callable[[Batch], Batch]) -> Iterator[Batch]:
    keys = batch[key]
    n = len(keys)
    if n == 0:
        return
    cuts = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    bounds = [0, *cuts.tolist(), n]
    outs: list[Batch] = []
    rows = 0
    for lo, hi in itertools.pairwise(bounds):
        out = fn({c: v[lo:hi] for c, v in batch.items()})
        size = len(next(iter(out.values()))) if out else 0
        if size:
            outs.append(out)
            rows += size
        if rows >= _GROUP_OUTPUT_ROWS:
            yield _concat(outs)
            outs, rows = [], 0
    if outs:
        yield _concat(outs)


def _concat(outs: list[Batch]) -> Batch:
    return {c: np.concatenate([o[c] for o in outs]) for c in outs[0]}


def _key_hash(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def _as_int64(values: list[int]) -> np.ndarray[Any, np.dtype[np.int64]]:
    return np.array(values, dtype=np.uint64).view(np.int64)


def _prints(batch: Batch, options: CleanOptions, load: Loader, store: str | None) -> Batch:
    """order, ref, length, published -> the same rows with their matching key's 128-bit hash
    (two 64-bit halves), MinHash signature and shingle hashes (:data:`_HASH_COLUMNS`; in a file
    of ``store`` when given); texts with an empty key take no part in de-duplication."""
    made = text_prints([load(ref) for ref in batch["ref"].tolist()], options, whole=True)
    keep = [n for n, p in enumerate(made) if p.key]
    made = [made[n] for n in keep]
    rows = np.array(keep, dtype=np.int64)
    lo = [int.from_bytes(p.key[:8], "little") for p in made]
    hi = [int.from_bytes(p.key[8:], "little") for p in made]
    hashes = [p.hashes for p in made]
    sigs = [p.signature for p in made]
    # for :func:`.core.opening_refusal`
    opening = [p.opening for p in made]
    whole = [p.hashes if p.whole is None else p.whole for p in made]
    inside = [p.hashes if p.inside is None else p.inside for p in made]
    del made
    out = {
        "order": batch["order"][rows],
        "length": batch["length"][rows],
        "published": batch["published"][rows],
        "ref": batch["ref"][rows],
        "klo": _as_int64(lo),
        "khi": _as_int64(hi),
        "sig": np.array([x.tobytes() for x in sigs], dtype=object),
        # the site's number (:func:`.prints.site_numbers`; -1: not known)
        "site": batch["site"][rows] if "site" in batch else np.full(rows.size, -1, np.int64),
        # whether the strip stage kept the page whole (:func:`.prints.whole_page_marks`)
        "kept": batch["kept"][rows] if "kept" in batch else np.full(rows.size, -1, np.int64),
    }
    out.update(_put_hashes(Hashes(hashes, opening, whole, inside), out["order"], store))
    return out


class Hashes(NamedTuple):
    """A text's shingle hashes (or, in :func:`_put_hashes`, a list of each for some rows): of
    its matching key, of its body's opening, of its whole text and of what containment
    measures (:meth:`.prints.Prints.inside`)."""

    body: Any
    opening: Any
    whole: Any
    inside: Any


#: A row's :class:`Hashes`: in ``hashes``, ``opening``, ``whole`` and ``inside``, or
#: (``hfile`` >= 0) one after the other from ``hat`` in a file of the store, ``hn``, ``on``,
#: ``wn`` and ``inn`` of them.
_HASH_COLUMNS = ("hashes", "opening", "whole", "inside", "hfile", "hat", "hn", "on", "wn", "inn")
#: The columns of :class:`Hashes` where rows carry them, in order, and of their counts.
_HELD = ("hashes", "opening", "whole", "inside")
_COUNTS = ("hn", "on", "wn", "inn")


def _put_hashes(
    rows: Hashes, orders: np.ndarray[Any, np.dtype[np.int64]], store: str | None
) -> Batch:
    """The hash columns of some rows (``rows``: a list of each kind of hashes): the hashes
    themselves, or (with ``store``) where in one new file of ``store`` they are (the file
    named after the first row's order, written whole and then renamed: a task run again
    writes the same file)."""
    n = len(rows.body)
    counts = [np.array([h.size for h in x], dtype=np.int64) for x in rows]
    if store is None or n == 0:
        empty = np.full(n, -1, dtype=np.int64)
        return {
            **{
                c: np.array([h.tobytes() for h in x], dtype=object)
                for c, x in zip(_HELD, rows, strict=True)
            },
            "hfile": empty,
            "hat": empty,
            **dict(zip(_COUNTS, counts, strict=True)),
        }
    total = sum(counts)
    file_id = int(orders[0])
    path = _hash_file(store, file_id)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    with tmp.open("wb") as fh:
        for row in zip(*rows, strict=True):
            for h in row:
                fh.write(np.ascontiguousarray(h, dtype="<u8").tobytes())
    os.replace(tmp, path)
    nothing = np.array([b""] * n, dtype=object)
    return {
        **{c: nothing for c in _HELD},
        "hfile": np.full(n, file_id, dtype=np.int64),
        "hat": np.concatenate(([0], np.cumsum(total)[:-1])).astype(np.int64),
        **dict(zip(_COUNTS, counts, strict=True)),
    }


def _hash_file(store: str, file_id: int) -> Path:
    return Path(store) / f"{file_id:012d}.hashes"


class _HashReader:
    """Reads rows' hashes (in the rows, or in a file of ``store``), keeping its files open until
    :meth:`close`."""

    def __init__(self, store: str | None) -> None:
        self.store = store
        self.files: dict[int, Any] = {}

    def get(self, group: Batch, rows: np.ndarray[Any, np.dtype[np.int64]]) -> list[Hashes]:
        """The :class:`Hashes` of the rows ``rows`` of ``group``."""
        located = group["hfile"][rows].tolist() if "hfile" in group else [-1] * len(rows)
        out: list[Hashes] = []
        for k, f in zip(rows.tolist(), located, strict=True):
            if f < 0:
                out.append(Hashes(*(np.frombuffer(group[c][k], dtype=np.uint64) for c in _HELD)))
                continue
            if self.store is None:
                raise ValueError("shingle hashes stored in a file, but no store folder given")
            fh = self.files.get(f)
            if fh is None:
                fh = self.files[f] = _hash_file(self.store, f).open("rb")
            cuts = np.cumsum([int(group[c][k]) for c in _COUNTS])
            fh.seek(8 * int(group["hat"][k]))
            data = np.frombuffer(fh.read(8 * int(cuts[-1])), dtype="<u8").astype(np.uint64)
            out.append(Hashes(*np.split(data, cuts[:-1])))
        return out

    def close(self) -> None:
        for fh in self.files.values():
            fh.close()
        self.files.clear()


def _exact_groups(group: Batch) -> Batch:
    """One key hash: every member with its representative (the first with the same key) and
    whether the exact stage joins it to that one (not when both are of one known site: the
    verifying stages judge such a pair, :func:`.core._find`)."""
    idx = np.argsort(group["order"], kind="stable")
    out = {k: v[idx] for k, v in group.items() if k not in ("klo", "khi")}
    # the group-by key is the low half; a differing high half is a 64-bit collision
    first: dict[int, tuple[int, int]] = {}
    site = _sites(out).tolist()
    rep = [
        first.setdefault(h, (o, s))
        for o, h, s in zip(out["order"].tolist(), group["khi"][idx].tolist(), site, strict=True)
    ]
    out["rep"] = np.array([o for o, _ in rep], dtype=np.int64)
    out["exact"] = np.array(
        [not one_site(s, r) for s, (_, r) in zip(site, rep, strict=True)], dtype=bool
    )
    return out


def _band_rows(batch: Batch, bands: int, rows: int) -> Batch:
    """One row per (document, band): the bucket (a hash of band and band key), the band key
    itself, and where the document's shingle hashes are."""
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
    out = {
        "order": batch["order"][pos],
        "bucket": _as_int64(buckets),
        "bkey": np.array(keys, dtype=object),
    }
    out.update({c: batch[c][pos] for c in _HASH_COLUMNS})
    out["site"] = _sites(batch)[pos]
    out["kept"] = _kept(batch)[pos]
    out["outlet"] = _outlets(batch)[pos]
    return out


def _bucket_pairs(group: Batch, options: CleanOptions, store: str | None = None) -> Batch:
    """Verified pairs (a < b) of one bucket whose edges connect exactly what all its verified
    pairs connect: members are taken in order, and a member is checked only against earlier
    members not yet connected to it (as the local engine skips pairs already joined). A pair
    is joined when it is a near-duplicate (:func:`.core.near_pair`) and the two share an
    opening (:func:`.core.opening_refusal`)."""
    a_out: list[int] = []
    b_out: list[int] = []
    by_key: dict[bytes, list[int]] = {}
    for n, key in enumerate(group["bkey"].tolist()):
        by_key.setdefault(key, []).append(n)  # a bucket may hold colliding band keys
    reader = _HashReader(store)
    try:
        for rows_of_key in by_key.values():
            if len(rows_of_key) < 2:
                continue
            _verify_key(group, np.array(rows_of_key), options, reader, a_out, b_out)
    finally:
        reader.close()
    return {"a": np.array(a_out, dtype=np.int64), "b": np.array(b_out, dtype=np.int64)}


def _verify_key(
    group: Batch,
    rows: np.ndarray[Any, np.dtype[np.int64]],
    options: CleanOptions,
    reader: _HashReader,
    a_out: list[int],
    b_out: list[int],
) -> None:
    """The verified pairs of the rows ``rows`` of a bucket, which share one band key."""
    rows = rows[np.argsort(group["order"][rows], kind="stable")]
    orders = group["order"][rows].tolist()
    prints = reader.get(group, rows)
    sites = _sites(group)[rows].tolist()
    kept = list(map(whole_page_of, _kept(group)[rows].tolist()))
    outlets = _outlets(group)[rows].tolist()
    label = np.arange(len(orders))
    for y in range(1, len(orders)):
        for x in np.flatnonzero(label[:y] != label[y]).tolist():
            if label[x] == label[y]:
                continue  # joined through a pair verified meanwhile
            (hx, ox, wx, ix), (hy, oy, wy, iy) = prints[x], prints[y]
            one = one_site(sites[x], sites[y])
            if near_pair(
                (hx, hy),
                (wx, wy),
                options,
                insides=(ix, iy),
                openings=(ox, oy),
                sites=(sites[x], sites[y]),
            ) and (
                opening_refusal(
                    ox,
                    wx,
                    oy,
                    wy,
                    one_site=one,
                    stories=_stories((wx, outlets[x]), (wy, outlets[y])) if one else (None, None),
                    kept=(kept[x], kept[y]),
                )
                is None
            ):
                a_out.append(orders[x])
                b_out.append(orders[y])
                low, high = sorted((int(label[x]), int(label[y])))
                label[label == high] = low


# -- containment ------------------------------------------------------------------------------


def _sample_rows(
    batch: Batch, options: CleanOptions, store: str | None, chrome: bool = False
) -> Batch:
    """Texts -> one row per sampled hash: as a posting of its whole text (``kind`` 0, with
    the whole text's shingle count) and as a query of its body as containment measures it
    (``kind`` 1, only for at least :data:`MIN_CONTAINED_SHINGLES` shingles, with that count,
    :meth:`.prints.Prints.inside`); ``rep``: the text's
    representative. The hashes are the ones the fingerprint stage made
    (:data:`_HASH_COLUMNS`): no text is loaded again. With ``chrome`` (the default setting's
    containers, :func:`.core.in_chrome_of`) only pages kept whole are postings."""
    got = _read_all(batch, store)
    rows = _HashRows()
    for order, rep, hashes, kept in zip(
        batch["order"].tolist(), batch["rep"].tolist(), got, _kept(batch).tolist(), strict=True
    ):
        full, b = hashes.whole, hashes.inside
        if not chrome or kept == 1:
            rows.add(full[full < _SAMPLE_BELOW], order, 0, full.size, rep)
        if b.size >= MIN_CONTAINED_SHINGLES:
            rows.add(b[b < _SAMPLE_BELOW], order, 1, b.size, rep)
    return rows.batch()


class _HashRows:
    """Rows ``h``, ``who``, ``kind``, ``size``, ``rep`` gathered a text's hashes at a time."""

    def __init__(self) -> None:
        self._columns: dict[str, list[np.ndarray[Any, Any]]] = {
            c: [] for c in ("h", "who", "kind", "size", "rep")
        }

    def add(self, hashes: U64, who: int, kind: int, size: int, rep: int) -> None:
        """One row per hash, the other columns the same for all of them."""
        n = hashes.size
        self._columns["h"].append(hashes.view(np.int64))
        for column, value in (("who", who), ("kind", kind), ("size", size), ("rep", rep)):
            self._columns[column].append(np.full(n, value, dtype=np.int64))

    def batch(self) -> Batch:
        """The rows gathered, as a batch (empty columns when there are none)."""
        return {
            c: np.concatenate(v) if v else np.empty(0, dtype=np.int64)
            for c, v in self._columns.items()
        }


def _posting_counts(group: Batch) -> Batch:
    """One sampled hash: for each body that samples it, a usable-hash mark (``j`` = -1) when
    the whole texts that hold it have at most :data:`_MAX_POSTING` keys, and one row per such
    text (with its whole-text shingle count)."""
    post = group["kind"] == 0
    holders, sizes = group["who"][post], group["size"][post]
    queries, qsizes = group["who"][~post], group["size"][~post]
    if queries.size == 0 or (
        holders.size > _MAX_POSTING and np.unique(group["rep"][post]).size > _MAX_POSTING
    ):
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


def _read_all(batch: Batch, store: str | None) -> list[Hashes]:
    """Each row's :class:`Hashes`."""
    reader = _HashReader(store)
    try:
        return reader.get(batch, np.arange(len(batch["order"])))
    finally:
        reader.close()


def _with_whole(group: Batch, store: str | None) -> Batch:
    """One container ``j``: every candidate pair naming it, with its whole-text, body and
    opening hashes (read from where the fingerprint stage put them)."""
    src = np.flatnonzero(group["i"] < 0)
    pairs = group["i"] >= 0
    if src.size == 0 or not pairs.any():
        return {
            "i": np.empty(0, dtype=np.int64),
            "j": np.empty(0, dtype=np.int64),
            "whole": np.empty(0, dtype=object),
            "body": np.empty(0, dtype=object),
            "opening": np.empty(0, dtype=object),
            "inside": np.empty(0, dtype=object),
            "site": np.empty(0, dtype=np.int64),
            "kept": np.empty(0, dtype=np.int64),
            "outlet": np.empty(0, dtype=object),
        }
    reader = _HashReader(store)
    try:
        ((b, opening, full, inside),) = reader.get(group, src[:1])
    finally:
        reader.close()
    n = int(np.count_nonzero(pairs))
    return {
        "i": group["i"][pairs],
        "j": group["j"][pairs],
        "whole": np.array([full.tobytes()] * n, dtype=object),
        "body": np.array([b.tobytes()] * n, dtype=object),
        "opening": np.array([opening.tobytes()] * n, dtype=object),
        "inside": np.array([inside.tobytes()] * n, dtype=object),
        "site": np.full(n, _sites(group)[src[0]], dtype=np.int64),
        "kept": np.full(n, _kept(group)[src[0]], dtype=np.int64),
        "outlet": np.array([_outlets(group)[src[0]]] * n, dtype=object),
    }


class _Side(NamedTuple):
    """A text's hashes in a group of candidate pairs (rows of :func:`_own_rows` and
    :func:`_with_whole`), its site (-1: none known), whether the strip stage kept its page
    whole (``None``: not known) and which of its whole hashes are the site's text
    (:func:`site_texts`)."""

    body: U64
    opening: U64
    whole: U64
    inside: U64
    site: int
    kept: bool | None
    outlet: bytes


def _sides(group: Batch) -> tuple[int, _Side, list[tuple[int, _Side]]] | None:
    """A group of one text ``i``: ``i``, its own side, and each candidate ``j`` with its side;
    None when the group lacks its own row or any candidate."""
    own = group["j"] < 0
    if not own.any() or own.all():
        return None
    me: _Side | None = None
    others: list[tuple[int, _Side]] = []
    for j, body, opening, whole, inside, site, kept, outlet in zip(
        group["j"].tolist(),
        group["body"].tolist(),
        group["opening"].tolist(),
        group["whole"].tolist(),
        group["inside"].tolist(),
        _sites(group).tolist(),
        _kept(group).tolist(),
        _outlets(group).tolist(),
        strict=True,
    ):
        side = _Side(
            np.frombuffer(body, dtype=np.uint64),
            np.frombuffer(opening, dtype=np.uint64),
            np.frombuffer(whole, dtype=np.uint64),
            np.frombuffer(inside, dtype=np.uint64),
            site,
            whole_page_of(kept),
            outlet,
        )
        if j >= 0:
            others.append((j, side))
        elif me is None:
            me = side
    assert me is not None  # (own.any() above)
    return int(group["i"][0]), me, others


def _best_container(group: Batch, options: CleanOptions, *, chrome: bool = False) -> Batch:
    """One body: its exact containment in each candidate; of those at or above the threshold
    that are not its near-duplicates, the containers :func:`.core.chosen_containers` picks.
    With ``chrome`` (the default setting), only pages kept whole of another site are
    candidates (:func:`.core.in_chrome_of`), and ``inside`` names the container joined (the
    keep policy passes over it) instead of the body."""
    sides = _sides(group)
    if sides is None:
        return _no_joins()
    i, me, others = sides
    found: list[tuple[float, int]] = []
    wholes: dict[int, U64] = {}
    bodies: dict[int, U64] = {}
    for j, other in others:
        if chrome and not (other.kept and in_chrome_of(me.site, other.site)):
            continue
        wholes[j], bodies[j] = other.whole, other.body
        c = containment(me.inside, other.whole)
        one = one_site(me.site, other.site)
        if (
            c >= options.containment_threshold
            and not near_duplicate(me.body, other.body, options)
            and opening_refusal(
                me.opening,
                me.whole,
                other.opening,
                other.whole,
                same_site=one,
                body_a=me.inside if one else None,
                one_site=one,
                stories=(
                    _stories((me.whole, me.outlet), (other.whole, other.outlet))
                    if one
                    else (None, None)
                ),
                kept=(me.kept, other.kept),
            )
            is None
        ):
            found.append((c, j))
    if not found:
        return _no_joins()
    chosen = chosen_containers(found, bodies.__getitem__, wholes.__getitem__, options)
    # edges run from the smaller order to the larger; ``inside`` is the contained text (the
    # keep policy passes over it), which a container of a smaller order would hide in ``a``
    edges = sorted(tuple(sorted((i, j))) for j in chosen)
    return {
        "a": np.array([a for a, _ in edges], dtype=np.int64),
        "b": np.array([b for _, b in edges], dtype=np.int64),
        "inside": np.array(chosen if chrome else [i] * len(edges), dtype=np.int64),
    }


def _no_joins() -> Batch:
    empty = np.empty(0, dtype=np.int64)
    return {"a": empty, "b": empty, "inside": empty}


def _own_rows(batch: Batch, store: str | None) -> Batch:
    """Representatives -> each one's own row for :func:`_best_container`: the hashes of its
    body, of its whole text, of its opening (for :func:`.core.opening_refusal`) and what
    containment measures of its body."""
    n = len(batch["order"])
    got = _read_all(batch, store)
    return {
        "i": batch["order"],
        "j": np.full(n, -1, dtype=np.int64),
        "whole": np.array([h.whole.tobytes() for h in got], dtype=object),
        "body": np.array([h.body.tobytes() for h in got], dtype=object),
        "opening": np.array([h.opening.tobytes() for h in got], dtype=object),
        "inside": np.array([h.inside.tobytes() for h in got], dtype=object),
        "site": _sites(batch),
        "kept": _kept(batch),
        "outlet": _outlets(batch),
    }


def _sites(group: Batch) -> np.ndarray[Any, np.dtype[np.int64]]:
    """The rows' site numbers (-1 each when the rows carry none: sites not known)."""
    if "site" in group:
        return np.asarray(group["site"], dtype=np.int64)
    return np.full(len(group["order"] if "order" in group else group["i"]), -1, np.int64)


def _kept(group: Batch) -> np.ndarray[Any, np.dtype[np.int64]]:
    """The rows' marks of a page the strip stage kept whole (:func:`.prints.whole_page_marks`;
    -1 each, not known, when the rows carry none)."""
    if "kept" in group:
        return np.asarray(group["kept"], dtype=np.int64)
    return np.full(len(group["order"] if "order" in group else group["i"]), -1, np.int64)


def _outlets(group: Batch) -> np.ndarray[Any, np.dtype[np.object_]]:
    """The rows' marks of their site's text (:func:`site_texts`; ``b""`` each when the rows
    carry none)."""
    if "outlet" in group:
        return np.asarray(group["outlet"], dtype=object)
    return np.array([b""] * len(group["order"] if "order" in group else group["i"]), dtype=object)


def site_texts(rows: Dataset, store: str | None = None) -> Dataset:
    """Rows of texts with a key (``order``, ``site``, the hash columns of the fingerprint
    stage, :data:`_HASH_COLUMNS`, and any others) -> the same rows with ``outlet``: one bit
    per hash of the row's whole text (packed), set where the hash is its site's text
    (:func:`.prints.outlet_text` over the site's rows, as :meth:`.prints.Prints.story` finds
    it), ``b""`` when the site has none. The rows of known sites are sorted on site and each
    site's rows are one group (as the site-template stage groups them); rows of no known site
    take no part in the sort."""
    known = rows.map_batches(lambda b: _rows_where(b, _sites(b) >= 0), batch_format="numpy")
    marked = known.sort("site").map_batches(
        by_group("site", lambda g: _site_text(g, store)), batch_format="numpy", batch_size=None
    )
    unknown = rows.map_batches(_unknown_outlet, batch_format="numpy")
    return marked.union(unknown)


def _rows_where(batch: Batch, mask: np.ndarray[Any, np.dtype[np.bool_]]) -> Batch:
    """The rows of ``batch`` where ``mask`` holds."""
    return {c: v[mask] for c, v in batch.items()}


def _unknown_outlet(batch: Batch) -> Batch:
    """The rows of no known site, with no site's text."""
    rows = _rows_where(batch, _sites(batch) < 0)
    return {**rows, "outlet": np.array([b""] * len(rows["order"]), dtype=object)}


def _site_text(group: Batch, store: str | None) -> Batch:
    """One site's rows, each with the marks of the site's text in its whole text."""
    n = len(group["order"])
    if n < OUTLET_TEXTS:  # (no third text: no hash read)
        return {**group, "outlet": np.array([b""] * n, dtype=object)}
    whole = [h.whole for h in _read_all(group, store)]
    text = outlet_text(whole)
    marks = [np.packbits(np.isin(w, text)).tobytes() if text.size else b"" for w in whole]
    return {**group, "outlet": np.array(marks, dtype=object)}


def _stories(*sides: tuple[U64, bytes]) -> tuple[U64 | None, U64 | None]:
    """Two texts' whole hashes outside their site's text, from each one's whole hashes and
    marks (:func:`site_texts`; ``None`` for a text without marks), as
    :meth:`.prints.Prints.story` gives them."""
    (wa, ma), (wb, mb) = sides
    return _story(wa, ma), _story(wb, mb)


def _story(whole: U64, marks: bytes) -> U64 | None:
    """The hashes of ``whole`` whose mark is not set (``None`` without marks)."""
    if not marks:
        return None
    held = np.unpackbits(np.frombuffer(marks, dtype=np.uint8), count=whole.size).astype(bool)
    rest: U64 = whole[~held]
    return rest


def _any_whole_page(rows: Dataset) -> bool:
    """Whether a text of ``rows`` is a page the strip stage kept whole (its ``kept`` mark)."""
    return any(bool((_kept(b) == 1).any()) for b in rows.iter_batches(batch_format="numpy"))


def contained_edges(
    reps: Dataset, options: CleanOptions, store: str | None = None, *, chrome: bool = False
) -> Dataset:
    """Rows ``a``, ``b`` (a contained body and its container, smaller order first) and
    ``inside`` (the contained one) among the texts ``reps`` (every text with a key: rows
    ``order``, ``rep``, ``site`` when known, and the hash columns of the fingerprint stage,
    :data:`_HASH_COLUMNS`; the hashes in ``store`` where the rows say so): the joins of
    :func:`.core._contained`. With ``chrome`` (the default setting), the containers are
    pages kept whole of another site and ``inside`` names them (:func:`_best_container`)."""
    pairs = (
        reps.map_batches(lambda b: _sample_rows(b, options, store, chrome), batch_format="numpy")
        .sort("h")
        .map_batches(by_group("h", _posting_counts), batch_format="numpy", batch_size=None)
        .sort("i")
        .map_batches(by_group("i", _candidates), batch_format="numpy", batch_size=None)
    )
    return _by_pair(pairs, reps, store, lambda g: _best_container(g, options, chrome=chrome))


def opened_edges(reps: Dataset, options: CleanOptions, store: str | None = None) -> Dataset:
    """Rows ``a``, ``b`` (smaller order first): the pairs of texts of two known sites that
    differ, one holding at least half of the other's sampled opening in its body, that the
    near-duplicate check joins (:func:`.core.opened_candidates`, :func:`.core._opened_pairs`;
    ``reps`` as for :func:`contained_edges`). The postings are the containment stage's, with
    the bodies as the postings and the openings as the queries."""
    pairs = (
        reps.map_batches(lambda b: _opening_rows(b, store), batch_format="numpy")
        .sort("h")
        .map_batches(by_group("h", _posting_counts), batch_format="numpy", batch_size=None)
        .sort("i")
        .map_batches(by_group("i", _opened_candidates), batch_format="numpy", batch_size=None)
    )
    return _by_pair(pairs, reps, store, lambda g: _verify_opened(g, options))


def _by_pair(
    pairs: Dataset, reps: Dataset, store: str | None, verify: Callable[[Batch], Batch]
) -> Dataset:
    """Candidate pairs (rows ``i``, ``j``) with the hashes of both texts, grouped by ``i``
    (:func:`_with_whole`, then the rows of :func:`_own_rows`), each group given to
    ``verify``."""
    pair_side = pairs.map_batches(
        lambda b: {"i": b["i"], "j": b["j"], **_no_hashes(len(b["i"]))},
        batch_format="numpy",
    )
    rep_side = reps.map_batches(
        lambda b: {
            "i": np.full(len(b["order"]), -1, dtype=np.int64),
            "j": b["order"],
            **{c: b[c] for c in _HASH_COLUMNS},
            "site": _sites(b),
            "kept": _kept(b),
            "outlet": _outlets(b),
        },
        batch_format="numpy",
    )
    with_whole = (
        pair_side.union(rep_side)
        .sort("j")
        .map_batches(
            by_group("j", lambda g: _with_whole(g, store)),
            batch_format="numpy",
            batch_size=None,
        )
    )
    own = reps.map_batches(lambda b: _own_rows(b, store), batch_format="numpy")
    return (
        with_whole.union(own)
        .sort("i")
        .map_batches(by_group("i", verify), batch_format="numpy", batch_size=None)
    )


def _opening_rows(batch: Batch, store: str | None) -> Batch:
    """The first text of each key, of a known site -> one row per sampled hash: as a posting
    of its body (``kind`` 0) and as a query of its opening (``kind`` 1, with the opening's
    sampled hashes as its size); ``rep``: the text itself (for the boilerplate bound)."""
    got = _read_all(batch, store)
    rows = _HashRows()
    for order, rep, site, (b, opening, _, _) in zip(
        batch["order"].tolist(), batch["rep"].tolist(), _sites(batch).tolist(), got, strict=True
    ):
        if site < 0 or order != rep:
            continue  # (a key's first text stands for its body and opening)
        rows.add(b[b < _SAMPLE_BELOW], order, 0, b.size, rep)
        sample = opening[opening < _SAMPLE_BELOW]
        rows.add(sample, order, 1, sample.size, rep)
    return rows.batch()


def _opened_candidates(group: Batch) -> Batch:
    """One opening: the bodies holding at least half of its usable sampled hashes, when at
    least half of its sampled hashes are usable (:func:`.core.opened_candidates`)."""
    i = int(group["i"][0])
    j = group["j"]
    usable = int(np.count_nonzero(j < 0))
    others, counts = np.unique(j[j >= 0], return_counts=True)
    if usable == 0 or 2 * usable < int(group["isize"][0]):
        others = others[:0]
    keep = others[(2 * counts >= usable) & (others != i)] if others.size else others
    return {"i": np.full(keep.size, i, dtype=np.int64), "j": keep.astype(np.int64)}


def _verify_opened(group: Batch, options: CleanOptions) -> Batch:
    """One text ``i`` (its opening lies in the bodies of the ``j``): the pairs of two known
    sites that differ that :func:`.core.near_pair` joins and whose openings are shared, as
    edges (smaller order first)."""
    sides = _sides(group)
    if sides is None:
        return {"a": np.empty(0, dtype=np.int64), "b": np.empty(0, dtype=np.int64)}
    i, me, others = sides
    edges: list[tuple[int, int]] = []
    for j, other in others:
        if me.site < 0 or other.site < 0 or me.site == other.site:
            continue
        if (
            near_pair(
                (other.body, me.body),
                (other.whole, me.whole),
                options,
                insides=(other.inside, me.inside),
                openings=(other.opening, me.opening),
                sites=(other.site, me.site),
            )
            and opening_refusal(other.opening, other.whole, me.opening, me.whole) is None
        ):
            edges.append((min(i, j), max(i, j)))
    edges.sort()
    return {
        "a": np.array([a for a, _ in edges], dtype=np.int64),
        "b": np.array([b for _, b in edges], dtype=np.int64),
    }


def _no_hashes(n: int) -> Batch:
    """The hash columns (and site) of rows that have none (the other side of a join by
    group-by)."""
    empty = np.array([b""] * n, dtype=object)
    none = np.full(n, -1, dtype=np.int64)
    zero = np.zeros(n, dtype=np.int64)
    return {
        **{c: empty for c in _HELD},
        "hfile": none,
        "hat": zero,
        **{c: zero for c in _COUNTS},
        "site": none,
        "kept": none,
        "outlet": empty,
    }


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
        release_finished()  # the rounds before this one
        check = (
            edges.map_batches(_to_parent, batch_format="numpy")
            .sort("src")
            .map_batches(by_group("src", _star_violations), batch_format="numpy", batch_size=None)
        )
        bad = check.sum("bad")
        if not bad:
            break
        edges = (
            edges.map_batches(_both_ways, batch_format="numpy")
            .sort("src")
            .map_batches(by_group("src", _large_star), batch_format="numpy", batch_size=None)
        )
        edges = (
            edges.map_batches(_both_ways, batch_format="numpy")
            .sort("src")
            .map_batches(by_group("src", _small_star), batch_format="numpy", batch_size=None)
        )
    else:  # pragma: no cover - a bound, never reached by real corpora
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    return (
        edges.map_batches(_star_rows, batch_format="numpy")
        .sort("node")
        .map_batches(by_group("node", _first_root), batch_format="numpy", batch_size=None)
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
    group: Batch,
    options: CleanOptions,
    load: Loader,
    contained: frozenset[int] = frozenset(),
    chrome: frozenset[int] = frozenset(),
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
    in_chrome = {local[m] for m in chrome if m in local}
    found = _clusters(prints, rep_of, uf, published, options, inside, in_chrome)
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
    docs: Dataset, options: CleanOptions, load: Loader = utf8_text, store: str | None = None
) -> Iterator[ClusterRow]:
    """Clusters of two or more among ``docs`` (rows ``order``, ``ref``, ``length``,
    ``published``; ``load(ref)`` is the text), ordered by smallest member, with the local
    engine's kept member, similarities and comparisons. Texts never reach the caller.

    ``store``: an existing folder every worker can read and write (removed by the caller),
    where the texts' shingle hashes wait for the candidate checks; without it they travel in
    the rows of every band (about ``bands`` times the hashes' size through one shuffle)."""
    check_supported(options)
    if docs.count() == 0:
        return
    groups = (
        docs.map_batches(lambda b: _prints(b, options, load, store), batch_format="numpy")
        .sort("klo")
        .map_batches(by_group("klo", _exact_groups), batch_format="numpy", batch_size=None)
    )
    groups = site_texts(groups, store).materialize()
    del docs  # the caller's rows (and their blocks) are not needed again
    release_finished()
    exact_edges = groups.map_batches(_exact_edges, batch_format="numpy")
    bands, rows = candidate_bands(options.dedup_threshold, options.num_perm)
    near_edges = (
        groups.map_batches(lambda b: _band_rows(_banded(b), bands, rows), batch_format="numpy")
        .sort("bucket")
        .map_batches(
            by_group("bucket", lambda g: _bucket_pairs(g, options, store)),
            batch_format="numpy",
            batch_size=None,
        )
    )
    keyed = groups.map_batches(_keyed_with_hashes, batch_format="numpy")
    if options.match == "body" or options.containment:
        keyed = keyed.materialize()  # made once: the stages of the joins below read them
    edges = exact_edges.union(near_edges)
    if options.match == "body":
        edges = edges.union(opened_edges(keyed, options, store))
    contained: frozenset[int] = frozenset()
    chrome: frozenset[int] = frozenset()
    # (asked of the materialized groups: ``keyed`` is made again by each read when the
    # setting does not materialize it, and a page kept whole without a key is no container)
    in_chrome = not options.containment and _any_whole_page(groups)
    if options.containment or in_chrome:
        joins = contained_edges(keyed, options, store, chrome=in_chrome).materialize()
        inside = frozenset(
            int(a) for b in joins.iter_batches(batch_format="numpy") for a in b["inside"].tolist()
        )
        contained, chrome = (frozenset(), inside) if in_chrome else (inside, frozenset())
        edges = edges.union(
            joins.map_batches(lambda b: {"a": b["a"], "b": b["b"]}, batch_format="numpy")
        )
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
        .sort("node")
        .map_batches(by_group("node", _attach_root), batch_format="numpy", batch_size=None)
    )
    clusters = in_components.sort("root").map_batches(
        by_group("root", lambda g: _cluster(g, options, load, contained, chrome)),
        batch_format="numpy",
        batch_size=None,
    )
    found = [
        pickle.loads(c)
        for b in clusters.iter_batches(batch_format="numpy", batch_size=None)
        for c in b["cluster"].tolist()
    ]
    # by smallest member (the blocks of a sort come in order; this does not rely on it)
    yield from sorted(found, key=lambda c: c.members[0])


def _exact_edges(batch: Batch) -> Batch:
    dup = (batch["rep"] != batch["order"]) & batch["exact"]
    return {"a": batch["rep"][dup], "b": batch["order"][dup]}


def _banded(batch: Batch) -> Batch:
    """Every row, not one per key: texts with one key share their body, not their whole text,
    which the near-duplicate check's containment both ways and the openings look in (as the
    local engine's :func:`.core._near_pairs` takes every text); with its site, on which the
    check of a copy under its outlet's prose depends (:func:`.core.near_pair`), and the marks
    of its site's text (:func:`.core.outlet_shared`)."""
    return {
        **{c: batch[c] for c in ("order", "sig", *_HASH_COLUMNS)},
        "site": _sites(batch),
        "kept": _kept(batch),
        "outlet": _outlets(batch),
    }


def _keyed_with_hashes(batch: Batch) -> Batch:
    """Every text with a key, its representative, where its hashes are and its site (for the
    containment joins): texts of one key share their body, not their whole text, which a
    contained body is looked for in, nor their site (as the local engine's
    :func:`.core._contained` takes every text), and the marks of its site's text."""
    return {
        **{c: batch[c] for c in ("order", "rep", "site", *_HASH_COLUMNS)},
        "kept": _kept(batch),
        "outlet": _outlets(batch),
    }
