"""Parquet (``.parquet``): one document per row, ``text`` or ``html``, optional ``id`` and
``url`` (see :mod:`cleanscrape.io.parquet`, which also takes other column names)."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ..parquet import read_parquet
from .base import Reader, Source


def read(source: Source) -> Iterator[Document]:
    if source.url is None:
        yield from read_parquet(source.path, source.rel, source.columns)
        return
    with source.open_raw() as fh:
        yield from read_parquet(fh, source.rel, source.columns)


READER = Reader("parquet", (".parquet",), "text", read)
