"""The ``cleanscrape`` console script."""

from __future__ import annotations

import argparse
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
    c.add_argument("input", help="folder (searched recursively) or file: .txt .html .jsonl (.gz)")
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
    return EXIT_FAILED if stats["errors"] else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script; returns the exit code (0 ok, 1 some documents failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    err = sys.stderr
    try:
        if args.command == "clean":
            return _cmd_clean(args, err)
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
