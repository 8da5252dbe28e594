"""Command-line arguments built from the option table in :mod:`cleanscrape.options`.

Flags, defaults, choices and rules come from the :class:`~cleanscrape.options.CleanOptions`
fields, so the command line and the library cannot disagree about them.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from typing import Any

from ..io.parquet import ParquetColumns
from ..options import CleanOptions, Option, option_problem, option_table

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with code 2 (``EXIT_USAGE``)."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _converter(name: str, parse: Callable[[str], Any], kind: str) -> Callable[[str], Any]:
    """Command-line text -> checked value; a bad value is argparse's usage error (exit 2)."""

    def convert(text: str) -> Any:
        try:
            value = parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {kind}, got {text!r}") from None
        problem = option_problem(name, value)
        if problem is not None:
            raise argparse.ArgumentTypeError(problem)
        return value

    convert.__name__ = kind  # argparse names the type in some messages
    return convert


def add_clean_options(parser: argparse.ArgumentParser) -> None:
    """One argument per :class:`CleanOptions` field that has a flag; ``dest`` is the field name."""
    group = parser.add_argument_group("cleaning options")
    for f, spec in option_table():
        if spec.flag is None:
            continue
        _add(group, f.name, f.default, spec)


def _add(group: Any, name: str, default: Any, spec: Option) -> None:
    if isinstance(default, bool):
        group.add_argument(
            spec.flag,
            dest=name,
            action="store_false" if default else "store_true",
            default=default,
            help=f"do not {spec.help}" if default else spec.help,
        )
        return
    if spec.choices:
        group.add_argument(
            spec.flag,
            dest=name,
            choices=spec.choices,
            default=default,
            help=f"{spec.help} (default: {default})",
        )
        return
    parse = spec.parse or type(default)
    kind = "an integer" if parse is int else "a number"
    group.add_argument(
        spec.flag,
        dest=name,
        type=_converter(name, parse, kind),
        default=default,
        metavar=spec.metavar,
        help=f"{spec.help} (default: {default})",
    )


def add_parquet_columns(parser: argparse.ArgumentParser) -> None:
    """``--parquet-<field>-column`` for each :class:`~cleanscrape.io.parquet.ParquetColumns`
    field, its default and help taken from the field."""
    group = parser.add_argument_group("Parquet input")
    for f in dataclasses.fields(ParquetColumns):
        group.add_argument(
            f"--parquet-{f.name}-column",
            dest=f"parquet_{f.name}_column",
            default=f.default,
            metavar="NAME",
            help=f"{f.metadata['help']} (default: {f.default})",
        )


def parquet_columns(args: argparse.Namespace) -> ParquetColumns:
    """The :class:`~cleanscrape.io.parquet.ParquetColumns` that parsed arguments ask for."""
    return ParquetColumns(
        **{
            f.name: getattr(args, f"parquet_{f.name}_column")
            for f in dataclasses.fields(ParquetColumns)
        }
    )


def clean_options(args: argparse.Namespace) -> CleanOptions:
    """The :class:`CleanOptions` that parsed arguments ask for."""
    return CleanOptions(
        **{f.name: getattr(args, f.name) for f, spec in option_table() if spec.flag is not None}
    )


def positive_int(value: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n
