"""Dutch chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "gerelateerde artikelen",
    "gerelateerd",
    "gerelateerde berichten",
    "lees ook",
    "lees meer",
    "lees verder",
    "meer nieuws",
    "meest gelezen",
    "best gelezen",
    "laatste nieuws",
    "ook interessant",
    "dit vind je misschien ook leuk",
    "meer over dit onderwerp",
    "aanbevolen",
    "populair",
)

RELATED_LINK_LABELS: tuple[str, ...] = (
    "gerelateerd artikel",
    "gerelateerd bericht",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "deel dit artikel",
    "deel op",
    "volg ons",
    "volg ons op",
)

COMMENTS: tuple[str, ...] = (
    "reacties",
    "reageer",
    "plaats een reactie",
    "laat een reactie achter",
    "geef een reactie",
)

COOKIE: tuple[str, ...] = (
    "deze website gebruikt cookies",
    "wij gebruiken cookies",
    "we gebruiken cookies",
    "onze website gebruikt cookies",
    "onze site gebruikt cookies",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "wij en onze # partners slaan informatie op",
    "informatie op een apparaat opslaan en of openen",
    "lijst met partners leveranciers",
)

SUBSCRIBE: tuple[str, ...] = (
    "abonneer",
    "abonneren",
    "schrijf je in voor de nieuwsbrief",
    "meld je aan voor de nieuwsbrief",
    "nieuwsbrief",
)

PAYWALL: tuple[str, ...] = (
    "onbeperkt toegang",
    "onbeperkte toegang",
    "altijd opzegbaar",
    "maandelijks opzegbaar",
)

UI: tuple[str, ...] = (
    "advertentie",
    "zoeken",
    "inloggen",
    "afdrukken",
    "printen",
    "terug naar boven",
    "menu sluiten",
    "laad meer",
    "toon meer",
    "volgende",
    "vorige",
    "volgend artikel",
    "vorig artikel",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("alle rechten voorbehouden",)

#: The regulated outlet's disclosures under its pages (a bank's, an adviser's), folded.
LEGAL_NOTICES: tuple[str, ...] = (
    "geen beleggingsadvies",
    "in het verleden behaalde resultaten",
)

FOOTER: tuple[str, ...] = (
    "privacybeleid",
    "privacyverklaring",
    "cookiebeleid",
    "algemene voorwaarden",
    "over ons",
    "adverteren",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tags",
    "onderwerpen",
    "trefwoorden",
)

BYLINE_PREFIXES: tuple[str, ...] = ("door",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = (
    "beantwoorden",
    "reageren",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januari|jan",
    "februari|feb",
    "maart|mrt",
    "april|apr",
    "mei",
    "juni|jun",
    "juli|jul",
    "augustus|aug",
    "september|sept|sep",
    "oktober|okt",
    "november|nov",
    "december|dec",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "bijgewerkt",
    "gepubliceerd",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:seconden|minuten|min|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minuten",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("leestijd",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("leestijd",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("ca.",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "schreef",
    "zegt",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Geplaatst door Anne op 3 maart 2019 om 12:40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "geplaatst door",
    "gepost door",
    "geschreven door",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("om",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("op",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "melden",
    "citeren",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("geraadpleegd",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "advertentie",
    "reacties",
    "delen",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "vorig artikel",
    "volgend artikel",
)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("foto",)

CAPTION_PICTURES: tuple[str, ...] = ("foto",)

CAPTION_LABELS: tuple[str, ...] = ("foto",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("reactie", "reacties")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"seconden?|minuut|minuten|uur|uren|dag(?:en)?|weken|week|maand(?:en)?|jaar|jaren",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sessie|permanent|nooit",)

#: The particles of names in a credit line ("Frans van der Berg", "Ter Horst"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "van",
    "der",
    "den",
    "ter",
    "de",
)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "volgende",
    "als volgt",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusie",
    "conclusies",
    "tot slot",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "inhoudsopgave",
    "inhoud",
    "inhoudstafel",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "tonen",
    "weergeven",
    "verbergen",
    "openen",
    "sluiten",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("10 nummers voor € 25").
ISSUE_OFFERS: tuple[str, ...] = ("nummers voor", "edities voor")

UI_MESSAGES: tuple[str, ...] = (
    "voer een zoekterm in",
    "waar ben je naar op zoek",
    "je bericht is verzonden",
    "uw bericht is verzonden",
    "bedankt voor je bericht",
    "dit veld is verplicht",
    "je winkelwagen is leeg",
    "uw winkelwagen is leeg",
)

UI_CALLS: tuple[str, ...] = (
    "contactformulier",
    "offerte aanvragen",
    "demo aanvragen",
)

BUTTON_CALLS: tuple[str, ...] = (
    "plan een demo",
    "gratis proberen",
    "nu downloaden",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "javascript inschakelen",
    "schakel javascript in",
    "javascript ingeschakeld",
    "javascript is uitgeschakeld",
    "vereist javascript",
    "javascript is vereist",
)

#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "inhoud",
    "redactie",
    "redactionele",
    "objectief",
    "objectieve",
    "onpartijdig",
    "onpartijdige",
    "onafhankelijk",
    "onafhankelijke",
)
