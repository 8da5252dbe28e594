"""Urdu chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "متعلقہ خبریں",
    "مزید پڑھیں",
    "یہ بھی پڑھیں",
    "تازہ ترین خبریں",
    "مزید خبریں",
    "سب سے زیادہ پڑھی جانے والی خبریں",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "شیير کریں",
    "ہمیں فالو کریں",
)

COMMENTS: tuple[str, ...] = (
    "تبصرے",
    "تبصرہ کریں",
    "اپنی رايے دیں",
)

AUTHOR_BIO: tuple[str, ...] = ("مصنف کے بارے میں",)

SUBSCRIBE: tuple[str, ...] = ("نیوز لیٹر کو سبسکرايب کریں",)

UI: tuple[str, ...] = (
    "اشتہار",
    "تلاش",
    "لاگ ان",
    "پرنٹ",
    "مزید دیکھیں",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("جملہ حقوق محفوظ ہیں",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "پرايیویسی پالیسی",
    "ہم سے رابطہ",
    "ہمارے بارے میں",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = ("ٹیگز",)

CREDITS: tuple[str, ...] = (
    "فوٹو",
    "تصویر",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("جواب دیں",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: ("18 نومبر 2019"); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "شائع",
    "اپ ڈیٹ",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+(?:سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|مہینے|سال)\s+پہلے",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("منٹ",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("پڑھنے کا وقت",)
