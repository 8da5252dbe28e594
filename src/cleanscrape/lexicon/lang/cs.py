"""Czech chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "souvisejici clanky",
    "souvisejici",
    "ctete take",
    "ctete tez",
    "prectete si take",
    "mohlo by vas zajimat",
    "nejctenejsi",
    "nejnovejsi clanky",
    "dalsi clanky",
    "vice z rubriky",
    "doporucujeme",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "sdilet",
    "sdilejte",
    "sdilet clanek",
    "sledujte nas",
)

COMMENTS: tuple[str, ...] = (
    "komentare",
    "diskuse k clanku",
    "pridat komentar",
    "napsat komentar",
)

AUTHOR_BIO: tuple[str, ...] = (
    "o autorovi",
    "o autorce",
)

COOKIE: tuple[str, ...] = (
    "tento web pouziva soubory cookie",
    "tento web pouziva cookies",
    "pouzivame soubory cookie",
    "tyto stranky pouzivaji cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "prihlaste se k odberu newsletteru",
    "odebirejte newsletter",
    "prihlasit k odberu",
)

UI: tuple[str, ...] = (
    "reklama",
    "tisk",
    "vytisknout",
    "hledat",
    "prihlasit se",
    "nahoru",
    "nacist dalsi",
    "zobrazit vice",
    "dalsi clanek",
    "predchozi clanek",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("vsechna prava vyhrazena",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "ochrana osobnich udaju",
    "zasady ochrany osobnich udaju",
    "podminky uzivani",
    "kontakty",
    "o nas",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "stitky",
    "temata",
    "klicova slova",
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
    "ilustracni foto",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("odpovedet",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the genitive as a date writes them ("18. listopadu 2019") and in the nominative; they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "ledna|leden",
    "února|únor",
    "března|březen",
    "dubna|duben",
    "května|květen",
    "června|červen",
    "července|červenec",
    "srpna|srpen",
    "září",
    "října|říjen",
    "listopadu|listopad",
    "prosince|prosinec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "aktualizováno",
    "publikováno",
    "vydáno",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"před\s+\d+\s+(?:sekund\w*|minut\w*|min\.?|hodin\w*|hod\.?|dn\w+|týd\w+|měsíc\w*|rok\w*|let\w*)",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("čtení",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "doba čtení",
    "čas čtení",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = (
    "cca",
    "cca.",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "píše",
    "napsal",
    "napsala",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("v",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = (
    "hod.",
    "hod",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("dne",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "nahlasit",
    "citovat",
)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = ("reklama",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("komentar", "komentare", "komentaru")

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
