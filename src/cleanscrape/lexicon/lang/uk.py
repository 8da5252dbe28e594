"""Ukrainian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`).

Folding writes "й" as "и" and "ї" as "і": "Увійти" is written "увіити"."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "читаите також",
    "дивіться також",
    "схожі новини",
    "новини за темою",
    "пов язані новини",
    "більше за темою",
    "інші новини",
    "наипопулярніше",
    "наичитаніше",
    "читати далі",
    "популярні новини",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "поділитися",
    "поділіться",
    "підписуитесь на нас",
    "стежте за нами",
    "ми в соцмережах",
)

COMMENTS: tuple[str, ...] = (
    "коментарі",
    "залишити коментар",
    "коментувати",
    "додати коментар",
)

AUTHOR_BIO: tuple[str, ...] = ("про автора",)

COOKIE: tuple[str, ...] = (
    "ми використовуємо фаили cookie",
    "ми використовуємо cookie",
    "цеи саит використовує фаили cookie",
    "цеи саит використовує cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "підпишіться на розсилку",
    "підпишіться на нашу розсилку",
    "підписатися на розсилку",
)

UI: tuple[str, ...] = (
    "реклама",
    "друк",
    "пошук",
    "увіити",
    "нагору",
    "версія для друку",
    "завантажити ще",
    "показати ще",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "усі права захищені",
    "всі права захищені",
)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "політика конфіденціиності",
    "умови використання",
    "правила користування",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "теги",
    "мітки",
    "теми",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "автор",
    "авторка",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("джерело",)

CREDITS: tuple[str, ...] = (
    "фото",
    "ілюстрація",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("відповісти",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("18 листопада 2019") and in the nominative; they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "січня|січень",
    "лютого|лютий",
    "березня|березень",
    "квітня|квітень",
    "травня|травень",
    "червня|червень",
    "липня|липень",
    "серпня|серпень",
    "вересня|вересень",
    "жовтня|жовтень",
    "листопада|листопад",
    "грудня|грудень",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "оновлено",
    "опубліковано",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:секунд\w*|хвилин\w*|хв\.?|годин\w*|год\.?|дн\w+|день|тиж\w+|місяц\w*|рок\w*|років)\s+тому",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "хвилин",
    "хвилини",
    "хв",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "читання",
    "на читання",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("час читання",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "пише",
    "написав",
    "написала",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("о",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("дата звернення",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("більше",)

#: The word for "year" beside the year of a date ("12 марта 2020 г."), as written.
YEAR_WORDS: tuple[str, ...] = (
    "р.",
    "року",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("головна сторінка",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "відео",
    "фотогалереї",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "попередня стаття",
    "наступна стаття",
    "попередня новина",
    "наступна новина",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("коментар", "коментарі", "коментарів")

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "зміст",
    "зміст статті",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "показати",
    "приховати",
    "сховати",
)
