"""``cleanscrape index stats|prune|remove``: inspect or shrink a persistent dedup index."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from .arguments import EXIT_FAILED, EXIT_OK, Parser


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    ix = sub.add_parser("index", parents=parents, help="inspect or shrink a persistent dedup index")
    ixsub = ix.add_subparsers(dest="index_command", required=True, parser_class=Parser)
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
    ix.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..index import DedupIndex, parse_age

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
