"""What every output writer shares: the :class:`Writer` interface and a context-manager base."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Protocol

from ...document import DocResult


class Writer(Protocol):
    """Writes the kept articles of one run into an output folder.

    ``write`` takes one kept article (in input order); ``extend_from`` appends the articles of a
    part file written by another writer of the same format (in input order too); ``commit``
    makes everything written so far durable and visible (it runs before an index transaction
    commits, so the index never lists an article whose output is missing); ``close``
    finishes; ``abort`` leaves nothing half-written behind. Used as a context manager: closed
    on success, aborted on an error.
    """

    def write(self, r: DocResult) -> None: ...

    def commit(self) -> None: ...

    def extend_from(self, part: Path) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...

    def __enter__(self) -> Writer: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class BaseWriter:
    """``with writer:`` closes it when the block succeeds and aborts it when the block raises."""

    def write(self, r: DocResult) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Nothing to do unless a format buffers."""

    def extend_from(self, part: Path) -> None:
        """Append the articles of ``part``, a file this format's writer wrote elsewhere (the
        Ray engine's workers write parts; the run's output is their concatenation)."""
        raise NotImplementedError(f"{type(self).__name__} writes one file per article")

    def close(self) -> None:
        """Nothing to do unless a format buffers."""

    def abort(self) -> None:
        """Nothing to do unless a format buffers."""

    def __enter__(self) -> BaseWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
