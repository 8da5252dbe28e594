"""Plain data passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

#: Metadata fields reported for each document (report.json, articles.jsonl), in this order.
METADATA_KEYS = (
    "title",
    "author",
    "source",
    "published",
    "sitename",
    "url",
    "canonical",
    "hostname",
    "language",
    "encoding",
    "repaired",
)

Kind = Literal["html", "text"]
Status = Literal["kept", "duplicate", "empty", "error"]


@dataclass(slots=True)
class Document:
    """One input document, before cleaning.

    ``raw`` is what was read: ``bytes`` straight from a file (decoded later) or ``str`` when
    the source already held text (JSONL, the Python API).
    """

    id: str
    raw: bytes | str
    kind: Kind = "text"
    url: str | None = None
    output: str | None = None  # relative output path (``.txt``) for the batch writer
    error: str | None = None  # set by a reader that could not read the source at all
    label: str | None = None  # how messages name it when the id alone does not (file and line)

    @property
    def name(self) -> str:
        """How messages name the document: ``label``, else the id (cut to 200 characters)."""
        if self.label is not None:
            return self.label
        return self.id if len(self.id) <= 200 else self.id[:199] + "…"


class Removal(NamedTuple):
    """One line taken out of a document, and why (a named tuple: a text dump drops a hundred
    lines or more, and a tuple is made several times faster than a frozen dataclass)."""

    reason: str
    line: str
    lineno: int | None = None  # 0-based index in the text the strip stage saw, when known


@dataclass(frozen=True, slots=True)
class LineVerdict:
    """The strip stage's decision on one non-blank line (``clean_document(..., trace=True)``).

    ``lineno`` is the 0-based index in the text the strip stage saw (after decoding, extraction
    and repair); ``reason`` is ``"article"`` for a kept line, else the category it was dropped as.
    """

    lineno: int
    keep: bool
    reason: str
    text: str


#: The flag of a text the strip stage kept whole: stripping would have left almost nothing of it.
LOW_PROSE = "low_prose"


@dataclass(slots=True)
class CleanResult:
    """The outcome of cleaning one document.

    ``text`` is the clean article body, paragraphs one per line; the headline is ``title``, not
    part of ``text`` (:meth:`article` joins them, as ``.txt`` outputs are written). ``removed``
    explains every line that was dropped. ``metadata`` holds what was found on the way (title,
    author, source, published, sitename, url, language, encoding ...). ``flags`` are warnings a user
    should look at (for example ``"low_prose"`` when stripping would have emptied the page).
    ``trace`` (only when cleaning with ``trace=True``) has a :class:`LineVerdict` for every
    non-blank line the strip stage saw, in order; the kept ones are exactly the lines of ``text``
    (batch stages such as site templates mark the lines they drop afterwards). ``html_trace``
    (HTML pages cleaned with ``trace=True``) holds what the HTML stages took out before the
    strip stage, as ``(rule, text)``: the containers removed before extraction and the lines
    taken off the extracted text (see :attr:`cleanscrape.html.extract.Extracted.dropped`);
    ``html_added`` the lines they gave the strip stage that are not the extractor's own, as
    ``(origin, line)`` (a block put back, a fallback's line: see
    :attr:`cleanscrape.html.extract.Extracted.added`).
    """

    text: str
    title: str | None = None
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    trace: list[LineVerdict] | None = None
    confidence: float | None = None  # 0-1: how likely ``text`` is the article (confidence.py)
    html_trace: list[tuple[str, str]] | None = None
    html_added: list[tuple[str, str]] | None = None

    def article(self) -> str:
        """The headline (when known) on the first line, then the body."""
        if self.title and self.text:
            return f"{self.title}\n{self.text}"
        return self.text or (self.title or "")

    def removed_counts(self) -> dict[str, int]:
        """Number of removed lines per reason, sorted by reason."""
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.reason] = counts.get(r.reason, 0) + 1
        return dict(sorted(counts.items()))


@dataclass(slots=True)
class DocResult:
    """A document after the per-document stages, carried through the batch stages."""

    id: str
    url: str | None
    kind: Kind
    chars_in: int
    output: str | None = None
    result: CleanResult | None = None
    status: Status = "kept"
    error: str | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: the traceback of an unexpected exception while cleaning (a bug, not a problem of the
    #: input); the process that collects results logs it
    internal_error: str | None = None

    @property
    def text(self) -> str:
        return self.result.text if self.result is not None else ""
