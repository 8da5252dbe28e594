"""Parquet input: one document per row, read a row group at a time (``pip install
'cleanscrape[parquet]'``).

A row needs a string ``text`` or ``html`` column value (``html`` wins when both are set); ``id``
and ``url`` are optional. Other column names are given with :class:`ParquetColumns`. Ids, output
names and errors follow the JSONL reader: a row is ``FILE#ID`` (unique within a run), a row
without an id is ``FILE:ROW`` (1-based), a repeated id falls back to that too, and a row without
a body is reported, not skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..document import Document


def _column(default: str, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class ParquetColumns:
    """Which Parquet columns hold the id, the page as text, the page as HTML, and its URL.

    Each field's ``help`` (its metadata) is the text of its command-line flag
    (``--parquet-<field>-column``), so names and defaults are stated here only.
    """

    id: str = _column("id", "Parquet column with each row's id")
    text: str = _column("text", "Parquet column with the page as text")
    html: str = _column("html", "Parquet column with the page as HTML (wins over text when set)")
    url: str = _column("url", "Parquet column with the page's URL")


def read_parquet(
    path: str | Path | BinaryIO, rel: str | None = None, columns: ParquetColumns | None = None
) -> Iterator[Document]:
    """The documents of one Parquet file (a path or an open binary file), in row order
    (``rel``: its name in ids and output names; default: the file name)."""
    from .readers.base import error_document as _error_doc
    from .readers.base import printable
    from .readers.registry import output_name

    cols = columns or ParquetColumns()
    if rel is None:
        rel = printable(Path(path).name) if isinstance(path, (str, Path)) else "input.parquet"
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield _error_doc(
            rel, f"{rel}: cannot read Parquet without pyarrow: pip install 'cleanscrape[parquet]'"
        )
        return
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError ... for a broken file
        yield _error_doc(rel, f"{rel}: cannot read: not a readable Parquet file ({exc})")
        return
    names = set(pf.schema_arrow.names)
    if cols.text not in names and cols.html not in names:
        yield _error_doc(
            rel,
            f"{rel}: has no column {cols.text!r} or {cols.html!r} (columns: "
            f"{', '.join(sorted(names))}); name the text or HTML column "
            "(--parquet-text-column / --parquet-html-column, or ParquetColumns)",
        )
        return
    wanted = [c for c in (cols.id, cols.text, cols.html, cols.url) if c in names]
    base = output_name(rel)[: -len(".txt")]
    seen: set[str] = set()
    row = 0
    for batch in pf.iter_batches(columns=wanted, batch_size=1024):
        data: dict[str, list[Any]] = batch.to_pydict()
        for i in range(batch.num_rows):
            row += 1
            yield _document(data, i, row, rel, base, cols, seen)


def _document(
    data: dict[str, list[Any]],
    i: int,
    row: int,
    rel: str,
    base: str,
    cols: ParquetColumns,
    seen: set[str],
) -> Document:
    from .readers.base import error_document as _error_doc
    from .readers.base import record_document

    def get(name: str) -> Any:
        values = data.get(name)
        return values[i] if values is not None else None

    fallback = f"{rel}:{row}"
    html, text = get(cols.html), get(cols.text)
    body = html if isinstance(html, str) else text
    if not isinstance(body, str):
        return _error_doc(
            fallback, f"{rel}: row {row}: needs a string {cols.text!r} or {cols.html!r} value"
        )
    return record_document(
        rel,
        base,
        row,
        "row",
        seen,
        raw_id=get(cols.id),
        body=body,
        is_html=isinstance(html, str),
        url=get(cols.url),
    )
