"""HTML pages to article lines: parse, prune chrome containers, page metadata, extraction
(trafilatura) and the visible-text fallback."""

from .extract import Extracted, extract_html

__all__ = ["Extracted", "extract_html"]
