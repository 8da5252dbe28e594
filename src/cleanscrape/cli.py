"""The ``cleanscrape`` console script."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from . import __version__
from .errors import CleanscrapeError, UsageError
from .options import CleanOptions

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 on usage errors, as we want
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _fraction(value: str) -> float:
    x = float(value)
    if not 0.0 < x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be in (0, 1], got {x}")
    return x


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cleanscrape", description="Clean scraped news pages into article text.")
    parser.add_argument("--version", action="version", version=f"cleanscrape {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("clean", help="clean a folder or file of pages into OUT")
    c.add_argument(
        "input", help="folder (searched recursively) or file: .txt .html .jsonl .warc (.gz)"
    )
    c.add_argument("-o", "--out", required=True, help="output folder (must not be inside INPUT)")
    c.add_argument("--report", help="where to write report.json (default: OUT/report.json)")
    c.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores); output is identical for any value",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    c.add_argument("--no-dedup", action="store_true", help="keep duplicates")
    c.add_argument("--no-strip", action="store_true", help="do not strip chrome lines")
    c.add_argument(
        "--threshold", type=_fraction, default=0.8, help="near-duplicate Jaccard threshold"
    )
    c.add_argument(
        "--keep",
        choices=["first", "longest", "newest"],
        default="first",
        help="which member of a duplicate cluster is kept (default: first in input order)",
    )
    c.add_argument(
        "--containment",
        action="store_true",
        help="also treat a text mostly contained in a longer one (a teaser page) as a duplicate",
    )
    c.add_argument(
        "--shingle-size",
        type=_positive_int,
        default=5,
        help="words per shingle when comparing texts for duplicates (default: 5)",
    )
    c.add_argument("--page-timeout", type=float, default=30.0, help="seconds per HTML page")
    c.add_argument(
        "--vi-tone",
        choices=["keep", "old", "new"],
        default="keep",
        help="Vietnamese tone-mark placement in the output: keep as written (default), "
        "old (hòa, thủy, khỏe) or new (hoà, thuỷ, khoẻ)",
    )
    c.add_argument(
        "--format",
        choices=["txt", "jsonl"],
        default="txt",
        help="txt: one OUT/<path>.txt per kept article (default); jsonl: OUT/articles.jsonl, "
        "one object per kept article with id, url, title, text, metadata and removal counts",
    )
    c.add_argument(
        "--index",
        metavar="PATH",
        help="persistent dedup index (SQLite file, created when missing): skip articles that "
        "earlier runs already saw, and add the new ones",
    )
    c.add_argument(
        "--index-batch",
        type=_positive_int,
        default=5000,
        metavar="N",
        help="documents per index transaction (default: 5000)",
    )
    ix = sub.add_parser("index", help="inspect or shrink a persistent dedup index")
    ixsub = ix.add_subparsers(dest="index_command", required=True, parser_class=_Parser)
    st = ixsub.add_parser("stats", help="documents, runs, size on disk and settings")
    st.add_argument("path", help="index file")
    st.add_argument("--json", action="store_true", help="print the figures as JSON")
    st.add_argument("--check", action="store_true", help="also run SQLite's integrity check")
    pr = ixsub.add_parser("prune", help="delete documents first seen longer ago than an age")
    pr.add_argument("path", help="index file")
    pr.add_argument(
        "--older-than", required=True, metavar="AGE", help="age such as 30d, 12h, 90m or 2w"
    )
    rm = ixsub.add_parser("remove", help="delete documents by id")
    rm.add_argument("path", help="index file")
    rm.add_argument("ids", nargs="+", metavar="ID", help="document ids as report.json lists them")
    e = sub.add_parser("explain", help="show each line of a page with its verdict and category")
    e.add_argument("file", help="a .txt page dump or an .html page")
    e.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the verdicts (default: only when writing to a terminal)",
    )
    return parser


def _cmd_explain(args: argparse.Namespace, out: TextIO) -> int:
    from .chrome.explain import explain_file, render

    color = args.color == "always" or (args.color == "auto" and out.isatty())
    out.write(render(explain_file(args.file), color=color))
    return EXIT_OK


def _options(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        dedup=not args.no_dedup,
        strip_chrome=not args.no_strip,
        dedup_threshold=args.threshold,
        keep=args.keep,
        containment=args.containment,
        shingle_size=args.shingle_size,
        page_timeout=args.page_timeout if args.page_timeout > 0 else None,
        vi_tone=args.vi_tone,
    )


def _cmd_clean(args: argparse.Namespace, err: TextIO) -> int:
    from .runner import clean_path

    options = _options(args)
    bar = None
    if not args.quiet and err.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="cleaning", file=err, dynamic_ncols=True)
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
            on_result=(lambda _r: bar.update()) if bar is not None else None,
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


def _cmd_index(args: argparse.Namespace, out: TextIO) -> int:
    from .index import DedupIndex, parse_age

    if args.index_command == "prune":
        age = parse_age(args.older_than)
        with DedupIndex(args.path, create=False) as index:
            n = index.prune(age)
        print(f"removed {n:,} documents first seen more than {args.older_than} ago", file=out)
        return EXIT_OK
    if args.index_command == "remove":
        with DedupIndex(args.path, create=False) as index:
            n = index.remove(args.ids)
        print(f"removed {n:,} documents", file=out)
        return EXIT_OK
    with DedupIndex(args.path, create=False) as index:
        stats = index.stats().to_dict()
        problems = index.check() if args.check else []
    if args.check:
        stats["integrity"] = problems or "ok"
    if args.json:
        out.write(json.dumps(stats, ensure_ascii=False, indent=1) + "\n")
    else:
        for key, value in stats.items():
            shown = (
                ", ".join(f"{k}={v}" for k, v in value.items())
                if isinstance(value, dict)
                else value
            )
            print(f"{key}: {shown}", file=out)
    return EXIT_FAILED if problems else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script; returns the exit code (0 ok, 1 some documents failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    err = sys.stderr
    try:
        if args.command == "clean":
            return _cmd_clean(args, err)
        if args.command == "index":
            return _cmd_index(args, sys.stdout)
        if args.command == "explain":
            return _cmd_explain(args, sys.stdout)
    except UsageError as exc:
        print(f"cleanscrape: error: {exc}", file=err)
        return EXIT_USAGE
    except CleanscrapeError as exc:
        print(f"cleanscrape: error: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("cleanscrape: interrupted; files already written are complete", file=err)
        return 130
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE
