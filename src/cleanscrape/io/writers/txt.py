"""``--format txt`` (the default): ``OUT/<path relative to INPUT>.txt`` per kept article.

Each file is renamed into place as soon as it is written (atomic: complete or absent), without
an ``fsync`` of its own; the files are made durable together, by one sync of the output file
system at :meth:`TxtWriter.commit` (before an index transaction commits), at the end of the run
and when a run stops on an error or Ctrl-C.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ...document import DocResult
from ...errors import OutputError, UsageError, os_error_reason
from .atomic import atomic_write_text, sync_file_system
from .base import BaseWriter

log = logging.getLogger(__name__)


class TxtWriter(BaseWriter):
    """Writes each kept article to its own file, atomically, as soon as it is given."""

    def __init__(self, out: Path, input_root: Path) -> None:
        self.out = out
        self.input_root = input_root.resolve()
        self._unsynced = False  # files renamed into place since the last sync

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
            self._unsynced = True
            atomic_write_text(target, body + "\n", durable=False)
        except OSError as exc:  # one unwritable output must not lose the report of the rest
            reason = os_error_reason(exc)
            r.status, r.error = "error", f"{r.id}: cannot write output {r.output}: {reason}"
            log.warning("%s", r.error)

    def commit(self) -> None:
        """Make every file written so far durable (one sync, not one ``fsync`` per file)."""
        if not self._unsynced:
            return
        try:
            sync_file_system(self.out)
        except OSError as exc:
            raise OutputError(
                f"cannot make the article files in {self.out} durable: {os_error_reason(exc)}; "
                "they are complete but may not survive a power loss; check the disk and run again"
            ) from exc
        self._unsynced = False

    def close(self) -> None:
        self.commit()

    def abort(self) -> None:
        """The files already written stay, complete; they are made durable too."""
        try:
            self.commit()
        except OutputError as exc:  # stopping on an earlier error: that one is what is reported
            log.warning("%s", exc)
