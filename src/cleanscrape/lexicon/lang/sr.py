"""Serbian chrome phrases in Cyrillic script, in folded form (see
:mod:`cleanscrape.lexicon`; Serbian in Latin script is read by :mod:`.hr`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "повезане вести",
    "прочитајте још",
    "прочитајте и",
    "најчитаније",
    "најновије вести",
    "још вести",
    "из исте рубрике",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "подели",
    "подели на facebook",
    "пратите нас",
)

COMMENTS: tuple[str, ...] = (
    "коментари",
    "оставите коментар",
    "коментариши",
)

AUTHOR_BIO: tuple[str, ...] = ("о аутору",)

SUBSCRIBE: tuple[str, ...] = (
    "пријавите се на билтен",
    "претплатите се на билтен",
)

UI: tuple[str, ...] = (
    "реклама",
    "штампа",
    "одштампај",
    "претрага",
    "пријава",
    "на врх",
    "учитај још",
    "прикажи више",
    "следећи чланак",
    "претходни чланак",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("сва права задржана",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "политика приватности",
    "услови коришћења",
    "о нама",
    "импресум",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "тагови",
    "ознаке",
    "кључне речи",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("аутор",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("извор",)

CREDITS: tuple[str, ...] = ("фото",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("одговори",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("18. новембра 2019") and in the nominative; they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "јануара|јануар",
    "фебруара|фебруар",
    "марта|март",
    "априла|април",
    "маја|мај",
    "јуна|јун",
    "јула|јул",
    "августа|август",
    "септембра|септембар",
    "октобра|октобар",
    "новембра|новембар",
    "децембра|децембар",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "ажурирано",
    "објављено",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"пре\s+\d+\s+(?:секунд\w*|минут\w*|мин|сат\w*|дан\w*|недељ\w*|месец\w*|годин\w*)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("минута",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("читања",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("време читања",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "пише",
    "каже",
    "piše",
    "kaže",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "у",
    "u",
)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "h",
    "časova",
    "часова",
)
