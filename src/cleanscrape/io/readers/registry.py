"""The input formats, and the one place a file is dispatched to a reader by its name.

Adding a format is one module defining a :class:`~.base.Reader` and one line in :data:`READERS`.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ...document import Document
from ..parquet import ParquetColumns
from . import html, jsonl, parquet, txt, warc
from .base import Reader, Source, error_document, read_problem

#: Every input format; a file is read by the first whose suffix ends its name (``.gz`` aside).
READERS: tuple[Reader, ...] = (
    txt.READER,
    html.READER,
    jsonl.READER,
    warc.READER,
    parquet.READER,
)

#: Every suffix some reader takes (each also with ``.gz``).
SUPPORTED_SUFFIXES = tuple(s for r in READERS for s in r.suffixes)
#: Each suffix and its reader, the longest suffixes first (the order a name is matched in).
_BY_SUFFIX = tuple(
    sorted(((s, r) for r in READERS for s in r.suffixes), key=lambda sr: len(sr[0]), reverse=True)
)


def split_name(name: str) -> tuple[str, Reader | None, bool]:
    """``page.html.gz`` -> (``page``, the HTML reader, True); no reader for unknown suffixes.

    >>> stem, reader, gz = split_name("Bao.HTML.gz")
    >>> stem, reader.name, gz
    ('Bao', 'html', True)
    >>> split_name("notes.md")[1] is None
    True
    """
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        name, lower = name[:-3], lower[:-3]
    for suffix, reader in _BY_SUFFIX:
        if lower.endswith(suffix):
            return name[: -len(suffix)], reader, gz
    return name, None, gz


def is_supported(path: Path) -> bool:
    """Whether some reader takes a file of this name."""
    return split_name(path.name)[1] is not None


def output_name(rel: str) -> str:
    """``a/b/page.html.gz`` -> ``a/b/page.txt`` (the contract: extension replaced by .txt).

    >>> output_name("a/b/page.html.gz"), output_name("notes.md")
    ('a/b/page.txt', 'notes.txt')
    """
    p = PurePosixPath(rel)
    stem, reader, _ = split_name(p.name)
    if reader is None:
        stem = p.stem
    return str(p.with_name(stem + ".txt"))


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file we may open (a FIFO would block the batch forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return read_problem(exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file; copy its content into a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is a device or other special file, not a regular file"


def read_file(path: Path, rel: str, columns: ParquetColumns | None = None) -> Iterator[Document]:
    """Documents held by one file (one, or many for JSONL and WARC), named ``rel``; ``columns``
    names the columns of a Parquet file (default: ``id``, ``text``, ``html``, ``url``).

    A file no reader takes by its name (given as the input itself) is read as a text dump.
    """
    _, found, gz = split_name(path.name)
    reader = found or txt.READER
    source = Source(path, rel, output_name(rel)[: -len(".txt")], gz, columns or ParquetColumns())
    problem = _not_regular(path)
    if problem is not None:
        yield source.error(problem, reader.kind)
        return
    yield from reader.read(source)


def broken_link(rel: str) -> Document:
    return error_document(
        rel,
        f"{rel}: cannot read: broken symbolic link; point it at a file or remove it",
        output=output_name(rel),
    )


def read_url(url: str, rel: str, columns: ParquetColumns | None = None) -> Iterator[Document]:
    """Documents held by the file at fsspec ``url`` (see :mod:`cleanscrape.io.remote`), named
    ``rel``, as :func:`read_file` reads a local file."""
    name = rel.rsplit("/", 1)[-1]
    _, found, gz = split_name(name)
    reader = found or txt.READER
    source = Source(
        Path(name), rel, output_name(rel)[: -len(".txt")], gz, columns or ParquetColumns(), url
    )
    yield from reader.read(source)
