"""Site-chrome detection on text lines.

:func:`strip_lines` is the seam every text path goes through (text dumps directly, HTML after
extraction): it returns the kept lines, one :class:`~cleanscrape.document.Removal` per dropped
line, and metadata moved out of the body.
"""

from .strip import StripResult, strip_lines

__all__ = ["StripResult", "strip_lines"]
