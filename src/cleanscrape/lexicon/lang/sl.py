"""Slovene chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "sorodni clanki",
    "sorodne novice",
    "preberite tudi",
    "preberi se",
    "najbolj brano",
    "zadnje novice",
    "vec novic",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "deli na facebooku",
    "deli clanek",
    "delite clanek",
    "sledite nam",
)

COMMENTS: tuple[str, ...] = (
    "komentarji",
    "dodaj komentar",
    "oddaj komentar",
)

AUTHOR_BIO: tuple[str, ...] = (
    "o avtorju",
    "o avtorici",
)

SUBSCRIBE: tuple[str, ...] = (
    "prijavite se na e novice",
    "narocite se na e novice",
    "narocite se na novice",
)

UI: tuple[str, ...] = (
    "oglas",
    "natisni",
    "iskanje",
    "prijava",
    "na vrh",
    "nalozi vec",
    "prikazi vec",
    "naslednji clanek",
    "prejsnji clanek",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("vse pravice pridrzane",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "politika zasebnosti",
    "pogoji uporabe",
    "kolofon",
    "o nas",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "oznake",
    "kljucne besede",
    "teme",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "avtor",
    "avtorica",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("vir",)

CREDITS: tuple[str, ...] = ("foto",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("odgovori",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("18. novembra 2019") and in the nominative; they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januarja|januar",
    "februarja|februar",
    "marca|marec",
    "aprila|april",
    "maja|maj",
    "junija|junij",
    "julija|julij",
    "avgusta|avgust",
    "septembra|september",
    "oktobra|oktober",
    "novembra|november",
    "decembra|december",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("piskot",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "posodobljeno",
    "objavljeno",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"pred\s+\d+\s+(?:sekund\w*|minut\w*|min|ur\w*|dnev\w*|dnem|tedn\w*|mesec\w*|let\w*)",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("branja",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("čas branja",)

#: The consent banner's opening words.
COOKIE: tuple[str, ...] = (
    "uporabljamo piskotke",
    "ta spletna stran uporablja piskotke",
    "spletna stran uporablja piskotke",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "piše",
    "je zapisal",
    "je zapisala",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("ob",)
