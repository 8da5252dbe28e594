"""Estonian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "seotud artiklid",
    "loe ka",
    "loe lisaks",
    "veel uudiseid",
    "loetuimad",
    "viimased uudised",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "jaga facebookis",
    "jaga artiklit",
    "jalgi meid",
)

COMMENTS: tuple[str, ...] = (
    "kommentaarid",
    "lisa kommentaar",
    "kommenteeri",
)

AUTHOR_BIO: tuple[str, ...] = ("autorist",)

SUBSCRIBE: tuple[str, ...] = (
    "telli uudiskiri",
    "liitu uudiskirjaga",
)

UI: tuple[str, ...] = (
    "reklaam",
    "prindi",
    "otsi",
    "logi sisse",
    "naita rohkem",
    "lae juurde",
    "jargmine artikkel",
    "eelmine artikkel",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("koik oigused kaitstud",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "privaatsuspoliitika",
    "kasutustingimused",
    "isikuandmete tootlemine",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "marksonad",
    "teemad",
    "sildid",
)

#: Words that open a byline, as written (matched on the line's text).
BYLINE_PREFIXES: tuple[str, ...] = ("autor",)

#: Words that open a source line, as written (matched on the line's text).
SOURCE_PREFIXES: tuple[str, ...] = ("allikas",)

CREDITS: tuple[str, ...] = ("foto",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("vasta",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: and the abbreviations ("18. nov 2019"); they are matched on the text of a dateline, not on its
#: folded form.
MONTHS: tuple[str, ...] = (
    "jaanuar|jaan",
    "veebruar|veebr",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august|aug",
    "september|sept",
    "oktoober|okt",
    "november|nov",
    "detsember|dets",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("kupsis",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "uuendatud",
    "avaldatud",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:sekundi|minuti|min|tunni|päeva|nädala|kuu|aasta)\s+eest",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lugemist",
    "lugemisaeg",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("lugemisaeg",)

#: The consent banner's opening words.
COOKIE: tuple[str, ...] = (
    "see veebileht kasutab kupsiseid",
    "me kasutame kupsiseid",
    "kasutame kupsiseid",
)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("kirjutas",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("kell",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("avaleht",)
