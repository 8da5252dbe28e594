"""Bengali chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "আরও পড়ুন",
    "সম্পর্কিত খবর",
    "আরও খবর",
    "সর্বাধিক পঠিত",
    "সর্বশেষ খবর",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "শেয়ার করুন",
    "আমাদের ফলো করুন",
)

COMMENTS: tuple[str, ...] = (
    "মন্তব্য করুন",
    "মন্তব্যসমূহ",
)

AUTHOR_BIO: tuple[str, ...] = ("লেখক সম্পর্কে",)

SUBSCRIBE: tuple[str, ...] = ("নিউজলেটার সাবস্ক্রাইব করুন",)

UI: tuple[str, ...] = (
    "বিজ্ঞাপন",
    "অনুসন্ধান",
    "প্রিন্ট",
    "লগইন",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("সর্বস্বত্ব সংরক্ষিত",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "গোপনীয়তা নীতি",
    "আমাদের সম্পর্কে",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = ("ট্যাগ",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("সূত্র",)

CREDITS: tuple[str, ...] = ("ছবি",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("উত্তর দিন",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: ("১৮ নভেম্বর ২০১৯"); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "প্রকাশিত",
    "আপডেট",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+(?:সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস|বছর)\s+আগে",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("মিনিট",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("পড়ার সময়",)
