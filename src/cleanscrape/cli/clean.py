"""``cleanscrape clean INPUT -o OUT``: clean a folder or file of pages into OUT."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, TextIO

from ..errors import UsageError
from ..index.incremental import DEFAULT_BATCH
from ..io.writers import DEFAULT_FORMAT, FORMATS
from .arguments import (
    EXIT_FAILED,
    EXIT_OK,
    add_clean_options,
    add_parquet_columns,
    clean_options,
    parquet_columns,
    positive_int,
)


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("clean", parents=parents, help="clean a folder or file of pages into OUT")
    c.add_argument(
        "input",
        help="folder (searched recursively) or file: .txt .html .jsonl .warc (.gz) .parquet; "
        "or an fsspec URL of one (s3://bucket/crawl/, gs://..., file://...)",
    )
    c.add_argument("-o", "--out", required=True, help="output folder (must not be inside INPUT)")
    c.add_argument("--report", help="where to write report.json (default: OUT/report.json)")
    c.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores); output is identical for any value",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    c.add_argument(
        "--format",
        choices=FORMATS,
        default=DEFAULT_FORMAT,
        help="txt: one OUT/<path>.txt per kept article (default); jsonl: OUT/articles.jsonl, "
        "one object per kept article with id, url, title, text, metadata and removal counts; "
        "parquet: OUT/articles.parquet, the same records as rows (needs pyarrow)",
    )
    c.add_argument(
        "--index",
        metavar="PATH",
        help="persistent dedup index (SQLite file, created when missing): skip articles that "
        "earlier runs already saw, and add the new ones",
    )
    c.add_argument(
        "--index-batch",
        type=positive_int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"documents per index transaction (default: {DEFAULT_BATCH})",
    )
    c.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="local: this machine (default); ray: Ray Data on a Ray cluster or a local Ray "
        "(pip install 'cleanscrape[ray]'); the output is identical",
    )
    c.add_argument(
        "--ray-address",
        metavar="ADDR",
        help="the Ray cluster for --engine ray (auto, ray://HOST:10001; default: RAY_ADDRESS, "
        "else a local Ray on this machine)",
    )
    c.add_argument(
        "--no-html-report",
        action="store_true",
        help="do not write report.html (and report.files/) beside report.json",
    )
    c.add_argument(
        "--follow-links",
        action="store_true",
        help="read files that symbolic links inside INPUT point to outside INPUT "
        "(default: report them as errors)",
    )
    add_parquet_columns(c)
    add_clean_options(c)
    c.set_defaults(run=run)


def count_documents(source: Path) -> int | None:
    """How many documents INPUT holds, for the progress bar's total and ETA, when that is cheap
    to know: one per page file, one per non-blank line of JSONL; None when a file holds an
    unknown number (WARC, Parquet) or cannot be read now (the run reports it)."""
    from ..io.readers import iter_files
    from ..io.readers.registry import split_name

    paths = [source] if not source.is_dir() else list(iter_files(source))
    total = 0
    for path in paths:
        reader = split_name(path.name)[1]
        if reader is None:
            continue
        if reader.name in ("txt", "html"):
            total += 1
        elif reader.name == "jsonl" and not path.name.endswith(".gz"):
            try:
                with path.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                return None
        else:
            return None
    return total


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..runner import clean_path

    options = clean_options(args)
    engine = None
    if args.engine == "ray":
        from ..engines.ray import RayEngine

        engine = RayEngine(args.ray_address)
    elif args.ray_address:
        raise UsageError("--ray-address needs --engine ray")
    bar = None
    if not args.quiet and err.isatty():
        from tqdm import tqdm

        total = count_documents(Path(args.input))
        bar = tqdm(total=total, unit="doc", desc="cleaning", file=err, dynamic_ncols=True)
    try:
        summary = clean_path(
            args.input,
            args.out,
            options,
            jobs=args.jobs,
            report_path=args.report,
            index=args.index,
            index_batch=args.index_batch,
            output_format=args.format,
            engine=engine,
            html_report=not args.no_html_report,
            on_result=(lambda _r: bar.update()) if bar is not None else None,
            on_stage=bar.set_description if bar is not None else None,
            follow_links=args.follow_links,
            parquet_columns=parquet_columns(args),
        )
    finally:
        if bar is not None:
            bar.close()
    stats = summary.stats
    for doc in summary.report["documents"]:
        if doc["status"] == "error":
            print(f"error: {doc['error']}", file=err)
    if not args.quiet:
        report_path = args.report or os.path.join(args.out, "report.json")
        print(
            f"{stats['documents']} documents: {stats['kept']} kept, "
            f"{stats['duplicates']} duplicates, "
            f"{stats['empty']} empty, {stats['errors']} errors; "
            f"{stats['chars_removed']:,} of {stats['chars_in']:,} characters removed; "
            f"report: {report_path}",
            file=err,
        )
        index = stats.get("index")
        if index is not None:
            print(
                f"index {index['path']}: {index['matched']} documents seen in earlier runs, "
                f"{index['added']} added; {index['documents']:,} indexed (run {index['run']})",
                file=err,
            )
    return EXIT_FAILED if stats["errors"] else EXIT_OK
