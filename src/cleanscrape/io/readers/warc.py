"""WARC input (``.warc``, ``.warc.gz``): every HTML response record is one document.

Records are read with warcio, streaming, one at a time. A record is a document when it is a
``response`` (or ``resource``) whose HTTP status is 2xx and whose content type is HTML; other
records (requests, metadata, images, redirects, ...) are skipped. Documents are named
``<file>#<record number>`` (records counted from 1 over the whole file) with output
``<file without extension>/<record number>.txt`` and the record's target URI as url.

A truncated or corrupt WARC does not stop the batch: the documents read before the damage are
kept and one error document names the file and the record where reading failed. A record whose
``Content-Length`` is not a byte count is an error document naming the file and the record.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed

from ...document import Document
from .base import Reader, Source

#: Refuse to read more than this from one record (a video or an archive, not a page).
MAX_RECORD_BYTES = 64 * 1024 * 1024

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_TYPES = ("response", "resource")


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    value = http.get_header("Content-Type") if http is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    return (value or "").split(";", 1)[0].strip().lower()


def _bad_length(record: object) -> str | None:
    """The record's ``Content-Length`` when it is not a byte count (warcio reads such a record
    as empty and only warns), else None."""
    value = record.rec_headers.get_header("Content-Length")  # type: ignore[attr-defined]
    if value is None or value.strip().isdigit():
        return None
    return str(value)[:40]


def _status_ok(record: object) -> bool:
    http = getattr(record, "http_headers", None)
    if http is None:  # a resource record has no HTTP status
        return True
    code = http.get_statuscode() or ""
    return code.startswith("2")


def read(source: Source) -> Iterator[Document]:
    """HTML documents in a WARC file (gzip per record or not: warcio reads both)."""
    rel, base = source.rel, source.base
    number = current = 0
    try:
        with source.open_raw() as fh:
            records = iter(WARCIterator(fh))
            while True:
                current = number + 1  # the record being read, for the error message
                record = next(records, None)
                if record is None:
                    break
                number = current
                bad_length = _bad_length(record)
                if bad_length is not None:
                    yield Document(
                        id=f"{rel}#{number}",
                        raw=b"",
                        kind="html",
                        output=f"{base}/{number:06d}.txt",
                        error=f"{rel}: record {number}: invalid Content-Length {bad_length!r} "
                        "(not a byte count); the record cannot be read, repair the file",
                    )
                    continue
                if record.rec_type not in _RECORD_TYPES:
                    continue
                if _content_type(record) not in _HTML_TYPES or not _status_ok(record):
                    continue
                doc_id = f"{rel}#{number}"
                body = record.content_stream().read(MAX_RECORD_BYTES + 1)
                missing = getattr(record.raw_stream, "limit", 0)
                if len(body) <= MAX_RECORD_BYTES and missing > 0:
                    raise EOFError(f"the record ends {missing:,} bytes early")
                if len(body) > MAX_RECORD_BYTES:
                    yield Document(
                        id=doc_id,
                        raw=b"",
                        kind="html",
                        output=f"{base}/{number:06d}.txt",
                        error=f"{doc_id}: record is over {MAX_RECORD_BYTES:,} bytes; "
                        "not a web page, skipped",
                    )
                    continue
                yield Document(
                    id=doc_id,
                    raw=body,
                    kind="html",
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    output=f"{base}/{number:06d}.txt",
                )
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        failed = current or 1
        detail = (str(exc).strip() or type(exc).__name__)[:200]
        yield Document(
            id=f"{rel}#{failed}",
            raw=b"",
            kind="html",
            error=(
                f"{rel}: record {failed}: cannot read the WARC ({detail}); the file is truncated "
                "or corrupt: the records before it were read, re-download or repair the file "
                "for the rest"
            ),
        )


READER = Reader("warc", (".warc",), "html", read)
