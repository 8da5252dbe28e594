"""Indonesian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "berita terkait",
    "artikel terkait",
    "baca juga",
    "baca selengkapnya",
    "terpopuler",
    "berita terkini",
    "berita lainnya",
    "rekomendasi",
    "terkait",
    "tulisan terkini",
    "artikel terbaru",
    "pos terbaru",
    "baca lainnya",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "bagikan",
    "ikuti kami",
    "share ke",
)

COMMENTS: tuple[str, ...] = (
    "komentar",
    "tulis komentar",
    "tanggapan",
    "satu tanggapan",
    "tinggalkan balasan",
)

AUTHOR_BIO: tuple[str, ...] = ("tentang penulis",)

COOKIE: tuple[str, ...] = (
    "kami menggunakan cookie",
    "situs ini menggunakan cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "berlangganan",
    "langganan",
    "daftar newsletter",
)

PAYWALL: tuple[str, ...] = (
    "akses tanpa batas",
    "akses tak terbatas",
    "batalkan kapan saja",
)

UI: tuple[str, ...] = (
    "iklan",
    "cetak",
    "cari",
    "masuk",
    "kembali ke atas",
)

FOOTER: tuple[str, ...] = (
    "hak cipta",
    "kebijakan privasi",
    "pedoman media siber",
    "redaksi",
)
#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("hak cipta dilindungi",)

TAGS: tuple[str, ...] = (
    "tag",
    "topik",
    "kata kunci",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "oleh",
    "penulis",
    "reporter",
    "editor",
)

SOURCE_PREFIXES: tuple[str, ...] = ("sumber",)

CREDITS: tuple[str, ...] = (
    "foto",
    "gambar",
    "sumber foto",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("balas",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "penulis",
    "jurnalis",
    "wartawan",
    "editor",
    "redaktur",
    "kontributor",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "afiliasi",
    "komisi",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "artikel ini",
    "situs ini",
    "halaman ini",
    "tanpa biaya tambahan",
    "kami mungkin",
    "kami mendapatkan",
    "kami menerima",
)

APPEALS: tuple[str, ...] = (
    "donasi",
    "dukung kami",
    "berlangganan",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "hak cipta",
    "dilindungi undang undang",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januari|jan",
    "februari|feb",
    "maret|mar",
    "april|apr",
    "mei",
    "juni|jun",
    "juli|jul",
    "agustus|agu|agt",
    "september|sep",
    "oktober|okt",
    "november|nov",
    "desember|des",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = ("diperbarui",)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("menit",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "baca",
    "membaca",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("waktu baca",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "berkata",
    "menulis",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("pukul",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("pada",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("diakses",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("lebih banyak",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "foto",
    "gambar",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("dari",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "iklan",
    "komentar",
    "bagikan",
    "terkait",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("beranda",)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "artikel sebelumnya",
    "artikel selanjutnya",
    "artikel berikutnya",
    "berita sebelumnya",
    "berita selanjutnya",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("komentar",)

BIO_VERBS: tuple[str, ...] = ("adalah",)

ABOUT_LABELS: tuple[str, ...] = ("tentang",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (r"detik|menit|jam|hari|minggu|bulan|tahun",)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sesi",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"situs|persetujuan",)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = ("wajib",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("daftar isi",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "tampilkan",
    "sembunyikan",
)
