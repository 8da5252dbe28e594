"""Slovak chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "suvisiace clanky",
    "suvisiace",
    "citajte aj",
    "citajte tiez",
    "precitajte si aj",
    "najcitanejsie",
    "najnovsie clanky",
    "dalsie clanky",
    "mohlo by vas zaujimat",
    "odporucame",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "zdielat",
    "zdielajte",
    "zdielat clanok",
    "sledujte nas",
)

COMMENTS: tuple[str, ...] = (
    "komentare",
    "diskusia k clanku",
    "pridat komentar",
    "napisat komentar",
)

AUTHOR_BIO: tuple[str, ...] = (
    "o autorovi",
    "o autorke",
)

COOKIE: tuple[str, ...] = (
    "tato stranka pouziva subory cookie",
    "tato webova stranka pouziva cookies",
    "pouzivame subory cookie",
)

SUBSCRIBE: tuple[str, ...] = (
    "prihlaste sa na odber newslettra",
    "odoberajte newsletter",
    "prihlasit sa na odber",
)

UI: tuple[str, ...] = (
    "reklama",
    "tlacit",
    "vytlacit",
    "hladat",
    "prihlasit sa",
    "hore",
    "nacitat dalsie",
    "zobrazit viac",
    "dalsi clanok",
    "predchadzajuci clanok",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("vsetky prava vyhradene",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "ochrana osobnych udajov",
    "podmienky pouzivania",
    "kontakty",
    "o nas",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "stitky",
    "temy",
    "klucove slova",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "autor",
    "autorka",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("zdroj",)

CREDITS: tuple[str, ...] = (
    "foto",
    "ilustracne foto",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("odpovedat",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("18. novembra 2019") and in the nominative; they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januára|január|jan",
    "februára|február|feb",
    "marca|marec|mar",
    "apríla|apríl|apr",
    "mája|máj",
    "júna|jún",
    "júla|júl",
    "augusta|august|aug",
    "septembra|september|sep",
    "októbra|október|okt",
    "novembra|november|nov",
    "decembra|december|dec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "aktualizované",
    "publikované",
    "uverejnené",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"pred\s+\d+\s+(?:sekund\w*|minút\w*|minut\w*|min\.?|hodin\w*|hod\.?|dň\w*|dn\w+|týžd\w+|mesiac\w*|rok\w*)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minút",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "čítania",
    "čítanie",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("čas čítania",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = (
    "cca",
    "cca.",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "píše",
    "napísal",
    "napísala",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("o",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "hod.",
    "hod",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("dňa",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("komentar", "komentare", "komentarov")

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "obsah",
    "obsah clanku",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "zobrazit",
    "skryt",
)
