"""Malay chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "berita berkaitan",
    "artikel berkaitan",
    "baca juga",
    "paling popular",
    "berita terkini",
    "artikel lain",
    "baca lagi",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "kongsi",
    "kongsi artikel ini",
    "ikuti kami",
)

COMMENTS: tuple[str, ...] = (
    "komen",
    "tinggalkan komen",
    "tulis komen",
)

AUTHOR_BIO: tuple[str, ...] = ("mengenai penulis",)

COOKIE: tuple[str, ...] = (
    "laman web ini menggunakan cookies",
    "kami menggunakan cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "langgan surat berita kami",
    "langgan newsletter",
)

UI: tuple[str, ...] = (
    "iklan",
    "cetak",
    "cari",
    "log masuk",
    "kembali ke atas",
    "muat lagi",
    "artikel seterusnya",
    "artikel sebelumnya",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("hak cipta terpelihara",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "dasar privasi",
    "terma dan syarat",
    "hubungi kami",
    "mengenai kami",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tag",
    "topik",
    "kata kunci",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "oleh",
    "penulis",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("sumber",)

CREDITS: tuple[str, ...] = (
    "foto",
    "gambar",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("balas",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: ("18 Mac 2019"); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januari|jan",
    "februari|feb",
    "mac",
    "april|apr",
    "mei",
    "jun",
    "julai",
    "ogos",
    "september|sep",
    "oktober|okt",
    "november|nov",
    "disember",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "dikemas kini",
    "diterbitkan",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:saat|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "bacaan",
    "membaca",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "masa membaca",
    "masa bacaan",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "berkata",
    "menulis",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("pukul",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("pada",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("laman utama",)

#: The particle of a name in a credit line ("Anwar bin Ibrahim"), folded.
CREDIT_JOINERS: tuple[str, ...] = ("bin",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "kandungan",
    "isi kandungan",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "tunjuk",
    "sembunyi",
)
