"""Bytes to text (:mod:`.decode`) and conservative repair of the text (:mod:`.repair`)."""

from .decode import Decoded, decode_bytes
from .repair import repair_latin1_utf8, repair_lines, repair_text

__all__ = ["Decoded", "decode_bytes", "repair_latin1_utf8", "repair_lines", "repair_text"]
