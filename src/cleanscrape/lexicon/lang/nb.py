"""Norwegian (Bokmål) chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "les ogsa",
    "les mer",
    "relaterte artikler",
    "mest lest",
    "siste nytt",
    "flere artikler",
    "mer om temaet",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "del artikkelen",
    "del pa facebook",
    "folg oss",
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
    "vi bruker cookies",
    "denne nettsiden bruker cookies",
    "dette nettstedet bruker informasjonskapsler og cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "meld deg pa vart nyhetsbrev",
    "meld deg pa nyhetsbrevet",
    "abonner pa nyhetsbrevet",
)

UI: tuple[str, ...] = (
    "annonse",
    "skriv ut",
    "sok",
    "logg inn",
    "til toppen",
    "vis flere",
    "last inn flere",
    "neste artikkel",
    "forrige artikkel",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("alle rettigheter forbeholdt",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "personvernerklæring",
    "om oss",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "emner",
    "stikkord",
    "tagger",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("skrevet av",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("kilde",)

CREDITS: tuple[str, ...] = (
    "foto",
    "bilde",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("svar",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations ("18. nov. 2019"; "des", December's, is left out: it is a French word
#: before a figure); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januar|jan",
    "februar|feb",
    "mars|mar",
    "april|apr",
    "mai",
    "juni|jun",
    "juli|jul",
    "august|aug",
    "september|sept|sep",
    "oktober|okt",
    "november|nov",
    "desember",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "oppdatert",
    "publisert",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:for\s+)?\d+\s+(?:sekund\w*|minutt\w*|min|time\w*|dag\w*|uke\w*|måned\w*|år)\s+siden",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minutter",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lesetid",
    "lesing",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("lesetid",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("skriver",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "kl.",
    "kl",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("kommentar", "kommentarer")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sekund(?:er)?|minutt(?:er)?|timer|dag(?:er)?|uke(?:r)?|måned(?:er)?|år",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"økt|permanent|aldri",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "innhold",
    "innholdsfortegnelse",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "vis",
    "skjul",
)
