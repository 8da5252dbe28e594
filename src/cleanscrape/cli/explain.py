"""``cleanscrape explain FILE``: every line of a page with its verdict and category."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .arguments import EXIT_OK, add_clean_options, clean_options


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    e = sub.add_parser(
        "explain",
        parents=parents,
        help="show each line of a page with its verdict and category",
    )
    e.add_argument("file", help="one file clean reads: .txt .html (.gz), a .jsonl or .warc file")
    e.add_argument("--id", metavar="ID", help="the record to explain in a JSONL or WARC file")
    e.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per line: stage (html, then lines), lineno, keep, reason, text",
    )
    e.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the verdicts (default: only when writing to a terminal)",
    )
    add_clean_options(e)
    e.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..explain import explain_file, render, render_json

    explanation = explain_file(args.file, clean_options(args), record=args.id)
    if args.json:
        out.write(render_json(explanation))
        return EXIT_OK
    color = args.color == "always" or (args.color == "auto" and out.isatty())
    out.write(render(explanation, color=color))
    return EXIT_OK
