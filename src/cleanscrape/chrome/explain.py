"""``cleanscrape explain FILE``: every line of a page with its verdict and category."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..html import extract_html
from ..text import decode_bytes, repair_text
from .strip import Verdict, classify_lines

_GREEN, _RED, _DIM, _RESET = "\x1b[32m", "\x1b[31m", "\x1b[2m", "\x1b[0m"
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


@dataclass(slots=True)
class Explanation:
    """Verdicts for one file, with what was moved to metadata and any flags."""

    source: str
    mode: str  # "text" or "html"
    verdicts: list[Verdict]
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


def explain_text(text: str, *, source: str = "<text>", from_html: bool = False) -> Explanation:
    """Verdicts for a text dump (or, with ``from_html``, for lines an extractor produced)."""
    repairs: list[str] = []
    lines = repair_text(text, repairs=repairs).split("\n")
    c = classify_lines(lines, from_html=from_html)
    if repairs:
        c.metadata["repaired"] = sorted(set(repairs))
    return Explanation(source, "html" if from_html else "text", c.verdicts, c.metadata, c.flags)


def explain_file(path: str | Path) -> Explanation:
    """Read a ``.txt`` dump or an ``.html`` page and classify its lines as the pipeline does."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), f"cannot be read ({exc.strerror or exc}); check the path") from exc
    is_html = p.name.lower().endswith(_HTML_SUFFIXES)
    text = decode_bytes(data, source=str(p), html=is_html).text
    if not is_html:
        return explain_text(text, source=str(p))
    extracted = extract_html(text, source=str(p))
    repairs: list[str] = []
    lines = [repair_text(ln, repairs=repairs) for ln in extracted.lines]
    title = extracted.metadata.get("title")
    c = classify_lines(lines, title=title if isinstance(title, str) else None, from_html=True)
    meta = dict(extracted.metadata)
    meta.update(c.metadata)
    if repairs:
        meta["repaired"] = sorted(set(repairs))
    return Explanation(str(p), "html", c.verdicts, meta, c.flags)


def render(explanation: Explanation, *, color: bool = False) -> str:
    """One row per line: line number, KEEP/DROP, category, text; then metadata and flags."""
    width = max((len(v.category) for v in explanation.verdicts), default=7)
    rows = [f"# {explanation.source} ({explanation.mode})"]
    for v in explanation.verdicts:
        verdict = "KEEP" if v.keep else "DROP"
        row = f"{v.lineno + 1:5d}  {verdict}  {v.category:<{width}}  {v.text}"
        if color:
            row = f"{_GREEN if v.keep else _RED}{row}{_RESET}"
        rows.append(row)
    kept = sum(1 for v in explanation.verdicts if v.keep)
    summary = f"# {kept} kept, {len(explanation.verdicts) - kept} dropped"
    for key in ("title", "author", "source", "published", "repaired"):
        value = explanation.metadata.get(key)
        if value:
            summary += f"; {key}: {value}"
    if explanation.flags:
        summary += f"; flags: {', '.join(explanation.flags)}"
    rows.append(f"{_DIM}{summary}{_RESET}" if color else summary)
    return "\n".join(rows) + "\n"
