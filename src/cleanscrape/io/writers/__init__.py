"""Output writers: one module per format (txt, jsonl), chosen in :mod:`.registry`; all atomic."""

from .atomic import atomic_write_bytes, atomic_write_text, write_run_output
from .base import Writer
from .registry import FORMATS, WRITERS, open_writer

__all__ = [
    "FORMATS",
    "WRITERS",
    "Writer",
    "atomic_write_bytes",
    "atomic_write_text",
    "open_writer",
    "write_run_output",
]
