"""JSON Lines (``.jsonl``, ``.jsonl.gz``): one document per object with ``text`` or ``html``.

``id`` names the document as ``<file>#<id>``, so ids stay unique within a run when two files
use the same id (no ``id``, or an id repeated in the file: ``<file>:<line>``); ``url`` is kept;
the output is ``<file without extension>/<id made safe>.txt``. Messages name the file and line
(``feed.jsonl: line 2 (id story-1)``), with ids cut to :data:`~.base.MAX_ID_SHOWN` characters.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator

from ...document import Document
from .base import Reader, Source, error_document, read_problem, record_document


def read(source: Source) -> Iterator[Document]:
    try:
        yield from _records(source)
    except (OSError, EOFError, zlib.error) as exc:
        yield source.error(read_problem(exc))


def _records(source: Source) -> Iterator[Document]:
    rel = source.rel
    seen: set[str] = set()
    with source.open() as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            fallback = f"{rel}:{lineno}"
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield error_document(
                    fallback,
                    f"{rel}: line {lineno}: not valid JSON ({exc}); write one JSON object per "
                    "line, in UTF-8",
                )
                continue
            if not isinstance(obj, dict):
                yield error_document(
                    fallback,
                    f"{rel}: line {lineno}: expected a JSON object with a 'text' or 'html' field",
                )
                continue
            html, text = obj.get("html"), obj.get("text")
            body = html if isinstance(html, str) else text
            if not isinstance(body, str):
                yield error_document(
                    fallback, f"{rel}: line {lineno}: needs a string field 'text' or 'html'"
                )
                continue
            yield record_document(
                rel,
                source.base,
                lineno,
                "line",
                seen,
                raw_id=obj.get("id"),
                body=body,
                is_html=isinstance(html, str),
                url=obj.get("url"),
            )


READER = Reader("jsonl", (".jsonl",), "text", read)
