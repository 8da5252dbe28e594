"""Arabic chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "اخبار ذات صلة",
    "مقالات ذات صلة",
    "ذات صلة",
    "اقرا ايضا",
    "اقرا المزيد",
    "الاكثر قراءة",
    "الاكثر مشاهدة",
    "اخر الاخبار",
    "احدث الاخبار",
    "المزيد من الاخبار",
    "قد يعجبك ايضا",
    "قد يهمك ايضا",
    "مواضيع ذات صلة",
    "شاهد ايضا",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "شارك المقال",
    "شارك الخبر",
    "مشاركة المقال",
    "تابعنا",
    "تابعونا على",
    "تابعنا على",
)

COMMENTS: tuple[str, ...] = (
    "التعليقات",
    "تعليقات",
    "اضف تعليق",
    "اضف تعليقا",
    "اترك تعليقا",
)

COOKIE: tuple[str, ...] = (
    "يستخدم هذا الموقع ملفات تعريف الارتباط",
    "نستخدم ملفات تعريف الارتباط",
)

SUBSCRIBE: tuple[str, ...] = (
    "اشترك في النشرة الاخبارية",
    "اشترك الان",
    "النشرة الاخبارية",
)

UI: tuple[str, ...] = (
    "اعلان",
    "بحث",
    "تسجيل الدخول",
    "طباعة",
    "العودة الى الاعلى",
    "عرض المزيد",
    "تحميل المزيد",
    "المقال التالي",
    "المقال السابق",
    "التالي",
    "السابق",
    "الرييسية",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("جميع الحقوق محفوظة",)

FOOTER: tuple[str, ...] = (
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "اتصل بنا",
    "من نحن",
    "اعلن معنا",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "الوسوم",
    "وسوم",
    "كلمات مفتاحية",
    "الكلمات المفتاحية",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("رد",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case (the Egyptian and Gulf names, then the Levantine); they are matched on the text of a
#: dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "يناير|كانون الثاني",
    "فبراير|شباط",
    "مارس|آذار",
    "أبريل|ابريل|نيسان",
    "مايو|أيار",
    "يونيو|يونيه|حزيران",
    "يوليو|يوليه|تموز",
    "أغسطس|اغسطس|آب",
    "سبتمبر|أيلول",
    "أكتوبر|اكتوبر|تشرين الأول",
    "نوفمبر|تشرين الثاني",
    "ديسمبر|كانون الأول",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "نشر في",
    "آخر تحديث",
    "تاريخ النشر",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"منذ\s+\d+\s+(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "دقائق",
    "دقيقة",
    "دقيقتان",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "للقراءة",
    "قراءة",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "وقت القراءة",
    "مدة القراءة",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("حوالي",)

#: The particles of Arabic names written in Latin letters in a credit line ("Hisham
#: al-Alawi", "Mohammed bin Salman"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "al",
    "el",
    "bin",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "المحتويات",
    "جدول المحتويات",
    "محتويات المقال",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "عرض",
    "إخفاء",
)
