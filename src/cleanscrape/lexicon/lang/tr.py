"""Turkish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "ilgili haberler",
    "ilgili haber",
    "ilgili icerikler",
    "benzer haberler",
    "bunlar da ilginizi cekebilir",
    "ilginizi cekebilir",
    "daha fazla oku",
    "devamini oku",
    "cok okunanlar",
    "en cok okunanlar",
    "son haberler",
    "one cikanlar",
    "editorun sectikleri",
    "diger haberler",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "paylas",
    "paylasin",
    "bizi takip edin",
    "takip et",
    "haberi paylas",
)

COMMENTS: tuple[str, ...] = (
    "yorumlar",
    "yorum yap",
    "yorum yazin",
    "yorum birakin",
    "bir yanit yazin",
)

COOKIE: tuple[str, ...] = (
    "bu web sitesi cerezler kullanir",
    "bu site cerezler kullanmaktadir",
    "cerezleri kullaniyoruz",
    "sitemizde cerezler kullanilmaktadir",
)

SUBSCRIBE: tuple[str, ...] = (
    "abone ol",
    "bultene abone olun",
    "e bultene kayit olun",
    "bulten",
)

UI: tuple[str, ...] = (
    "reklam",
    "ara",
    "giris yap",
    "yazdir",
    "basa don",
    "daha fazla goster",
    "daha fazla yukle",
    "sonraki haber",
    "onceki haber",
    "sonraki",
    "onceki",
    "ana sayfa",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("tum haklari saklidir",)

FOOTER: tuple[str, ...] = (
    "gizlilik politikasi",
    "cerez politikasi",
    "kullanim kosullari",
    "hakkimizda",
    "kunye",
    "reklam verin",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "etiketler",
    "etiket",
    "anahtar kelimeler",
)

BYLINE_PREFIXES: tuple[str, ...] = ("yazar",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = (
    "yanitla",
    "cevapla",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "ocak|oca",
    "şubat|şub",
    "mart",
    "nisan|nis",
    "mayıs",
    "haziran|haz",
    "temmuz|tem",
    "ağustos|ağu",
    "eylül|eyl",
    "ekim|eki",
    "kasım|kas",
    "aralık|ara",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "güncelleme",
    "yayınlanma",
    "yayın tarihi",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+(?:saniye|dakika|dk|saat|gün|hafta|ay|yıl)\s+önce",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "dk",
    "dakika",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "okuma",
    "okuma süresi",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("okuma süresi",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("yazdı",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("saat",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("ana sayfa",)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "onceki haber",
    "sonraki haber",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("yorum", "yorumlar")

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "icindekiler",
    "icerik tablosu",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "goster",
    "gizle",
)
