"""MinHash signatures by a compiled loop (numba), for large batches; optional.

Installed with ``pip install 'cleanscrape[fast]'`` (numba ships as wheels: no compiler needed).
:func:`cleanscrape.dedup.signature.signatures` uses :func:`minhash_into` for a call with at
least :data:`~cleanscrape.dedup.signature.COMPILED_MIN_SHINGLES` shingles when numba imports,
and its numpy code otherwise; both give the same values (a test checks it).

The numpy code materialises a ``shingles x num_perm`` block of permuted values and reduces it;
the loop below keeps each value in a register (about ten times faster on the signature step).
Its compilation costs about half a second of CPU the first time in a process and is cached
on disk beside this module (``cache=True``) where that folder is writable.
"""

from __future__ import annotations

import importlib
from typing import Any

import numpy as np

from .signature import U32

_MASK = np.uint64(0xFFFFFFFF)


def _minhash_loop(values: Any, starts: Any, lengths: Any, a: Any, b: Any, out: Any) -> None:
    for s in range(starts.size):
        row = out[s]
        for k in range(starts[s], starts[s] + lengths[s]):
            v = np.uint64(values[k])
            for p in range(a.size):
                h = (v * np.uint64(a[p]) + np.uint64(b[p])) & _MASK
                if h < row[p]:
                    row[p] = h


def _compile() -> Any:
    """The loop compiled by numba (cached on disk), ``None`` when numba is not installed."""
    try:
        numba = importlib.import_module("numba")
    except ImportError:
        return None
    return numba.njit(cache=True, nogil=True)(_minhash_loop)


#: The compiled loop (a numba dispatcher), ``None`` without numba.
KERNEL = _compile()


def minhash_into(values: U32, starts: Any, lengths: Any, a: U32, b: U32, out: U32) -> None:
    """``out[s, p] = min(out[s, p], min over the segment's values v of (v * a[p] + b[p]) mod
    2**32)`` for each segment ``s`` (``starts[s]``, ``lengths[s]``) of ``values``."""
    if KERNEL is None:
        raise ImportError("the compiled MinHash loop needs numba: pip install 'cleanscrape[fast]'")
    KERNEL(
        np.ascontiguousarray(values, dtype=np.uint32),
        np.ascontiguousarray(starts, dtype=np.int64),
        np.ascontiguousarray(lengths, dtype=np.int64),
        np.ascontiguousarray(a, dtype=np.uint32),
        np.ascontiguousarray(b, dtype=np.uint32),
        out,
    )
