"""What every reader shares: the :class:`Reader` record, the :class:`Source` it reads, and the
helpers that turn a problem into an error document instead of an exception.

Readers never raise for one bad source: they yield a ``Document`` whose ``error`` says what is
wrong with it, so the batch goes on and the report names the file.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ...document import Document, Kind
from ...errors import os_error_reason
from ..parquet import ParquetColumns

#: The Parquet columns read when none are named.
DEFAULT_COLUMNS = ParquetColumns()

#: Refuse to read (or decompress) more than this from one file.
MAX_FILE_BYTES = 256 * 1024 * 1024

#: Longest id (or name) shown in a message; longer ones are cut with an ellipsis.
MAX_ID_SHOWN = 200


@dataclass(frozen=True, slots=True)
class Source:
    """One input file as a reader sees it.

    ``rel`` names it in ids and messages (the path relative to the input, printable), ``base``
    is its output path without ``.txt`` (``a/b/page`` for ``a/b/page.html.gz``), ``gz`` whether
    its name ends in ``.gz``; ``columns`` names the columns of a Parquet file. With ``url``
    (an fsspec URL, see :mod:`cleanscrape.io.remote`) the file is read from there, not ``path``.
    """

    path: Path
    rel: str
    base: str
    gz: bool
    columns: ParquetColumns = DEFAULT_COLUMNS
    url: str | None = None

    def open(self) -> BinaryIO:
        """The file's bytes, decompressed when its name ends in ``.gz`` (the one place)."""
        if self.url is not None:
            from ..remote import open_url

            return open_url(self.url, self.gz)  # type: ignore[return-value]
        if self.gz:
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return self.path.open("rb")

    def open_raw(self) -> BinaryIO:
        """The file's bytes as stored (a format that decompresses itself: WARC)."""
        if self.url is not None:
            from ..remote import open_url

            return open_url(self.url)  # type: ignore[return-value]
        return self.path.open("rb")

    def read_bytes(self) -> bytes:
        """All of the file's bytes (decompressed), at most :data:`MAX_FILE_BYTES`."""
        size = self.path.stat().st_size if self.url is None else 0
        if size > MAX_FILE_BYTES:
            raise OSError(f"is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one file")
        with self.open() as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise OSError(
                f"decompresses to over {MAX_FILE_BYTES:,} bytes; split it into smaller files"
            )
        return data

    def error(self, message: str, kind: Kind = "text") -> Document:
        """An error document for the whole file: ``<rel>: cannot read: <message>``."""
        return error_document(
            self.rel, f"{self.rel}: cannot read: {message}", kind, output=self.base + ".txt"
        )


@dataclass(frozen=True, slots=True)
class Reader:
    """One input format: the suffixes it is chosen by and the function that reads a file.

    ``kind`` is the kind of its documents (and of its error documents). A ``.gz`` name is
    chosen by the suffix before ``.gz`` and decompressed by :meth:`Source.open`; a format that
    handles compression itself (WARC: gzip per record) reads ``Source.path`` instead.
    """

    name: str
    suffixes: tuple[str, ...]
    kind: Kind
    read: Callable[[Source], Iterator[Document]]


def error_document(
    doc_id: str, message: str, kind: Kind = "text", output: str | None = None
) -> Document:
    """A document that could not be read; ``message`` says why (and names the source)."""
    return Document(id=doc_id, raw=b"", kind=kind, output=output, error=message)


def read_problem(exc: BaseException) -> str:
    """Words for why a file could not be read (OS error, broken gzip)."""
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        detail = str(exc) or type(exc).__name__
        return f"corrupt or truncated gzip data ({detail}); re-download or re-compress it"
    if isinstance(exc, OSError):
        return os_error_reason(exc)
    return str(exc) or type(exc).__name__


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class RecordName:
    """How one record of a file of records (JSONL line, Parquet row) is named."""

    id: str  # ``<file>#<id>``, or ``<file>:<position>`` without an id or for a repeated one
    label: str  # for messages: ``<file>: line 7 (id story-1)``
    stem: str  # its output file's name in ``OUT/<file>/``, without ``.txt``


def record_name(rel: str, raw_id: object, position: int, unit: str, seen: set[str]) -> RecordName:
    """Name the record at ``position`` (a line or row number) of file ``rel``; ``seen`` holds
    the ids given so far in that file, so that a repeated id falls back to the position.

    >>> seen: set[str] = set()
    >>> record_name("a.jsonl", "story/1", 3, "line", seen)
    RecordName(id='a.jsonl#story/1', label='a.jsonl: line 3 (id story/1)', stem='story_1')
    >>> record_name("a.jsonl", "story/1", 4, "line", seen).id
    'a.jsonl:4'
    """
    fallback = f"{rel}:{position}"
    doc_id = f"{rel}#{printable(str(raw_id))}" if raw_id is not None else fallback
    if doc_id in seen:
        doc_id = fallback
    seen.add(doc_id)
    label = f"{rel}: {unit} {position}"
    if raw_id is not None:
        label += f" (id {shorten(printable(str(raw_id)))})"
    safe = _UNSAFE.sub("_", str(raw_id)).strip("._") if raw_id is not None else ""
    return RecordName(doc_id, label, safe or f"{position:07d}")


def record_document(
    rel: str,
    base: str,
    position: int,
    unit: str,
    seen: set[str],
    *,
    raw_id: object,
    body: str,
    is_html: bool,
    url: object,
) -> Document:
    """The document of one record (JSONL line, Parquet row) of file ``rel``, named by
    :func:`record_name`; its output goes to ``OUT/<base>/<stem>.txt``."""
    name = record_name(rel, raw_id, position, unit, seen)
    return Document(
        id=name.id,
        raw=body,
        kind="html" if is_html else "text",
        url=printable(url) if isinstance(url, str) else None,
        output=f"{base}/{name.stem}.txt",
        label=name.label,
    )


def shorten(name: str, limit: int = MAX_ID_SHOWN) -> str:
    """``name`` cut to ``limit`` characters with an ellipsis, for messages (a 100,000-character
    JSONL id must not make a 100 kB error line).

    >>> shorten("x" * 300)[-5:], len(shorten("x" * 300)), shorten("story-1")
    ('xxxx…', 200, 'story-1')
    """
    return name if len(name) <= limit else name[: limit - 1] + "…"


def printable(name: str) -> str:
    """``name`` as text that can be written as UTF-8 (report.json, error messages).

    A file name that is not UTF-8 reaches Python with its bytes as lone surrogates, and JSON may
    hold lone surrogates too (``"\\ud800"``); either would stop the report from being written.
    Undecodable bytes become ``\\xNN`` and other lone surrogates ``\\udNNN``.

    >>> printable("b\\udcc3o.txt")
    'b\\\\xc3o.txt'
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = name.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return name


_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


def looks_like_html(data: bytes) -> bool:
    """True when ``data`` starts like an HTML document (``<!DOCTYPE html`` or ``<html``).

    >>> looks_like_html(b"<!-- saved --> <!DOCTYPE html><html>"), looks_like_html(b"Tin <b>")
    (True, False)
    """
    return _HTML_START.match(data[:4096]) is not None
