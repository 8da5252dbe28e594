"""``DedupIndex``: "drop what I already have" across runs, in one embedded SQLite file.

A document is fingerprinted exactly as the batch de-duplication does it (matching key, word
shingle hashes, MinHash signature, LSH bands with the same (bands, rows)), so a pair of texts is
a candidate across runs exactly when it would be one inside a batch, and every candidate is
verified by the exact Jaccard similarity of the stored shingle hashes.

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

import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import numpy.typing as npt

from ..dedup import candidate_bands, jaccard, matching_key, shingle_hashes_batch, signatures
from ..errors import IndexStoreError, UsageError
from ..options import CleanOptions
from . import store

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]

#: A fixed text whose fingerprint is stored at creation; if this cleanscrape fingerprints it
#: differently, the index was built by an incompatible version and is refused.
_PROBE = "Tin nóng: Hà Nội mưa lớn, nhiều tuyến phố ngập sâu; người dân được khuyến cáo ở nhà."
_SETTINGS = ("num_perm", "seed", "shingle_size", "dedup_threshold")
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


@dataclass(frozen=True, slots=True)
class IndexMatch:
    """The earlier document a text duplicates.

    ``id`` is the document that was kept when it was indexed (if the text matched a copy that
    was itself a duplicate, ``id`` is what that copy duplicates), ``run`` the run that indexed
    it, ``similarity`` the exact Jaccard similarity of the two shingle sets, ``first_seen`` a
    Unix time.
    """

    id: str
    run: str
    similarity: float
    first_seen: float


@dataclass(frozen=True, slots=True)
class Found:
    """A verified match inside a write transaction (used by the incremental runner)."""

    match: IndexMatch
    doc: int  # the document number of ``match.id``
    shingles: U64  # ... and its shingle hashes
    identical: bool  # some indexed document has exactly the same shingle set


@dataclass(frozen=True, slots=True)
class IndexStats:
    """Size and settings of an index."""

    path: str
    documents: int
    runs: int
    band_keys: int
    file_bytes: int
    bytes_per_document: float | None
    oldest: str | None
    newest: str | None
    settings: dict[str, Any] = field(default_factory=dict)
    schema_version: int = store.SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "documents": self.documents,
            "runs": self.runs,
            "band_keys": self.band_keys,
            "file_bytes": self.file_bytes,
            "bytes_per_document": self.bytes_per_document,
            "oldest": self.oldest,
            "newest": self.newest,
            "settings": dict(self.settings),
            "schema_version": self.schema_version,
        }


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_AGE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 7 * 86400.0}


def parse_age(text: str) -> float:
    """``"30d"`` -> seconds; units s, m, h, d, w (a bare number is days)."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _AGE_UNITS else "d"
    number = value[:-1] if value[-1:] in _AGE_UNITS else value
    try:
        amount = float(number)
    except ValueError:
        raise UsageError(
            f"cannot read the age {text!r}; write a number and a unit, e.g. 30d, 12h, 90m, 2w"
        ) from None
    if not amount >= 0:
        raise UsageError(f"age must not be negative, got {text!r}")
    return amount * _AGE_UNITS[unit]


class DedupIndex:
    """A persistent near-duplicate index in one SQLite file (created when missing).

    ``options`` fixes how texts are fingerprinted (``num_perm``, ``seed``, ``shingle_size``,
    ``dedup_threshold``); an existing index keeps the settings it was built with and refuses
    different ones. Without ``options`` an existing index's own settings are used. Documents
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
                "bands": str(bands),
                "rows": str(rows),
                "probe": self._probe(opts, bands, rows),
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
        )
        if options is None:
            opts = stored
        else:
            opts = options
            differ = [
                f"{name}={getattr(stored, name)} (asked for {getattr(options, name)})"
                for name in _SETTINGS
                if getattr(stored, name) != getattr(options, name)
            ]
            if differ:
                raise IndexStoreError(
                    f"index {self.path} was built with {', '.join(differ)}; run with the "
                    "index's settings or start a new index file"
                )
        bands, rows = int(meta["bands"]), int(meta["rows"])
        if self._probe(opts, bands, rows) != meta["probe"]:
            raise IndexStoreError(
                f"index {self.path} was built by a cleanscrape that fingerprints text differently "
                "from this one; start a new index file (the two cannot be compared)"
            )
        return opts, bands, rows

    @staticmethod
    def _probe(opts: CleanOptions, bands: int, rows: int) -> str:
        hashes = shingle_hashes_batch([matching_key(_PROBE)], opts.shingle_size)
        sig = signatures(hashes, opts.num_perm, opts.seed)
        keys = band_key_ints(sig, bands, rows)
        digest = hashlib.blake2b(digest_size=16)
        for part in (hashes[0].astype("<u8"), sig.astype("<u4"), keys.astype("<i8")):
            digest.update(part.tobytes())
        return digest.hexdigest()

    # -- fingerprints ----------------------------------------------------------------------

    def fingerprints(self, texts: Sequence[str]) -> list[Fingerprint]:
        """Fingerprints of clean texts, computed for all of them at once."""
        keys = [matching_key(t) for t in texts]
        hashes = shingle_hashes_batch(keys, self.options.shingle_size)
        sigs = signatures(hashes, self.options.num_perm, self.options.seed)
        bkeys = band_key_ints(sigs, self.bands, self.rows)
        return [
            Fingerprint(len(t), h, sigs[i], bkeys[i])
            for i, (t, h) in enumerate(zip(texts, hashes, strict=True))
        ]

    # -- reading ---------------------------------------------------------------------------

    def _candidates(self, fp: Fingerprint) -> list[int]:
        keys = [int(k) for k in fp.band_keys]
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            " UNION ".join(
                f"SELECT doc FROM {t} WHERE key IN ({marks})" for t in store.BAND_TABLES
            ),
            keys * len(store.BAND_TABLES),
        )
        return sorted(int(r[0]) for r in rows)

    def _shingles(self, doc: int) -> U64:
        row = self._conn.execute("SELECT shingles FROM payload WHERE doc = ?", (doc,)).fetchone()
        return decode_shingles(row[0])

    def _heads(self, docs: Sequence[int], exclude_run: int | None) -> list[tuple[int, int]]:
        """``(head, doc)`` of candidate documents, earliest head first.

        The head of a document is the document it was judged a duplicate of (its canonical),
        or itself when it was kept or its canonical has since been removed.
        """
        out: list[tuple[int, int]] = []
        for chunk in store.in_chunks(docs):
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT d.doc, d.run, c.doc FROM docs d LEFT JOIN docs c ON c.doc = d.canonical "
                f"WHERE d.doc IN ({marks})",
                list(chunk),
            )
            for doc, run, head in rows:
                if run != exclude_run:
                    out.append((int(head) if head is not None else int(doc), int(doc)))
        return sorted(out)

    def find(
        self,
        fp: Fingerprint,
        *,
        exclude_run: int | None = None,
        candidates: Sequence[int] | None = None,
        pending: _Pending | None = None,
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
            candidates = self._candidates(fp)
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
                id_, run, seen = self._conn.execute(
                    "SELECT d.id, r.name, d.first_seen FROM docs d "
                    "LEFT JOIN runs r ON r.run = d.run WHERE d.doc = ?",
                    (head,),
                ).fetchone()
            match = IndexMatch(str(id_), str(run), round(jaccard(fp.shingles, hashes), 4), seen)
            return Found(match, head, hashes, identical)
        return None

    def _hashes(self, doc: int, pending: _Pending | None) -> U64:
        if pending is not None and doc in pending.docs:
            return pending.docs[doc].shingles
        return self._shingles(doc)

    def query(self, text: str) -> IndexMatch | None:
        """The earlier document ``text`` duplicates, or ``None``; changes nothing."""
        self._check_open()
        fp = self.fingerprints([text])[0]
        with self._errors():
            self._conn.execute("BEGIN")
            try:
                found = self.find(fp)
            finally:
                self._conn.execute("COMMIT")
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
                    self._conn.execute(
                        "UPDATE runs SET added = added + ? WHERE run = ?",
                        (writer.added, writer.run),
                    )
        except BaseException:
            self._run_id, self._run_name = run_before  # a run made in a rolled-back transaction
            raise
        self._added += writer.added

    def _ensure_run(self) -> int:
        if self._run_id is not None:
            return self._run_id
        started = time.time()
        base = self._run_name or _iso(started) or "run"
        name, n = base, 1
        while self._conn.execute("SELECT 1 FROM runs WHERE name = ?", (name,)).fetchone():
            n += 1
            name = f"{base}.{n}"
        cur = self._conn.execute(
            "INSERT INTO runs (name, started, source) VALUES (?, ?, ?)",
            (name, started, self._source),
        )
        self._run_id = int(cur.lastrowid or 0)
        self._run_name = name
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
        """:meth:`add` for many ``(id, text)`` pairs in one transaction, in order."""
        pairs = list(items)
        fps = self.fingerprints([t for _, t in pairs])
        out: list[IndexMatch | None] = []
        with self.writing() as w:
            w.prefetch(fps)
            for (id_, _), fp in zip(pairs, fps, strict=True):
                found = self.find(fp)
                if found is None:
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
            self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            self._conn.execute("DELETE FROM temp.wanted")
            self._conn.executemany(
                "INSERT INTO temp.wanted (id) VALUES (?)", [(i,) for i in wanted]
            )
            n = store.delete_docs(self._conn, "id IN (SELECT id FROM temp.wanted)", ())
            self._conn.execute("DELETE FROM temp.wanted")
        return n

    def prune(self, older_than: float | timedelta, *, now: float | None = None) -> int:
        """Delete documents first seen more than ``older_than`` (seconds) before ``now``."""
        seconds = older_than.total_seconds() if isinstance(older_than, timedelta) else older_than
        if seconds < 0:
            raise UsageError(f"older_than must not be negative, got {seconds}")
        cutoff = (time.time() if now is None else now) - seconds
        self._check_open()
        with self._errors(), store.write_transaction(self._conn):
            return store.delete_docs(self._conn, "first_seen < ?", (cutoff,))

    # -- inspection ------------------------------------------------------------------------

    def stats(self) -> IndexStats:
        """Counts, size on disk and settings."""
        self._check_open()
        with self._errors():
            docs = int(self._conn.execute("SELECT count(*) FROM docs").fetchone()[0])
            runs = int(self._conn.execute("SELECT count(*) FROM runs").fetchone()[0])
            oldest, newest = self._conn.execute(
                "SELECT min(first_seen), max(first_seen) FROM docs"
            ).fetchone()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        settings: dict[str, Any] = {name: getattr(self.options, name) for name in _SETTINGS}
        settings.update(bands=self.bands, rows=self.rows)
        return IndexStats(
            path=str(self.path),
            documents=docs,
            runs=runs,
            band_keys=docs * self.bands,
            file_bytes=size,
            bytes_per_document=round(size / docs, 1) if docs else None,
            oldest=_iso(oldest),
            newest=_iso(newest),
            settings=settings,
        )

    def check(self) -> list[str]:
        """SQLite's ``integrity_check``: ``[]`` when the file is sound, else its findings."""
        self._check_open()
        with self._errors():
            rows = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

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
                    self._conn.execute(
                        "UPDATE runs SET finished = ? WHERE run = ?", (time.time(), self._run_id)
                    )
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


@dataclass(frozen=True, slots=True)
class _PendingDoc:
    id: str
    canonical: int | None
    length: int
    fp: Fingerprint

    @property
    def shingles(self) -> U64:
        return self.fp.shingles


@dataclass(slots=True)
class _Pending:
    """Documents inserted in the current transaction, held in memory until it commits."""

    run: int
    run_name: str
    now: float
    docs: dict[int, _PendingDoc] = field(default_factory=dict)
    by_key: dict[int, list[int]] = field(default_factory=dict)
    unkeyed: list[int] = field(default_factory=list)  # added but not yet in ``by_key``

    def add(self, doc: int, entry: _PendingDoc) -> None:
        self.docs[doc] = entry
        self.unkeyed.append(doc)

    def candidates(self, fp: Fingerprint) -> list[tuple[int, int]]:
        for doc in self.unkeyed:  # keyed lazily: lookups that skip this run never pay for it
            for key in self.docs[doc].fp.band_keys.tolist():
                self.by_key.setdefault(key, []).append(doc)
        self.unkeyed.clear()
        docs: set[int] = set()
        for key in fp.band_keys.tolist():
            docs.update(self.by_key.get(key, ()))
        out = []
        for doc in docs:
            canonical = self.docs[doc].canonical
            out.append((canonical if canonical is not None else doc, doc))
        return out


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
        self._pending = _Pending(run, index.run or "", time.time())
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
        for table in store.BAND_TABLES:
            for key, doc in self.index._conn.execute(
                f"SELECT j.value, b.doc FROM json_each(?) j CROSS JOIN {table} b "
                "ON b.key = j.value",
                (probe,),
            ):
                lo = int(np.searchsorted(keys, key, side="left"))
                hi = int(np.searchsorted(keys, key, side="right"))
                for i in owner[lo:hi].tolist():
                    found.setdefault(i, set()).add(int(doc))
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
        self._pending.add(doc, _PendingDoc(id, canonical, fp.length, fp))
        self.next_doc += 1
        self.added += 1
        return doc

    def flush(self) -> None:
        """Write the staged documents (called once, before the transaction commits)."""
        pending = self._pending
        if not pending.docs:
            return
        conn = self.index._conn
        docs = sorted(pending.docs)
        conn.executemany(
            "INSERT INTO docs (doc, id, run, first_seen, canonical, length) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (d, e.id, self.run, pending.now, e.canonical, e.length)
                for d, e in ((d, pending.docs[d]) for d in docs)
            ],
        )
        conn.executemany(
            "INSERT INTO payload (doc, signature, shingles) VALUES (?, ?, ?)",
            [
                (
                    d,
                    np.ascontiguousarray(pending.docs[d].fp.signature, dtype="<u4").tobytes(),
                    encode_shingles(pending.docs[d].fp.shingles),
                )
                for d in docs
            ],
        )
        keys = np.concatenate([pending.docs[d].fp.band_keys for d in docs])
        owner = np.repeat(np.asarray(docs, dtype=np.int64), self.index.bands)
        order = np.lexsort((owner, keys))
        store.add_band_keys(
            conn, zip(keys[order].tolist(), owner[order].tolist(), strict=True), int(keys.size)
        )
        self._pending = _Pending(pending.run, pending.run_name, pending.now)
