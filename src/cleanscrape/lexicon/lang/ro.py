"""Romanian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "citeste si",
    "articole similare",
    "stiri similare",
    "cele mai citite",
    "ultimele stiri",
    "mai multe articole",
    "citeste mai mult",
    "recomandari",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "distribuie",
    "distribuie articolul",
    "urmareste ne",
    "urmariti ne pe",
    "distribuie pe",
)

COMMENTS: tuple[str, ...] = (
    "comentarii",
    "lasa un comentariu",
    "adauga un comentariu",
    "scrie un comentariu",
)

AUTHOR_BIO: tuple[str, ...] = ("despre autor",)

COOKIE: tuple[str, ...] = (
    "acest site foloseste cookie uri",
    "folosim cookie uri",
    "acest site utilizeaza cookie uri",
    "utilizam cookie uri",
)

SUBSCRIBE: tuple[str, ...] = (
    "aboneaza te la newsletter",
    "abonati va la newsletter",
    "aboneaza te la newsletterul nostru",
)

UI: tuple[str, ...] = (
    "publicitate",
    "reclama",
    "printeaza",
    "cauta",
    "autentificare",
    "inapoi sus",
    "incarca mai multe",
    "vezi mai multe",
    "articolul urmator",
    "articolul anterior",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("toate drepturile rezervate",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "politica de confidentialitate",
    "politica de cookie uri",
    "termeni si conditii",
    "despre noi",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "etichete",
    "taguri",
    "cuvinte cheie",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("autor",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("sursa",)

CREDITS: tuple[str, ...] = (
    "foto",
    "sursa foto",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("raspunde",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations ("18 nov. 2019"); they are matched on the text of a dateline, not on its
#: folded form.
MONTHS: tuple[str, ...] = (
    "ianuarie|ian",
    "februarie|feb",
    "martie|mar",
    "aprilie|apr",
    "mai",
    "iunie|iun",
    "iulie|iul",
    "august|aug",
    "septembrie|sept|sep",
    "octombrie|oct",
    "noiembrie|nov",
    "decembrie|dec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "actualizat",
    "publicat",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"(?:acum|în urmă cu)\s+\d+\s+"
    r"(?:secund\w*|minut\w*|min|or[ăae]|ore|zi|zile|săptămân\w*|lun[ăi]|an|ani)",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "de citit",
    "de lectură",
    "citire",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "timp de citire",
    "timp de lectură",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("a scris",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "ora",
    "la ora",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("pe",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("accesat",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("cuprins",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "arata",
    "ascunde",
)
