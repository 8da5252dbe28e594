"""Size and settings of an index (:class:`IndexStats`), and ages and times as people write them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..errors import UsageError
from .store import SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class IndexStats:
    """Size and settings of an index."""

    path: str
    documents: int
    runs: int
    band_keys: int
    file_bytes: int
    bytes_per_document: float | None
    oldest: str | None
    newest: str | None
    settings: dict[str, Any] = field(default_factory=dict)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "documents": self.documents,
            "runs": self.runs,
            "band_keys": self.band_keys,
            "file_bytes": self.file_bytes,
            "bytes_per_document": self.bytes_per_document,
            "oldest": self.oldest,
            "newest": self.newest,
            "settings": dict(self.settings),
            "schema_version": self.schema_version,
        }


def iso_time(t: float | None) -> str | None:
    """A Unix time as ``2026-01-31T12:00:00Z`` (``None`` stays ``None``).

    >>> iso_time(0.0)
    '1970-01-01T00:00:00Z'
    """
    if t is None:
        return None
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


_AGE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 7 * 86400.0}


def parse_age(text: str) -> float:
    """``"30d"`` -> seconds; units s, m, h, d, w (a bare number is days).

    >>> parse_age("12h"), parse_age("2")
    (43200.0, 172800.0)
    """
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _AGE_UNITS else "d"
    number = value[:-1] if value[-1:] in _AGE_UNITS else value
    try:
        amount = float(number)
    except ValueError:
        raise UsageError(
            f"cannot read the age {text!r}; write a number and a unit, e.g. 30d, 12h, 90m, 2w"
        ) from None
    if not amount >= 0:
        raise UsageError(f"age must not be negative, got {text!r}; give one such as 30d or 12h")
    return amount * _AGE_UNITS[unit]
