"""Hungarian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "kapcsolodo cikkek",
    "kapcsolodo",
    "ezt is ajanljuk",
    "ezek is erdekelhetik",
    "legolvasottabb",
    "legolvasottabb cikkek",
    "legfrissebb hirek",
    "tovabbi cikkek",
    "friss hirek",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "megosztas",
    "oszd meg",
    "kovess minket",
    "kovessen minket",
)

COMMENTS: tuple[str, ...] = (
    "hozzaszolasok",
    "kommentek",
    "hozzaszolas irasa",
    "szolj hozza",
)

AUTHOR_BIO: tuple[str, ...] = ("a szerzorol",)

COOKIE: tuple[str, ...] = (
    "ez a weboldal sutiket cookie hasznal",
    "ez a weboldal cookie kat hasznal",
    "sutiket cookie kat hasznalunk",
    "a weboldal cookie kat hasznal",
    "ez a weboldal sutiket hasznal",
    "sutiket hasznalunk",
    "a weboldal sutiket hasznal",
)

SUBSCRIBE: tuple[str, ...] = (
    "iratkozz fel hirlevelunkre",
    "iratkozzon fel hirlevelunkre",
    "feliratkozas a hirlevelre",
)

UI: tuple[str, ...] = (
    "hirdetes",
    "nyomtatas",
    "kereses",
    "bejelentkezes",
    "vissza a tetejere",
    "tovabbiak betoltese",
    "mutass tobbet",
    "kovetkezo cikk",
    "elozo cikk",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("minden jog fenntartva",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "adatvedelmi tajekoztato",
    "felhasznalasi feltetelek",
    "impresszum",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "cimkek",
    "kulcsszavak",
    "temak",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("szerző",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("forrás",)

CREDITS: tuple[str, ...] = (
    "foto",
    "kep",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("valasz",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations (Hungarian writes the year first, "2019. november 18."); they are matched
#: on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "január|jan",
    "február|febr|feb",
    "március|márc",
    "április|ápr",
    "május|máj",
    "június|jún",
    "július|júl",
    "augusztus|aug",
    "szeptember|szept|sep",
    "október|okt",
    "november|nov",
    "december|dec",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = (
    "sutik",
    "sutit",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "frissítve",
    "frissítés",
    "közzétéve",
    "publikálva",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)",
    r"\d+\s+(?:másodperc\w*|perc\w*|órá\w*|óra|nap\w*|hét|het\w*|hónap\w*|év\w*)\s+ezelőtt",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("perc",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "olvasás",
    "olvasási idő",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("olvasási idő",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("írta",)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = ("tartalomjegyzek",)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "mutat",
    "elrejt",
)
