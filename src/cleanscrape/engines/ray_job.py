"""A whole ``clean`` run on Ray: the workers read the input, clean, de-duplicate and write; the
driver keeps one report entry per document and never holds a text.

1. **List** (driver): the files below INPUT (:func:`~cleanscrape.io.readers.folder.iter_sources`,
   or an fsspec listing for a URL) become rows ``seq, item``.
2. **Read + clean** (two ``map_batches``): a reading task per block of files yields their
   documents ``per_block`` at a time; a cleaning task per such block runs the per-document
   path and appends the clean texts (and the line traces for report.html) to a spool shard of
   its own in a hidden folder of OUT; the rows coming back hold the document's
   :class:`~cleanscrape.batch.DocRecord` (report entry, line hashes, where its text waits), in
   input order.
3. **Site templates**: :meth:`RayEngine.site_templates` (a group-by on site, run from an
   actor of its own, as the dedup stage: the sort's pieces are not the driver's objects).
4. **Dedup**: :func:`~cleanscrape.dedup.distributed.find_clusters` over rows that point at the
   spooled texts (``ref``: shard, offset, size, template lines); workers load the texts they
   need, write the texts' shingle hashes to a folder of the spool for the candidate checks,
   and only the finished clusters come back. The stage runs from an actor of its own
   (:func:`~cleanscrape.engines.ray.owned_clusters`), which submits its dozen shuffles and
   owns their objects (the small results Ray returns inline to the submitter, the lineage it
   keeps on the owner), and exits when the clusters are back: the driver's memory does not
   grow with the shuffles.
5. **Write** (``map_batches``): the driver names each kept article's output in input order (a
   taken name gets ``.2``, as with the local engine); the workers read the texts back and write
   them with the format's own writer: ``.txt`` files straight into OUT, each atomically;
   JSONL/Parquet into part files that the driver appends to the run's writer in input order,
   streaming (one temporary file, moved into place at the end: all of it or nothing). The
   records go to Ray ``chunk`` at a time, and every row carries its position among the kept
   articles, which each fate and part file comes back with: nothing depends on the order
   blocks come back in (a union of datasets of several blocks each yields them interleaved,
   even with ``preserve_order``).

OUT (and INPUT, when it is a path) must be on storage every node sees (NFS, a mounted bucket)
when the Ray cluster has more than one node. The spool folder is removed when the batch closes.
"""

from __future__ import annotations

import ctypes
import functools
import json
import logging
import pickle
import shutil
import struct
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..batch import (
    DocRecord,
    Pipeline,
    StreamedBatch,
    _clean_and_summarize,
    accept_record,
    apply_line_drops,
    mark_record_duplicates,
)
from ..chrome.templates import stripped_whole
from ..dedup.distributed import release_finished
from ..dedup.prints import site_numbers, whole_page_marks
from ..document import Document
from ..errors import OutputError, os_error_reason
from ..io.parquet import ParquetColumns
from ..io.readers import read_file
from ..io.readers.folder import SourceItem, iter_sources
from ..io.readers.registry import read_url
from ..io.remote import is_url, url_sources
from ..io.writers import open_writer
from ..options import CleanOptions
from ..verdicts import settle_drops
from .base import JobSpec
from .ray import (
    TO_DRIVER,
    Column,
    RayEngine,
    _arrow_tables,
    _from_columns,
    dedup_result,
    owned_clusters,
)

log = logging.getLogger(__name__)

Batch = dict[str, Any]
#: CPUs a reading task asks of Ray (what sets it apart from the cleaning tasks).
READ_CPUS = 0.25
#: Where a text waits: spool shard, (offset, size).
At = tuple[int, int]
#: The report entry's fields a document's writing settles (``runner._finish``): all a write
#: task sends back of a record, so that the driver keeps its own entry and the strings it
#: shares with the record (a whole entry unpickled is a copy of every id, title and name).
FATE = ("status", "duplicate_of", "similarity", "chars_out", "error", "output")


def spooled_text(shard: str, at: At, drop: npt.NDArray[np.bool_] | None) -> str:
    """A clean text from a spool shard, without the lines the site-template stage dropped."""
    with open(shard, "rb") as fh:
        fh.seek(at[0])
        text = fh.read(at[1]).decode("utf-8")
    if drop is not None:
        lines = text.split("\n")
        text = "\n".join(ln for ln, d in zip(lines, drop.tolist(), strict=True) if not d)
    return text


_REF = struct.Struct("<qqi")


def _ref(shard: str, at: At | None, drop: npt.NDArray[np.bool_] | None) -> bytes:
    """Where a text waits, for the dedup stage: offset, size, the shard's name and the
    template-dropped lines (one byte a line), packed (a pickled tuple is three times longer)."""
    name = shard.encode("utf-8")
    offset, size = at or (0, 0)
    mask = b"" if drop is None else np.asarray(drop, dtype=np.bool_).tobytes()
    return _REF.pack(offset, size, len(name)) + name + mask


def _ref_text(ref: bytes) -> str:
    """The dedup stage's loader: the text at ``ref`` (:func:`_ref`)."""
    offset, size, length = _REF.unpack_from(ref)
    start = _REF.size + length
    shard = ref[_REF.size : start].decode("utf-8")
    drop = np.frombuffer(ref, dtype=np.bool_, offset=start) if len(ref) > start else None
    return spooled_text(shard, (offset, size), drop)


class RayBatch(StreamedBatch):
    """A finished batch whose texts wait in the workers' spool shards (a hidden folder in OUT,
    removed by :meth:`close`). Records are in input order; ``record.index`` is the position."""

    def __init__(self, out: Path, options: CleanOptions) -> None:
        # no local spool file or fingerprint store: the shards replace them
        self.options = options
        self._by_id: dict[str, DocRecord] | None = None
        self.records: list[DocRecord] = []
        self.clusters = []
        self.timings: dict[str, float] = {}
        self.stage_seconds: dict[str, float] = {}
        self.fingerprints = {}
        out.mkdir(parents=True, exist_ok=True)
        self.spool_dir = Path(tempfile.mkdtemp(prefix=".cleanscrape-ray-", dir=out.absolute()))
        self.shards: list[str] = []

    def text(self, record: DocRecord) -> str:
        if record.spool is None:
            return ""
        return spooled_text(self.shards[record.index], record.spool, record.drop)

    def trace(self, record: DocRecord) -> list[list[Any]] | None:
        if record.trace_spool is None:
            return None
        trace = spooled_text(self.shards[record.index], record.trace_spool, None)
        return json.loads(trace)  # type: ignore[no-any-return]

    def close(self) -> None:
        def failed(_fn: Any, path: str, info: Any) -> None:
            log.warning("cannot remove %s: %s", path, info[1])

        shutil.rmtree(self.spool_dir, onerror=failed)


# -- worker side -------------------------------------------------------------------------------


#: What the workers read: a local file, a file URL, or an error document from the listing.
Item = SourceItem | tuple[str, str]


def _items(item: Item, columns: ParquetColumns) -> Iterator[Document]:
    if isinstance(item, Document):
        yield item
    elif isinstance(item[0], str):
        yield from read_url(item[0], item[1], columns)
    else:
        yield from read_file(item[0], item[1], columns)


def _read(batch: Batch, columns: ParquetColumns, rows: int) -> Iterator[Batch]:
    """Read one block of files: their documents, ``rows`` at a time (one JSONL or Parquet file
    can hold a whole corpus: the cleaning of its documents spreads over the workers)."""
    seqs: list[int] = []
    docs: list[bytes] = []

    def out() -> Batch:
        done = {"seq": np.array(seqs, dtype=np.int64), "doc": np.array(docs, dtype=object)}
        seqs.clear()
        docs.clear()
        return done

    for seq, raw in zip(batch["seq"].tolist(), batch["item"].tolist(), strict=True):
        for doc in _items(pickle.loads(raw), columns):
            seqs.append(seq)
            docs.append(pickle.dumps(doc, protocol=5))
            if len(docs) == rows:
                yield out()
    if docs:
        yield out()


def _clean_docs(batch: Batch, options: CleanOptions, keys: bool, trace: bool, spool: str) -> Batch:
    """Clean one block of documents; texts and traces go to this task's spool shard."""
    seqs = batch["seq"]
    shard = Path(spool) / f"{int(seqs[0]) if seqs.size else 0:012d}-{uuid.uuid4().hex}.spool"
    recs: list[bytes] = []
    size = 0
    try:
        with shard.open("wb") as fh:

            def put(text: str) -> At:
                nonlocal size
                data = text.encode("utf-8")
                fh.write(data)
                at = (size, len(data))
                size += len(data)
                return at

            for raw in batch["doc"].tolist():
                doc: Document = pickle.loads(raw)
                record, text = _clean_and_summarize((0, doc), options, keys, trace)
                if record.status == "kept":
                    record.spool = put(text)
                if record.trace is not None:
                    record.trace_spool, record.trace = put(record.trace), None
                recs.append(pickle.dumps(record, protocol=TO_DRIVER))
    except OSError as exc:
        raise OutputError(
            f"cannot keep the clean texts in {spool} until the batch stages are done: "
            f"{os_error_reason(exc)}; no article was written; free some space or choose another "
            "folder for -o, then run again"
        ) from exc
    return {
        "seq": seqs,
        "rec": np.array(recs, dtype=object),
        "shard": np.array([str(shard)] * len(recs), dtype=object),
    }


def _write_block(batch: Batch, fmt: str, out: str, source: str, spool: str) -> Batch:
    """Write one block of kept articles with the format's writer: ``.txt`` files into OUT, or
    one part file (JSONL/Parquet) in the spool folder; each record's final fate comes back."""
    from ..runner import _finish

    recs: list[DocRecord] = [pickle.loads(x) for x in batch["rec"].tolist()]
    shards = batch["shard"].tolist()
    positions = batch["pos"]
    if fmt == "txt":
        folder, part = Path(out), ""
    else:
        folder = Path(spool) / f"part-{recs[0].index:012d}-{uuid.uuid4().hex}"
        part = ""
    with open_writer(fmt, folder, Path(source)) as writer:
        for record, shard in zip(recs, shards, strict=True):
            view = record.view(spooled_text(shard, record.spool or (0, 0), record.drop))
            writer.write(view)
            _finish(record, view)
    if fmt != "txt":
        target = getattr(writer, "target", None)
        part = str(target) if target is not None else ""
    return {
        "pos": positions,
        "fate": np.array(
            [pickle.dumps(tuple(r.entry[k] for k in FATE), protocol=5) for r in recs],
            dtype=object,
        ),
        # the part file and the block's row count, on its first row
        "part": np.array([part] + [""] * (len(recs) - 1), dtype=object),
        "rows": np.array([len(recs)] + [0] * (len(recs) - 1), dtype=np.int64),
    }


# -- driver side -------------------------------------------------------------------------------


def trim_heap() -> None:
    """Hand the free pages of the C heap back to the system (glibc's ``malloc_trim``; a no-op
    elsewhere). A stage that streams many short-lived objects through the driver (the clean
    stage's rows, the write stage's records) leaves freed memory the allocator keeps for
    later; after it, the driver keeps only what is live. Called at the end of every stage and,
    in the clean stage, every ``chunk`` records as they come. A complement: it frees nothing
    live."""
    if not sys.platform.startswith("linux"):
        return
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # absent from musl's libc
    if trim is not None:
        trim(0)


def _listed(job: JobSpec) -> list[Item]:
    if is_url(job.source):
        return list(url_sources(job.source, skipped=job.skipped))
    # workers may run in another folder: they get absolute paths (names stay relative)
    return [
        item if isinstance(item, Document) else (item[0].absolute(), item[1])
        for item in iter_sources(job.source, skipped=job.skipped, follow_links=job.follow_links)
    ]


def run_job(engine: RayEngine, pipeline: Pipeline, job: JobSpec) -> RayBatch:
    """Run ``pipeline``'s stages over ``job.source`` on Ray (see the module docstring)."""
    opts = pipeline.options
    templates = opts.strip_chrome and opts.site_templates
    announce = pipeline.on_stage or (lambda _name: None)
    batch = RayBatch(job.out, opts)
    try:
        t0 = time.perf_counter()
        _clean(engine, pipeline, job, batch, templates)
        trim_heap()
        batch.timings["clean"] = time.perf_counter() - t0
        log.info("%d documents cleaned on Ray", len(batch.records))
        if templates:
            announce("site templates")
            t0 = time.perf_counter()
            _templates(engine, batch, opts)
            trim_heap()
            batch.timings["templates"] = time.perf_counter() - t0
        if opts.dedup:
            announce("dedup")
            t0 = time.perf_counter()
            _dedup(engine, batch, opts)
            trim_heap()
            batch.timings["dedup"] = time.perf_counter() - t0
            log.info("dedup: %d clusters", len(batch.clusters))
        announce("writing")
        _write(engine, batch, job)
        trim_heap()
    except BaseException:
        batch.close()
        raise
    return batch


def _clean(
    engine: RayEngine, pipeline: Pipeline, job: JobSpec, batch: RayBatch, templates: bool
) -> None:
    items = _listed(job)
    if not items:
        return
    listed: dict[str, Column] = {
        "seq": np.arange(len(items), dtype=np.int64),
        "item": [pickle.dumps(it, protocol=5) for it in items],
    }
    del items
    read = functools.partial(_read, columns=job.columns, rows=engine.per_block)
    clean = functools.partial(
        _clean_docs,
        options=pipeline.options,
        keys=templates,
        trace=pipeline.trace,
        spool=str(batch.spool_dir),
    )
    # reading is light: with its own CPU share it is not fused into the cleaning tasks, so the
    # documents of one large file are cleaned by every worker
    ds = (
        _from_columns(listed, engine.per_block)
        .map_batches(read, batch_format="numpy", batch_size=None, num_cpus=READ_CPUS)
        .map_batches(clean, batch_format="numpy", batch_size=None)
    )
    shard_name = ""
    last = -1
    trimmed = 0
    for b in ds.iter_batches(batch_format="numpy", batch_size=None):
        if b["seq"].size:  # one dataset: its blocks come back in order (preserve_order)
            if int(b["seq"][0]) < last:
                raise RuntimeError("Ray returned the cleaned blocks out of input order")
            last = int(b["seq"][-1])
        if len(batch.records) - trimmed >= engine.chunk:
            # the blocks Ray returns inline pass through the driver's heap: hand back what
            # they left freed as the stage goes, not only once it ends (its peak)
            trim_heap()
            trimmed = len(batch.records)
        for raw, shard in zip(b["rec"].tolist(), b["shard"].tolist(), strict=True):
            if shard != shard_name:  # one string per shard, not one per document
                shard_name = shard
            record: DocRecord = pickle.loads(raw)
            record.index = len(batch.records)
            accept_record(record, batch.records, batch.stage_seconds, pipeline.on_result)
            batch.shards.append(shard_name)
    del ds
    release_finished()


def _settle(record: DocRecord, fate: tuple[Any, ...]) -> None:
    """A written record's fate (:data:`FATE`, from its write task) put into its own report
    entry: only the values that changed are replaced (an article written as named keeps the
    driver's strings), and the status is the batch's shared name."""
    entry = record.entry
    for name, value in zip(FATE, fate, strict=True):
        if entry[name] != value:
            entry[name] = value
    record.status = entry["status"] = sys.intern(entry["status"])  # type: ignore[assignment]


def _templates(engine: RayEngine, batch: RayBatch, opts: CleanOptions) -> None:
    """Site templates (a group-by on site) and the consistent-verdict stage, put on the
    records as the local engine does (:func:`~cleanscrape.batch.apply_line_drops`)."""
    keys = [r.keys for r in batch.records]
    apply_line_drops(batch.records, engine.site_templates(keys, opts), settle_drops(keys))
    for record in batch.records:
        record.keys = None


def _dedup(engine: RayEngine, batch: RayBatch, opts: CleanOptions) -> None:
    live = [r for r in batch.records if r.status == "kept"]
    if len(live) < 2:
        return
    # the rows are made a chunk at a time, as columns: each text's ``ref`` is where it waits
    # (:func:`_ref_text`), its length, date and site (about 100 bytes a text)
    sites = np.array(site_numbers([r.site for r in live]), dtype=np.int64)
    whole = whole_page_marks([stripped_whole(r.entry["flags"], opts) for r in live])
    tables = []
    for lo in range(0, len(live), engine.chunk):
        chunk = live[lo : lo + engine.chunk]
        tables += _arrow_tables(
            {
                "order": np.arange(lo, lo + len(chunk), dtype=np.int64),
                "ref": [_ref(batch.shards[r.index], r.spool, r.drop) for r in chunk],
                "length": np.array([r.entry["chars_out"] for r in chunk], dtype=np.int64),
                "published": [r.published or "" for r in chunk],
                "site": sites[lo : lo + len(chunk)],
                "kept": np.array(whole[lo : lo + len(chunk)], dtype=np.int64),
            },
            1024,
        )
    # the shingle hashes wait beside the texts for the candidate checks (not in every shuffle)
    store = batch.spool_dir / "hashes"
    store.mkdir()
    try:
        # the stage's shuffles are submitted, and their objects owned, by an actor that exits
        # when it is done: only the clusters come back to the driver
        clusters = owned_clusters(tables, opts, load=_ref_text, store=str(store))
        del tables
        found = dedup_result(len(live), clusters)
    finally:
        shutil.rmtree(
            store,
            onerror=lambda _fn, path, info: log.warning("cannot remove %s: %s", path, info[1]),
        )
    batch.clusters = mark_record_duplicates(live, found)


def _write(engine: RayEngine, batch: RayBatch, job: JobSpec) -> None:
    kept = [r for r in batch.records if r.status == "kept"]
    if not kept:
        return
    for r in kept:  # in input order, as the local engine names them
        r.entry["output"] = job.name_output(r.entry["output"])
    work = functools.partial(
        _write_block,
        fmt=job.output_format,
        out=str(job.out.absolute()),
        source=job.source if is_url(job.source) else str(Path(job.source).absolute()),
        spool=str(batch.spool_dir),
    )
    # one chunk of records at a time in the object store (a pickled record is a few kB); the
    # blocks of a chunk come back in any order: each fate goes to the record at its position,
    # and the part files are appended in input order once the ones before them are in
    waiting: dict[int, tuple[str, int]] = {}  # first position -> part file, rows
    appended = 0
    for lo in range(0, len(kept), engine.chunk):
        chunk = kept[lo : lo + engine.chunk]
        rows: dict[str, Column] = {
            "pos": np.arange(lo, lo + len(chunk), dtype=np.int64),
            "rec": [pickle.dumps(r, protocol=5) for r in chunk],
            "shard": [batch.shards[r.index] for r in chunk],
        }
        ds = _from_columns(rows, engine.block).map_batches(
            work, batch_format="numpy", batch_size=None
        )
        del rows, chunk
        for b in ds.iter_batches(batch_format="numpy", batch_size=None):
            for pos, fate, part, count in zip(
                b["pos"].tolist(),
                b["fate"].tolist(),
                b["part"].tolist(),
                b["rows"].tolist(),
                strict=True,
            ):
                _settle(kept[pos], pickle.loads(fate))
                if count:
                    waiting[pos] = (part, count)
            while appended in waiting:
                part, count = waiting.pop(appended)
                if part:
                    job.writer.extend_from(Path(part))
                appended += count
        del ds
        release_finished()  # this chunk's records leave the object store before the next
    if appended != len(kept):
        raise RuntimeError(f"the write stage returned {appended} of {len(kept)} articles")
