"""The per-document path: decode -> extract (HTML) -> repair -> strip.

:func:`clean_document` is the one function every caller goes through (the batch pipeline, its
workers, the API's ``clean_text``/``clean_html``); it never raises for a bad document.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import repeat
from operator import itemgetter
from typing import Any

from .chrome.columns import read_columns
from .chrome.memo import LineMemo
from .chrome.strip import KEEP, classify_lines
from .confidence import LOW_CONFIDENCE, score, signals
from .document import CleanResult, DocResult, Document, LineVerdict, Removal
from .errors import ExtractionError, InputError
from .html import extract_html
from .html.tail import in_area
from .options import CleanOptions
from .text import decode_bytes, repair_lines, repair_text

log = logging.getLogger(__name__)

#: A text line longer than this is not a page dump (minified code, base64, a broken export).
MAX_LINE_CHARS = 1_000_000

#: A document over this size is refused before any work: a news page is rarely over 1 MB, and
#: the cleaning stages need some 40 times a document's size in memory.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


#: A strip-stage verdict ``(lineno, text, category)`` as the fields of a dropped line's
#: :class:`Removal` ``(reason, line, lineno)``; and the line of a :class:`Removal`.
_AS_REMOVAL = itemgetter(2, 1, 0)
_REMOVED_LINE = itemgetter(1)


class PageTimeout(ExtractionError):
    """Extraction of one page took longer than ``CleanOptions.page_timeout``."""


def _limit_unavailable(seconds: float | None) -> str | None:
    """Why the page time limit cannot be enforced here (``None`` when it can, or is off)."""
    if seconds is None:
        return None
    if not hasattr(signal, "setitimer"):
        return "this platform has no interval timer (signal.setitimer)"
    if threading.current_thread() is not threading.main_thread():
        return (
            f"cleaning runs on thread {threading.current_thread().name!r}, and only the main "
            "thread can be interrupted by a timer signal; run pages in worker processes (jobs > 1) "
            "or on the main thread to have the limit enforced"
        )
    return None


@contextmanager
def _time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise :class:`PageTimeout` if the block runs longer than ``seconds``.

    The limit is a ``SIGALRM`` timer, so it works on the main thread of the process doing the
    work (the CLI, each worker process); elsewhere it is not enforced and a warning says why
    (once per thread).
    """
    why = _limit_unavailable(seconds)
    if why is not None:
        thread = threading.current_thread()
        if not getattr(thread, "_cleanscrape_limit_warned", False):
            log.warning("page time limit of %gs not enforced: %s", seconds, why)
            setattr(thread, "_cleanscrape_limit_warned", True)  # noqa: B010
        yield
        return
    if seconds is None:
        yield
        return

    def _on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeout(source, f"took longer than the {seconds:g}s page time limit; skipped")

    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
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
    trace: bool = False,
    memo: LineMemo | None = None,
    in_article: Callable[[str], bool] | None = None,
    origin: list[int] | None = None,
) -> CleanResult:
    """The strip stage: one verdict per non-blank line; kept lines make the text.
    ``origin``: the page's line each of ``lines`` was cut from (a layout table read a column
    at a time), when they are not the page's own lines."""
    t0 = time.perf_counter()
    if options.strip_chrome:
        c = classify_lines(
            lines,
            url=url,
            title=title,
            from_html=from_html,
            min_kept_ratio=options.min_kept_ratio,
            favor=options.favor,
            memo=memo,
            in_article=in_article,
            origin=origin,
        )
        # (the per-line verdicts are copied only for a trace)
        verdicts = (
            [LineVerdict(v.lineno, v.keep, v.category, v.text) for v in c.verdicts] if trace else []
        )
        # (``category == KEEP`` is ``Verdict.keep`` without a property call per line; a
        # verdict is the tuple ``(lineno, text, category)``)
        kept = [text for _, text, category in c.verdicts if category == KEEP]
        # (``tuple.__new__`` on the rows: the named tuples made in C, one per dropped line)
        dropped = [v for v in c.verdicts if v[2] != KEEP]
        removed: list[Removal] = list(
            map(tuple.__new__, repeat(Removal), map(_AS_REMOVAL, dropped))
        )
        meta, flags = c.metadata, c.flags
    else:
        verdicts = [
            LineVerdict(i, True, KEEP, ln.strip()) for i, ln in enumerate(lines) if ln.strip()
        ]
        kept = [v.text for v in verdicts]
        removed = []
        meta, flags = {}, []
    timings["strip"] = time.perf_counter() - t0
    text = "\n".join(kept)
    found = meta.get("title")
    result = CleanResult(
        text=text,
        title=title or (found if isinstance(found, str) else None),
        removed=removed,
        flags=list(flags),
        trace=verdicts if trace else None,
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


#: Inline scripts and style sheets: code, not text; a page may inline a megabyte of either.
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _may_hold_run(text: str, stop: str, limit: int) -> bool:
    """``False`` only when ``text`` holds no run of over ``limit`` characters without ``stop``
    (a character), found without splitting it.

    Such a run holds a whole block of ``limit // 2`` characters starting at a multiple of
    ``limit // 2``: when every such block holds ``stop`` (one search each, in C), there is no
    run, and the pieces of a page of a few megabytes are not made to be measured.
    """
    half = max(limit // 2, 1)
    return any(text.find(stop, s, s + half) < 0 for s in range(0, len(text) - half + 1, half))


def _check_text_runs(markup: str, source: str) -> None:
    """Refuse HTML with a run of text between tags over :data:`MAX_LINE_CHARS` characters.

    The HTML parser silently truncates text nodes of over ten million characters, so such a
    page would come out empty or cut with no word of why; no article has such a paragraph.
    Inline scripts and style sheets do not count: whatever is cut from them is not text.
    """
    if len(markup) <= MAX_LINE_CHARS or not _may_hold_run(markup, "<", MAX_LINE_CHARS):
        return
    longest = max(map(len, markup.split("<")), default=0)
    if longest > MAX_LINE_CHARS:  # inline code does not count
        longest = max(map(len, _SCRIPT_OR_STYLE.sub("<", markup).split("<")), default=0)
    if longest > MAX_LINE_CHARS:
        raise InputError(
            source,
            f"has a run of {longest:,} characters of text without markup (limit "
            f"{MAX_LINE_CHARS:,}); this is not an article page (an export or data dump?)",
        )


def _check_size(doc: Document) -> None:
    """Refuse a document over :data:`MAX_DOCUMENT_BYTES` (bytes read, or characters given)."""
    size = len(doc.raw)
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(
            doc.id,
            f"is {size / 1e6:.1f} MB, over the {MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit for one "
            "document (a page is rarely over 1 MB); split it into pages",
        )


def clean_text_document(
    text: str,
    options: CleanOptions,
    *,
    url: str | None = None,
    source: str = "<text>",
    timings: dict[str, float] | None = None,
    trace: bool = False,
    memo: LineMemo | None = None,
) -> CleanResult:
    """Whole-page text dump -> :class:`CleanResult`."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    _check_lines(text, source)  # before repair: ftfy takes seconds on a line of 40M characters
    repairs: list[str] = []
    with _time_limit(options.page_timeout, source):  # the limit holds for text pages too
        text = repair_text(
            text,
            fix_mojibake=options.fix_mojibake,
            vi_tone=options.vi_tone,
            repairs=repairs,
            spellings=memo.spellings if memo is not None else None,
        )
        # (a layout table printed side by side is cut into its columns before the strip stage)
        lines, origin = read_columns(text) if options.strip_chrome else (text.split("\n"), None)
        timings["normalize"] = time.perf_counter() - t0
        result = _clean_lines(
            lines,
            options,
            url=url,
            title=None,
            from_html=False,
            timings=timings,
            trace=trace,
            memo=memo,
            origin=origin,
        )
    if repairs:
        result.metadata["repaired"] = sorted(set(repairs))
    _rate(result, options)
    return result


def clean_html_document(
    markup: str,
    options: CleanOptions,
    *,
    url: str | None = None,
    source: str = "<html>",
    timings: dict[str, float] | None = None,
    trace: bool = False,
    memo: LineMemo | None = None,
) -> CleanResult:
    """HTML page -> :class:`CleanResult` (trafilatura extraction, then the strip stage)."""
    timings = {} if timings is None else timings
    t0 = time.perf_counter()
    _check_text_runs(markup, source)
    # (the limit holds for the whole page: extraction, repair and the strip stage)
    with _time_limit(options.page_timeout, source):
        extracted = extract_html(
            markup,
            url=url,
            source=source,
            favor=options.favor,
            trace=trace,
            fix_mojibake=options.fix_mojibake,
        )
        timings["extract"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        repairs: list[str] = list(extracted.repaired)
        fix, tone = options.fix_mojibake, options.vi_tone
        spellings = memo.spellings if memo is not None else None
        lines = repair_lines(
            extracted.lines, fix_mojibake=fix, vi_tone=tone, repairs=repairs, spellings=spellings
        )
        meta = dict(extracted.metadata)
        title = meta.get("title")
        if isinstance(title, str):
            title = repair_text(title, fix_mojibake=fix, vi_tone=tone, repairs=repairs)
            meta["title"] = title
        timings["normalize"] = time.perf_counter() - t0
        in_article = partial(in_area, inside=extracted.area_words) if extracted.area_words else None
        # trafilatura's text is already article text (conservative chrome stage); the visible-text
        # fallback is a whole-page dump and is cleaned like one
        result = _clean_lines(
            lines,
            options,
            url=url or meta.get("url"),
            title=title,
            from_html=extracted.method == "trafilatura",
            timings=timings,
            trace=trace,
            memo=memo,
            in_article=in_article,
        )
    for key, value in meta.items():
        result.metadata.setdefault(key, value)
    result.metadata["extraction"] = extracted.method
    if repairs:
        result.metadata["repaired"] = sorted(set(repairs))
    if extracted.pruned:
        result.metadata["pruned"] = dict(sorted(extracted.pruned.items()))
    if trace:
        result.html_trace = extracted.dropped
        result.html_added = extracted.added
    _rate(
        result,
        options,
        fallback=extracted.method != "trafilatura",
        prose_chars=extracted.prose_chars,
        found_chars=extracted.found_chars,
        in_article=in_article,
        content_chars=extracted.content_chars,
    )
    return result


def _rate(
    result: CleanResult,
    options: CleanOptions,
    *,
    fallback: bool = False,
    prose_chars: int = 0,
    found_chars: int = 0,
    in_article: Callable[[str], bool] | None = None,
    content_chars: int = 0,
) -> None:
    """Set the page's confidence score, and the ``low_confidence`` flag under the threshold."""
    sig = signals(
        result.text.split("\n") if result.text else [],
        flags=result.flags,
        removed_chars=sum(map(len, map(_REMOVED_LINE, result.removed))),
        fallback=fallback,
        prose_chars=prose_chars,
        found_chars=found_chars,
        in_article=in_article,
        content_chars=content_chars,
    )
    result.confidence = score(sig)
    result.metadata["confidence_signals"] = sig
    if result.confidence < LOW_CONFIDENCE[options.favor]:
        result.flags.append("low_confidence")


def clean_document(
    doc: Document,
    options: CleanOptions,
    *,
    trace: bool = False,
    raise_errors: bool = False,
    memo: LineMemo | None = None,
) -> DocResult:
    """All per-document stages for one document: the one path behind ``clean``, the workers,
    ``clean_text``/``clean_html`` and ``explain``.

    It never raises for a bad document: an input problem is recorded on the result (status
    ``error``); an unexpected exception is recorded too, with its traceback in
    ``internal_error`` (which :class:`~cleanscrape.batch.Pipeline` logs in the main process,
    wherever the document was cleaned), so the batch goes on. ``raise_errors=True`` (the
    one-document API) lets exceptions through instead. ``trace=True`` keeps a per-line
    :class:`~cleanscrape.document.LineVerdict` list on the result (``explain``). ``memo``:
    the text-only line features of the pages cleaned before in the same batch
    (:class:`~cleanscrape.chrome.memo.LineMemo`; the result is the same without it).
    """
    chars_in = len(doc.raw)
    res = DocResult(id=doc.id, url=doc.url, kind=doc.kind, chars_in=chars_in, output=doc.output)
    if doc.error is not None:
        res.status, res.error = "error", doc.error
        return res
    name = doc.name
    try:
        t0 = time.perf_counter()
        _check_size(doc)
        if isinstance(doc.raw, bytes):
            if not doc.raw:
                raise InputError(name, "is empty (0 bytes); nothing to clean")
            if not doc.raw.strip():
                raise InputError(name, "is empty (only white space); nothing to clean")
            decoded = decode_bytes(doc.raw, source=name, html=doc.kind == "html")
            text, encoding = decoded.text, decoded.encoding
        else:
            text, encoding = doc.raw, None
        res.chars_in = chars_in = len(text)
        if not text.strip():
            raise InputError(name, "is empty (only white space); nothing to clean")
        res.timings["decode"] = time.perf_counter() - t0
        clean = clean_html_document if doc.kind == "html" else clean_text_document
        result = clean(
            text, options, url=doc.url, source=name, timings=res.timings, trace=trace, memo=memo
        )
        if encoding is not None:
            result.metadata["encoding"] = encoding
        if doc.url and "url" not in result.metadata:
            result.metadata["url"] = doc.url
        res.result = result
        res.url = res.url or result.metadata.get("url")
        if not result.text.strip():
            res.status = "empty"
            res.error = f"{name}: no article text left after cleaning"
    except InputError as exc:
        if raise_errors:
            raise
        res.status, res.error = (
            "error",
            str(exc) if str(exc).startswith(name) else f"{name}: {exc}",
        )
        log.info("%s", res.error)
    except RecursionError:
        if raise_errors:
            raise
        res.status, res.error = "error", f"{name}: HTML is nested too deeply to parse"
        log.info("%s", res.error)
    except Exception as exc:  # one broken page must not stop a batch of thousands
        if raise_errors:
            raise
        res.status, res.internal_error = "error", traceback.format_exc()
        res.error = f"{name}: unexpected {type(exc).__name__} while cleaning: {exc}"
    return res
