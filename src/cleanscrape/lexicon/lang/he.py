"""Hebrew chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "כתבות נוספות",
    "כתבות קשורות",
    "עוד בנושא",
    "קראו עוד",
    "קראו גם",
    "הנקראים ביותר",
    "הכי נקראים",
    "מבזקים",
    "עוד כתבות",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "שתפו",
    "שתפו בפייסבוק",
    "עקבו אחרינו",
)

COMMENTS: tuple[str, ...] = (
    "תגובות",
    "הוסיפו תגובה",
    "הוספת תגובה",
    "כתבו תגובה",
)

AUTHOR_BIO: tuple[str, ...] = (
    "על הכותב",
    "על הכותבת",
)

COOKIE: tuple[str, ...] = (
    "אתר זה משתמש בקבצי cookie",
    "אנו משתמשים בקבצי cookies",
    "האתר עושה שימוש בקבצי cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "הירשמו לניוזלטר",
    "הרשמו לניוזלטר",
    "הצטרפו לניוזלטר",
)

UI: tuple[str, ...] = (
    "פרסומת",
    "הדפסה",
    "חיפוש",
    "התחברות",
    "חזרה למעלה",
    "טען עוד",
    "לכתבה הבאה",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("כל הזכויות שמורות",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "מדיניות פרטיות",
    "תנאי שימוש",
    "צור קשר",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = ("תגיות",)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("מאת",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("מקור",)

CREDITS: tuple[str, ...] = ("צילום",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = (
    "השב",
    "הגב",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: alone and with the preposition joined as a date writes them ("18 בנובמבר 2019"); they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "ינואר|בינואר",
    "פברואר|בפברואר",
    "מרץ|במרץ|מרס|במרס",
    "אפריל|באפריל",
    "מאי|במאי",
    "יוני|ביוני",
    "יולי|ביולי",
    "אוגוסט|באוגוסט",
    "ספטמבר|בספטמבר",
    "אוקטובר|באוקטובר",
    "נובמבר|בנובמבר",
    "דצמבר|בדצמבר",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "עודכן",
    "פורסם",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"לפני\s+\d+\s+(?:שניות|דקות|דקה|שעות|שעה|ימים|יום|שבועות|חודשים|שנים)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "דקות",
    "דקה",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("קריאה",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("זמן קריאה",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("דף הבית",)
