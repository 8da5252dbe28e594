"""Inputs given as fsspec URLs (``s3://bucket/crawl/``, ``gs://...``, ``file:///data/in``,
``memory://`` in tests): listed and read through fsspec, with the readers of local files.

A URL names a file or a folder, as a path does: a folder is listed recursively (hidden names
skipped, files sorted by their path below the URL, unsupported ones reported as skipped) and
every file is read by the reader its name selects, so documents, ids and output names are those
of the same files on a local disk. The filesystem's package (``s3fs``, ``gcsfs`` ...) must be
installed; when it is not, the error says which one.
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterator
from typing import IO, Any

from ..document import Document
from ..errors import UsageError
from .parquet import ParquetColumns

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(source: str | os.PathLike[str]) -> bool:
    """Whether ``source`` is a URL (``scheme://...``) rather than a local path.

    >>> is_url("s3://bucket/in"), is_url("in/pages"), is_url("C:/in")
    (True, False, False)
    """
    return isinstance(source, str) and _SCHEME.match(source) is not None


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of ``url`` and the path in it; a clear error when the filesystem's
    package is missing or the scheme is unknown."""
    try:
        import fsspec
        from fsspec.registry import known_implementations
    except ImportError as exc:
        raise UsageError(
            f"cannot read {url}: URLs are read with fsspec: pip install 'cleanscrape[remote]'"
        ) from exc
    scheme = url.split("://", 1)[0].lower()
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ImportError as exc:
        hint = known_implementations.get(scheme, {}).get("err") or str(exc)
        raise UsageError(
            f"cannot read {url}: the {scheme}:// filesystem is not installed ({hint}); "
            f"install its fsspec package (for example pip install s3fs for s3://, gcsfs for "
            "gs://) or copy the input to a local folder"
        ) from exc
    except ValueError as exc:  # an unknown protocol
        raise UsageError(f"cannot read {url}: {exc}; give a local path or an fsspec URL") from exc
    return fs, path


def url_sources(url: str, *, skipped: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(file URL, rel)`` for every supported file at ``url`` (a file or a folder), in the
    order a local folder is read; ``skipped`` receives the unsupported ones."""
    from .readers.base import printable
    from .readers.registry import split_name

    fs, root = filesystem(url)
    scheme = url.split("://", 1)[0]
    try:
        if not fs.isdir(root):
            if not fs.exists(root):
                raise UsageError(f"input {url} does not exist; give a folder or a file to clean")
            yield url, printable(root.rstrip("/").rsplit("/", 1)[-1])
            return
        found = fs.find(root)
    except OSError as exc:
        raise UsageError(f"cannot list {url}: {exc}") from exc
    base = root.rstrip("/") + "/"
    files = sorted(p[len(base) :] for p in found if p.startswith(base))
    for rel in files:
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        if split_name(rel.rsplit("/", 1)[-1])[1] is None:
            if skipped is not None:
                skipped.append(printable(rel))
            continue
        yield f"{scheme}://{base}{rel}", printable(rel)


class _GzipStream(gzip.GzipFile):
    """A gzip stream that closes the file under it too."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__(fileobj=raw, mode="rb")
        self._raw = raw

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def open_url(url: str, gz: bool = False) -> IO[bytes]:
    """The bytes at ``url`` (decompressed with ``gz``)."""
    fs, path = filesystem(url)
    raw: IO[bytes] = fs.open(path, "rb")
    if gz:
        return _GzipStream(raw)  # type: ignore[return-value]
    return raw


def url_documents(
    url: str, *, skipped: list[str] | None = None, columns: ParquetColumns | None = None
) -> Iterator[Document]:
    """Every document at ``url``, as :func:`~.readers.iter_documents` reads a local folder."""
    from .readers.registry import read_url

    for file_url, rel in url_sources(url, skipped=skipped):
        yield from read_url(file_url, rel, columns)
