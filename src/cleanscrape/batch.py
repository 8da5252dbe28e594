"""The batch pipeline: the per-document path through an engine (in-process, or worker
processes when ``jobs > 1``), then the batch stages (site templates, dedup) through the engine.

Results come back in input order, so output is identical for any worker count or engine.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from .chrome.memo import LineMemo
from .chrome.templates import (
    SITE_TEMPLATE,
    LineKeys,
    drop_lines,
    line_keys,
    site_key,
    stripped_whole,
)
from .dedup import Comparison, DedupResult
from .dedup.compare import Figures, TextView, compare_figures, compare_measured
from .dedup.core import add_comparisons
from .dedup.prints import PrintStore, TextPrint, text_prints
from .dedup.signature import U32, U64
from .document import CleanResult, DocResult, Document, Kind, Removal, Status
from .engines import Engine, default_engine
from .engines.base import PrintEngine
from .errors import OutputError, os_error_reason
from .options import CleanOptions
from .process import clean_document
from .report import document_entry
from .verdicts import combined, settle_drops

log = logging.getLogger(__name__)
#: Texts fingerprinted again in one call after the site-template stage changed them: one
#: vectorised call costs far less than one a text, and a chunk bounds the texts in memory.
_REPRINT_CHUNK = 256


def log_internal_error(doc_id: str, trace: str) -> None:
    """Log an unexpected exception raised while cleaning one document, with its traceback."""
    log.error("internal error while cleaning %s (a bug; please report it):\n%s", doc_id, trace)


@dataclass(slots=True)
class ClusterInfo:
    kept: str
    members: list[str]
    similarities: list[float]
    #: each member against the kept one (``None`` for the kept one); a streamed batch makes
    #: them when the report is written (:meth:`StreamedBatch.compare`), from ``figures``
    comparisons: list[Comparison | None] = field(default_factory=list)
    #: what the dedup measured of each member against the kept one (``None`` for the kept one)
    figures: list[Figures | None] = field(default_factory=list)
    #: the member the figures were measured against (the first kept one)
    measured_against: str | None = None


@dataclass(slots=True)
class Batch:
    """Everything :meth:`Pipeline.run` produced: results in input order and clusters."""

    results: list[DocResult]
    clusters: list[ClusterInfo] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class Pipeline:
    """The one pipeline behind the API and the CLI.

    >>> from cleanscrape import Document, Pipeline
    >>> batch = Pipeline().run([Document("a", "Hello world, this is a page.")])
    >>> batch.results[0].status
    'kept'
    """

    def __init__(
        self,
        options: CleanOptions | None = None,
        *,
        jobs: int = 1,
        on_result: Callable[[DocResult], None] | None = None,
        engine: Engine | None = None,
        keep_fingerprints: bool = False,
        trace: bool = False,
        on_stage: Callable[[str], None] | None = None,
    ) -> None:
        self.options = options or CleanOptions()
        #: told the name of each batch stage as it starts ("site templates", "dedup", "writing")
        self.on_stage = on_stage
        self.trace = trace  # keep each document's per-line verdicts (for report.html)
        self.jobs = max(1, int(jobs))
        self.on_result = on_result
        self.engine = engine if engine is not None else default_engine(self.jobs)
        #: streamed batches keep the dedup stage's fingerprints of the kept texts (for an index)
        self.keep_fingerprints = keep_fingerprints

    def stream(self, docs: Iterable[Document]) -> Iterator[DocResult]:
        """Per-document stages only (no batch-level dedup), results in input order."""
        return self._stream(docs, LineMemo())

    def _stream(self, docs: Iterable[Document], memo: LineMemo) -> Iterator[DocResult]:
        """:meth:`stream`, the pages sharing ``memo`` (the text-only features of the lines
        seen: a site's chrome is worked out once); a worker process fills a copy of its own."""
        work = functools.partial(clean_document, options=self.options, trace=self.trace, memo=memo)
        for res in self.engine.map_documents(work, docs):
            if res.internal_error:
                log_internal_error(res.id, res.internal_error)
            if self.on_result:
                self.on_result(res)
            yield res

    def run(self, docs: Iterable[Document]) -> Batch:
        """All stages: per-document cleaning, then de-duplication across the batch."""
        t0 = time.perf_counter()
        memo = LineMemo()
        results = list(self._stream(docs, memo))
        batch = Batch(results, timings={"clean": time.perf_counter() - t0})
        if self.options.strip_chrome and self.options.site_templates:
            t0 = time.perf_counter()
            # (the keys the strip stage made; a line's hash worked out once for the batch)
            hashes: dict[str, int] = {}
            keys = [line_keys(r, memo, hashes) for r in results]
            drops = self.engine.site_templates(keys, self.options)
            settled = settle_drops(keys)  # one line, one verdict (verdicts.py)
            for i in sorted(set(drops) | set(settled)):
                result = results[i].result
                assert result is not None
                template, settle = combined(drops.get(i), settled.get(i))
                if template is not None:
                    drop_lines(result, template)
                if settle is not None:
                    drop_lines(result, *settle)
            batch.timings["templates"] = time.perf_counter() - t0
        if self.options.dedup:
            t0 = time.perf_counter()
            batch.clusters = mark_duplicates(results, self.options, self.engine)
            batch.timings["dedup"] = time.perf_counter() - t0
        return batch

    def run_streamed(
        self,
        docs: Iterable[Document],
        spool: Path,
        sink: Callable[[DocRecord, str], None] | None = None,
    ) -> StreamedBatch:
        """All stages, keeping no text in memory: clean texts wait in a temporary file in the
        folder ``spool`` (removed when the returned batch is closed); per document only a
        :class:`DocRecord` (report entry, line hashes for site templates) stays in memory.

        ``sink(record, text)`` gets each kept document, in input order, as soon as its fate is
        known: at once when no batch stage runs, else after the batch stages.
        """
        return _run_streamed(self, docs, spool, sink)


def mark_duplicates(
    results: Sequence[DocResult], options: CleanOptions, engine: Engine | None = None
) -> list[ClusterInfo]:
    """Set ``status``/``duplicate_of``/``similarity`` on duplicates; return the clusters."""
    live = [r for r in results if r.status == "kept"]
    published = [(r.result.metadata.get("published") if r.result else None) for r in live]
    texts = [r.text for r in live]
    sites = [site_key(r) for r in live]
    whole = [stripped_whole(r.result.flags if r.result else [], options) for r in live]
    found = (engine or default_engine(1)).duplicates(
        texts, published, options, sites=sites, whole_pages=whole
    )
    add_comparisons(found, texts, options)
    for r, dup, sim in zip(live, found.duplicate_of, found.similarity, strict=True):
        if dup is not None:
            r.status = "duplicate"
            r.duplicate_of = live[dup].id
            r.similarity = sim
    return cluster_infos([r.id for r in live], found)


def cluster_infos(ids: Sequence[str], found: DedupResult) -> list[ClusterInfo]:
    """The clusters of ``found`` (positions in a list of texts) named by document id."""
    return [
        ClusterInfo(
            ids[c.kept],
            [ids[m] for m in c.members],
            list(c.similarities),
            list(c.comparisons),
            list(c.figures),
            ids[c.kept],
        )
        for c in found.clusters
    ]


def mark_record_duplicates(live: Sequence[DocRecord], found: DedupResult) -> list[ClusterInfo]:
    """Mark the duplicates among the kept records ``live`` (as :func:`mark_duplicates` does for
    results, in their report entries, the planned output kept in case the kept copy cannot be
    written); return the clusters."""
    for r, dup, sim in zip(live, found.duplicate_of, found.similarity, strict=True):
        if dup is not None:
            r.status = r.entry["status"] = "duplicate"
            r.entry["duplicate_of"] = live[dup].id
            r.entry["similarity"] = sim
            r.planned_output = r.entry["output"]  # if its kept copy cannot be written
            r.entry["chars_out"], r.entry["output"] = 0, None
    return cluster_infos([r.id for r in live], found)


# --- streaming ----------------------------------------------------------------------------------


@dataclass(slots=True)
class DocRecord:
    """What a streaming batch keeps of one document until the batch stages are done.

    No text: the clean text of a kept document waits in the spool (``spool`` is its offset and
    size there); ``keys`` is what the site-template stage needs; ``entry`` is the document's
    report.json entry, updated by the batch stages and the writer.
    """

    index: int
    id: str
    url: str | None
    kind: Kind
    chars_in: int
    status: Status
    entry: dict[str, Any]
    title: str | None = None
    published: str | None = None
    internal_error: str | None = None
    #: the site a kept document was published on (:func:`~.chrome.templates.site_key`)
    site: str | None = None
    keys: LineKeys | None = None
    #: the dedup fingerprint of the clean text, made by the worker; moved to the batch's
    #: :class:`~cleanscrape.dedup.prints.PrintStore` when the record arrives
    print: TextPrint | None = None
    spool: tuple[int, int] | None = None
    drop: npt.NDArray[np.bool_] | None = None
    #: the lines of ``drop`` the consistent-verdict stage dropped, and its reason
    settled: tuple[npt.NDArray[np.bool_], str] | None = None
    trace: str | None = None  # the per-line verdicts as JSON (``trace=True``), until spooled
    trace_spool: tuple[int, int] | None = None
    planned_output: str | None = None  # a duplicate's output name, should it be promoted
    timings: dict[str, float] = field(default_factory=dict)

    def view(self, text: str) -> DocResult:
        """A :class:`DocResult` for this document with ``text`` (for writers and the index)."""
        entry = self.entry
        removed = [Removal(reason, "") for reason, n in entry["removed"].items() for _ in range(n)]
        result = CleanResult(
            text,
            self.title,
            removed=removed,
            metadata=dict(entry["metadata"]),
            flags=list(entry["flags"]),
            confidence=entry.get("confidence"),
        )
        return DocResult(
            id=self.id,
            url=self.url,
            kind=self.kind,
            chars_in=self.chars_in,
            output=entry["output"],
            result=result,
            status=self.status,
            error=entry["error"],
            duplicate_of=entry["duplicate_of"],
            similarity=entry["similarity"],
            internal_error=self.internal_error,
        )


def summarize(res: DocResult, index: int, *, keys: bool, memo: LineMemo | None = None) -> DocRecord:
    """The :class:`DocRecord` of a cleaned document (``keys``: compute its template keys, from
    the keys in ``memo`` where it holds them)."""
    result = res.result
    return DocRecord(
        index=index,
        id=res.id,
        url=res.url,
        kind=res.kind,
        chars_in=res.chars_in,
        status=res.status,
        entry=document_entry(res),
        title=result.title if result is not None else None,
        published=result.metadata.get("published") if result is not None else None,
        internal_error=res.internal_error,
        site=site_key(res) if res.status == "kept" else None,
        keys=line_keys(res, memo) if keys else None,
        timings=res.timings,
    )


def _clean_and_summarize(
    item: tuple[int, Document],
    options: CleanOptions,
    keys: bool,
    trace: bool = False,
    prints: bool = False,
    memo: LineMemo | None = None,
) -> tuple[DocRecord, str]:
    """Worker side of a streaming batch: the record and the clean text (empty unless kept);
    with ``trace``, the record carries the per-line verdicts as compact JSON; with ``prints``,
    a kept text's dedup fingerprint."""
    index, doc = item
    res = clean_document(doc, options, trace=trace, memo=memo)
    record = summarize(res, index, keys=keys, memo=memo)
    if prints and res.status == "kept":
        record.print = text_prints([res.text], options, whole=True)[0]
    if trace and res.result is not None and res.result.trace is not None:
        record.trace = json.dumps(
            [[v.lineno, v.keep, v.reason, v.text] for v in res.result.trace],
            ensure_ascii=False,
            separators=(",", ":"),
        )
    return record, res.text if res.status == "kept" else ""


def apply_line_drops(
    records: Sequence[DocRecord],
    drops: Mapping[int, npt.NDArray[np.bool_]],
    settled: Mapping[int, tuple[npt.NDArray[np.bool_], str]],
) -> list[DocRecord]:
    """Put the batch stages' line drops on the records (every engine calls this): the site
    template masks (``drops``, from the engine's ``site_templates``) and the consistent-verdict
    masks (``settled``, from :func:`~.verdicts.settle_drops`), both over each record's kept
    lines and keyed by record index. Sets ``record.drop`` (the union), ``record.settled`` (the
    lines only the verdict stage dropped, and its reason) and the report entry's removal
    counts. Returns the records whose text changed, in index order."""
    changed: list[DocRecord] = []
    for i in sorted(set(drops) | set(settled)):
        record = records[i]
        drop, settle = drops.get(i), settled.get(i)
        removed = dict(record.entry["removed"])
        if drop is not None:
            removed[SITE_TEMPLATE] = removed.get(SITE_TEMPLATE, 0) + int(drop.sum())
        if settle is not None:
            more = settle[0] if drop is None else settle[0] & ~drop
            removed[settle[1]] = removed.get(settle[1], 0) + int(more.sum())
            drop = settle[0] if drop is None else drop | settle[0]
            record.settled = (more, settle[1])
        record.drop = drop
        record.entry["removed"] = dict(sorted(removed.items()))
        if drop is not None and drop.any():
            changed.append(record)
    return changed


def accept_record(
    record: DocRecord,
    records: list[DocRecord],
    stage_seconds: dict[str, float],
    on_result: Callable[[DocResult], None] | None,
) -> None:
    """Take one record from a worker into a batch, as every engine does: its names shared, an
    internal error logged, the caller told, its stage times summed, appended to ``records``."""
    _share_names(record)
    if record.internal_error:
        log_internal_error(record.id, record.internal_error)
    if on_result:
        on_result(record.view(""))
    for stage, seconds in record.timings.items():
        stage_seconds[stage] = stage_seconds.get(stage, 0.0) + seconds
    record.timings = {}
    records.append(record)


def _share_names(record: DocRecord) -> None:
    """Every record comes unpickled with its own copy of each dict key and status name (about
    2 kB a document): make them the interned strings, one copy for the batch."""
    entry = record.entry
    for name in ("removed", "metadata"):
        entry[name] = {sys.intern(k): v for k, v in entry[name].items()}
    entry["kind"] = record.kind = sys.intern(record.kind)  # type: ignore[assignment]
    entry["status"] = record.status = sys.intern(record.status)  # type: ignore[assignment]
    record.entry = {sys.intern(k): v for k, v in entry.items()}


class _Spool:
    """Clean texts waiting for the batch stages: an unnamed temporary file (gone on close).

    It lives in OUT, so a full output disk shows here first: that stops the run with an
    :class:`~cleanscrape.errors.OutputError` before any article is written (nothing half-done).
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        # closed by close(), which StreamedBatch calls when the batch is done
        self.file = tempfile.TemporaryFile(dir=folder, prefix=".cleanscrape-spool-")  # noqa: SIM115
        self.size = 0

    def _failed(self, exc: OSError) -> OutputError:
        return OutputError(
            f"cannot keep the clean texts in {self.folder} until the batch stages are done: "
            f"{os_error_reason(exc)} ({self.size:,} bytes kept so far); no article was written; "
            "free some space or choose another folder for -o, then run again"
        )

    def put(self, text: str) -> tuple[int, int]:
        return self.put_bytes(text.encode("utf-8"))

    def put_bytes(self, data: bytes) -> tuple[int, int]:
        try:
            self.file.seek(self.size)
            self.file.write(data)
        except OSError as exc:
            raise self._failed(exc) from exc
        at = (self.size, len(data))
        self.size += len(data)
        return at

    def get(self, at: tuple[int, int]) -> str:
        return self.get_bytes(at).decode("utf-8")

    def get_bytes(self, at: tuple[int, int]) -> bytes:
        try:
            self.file.seek(at[0])
            return self.file.read(at[1])
        except OSError as exc:  # the last buffered write fails when the buffer is flushed
            raise self._failed(exc) from exc

    def close(self) -> None:
        try:
            self.file.close()
        except OSError as exc:  # flushing what is thrown away anyway
            log.debug("spool in %s: %s", self.folder, os_error_reason(exc))


class _SpooledTexts(Sequence[str]):
    """The final clean texts of some records, read from the spool on demand."""

    def __init__(self, batch: StreamedBatch, records: list[DocRecord]) -> None:
        self.batch = batch
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self.batch.text(r) for r in self.records[i]]
        return self.batch.text(self.records[i])


class StreamedBatch:
    """A batch whose clean texts wait on disk: :meth:`Pipeline.run_streamed` makes one.

    ``records`` are in input order with their final status; :meth:`text` reads a kept text
    (site-template lines already dropped). Close it (or use ``with``) to remove the spool.
    """

    def __init__(self, folder: Path, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        self.records: list[DocRecord] = []
        self.clusters: list[ClusterInfo] = []
        self.timings: dict[str, float] = {}
        self.stage_seconds: dict[str, float] = {}  # per-document stages, summed over documents
        #: document id -> shingle hashes and signature from the dedup stage (when kept)
        self.fingerprints: Mapping[str, tuple[U64, U32]] = {}
        self._spool = _Spool(folder)
        #: the kept texts' dedup fingerprints, in input order (their hashes in the spool)
        self.prints = PrintStore(self.options, self._spool)
        self._by_id: dict[str, DocRecord] | None = None

    def text(self, record: DocRecord) -> str:
        if record.spool is None:
            return ""
        text = self._spool.get(record.spool)
        if record.drop is not None:
            lines = text.split("\n")
            text = "\n".join(ln for ln, d in zip(lines, record.drop.tolist(), strict=True) if not d)
        return text

    def trace(self, record: DocRecord) -> list[list[Any]] | None:
        """The per-line verdicts ``[lineno, keep, reason, text]`` of a document cleaned with
        ``Pipeline(trace=True)`` (before batch stages; ``record.drop`` marks the kept lines
        the site-template stage dropped), else None. Only while the batch is open."""
        if record.trace_spool is None:
            return None
        return json.loads(self._spool.get(record.trace_spool))  # type: ignore[no-any-return]

    def record(self, doc_id: str) -> DocRecord:
        """The record of a document by id."""
        if self._by_id is None:
            self._by_id = {r.id: r for r in self.records}
        return self._by_id[doc_id]

    def compare(self, cluster: ClusterInfo, lines: bool) -> list[Comparison | None]:
        """Each member of ``cluster`` against the text its figures were measured against
        (``None`` for that one), the texts read from the spool; ``lines``: with the lines that
        differ. Only while the batch is open.

        Without ``lines`` (the report's summaries) a member is not read when it and the kept
        document both have a title in their report entries: the report takes both headlines
        from those titles (:func:`~.dedup.compare.with_titles`), so its comparison is made from
        the figures alone (headlines ``None``); the member is read once, for its lines.
        """
        titled = not lines and bool(self._title(cluster.kept))
        members = list(zip(cluster.members, cluster.figures, strict=True))
        read = {m for m, f in members if f is not None and not (titled and self._title(m))}
        if not read:
            return [None if f is None else compare_figures(f, self.options) for _, f in members]
        # the kept text split once for the whole cluster, not once a member
        kept = TextView.of(self.text(self.record(cluster.measured_against or cluster.kept)))
        return [
            None
            if f is None
            else compare_measured(self.text(self.record(m)), kept, f, self.options, lines=lines)
            if m in read
            else compare_figures(f, self.options)
            for m, f in members
        ]

    def _title(self, doc_id: str) -> str | None:
        """The title in a document's report entry (what the report takes as its headline)."""
        title: str | None = self.record(doc_id).entry["metadata"].get("title")
        return title

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> StreamedBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _StoredFingerprints(Mapping[str, tuple[U64, U32]]):
    """Document id -> shingle hashes and signature of a kept text, read from the batch's
    fingerprints on demand (for the index; texts without words have none)."""

    def __init__(self, prints: PrintStore, live: list[DocRecord]) -> None:
        self.prints = prints
        self.position = {r.id: k for k, r in enumerate(live) if prints.key(k)}

    def __getitem__(self, doc_id: str) -> tuple[U64, U32]:
        k = self.position[doc_id]
        return self.prints.hashes(k), self.prints.signatures([k])[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.position)

    def __len__(self) -> int:
        return len(self.position)


def _run_streamed(
    pipeline: Pipeline,
    docs: Iterable[Document],
    folder: Path,
    sink: Callable[[DocRecord, str], None] | None,
) -> StreamedBatch:
    opts = pipeline.options
    templates = opts.strip_chrome and opts.site_templates  # and settled verdicts (verdicts.py)
    final = not templates and not opts.dedup  # a document's fate is known when it is cleaned
    # fingerprints where the texts are cleaned, for an engine that de-duplicates them
    prints = opts.dedup and isinstance(pipeline.engine, PrintEngine)
    work = functools.partial(
        _clean_and_summarize,
        options=opts,
        keys=templates,
        trace=pipeline.trace,
        prints=prints,
        memo=LineMemo(),  # (as in :meth:`Pipeline.stream`)
    )
    batch = StreamedBatch(folder, opts)
    try:
        t0 = time.perf_counter()
        for record, text in pipeline.engine.map_documents(work, enumerate(docs)):
            if record.status == "kept":
                if final and sink is not None:
                    sink(record, text)
                else:
                    record.spool = batch._spool.put(text)
            if record.print is not None:
                batch.prints.add(
                    record.print, record.site, stripped_whole(record.entry["flags"], opts)
                )
                record.print = None
            if record.trace is not None:  # on disk until the report is written
                record.trace_spool, record.trace = batch._spool.put(record.trace), None
            accept_record(record, batch.records, batch.stage_seconds, pipeline.on_result)
        batch.timings["clean"] = time.perf_counter() - t0
        log.info("%d documents cleaned; %d bytes spooled", len(batch.records), batch._spool.size)
        announce = pipeline.on_stage or (lambda _name: None)
        if templates:
            announce("site templates")
            t0 = time.perf_counter()
            keys = [r.keys for r in batch.records]
            drops = pipeline.engine.site_templates(keys, opts)
            changed = apply_line_drops(batch.records, drops, settle_drops(keys))
            if prints and changed:  # their texts changed: fingerprint the final ones
                kept = (r for r in batch.records if r.status == "kept")
                kept_at = {r.index: k for k, r in enumerate(kept)}
                for start in range(0, len(changed), _REPRINT_CHUNK):  # a chunk at a time
                    chunk = changed[start : start + _REPRINT_CHUNK]
                    final_texts = [batch.text(record) for record in chunk]
                    new_prints = text_prints(final_texts, opts, whole=True)
                    for record, new in zip(chunk, new_prints, strict=True):
                        batch.prints.replace(kept_at[record.index], new)
            for record in batch.records:
                record.keys = None  # done with them
            batch.timings["templates"] = time.perf_counter() - t0
            log.info("site templates: lines dropped from %d documents", len(drops))
        if opts.dedup:
            announce("dedup")
            t0 = time.perf_counter()
            live = [r for r in batch.records if r.status == "kept"]
            published = [r.published for r in live]
            engine = pipeline.engine
            if prints and isinstance(engine, PrintEngine):
                if len(batch.prints) != len(live):
                    raise AssertionError(f"{len(batch.prints)} fingerprints for {len(live)} texts")
                found = engine.duplicates_of_prints(batch.prints, published, opts)
            else:
                texts = _SpooledTexts(batch, live)
                found = engine.duplicates(
                    texts,
                    published,
                    opts,
                    sites=[r.site for r in live],
                    whole_pages=[stripped_whole(r.entry["flags"], opts) for r in live],
                )
            batch.clusters = mark_record_duplicates(live, found)
            if pipeline.keep_fingerprints and prints:
                batch.fingerprints = _StoredFingerprints(batch.prints, live)
            elif pipeline.keep_fingerprints and len(found.fingerprints) == len(live):
                batch.fingerprints = {
                    r.id: fp
                    for r, fp in zip(live, found.fingerprints, strict=True)
                    if fp is not None
                }
            batch.timings["dedup"] = time.perf_counter() - t0
            log.info("dedup: %d clusters", len(batch.clusters))
        if sink is not None and not final:
            announce("writing")
            for record in batch.records:
                if record.status == "kept":
                    sink(record, batch.text(record))
    except BaseException:
        batch.close()
        raise
    return batch
