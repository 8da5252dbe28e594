"""Clean a folder (or file) into an output folder: the job behind ``cleanscrape clean``."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import Batch, DocRecord, Pipeline, StreamedBatch
from .document import DocResult
from .engines import Engine
from .errors import UsageError
from .index import DedupIndex
from .index.incremental import IndexOutcome, apply_index
from .io import atomic_write_text, iter_documents
from .io.writers import FORMATS, Writer, open_writer, write_run_output
from .options import CleanOptions
from .report import dumps, report_of

if TYPE_CHECKING:
    from .htmlreport import DetailPlan

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What :func:`clean_path` did. ``batch`` holds the clusters and the timings (batch stages,
    and the per-document stages summed over documents); its ``results`` list is empty: the
    documents were streamed to the output and ``report`` describes each of them."""

    report: dict[str, Any]
    batch: Batch

    @property
    def stats(self) -> dict[str, Any]:
        return self.report["stats"]  # type: ignore[no-any-return]


def check_paths(source: Path, out: Path, report: Path | None = None) -> None:
    """Refuse an OUT (or a report path) that is INPUT or lies inside it (inputs are never
    touched), and an OUT or report path that cannot be created."""
    if not source.exists():
        raise UsageError(f"input {source} does not exist; give a folder or a file to clean")
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
            raise UsageError(f"report {report} cannot be created: {blocker} is a file")


def clean_path(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    options: CleanOptions | None = None,
    *,
    jobs: int = 1,
    report_path: str | os.PathLike[str] | None = None,
    on_result: Callable[[DocResult], None] | None = None,
    index: str | os.PathLike[str] | None = None,
    index_batch: int = 5000,
    output_format: str = "txt",
    engine: Engine | None = None,
    html_report: bool = True,
) -> RunSummary:
    """Clean every document below ``source`` into ``out`` and write the report.

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
    check_paths(src, dst, Path(report_path) if report_path is not None else None)
    if output_format not in FORMATS:
        raise UsageError(
            f"output format must be one of {', '.join(FORMATS)}, got {output_format!r}"
        )
    if index is not None and not opts.dedup:
        raise UsageError("an index needs de-duplication; drop --no-dedup or --index")
    check = getattr(engine, "check", None)
    if check is not None:  # an engine that refuses some options says so before any work
        check(opts, index=index is not None)
    # open the index first: a foreign, damaged or incompatible file fails before any work
    store = DedupIndex(index, opts, source=str(src)) if index is not None else None
    try:
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
    output_format: str = "txt",
    engine: Engine | None = None,
    html_report: bool = True,
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
    )
    outcome = None
    used: set[str] = set()
    with open_writer(output_format, dst, src) as writer:

        def write(record: DocRecord, text: str) -> None:
            view = record.view(text)
            view.output = _unique_name(view.output, used)
            writer.write(view)
            _finish(record, view)

        # each kept document goes to the writer once its fate is known (at once when no batch
        # stage runs, else after them), in input order; with an index, after the index stage
        sink = None if store is not None else write
        with pipeline.run_streamed(iter_documents(src, skipped=skipped), dst, sink) as batch:
            if store is not None:
                log.info("checking %d documents against the index", len(batch.records))
                outcome = _write_indexed(batch, store, index_batch, writer)
            if html_report:  # the line traces are in the batch's spool: write them out now
                html_plan = _write_html_detail(report_file.parent, batch)
    settings = dataclasses.asdict(opts)
    entries = [r.entry for r in batch.records]
    report = report_of(
        entries,
        batch.clusters,
        skipped=skipped,
        settings=settings,
        index=outcome,
        internal_errors=sum(1 for r in batch.records if r.internal_error),
    )
    write_run_output(report_file, lambda: atomic_write_text(report_file, dumps(report)))
    if html_plan is not None:
        _write_html_page(report_file.parent, report, html_plan)
    timings = {**batch.stage_seconds, **batch.timings}
    return RunSummary(report, Batch([], batch.clusters, timings))


def _unique_name(name: str | None, used: set[str]) -> str | None:
    """``name``, or ``name`` with ``.2``, ``.3`` ... when an earlier document took it."""
    if name is None:
        return None
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
