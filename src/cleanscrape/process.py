"""The per-document path: decode -> extract (HTML) -> repair -> strip.

:func:`clean_document` is the one function every caller goes through (the batch pipeline, its
workers, the API's ``clean_text``/``clean_html``); it never raises for a bad document.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .chrome import strip_lines
from .document import CleanResult, DocResult, Document
from .errors import ExtractionError, InputError
from .html import extract_html
from .options import CleanOptions
from .text import decode_bytes, repair_text

#: A text line longer than this is not a page dump (minified code, base64, a broken export).
MAX_LINE_CHARS = 1_000_000


class PageTimeout(ExtractionError):
    """Extraction of one page took longer than ``CleanOptions.page_timeout``."""


@contextmanager
def _time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise :class:`PageTimeout` if the block runs longer than ``seconds`` (main thread only)."""
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeout(source, f"took longer than the {seconds:g}s page time limit; skipped")

    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _clean_lines(
    lines: list[str],
    options: CleanOptions,
    *,
    url: str | None,
    title: str | None,
    from_html: bool,
    timings: dict[str, float],
) -> CleanResult:
    t0 = time.perf_counter()
    if options.strip_chrome:
        stripped = strip_lines(
            lines,
            url=url,
            title=title,
            from_html=from_html,
            min_kept_ratio=options.min_kept_ratio,
        )
        kept, removed, meta = stripped.lines, stripped.removed, stripped.metadata
        flags = stripped.flags
    else:
        kept = [ln.strip() for ln in lines if ln.strip()]
        removed, meta, flags = [], {}, []
    timings["strip"] = time.perf_counter() - t0
    text = "\n".join(kept)
    result = CleanResult(
        text=text, title=title or (kept[0] if kept else None), removed=removed, flags=list(flags)
    )
    result.metadata.update(meta)
    return result


def _check_lines(text: str, source: str) -> None:
    """Refuse a text with a line over :data:`MAX_LINE_CHARS` (checked before any slow stage)."""
    if len(text) <= MAX_LINE_CHARS:
        return
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(
            source,
            f"has a line of {longest:,} characters (limit {MAX_LINE_CHARS:,}); this is not a page "
            "dump (minified code or an export without line breaks?): split it into lines",
        )


def _check_text_runs(markup: str, source: str) -> None:
    """Refuse HTML with a run of text between tags over :data:`MAX_LINE_CHARS` characters.

    The HTML parser silently truncates text nodes of over ten million characters, so such a
    page would come out empty or cut with no word of why; no article has such a paragraph.
    """
    if len(markup) <= MAX_LINE_CHARS:
        return
    longest = max(map(len, markup.split("<")), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(
            source,
            f"has a run of {longest:,} characters of text without markup (limit "
            f"{MAX_LINE_CHARS:,}); this is not an article page (an export or data dump?)",
        )


def clean_text_document(
    text: str,
    options: CleanOptions,
    *,
    url: str | None = None,
    source: str = "<text>",
    timings: dict[str, float] | None = None,
) -> CleanResult:
    """Whole-page text dump -> :class:`CleanResult`."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    _check_lines(text, source)  # before repair: ftfy takes seconds on a line of 40M characters
    repairs: list[str] = []
    text = repair_text(
        text, fix_mojibake=options.fix_mojibake, vi_tone=options.vi_tone, repairs=repairs
    )
    lines = text.split("\n")
    timings["normalize"] = time.perf_counter() - t0
    result = _clean_lines(lines, options, url=url, title=None, from_html=False, timings=timings)
    if repairs:
        result.metadata["repaired"] = sorted(set(repairs))
    return result


def clean_html_document(
    markup: str,
    options: CleanOptions,
    *,
    url: str | None = None,
    source: str = "<html>",
    timings: dict[str, float] | None = None,
) -> CleanResult:
    """HTML page -> :class:`CleanResult` (trafilatura extraction, then the strip stage)."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    _check_text_runs(markup, source)
    with _time_limit(options.page_timeout, source):
        extracted = extract_html(
            markup, url=url, source=source, favor_precision=options.favor_precision
        )
    timings["extract"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    repairs: list[str] = []
    fix, tone = options.fix_mojibake, options.vi_tone
    lines = [
        repair_text(ln, fix_mojibake=fix, vi_tone=tone, repairs=repairs) for ln in extracted.lines
    ]
    meta = dict(extracted.metadata)
    title = meta.get("title")
    if isinstance(title, str):
        title = repair_text(title, fix_mojibake=fix, vi_tone=tone, repairs=repairs)
        meta["title"] = title
    timings["normalize"] = time.perf_counter() - t0
    # trafilatura's text is already article text (conservative chrome stage); the visible-text
    # fallback is a whole-page dump and is cleaned like one
    result = _clean_lines(
        lines,
        options,
        url=url or meta.get("url"),
        title=title,
        from_html=extracted.method == "trafilatura",
        timings=timings,
    )
    for key, value in meta.items():
        result.metadata.setdefault(key, value)
    result.metadata["extraction"] = extracted.method
    if repairs:
        result.metadata["repaired"] = sorted(set(repairs))
    if extracted.pruned:
        result.metadata["pruned"] = dict(sorted(extracted.pruned.items()))
    return result


def clean_document(doc: Document, options: CleanOptions) -> DocResult:
    """All per-document stages for one document; never raises for a bad document."""
    chars_in = len(doc.raw)
    res = DocResult(id=doc.id, url=doc.url, kind=doc.kind, chars_in=chars_in, output=doc.output)
    if doc.error is not None:
        res.status, res.error = "error", doc.error
        return res
    try:
        t0 = time.perf_counter()
        if isinstance(doc.raw, bytes):
            if not doc.raw:
                raise InputError(doc.id, "is empty (0 bytes); nothing to clean")
            if not doc.raw.strip():
                raise InputError(doc.id, "is empty (only white space); nothing to clean")
            decoded = decode_bytes(doc.raw, source=doc.id, html=doc.kind == "html")
            text, encoding = decoded.text, decoded.encoding
        else:
            text, encoding = doc.raw, None
        res.chars_in = chars_in = len(text)
        if not text.strip():
            raise InputError(doc.id, "is empty (only white space); nothing to clean")
        res.timings["decode"] = time.perf_counter() - t0
        if doc.kind == "html":
            result = clean_html_document(
                text, options, url=doc.url, source=doc.id, timings=res.timings
            )
        else:
            result = clean_text_document(
                text, options, url=doc.url, source=doc.id, timings=res.timings
            )
        if encoding is not None:
            result.metadata["encoding"] = encoding
        if doc.url and "url" not in result.metadata:
            result.metadata["url"] = doc.url
        res.result = result
        res.url = res.url or result.metadata.get("url")
        if not result.text.strip():
            res.status = "empty"
            res.error = f"{doc.id}: no article text left after cleaning"
    except InputError as exc:
        res.status, res.error = (
            "error",
            str(exc) if str(exc).startswith(doc.id) else f"{doc.id}: {exc}",
        )
    except RecursionError:
        res.status, res.error = "error", f"{doc.id}: HTML is nested too deeply to parse"
    except Exception as exc:  # one broken page must not stop a batch of thousands
        res.status = "error"
        res.error = f"{doc.id}: unexpected {type(exc).__name__} while cleaning: {exc}"
    return res
