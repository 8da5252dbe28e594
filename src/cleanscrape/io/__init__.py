"""Input readers (``io.readers``: one module per format) and output writers (``io.writers``)."""

from .readers import SUPPORTED_SUFFIXES, iter_documents
from .writers import atomic_write_bytes, atomic_write_text

__all__ = ["SUPPORTED_SUFFIXES", "atomic_write_bytes", "atomic_write_text", "iter_documents"]
