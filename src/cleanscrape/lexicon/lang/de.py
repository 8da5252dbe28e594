"""German chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "mehr zum thema",
    "das konnte sie auch interessieren",
    "auch interessant",
    "weitere artikel",
    "verwandte artikel",
    "lesen sie auch",
    "meistgelesen",
    "meist gelesen",
    "mehr lesen",
    "weiterlesen",
    "empfehlungen",
    "aktuelle nachrichten",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "teilen",
    "folgen sie uns",
    "auf facebook teilen",
    "artikel teilen",
    "folge uns",
)

COMMENTS: tuple[str, ...] = (
    "kommentare",
    "kommentar schreiben",
    "kommentieren",
)

COMMENT_CALLS: tuple[str, ...] = (
    "sagen sie uns ihre meinung",
    "schreiben sie uns ihre meinung",
)

COMMENT_POLICIES: tuple[str, ...] = ("kommentare werden moderiert",)

AUTHOR_BIO: tuple[str, ...] = (
    "uber den autor",
    "uber die autorin",
    "zum autor",
    "zur autorin",
)

COOKIE: tuple[str, ...] = (
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "cookies akzeptieren",
    "unsere website verwendet cookies",
    "unsere webseite verwendet cookies",
    "unsere website nutzt cookies",
    "unsere webseite nutzt cookies",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "wir und unsere # partner speichern und oder greifen auf informationen",
    "informationen auf einem gerat speichern und oder abrufen",
    "liste der partner anbieter",
    "personalisierte werbung und inhalte messung von werbeleistung",
)

SUBSCRIBE: tuple[str, ...] = (
    "newsletter abonnieren",
    "jetzt abonnieren",
    "abonnieren",
)

PAYWALL: tuple[str, ...] = (
    "unbegrenzter zugang",
    "unbegrenzten zugang",
    "unbegrenzter zugriff",
    "jederzeit kundbar",
    "monatlich kundbar",
    "jederzeit kundigen",
)

UI: tuple[str, ...] = (
    "anzeige",
    "werbung",
    "drucken",
    "suche",
    "anmelden",
    "nach oben",
    "zuruck",
    "weiter",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("alle rechte vorbehalten",)

FOOTER: tuple[str, ...] = (
    "impressum",
    "datenschutz",
    "nutzungsbedingungen",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "schlagworter",
    "themen",
    "schlagwort",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "von",
    "autor",
    "autorin",
)

SOURCE_PREFIXES: tuple[str, ...] = ("quelle",)

CREDITS: tuple[str, ...] = (
    "foto",
    "bild",
    "bildquelle",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("antworten",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "autor",
    "autorin",
    "redakteur",
    "redakteurin",
    "journalist",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "blogger",
    "bloggerin",
    "texter",
    "texterin",
    "autoren",
    "redakteure",
    "journalisten",
    "korrespondenten",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "affiliate",
    "provisionslink",
    "werbelink",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "dieser beitrag",
    "diesem beitrag",
    "dieser artikel",
    "diesem artikel",
    "diese seite",
    "dieser seite",
    "unsere links",
    "erhalten wir",
    "erhalte ich",
    "ohne mehrkosten",
    "keine mehrkosten",
    "keine zusatzlichen kosten",
    "werbung",
)

APPEALS: tuple[str, ...] = (
    "spenden",
    "spende",
    "unterstutzen sie",
    "unterstutze uns",
    "abonnieren sie",
    "jetzt abonnieren",
    "unseren newsletter",
    "ihr postfach",
    "bereits abonnent",
    "anmelden und weiterlesen",
    "ihre finanzielle unterstutzung",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "alle rechte vorbehalten",
    "ersetzt keine",
    "unter einer creative commons",
    "creative commons lizenz",
    # a regulated outlet's disclosures (an insurer's, a bank's, an adviser's)
    "stellt keine anlageberatung dar",
    "keine anlageberatung",
    "keine rechtsberatung",
    "ausschliesslich zu informationszwecken",
    "dient nur zu informationszwecken",
    "dienen nur zu informationszwecken",
    "vergangene wertentwicklung ist kein",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "januar|jänner|jan",
    "februar|feb",
    "märz|mär|mrz",
    "april|apr",
    "mai",
    "juni|jun",
    "juli|jul",
    "august|aug",
    "september|sept|sep",
    "oktober|okt",
    "november|nov",
    "dezember|dez",
)

#: What opens a credit clause of the story's reporters and editors ("Bericht von Reinhard
#: Becker, redigiert von Ralf Banser").
STORY_CREDITS: tuple[str, ...] = (
    "bericht von",
    "redigiert von",
    "mitarbeit",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "aktualisiert",
    "veröffentlicht",
    "publiziert",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"vor\s+\d+\s+(?:sekunden|minuten|min\.?|stunden|std\.?|tagen|wochen|monaten|jahren)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minuten",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lesezeit",
    "lesedauer",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = (
    "lesezeit",
    "lesedauer",
)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("ca.",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("schreibt",)

#: The words that open the signature line under a reader's comment, folded:
#: "Eingetragen von Anne am 3. März 2019 um 12:40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "eingetragen von",
    "geschrieben von",
    "verfasst von",
    "gepostet von",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("um",)

#: The words after a time of day ("10:07 pm", "10:07 Uhr"), as written.
TIME_SUFFIXES: tuple[str, ...] = ("uhr",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("am",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "melden",
    "zitieren",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("abgerufen",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("weitere",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "bild",
    "foto",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("von",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "werbung",
    "anzeige",
    "teilen",
    "kommentare",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("startseite",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "bildergalerien",
    "videos",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "vorheriger artikel",
    "vorheriger beitrag",
    "nachster artikel",
    "nachster beitrag",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("kommentar", "kommentare")

COMMENT_STEMS: tuple[str, ...] = ("kommentar",)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("foto",)

CAPTION_PICTURES: tuple[str, ...] = ("foto", "bild")

CAPTION_LABELS: tuple[str, ...] = ("foto", "bild")

BIO_VERBS: tuple[str, ...] = ("ist", "war")
OUTLET_PLACES: tuple[str, ...] = ("bei",)
#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "inhalte",
    "redaktion",
    "redaktionell",
    "redaktionelle",
    "redaktionellen",
    "objektiv",
    "objektive",
    "unabhangig",
    "unabhangige",
    "faktencheck",
)

POST_COUNT_NOUNS: tuple[str, ...] = ("artikel",)

ABOUT_LABELS: tuple[str, ...] = ("uber",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"sekunden?|minuten?|stunden?|tagen?|tage|wochen?|monaten?|monate|jahren?|jahre",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sitzung|dauerhaft|permanent|niemals",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (
    r"webseite|einwilligung|zustimmung|dsgvo|dauer|beschreibung",
)

#: The words that join names and clauses in a credit line, and the particles of
#: names ("Ursula von der Leyen"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "und",
    "mit",
    "von",
    "der",
    "zu",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = (
    "erforderlich",
    "pflichtfeld",
)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "folgende",
    "folgenden",
    "wie folgt",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "fazit",
    "schlussfolgerung",
    "schlussfolgerungen",
    "schlussbemerkung",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "inhaltsverzeichnis",
    "inhalt",
    "inhalte dieses artikels",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "anzeigen",
    "ausblenden",
    "einblenden",
    "verbergen",
    "offnen",
    "schliessen",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("12 Ausgaben für 49,90 €").
ISSUE_OFFERS: tuple[str, ...] = ("ausgaben fur", "hefte fur")

UI_MESSAGES: tuple[str, ...] = (
    "suchbegriff eingeben",
    "geben sie einen suchbegriff ein",
    "wonach suchen sie",
    "ihre nachricht wurde gesendet",
    "ihre nachricht wurde erfolgreich",
    "vielen dank fur ihre nachricht",
    "beim absenden ist ein fehler aufgetreten",
    "dieses feld ist ein pflichtfeld",
    "ihr warenkorb ist leer",
    "sie sind angemeldet als",
)

UI_CALLS: tuple[str, ...] = (
    "kontaktformular",
    "angebot anfordern",
    "demo anfordern",
    "jetzt starten",
)

BUTTON_CALLS: tuple[str, ...] = (
    "demo buchen",
    "kostenlos testen",
    "jetzt kostenlos testen",
    "jetzt herunterladen",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "javascript aktivieren",
    "javascript aktiviert",
    "aktivieren sie javascript",
    "aktiviere javascript",
    "javascript ist deaktiviert",
    "javascript ist nicht aktiviert",
    "javascript benotigt",
    "benotigt javascript",
    "javascript erforderlich",
    "erfordert javascript",
)

GREETINGS: tuple[str, ...] = ("hallo", "hi", "hey", "willkommen", "servus", "moin")

SELF_INTROS: tuple[str, ...] = ("ich bin",)

SELF_NAMINGS: tuple[str, ...] = ("mein name ist", "ich heiße", "ich heisse")
