"""Generators for adversarial inputs: re-encoded seeds, binary files, broken markup, huge lines.

Everything is generated at test time (large inputs in ``tmp_path``); nothing big is committed.
"""

from __future__ import annotations

import gzip
import html
import random
import struct
import unicodedata
import zlib

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

# The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot below).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def article_lines(text: str) -> list[str]:
    """The non-blank lines of a page, stripped (what a clean output is made of)."""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


#: The headline of each seed page (not always its first line: 003 starts with a breadcrumb).
SEED_TITLES = {
    "000_35704c8a17e84da1.txt": "Giữ “lửa” trong mọi lĩnh vực hợp tác",
    "001_b8eb4341bad6e06b.txt": "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào",
    "002_b8590c8849d7fb69.txt": "Việt Nam-Lào: Song hành chặt chẽ, phát triển mạnh mẽ",
    "003_6254738474f11f33.txt": (
        "Đưa quan hệ Việt Nam-Lào ngày càng đi vào chiều sâu, hiệu quả và thiết thực"
    ),
    "004_e1edf7a7ed423554.txt": "Không ngừng vun đắp quan hệ đặc biệt Việt Nam-Lào",
}


def prose_lines(text: str, min_chars: int = 150) -> list[str]:
    """The body paragraphs (long lines): lines no chrome rule may ever drop."""
    return [ln for ln in article_lines(text) if len(ln) >= min_chars]


def mojibake(text: str) -> str:
    """UTF-8 bytes read as windows-1252: the classic ``Viá»‡t`` mojibake."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


def encode_cp1258(text: str) -> bytes:
    """``text`` in windows-1258 the way Vietnamese Windows software writes it.

    The code page has few precomposed Vietnamese letters: a letter it lacks is written as its
    base letter (with circumflex, breve or horn composed where the code page has that) plus a
    combining tone mark. Decoding and NFC give the original back.
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out += (base + tones).encode("cp1258")  # raises for characters cp1258 cannot hold
    return bytes(out)


def page_html(
    text: str, *, title: str | None = None, charset: str = "utf-8", declare: bool = True
) -> str:
    """A page dump as an HTML article: the title (default: the first line) as <title> and <h1>,
    every other line a <p>."""
    lines = article_lines(text)
    head = title if title is not None else lines[0]
    meta = f'<meta charset="{charset}">' if declare else ""
    body = "".join(f"<p>{html.escape(ln, quote=False)}</p>\n" for ln in lines if ln != head)
    title = html.escape(head, quote=False)
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{title}</title></head>\n"
        f"<body><article><h1>{title}</h1>\n{body}</article></body></html>\n"
    )


def png_bytes(width: int = 16, height: int = 16) -> bytes:
    """A valid PNG image (gradient), the kind of file a scraper saves under a wrong name."""
    raw = b"".join(
        b"\x00" + bytes((x * 16 + y) % 256 for x in range(width) for _ in range(3))
        for y in range(height)
    )

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def random_bytes(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def invalid_utf8(text: str) -> bytes:
    """UTF-8 text with stray continuation bytes and a truncated sequence spliced into it."""
    data = text.encode("utf-8")
    third = len(data) // 3
    return data[:third] + b"\x80\xbf\xc3" + data[third : 2 * third] + b"\xff\xfe\xe1\x80"


def single_line(n_bytes: int, seed_text: str) -> bytes:
    """One line of ``n_bytes`` (or a little more): the seed's words with the newlines removed."""
    words = seed_text.replace("\n", " ").encode("utf-8")
    reps = n_bytes // len(words) + 1
    return words * reps


def corrupt_gzip(data: bytes) -> bytes:
    """A gzip stream with its middle overwritten (CRC and deflate data no longer agree)."""
    blob = bytearray(gzip.compress(data, mtime=0))
    mid = len(blob) // 2
    blob[mid : mid + 16] = b"\x00" * 16
    return bytes(blob)


def truncated_gzip(data: bytes) -> bytes:
    blob = gzip.compress(data, mtime=0)
    return blob[: len(blob) // 2]


#: Broken HTML a scraper really produces, each with the article text it still carries.
BROKEN_HTML: dict[str, str] = {
    "html_only": "<html>",
    "truncated_tag": "<html><head><title>Cut</title></head><body><p>Half a page and then <di",
    "unclosed_everything": (
        "<html><body><div><div><article><h1>Unclosed heading"
        "<p>Paragraph one of an article whose tags are never closed, long enough to be text"
        "<p>Paragraph two keeps going without a closing tag either, as broken pages do"
        "<table><tr><td>cell"
    ),
    "only_comment": "<!-- saved by a crawler -->",
    "deep_nesting": "<div>" * 5000 + "Deeply nested text that is still text." + "</div>" * 5000,
}
