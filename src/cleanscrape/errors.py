"""One exception hierarchy for everything cleanscrape raises on purpose.

Every message says what went wrong *and* what to do about it.
"""

from __future__ import annotations


class CleanscrapeError(Exception):
    """Base class of all errors raised by cleanscrape."""


class UsageError(CleanscrapeError):
    """The call itself is wrong (bad option value, OUT inside INPUT, ...)."""


class InputError(CleanscrapeError):
    """One input document cannot be processed; the batch goes on without it."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class DecodeError(InputError):
    """The bytes of a document are not text in any encoding we can recognise."""


class ExtractionError(InputError):
    """HTML could not be parsed or extraction failed or took too long."""


class OutputError(CleanscrapeError):
    """A run-level output (report.json, articles.jsonl) could not be written."""


class IndexStoreError(CleanscrapeError):
    """A persistent dedup index is corrupt, foreign, locked or otherwise unusable."""


def os_error_reason(exc: OSError) -> str:
    """The operating system's words for ``exc`` ("no space left on device"), for messages."""
    if exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
