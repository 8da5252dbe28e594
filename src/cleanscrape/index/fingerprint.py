"""What the index stores of one text: shingle hashes, MinHash signature and LSH band keys.

A text is fingerprinted exactly as the batch de-duplication does it (matching key, word shingle
hashes, MinHash signature); the band keys are the index's own form of LSH buckets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..dedup import matching_key, shingle_hashes_batch, signatures
from ..options import CleanOptions

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

#: A fixed text whose fingerprint is stored at creation; if this cleanscrape fingerprints it
#: differently, the index was built by an incompatible version and is refused.
PROBE = "Tin nóng: Hà Nội mưa lớn, nhiều tuyến phố ngập sâu; người dân được khuyến cáo ở nhà."
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_LOW56 = np.uint64((1 << 56) - 1)


def _mix(x: U64) -> U64:
    x = x ^ (x >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    out: U64 = x ^ (x >> np.uint64(31))
    return out


def band_key_ints(sigs: U32, bands: int, rows: int) -> I64:
    """Integer band keys, shape ``(n, bands)``: band number in the top byte, a hash below.

    Two documents share key ``k`` of band ``b`` exactly when their signature values in that band
    are equal (up to a 2**-56 hash collision, which verification then rejects), i.e. exactly when
    datasketch's ``MinHashLSH`` would put them in one bucket.
    """
    n = sigs.shape[0]
    values = np.asarray(sigs[:, : bands * rows], dtype=np.uint64).reshape(n, bands, rows)
    h = np.full((n, bands), 0x9E3779B97F4A7C15, dtype=np.uint64)
    for j in range(rows):
        h = _mix(h ^ values[:, :, j])
    band = np.arange(bands, dtype=np.uint64)[None, :] << np.uint64(56)
    keys: I64 = ((h & _LOW56) | band).astype(np.int64)
    return keys


def encode_shingles(hashes: U64) -> bytes:
    """Sorted unique ``uint64`` hashes as little-endian bytes (they do not compress)."""
    return np.ascontiguousarray(hashes, dtype="<u8").tobytes()


def decode_shingles(blob: bytes) -> U64:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)


def encode_signature(signature: U32) -> bytes:
    return np.ascontiguousarray(signature, dtype="<u4").tobytes()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the index stores of one text: its shingle hashes, signature and band keys."""

    length: int
    shingles: U64
    signature: U32
    band_keys: I64

    @property
    def digest(self) -> bytes:
        """Identifies the shingle set (equal digests: identical sets, Jaccard 1.0)."""
        return hashlib.blake2b(encode_shingles(self.shingles), digest_size=16).digest()


#: A text's shingle hashes and MinHash signature, as the batch de-duplication computed them.
Known = tuple[U64, U32]


def fingerprint_texts(
    texts: Sequence[str],
    options: CleanOptions,
    bands: int,
    rows: int,
    *,
    known: Sequence[Known | None] | None = None,
) -> list[Fingerprint]:
    """Fingerprints of clean texts, computed for all of them at once.

    ``known`` holds, per text, its shingle hashes and signature when the caller already has
    them (the batch de-duplication computes both with the same ``shingle_size``, ``num_perm``
    and ``seed``); only the texts without them are hashed.
    """
    given: list[Known | None] = list(known) if known is not None else [None] * len(texts)
    if len(given) != len(texts):
        raise ValueError(f"{len(texts)} texts need as many known fingerprints, got {len(given)}")
    sigs = np.empty((len(texts), options.num_perm), dtype=np.uint32)
    hashes: list[U64] = []
    for i, k in enumerate(given):
        if k is not None:
            if k[1].shape != (options.num_perm,):
                raise ValueError(
                    f"a known signature has shape {k[1].shape}, not ({options.num_perm},): it was "
                    "made with other options than the index's"
                )
            sigs[i] = k[1]
        hashes.append(k[0] if k is not None else np.empty(0, dtype=np.uint64))
    todo = [i for i, k in enumerate(given) if k is None]
    if todo:
        fresh = shingle_hashes_batch([matching_key(texts[i]) for i in todo], options.shingle_size)
        sigs[todo] = signatures(fresh, options.num_perm, options.seed)
        for i, h in zip(todo, fresh, strict=True):
            hashes[i] = h
    bkeys = band_key_ints(sigs, bands, rows)
    return [
        Fingerprint(len(t), h, sigs[i], bkeys[i])
        for i, (t, h) in enumerate(zip(texts, hashes, strict=True))
    ]


def probe_digest(options: CleanOptions, bands: int, rows: int) -> str:
    """Digest of :data:`PROBE`'s fingerprint: equal digests, compatible fingerprints."""
    fp = fingerprint_texts([PROBE], options, bands, rows)[0]
    digest = hashlib.blake2b(digest_size=16)
    for part in (fp.shingles.astype("<u8"), fp.signature.astype("<u4"), fp.band_keys.astype("<i8")):
        digest.update(part.tobytes())
    return digest.hexdigest()
