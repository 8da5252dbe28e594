"""Bytes to text.

Decoding order: byte-order mark, UTF-16 without one, strict UTF-8 (valid UTF-8 wins over any
declaration), the charset an HTML page declares, then statistical detection (charset-normalizer,
corrected for web pages). Decoded text is put in NFC; :mod:`cleanscrape.text.repair` then
repairs mojibake. See docs/decoding.md.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from ..errors import DecodeError
from .vietnamese import looks_legacy_vietnamese, read_as

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>; looked for in the first 4 KiB only, as browsers do.
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)

# Labels pages declare that Python spells differently or that browsers treat as a superset.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-user-defined": "cp1252",
    "windows-874": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "utf8": "utf-8",
}

# Control characters other than tab/newline/carriage-return: a strong sign of binary data.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: Every byte but the control bytes :func:`looks_binary` counts (0-8, 14-31): deleting these
#: from a byte string leaves the control bytes, counted in one C call.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


# Code pages charset-normalizer may propose that no web page is written in (DOS, Mac, EBCDIC).
_NOT_WEB = (
    "cp037", "cp273", "cp424", "cp437", "cp500", "cp720", "cp737", "cp775", "cp850", "cp852",
    "cp855", "cp856", "cp857", "cp858", "cp860", "cp861", "cp862", "cp863", "cp864", "cp865",
    "cp869", "cp875", "cp1026", "cp1125", "cp1140", "hp_roman8", "kz1048", "ptcp154",
    "mac_arabic", "mac_croatian", "mac_cyrillic", "mac_farsi", "mac_greek", "mac_iceland",
    "mac_latin2", "mac_roman", "mac_romanian", "mac_turkish",
)  # fmt: skip

# A Vietnamese tone mark as windows-1258 encodes it (combining), and one after a non-vowel.
_TONE = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
_STRAY_TONE = re.compile("(?<![aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ])[\u0300\u0301\u0303\u0309\u0323]")


def _nfc(text: str) -> str:
    """Composed form, so that extraction sees the same text whatever the source's form."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    method: str  # "bom" | "declared" | "utf-8" | "detected"


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first 4 KiB, as a Python codec name."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        # the declaration was readable as ASCII, so the page is not UTF-16/32 (which has a BOM
        # anyway): browsers read it as UTF-8, as the HTML standard says
        return "utf-8"
    if name == "utf-7":
        return None  # not a web encoding (and a known vector for script injection)
    return name


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any byte encoding (NUL or control bytes in numbers)."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    # Images, archives, fonts and executables have NULs in more than 0.4 % of their first bytes
    # and control bytes in more than 10 %; a page with a few stray NULs is still a page.
    if head.count(0) > len(head) // 1000:
        return True
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))
    return controls > len(head) * 0.05


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 saved without a byte-order mark, else ``None``.

    Text in a Latin script has a NUL in every other byte (the high byte of ASCII letters,
    spaces and line ends) and almost none in the other half; binary data has NULs anywhere.
    """
    head = data[:8192]
    if len(head) < 16 or len(data) % 2:
        return None
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.1 * half and even < 0.01 * half:
        enc = "utf-16-le"
    elif even > 0.1 * half and odd < 0.01 * half:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return None if CONTROL_CHARS.search(text[:4096]) or "\x00" in text[:4096] else enc


def decode_bytes(data: bytes, *, source: str = "<bytes>", html: bool = False) -> Decoded:
    """Decode ``data`` to ``str``; raises :class:`DecodeError` naming ``source`` when it cannot."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_nfc(data.decode(enc)), enc.replace("-sig", ""), "bom")
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    source,
                    f"starts with a {enc} byte-order mark but is not valid {enc} ({exc.reason}); "
                    "re-save it in one encoding, e.g. UTF-8",
                ) from exc
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return Decoded(_nfc(data.decode(bomless)), bomless, "detected")
    if looks_binary(data):
        raise DecodeError(
            source,
            "looks like a binary file (NUL or control bytes), not a text or HTML page; "
            "remove it from the input or check the scraper's output",
        )
    declared = declared_charset(data) if html else None
    try:
        # Valid UTF-8 is UTF-8 whatever the page declares: legacy text is practically never
        # valid UTF-8 by accident, while sites moved to UTF-8 and kept their old <meta>, and
        # mojibake from a wrong legacy label (windows-1258 above all) is beyond repair.
        text = data.decode("utf-8")
        return Decoded(_nfc(text), "utf-8", "declared" if declared == "utf-8" else "utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.end].hex(" ")
        where = f"invalid byte(s) {bad} at offset {exc.start:,}"
    if declared is not None and declared != "utf-8":
        try:
            return Decoded(_nfc(data.decode(declared)), declared, "declared")
        except UnicodeDecodeError:
            pass  # the declaration lies; detection decides
    if looks_legacy_vietnamese(data):  # TCVN3, VNI...: repaired from the windows-1252 reading
        return Decoded(read_as(data, "cp1252"), "windows-1252", "detected")
    detected = detect_encoding(data)
    if detected is None:
        raise DecodeError(
            source,
            f"is not valid UTF-8 ({where}) and no other text encoding fits it; "
            "re-save it as UTF-8 or declare its charset",
        )
    # detection ran on a prefix; decode the rest leniently rather than lose the document
    return Decoded(_nfc(data.decode(detected, errors="replace")), detected, "detected")


def detect_encoding(data: bytes) -> str | None:
    """The legacy (non-UTF-8) encoding ``data`` is most likely in, or ``None``.

    charset-normalizer ranks candidates by how chaotic and how coherent the decoded text
    is. DOS and Mac code pages are left out (web pages are not written in them, and they
    win ties on plain Latin text), among equally good candidates windows-1252 wins (it is
    the web's legacy default), and windows-1258 must put (nearly all) its combining tone
    marks on vowels (Italian cp1252 text otherwise passes for it).
    """
    matches = charset_normalizer.from_bytes(data[: 1 << 20], cp_exclusion=list(_NOT_WEB))
    best = matches.best()
    if best is None or best.encoding is None:
        return None
    enc: str = best.encoding
    for m in matches:
        if (
            m.chaos <= best.chaos
            and m.coherence >= best.coherence
            and "cp1252" in m.could_be_from_charset
        ):
            enc = "cp1252"
            break
    if enc == "cp1258":
        sample = data[: 1 << 20].decode("cp1258", "replace")
        # a typo may put a mark after a digit; Italian or French text does it all the time
        if 5 * len(_STRAY_TONE.findall(sample)) > len(_TONE.findall(sample)):
            try:
                data.decode("cp1252")
            except UnicodeDecodeError:
                return enc
            enc = "cp1252"
    return enc
