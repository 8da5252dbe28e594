"""``--format txt`` (the default): ``OUT/<path relative to INPUT>.txt`` per kept article."""

from __future__ import annotations

import logging
from pathlib import Path

from ...document import DocResult
from ...errors import UsageError, os_error_reason
from .atomic import atomic_write_text
from .base import BaseWriter

log = logging.getLogger(__name__)


class TxtWriter(BaseWriter):
    """Writes each kept article to its own file, atomically, as soon as it is given."""

    def __init__(self, out: Path, input_root: Path) -> None:
        self.out = out
        self.input_root = input_root.resolve()

    def write(self, r: DocResult) -> None:
        """Write ``r``; a file that cannot be written makes ``r`` an error (the batch goes on)."""
        if r.output is None:
            return
        target = self.out / r.output
        root = self.input_root
        if root.is_dir() and root in target.resolve().parents:
            raise UsageError(f"refusing to write {target}: it lies inside the input folder")
        try:
            body = r.result.article() if r.result is not None else r.text  # headline, then body
            atomic_write_text(target, body + "\n")
        except OSError as exc:  # one unwritable output must not lose the report of the rest
            reason = os_error_reason(exc)
            r.status, r.error = "error", f"{r.id}: cannot write output {r.output}: {reason}"
            log.warning("%s", r.error)
