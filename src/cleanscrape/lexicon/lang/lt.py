"""Lithuanian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "susije straipsniai",
    "taip pat skaitykite",
    "skaitykite taip pat",
    "daugiau naujienu",
    "skaitomiausi",
    "naujausios naujienos",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "dalintis",
    "pasidalinkite",
    "sekite mus",
)

COMMENTS: tuple[str, ...] = (
    "komentarai",
    "rasyti komentara",
    "komentuoti",
)

AUTHOR_BIO: tuple[str, ...] = ("apie autoriu",)

SUBSCRIBE: tuple[str, ...] = (
    "uzsiprenumeruokite naujienlaiski",
    "prenumeruoti naujienlaiski",
)

UI: tuple[str, ...] = (
    "reklama",
    "spausdinti",
    "paieska",
    "prisijungti",
    "i virsu",
    "rodyti daugiau",
    "kitas straipsnis",
    "ankstesnis straipsnis",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("visos teises saugomos",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "privatumo politika",
    "naudojimosi taisykles",
    "apie mus",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "zymes",
    "raktazodziai",
    "temos",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "autorius",
    "autorė",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("šaltinis",)

CREDITS: tuple[str, ...] = (
    "nuotrauka",
    "nuotr",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("atsakyti",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("2019 m. lapkričio 18 d.") and in the nominative; they are
#: matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "sausio|sausis",
    "vasario|vasaris",
    "kovo|kovas",
    "balandžio|balandis",
    "gegužės|gegužė",
    "birželio|birželis",
    "liepos|liepa",
    "rugpjūčio|rugpjūtis",
    "rugsėjo|rugsėjis",
    "spalio|spalis",
    "lapkričio|lapkritis",
    "gruodžio|gruodis",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("slapuk",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "atnaujinta",
    "paskelbta",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"prieš\s+\d+\s+(?:sekund\w*|minut\w*|min\.?|valand\w*|val\.?|dien\w*|savait\w*|mėnes\w*|met\w*)",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "skaitymo",
    "skaitymas",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("skaitymo laikas",)

#: The consent banner's opening words.
COOKIE: tuple[str, ...] = (
    "si svetaine naudoja slapukus",
    "mes naudojame slapukus",
    "naudojame slapukus",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("rašo",)

#: The word for "year" beside the year of a date ("12 марта 2020 г."), as written.
YEAR_WORDS: tuple[str, ...] = ("m.",)

#: The word for "day" after the day of a year-first date ("2019 m. lapkričio 18 d."), as written.
DAY_WORDS: tuple[str, ...] = ("d.",)
