"""Catalan chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "noticies relacionades",
    "articles relacionats",
    "llegeix tambe",
    "llegiu tambe",
    "et pot interessar",
    "mes llegides",
    "les mes llegides",
    "ultimes noticies",
    "mes noticies",
    "continua llegint",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "comparteix",
    "comparteix l article",
    "segueix nos",
    "segueix nos a",
)

COMMENTS: tuple[str, ...] = (
    "comentaris",
    "deixa un comentari",
    "afegeix un comentari",
)

AUTHOR_BIO: tuple[str, ...] = (
    "sobre l autor",
    "sobre l autora",
)

COOKIE: tuple[str, ...] = (
    "aquest lloc web utilitza galetes cookies",
    "utilitzem galetes cookies",
    "aquest web utilitza cookies",
    "utilitzem cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "subscriu te al butlleti",
    "subscriu te a la newsletter",
    "apunta t al butlleti",
)

UI: tuple[str, ...] = (
    "publicitat",
    "imprimeix",
    "cerca",
    "inicia la sessio",
    "torna a dalt",
    "carrega n mes",
    "mostra n mes",
    "article seguent",
    "article anterior",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("tots els drets reservats",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "politica de privadesa",
    "avis legal",
    "politica de galetes",
    "qui som",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "etiquetes",
    "temes",
    "paraules clau",
)

CREDITS: tuple[str, ...] = (
    "foto",
    "fotografia",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("respon",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: with "d'" joined before a vowel as a date writes them ("18 d'octubre de 2019"); they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "gener",
    "febrer",
    "març",
    "abril|d'abril|d’abril",
    "maig",
    "juny",
    "juliol",
    "agost|d'agost|d’agost",
    "setembre",
    "octubre|d'octubre|d’octubre",
    "novembre",
    "desembre",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "actualitzat",
    "publicat",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"fa\s+\d+\s+(?:segons?|minuts?|min|hores?|h|dies|dia|setmanes?|mesos|mes|anys?)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minuts",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("de lectura",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("temps de lectura",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "diu",
    "va escriure",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("a les",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("el",)

#: The word between a day, its month and its year ("22 de outubro de 2010"), as written.
DATE_JOINS: tuple[str, ...] = ("de",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("consultat",)
