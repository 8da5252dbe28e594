"""``--format parquet``: ``OUT/articles.parquet``, the JSONL records as rows, atomically.

Columns: ``id``, ``url``, ``title``, ``text``, ``confidence``, and ``metadata`` and ``removed``
as JSON text (their keys vary from article to article). Rows go to a temporary file beside the
target a row group at a time; :meth:`ParquetWriter.close` moves it into place (all of it or
none of it). A Parquet file is readable only once it is closed, so this format does not go with
``--index``, whose transactions need the output visible as they commit. Needs pyarrow
(``pip install 'cleanscrape[parquet]'``).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from ...document import DocResult
from ...errors import UsageError
from .atomic import discard, temporary_beside, write_run_output
from .base import BaseWriter
from .jsonl import article_record

ARTICLES_PARQUET = "articles.parquet"

#: The columns, in order: the fields of the JSONL record.
COLUMNS = ("id", "url", "title", "text", "confidence", "metadata", "removed")
_AS_JSON = ("metadata", "removed")


class ParquetWriter(BaseWriter):
    """Buffers ``rows_per_group`` articles, then writes them as one row group."""

    def __init__(self, out: Path, input_root: Path, *, rows_per_group: int = 1000) -> None:
        try:
            import pyarrow as pa
        except ImportError as exc:
            raise UsageError(
                "--format parquet needs pyarrow: pip install 'cleanscrape[parquet]'"
            ) from exc
        self.target = out / ARTICLES_PARQUET
        self.rows_per_group = rows_per_group
        self.schema = pa.schema(
            [(n, pa.float64() if n == "confidence" else pa.string()) for n in COLUMNS]
        )
        self._rows: list[dict[str, Any]] = []
        self._tmp: Path | None = None
        self._writer: Any = None

    def _open(self) -> Any:
        if self._writer is None:
            import pyarrow.parquet as pq

            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = temporary_beside(self.target)
            os.close(fd)
            self._writer = pq.ParquetWriter(os.fspath(self._tmp), self.schema)
        return self._writer

    def write(self, r: DocResult) -> None:
        r.output = ARTICLES_PARQUET
        record = article_record(r)
        row = {k: record.get(k) for k in COLUMNS}
        for k in _AS_JSON:
            row[k] = json.dumps(row[k], ensure_ascii=False)
        self._add(row)

    def _add(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.rows_per_group:
            write_run_output(self.target, self._flush)

    def extend_from(self, part: Path) -> None:
        """The rows of ``part`` (one row group at a time), regrouped as this writer groups
        rows, so the file is the one a single writer makes."""
        import pyarrow.parquet as pq

        def rows() -> None:
            pf = pq.ParquetFile(part)
            for batch in pf.iter_batches(batch_size=self.rows_per_group):
                for row in batch.to_pylist():
                    self._add(row)

        write_run_output(self.target, rows)

    def _flush(self) -> None:
        import pyarrow as pa

        writer = self._open()
        if self._rows:
            writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def commit(self) -> None:
        """Write the buffered rows; the file becomes visible only at :meth:`close`."""
        write_run_output(self.target, self._flush)

    def close(self) -> None:
        def finish() -> None:
            self._flush()
            self._writer.close()
            self._writer = None
            assert self._tmp is not None
            with self._tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            os.replace(self._tmp, self.target)
            self._tmp = None

        write_run_output(self.target, finish)

    def abort(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):  # the file is thrown away anyway
                self._writer.close()
            self._writer = None
        if self._tmp is not None:
            discard(self._tmp)
            self._tmp = None
