"""The one options object. Frozen; derive variants with :meth:`CleanOptions.replace`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from .errors import UsageError
from .text.vietnamese import ToneStyle

KeepPolicy = Literal["first", "longest", "newest"]


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """Every knob of the cleaning pipeline, with defaults that suit news pages.

    >>> CleanOptions().replace(dedup=False).dedup
    False
    """

    # text repair
    fix_mojibake: bool = True
    vi_tone: ToneStyle = "keep"  # Vietnamese tone placement in the output: keep, old, new
    # chrome stripping
    strip_chrome: bool = True
    site_templates: bool = True
    template_min_pages: int = 3
    template_min_share: float = 0.5
    # HTML extraction
    favor_precision: bool = False
    page_timeout: float | None = 30.0
    # de-duplication
    dedup: bool = True
    dedup_threshold: float = 0.8
    num_perm: int = 128
    shingle_size: int = 5
    containment: bool = False
    containment_threshold: float = 0.8
    keep: KeepPolicy = "first"
    seed: int = 1
    # safety
    min_kept_ratio: float = 0.05

    def __post_init__(self) -> None:
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise UsageError(
                f"dedup_threshold must be in (0, 1], got {self.dedup_threshold}; 0.8 is the default"
            )
        if not 0.0 < self.containment_threshold <= 1.0:
            raise UsageError(
                "containment_threshold must be in (0, 1], "
                f"got {self.containment_threshold}; 0.8 is the default"
            )
        if self.num_perm < 16:
            raise UsageError(
                f"num_perm must be at least 16, got {self.num_perm}; 128 is the default"
            )
        if self.shingle_size < 1:
            raise UsageError(f"shingle_size must be at least 1, got {self.shingle_size}")
        if self.keep not in ("first", "longest", "newest"):
            raise UsageError(f"keep must be one of first, longest, newest; got {self.keep!r}")
        if self.vi_tone not in ("keep", "old", "new"):
            raise UsageError(f"vi_tone must be one of keep, old, new; got {self.vi_tone!r}")
        if self.page_timeout is not None and self.page_timeout <= 0:
            raise UsageError(f"page_timeout must be positive or None, got {self.page_timeout}")

    def replace(self, **changes: Any) -> CleanOptions:
        """A copy with some options changed (unknown names raise :class:`UsageError`)."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - names)
        if unknown:
            raise UsageError(
                f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}"
            )
        return dataclasses.replace(self, **changes)
