"""Lookups and insertions inside one write transaction of a :class:`~.index.DedupIndex`."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..errors import UsageError
from . import store
from .fingerprint import Fingerprint, encode_shingles, encode_signature
from .matches import Found
from .pending import Pending, PendingDoc

if TYPE_CHECKING:
    from .index import DedupIndex


class IndexWriter:
    """Looks up and inserts inside one write transaction (see :meth:`DedupIndex.writing`).

    Inserted documents are staged in memory (and found by later lookups in the same
    transaction) and written when the transaction ends, band keys in key order, so that the
    band-key B-tree is updated in one sorted pass instead of scattered single inserts.
    """

    def __init__(self, index: DedupIndex, run: int, next_doc: int) -> None:
        self.index = index
        self.run = run
        self.next_doc = next_doc
        self.added = 0
        self._pending = Pending(run, index.run or "", time.time())
        self._prefetched: dict[int, list[int]] = {}
        self._keep: list[Fingerprint] = []  # keeps prefetched fingerprints (and their ids) alive

    def prefetch(self, fps: Sequence[Fingerprint]) -> None:
        """Look up the committed candidates of many fingerprints in one set-based query."""
        live = [fp for fp in fps if fp.shingles.size]
        if not live:
            return
        keys = np.concatenate([fp.band_keys for fp in live])
        owner = np.repeat(np.arange(len(live)), [fp.band_keys.size for fp in live])
        order = np.argsort(keys, kind="stable")
        keys, owner = keys[order], owner[order]
        probe = json.dumps(keys.tolist())  # sorted: the B-tree is walked in key order
        found: dict[int, set[int]] = {}
        for key, doc in store.docs_with_keys(self.index.connection, probe):
            lo = int(np.searchsorted(keys, key, side="left"))
            hi = int(np.searchsorted(keys, key, side="right"))
            for i in owner[lo:hi].tolist():
                found.setdefault(i, set()).add(doc)
        for i, fp in enumerate(live):
            self._prefetched[id(fp)] = sorted(found.get(i, ()))
        self._keep.extend(live)

    def find(self, fp: Fingerprint, *, other_runs_only: bool = False) -> Found | None:
        """:meth:`DedupIndex.find`, also seeing this transaction's own insertions."""
        return self.index.find(
            fp,
            exclude_run=self.run if other_runs_only else None,
            candidates=self._prefetched.get(id(fp)),
            pending=self._pending,
        )

    def insert(self, id: str, fp: Fingerprint, *, canonical: int | None) -> int:
        """Add one document; ``canonical`` is the document it duplicates (``None``: kept)."""
        if fp.shingles.size == 0:
            raise UsageError(f"document {id!r} has no words; there is nothing to index")
        doc = self.next_doc
        self._pending.add(doc, PendingDoc(id, canonical, fp.length, fp))
        self.next_doc += 1
        self.added += 1
        return doc

    def flush(self) -> None:
        """Write the staged documents (called once, before the transaction commits)."""
        pending = self._pending
        if not pending.docs:
            return
        conn = self.index.connection
        docs = sorted(pending.docs)
        entries = [pending.docs[d] for d in docs]
        store.insert_docs(
            conn,
            [
                (d, e.id, self.run, pending.now, e.canonical, e.length)
                for d, e in zip(docs, entries, strict=True)
            ],
            [
                (d, encode_signature(e.fp.signature), encode_shingles(e.fp.shingles))
                for d, e in zip(docs, entries, strict=True)
            ],
        )
        keys = np.concatenate([e.fp.band_keys for e in entries])
        owner = np.repeat(np.asarray(docs, dtype=np.int64), self.index.bands)
        order = np.lexsort((owner, keys))
        store.add_band_keys(
            conn, zip(keys[order].tolist(), owner[order].tolist(), strict=True), int(keys.size)
        )
        self._pending = Pending(pending.run, pending.run_name, pending.now)
