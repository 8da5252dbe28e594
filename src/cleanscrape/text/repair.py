"""Conservative text repair: mojibake (ftfy), stray control characters, NFC.

ftfy is configured to keep the author's typography (curly quotes, ligatures, full-width forms).
See docs/decoding.md.
"""

from __future__ import annotations

import unicodedata

import ftfy

from .decode import CONTROL_CHARS

#: ftfy's repairs minus everything that would change the author's typography.
FIX_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=True,
    normalization="NFC",
    explain=False,
)


def repair_text(text: str, *, fix_mojibake: bool = True) -> str:
    """Conservative repair: mojibake (ftfy), stray control characters, NFC.

    Curly quotes, dashes, ligatures and full-width characters are kept as the author wrote them.
    """
    text = ftfy.fix_text(text, FIX_CONFIG) if fix_mojibake else unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARS.sub("", text)
