"""The rows the Ray engine's bucket step (``dedup.distributed._bucket_pairs``) gets for texts
that share one band key, for the tests that check both engines join the same pairs."""

from __future__ import annotations

import numpy as np

from cleanscrape.dedup import matching_key
from cleanscrape.dedup.body import match_text, opening_key
from cleanscrape.dedup.prints import PrintList
from cleanscrape.dedup.signature import shingle_hashes_batch
from cleanscrape.options import CleanOptions


def bucket_rows(texts: list[str], sites: list[int]) -> dict[str, np.ndarray]:
    """The bucket step's rows for ``texts`` (one band key), each text on the site of ``sites``
    at its index: body shingles, the body's opening, the whole text's shingles."""
    keys = [matching_key(match_text(t, "body")) for t in texts]
    hashes = shingle_hashes_batch(keys, 5)
    whole = shingle_hashes_batch([matching_key(t) for t in texts], 5)
    opening = shingle_hashes_batch([opening_key(k) for k in keys], 5)
    return {
        "bkey": np.array([b"k"] * len(texts), dtype=object),
        "order": np.arange(len(texts)),
        "hashes": np.array([h.tobytes() for h in hashes], dtype=object),
        "opening": np.array([o.tobytes() for o in opening], dtype=object),
        "whole": np.array([w.tobytes() for w in whole], dtype=object),
        "inside": inside_column(texts),
        "site": np.array(sites, dtype=np.int64),
    }


def inside_column(texts: list[str] | tuple[str, ...]) -> np.ndarray:
    """The ``inside`` column of rows for ``texts``: the shingle hashes containment measures,
    as the fingerprint stage gets them from the local engine's prints."""
    prints = PrintList(list(texts), CleanOptions())
    return np.array([prints.inside(i).tobytes() for i in range(len(texts))], dtype=object)
