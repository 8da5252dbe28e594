"""Danish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "læs ogsa",
    "læs mere",
    "relaterede artikler",
    "mest læste",
    "seneste nyt",
    "flere artikler",
    "mere om emnet",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "del artiklen",
    "del pa facebook",
    "folg os",
    "del pa",
)

COMMENTS: tuple[str, ...] = (
    "kommentarer",
    "skriv en kommentar",
    "kommenter",
)

AUTHOR_BIO: tuple[str, ...] = (
    "om skribenten",
    "om forfatteren",
)

COOKIE: tuple[str, ...] = (
    "vi bruger cookies",
    "denne hjemmeside bruger cookies",
    "dette website bruger cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "tilmeld dig vores nyhedsbrev",
    "tilmeld dig nyhedsbrevet",
    "abonner pa vores nyhedsbrev",
)

UI: tuple[str, ...] = (
    "annonce",
    "udskriv",
    "sog",
    "log ind",
    "til toppen",
    "vis flere",
    "indlæs flere",
    "næste artikel",
    "forrige artikel",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("alle rettigheder forbeholdes",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "privatlivspolitik",
    "cookiepolitik",
    "om os",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "emner",
    "tags",
    "nogleord",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("skrevet af",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("kilde",)

CREDITS: tuple[str, ...] = (
    "foto",
    "billede",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("svar",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations ("18. nov. 2019"); they are matched on the text of a dateline, not on its
#: folded form.
MONTHS: tuple[str, ...] = (
    "januar|jan",
    "februar|feb",
    "marts|mar",
    "april|apr",
    "maj",
    "juni|jun",
    "juli|jul",
    "august|aug",
    "september|sept|sep",
    "oktober|okt",
    "november|nov",
    "december|dec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "opdateret",
    "publiceret",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:for\s+)?\d+\s+(?:sekund\w*|minut\w*|min|time\w*|dag\w*|uge\w*|måned\w*|år)\s+siden",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minutter",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "læsetid",
    "læsning",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("læsetid",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("skriver",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "kl.",
    "kl",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("kommentar", "kommentarer")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sekund(?:er)?|minut(?:ter)?|timer|dag(?:e)?|uge(?:r)?|måned(?:er)?|år",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"session|permanent|aldrig",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "indhold",
    "indholdsfortegnelse",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "vis",
    "skjul",
)
