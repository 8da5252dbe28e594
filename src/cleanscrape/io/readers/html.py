"""HTML pages (``.html``, ``.htm``, ``.xhtml``, and ``.gz`` of them): one document per file."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from ...document import Document
from .base import Reader, Source, read_problem


def read(source: Source) -> Iterator[Document]:
    try:
        data = source.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        yield source.error(read_problem(exc), "html")
        return
    yield Document(id=source.rel, raw=data, kind="html", output=source.base + ".txt")


READER = Reader("html", (".html", ".htm", ".xhtml"), "html", read)
