"""``cleanscrape explain FILE``: every line of a page with its verdict and category.

Explain is the per-document path of ``clean`` (:func:`cleanscrape.process.clean_document`) with
tracing on, fed by the same reader: it reads every kind of file ``clean`` reads (gzipped HTML,
HTML saved as ``.txt``, one record of a JSONL or WARC file), skips what ``clean`` skips, and
takes the same options, so the lines it keeps are the lines ``clean`` writes. Only the batch
stages (site templates, de-duplication) are not part of one page's explanation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .batch import log_internal_error
from .chrome.strip import HEADLINE
from .document import Document, LineVerdict
from .errors import InputError, os_error_reason
from .io.readers import is_supported, printable, read_file
from .options import CleanOptions
from .process import clean_document

_GREEN, _RED, _DIM, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m"


@dataclass(slots=True)
class Explanation:
    """Verdicts for one document, with what was moved to metadata and any flags."""

    source: str
    mode: str  # "text" or "html"
    verdicts: list[LineVerdict]
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    #: what the HTML stages took out before the line stage, as ``(rule, text)`` (HTML pages)
    html_removed: list[tuple[str, str]] = field(default_factory=list)


def explain_document(doc: Document, options: CleanOptions | None = None) -> Explanation:
    """Clean ``doc`` with tracing on; a document that cannot be cleaned raises InputError."""
    res = clean_document(doc, options or CleanOptions(), trace=True)
    if res.internal_error:  # a bug: its traceback is logged, as a batch logs it
        log_internal_error(doc.id, res.internal_error)
    if res.status == "error" or res.result is None:
        raise InputError(
            doc.name, (res.error or "could not be cleaned").removeprefix(f"{doc.name}: ")
        )
    result = res.result
    return Explanation(
        doc.id,
        doc.kind,
        list(result.trace or []),
        result.metadata,
        result.flags,
        list(result.html_trace or []),
    )


def explain_file(
    path: str | Path, options: CleanOptions | None = None, *, record: str | None = None
) -> Explanation:
    """Explain the document held by ``path`` (``record``: the id of one JSONL or WARC record)."""
    p = Path(path)
    name = printable(str(p))
    try:
        p.stat()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({os_error_reason(exc)}); check the path") from exc
    if p.is_dir():
        raise InputError(name, "is a folder; explain takes one file (clean takes folders)")
    if not is_supported(p):
        raise InputError(
            name,
            "has an extension clean does not read, so clean skips it; rename it to .txt or .html",
        )
    docs = read_file(p, name)
    if record is not None:
        # a JSONL record is named ``<file>#<id>``; its bare id names it too
        found = next((d for d in docs if d.id in (record, f"{name}#{record}")), None)
        if found is None:
            raise InputError(name, f"holds no record with id {record!r}")
        return explain_document(found, options)
    first = next(docs, None)
    if first is None:
        raise InputError(name, "holds no documents")
    second = next(docs, None)
    if second is not None:
        raise InputError(
            name,
            f"holds several documents ({first.id!r}, {second.id!r}, ...); choose one with --id",
        )
    return explain_document(first, options)


#: A container or line the HTML stages took out is shown by this many characters at most.
PREVIEW_CHARS = 120


def _preview(text: str) -> str:
    """``text`` on one row (its lines joined by `` / ``), cut to :data:`PREVIEW_CHARS`."""
    row = " / ".join(ln for ln in text.split("\n") if ln.strip())
    return row if len(row) <= PREVIEW_CHARS else row[: PREVIEW_CHARS - 1] + "…"


def render(explanation: Explanation, *, color: bool = False) -> str:
    """One row per line: line number, KEEP/DROP, category, text; then metadata and flags.

    On an HTML page, rows starting with ``#`` first give what the HTML stages took out before
    the lines were classified (a chrome container by its reason, a line taken off the extracted
    text by its step), each with the start of its text.
    """
    width = max(
        (len(r) for r in (*(v.reason for v in explanation.verdicts),
                          *(rule for rule, _ in explanation.html_removed))),
        default=7,
    )  # fmt: skip
    mode = explanation.mode
    extraction = explanation.metadata.get("extraction")
    if extraction and extraction != "trafilatura":
        mode += f", {extraction}"
    rows = [f"# {explanation.source} ({mode})"]
    for rule, text in explanation.html_removed:
        row = f"#      HTML  {rule:<{width}}  {_preview(text)}".rstrip()
        rows.append(f"{_DIM}{row}{_RESET}" if color else row)
    for v in explanation.verdicts:
        shown = v.keep or v.reason == HEADLINE  # the headline is kept, as the title
        verdict = "KEEP" if shown else "DROP"
        row = f"{v.lineno + 1:5d}  {verdict}  {v.reason:<{width}}  {v.text}"
        if color:
            row = f"{_GREEN if shown else _RED}{row}{_RESET}"
        rows.append(row)
    kept = sum(1 for v in explanation.verdicts if v.keep or v.reason == HEADLINE)
    summary = f"# {kept} kept, {len(explanation.verdicts) - kept} dropped"
    for key in ("title", "author", "source", "published", "repaired"):
        value = explanation.metadata.get(key)
        if value:
            summary += f"; {key}: {value}"
    if explanation.flags:
        summary += f"; flags: {', '.join(explanation.flags)}"
    rows.append(f"{_DIM}{summary}{_RESET}" if color else summary)
    return "\n".join(rows) + "\n"


def render_json(explanation: Explanation) -> str:
    """One JSON object per line, each with ``stage``, ``lineno``, ``keep``, ``reason`` and
    ``text``. On an HTML page the objects of ``stage`` ``"html"`` come first: what the HTML
    stages took out before the lines were classified (``lineno`` null, ``keep`` false,
    ``reason`` the container's reason or the step, ``text`` its whole text); then one object of
    ``stage`` ``"lines"`` per line the strip stage saw (``lineno`` 1-based, as in the text
    view)."""
    rows: list[dict[str, object]] = [
        {"stage": "html", "lineno": None, "keep": False, "reason": rule, "text": text}
        for rule, text in explanation.html_removed
    ]
    rows += [
        {
            "stage": "lines",
            "lineno": v.lineno + 1,
            "keep": v.keep,
            "reason": v.reason,
            "text": v.text,
        }
        for v in explanation.verdicts
    ]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
