"""Turn a folder, a file or a JSONL file into :class:`~cleanscrape.document.Document` objects.

Readers never raise for one bad source: they yield a ``Document`` whose ``error`` says what is
wrong with it, so the batch goes on and the report names the file.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ..document import Document, Kind
from ..errors import os_error_reason

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc",)  # .warc.gz too: warcio reads per-record gzip itself
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

#: Refuse to read (or decompress) more than this from one file.
MAX_FILE_BYTES = 256 * 1024 * 1024

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def _split_suffix(name: str) -> tuple[str, str, bool]:
    """``page.html.gz`` -> (``page``, ``.html``, True)."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        name, lower = name[:-3], lower[:-3]
    for suffix in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)], suffix, gz
    return name, "", gz


def is_supported(path: Path) -> bool:
    return _split_suffix(path.name)[1] != ""


def output_name(rel: str) -> str:
    """``a/b/page.html.gz`` -> ``a/b/page.txt`` (the contract: extension replaced by .txt)."""
    p = PurePosixPath(rel)
    stem, suffix, _ = _split_suffix(p.name)
    if not suffix:
        stem = p.stem
    return str(p.with_name(stem + ".txt"))


def _read_bytes(path: Path, gz: bool) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise OSError(f"is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one file")
    if not gz:
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise OSError(f"decompresses to over {MAX_FILE_BYTES:,} bytes; split it into smaller files")
    return data


def printable(name: str) -> str:
    """``name`` as text that can be written as UTF-8 (report.json, error messages).

    A file name that is not UTF-8 reaches Python with its bytes as lone surrogates, and JSON may
    hold lone surrogates too (``"\\ud800"``); either would stop the report from being written.
    Undecodable bytes become ``\\xNN`` and other lone surrogates ``\\udNNN``.
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


def _error_doc(rel: str, message: str, kind: Kind = "text") -> Document:
    return Document(id=rel, raw=b"", kind=kind, output=output_name(rel), error=message)


def iter_files(root: Path) -> Iterator[Path]:
    """Files below ``root`` sorted by relative path (as ``find | sort``), hidden ones skipped.

    Symbolic links to folders are not followed (no loops); links to files are listed.
    """
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).as_posix(), path))
    found.sort()
    for _, path in found:
        yield path


def _not_regular(path: Path) -> str | None:
    """Why ``path`` is not a regular file we may open (a FIFO would block the batch forever)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return _os_reason(exc)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file; copy its content into a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is a device or other special file, not a regular file"


def read_file(path: Path, rel: str) -> Iterator[Document]:
    """Documents held by one file (one, or many for JSONL and WARC)."""
    _, suffix, gz = _split_suffix(path.name)
    kind: Kind = "html" if suffix in HTML_SUFFIXES + WARC_SUFFIXES else "text"
    problem = _not_regular(path)
    if problem is not None:
        yield _error_doc(rel, f"{rel}: cannot read: {problem}", kind)
        return
    if suffix in WARC_SUFFIXES:
        from .warc import read_warc

        yield from read_warc(path, rel, output_name(rel)[: -len(".txt")])
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, rel, gz)
            return
        data = _read_bytes(path, gz)
    except (OSError, EOFError, zlib.error) as exc:
        yield _error_doc(rel, f"{rel}: cannot read: {_os_reason(exc)}", kind)
        return
    if kind == "text" and looks_like_html(data):
        kind = "html"  # a scraper saved the page's HTML under a .txt name
    yield Document(id=rel, raw=data, kind=kind, output=output_name(rel))


_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


def looks_like_html(data: bytes) -> bool:
    """True when ``data`` starts like an HTML document (``<!DOCTYPE html`` or ``<html``)."""
    return _HTML_START.match(data[:4096]) is not None


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        detail = str(exc) or type(exc).__name__
        return f"corrupt or truncated gzip data ({detail}); re-download or re-compress it"
    if isinstance(exc, OSError):
        return os_error_reason(exc)
    return str(exc) or type(exc).__name__


def _read_jsonl(path: Path, rel: str, gz: bool) -> Iterator[Document]:
    base = output_name(rel)[: -len(".txt")]
    opener = gzip.open if gz else open
    seen: set[str] = set()
    with opener(path, "rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            fallback = f"{rel}:{lineno}"
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield _error_doc(fallback, f"{rel}: line {lineno}: not valid JSON ({exc})")
                continue
            if not isinstance(obj, dict):
                yield _error_doc(fallback, f"{rel}: line {lineno}: expected a JSON object")
                continue
            html, text = obj.get("html"), obj.get("text")
            body = html if isinstance(html, str) else text
            if not isinstance(body, str):
                yield _error_doc(
                    fallback, f"{rel}: line {lineno}: needs a string field 'text' or 'html'"
                )
                continue
            raw_id = obj.get("id")
            doc_id = printable(str(raw_id)) if raw_id is not None else fallback
            if doc_id in seen:
                doc_id = fallback
            seen.add(doc_id)
            safe = _UNSAFE.sub("_", str(raw_id)).strip("._") if raw_id is not None else ""
            out = f"{base}/{safe or f'{lineno:07d}'}.txt"
            url = obj.get("url")
            yield Document(
                id=doc_id,
                raw=body,
                kind="html" if isinstance(html, str) else "text",
                url=printable(url) if isinstance(url, str) else None,
                meta={k: v for k, v in obj.items() if k not in ("html", "text", "id", "url")},
                output=out,
            )


def iter_documents(
    source: str | os.PathLike[str], *, skipped: list[str] | None = None
) -> Iterator[Document]:
    """Every document below ``source`` (a folder, searched recursively, or one file).

    Files whose extension is not supported are not read; their relative paths are appended to
    ``skipped`` when a list is given.
    """
    root = Path(source)
    if not root.is_dir():  # a file, or a FIFO / broken link that read_file reports
        yield from read_file(root, printable(root.name))
        return
    for path in iter_files(root):
        rel = printable(path.relative_to(root).as_posix())
        if not is_supported(path):
            if skipped is not None:
                skipped.append(rel)
            continue
        if path.is_symlink() and not path.exists():
            yield _error_doc(rel, f"{rel}: cannot read: broken symbolic link")
            continue
        yield from read_file(path, rel)
