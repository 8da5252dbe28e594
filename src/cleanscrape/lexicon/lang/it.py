"""Italian chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "leggi anche",
    "articoli correlati",
    "potrebbe interessarti anche",
    "ti potrebbe interessare",
    "i piu letti",
    "piu letti",
    "ultime notizie",
    "altre notizie",
    "notizie correlate",
    "correlati",
    "potrebbero interessarti",
)

RELATED_LINK_LABELS: tuple[str, ...] = ("articolo correlato",)

SHARE_FOLLOW: tuple[str, ...] = (
    "condividi",
    "condividi su",
    "seguici su",
)

COMMENTS: tuple[str, ...] = (
    "commenti",
    "lascia un commento",
    "commenta",
)

AUTHOR_BIO: tuple[str, ...] = ("l autore",)

COOKIE: tuple[str, ...] = (
    "questo sito utilizza cookie",
    "questo sito usa cookie",
    "utilizziamo i cookie",
    "usiamo i cookie",
    "il nostro sito utilizza cookie",
    "il nostro sito utilizza i cookie",
    "il nostro sito usa i cookie",
    "il nostro sito web utilizza cookie",
    "il nostro sito web utilizza i cookie",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "noi e i nostri # partner archiviamo e o accediamo a informazioni",
    "archiviare e o accedere a informazioni su un dispositivo",
    "elenco dei partner fornitori",
    "annunci e contenuti personalizzati valutazione degli annunci",
)

SUBSCRIBE: tuple[str, ...] = (
    "iscriviti alla newsletter",
    "iscriviti",
    "abbonati",
)

PAYWALL: tuple[str, ...] = (
    "accesso illimitato",
    "disdici quando vuoi",
    "disdici in qualsiasi momento",
    "sei gia abbonato",
)

UI: tuple[str, ...] = (
    "pubblicita",
    "stampa",
    "cerca",
    "accedi",
    "torna su",
    "leggi di piu",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "tutti i diritti riservati",
    "riproduzione riservata",
)

FOOTER: tuple[str, ...] = (
    "informativa privacy",
    "privacy policy",
    "partita iva",
    "p iva",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "tag",
    "argomenti",
)

SOURCE_PREFIXES: tuple[str, ...] = ("fonte",)

CREDITS: tuple[str, ...] = ("foto",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("rispondi",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "giornalista",
    "redattore",
    "redattrice",
    "scrittore",
    "scrittrice",
    "autore",
    "autrice",
    "editorialista",
    "corrispondente",
    "giornalisti",
    "redattori",
    "scrittori",
    "autori",
    "corrispondenti",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "affiliat",
    "affiliazion",
    "commission",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "questo articolo",
    "questo sito",
    "questa pagina",
    "nostri link",
    "senza costi aggiuntivi",
    "potremmo ricevere",
    "riceviamo",
)

APPEALS: tuple[str, ...] = (
    "fai una donazione",
    "dona ora",
    "sostienici",
    "sostieni",
    "abbonati",
    "iscriviti alla newsletter",
    "la nostra newsletter",
    "il tuo sostegno economico",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "tutti i diritti riservati",
    "non sostituisce",
    "sotto licenza creative commons",
    "con licenza creative commons",
    # a regulated outlet's disclosures (an insurer's, a bank's, an adviser's)
    "non costituisce consulenza",
    "non costituisce un offerta",
    "non costituisce una raccomandazione",
    "non costituiscono consulenza",
    "non costituiscono un offerta",
    "a scopo puramente informativo",
    "a solo scopo informativo",
    "rendimenti passati non",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "gennaio|gen",
    "febbraio|feb",
    "marzo|mar",
    "aprile|apr",
    "maggio|mag",
    "giugno|giu",
    "luglio|lug",
    "agosto|ago",
    "settembre|set",
    "ottobre|ott",
    "novembre|nov",
    "dicembre|dic",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "pubblicato",
    "aggiornato",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno)\s+fa",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minuti",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lettura",
    "di lettura",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("tempo di lettura",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "dice",
    "scrive",
    "ha scritto",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Pubblicato da Anna il 3 marzo 2019 alle 12:40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "pubblicato da",
    "inviato da",
    "scritto da",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = (
    "alle",
    "alle ore",
    "ore",
)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("il",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "segnala",
    "cita",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("consultato",)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "articolo precedente",
    "articolo successivo",
)

CREDIT_SHAPE_WORDS: tuple[str, ...] = ("foto",)

CAPTION_PICTURES: tuple[str, ...] = ("foto",)

CAPTION_LABELS: tuple[str, ...] = ("foto",)

BIO_VERBS: tuple[str, ...] = ("è",)

ABOUT_LABELS: tuple[str, ...] = ("informazioni su",)

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese"
    r"|anni|anno",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"sessione|persistente|permanente|mai",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"durata|sito|consenso",)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("commento", "commenti")

#: The words that join names and clauses in a credit line, and the particles of
#: names ("Leonardo da Vinci"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "e",
    "con",
    "di",
    "da",
    "del",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = ("obbligatorio",)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "seguenti",
    "come segue",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusione",
    "conclusioni",
    "in conclusione",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "indice",
    "indice dei contenuti",
    "sommario",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "mostra",
    "nascondi",
    "apri",
    "chiudi",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("12 numeri a 29,90 €").
ISSUE_OFFERS: tuple[str, ...] = ("numeri a", "numeri per", "uscite a", "uscite per")

UI_MESSAGES: tuple[str, ...] = (
    "inserisci il termine di ricerca",
    "cosa stai cercando",
    "il tuo messaggio e stato inviato",
    "grazie per il tuo messaggio",
    "questo campo e obbligatorio",
    "il tuo carrello e vuoto",
)

UI_CALLS: tuple[str, ...] = (
    "modulo di contatto",
    "richiedi un preventivo",
    "richiedi una demo",
)

BUTTON_CALLS: tuple[str, ...] = (
    "prenota una demo",
    "prova gratis",
    "scarica ora",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "abilita javascript",
    "abilitare javascript",
    "abilitare il javascript",
    "attiva javascript",
    "attivare javascript",
    "javascript e disabilitato",
    "javascript abilitato",
    "richiede javascript",
)

GREETINGS: tuple[str, ...] = ("ciao", "salve", "benvenuto", "benvenuta", "benvenuti")

SELF_INTROS: tuple[str, ...] = ("io sono",)

SELF_NAMINGS: tuple[str, ...] = ("mi chiamo", "il mio nome è", "sono")

#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "contenuti",
    "contenuto",
    "editoriale",
    "editoriali",
    "obiettivo",
    "obiettivi",
    "obiettiva",
    "imparziale",
    "imparziali",
)
