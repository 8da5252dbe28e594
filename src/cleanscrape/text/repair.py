"""Conservative text repair: legacy Vietnamese encodings, mojibake (ftfy), stray control
characters, NFC; optionally Vietnamese tone-mark placement.

ftfy is configured to keep the author's typography (curly quotes, ligatures, full-width forms).
See docs/decoding.md.
"""

from __future__ import annotations

import unicodedata

import ftfy

from ..options import ToneStyle
from .decode import CONTROL_CHARS
from .vietnamese import place_tones, repair_vietnamese

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


def repair_text(
    text: str,
    *,
    fix_mojibake: bool = True,
    vi_tone: ToneStyle = "keep",
    repairs: list[str] | None = None,
) -> str:
    """Conservative repair: legacy Vietnamese, mojibake (ftfy), stray control characters, NFC.

    Curly quotes, dashes, ligatures and full-width characters are kept as the author wrote them.
    The legacy Vietnamese encodings undone (``"tcvn3"``, ``"vni"``...) are added to ``repairs``.
    """
    if fix_mojibake:
        text, found = repair_vietnamese(text)  # before ftfy, which would remove C0/C1 letters
        if repairs is not None:
            repairs.extend(found)
    text = ftfy.fix_text(text, FIX_CONFIG) if fix_mojibake else unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return place_tones(CONTROL_CHARS.sub("", text), vi_tone)
