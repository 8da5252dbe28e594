"""Clean a folder (or file) into an output folder: the job behind ``cleanscrape clean``."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import Batch, Pipeline
from .document import DocResult
from .errors import OutputError, UsageError, os_error_reason
from .index import DedupIndex
from .index.incremental import apply_index
from .io import atomic_write_text, iter_documents
from .io.jsonl import ARTICLES_FILE, write_articles
from .options import CleanOptions
from .report import build_report, dumps


@dataclass(slots=True)
class RunSummary:
    report: dict[str, Any]
    batch: Batch
    written: list[Path]

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


def _unique_outputs(results: list[DocResult]) -> None:
    """Give every kept document its own output file (``a.html`` and ``a.txt`` both -> ``a.txt``)."""
    used: set[str] = set()
    for r in results:
        if r.status != "kept" or r.output is None:
            continue
        name, n = r.output, 1
        while name.lower() in used:
            n += 1
            name = r.output[: -len(".txt")] + f".{n}.txt"
        used.add(name.lower())
        r.output = name


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
) -> RunSummary:
    """Clean every document below ``source`` into ``out`` and write the report.

    With ``index`` (a :class:`~cleanscrape.DedupIndex` file, created when missing), documents
    that duplicate ones indexed by earlier runs are not written, and new ones are indexed in
    transactions of ``index_batch`` documents (see :mod:`cleanscrape.index.incremental`).

    ``output_format`` ``"txt"`` writes one ``.txt`` file per kept article; ``"jsonl"`` writes
    them all to ``OUT/articles.jsonl`` instead (id, url, title, text, metadata, removal counts).
    """
    opts = options or CleanOptions()
    src, dst = Path(source), Path(out)
    check_paths(src, dst, Path(report_path) if report_path is not None else None)
    if output_format not in ("txt", "jsonl"):
        raise UsageError(f"output format must be txt or jsonl, got {output_format!r}")
    if index is not None and not opts.dedup:
        raise UsageError("an index needs de-duplication; drop --no-dedup or --index")
    # open the index first: a foreign, damaged or incompatible file fails before any work
    store = DedupIndex(index, opts, source=str(src)) if index is not None else None
    try:
        return _clean_into(
            src, dst, opts, jobs, report_path, on_result, store, index_batch, output_format
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
) -> RunSummary:
    skipped: list[str] = []
    batch = Pipeline(opts, jobs=jobs, on_result=on_result).run(iter_documents(src, skipped=skipped))
    _unique_outputs(batch.results)
    written: list[Path] = []
    src_root = src.resolve()

    articles: list[DocResult] = []  # --format jsonl: written together at the end

    def write(r: DocResult) -> None:
        if output_format == "jsonl":
            r.output = ARTICLES_FILE
            articles.append(r)
            return
        if r.output is None:
            return
        target = dst / r.output
        if src_root.is_dir() and src_root in target.resolve().parents:
            raise UsageError(f"refusing to write {target}: it lies inside the input folder")
        try:
            atomic_write_text(target, r.text + "\n")
        except OSError as exc:  # one unwritable output must not lose the report of the rest
            reason = os_error_reason(exc)
            r.status, r.error = "error", f"{r.id}: cannot write output {r.output}: {reason}"
            return
        written.append(target)

    outcome = None
    if store is not None:
        outcome = apply_index(
            batch.results,
            store,
            write,
            batch_size=index_batch,
            before_commit=(
                (lambda: write_articles(dst / ARTICLES_FILE, articles))
                if output_format == "jsonl"
                else None
            ),
        )
        outcome.index = store.stats().to_dict()
    else:
        for r in batch.results:
            if r.status == "kept":
                write(r)
    if output_format == "jsonl":
        target = dst / ARTICLES_FILE
        _write_run_output(target, lambda: write_articles(target, articles))
        written.append(target)
    settings = dataclasses.asdict(opts)
    report = build_report(batch, skipped=skipped, settings=settings, index=outcome)
    report_file = Path(report_path) if report_path else dst / "report.json"
    _write_run_output(report_file, lambda: atomic_write_text(report_file, dumps(report)))
    return RunSummary(report, batch, written)


def _write_run_output(target: Path, write: Callable[[], None]) -> None:
    """Run ``write``; an OS error becomes an :class:`OutputError` that says what survived."""
    try:
        write()
    except OSError as exc:
        raise OutputError(
            f"cannot write {target}: {os_error_reason(exc)}; the article files written before "
            "it are complete; free some space or choose another place (-o / --report) and run "
            "again"
        ) from exc
