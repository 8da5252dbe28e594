"""Persian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`).

A plural or compound is written with a zero-width non-joiner ("برچسب\u200cها"), which folding
drops, joining the parts ("برچسبها"), or with a space: both forms are listed."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "مطالب مرتبط",
    "اخبار مرتبط",
    "بیشتر بخوانید",
    "بخوانید",
    "پربازدیدترین",
    "پربازدیدترین ها",
    "پربازدیدترینها",
    "اخرین اخبار",
    "مطالب پیشنهادی",
    "مطالب بیشتر",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "اشتراک گذاری",
    "اشتراکگذاری",
    "به اشتراک بگذارید",
    "ما را دنبال کنید",
)

COMMENTS: tuple[str, ...] = (
    "نظرات",
    "دیدگاه ها",
    "دیدگاهها",
    "ارسال نظر",
    "نظر خود را بنویسید",
)

AUTHOR_BIO: tuple[str, ...] = ("درباره نویسنده",)

SUBSCRIBE: tuple[str, ...] = (
    "عضویت در خبرنامه",
    "در خبرنامه عضو شوید",
)

UI: tuple[str, ...] = (
    "تبلیغات",
    "اگهی",
    "چاپ",
    "جستجو",
    "ورود",
    "بازگشت به بالا",
    "بیشتر ببینید",
    "خبر بعدی",
    "خبر قبلی",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "کلیه حقوق محفوظ است",
    "تمامی حقوق محفوظ است",
)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "سیاست حفظ حریم خصوصی",
    "درباره ما",
    "تماس با ما",
    "شرایط استفاده",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "برچسب ها",
    "برچسبها",
    "کلیدواژه ها",
    "کلیدواژهها",
    "برچسب",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("نویسنده",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("منبع",)

CREDITS: tuple[str, ...] = ("عکس",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("پاسخ",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: the Gregorian months as Persian writes them (the solar months Iranian sites date by are no
#: Gregorian months); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه|جولای",
    "اوت|آگوست",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("کوکی",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "تاریخ انتشار",
    "منتشر شده",
    "به\u200cروزرسانی",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+(?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+(?:پیش|قبل)",)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("دقیقه",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("مطالعه",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("زمان مطالعه",)

#: The consent banner's opening words.
COOKIE: tuple[str, ...] = (
    "این وبسایت از کوکیها استفاده میکند",
    "ما از کوکیها استفاده میکنیم",
    "این سایت از کوکیها استفاده میکند",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("صفحه اصلی",)
