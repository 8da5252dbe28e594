"""The prints of a batch made from its lines' word hashes are the prints of the keys' strings.

:class:`~cleanscrape.dedup.words.LineWords` hashes the words of each distinct line key once
and gathers the word hashes of a text's matching key, opening and whole text from its lines;
checked against :func:`~cleanscrape.dedup.signature.shingle_hashes_batch` of the keys
themselves (the seeds' clean texts, copies sharing most paragraphs, the AEB pages of
``tests/data`` as text dumps, texts breaking lines with other characters, short and empty
texts), with both ``match`` settings.
"""

from __future__ import annotations

import numpy as np
import pytest

from cleanscrape.dedup import words as words_module
from cleanscrape.dedup.body import opening_key
from cleanscrape.dedup.compare import TextView
from cleanscrape.dedup.prints import PrintList, key_digest, text_prints
from cleanscrape.dedup.signature import (
    containment,
    containment_reaches,
    intersection_size,
    jaccard,
    jaccard_reaches,
    shingle_hashes_batch,
    signatures,
)
from cleanscrape.options import CleanOptions, MatchOn

from .test_dedup_views import _aeb_dumps, _batch

SHORT = ["Một hai ba.", "một\n\nhai ba bốn", "!!!\n…\nHoà bình.", "a b c d e f\n—\ng"]


@pytest.mark.parametrize("match", ["body", "full"])
def test_prints_from_line_words_are_the_prints_of_the_keys(
    seed_texts: dict[str, str], match: MatchOn
) -> None:
    texts = _batch(seed_texts) + SHORT
    opts = CleanOptions(match=match)
    views = [TextView.of(t) for t in texts]
    keys = [v.match_key(match) for v in views]
    wholes = [v.whole_key() for v in views]
    hashes = shingle_hashes_batch(keys, opts.shingle_size)
    opening = shingle_hashes_batch(
        [opening_key(v.match_key("body")) for v in views], opts.shingle_size
    )
    whole = shingle_hashes_batch(wholes, opts.shingle_size)
    sigs = signatures(hashes, opts.num_perm, opts.seed)
    prints = text_prints(texts, opts, whole=True)
    listed = PrintList(texts, opts)
    assert len(prints) == len(texts)
    for i, p in enumerate(prints):
        assert p.key == key_digest(keys[i])
        assert np.array_equal(p.hashes, hashes[i])
        assert np.array_equal(p.opening, opening[i])
        assert np.array_equal(p.signature, sigs[i])
        if match == "body":
            assert (p.whole is None) == (wholes[i] == keys[i])
            assert p.whole is None or np.array_equal(p.whole, whole[i])
        assert np.array_equal(listed.whole(i), whole[i])


@pytest.mark.parametrize("match", ["body", "full"])
def test_whole_texts_read_together_are_the_whole_keys_hashes(
    seed_texts: dict[str, str], match: MatchOn
) -> None:
    # the dedup makes the whole texts' hashes of the texts it is about to verify in one call:
    # in any order, some texts twice, the rest one by one afterwards, as the keys' hashes
    texts = _batch(seed_texts) + SHORT
    opts = CleanOptions(match=match)
    whole = shingle_hashes_batch([TextView.of(t).whole_key() for t in texts], opts.shingle_size)
    prints = PrintList(texts, opts)
    prints.read_wholes([7, 3, 3, *range(len(texts) - 1, 30, -2)])
    prints.read_wholes([])
    for i in range(len(texts)):
        assert np.array_equal(prints.whole(i), whole[i])


def test_each_text_alone_gets_the_prints_of_the_batch(seed_texts: dict[str, str]) -> None:
    texts = _batch(seed_texts)[:40] + SHORT
    opts = CleanOptions()
    together = text_prints(texts, opts, whole=True)
    for text, p in zip(texts, together, strict=True):
        (alone,) = text_prints([text], opts, whole=True)
        assert np.array_equal(alone.hashes, p.hashes)
        assert np.array_equal(alone.opening, p.opening)
        assert (alone.whole is None) == (p.whole is None)
        assert alone.whole is None or p.whole is None or np.array_equal(alone.whole, p.whole)


def test_the_size_bounds_decide_as_the_counts_do(seed_texts: dict[str, str]) -> None:
    # every pair of the seeds' texts, copies, AEB dumps and short texts: their matched, whole
    # and opening hashes, at the shares the dedup asks for and at ratios the sizes hit exactly
    texts = _batch(seed_texts)[::7] + SHORT
    prints = PrintList(texts, CleanOptions())
    arrays = [prints.hashes(i) for i in range(len(texts))]
    arrays += [prints.whole(i) for i in range(len(texts))]
    arrays += [prints.opening(i) for i in range(len(texts))]
    arrays += [arrays[0][:4], arrays[0][:5], arrays[0][1:5], np.empty(0, dtype=np.uint64)]
    shares = [0.8, 0.35, 0.5, 0.9, 1.0, 4 / 5, 0.0]
    decided = 0
    for a in arrays:
        for b in arrays:
            for share in shares:
                assert jaccard_reaches(a, b, share) == (jaccard(a, b) >= share)
                assert containment_reaches(a, b, share) == (containment(a, b) >= share)
                decided += bool(a.size and min(a.size, b.size) / a.size < share)
    assert decided  # (the bounds did decide some of them)


@pytest.mark.parametrize("match", ["body", "full"])
@pytest.mark.parametrize("distinct_max", [0.0, 1.0])
def test_signatures_of_lines_signed_once_are_the_texts_signatures(
    seed_texts: dict[str, str],
    match: MatchOn,
    distinct_max: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 1.0: every batch signs its distinct lines once, then each text from its lines' rows and
    # its shingles across lines; 0.0: text by text
    monkeypatch.setattr(words_module, "_DISTINCT_MAX", distinct_max)
    opts = CleanOptions(match=match)
    for texts in (_batch(seed_texts) + SHORT, _aeb_dumps(), SHORT, [""]):
        views = [TextView.of(t) for t in texts]
        hashes = shingle_hashes_batch([v.match_key(match) for v in views], opts.shingle_size)
        expected = signatures(hashes, opts.num_perm, opts.seed)
        found = np.stack([p.signature for p in text_prints(texts, opts)])
        assert np.array_equal(found, expected)


def test_intersections_merged_or_searched_count_the_shared_hashes(
    seed_texts: dict[str, str],
) -> None:
    # the matched, whole and opening hashes of seeds, copies and AEB dumps, pair by pair: sizes
    # alike take the merge, very unlike ones the search; both against a count by sets
    texts = _batch(seed_texts)[::11] + SHORT
    prints = PrintList(texts, CleanOptions())
    arrays = [
        f(i) for i in range(len(texts)) for f in (prints.hashes, prints.whole, prints.opening)
    ]
    merged = searched = 0
    for a in arrays:
        for b in arrays:
            expected = len(set(a.tolist()) & set(b.tolist()))
            assert intersection_size(a, b) == expected
            small, large = sorted((a.size, b.size))
            if small:
                if small + large < small * large.bit_length():
                    merged += 1
                else:
                    searched += 1
    assert merged and searched
