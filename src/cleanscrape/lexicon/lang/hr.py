"""Croatian (and Serbian and Bosnian in Latin script) chrome phrases, in folded form (see
:mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "povezane vijesti",
    "povezani clanci",
    "procitajte jos",
    "procitajte i",
    "procitajte takoder",
    "najcitanije",
    "najnovije vijesti",
    "izdvojeno",
    "povezano",
    "jos vijesti",
    "vezane vijesti",
    "preporucujemo",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "podijeli",
    "podijelite",
    "podijeli clanak",
    "pratite nas",
    "podeli",
)

COMMENTS: tuple[str, ...] = (
    "komentari",
    "ostavite komentar",
    "dodaj komentar",
    "napisi komentar",
)

AUTHOR_BIO: tuple[str, ...] = ("o autoru",)

COOKIE: tuple[str, ...] = (
    "ova stranica koristi kolacice cookies",
    "koristimo kolacice cookies",
    "ova web stranica koristi cookies",
    "ovaj sajt koristi kolacice cookies",
    "koristimo kolacice",
    "ova stranica koristi kolacice",
    "ova web stranica koristi kolacice",
)

SUBSCRIBE: tuple[str, ...] = (
    "pretplatite se na newsletter",
    "prijavite se na newsletter",
    "prijavi se na newsletter",
)

UI: tuple[str, ...] = (
    "oglas",
    "reklama",
    "ispis",
    "isprintaj",
    "pretrazi",
    "pretraga",
    "prijava",
    "na vrh",
    "ucitaj jos",
    "prikazi vise",
    "sljedeci clanak",
    "prethodni clanak",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "sva prava pridrzana",
    "sva prava zadrzana",
)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "pravila privatnosti",
    "politika privatnosti",
    "uvjeti koristenja",
    "impressum",
    "o nama",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tagovi",
    "oznake",
    "kljucne rijeci",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "autor",
    "piše",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("izvor",)

CREDITS: tuple[str, ...] = (
    "foto",
    "fotografija",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("odgovori",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: Croatian in the genitive as a date writes them ("18. studenoga 2019") and in the nominative, and
#: the names Serbian and Bosnian write ("18. novembra 2019"). The Croatian October, "listopad", is
#: the Czech and Polish November: a date is read in the language its dateline's words tell
#: (:func:`cleanscrape.lexicon.month_in`); they are matched on the text of a dateline, not
#: on its folded form.
MONTHS: tuple[str, ...] = (
    "siječnja|siječanj|januara|januar",
    "veljače|veljača|februara|februar",
    "ožujka|ožujak|marta|mart",
    "travnja|travanj|aprila|april",
    "svibnja|svibanj|maja|maj",
    "lipnja|lipanj|juna|jun",
    "srpnja|srpanj|jula|jul",
    "kolovoza|kolovoz|avgusta|augusta|avgust|august",
    "rujna|rujan|septembra|septembar",
    "listopada|listopad|oktobra|oktobar",
    "studenoga|studenog|studeni|novembra|novembar",
    "prosinca|prosinac|decembra|decembar",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("kolacic",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "ažurirano",
    "objavljeno",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"prije\s+\d+\s+(?:sekund\w*|minut\w*|min|sat\w*|dan\w*|tjed\w*|mjesec\w*|godin\w*)",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("čitanja",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("vrijeme čitanja",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "piše",
    "kaže",
    "napisao",
    "napisala",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("u",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "h",
    "sati",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("pristupljeno",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("naslovnica",)
