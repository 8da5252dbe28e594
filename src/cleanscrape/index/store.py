"""The on-disk form of a persistent dedup index: one SQLite file, its schema and its guards.

Layout (schema version 1)::

    meta     (name, value)                       settings the index was built with, counters
    runs     (run, name, started, finished, source, added)
    docs     (doc, id, run, first_seen, canonical, length)   one row per indexed document
    payload  (doc, signature, shingles)          MinHash signature and shingle hashes (blobs)
    bands    (key, doc)                          LSH band keys; key = band number << 56 | hash
    fresh    (key, doc)                          band keys added since the last merge

``bands`` and ``fresh`` are ``WITHOUT ROWID`` tables keyed on ``(key, doc)``, so a lookup of a
document's band keys is a handful of B-tree probes in each; ``*_doc`` indexes make deletes by
document set-based. Band keys are hashes, so new keys land all over the key space: inserted
straight into a large B-tree, each transaction would rewrite most of its leaf pages. New keys
therefore go to the small ``fresh`` table and are merged into ``bands`` in one sorted pass when
``fresh`` reaches an eighth of ``bands`` (a two-level log-structured merge), which keeps the
pages written per document small at a million documents.
``docs`` stays small (the blobs live in ``payload``), and ``first_seen`` and ``id`` are indexed,
so time-window eviction and batch removal are single ``DELETE ... WHERE doc IN (SELECT ...)``
statements. ``canonical`` points at the document this one was judged a duplicate of (the one
that was written); it is ``NULL`` for a document that was kept.

The file carries ``PRAGMA application_id`` = :data:`APPLICATION_ID` and ``PRAGMA user_version``
= the schema version. A file that is not SQLite, or is SQLite but not a cleanscrape index, is
refused before anything is written to it; so is an index from a newer schema. The database runs
in WAL mode with ``synchronous=NORMAL``: a process killed at any point leaves the last committed
transaction in force, and readers never block the writer.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType

from ..errors import IndexStoreError

#: ``PRAGMA application_id`` of a cleanscrape index ("CSDX").
APPLICATION_ID = 0x43534458
#: Current schema version (``PRAGMA user_version``).
SCHEMA_VERSION = 1
#: What ``meta.format`` holds in every cleanscrape index.
FORMAT = "cleanscrape-dedup-index"
#: Seconds a writer waits for another process's write transaction before giving up.
DEFAULT_TIMEOUT = 60.0
#: Page cache of one connection, KiB (the band-key B-tree of a million documents fits).
CACHE_KIB = 512 * 1024

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE runs (run INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, started REAL NOT NULL,"
    " finished REAL, source TEXT, added INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE docs (doc INTEGER PRIMARY KEY, id TEXT NOT NULL, run INTEGER NOT NULL,"
    " first_seen REAL NOT NULL, canonical INTEGER, length INTEGER NOT NULL)",
    "CREATE INDEX docs_id ON docs (id)",
    "CREATE INDEX docs_first_seen ON docs (first_seen)",
    "CREATE TABLE payload (doc INTEGER PRIMARY KEY, signature BLOB NOT NULL,"
    " shingles BLOB NOT NULL)",
    "CREATE TABLE bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc))"
    " WITHOUT ROWID",
    "CREATE INDEX bands_doc ON bands (doc)",
    "CREATE TABLE fresh (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc))"
    " WITHOUT ROWID",
    "CREATE INDEX fresh_doc ON fresh (doc)",
)

#: Band-key tables, searched together.
BAND_TABLES = ("bands", "fresh")
#: ``fresh`` is merged into ``bands`` when it holds this many rows and an eighth of ``bands``.
MERGE_MIN_ROWS = 100_000
MERGE_RATIO = 8

#: Upgrades: ``_MIGRATIONS[v]`` turns a schema-``v`` index into schema ``v + 1``.
_MIGRATIONS: Mapping[int, Callable[[sqlite3.Connection], None]] = MappingProxyType({})


def _describe(exc: sqlite3.Error) -> str:
    return str(exc) or type(exc).__name__


@contextmanager
def translate_errors(path: Path, timeout: float) -> Iterator[None]:
    """Turn SQLite's exceptions into :class:`IndexStoreError` messages that say what to do."""
    try:
        yield
    except IndexStoreError:
        raise
    except sqlite3.OperationalError as exc:
        text = _describe(exc)
        if "locked" in text or "busy" in text:
            raise IndexStoreError(
                f"index {path} is busy: another process held its write lock for more than "
                f"{timeout:g} s; wait for that run to finish, or give this run its own index file"
            ) from exc
        raise IndexStoreError(
            f"index {path}: {text}; check that the file and its folder are writable and the disk "
            "is not full"
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise IndexStoreError(
            f"index {path} is damaged ({_describe(exc)}); it was not changed. Move it aside and "
            "start a new index (the next run re-indexes what it writes)"
        ) from exc


def _read_header(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexStoreError(f"cannot read index {path}: {exc}") from exc


def _check_header(path: Path, header: bytes) -> None:
    if len(header) == 0:
        return  # an empty file holds nothing to overwrite: it becomes a new index
    if not header.startswith(_SQLITE_MAGIC) or len(header) < 100:
        raise IndexStoreError(
            f"{path} is not a cleanscrape index (not an SQLite database); refusing to touch it. "
            "Give --index a new file name or the path of an existing index"
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise IndexStoreError(
            f"{path} is an SQLite database of another application (application_id "
            f"{app_id:#x}); refusing to touch it. Give --index a new file name"
        )


def connect(path: Path, *, create: bool, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """Open (or, with ``create``, make) the index at ``path``; refuse anything else."""
    header = _read_header(path)
    if header is None and not create:
        raise IndexStoreError(f"no index at {path}; a `clean --index {path}` run creates one")
    if header is not None:
        _check_header(path, header)
    if header is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    with translate_errors(path, timeout):
        conn = sqlite3.connect(os.fspath(path), timeout=timeout, isolation_level=None)
        try:
            _prepare(conn, path, create=create)
        except BaseException:
            conn.close()
            raise
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def _validate(conn: sqlite3.Connection, path: Path) -> int:
    """Check application id, format and version of an existing index; return its version."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = _tables(conn)
    if app_id != APPLICATION_ID or "meta" not in tables:
        raise IndexStoreError(
            f"{path} is an SQLite database but not a cleanscrape index; refusing to touch it. "
            "Give --index a new file name"
        )
    row = conn.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
    if row is None or row[0] != FORMAT:
        raise IndexStoreError(f"{path} is not a cleanscrape index (no format mark); not touched")
    if version > SCHEMA_VERSION:
        raise IndexStoreError(
            f"index {path} has schema version {version}, newer than this cleanscrape reads "
            f"({SCHEMA_VERSION}); upgrade cleanscrape to use it"
        )
    if version < 1:
        raise IndexStoreError(f"index {path} has an unknown schema version {version}; not touched")
    return version


def _prepare(conn: sqlite3.Connection, path: Path, *, create: bool) -> None:
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    if _tables(conn):
        version = _validate(conn, path)
        if version < SCHEMA_VERSION:
            _migrate(conn, path, version)
    elif not create:
        raise IndexStoreError(f"{path} is an empty database, not an index; not touched")
    else:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not _tables(conn):  # another process may have created it meanwhile
                for statement in _SCHEMA:
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [
                        ("format", FORMAT),
                        ("created", repr(time.time())),
                        ("next_doc", "1"),
                        ("bands_rows", "0"),
                        ("fresh_rows", "0"),
                    ],
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        _validate(conn, path)
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise IndexStoreError(
            f"index {path}: cannot switch to write-ahead logging (journal mode {mode}); put the "
            "index on a local disk"
        )
    conn.execute("PRAGMA synchronous = NORMAL")


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            _MIGRATIONS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM meta")}


def write_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany(
        "INSERT INTO meta (name, value) VALUES (?, ?) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        sorted(values.items()),
    )


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back if the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def in_chunks(values: Sequence[int], size: int = 900) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def delete_docs(conn: sqlite3.Connection, where: str, params: Sequence[object]) -> int:
    """Delete the documents ``SELECT doc FROM docs WHERE <where>`` picks, set-based."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone (doc INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.gone")
    conn.execute(f"INSERT INTO temp.gone (doc) SELECT doc FROM docs WHERE {where}", params)
    n = int(conn.execute("SELECT count(*) FROM temp.gone").fetchone()[0])
    if n:
        counts = read_meta(conn)
        for table in BAND_TABLES:
            cur = conn.execute(f"DELETE FROM {table} WHERE doc IN (SELECT doc FROM temp.gone)")
            left = max(0, int(counts[f"{table}_rows"]) - max(cur.rowcount, 0))
            write_meta(conn, {f"{table}_rows": str(left)})
        conn.execute("DELETE FROM payload WHERE doc IN (SELECT doc FROM temp.gone)")
        conn.execute("DELETE FROM docs WHERE doc IN (SELECT doc FROM temp.gone)")
    conn.execute("DELETE FROM temp.gone")
    return n


def add_band_keys(conn: sqlite3.Connection, rows: Iterable[tuple[int, int]], count: int) -> bool:
    """Insert ``(key, doc)`` rows (sorted by key) into ``fresh``; merge it when due.

    Returns whether a merge ran.
    """
    conn.executemany("INSERT INTO fresh (key, doc) VALUES (?, ?)", rows)
    meta = read_meta(conn)
    fresh = int(meta["fresh_rows"]) + count
    main = int(meta["bands_rows"])
    if fresh < max(MERGE_MIN_ROWS, main // MERGE_RATIO):
        write_meta(conn, {"fresh_rows": str(fresh)})
        return False
    write_meta(conn, {"fresh_rows": str(fresh)})
    merge_fresh(conn)
    return True


def merge_fresh(conn: sqlite3.Connection) -> int:
    """Move every row of ``fresh`` into ``bands`` in one sorted pass; return how many."""
    meta = read_meta(conn)
    fresh, main = int(meta["fresh_rows"]), int(meta["bands_rows"])
    conn.execute("INSERT INTO bands (key, doc) SELECT key, doc FROM fresh ORDER BY key, doc")
    conn.execute("DELETE FROM fresh")
    write_meta(conn, {"fresh_rows": "0", "bands_rows": str(main + fresh)})
    return fresh


# -- queries of the index (every statement the index runs is in this module) ---------------------


@contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN`` ... ``COMMIT``: the reads inside see one snapshot."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def docs_sharing_keys(conn: sqlite3.Connection, keys: Sequence[int]) -> list[int]:
    """Documents with at least one of these band keys, ascending."""
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        " UNION ".join(f"SELECT doc FROM {t} WHERE key IN ({marks})" for t in BAND_TABLES),
        list(keys) * len(BAND_TABLES),
    )
    return sorted(int(r[0]) for r in rows)


def docs_with_keys(conn: sqlite3.Connection, keys_json: str) -> Iterator[tuple[int, int]]:
    """``(key, doc)`` for every stored band key in ``keys_json`` (a sorted JSON list)."""
    for table in BAND_TABLES:
        for key, doc in conn.execute(
            f"SELECT j.value, b.doc FROM json_each(?) j CROSS JOIN {table} b ON b.key = j.value",
            (keys_json,),
        ):
            yield int(key), int(doc)


def runs_and_heads(
    conn: sqlite3.Connection, docs: Sequence[int]
) -> Iterator[tuple[int, int, int | None]]:
    """``(doc, run, canonical)`` of documents; ``canonical`` is ``None`` for a kept document or
    one whose canonical has been removed."""
    for chunk in in_chunks(docs):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT d.doc, d.run, c.doc FROM docs d LEFT JOIN docs c ON c.doc = d.canonical "
            f"WHERE d.doc IN ({marks})",
            list(chunk),
        )
        for doc, run, head in rows:
            yield int(doc), int(run), (int(head) if head is not None else None)


def origin(conn: sqlite3.Connection, doc: int) -> tuple[str, str, float]:
    """``(id, run name, first_seen)`` of a document."""
    id_, run, seen = conn.execute(
        "SELECT d.id, r.name, d.first_seen FROM docs d LEFT JOIN runs r ON r.run = d.run "
        "WHERE d.doc = ?",
        (doc,),
    ).fetchone()
    return str(id_), str(run), float(seen)


def shingles_blob(conn: sqlite3.Connection, doc: int) -> bytes:
    """The stored shingle hashes of a document."""
    row = conn.execute("SELECT shingles FROM payload WHERE doc = ?", (doc,)).fetchone()
    return bytes(row[0])


def new_run(
    conn: sqlite3.Connection, base: str, started: float, source: str | None
) -> tuple[int, str]:
    """Record a run named ``base`` (``base.2``, ``base.3``... when taken); ``(run, name)``."""
    name, n = base, 1
    while conn.execute("SELECT 1 FROM runs WHERE name = ?", (name,)).fetchone():
        n += 1
        name = f"{base}.{n}"
    cur = conn.execute(
        "INSERT INTO runs (name, started, source) VALUES (?, ?, ?)", (name, started, source)
    )
    return int(cur.lastrowid or 0), name


def count_added(conn: sqlite3.Connection, run: int, added: int) -> None:
    conn.execute("UPDATE runs SET added = added + ? WHERE run = ?", (added, run))


def finish_run(conn: sqlite3.Connection, run: int, finished: float) -> None:
    conn.execute("UPDATE runs SET finished = ? WHERE run = ?", (finished, run))


def insert_docs(
    conn: sqlite3.Connection,
    docs: Sequence[tuple[int, str, int, float, int | None, int]],
    payloads: Sequence[tuple[int, bytes, bytes]],
) -> None:
    """Insert ``(doc, id, run, first_seen, canonical, length)`` rows and their
    ``(doc, signature, shingles)`` payloads."""
    conn.executemany(
        "INSERT INTO docs (doc, id, run, first_seen, canonical, length) VALUES (?, ?, ?, ?, ?, ?)",
        docs,
    )
    conn.executemany("INSERT INTO payload (doc, signature, shingles) VALUES (?, ?, ?)", payloads)


def delete_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> int:
    """Delete every document with one of these ids; return how many."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.wanted")
    conn.executemany("INSERT INTO temp.wanted (id) VALUES (?)", [(i,) for i in ids])
    n = delete_docs(conn, "id IN (SELECT id FROM temp.wanted)", ())
    conn.execute("DELETE FROM temp.wanted")
    return n


def delete_older(conn: sqlite3.Connection, cutoff: float) -> int:
    """Delete every document first seen before ``cutoff`` (a Unix time); return how many."""
    return delete_docs(conn, "first_seen < ?", (cutoff,))


def counts(conn: sqlite3.Connection) -> tuple[int, int, float | None, float | None]:
    """``(documents, runs, oldest first_seen, newest first_seen)``."""
    docs = int(conn.execute("SELECT count(*) FROM docs").fetchone()[0])
    runs = int(conn.execute("SELECT count(*) FROM runs").fetchone()[0])
    oldest, newest = conn.execute("SELECT min(first_seen), max(first_seen) FROM docs").fetchone()
    return docs, runs, oldest, newest


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's ``integrity_check``: ``[]`` when the file is sound, else its findings."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows
