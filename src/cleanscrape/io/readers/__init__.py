"""Input readers: one module per format (txt, html, jsonl, warc), chosen in :mod:`.registry`.

Adding a format is one module defining a :class:`~.base.Reader` and one line in
:data:`~.registry.READERS`.
"""

from .base import MAX_FILE_BYTES, Reader, Source, looks_like_html, printable
from .folder import iter_documents, iter_files
from .registry import READERS, SUPPORTED_SUFFIXES, is_supported, output_name, read_file

__all__ = [
    "MAX_FILE_BYTES",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "Reader",
    "Source",
    "is_supported",
    "iter_documents",
    "iter_files",
    "looks_like_html",
    "output_name",
    "printable",
    "read_file",
]
