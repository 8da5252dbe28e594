"""Vectorised fingerprints: shingle hashes, MinHash signatures, LSH bands, exact set similarity.

This module is the stable interface the de-duplication stages (and a persistent index) build on.
Everything here is numpy on whole arrays; there is no Python loop per shingle or per byte.

* :func:`shingle_hashes` / :func:`shingle_hashes_batch` turn matching keys into sorted, unique
  ``uint64`` hashes of their word shingles. A key with fewer words than the shingle size is one
  shingle (the whole key), an empty key has none.
* :func:`signatures` computes MinHash signatures, shape ``(n, num_perm)``, ``uint32``. They are
  bit-for-bit what datasketch's ``MinHash(num_perm, seed, scheme="affine32")`` holds after
  ``update_batch`` of the values ``shingle_hashes(...) >> 32`` with an identity ``hashfunc``, so
  :func:`lean_minhash` wraps a row as a ``LeanMinHash`` that ``MinHashLSH`` accepts.
* :func:`lsh_bands` picks (bands, rows) exactly as ``MinHashLSH`` does; :func:`candidate_bands`
  picks them for high recall at the threshold (what the de-duplication uses, since every
  candidate is verified); :func:`band_keys` gives the bytes ``MinHashLSH`` uses as each band's
  bucket key, so an index can store them.
* :func:`jaccard`, :func:`containment` and :func:`intersection_size` are exact, on hash arrays.

>>> from cleanscrape.dedup import matching_key
>>> a = shingle_hashes(matching_key("Một hai ba bốn năm sáu bảy tám"), 5)
>>> b = shingle_hashes(matching_key("một hai ba bốn năm sáu bảy chín"), 5)
>>> len(a), round(jaccard(a, b), 3)
(4, 0.6)
>>> signatures([a, b], 128, 1).shape
(2, 128)
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from types import ModuleType

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash
from scipy.integrate import quad  # type: ignore[import-untyped]

from ..options import DEFAULTS

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]

#: The datasketch permutation scheme :func:`signatures` reproduces.
SCHEME = "affine32"
#: Signature value of a position no shingle reached (an empty set), as in datasketch.
EMPTY_VALUE = np.uint32(0xFFFFFFFF)

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31, _S32 = (np.uint64(s) for s in (30, 27, 31, 32))
_SPACE = 0x20
#: Odd base of the polynomial word hash, and its inverse modulo 2**64.
_BASE = np.uint64(0x9E3779B97F4A7C15)
_BASE_INVERSE = np.uint64(pow(0x9E3779B97F4A7C15, -1, 1 << 64))
#: Keys are hashed in chunks of about this many UTF-8 bytes (bounds temporary memory).
_CHUNK_BYTES = 1 << 18
#: Shingles permuted at once in :func:`signatures` (keeps the work matrix in cache).
_CHUNK_ROWS = 4096
#: Shingles in one :func:`signatures` call from which the compiled loop
#: (:mod:`cleanscrape.dedup.compiled`, with numba installed) computes them: about 10,000 pages.
#: The loop saves about 0.4 s per million shingles, while importing numba and loading the
#: cached kernel costs about 2 s of CPU in a fresh process (more when it must compile), so
#: smaller batches never pay for it.
COMPILED_MIN_SHINGLES = 8_000_000


def _mix64(x: U64) -> U64:
    """splitmix64's finaliser: a bijective avalanche mix of 64-bit values (wrapping arithmetic)."""
    x = x ^ (x >> _S30)
    x = x * _M1
    x = x ^ (x >> _S27)
    x = x * _M2
    mixed: U64 = x ^ (x >> _S31)
    return mixed


def _window_multipliers(size: int) -> U64:
    """Distinct odd multipliers for the words of a shingle, so word order matters."""
    odd: U64 = _mix64(np.arange(1, size + 2, dtype=np.uint64)) | np.uint64(1)
    return odd


def shingle_hashes(key: str, size: int) -> U64:
    """Sorted unique ``uint64`` hashes of the word ``size``-shingles of one matching key.

    The words are the key's space-separated tokens (a matching key has single spaces and no
    leading or trailing space). A key with fewer than ``size`` words gives one hash, of the whole
    key, so short texts match only when identical; an empty key gives an empty array. The hashes
    depend only on the shingle text and ``size`` (not on the machine or the process).
    """
    return shingle_hashes_batch([key], size)[0]


def shingle_hashes_batch(keys: Sequence[str], size: int) -> list[U64]:
    """:func:`shingle_hashes` of many keys at once (the same arrays, computed chunk-wise)."""
    if size < 1:
        raise ValueError(f"shingle size must be at least 1, got {size}")
    out: list[U64] = []
    for chunk in _chunks(keys):
        out.extend(_hash_chunk(chunk, size))
    return out


def _chunks(keys: Sequence[str]) -> Iterator[Sequence[str]]:
    """``keys`` in runs of about :data:`_CHUNK_BYTES` bytes (one key at least a run)."""
    start = 0
    while start < len(keys):
        stop, nbytes = start, 0
        while stop < len(keys) and (stop == start or nbytes < _CHUNK_BYTES):
            nbytes += len(keys[stop]) + 1
            stop += 1
        yield keys[start:stop]
        start = stop


def _hash_chunk(keys: Sequence[str], size: int) -> list[U64]:
    n_words = [k.count(" ") + 1 if k else 0 for k in keys]
    live = [k for k in keys if k]
    if not live:
        return [np.empty(0, dtype=np.uint64) for _ in keys]
    return shingles_of_words(_joined_word_hashes(live), n_words, size)


def key_word_hashes(keys: Sequence[str]) -> U64:
    """The hash of every word of ``keys`` (matching keys), key after key: the values
    :func:`shingle_hashes` makes its shingles of (a key's words hash alike wherever the key
    stands, so the words of keys joined by spaces are their words one after the other)."""
    out: list[U64] = []
    for chunk in _chunks(keys):
        live = [k for k in chunk if k]
        if live:
            out.append(_joined_word_hashes(live))
    return np.concatenate(out) if out else np.empty(0, dtype=np.uint64)


def _joined_word_hashes(keys: Sequence[str]) -> U64:
    """The word hashes of non-empty ``keys`` joined by spaces, from their UTF-8 bytes."""
    return _word_hashes(np.frombuffer(" ".join(keys).encode("utf-8"), dtype=np.uint8))


def shingles_of_words(words: U64, n_words: Sequence[int], size: int) -> list[U64]:
    """:func:`shingle_hashes` of keys given by their words' hashes (:func:`key_word_hashes`):
    ``words`` holds the keys' words one key after the other, ``n_words`` each key's count."""
    if size < 1:
        raise ValueError(f"shingle size must be at least 1, got {size}")
    mult = _window_multipliers(size)
    # full windows at every word position (those running past a key's end are never used)
    full = window_hashes(words, size)
    out: list[U64] = []
    pos = 0
    for n in n_words:
        if n == 0:
            out.append(np.empty(0, dtype=np.uint64))
        elif n >= size:
            out.append(sorted_unique(full[pos : pos + n - size + 1]))
        else:  # a short key is one shingle: all its words
            short = mult[size:] * np.uint64(n) + np.sum(
                words[pos : pos + n] * mult[:n], keepdims=True
            )
            out.append(_mix64(short))
        pos += n
    return out


def window_hashes(words: U64, size: int, at: npt.NDArray[np.int64] | None = None) -> U64:
    """The hash of the shingle of ``size`` words starting at each position ``at`` of
    ``words`` (a key's words one after the other; ``None``: every position; a window running
    past the end reads zeros)."""
    mult = _window_multipliers(size)
    padded = np.concatenate((words, np.zeros(size - 1, dtype=np.uint64)))
    count = words.size if at is None else at.size
    acc = np.full(count, (mult[size:] * np.uint64(size))[0], dtype=np.uint64)
    for t in range(size):
        acc += (padded[t : t + words.size] if at is None else padded[at + t]) * mult[t]
    return _mix64(acc)


def sorted_unique(values: U64) -> U64:
    """Sorted distinct values (``np.unique`` without its overhead)."""
    ordered = np.sort(values)
    keep = np.empty(ordered.size, dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _word_hashes(data: npt.NDArray[np.uint8]) -> U64:
    """One 64-bit hash per space-separated word of UTF-8 ``data`` (single spaces, no padding).

    A word's hash is its polynomial hash ``sum((byte + 1) * P**offset) mod 2**64`` (from prefix
    sums of ``(byte + 1) * P**position``, shifted back by ``P**-start``), then mixed.
    """
    n = data.size
    starts = np.flatnonzero(data == _SPACE) + 1
    ends = np.append(starts - 1, n)
    starts = np.insert(starts, 0, 0)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((data + np.uint64(1)) * _powers(_BASE, n)[:n], out=prefix[1:])
    return _mix64((prefix[ends] - prefix[starts]) * _powers(_BASE_INVERSE, n, starts))


#: Powers of a base are worked out in blocks of this many (see :func:`_powers`).
_POWER_BLOCK = 1024


def _powers(base: np.uint64, n: int, at: npt.NDArray[np.int64] | None = None) -> U64:
    """``base**k mod 2**64`` for each ``k`` of ``at`` (``None``: from 0 to ``n``; ``at``
    holds no value above ``n``). A running product is not vectorised: for long data the
    powers are the products of two short tables, ``base**(k - k % block)`` and
    ``base**(k % block)`` (the same values: arithmetic modulo ``2**64``)."""
    if n < 4 * _POWER_BLOCK:  # (short data: one running product costs less than the tables)
        every = _running(base, n + 1)
        return every if at is None else every[at]
    low = _running(base, _POWER_BLOCK)
    high = _running((low[-1:] * np.full(1, base, dtype=np.uint64))[0], n // _POWER_BLOCK + 1)
    if at is not None:
        return high[at // _POWER_BLOCK] * low[at % _POWER_BLOCK]
    products: U64 = np.multiply(high[:, None], low[None, :]).ravel()
    return products[: n + 1]


def _running(base: np.uint64, count: int) -> U64:
    """``base**k mod 2**64`` for ``k`` below ``count``: a running product."""
    out = np.empty(count, dtype=np.uint64)
    out[0] = 1
    out[1:] = base
    return np.cumprod(out, out=out)


def _drawn_permutations(num_perm: int, seed: int) -> tuple[U32, U32]:
    """datasketch's affine32 permutation parameters (a odd, b), drawn as datasketch draws
    them (read-only arrays)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    a.flags.writeable = b.flags.writeable = False
    return a, b


#: The permutations of the default ``num_perm`` and ``seed``, drawn once: seeding the
#: generator costs about 0.4 ms, and a streamed batch signs each text in a call of its own.
_DEFAULT_PERMUTATIONS = _drawn_permutations(DEFAULTS.num_perm, DEFAULTS.seed)


def _permutations(num_perm: int, seed: int) -> tuple[U32, U32]:
    """datasketch's affine32 permutation parameters (a odd, b) for (num_perm, seed)."""
    if num_perm == DEFAULTS.num_perm and seed == DEFAULTS.seed:
        return _DEFAULT_PERMUTATIONS
    return _drawn_permutations(num_perm, seed)


def _fmix32(h: U32) -> U32:
    """MurmurHash3's 32-bit finaliser (datasketch's pre-mix for the affine32 scheme)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    mixed: U32 = h ^ (h >> np.uint32(16))
    return mixed


def signatures(hash_arrays: Sequence[U64], num_perm: int, seed: int) -> U32:
    """MinHash signatures of hash arrays, shape ``(len(hash_arrays), num_perm)``, ``uint32``.

    Row ``i`` equals datasketch ``MinHash(num_perm=num_perm, seed=seed, scheme="affine32",
    hashfunc=int)`` after ``update_batch(hash_arrays[i] >> 32)``; an empty array gives a row of
    ``EMPTY_VALUE``. Rows do not depend on which other arrays are in the call.
    """
    n = len(hash_arrays)
    lengths = np.fromiter((h.size for h in hash_arrays), dtype=np.int64, count=n)
    live = [h for h in hash_arrays if h.size]
    flat = np.concatenate(live) if live else np.empty(0, dtype=np.uint64)
    return segment_signatures(flat, lengths, num_perm, seed)


def segment_signatures(flat: U64, lengths: npt.NDArray[np.int64], num_perm: int, seed: int) -> U32:
    """:func:`signatures` of hash arrays given one after the other in ``flat``, ``lengths[i]``
    hashes each (an array may hold a hash more than once: a minimum does not change)."""
    if num_perm < 1:
        raise ValueError(f"num_perm must be at least 1, got {num_perm}")
    a, b = _permutations(num_perm, seed)
    sig = np.full((lengths.size, num_perm), EMPTY_VALUE, dtype=np.uint32)
    nonempty = np.flatnonzero(lengths)
    if nonempty.size == 0:
        return sig
    values = _fmix32((flat >> _S32).astype(np.uint32))
    seg_len = lengths[nonempty]
    seg_start = np.concatenate(([0], np.cumsum(seg_len)[:-1]))
    compiled = _compiled() if values.size >= COMPILED_MIN_SHINGLES else None
    if compiled is not None:
        rows = sig[nonempty]
        # (copies: the loop is compiled for writable arrays)
        compiled.minhash_into(values, seg_start, seg_len, a.copy(), b.copy(), rows)
        sig[nonempty] = rows
        return sig
    seg_end = seg_start + seg_len
    # one row per permutation, one column per shingle: each segment's minimum is taken along
    # a row's contiguous values (about a third of the time of the transposed block)
    work = np.empty((num_perm, _CHUNK_ROWS), dtype=np.uint32)
    row, first_seg = 0, 0
    while row < values.size:
        stop = min(row + _CHUNK_ROWS, values.size)
        last_seg = int(np.searchsorted(seg_start, stop, side="left"))  # segments starting < stop
        segs = np.arange(first_seg, last_seg)
        block = work[:, : stop - row]
        np.multiply(a[:, None], values[None, row:stop], out=block)
        np.add(block, b[:, None], out=block)
        local = np.maximum(seg_start[segs], row) - row
        mins = np.minimum.reduceat(block, local, axis=1).T
        docs = nonempty[segs]
        sig[docs] = np.minimum(sig[docs], mins)
        row = stop
        first_seg = int(np.searchsorted(seg_end, row, side="right"))
    return sig


def segment_minima(rows: U32, lengths: npt.NDArray[np.int64]) -> U32:
    """The least value of each column over each run of ``rows`` (``lengths[i]`` rows each, one
    after the other): signatures of the union of the sets whose signatures the rows are;
    ``EMPTY_VALUE`` for a run of no rows."""
    out = np.full((lengths.size, rows.shape[1]), EMPTY_VALUE, dtype=np.uint32)
    nonempty = np.flatnonzero(lengths)
    if nonempty.size:
        starts = (np.cumsum(lengths) - lengths)[nonempty]
        out[nonempty] = np.minimum.reduceat(rows, starts, axis=0)
    return out


def _compiled() -> ModuleType | None:
    """:mod:`cleanscrape.dedup.compiled` when numba is installed, else ``None``."""
    module = importlib.import_module("cleanscrape.dedup.compiled")
    return module if module.KERNEL is not None else None  # None: numba is not installed


def lean_minhash(signature: npt.NDArray[np.unsignedinteger], seed: int) -> LeanMinHash:
    """One signature row as a datasketch ``LeanMinHash`` (usable in ``MinHashLSH``)."""
    return LeanMinHash(seed=seed, hashvalues=signature, scheme=SCHEME)


def _false_positive(threshold: float, bands: int, rows: int) -> float:
    area, _ = quad(lambda s: 1 - (1 - s ** float(rows)) ** float(bands), 0.0, threshold)
    return float(area)


def _false_negative(threshold: float, bands: int, rows: int) -> float:
    area, _ = quad(lambda s: 1 - (1 - (1 - s ** float(rows)) ** float(bands)), threshold, 1.0)
    return float(area)


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positive + false negative area, weighted 0.5 / 0.5.

    The same search and the same integrals as ``MinHashLSH(threshold, num_perm)``, so an index
    built on these bands buckets exactly like datasketch does (0.8, 128 -> (9, 13)).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    best, opt = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            err = 0.5 * _false_positive(threshold, bands, rows) + 0.5 * _false_negative(
                threshold, bands, rows
            )
            if err < best:
                best, opt = err, (bands, rows)
    return opt


def candidate_bands(threshold: float, num_perm: int, recall: float = 0.999) -> tuple[int, int]:
    """(bands, rows) for candidate generation when every candidate is verified exactly.

    ``lsh_bands`` balances false positives against false negatives, so a pair right at the
    threshold becomes a candidate less than half the time (0.8, 128 perms -> (9, 13): 40 % at
    Jaccard 0.8). Because cleanscrape verifies every candidate by exact Jaccard, false positives
    only cost a check; this picks, among all (bands, rows) with ``bands * rows <= num_perm`` that
    make a pair at ``threshold`` a candidate with probability at least ``recall``, the one with
    the least false-positive area below the threshold (0.8, 128 perms -> (18, 5): a pair at
    Jaccard 0.8 is a candidate with probability 0.9992, one at 0.5 with 0.44).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    best, opt = float("inf"), (num_perm, 1)
    for rows in range(1, num_perm + 1):
        for bands in range(1, num_perm // rows + 1):
            if 1.0 - (1.0 - threshold**rows) ** bands >= recall:
                area = _false_positive(threshold, bands, rows)
                if area < best:
                    best, opt = area, (bands, rows)
                break  # more bands only add false positives
    return opt


def band_keys(signature: npt.NDArray[np.unsignedinteger], bands: int, rows: int) -> list[bytes]:
    """The bucket key of each band of one signature, as ``MinHashLSH`` computes it.

    ``MinHashLSH`` keys band ``i`` by the byte-swapped (big-endian) bytes of the ``uint32``
    signature values ``[i*rows, (i+1)*rows)`` (a ``LeanMinHash`` of the affine32 scheme holds
    ``uint32``), so each key is ``4 * rows`` bytes.
    """
    if bands * rows > signature.shape[-1]:
        raise ValueError(f"{bands} bands x {rows} rows exceed a signature of {signature.size}")
    raw = np.asarray(signature, dtype=np.uint32)[: bands * rows].astype(">u4").tobytes()
    step = rows * 4
    return [raw[i * step : (i + 1) * step] for i in range(bands)]


def band_key_matrix(sigs: U32, bands: int, rows: int) -> list[list[bytes]]:
    """:func:`band_keys` of every row of a signature matrix at once: ``[row][band]``."""
    if bands * rows > sigs.shape[1]:
        raise ValueError(f"{bands} bands x {rows} rows exceed signatures of {sigs.shape[1]}")
    raw = np.ascontiguousarray(sigs[:, : bands * rows], dtype=">u4")
    keys: list[list[bytes]] = raw.view(np.dtype((np.void, 4 * rows))).tolist()
    return keys


def intersection_size(a: U64, b: U64) -> int:
    """Number of hashes in both sorted unique arrays."""
    if a.size == 0 or b.size == 0:
        return 0
    small, large = (a, b) if a.size <= b.size else (b, a)
    if small.size + large.size < small.size * large.size.bit_length():
        # sizes alike: the two runs merged (a stable sort of two sorted runs is one merge),
        # a shared hash then stands beside itself; cheaper than a search per hash
        both = np.concatenate((small, large))
        both.sort(kind="stable")
        return int(np.count_nonzero(both[1:] == both[:-1]))
    pos = np.searchsorted(large, small)
    pos[pos == large.size] = 0
    return int(np.count_nonzero(large[pos] == small))


def jaccard(a: U64, b: U64) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays (two empty sets: 1.0)."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = intersection_size(a, b)
    return inter / (a.size + b.size - inter)


def containment(a: U64, b: U64) -> float:
    """Share of ``a``'s hashes that are also in ``b`` (an empty ``a``: 0.0)."""
    if a.size == 0:
        return 0.0
    return intersection_size(a, b) / a.size


def jaccard_reaches(a: U64, b: U64, share: float) -> bool:
    """``jaccard(a, b) >= share``, without counting the shared hashes when the sizes alone
    decide: the Jaccard is at most ``min / max`` of the two sizes (the shared hashes are at
    most the smaller set, the union at least the larger), and a correctly rounded division
    keeps that order, so the bound never says no where the count would say yes."""
    small, large = (a.size, b.size) if a.size <= b.size else (b.size, a.size)
    if large and small / large < share:
        return False
    return jaccard(a, b) >= share


def containment_reaches(a: U64, b: U64, share: float) -> bool:
    """``containment(a, b) >= share``, without counting when the sizes decide: at most
    ``min(|a|, |b|) / |a|`` of ``a`` can lie in ``b`` (see :func:`jaccard_reaches`)."""
    if a.size and min(a.size, b.size) / a.size < share:
        return False
    return containment(a, b) >= share
