"""Clean a folder (or file) into an output folder: the job behind ``cleanscrape clean``."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Batch, DocRecord, Pipeline, StreamedBatch
from .document import DocResult
from .engines import Engine
from .engines.base import JobSpec
from .errors import OutputError, UsageError, os_error_reason
from .index import DedupIndex
from .index.incremental import DEFAULT_BATCH, IndexOutcome, apply_index
from .io import iter_documents
from .io.parquet import ParquetColumns
from .io.remote import filesystem, is_url, url_documents
from .io.writers import DEFAULT_FORMAT, Writer, check_format, open_writer, write_run_output
from .options import CleanOptions
from .report import report_of, write_report

if TYPE_CHECKING:
    from .htmlreport import DetailPlan

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What :func:`clean_path` did. ``batch`` holds the clusters and the timings (batch stages,
    and the per-document stages summed over documents); its ``results`` list is empty: the
    documents were streamed to the output and ``report`` describes each of them. Its
    clusters' ``comparisons`` hold each member's match summary; the lines that differ are in
    report.json only (made from the texts while it is written)."""

    report: dict[str, Any]
    batch: Batch

    @property
    def stats(self) -> dict[str, Any]:
        return self.report["stats"]  # type: ignore[no-any-return]


def check_paths(source: Path, out: Path, report: Path | None = None) -> None:
    """Refuse an OUT (or a report path) that is INPUT or lies inside it (inputs are never
    touched), and an OUT or report path that cannot be created."""
    try:
        source.stat()
    except FileNotFoundError:
        raise UsageError(
            f"input {source} does not exist; give a folder or a file to clean"
        ) from None
    except OSError as exc:  # a folder on the way cannot be entered
        raise UsageError(
            f"input {source} cannot be read: {os_error_reason(exc)}; check its folders' permissions"
        ) from exc
    src = source.resolve()
    dst = out.resolve()
    if src.is_dir() and (dst == src or src in dst.parents):
        raise UsageError(
            f"output folder {out} is inside the input folder {source}; choose an output folder "
            "outside the input, e.g. -o out"
        )
    if src.is_file() and dst == src:
        raise UsageError(f"output {out} is the input file itself; choose an output folder")
    if dst.exists() and not dst.is_dir():
        raise UsageError(f"output {out} exists and is not a folder; choose a folder for -o")
    blocker = next((p for p in dst.parents if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise UsageError(
            f"output folder {out} cannot be created: {blocker} is a file; choose a folder for -o"
        )
    if report is not None:
        rep = report.resolve()
        if rep == src or (src.is_dir() and src in rep.parents):
            raise UsageError(
                f"report {report} would be written into the input {source}; "
                "choose a path outside the input for --report"
            )
        if rep.is_dir():
            raise UsageError(f"report {report} is a folder; give a file name for --report")
        blocker = next((p for p in rep.parents if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            raise UsageError(
                f"report {report} cannot be created: {blocker} is a file; choose another path "
                "for --report"
            )


#: Least free space OUT must have before a run starts.
MIN_FREE_BYTES = 1024 * 1024


def check_output_writable(out: Path) -> None:
    """Fail before any work when OUT cannot be written: create it, write and remove a probe
    file, and refuse a file system with less than :data:`MIN_FREE_BYTES` free. Problems met
    later (a disk that fills during the run) are reported per document."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".cleanscrape-probe-", dir=out)
        os.close(fd)
        os.unlink(probe)
        free = shutil.disk_usage(out).free
    except OSError as exc:
        raise OutputError(
            f"cannot write to the output folder {out}: {os_error_reason(exc)}; nothing was "
            "cleaned; choose a writable folder for -o"
        ) from exc
    if free < MIN_FREE_BYTES:
        raise OutputError(
            f"the output folder {out} has only {free:,} bytes free; nothing was cleaned; free "
            "some space or choose another folder for -o"
        )


def clean_path(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    options: CleanOptions | None = None,
    *,
    jobs: int = 1,
    report_path: str | os.PathLike[str] | None = None,
    on_result: Callable[[DocResult], None] | None = None,
    index: str | os.PathLike[str] | None = None,
    index_batch: int = DEFAULT_BATCH,
    output_format: str = DEFAULT_FORMAT,
    engine: Engine | None = None,
    html_report: bool = True,
    on_stage: Callable[[str], None] | None = None,
    follow_links: bool = False,
    parquet_columns: ParquetColumns | None = None,
) -> RunSummary:
    """Clean every document below ``source`` into ``out`` and write the report.

    ``source`` is a folder or a file, or an fsspec URL of one (``s3://bucket/crawl/``; see
    :mod:`cleanscrape.io.remote`). ``parquet_columns`` names the columns of Parquet inputs.

    A symbolic link inside ``source`` to a file outside it is reported as an error unless
    ``follow_links``.

    ``engine`` runs the stages (default: in-process for ``jobs=1``, else a pool of ``jobs``
    worker processes; see :mod:`cleanscrape.engines`).

    With ``index`` (a :class:`~cleanscrape.DedupIndex` file, created when missing), documents
    that duplicate ones indexed by earlier runs are not written, and new ones are indexed in
    transactions of ``index_batch`` documents (see :mod:`cleanscrape.index.incremental`).

    ``output_format`` ``"txt"`` writes one ``.txt`` file per kept article; ``"jsonl"`` writes
    them all to ``OUT/articles.jsonl`` instead (id, url, title, text, metadata, removal counts).

    Documents stream through (see ``Pipeline.run_streamed``): the clean texts wait in a
    temporary file in ``out`` for the batch stages, so memory does not hold the batch's text.
    ``on_result`` is called once per document as it is cleaned, with its id, status and error
    (not its text).

    ``html_report`` also writes ``report.html`` beside report.json (see
    :mod:`cleanscrape.htmlreport`); the documents are then cleaned with ``trace=True`` and
    their line verdicts wait in the same temporary file as the texts.
    """
    opts = options or CleanOptions()
    src, dst = Path(source), Path(out)
    url = str(source) if is_url(str(source)) else None
    if url is None:
        check_paths(src, dst, Path(report_path) if report_path is not None else None)
    else:
        filesystem(url)  # a missing fsspec package is said before any work
    check_format(output_format)
    if index is not None and not opts.dedup:
        raise UsageError("an index needs de-duplication; drop --no-dedup or --index")
    if index is not None and output_format == "parquet":
        raise UsageError(
            "--format parquet does not go with --index: a Parquet file is readable only when "
            "the run ends, and the index commits as it goes; use --format jsonl or txt"
        )
    check = getattr(engine, "check", None)
    if check is not None:  # an engine that refuses some options says so before any work
        check(opts, index=index is not None)
    # open the index first: a foreign, damaged or incompatible file fails before any work
    store = DedupIndex(index, opts, source=str(src)) if index is not None else None
    try:
        check_output_writable(dst)
        return _clean_into(
            src,
            dst,
            opts,
            jobs,
            report_path,
            on_result,
            store,
            index_batch,
            output_format,
            engine,
            html_report,
            on_stage,
            follow_links,
            url=url,
            columns=parquet_columns or ParquetColumns(),
        )
    finally:
        if store is not None:
            store.close()


def _clean_into(
    src: Path,
    dst: Path,
    opts: CleanOptions,
    jobs: int,
    report_path: str | os.PathLike[str] | None,
    on_result: Callable[[DocResult], None] | None,
    store: DedupIndex | None,
    index_batch: int,
    output_format: str = DEFAULT_FORMAT,
    engine: Engine | None = None,
    html_report: bool = True,
    on_stage: Callable[[str], None] | None = None,
    follow_links: bool = False,
    *,
    url: str | None = None,
    columns: ParquetColumns | None = None,
) -> RunSummary:
    skipped: list[str] = []
    report_file = Path(report_path) if report_path else dst / "report.json"
    html_plan = None
    pipeline = Pipeline(
        opts,
        jobs=jobs,
        on_result=on_result,
        engine=engine,
        # the index reuses the dedup stage's fingerprints when they are made the same way
        keep_fingerprints=store is not None and store.compatible(opts),
        trace=html_report,
        on_stage=on_stage,
    )
    outcome = None
    used: set[str] = set()
    # the batch (its spool of texts) stays open after the writer is done: the report's
    # comparisons are made from the texts while report.json is written
    with contextlib.ExitStack() as open_batch:
        with open_writer(output_format, dst, src) as writer:

            def write(record: DocRecord, text: str) -> None:
                view = record.view(text)
                view.output = _unique_name(view.output, used)
                writer.write(view)
                _finish(record, view)

            # each kept document goes to the writer once its fate is known (at once when no
            # batch stage runs, else after them), in input order; with an index, after the
            # index stage
            sink = None if store is not None else write
            run_job = getattr(pipeline.engine, "run_job", None)
            if run_job is not None and store is None:  # the engine reads and writes (Ray)
                job = JobSpec(
                    url or str(src),
                    dst,
                    output_format,
                    writer,
                    lambda name: _unique_name(name, used),
                    follow_links,
                    columns or ParquetColumns(),
                    skipped,
                )
                batch = open_batch.enter_context(run_job(pipeline, job))
            else:
                docs = (
                    url_documents(url, skipped=skipped, columns=columns)
                    if url is not None
                    else iter_documents(
                        src, skipped=skipped, follow_links=follow_links, columns=columns
                    )
                )
                batch = open_batch.enter_context(pipeline.run_streamed(docs, dst, sink))
            if store is not None:
                log.info("checking %d documents against the index", len(batch.records))
                outcome = _write_indexed(batch, store, index_batch, writer)
            else:
                _promote_unwritten(batch, write)
            if html_report:  # the line traces are in the batch's spool: write them out now
                html_plan = _write_html_detail(report_file.parent, batch)
        report = report_of(
            [r.entry for r in batch.records],
            batch.clusters,
            skipped=skipped,
            settings=dataclasses.asdict(opts),
            index=outcome,
            internal_errors=sum(1 for r in batch.records if r.internal_error),
            compare=batch.compare,
        )
        write_run_output(
            report_file,
            lambda: write_report(report_file, report, batch.clusters, batch.compare),
        )
    if html_plan is not None:
        _write_html_page(report_file.parent, report, html_plan)
    timings = {**batch.stage_seconds, **batch.timings}
    return RunSummary(report, Batch([], batch.clusters, timings))


#: Longest file name written, in bytes: 255 is the usual limit, and the temporary name of an
#: atomic write adds about 15 bytes to it.
MAX_NAME_BYTES = 200


def fit_name(name: str) -> str:
    """``name`` with every path part that is too long for the file system shortened.

    A part over :data:`MAX_NAME_BYTES` keeps its start and its extension and gets a hash of the
    whole part in between, so the same input always gets the same short name.

    >>> fit_name("a/" + "x" * 300 + ".txt")[:8], len(fit_name("x" * 300 + ".txt"))
    ('a/xxxxxx', 200)
    """
    parts = name.split("/")
    for i, part in enumerate(parts):
        raw = part.encode("utf-8")
        if len(raw) <= MAX_NAME_BYTES:
            continue
        _stem, dot, ext = part.rpartition(".")
        ext = f".{ext}" if dot and len(ext) <= 10 else ""
        digest = hashlib.sha256(raw).hexdigest()[:16]
        room = MAX_NAME_BYTES - len(ext.encode()) - len(digest) - 1
        head = raw[:room].decode("utf-8", "ignore")  # never cut a character in half
        parts[i] = f"{head}-{digest}{ext}"
    return "/".join(parts)


def _promote_unwritten(batch: StreamedBatch, write: Callable[[DocRecord, str], None]) -> None:
    """No article is lost to a write failure: when the kept copy of a duplicate cluster could
    not be written, the next member of the cluster (in the cluster's order) is written instead,
    and the other members become its duplicates. Their similarities stay the ones measured
    against the first kept copy."""
    records = {r.id: r for r in batch.records}
    for cluster in batch.clusters:
        first = records.get(cluster.kept)
        if first is None or first.status != "error":
            continue
        for member in cluster.members:
            rec = records.get(member)
            if member == cluster.kept or rec is None or rec.status != "duplicate":
                continue
            rec.status = "kept"
            rec.entry.update(
                status="kept", duplicate_of=None, similarity=None, output=rec.planned_output
            )
            write(rec, batch.text(rec))
            if rec.status != "kept":  # this copy failed too: try the next one
                continue
            log.warning("%s: written in place of %s, which could not be written", member, first.id)
            cluster.kept = member
            for other in cluster.members:
                dup = records.get(other)
                if dup is not None and dup.status == "duplicate":
                    dup.entry["duplicate_of"] = member
            break


def _unique_name(name: str | None, used: set[str]) -> str | None:
    """``name``, or ``name`` with ``.2``, ``.3`` ... when an earlier document took it."""
    if name is None:
        return None
    name = fit_name(name)
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = name[: -len(".txt")] + f".{n}.txt"
    used.add(candidate.lower())
    return candidate


def _finish(record: DocRecord, view: DocResult) -> None:
    """Copy the final fate of a written (or not written) document into its report entry."""
    record.status = view.status
    entry = record.entry
    entry["status"] = view.status
    entry["duplicate_of"] = view.duplicate_of
    entry["similarity"] = view.similarity
    entry["chars_out"] = len(view.text) if view.status == "kept" else 0
    entry["error"] = view.error
    entry["output"] = view.output if view.status == "kept" else None


def _write_indexed(
    batch: StreamedBatch, store: DedupIndex, index_batch: int, writer: Writer
) -> IndexOutcome:
    """``--index``: the kept and in-batch duplicate texts go through the index (see
    :mod:`cleanscrape.index.incremental`); their texts are read back from the spool. The
    writer commits before each index transaction does."""
    live = [r for r in batch.records if r.status in ("kept", "duplicate")]
    views = [r.view(batch.text(r)) for r in live]
    used: set[str] = set()
    for v in views:
        if v.status == "kept":
            v.output = _unique_name(v.output, used)
    outcome = apply_index(
        views,
        store,
        writer.write,
        batch_size=index_batch,
        before_commit=writer.commit,
        fingerprints=batch.fingerprints,
    )
    outcome.index = store.stats().to_dict()
    for record, view in zip(live, views, strict=True):
        _finish(record, view)
    return outcome


def _write_html_detail(folder: Path, batch: StreamedBatch) -> DetailPlan:
    """report.html's per-document line detail (``report.files/``), from the batch's traces."""
    from .htmlreport import REPORT_HTML, streamed_details, write_detail_files

    documents = {
        "documents": [r.entry for r in batch.records],
        "clusters": [{"kept": c.kept, "members": c.members} for c in batch.clusters],
    }
    plan: list[DetailPlan] = []

    def write() -> None:
        plan.append(write_detail_files(folder, documents, streamed_details(batch)))

    write_run_output(folder / REPORT_HTML, write)
    return plan[0]


def _write_html_page(folder: Path, report: dict[str, Any], plan: DetailPlan) -> None:
    from .htmlreport import REPORT_HTML, write_page

    def write() -> None:
        write_page(folder, report, plan)

    write_run_output(folder / REPORT_HTML, write)
