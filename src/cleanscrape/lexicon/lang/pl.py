"""Polish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "powiazane artykuly",
    "powiazane",
    "zobacz tez",
    "zobacz takze",
    "czytaj tez",
    "czytaj takze",
    "czytaj wiecej",
    "przeczytaj rowniez",
    "przeczytaj tez",
    "najczesciej czytane",
    "najpopularniejsze",
    "najnowsze",
    "polecane",
    "polecamy",
    "wiecej informacji",
    "moze cie zainteresowac",
)

RELATED_LINK_LABELS: tuple[str, ...] = ("powiazany artykul",)

SHARE_FOLLOW: tuple[str, ...] = (
    "udostepnij",
    "udostepnij artykul",
    "obserwuj nas",
    "sledz nas",
    "udostepnij na",
)

COMMENTS: tuple[str, ...] = (
    "komentarze",
    "dodaj komentarz",
    "skomentuj",
    "zostaw komentarz",
)

COOKIE: tuple[str, ...] = (
    "ta strona uzywa plikow cookie",
    "ta strona korzysta z plikow cookie",
    "uzywamy plikow cookie",
    "nasza strona uzywa plikow cookie",
    "nasza strona korzysta z plikow cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "zapisz sie do newslettera",
    "zapisz sie",
    "subskrybuj",
    "newsletter",
)

UI: tuple[str, ...] = (
    "reklama",
    "szukaj",
    "zaloguj sie",
    "drukuj",
    "wroc na gore",
    "pokaz wiecej",
    "zaladuj wiecej",
    "nastepny",
    "poprzedni",
    "nastepny artykul",
    "poprzedni artykul",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("wszelkie prawa zastrzezone",)

FOOTER: tuple[str, ...] = (
    "polityka prywatnosci",
    "polityka cookies",
    "regulamin",
    "o nas",
    "reklama w serwisie",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tagi",
    "tematy",
    "slowa kluczowe",
)

BYLINE_PREFIXES: tuple[str, ...] = ("autor",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("odpowiedz",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case, in the genitive as a date writes them ("18 listopada 2019"); they are matched on the
#: text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "stycznia|sty",
    "lutego|lut",
    "marca|mar",
    "kwietnia|kwi",
    "maja|maj",
    "czerwca|cze",
    "lipca|lip",
    "sierpnia|sie",
    "września|wrz",
    "października|paź",
    "listopada|lis",
    "grudnia|gru",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "aktualizacja",
    "opublikowano",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:sekund\w*|minut\w*|min\.?|godzin\w*|godz\.?|dni|dzień|tygodni\w*|miesi\w+|lat|rok\w*)\s+temu",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "minut",
    "minuta",
    "minuty",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("czytania",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("czas czytania",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = (
    "ok.",
    "około",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "pisze",
    "napisał",
    "napisała",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "o",
    "o godz.",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("dnia",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "zglos",
    "cytuj",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("dostęp",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("wiecej",)

#: The word for "year" beside the year of a date ("12 marca 2020 r."), as written.
YEAR_WORDS: tuple[str, ...] = (
    "r.",
    "roku",
)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "reklama",
    "komentarze",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("strona główna",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "galerie",
    "wideo",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "poprzedni artykul",
    "nastepny artykul",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("komentarz", "komentarze", "komentarzy")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sekund\w*|minut\w*|godzin\w*|dni|dzień|tydzień|tygodni\w*|miesiąc\w*|miesięcy|rok|lat|lata",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sesja|sesji|nigdy",)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "wnioski",
    "podsumowanie",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("spis tresci",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "pokaz",
    "ukryj",
    "rozwin",
    "zwin",
)
