"""Parquet (``.parquet``): one document per row, ``text`` or ``html``, optional ``id`` and
``url`` (see :mod:`cleanscrape.io.parquet`, which also takes other column names)."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document
from ..parquet import read_parquet
from .base import Reader, Source


def read(source: Source) -> Iterator[Document]:
    yield from read_parquet(source.path, source.rel)


READER = Reader("parquet", (".parquet",), "text", read)
