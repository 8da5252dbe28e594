"""The output formats (``clean --format``): name -> writer class.

Adding a format is one module with a writer class (see :class:`~.base.Writer`) and one line in
:data:`WRITERS`. A writer class is called with ``(out folder, input root)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...errors import UsageError
from .base import Writer
from .jsonl import JsonlWriter
from .parquet import ParquetWriter
from .txt import TxtWriter

#: Every output format: (name, writer class).
WRITERS: tuple[tuple[str, Callable[[Path, Path], Writer]], ...] = (
    ("txt", TxtWriter),
    ("jsonl", JsonlWriter),
    ("parquet", ParquetWriter),
)

#: The names ``--format`` takes.
FORMATS = tuple(name for name, _ in WRITERS)
#: The format of a run that names none (the library's and the command line's).
DEFAULT_FORMAT = "txt"


def check_format(name: str) -> None:
    """Raise :class:`UsageError` unless ``name`` is one of :data:`FORMATS`."""
    if name not in FORMATS:
        raise UsageError(f"output format must be one of {', '.join(FORMATS)}, got {name!r}")


def open_writer(name: str, out: Path, input_root: Path) -> Writer:
    """A writer of format ``name`` into folder ``out`` (use it as a context manager)."""
    check_format(name)
    return dict(WRITERS)[name](out, input_root)
