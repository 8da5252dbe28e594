"""``DedupIndex``: "drop what I already have" across runs, in one embedded SQLite file.

A document is fingerprinted exactly as the batch de-duplication does it (matching key, word
shingle hashes, MinHash signature, LSH bands with the same (bands, rows)), so a pair of texts is
a candidate across runs exactly when it would be one inside a batch, and every candidate is
verified by the exact Jaccard similarity of the stored shingle hashes. The SQL is in
:mod:`.store`; fingerprints in :mod:`.fingerprint`; a write transaction in :mod:`.writer`.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "seen.db")
>>> text = "Một bài báo dài về thời tiết ở Hà Nội hôm nay, với nhiều câu và nhiều chữ."
>>> with DedupIndex(path, run="monday") as index:
...     index.add("a.txt", text) is None
True
>>> with DedupIndex(path, run="tuesday") as index:
...     match = index.add("b.txt", text + " Thêm.")
>>> match.id, match.run, match.similarity >= 0.8
('a.txt', 'monday', True)
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, cast, get_args

import numpy as np

from ..dedup import candidate_bands, jaccard
from ..errors import IndexStoreError, UsageError
from ..options import CleanOptions, MatchOn
from . import store
from .fingerprint import (
    U64,
    Fingerprint,
    Known,
    decode_shingles,
    fingerprint_texts,
    probe_digest,
)
from .matches import Found, IndexMatch
from .pending import Pending
from .stats import IndexStats, iso_time
from .writer import IndexWriter

#: The options an index is built with; an existing index refuses different ones.
SETTINGS = ("num_perm", "seed", "shingle_size", "dedup_threshold", "match")
#: What an index that does not record ``match`` (made before it was stored) was built with.
LEGACY_MATCH = "body"


class DedupIndex:
    """A persistent near-duplicate index in one SQLite file (created when missing).

    ``options`` fixes how texts are fingerprinted (``num_perm``, ``seed``, ``shingle_size``,
    ``dedup_threshold``, ``match``); an existing index keeps the settings it was built with and
    refuses different ones. Without ``options`` an existing index's own settings are used. Documents
    added through one ``DedupIndex`` belong to one run, named ``run`` (by default the UTC time it
    started). Use it as a context manager, or call :meth:`close`.

    Every change is one transaction: a process killed at any point leaves the index as it was
    after the last completed call. Several processes may share an index; a writer waits up to
    ``timeout`` seconds for another one's transaction, then fails with :class:`IndexStoreError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        options: CleanOptions | None = None,
        *,
        run: str | None = None,
        source: str | None = None,
        create: bool = True,
        timeout: float = store.DEFAULT_TIMEOUT,
    ) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._run_name = run
        self._source = source
        self._run_id: int | None = None
        self._added = 0
        self._conn = store.connect(self.path, create=create, timeout=timeout)
        try:
            with self._errors():
                self.options, self.bands, self.rows = self._settle(options)
        except BaseException:
            self._conn.close()
            raise
        self._closed = False

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for :mod:`.store` functions)."""
        return self._conn

    # -- setup -----------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        with store.translate_errors(self.path, self.timeout):
            yield

    def _settle(self, options: CleanOptions | None) -> tuple[CleanOptions, int, int]:
        meta = store.read_meta(self._conn)
        if "num_perm" not in meta:
            opts = options or CleanOptions()
            bands, rows = candidate_bands(opts.dedup_threshold, opts.num_perm)
            if bands > 127:
                raise UsageError(
                    f"{bands} LSH bands are too many for an index (at most 127); raise "
                    "dedup_threshold or lower num_perm"
                )
            values = {
                "num_perm": str(opts.num_perm),
                "seed": str(opts.seed),
                "shingle_size": str(opts.shingle_size),
                "dedup_threshold": repr(opts.dedup_threshold),
                "match": opts.match,
                "bands": str(bands),
                "rows": str(rows),
                "probe": probe_digest(opts, bands, rows),
            }
            with store.write_transaction(self._conn):
                if "num_perm" not in store.read_meta(self._conn):
                    store.write_meta(self._conn, values)
            meta = store.read_meta(self._conn)
        stored = CleanOptions(
            num_perm=int(meta["num_perm"]),
            seed=int(meta["seed"]),
            shingle_size=int(meta["shingle_size"]),
            dedup_threshold=float(meta["dedup_threshold"]),
            match=_match(meta.get("match", LEGACY_MATCH), self.path),
        )
        if options is None:
            opts = stored
        else:
            opts = options
            differ = [
                f"{name}={getattr(stored, name)} (asked for {getattr(options, name)})"
                for name in SETTINGS
                if getattr(stored, name) != getattr(options, name)
            ]
            if differ:
                raise IndexStoreError(
                    f"index {self.path} was built with {', '.join(differ)}; run with the "
                    "index's settings or start a new index file"
                )
        bands, rows = int(meta["bands"]), int(meta["rows"])
        if probe_digest(opts, bands, rows) != meta["probe"]:
            raise IndexStoreError(
                f"index {self.path} was built by a cleanscrape that fingerprints text differently "
                "from this one; start a new index file (the two cannot be compared)"
            )
        return opts, bands, rows

    # -- fingerprints ----------------------------------------------------------------------

    def fingerprints(
        self, texts: Sequence[str], *, known: Sequence[Known | None] | None = None
    ) -> list[Fingerprint]:
        """Fingerprints of clean texts, computed for all of them at once.

        ``known`` holds, per text, shingle hashes and a signature made with this index's
        ``shingle_size``, ``num_perm`` and ``seed`` (see :meth:`compatible`), used instead of
        computing them again; ``None`` where there is none.
        """
        return fingerprint_texts(texts, self.options, self.bands, self.rows, known=known)

    def compatible(self, options: CleanOptions) -> bool:
        """Whether ``options`` fingerprint texts as this index does."""
        return all(getattr(options, name) == getattr(self.options, name) for name in SETTINGS)

    # -- reading ---------------------------------------------------------------------------

    def _heads(self, docs: Sequence[int], exclude_run: int | None) -> list[tuple[int, int]]:
        """``(head, doc)`` of candidate documents, earliest head first.

        The head of a document is the document it was judged a duplicate of (its canonical),
        or itself when it was kept or its canonical has since been removed.
        """
        out = [
            (head if head is not None else doc, doc)
            for doc, run, head in store.runs_and_heads(self._conn, docs)
            if run != exclude_run
        ]
        return sorted(out)

    def find(
        self,
        fp: Fingerprint,
        *,
        exclude_run: int | None = None,
        candidates: Sequence[int] | None = None,
        pending: Pending | None = None,
    ) -> Found | None:
        """The earliest indexed document ``fp`` duplicates (verified), or ``None``.

        Candidates come from shared LSH band keys and count when the exact Jaccard similarity
        of the shingle sets reaches ``dedup_threshold``. A candidate that was itself a duplicate
        stands for the document it duplicates; of several, the one indexed first wins (as the
        first in input order is kept inside a batch). Candidates are verified earliest head
        first and the search stops at the first that verifies, so a story indexed in many
        copies costs one verification, not one per copy. ``candidates`` are committed documents
        already looked up (:meth:`IndexWriter.prefetch`); ``pending`` holds documents inserted
        in the current transaction and not yet flushed.
        """
        if fp.shingles.size == 0:
            return None
        if candidates is None:
            candidates = store.docs_sharing_keys(self._conn, [int(k) for k in fp.band_keys])
        heads = self._heads(candidates, exclude_run) if candidates else []
        if pending is not None and pending.run != exclude_run:
            heads = sorted(heads + pending.candidates(fp))
        threshold = self.options.dedup_threshold
        for head, doc in heads:
            hashes = self._hashes(doc, pending)
            if jaccard(fp.shingles, hashes) < threshold:
                continue
            identical = hashes.size == fp.shingles.size and bool(
                np.array_equal(hashes, fp.shingles)
            )
            if head != doc:
                hashes = self._hashes(head, pending)
            if pending is not None and head in pending.docs:
                id_, run, seen = pending.docs[head].id, pending.run_name, pending.now
            else:
                id_, run, seen = store.origin(self._conn, head)
            match = IndexMatch(str(id_), str(run), round(jaccard(fp.shingles, hashes), 4), seen)
            return Found(match, head, hashes, identical)
        return None

    def _hashes(self, doc: int, pending: Pending | None) -> U64:
        if pending is not None and doc in pending.docs:
            return pending.docs[doc].shingles
        return decode_shingles(store.shingles_blob(self._conn, doc))

    def query(self, text: str) -> IndexMatch | None:
        """The earlier document ``text`` duplicates, or ``None``; changes nothing."""
        self._check_open()
        fp = self.fingerprints([text])[0]
        with self._errors(), store.read_transaction(self._conn):
            found = self.find(fp)
        return found.match if found is not None else None

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[IndexWriter]:
        """One write transaction (waits for other writers up to ``timeout`` seconds)."""
        self._check_open()
        run_before = (self._run_id, self._run_name)
        try:
            with self._errors(), store.write_transaction(self._conn):
                next_doc = int(store.read_meta(self._conn)["next_doc"])
                writer = IndexWriter(self, self._ensure_run(), next_doc)
                yield writer
                writer.flush()
                store.write_meta(self._conn, {"next_doc": str(writer.next_doc)})
                if writer.added:
                    store.count_added(self._conn, writer.run, writer.added)
        except BaseException:
            self._run_id, self._run_name = run_before  # a run made in a rolled-back transaction
            raise
        self._added += writer.added

    def _ensure_run(self) -> int:
        if self._run_id is not None:
            return self._run_id
        started = time.time()
        self._run_id, self._run_name = store.new_run(
            self._conn, self._run_name or iso_time(started) or "run", started, self._source
        )
        return self._run_id

    @property
    def added(self) -> int:
        """Documents this object added (in committed transactions)."""
        return self._added

    @property
    def run(self) -> str | None:
        """Name of this object's run (``None`` until it first writes, unless one was given)."""
        return self._run_name

    def add(self, id: str, text: str) -> IndexMatch | None:
        """Index ``text`` as document ``id``; return the earlier document it duplicates, if any.

        A duplicate is indexed too (pointing at what it duplicates), so that later texts close
        to it but not to the original are still caught, unless its shingle set is identical to
        an indexed one. A text with no words is not indexed and returns ``None``.
        """
        return self.add_many([(id, text)])[0]

    def add_many(self, items: Iterable[tuple[str, str]]) -> list[IndexMatch | None]:
        """:meth:`add` for many ``(id, text)`` pairs in one transaction, in order.

        Each text is looked up among the indexed documents and those added before it in the
        same call, so the answers are those of one :meth:`add` per pair.
        """
        pairs = list(items)
        fps = self.fingerprints([t for _, t in pairs])
        out: list[IndexMatch | None] = []
        with self.writing() as w:
            w.prefetch(fps)
            for (id_, _), fp in zip(pairs, fps, strict=True):
                found = w.find(fp)
                if found is None:
                    if fp.shingles.size:
                        w.insert(id_, fp, canonical=None)
                elif not found.identical:
                    w.insert(id_, fp, canonical=found.doc)
                out.append(found.match if found is not None else None)
        return out

    def remove(self, ids: Iterable[str]) -> int:
        """Delete every indexed document with one of these ids; return how many were deleted."""
        wanted = sorted(set(ids))
        self._check_open()
        with self._errors(), store.write_transaction(self._conn):
            return store.delete_ids(self._conn, wanted)

    def prune(self, older_than: float | timedelta, *, now: float | None = None) -> int:
        """Delete documents first seen more than ``older_than`` (seconds) before ``now``."""
        seconds = older_than.total_seconds() if isinstance(older_than, timedelta) else older_than
        if seconds < 0:
            raise UsageError(f"older_than must not be negative, got {seconds}")
        cutoff = (time.time() if now is None else now) - seconds
        self._check_open()
        with self._errors(), store.write_transaction(self._conn):
            return store.delete_older(self._conn, cutoff)

    # -- inspection ------------------------------------------------------------------------

    def stats(self) -> IndexStats:
        """Counts, size on disk and settings."""
        self._check_open()
        with self._errors():
            docs, runs, oldest, newest = store.counts(self._conn)
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        settings: dict[str, Any] = {name: getattr(self.options, name) for name in SETTINGS}
        settings.update(bands=self.bands, rows=self.rows)
        return IndexStats(
            path=str(self.path),
            documents=docs,
            runs=runs,
            band_keys=docs * self.bands,
            file_bytes=size,
            bytes_per_document=round(size / docs, 1) if docs else None,
            oldest=iso_time(oldest),
            newest=iso_time(newest),
            settings=settings,
        )

    def check(self) -> list[str]:
        """SQLite's ``integrity_check``: ``[]`` when the file is sound, else its findings."""
        self._check_open()
        with self._errors():
            return store.integrity_problems(self._conn)

    # -- lifetime --------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise IndexStoreError(f"index {self.path} is closed; open a new DedupIndex")

    def close(self) -> None:
        """Mark this run finished and close the file (a second call does nothing)."""
        if self._closed:
            return
        try:
            if self._run_id is not None:
                with self._errors(), store.write_transaction(self._conn):
                    store.finish_run(self._conn, self._run_id, time.time())
        finally:
            self._closed = True
            self._conn.close()

    def __enter__(self) -> DedupIndex:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"DedupIndex({os.fspath(self.path)!r})"


def _match(value: str, path: Path) -> MatchOn:
    """The ``match`` setting an index file records, checked."""
    if value not in get_args(MatchOn):
        raise IndexStoreError(
            f"index {path} records match={value!r}, which this cleanscrape does not know "
            f"(it knows {', '.join(get_args(MatchOn))}); start a new index file"
        )
    return cast(MatchOn, value)
