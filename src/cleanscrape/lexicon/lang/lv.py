"""Latvian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "saistitie raksti",
    "lasi ari",
    "lasiet ari",
    "vairak zinu",
    "lasitakie",
    "jaunakas zinas",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "dalities",
    "seko mums",
    "sekojiet mums",
)

COMMENTS: tuple[str, ...] = (
    "komentari",
    "pievienot komentaru",
    "komentet",
)

AUTHOR_BIO: tuple[str, ...] = ("par autoru",)

SUBSCRIBE: tuple[str, ...] = (
    "piesakies jaunumiem",
    "pieteikties jaunumiem",
    "abone jaunumus",
)

UI: tuple[str, ...] = (
    "reklama",
    "drukat",
    "meklet",
    "ienakt",
    "uz augsu",
    "radit vairak",
    "ieladet vairak",
    "nakamais raksts",
    "ieprieksejais raksts",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("visas tiesibas aizsargatas",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "privatuma politika",
    "lietosanas noteikumi",
    "par mums",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "temas",
    "birkas",
    "atslegvardi",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "autors",
    "autore",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("avots",)

CREDITS: tuple[str, ...] = (
    "foto",
    "attels",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("atbildet",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the locative as a date writes them ("2019. gada 18. novembrī") and in the nominative; they are
#: matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "janvārī|janvāris",
    "februārī|februāris",
    "martā|marts",
    "aprīlī|aprīlis",
    "maijā|maijs",
    "jūnijā|jūnijs",
    "jūlijā|jūlijs",
    "augustā|augusts",
    "septembrī|septembris",
    "oktobrī|oktobris",
    "novembrī|novembris",
    "decembrī|decembris",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("sikdatn",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "atjaunots",
    "publicēts",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"pirms\s+\d+\s+(?:sekund\w*|minūt\w*|min\.?|stund\w*|dien\w*|nedēļ\w*|mēneš\w*|gad\w*)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "minūtes",
    "minūtēs",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lasīšana",
    "lasīšanai",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("lasīšanas laiks",)

#: The consent banner's opening words.
COOKIE: tuple[str, ...] = (
    "si vietne izmanto sikdatnes",
    "mes izmantojam sikdatnes",
    "izmantojam sikdatnes",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("raksta",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("plkst.",)
