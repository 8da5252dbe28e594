"""Whole-page text dumps (``.txt``, ``.text``, and ``.gz`` of them): one document per file.

A file that starts like an HTML document is read as HTML: scrapers often save a page's HTML
under a ``.txt`` name.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from ...document import Document, Kind
from .base import Reader, Source, looks_like_html, read_problem


def read(source: Source) -> Iterator[Document]:
    try:
        data = source.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        yield source.error(read_problem(exc))
        return
    kind: Kind = "html" if looks_like_html(data) else "text"
    yield Document(id=source.rel, raw=data, kind=kind, output=source.base + ".txt")


READER = Reader("txt", (".txt", ".text"), "text", read)
