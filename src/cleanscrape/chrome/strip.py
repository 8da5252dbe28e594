"""Line-level chrome stripping (minimal first version: separators and blank lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Removal

_SEPARATOR = re.compile(r"^[\s|/\\\-–—_=*•·.,:;~#>]+$")


@dataclass(slots=True)
class StripResult:
    lines: list[str]
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


def strip_lines(
    lines: list[str],
    *,
    url: str | None = None,
    title: str | None = None,
    from_html: bool = False,
) -> StripResult:
    """Keep article lines; every other non-blank line gets a :class:`Removal` with a reason."""
    kept: list[str] = []
    removed: list[Removal] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _SEPARATOR.match(line):
            removed.append(Removal("separator", line, i))
            continue
        kept.append(line)
    return StripResult(kept, removed)
