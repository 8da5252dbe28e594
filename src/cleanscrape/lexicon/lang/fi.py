"""Finnish chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "lue myos",
    "lue lisaa",
    "aiheeseen liittyvat",
    "aiheeseen liittyvaa",
    "luetuimmat",
    "luetuimmat uutiset",
    "uusimmat uutiset",
    "tuoreimmat",
    "lisaa aiheesta",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "jaa artikkeli",
    "jaa facebookissa",
    "seuraa meita",
    "jaa somessa",
)

COMMENTS: tuple[str, ...] = (
    "kommentit",
    "kommentoi",
    "jata kommentti",
    "kirjoita kommentti",
)

AUTHOR_BIO: tuple[str, ...] = ("kirjoittajasta",)

COOKIE: tuple[str, ...] = (
    "kaytamme cookie evasteita",
    "tama sivusto kayttaa cookie evasteita",
    "sivustomme kayttaa cookie evasteita",
    "kaytamme evasteita",
    "tama sivusto kayttaa evasteita",
    "sivustomme kayttaa evasteita",
)

SUBSCRIBE: tuple[str, ...] = (
    "tilaa uutiskirje",
    "tilaa uutiskirjeemme",
    "liity uutiskirjeen tilaajaksi",
)

UI: tuple[str, ...] = (
    "mainos",
    "tulosta",
    "haku",
    "hae",
    "kirjaudu sisaan",
    "sivun alkuun",
    "nayta lisaa",
    "lataa lisaa",
    "seuraava artikkeli",
    "edellinen artikkeli",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("kaikki oikeudet pidatetaan",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "tietosuojaseloste",
    "tietosuojakaytanto",
    "kayttoehdot",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "aiheet",
    "avainsanat",
    "tunnisteet",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = (
    "teksti",
    "kirjoittaja",
)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("lähde",)

CREDITS: tuple[str, ...] = (
    "kuva",
    "kuvat",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("vastaa",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case, in
#: the partitive as a date writes them ("18. marraskuuta 2019"), in the nominative and abbreviated;
#: they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "tammikuuta|tammikuu|tammik",
    "helmikuuta|helmikuu|helmik",
    "maaliskuuta|maaliskuu|maalisk",
    "huhtikuuta|huhtikuu|huhtik",
    "toukokuuta|toukokuu|toukok",
    "kesäkuuta|kesäkuu|kesäk",
    "heinäkuuta|heinäkuu|heinäk",
    "elokuuta|elokuu|elok",
    "syyskuuta|syyskuu|syysk",
    "lokakuuta|lokakuu|lokak",
    "marraskuuta|marraskuu|marrask",
    "joulukuuta|joulukuu|jouluk",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("evast",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "päivitetty",
    "julkaistu",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:sekunti\w*|minuutti\w*|min|tunti\w*|päivä\w*|viikko\w*|kuukau\w*|vuo\w*)\s+sitten",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "minuuttia",
    "minuutti",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lukuaika",
    "luettavaa",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("lukuaika",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("n.",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("kirjoitti",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "klo",
    "kello",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("viitattu",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("etusivu",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("kommentti", "kommentit", "kommenttia")

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "sisallys",
    "sisallysluettelo",
    "sisalto",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "nayta",
    "piilota",
)
