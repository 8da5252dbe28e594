"""Output writers: one module per format (txt, jsonl), chosen in :mod:`.registry`; all atomic."""

from .atomic import atomic_write_bytes, atomic_write_text, write_run_output
from .base import Writer
from .registry import DEFAULT_FORMAT, FORMATS, WRITERS, check_format, open_writer

__all__ = [
    "DEFAULT_FORMAT",
    "FORMATS",
    "WRITERS",
    "Writer",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_format",
    "open_writer",
    "write_run_output",
]
