"""Per-document line detail for the HTML report, from a batch.

The detail is the strip stage's own trace (``clean_document(..., trace=True)``: a
:class:`~cleanscrape.document.LineVerdict` per non-blank line), with the lines a batch stage
(site templates) dropped afterwards marked with that stage's reason:

* :func:`streamed_details` reads it from a streamed batch run with ``Pipeline(trace=True)``
  (what ``clean`` does when it writes report.html);
* :func:`doc_details` / :func:`line_trace` take :class:`~cleanscrape.document.DocResult` objects
  (``Pipeline.run``); results cleaned without a trace get their order rebuilt from what every
  result has: the removed lines with their line numbers, and the kept text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypedDict

from ..chrome.templates import SITE_TEMPLATE
from ..document import DocResult

if TYPE_CHECKING:
    from ..batch import DocRecord, StreamedBatch

KEEP = "article"


class LineDetail(TypedDict):
    """One non-blank line of a document as the strip stage saw it."""

    lineno: int | None  # 0-based; None when not known (a line removed by a batch stage)
    keep: bool
    reason: str  # "article" for a kept line, else why it was dropped
    text: str


def _from_trace(r: DocResult) -> list[LineDetail] | None:
    result = r.result
    trace = getattr(result, "trace", None) if result is not None else None
    if result is None or trace is None:
        return None
    # batch stages (site templates) drop kept lines after the trace was taken
    late: dict[str, list[str]] = {}
    for rem in result.removed:
        if rem.lineno is None:
            late.setdefault(rem.line, []).append(rem.reason)
    lines: list[LineDetail] = []
    for v in trace:
        keep, reason = bool(v.keep), str(v.reason)
        if keep and late.get(v.text):
            keep, reason = False, late[v.text].pop(0)
        lines.append({"lineno": int(v.lineno), "keep": keep, "reason": reason, "text": v.text})
    return lines


def _rebuilt(r: DocResult) -> list[LineDetail]:
    """Kept lines and numbered removed lines merged in line order.

    A kept line's number is not recorded, so kept lines fill the free line numbers before each
    removed line in order; blank lines (never reported) can shift a kept line's number and its
    place next to removed lines, never the order of kept lines among themselves.
    """
    result = r.result
    if result is None:
        return []
    kept = [ln for ln in result.text.split("\n") if ln.strip()] if result.text else []
    numbered = sorted(
        (rem for rem in result.removed if rem.lineno is not None),
        key=lambda rem: rem.lineno or 0,
    )
    late = [rem for rem in result.removed if rem.lineno is None]
    lines: list[LineDetail] = []
    k = 0
    nextno = 0
    for rem in numbered:
        at = rem.lineno or 0
        while k < len(kept) and nextno < at:
            lines.append({"lineno": nextno, "keep": True, "reason": KEEP, "text": kept[k]})
            k += 1
            nextno += 1
        lines.append({"lineno": at, "keep": False, "reason": rem.reason, "text": rem.line})
        nextno = at + 1
    for text in kept[k:]:
        lines.append({"lineno": nextno, "keep": True, "reason": KEEP, "text": text})
        nextno += 1
    # removed by a batch stage (site templates) after the strip stage: their place among the
    # kept lines is not recorded, so they come last, without a number
    lines.extend(
        {"lineno": None, "keep": False, "reason": rem.reason, "text": rem.line} for rem in late
    )
    return lines


def line_trace(r: DocResult) -> list[LineDetail]:
    """Every non-blank line of one document with its verdict and reason, in line order."""
    traced = _from_trace(r)
    return traced if traced is not None else _rebuilt(r)


def doc_details(results: Iterable[DocResult]) -> Iterator[tuple[str, Iterable[LineDetail]]]:
    """``(doc_id, lines)`` for each result; the lines are computed only when iterated."""
    for r in results:
        yield r.id, _LazyTrace(r)


class _LazyTrace:
    """The lines of one document, computed when the report writer asks for them."""

    __slots__ = ("_r",)

    def __init__(self, r: DocResult) -> None:
        self._r = r

    def __iter__(self) -> Iterator[LineDetail]:
        return iter(line_trace(self._r))


def traced_lines(
    trace: list[list[Any]],
    drop: Iterable[bool] | None,
    settled: tuple[Iterable[bool], str] | None = None,
) -> list[LineDetail]:
    """``[lineno, keep, reason, text]`` rows of a trace as :class:`LineDetail`; ``drop`` marks,
    for each kept line in order, whether a batch stage dropped it afterwards: the site-template
    stage, or the consistent-verdict stage where ``settled`` (a mask like ``drop``, and its
    reason) marks it."""
    marks = iter(drop) if drop is not None else None
    settle = iter(settled[0]) if settled is not None else None
    lines: list[LineDetail] = []
    for lineno, keep, reason, text in trace:
        kept = bool(keep)
        why = str(reason)
        if kept and marks is not None:
            by_verdict = next(settle, False) if settle is not None else False
            if next(marks, False):
                kept = False
                why = settled[1] if settled is not None and by_verdict else SITE_TEMPLATE
        lines.append({"lineno": int(lineno), "keep": kept, "reason": why, "text": str(text)})
    return lines


def streamed_details(batch: StreamedBatch) -> Iterator[tuple[str, Iterable[LineDetail]]]:
    """``(doc_id, lines)`` for each record of a streamed batch; read from its spool on demand."""
    for record in batch.records:
        yield record.id, _SpooledTrace(batch, record)


class _SpooledTrace:
    __slots__ = ("_batch", "_record")

    def __init__(self, batch: StreamedBatch, record: DocRecord) -> None:
        self._batch = batch
        self._record = record

    def __iter__(self) -> Iterator[LineDetail]:
        trace = self._batch.trace(self._record)
        if trace is None:
            return iter(())
        drop, settled = self._record.drop, self._record.settled
        return iter(
            traced_lines(
                trace,
                drop.tolist() if drop is not None else None,
                (settled[0].tolist(), settled[1]) if settled is not None else None,
            )
        )
