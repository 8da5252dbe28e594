"""HTML to article text lines, with metadata, via trafilatura."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from .errors import ExtractionError


@dataclass(slots=True)
class Extracted:
    """What extraction found: text lines (title first when known) and page metadata."""

    lines: list[str]
    metadata: dict[str, Any] = field(default_factory=dict)
    method: str = "trafilatura"


_META_FIELDS = ("title", "author", "date", "sitename", "url", "hostname", "language", "description")


def parse_html(markup: str, *, source: str) -> lxml_html.HtmlElement:
    """Parse possibly broken HTML with lxml; raises :class:`ExtractionError` if nothing parses."""
    if "<" not in markup:
        raise ExtractionError(
            source, "contains no HTML markup; save it as .txt to clean it as text"
        )
    try:
        tree = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(source, f"HTML could not be parsed ({exc})") from exc
    return tree


def extract_html(
    markup: str,
    *,
    url: str | None = None,
    source: str = "<html>",
    favor_precision: bool = False,
) -> Extracted:
    """Main text of an HTML page as lines, title first, and its metadata."""
    tree = parse_html(markup, source=source)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    if doc is None:
        return Extracted(lines=[], metadata={}, method="trafilatura")
    meta: dict[str, Any] = {}
    for name in _META_FIELDS:
        value = getattr(doc, name, None)
        if value:
            meta["published" if name == "date" else name] = value
    text = getattr(doc, "text", None) or ""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    title = meta.get("title")
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return Extracted(lines=lines, metadata=meta)
