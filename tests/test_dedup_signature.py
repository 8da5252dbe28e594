"""The fingerprint interface: shingle hashes, signatures, LSH bands, exact similarity."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from cleanscrape.dedup import (
    band_keys,
    containment,
    jaccard,
    lean_minhash,
    lsh_bands,
    matching_key,
    shingle_hashes,
    shingle_hashes_batch,
    shingles,
    signatures,
)

from .conftest import SEEDS

signature_module = importlib.import_module("cleanscrape.dedup.signature")


@pytest.fixture(scope="module")
def seed_keys(seed_texts: dict[str, str]) -> list[str]:
    return [matching_key(t) for _, t in sorted(seed_texts.items())]


def _string_jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def test_one_hash_per_distinct_shingle(seed_keys: list[str]) -> None:
    for key in seed_keys:
        for size in (1, 3, 5, 8):
            h = shingle_hashes(key, size)
            assert h.dtype == np.uint64
            assert len(h) == len(shingles(key, size))
            assert np.all(h[1:] > h[:-1]), "sorted and unique"


def test_hashes_depend_on_shingle_text_only() -> None:
    a = shingle_hashes("mưa lớn gây ngập nặng ở hà nội", 5)
    b = shingle_hashes("sáng nay mưa lớn gây ngập nặng ở", 5)
    # shared shingles: "mưa lớn gây ngập nặng", "lớn gây ngập nặng ở"
    assert len(np.intersect1d(a, b)) == 2
    assert not np.array_equal(shingle_hashes("a b c d e", 5), shingle_hashes("a b c d f", 5)), (
        "different shingles"
    )
    assert not np.array_equal(shingle_hashes("b a c d e", 5), shingle_hashes("a b c d e", 5))


def test_exact_jaccard_on_hashes_equals_jaccard_on_strings(seed_keys: list[str]) -> None:
    words = seed_keys[1].split()
    edited = " ".join([*words[:300], "thêm", "một", "câu", *words[340:]])
    for x, y in [(seed_keys[1], edited), (seed_keys[0], seed_keys[2])]:
        want = _string_jaccard(shingles(x, 5), shingles(y, 5))
        assert jaccard(shingle_hashes(x, 5), shingle_hashes(y, 5)) == pytest.approx(want)


def test_short_keys_are_one_shingle_and_match_only_when_identical() -> None:
    assert shingle_hashes("", 5).size == 0
    one = shingle_hashes("giá vàng hôm nay", 5)
    assert one.size == 1
    assert np.array_equal(one, shingle_hashes("giá vàng hôm nay", 5))
    assert jaccard(one, shingle_hashes("giá xăng hôm nay", 5)) == 0.0
    # a whole-key shingle is not the same as a full-size shingle with the same first words
    assert jaccard(shingle_hashes("a b c", 5), shingle_hashes("a b c d e", 5)) == 0.0


def test_batch_equals_single_whatever_the_chunking(
    seed_keys: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = ["", *seed_keys, "một", "", "hai ba bốn năm sáu"]
    single = [shingle_hashes(k, 5) for k in keys]
    monkeypatch.setattr(signature_module, "_CHUNK_BYTES", 100)
    chunked = shingle_hashes_batch(keys, 5)
    assert len(chunked) == len(keys)
    for s, c in zip(single, chunked, strict=True):
        assert np.array_equal(s, c)


def test_signatures_are_datasketch_affine32_minhashes(seed_keys: list[str]) -> None:
    arrays = [shingle_hashes(k, 5) for k in seed_keys] + [np.empty(0, dtype=np.uint64)]
    sig = signatures(arrays, 128, 7)
    assert sig.shape == (len(arrays), 128)
    for row, arr in zip(sig, arrays, strict=True):
        m = MinHash(num_perm=128, seed=7, hashfunc=int, scheme="affine32")
        m.update_batch([int(v) for v in arr >> np.uint64(32)])
        assert np.array_equal(m.hashvalues, row)


def test_signature_rows_do_not_depend_on_the_batch(
    seed_keys: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    arrays = [shingle_hashes(k, 5) for k in seed_keys]
    together = signatures(arrays, 64, 1)
    monkeypatch.setattr(signature_module, "_CHUNK_ROWS", 97)
    for i, arr in enumerate(arrays):
        assert np.array_equal(signatures([arr], 64, 1)[0], together[i])
    assert np.array_equal(signatures(arrays[::-1], 64, 1), together[::-1])


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.8, 128), (0.5, 128), (0.9, 64), (0.7, 256)])
def test_lsh_bands_match_datasketch(threshold: float, num_perm: int) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_bands(threshold, num_perm) == (lsh.b, lsh.r)


def test_band_keys_are_the_keys_minhashlsh_stores(seed_keys: list[str]) -> None:
    sig = signatures([shingle_hashes(k, 5) for k in seed_keys], 128, 1)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    with lsh.insertion_session() as session:
        for i, row in enumerate(sig):
            session.insert(i, lean_minhash(row, 1))
    for i, row in enumerate(sig):
        keys = band_keys(row, lsh.b, lsh.r)
        assert len(keys) == lsh.b and all(len(k) == 4 * lsh.r for k in keys)
        for table, key in zip(lsh.hashtables, keys, strict=True):
            assert i in table.get(key)
        assert lsh.query(lean_minhash(row, 1)) == [i]


def test_jaccard_and_containment_are_exact() -> None:
    a = np.array([1, 3, 5, 7], dtype=np.uint64)
    b = np.array([3, 5, 7, 9, 11, 13], dtype=np.uint64)
    assert jaccard(a, b) == pytest.approx(3 / 7)
    assert containment(a, b) == pytest.approx(3 / 4)
    assert containment(b, a) == pytest.approx(3 / 6)
    empty = np.empty(0, dtype=np.uint64)
    assert jaccard(empty, empty) == 1.0
    assert jaccard(a, empty) == 0.0
    assert containment(empty, a) == 0.0


def test_compiled_signatures_are_the_numpy_ones() -> None:
    """The optional numba loop (large batches) gives the numpy code's values, bit for bit."""
    pytest.importorskip("numba")
    from cleanscrape.dedup import compiled, signature

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    keys = [matching_key(t) for t in texts] + ["", "một hai", matching_key(texts[0][:500])]
    hashes = shingle_hashes_batch(keys, 5)
    expected = signature.signatures(hashes, 128, 1)  # a small call: the numpy code
    a, b = signature._permutations(128, 1)
    live = [h for h in hashes if h.size]
    values = signature._fmix32((np.concatenate(live) >> np.uint64(32)).astype(np.uint32))
    lengths = np.array([h.size for h in live])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    out = np.full((len(live), 128), signature.EMPTY_VALUE, dtype=np.uint32)
    compiled.minhash_into(values, starts, lengths, a, b, out)
    assert np.array_equal(out, expected[[i for i, h in enumerate(hashes) if h.size]])


def test_default_permutations_are_drawn_once() -> None:
    """The default options' permutations are drawn at import (a streamed batch signs each text
    in a call of its own), read-only and equal to a fresh draw; other settings draw theirs."""
    from cleanscrape.dedup import signature
    from cleanscrape.options import CleanOptions

    opts = CleanOptions()
    a, b = signature._permutations(opts.num_perm, opts.seed)
    assert signature._permutations(opts.num_perm, opts.seed)[0] is a
    assert not a.flags.writeable and not b.flags.writeable
    fresh = np.random.RandomState(opts.seed)
    assert np.array_equal(a, fresh.randint(0, 1 << 31, opts.num_perm, dtype=np.uint32) * 2 + 1)
    assert np.array_equal(b, fresh.randint(0, 1 << 32, opts.num_perm, dtype=np.uint32))
    other = signature._permutations(64, opts.seed)
    assert other[0].shape == (64,) and np.array_equal(other[0], a[:64])


def test_word_hashes_are_each_words_polynomial_hash(seed_keys: list[str]) -> None:
    """Each word's hash is its polynomial hash of its bytes, in Python integers, then mixed,
    wherever the word stands in data long enough for the powers to come from tables."""
    key = " ".join(seed_keys)
    data = key.encode("utf-8")
    assert len(data) > 8 * signature_module._POWER_BLOCK
    base, mask = int(signature_module._BASE), (1 << 64) - 1
    raw = []
    for word in data.split(b" "):
        h, power = 0, 1
        for byte in word:
            h, power = (h + (byte + 1) * power) & mask, (power * base) & mask
        raw.append(h)
    want = signature_module._mix64(np.array(raw, dtype=np.uint64))
    got = signature_module._word_hashes(np.frombuffer(data, dtype=np.uint8))
    assert np.array_equal(got, want)
