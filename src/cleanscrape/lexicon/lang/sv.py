"""Swedish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "las ocksa",
    "las aven",
    "las mer",
    "relaterade artiklar",
    "mest last",
    "mest lasta",
    "senaste nytt",
    "fler artiklar",
    "mer om amnet",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "dela artikeln",
    "dela pa facebook",
    "folj oss",
    "dela pa",
)

COMMENTS: tuple[str, ...] = (
    "kommentarer",
    "kommentera",
    "skriv en kommentar",
    "lamna en kommentar",
)

AUTHOR_BIO: tuple[str, ...] = (
    "om skribenten",
    "om forfattaren",
)

COOKIE: tuple[str, ...] = (
    "vi anvander cookies",
    "den har webbplatsen anvander cookies",
    "denna webbplats anvander cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "prenumerera pa vart nyhetsbrev",
    "prenumerera pa nyhetsbrevet",
    "anmal dig till vart nyhetsbrev",
)

UI: tuple[str, ...] = (
    "annons",
    "skriv ut",
    "sok",
    "logga in",
    "till toppen",
    "visa fler",
    "ladda fler",
    "nasta artikel",
    "foregaende artikel",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("alla rattigheter forbehallna",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "integritetspolicy",
    "anvandarvillkor",
    "om oss",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "amnen",
    "taggar",
    "nyckelord",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("skribent",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("källa",)

CREDITS: tuple[str, ...] = (
    "bild",
    "foto",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("svara",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations ("18 nov. 2019"); they are matched on the text of a dateline, not on its
#: folded form.
MONTHS: tuple[str, ...] = (
    "januari|jan",
    "februari|feb",
    "mars|mar",
    "april|apr",
    "maj",
    "juni|jun",
    "juli|jul",
    "augusti|aug",
    "september|sept|sep",
    "oktober|okt",
    "november|nov",
    "december|dec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "uppdaterad",
    "publicerad",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:för\s+)?\d+\s+(?:sekund\w*|minut\w*|min|timm\w*|tim|dag\w*|veck\w*|månad\w*|år)\s+sedan",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minuter",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "läsning",
    "lästid",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("lästid",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("skriver",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "kl.",
    "kl",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("hämtad",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("startsida",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("kommentar", "kommentarer")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sekund(?:er)?|minut(?:er)?|timm(?:e|ar)|dag(?:ar)?|dygn|veck(?:a|or)|månad(?:er)?|år",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"session|permanent|aldrig",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "innehall",
    "innehallsforteckning",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "visa",
    "dolj",
)
