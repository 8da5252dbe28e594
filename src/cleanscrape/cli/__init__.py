"""The ``cleanscrape`` console script: one module per command (clean, explain, compare, index).

The cleaning options of ``clean`` and ``explain`` are built from the option table on
:class:`~cleanscrape.options.CleanOptions` (see :mod:`cleanscrape.cli.arguments`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from .. import __version__
from ..errors import CleanscrapeError, UsageError, os_error_reason
from . import clean, compare, explain, index
from .arguments import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Parser

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="cleanscrape", description="Clean scraped news pages into article text.")
    parser.add_argument("--version", action="version", version=f"cleanscrape {__version__}")
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log more to stderr: -v progress and decisions, -vv details",
    )
    # -v is also accepted after the command (``cleanscrape clean -v ...``)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="count", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in (clean, explain, compare, index):
        command.add_parser(sub, [common])
    return parser


@contextmanager
def _logging(verbose: int) -> Iterator[None]:
    """Log records of the ``cleanscrape`` loggers to stderr while a command runs."""
    logger = logging.getLogger("cleanscrape")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("cleanscrape: %(levelname)s: %(name)s: %(message)s"))
    previous = logger.level
    logger.setLevel(_LEVELS[min(verbose, len(_LEVELS) - 1)])
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the console script; returns the exit code (0 ok, 1 some documents failed, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        with _logging(args.verbose):
            code: int = args.run(args, out, err)
            return code
    except UsageError as exc:
        print(f"cleanscrape: error: {exc}", file=err)
        return EXIT_USAGE
    except CleanscrapeError as exc:
        print(f"cleanscrape: error: {exc}", file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("cleanscrape: interrupted; files already written are complete", file=err)
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly, as cat does
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:  # e.g. INPUT below a folder that cannot be entered
        where = f"{exc.filename}: " if exc.filename is not None else ""
        print(f"cleanscrape: error: {where}{os_error_reason(exc)}", file=err)
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass
    finally:
        os.close(devnull)
