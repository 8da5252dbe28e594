"""Bulgarian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`).

Folding writes "й" as "и": "Коментирай" is written "коментираи"."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "прочетете още",
    "още по темата",
    "свързани новини",
    "свързани статии",
    "наи четени",
    "наи четено",
    "последни новини",
    "още новини",
    "вижте още",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "сподели",
    "споделете",
    "последваите ни",
    "сподели във facebook",
)

COMMENTS: tuple[str, ...] = (
    "коментари",
    "напиши коментар",
    "добави коментар",
    "коментираи",
)

AUTHOR_BIO: tuple[str, ...] = ("за автора",)

COOKIE: tuple[str, ...] = (
    "този саит използва бисквитки cookies",
    "ние използваме бисквитки cookies",
    "този уебсаит използва cookies",
    "използваме cookies",
    "този саит използва бисквитки",
    "ние използваме бисквитки",
    "използваме бисквитки",
)

SUBSCRIBE: tuple[str, ...] = (
    "абонираите се за нашия бюлетин",
    "абонираи се за бюлетина",
)

UI: tuple[str, ...] = (
    "реклама",
    "печат",
    "принтираи",
    "търсене",
    "вход",
    "нагоре",
    "зареди още",
    "покажи още",
    "следваща статия",
    "предишна статия",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("всички права запазени",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "политика за поверителност",
    "общи условия",
    "за нас",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "тагове",
    "етикети",
    "ключови думи",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("автор",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("източник",)

CREDITS: tuple[str, ...] = (
    "снимка",
    "снимки",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("отговори",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: ("18 ноември 2019"); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("бисквитк",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "обновено",
    "публикувано",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"преди\s+\d+\s+(?:секунд\w*|минут\w*|мин\.?|час\w*|ден|дни|дена|седмиц\w*|месец\w*|годин\w*)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("минути",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "четене",
    "за четене",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("време за четене",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "пише",
    "написа",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("в",)

#: The word for "year" beside the year of a date ("12 марта 2020 г."), as written.
YEAR_WORDS: tuple[str, ...] = (
    "г.",
    "година",
)
