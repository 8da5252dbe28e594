"""Bytes to text (:mod:`.decode`) and conservative repair of the text (:mod:`.repair`)."""

from .decode import Decoded, decode_bytes
from .repair import repair_lines, repair_text

__all__ = ["Decoded", "decode_bytes", "repair_lines", "repair_text"]
