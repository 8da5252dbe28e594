"""French chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "a lire aussi",
    "lire aussi",
    "a lire egalement",
    "articles similaires",
    "sur le meme sujet",
    "les plus lus",
    "lire la suite",
    "voir aussi",
    "dans la meme rubrique",
    "a voir aussi",
)

RELATED_LINK_LABELS: tuple[str, ...] = (
    "voir plus",
    "article lie",
    "article similaire",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "partager",
    "suivez nous",
    "partager sur",
    "partagez",
)

COMMENTS: tuple[str, ...] = (
    "commentaires",
    "laisser un commentaire",
    "reagir",
)

COMMENT_CALLS: tuple[str, ...] = (
    "donnez nous votre avis",
    "dites nous ce que vous en pensez",
)

COMMENT_POLICIES: tuple[str, ...] = ("commentaires sont moderes",)

AUTHOR_BIO: tuple[str, ...] = (
    "a propos de l auteur",
    "l auteur",
)

COOKIE: tuple[str, ...] = (
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "accepter les cookies",
    "nous utilisons des temoins",
    "ce site utilise des temoins",
    "notre site utilise des cookies",
    "notre site web utilise des cookies",
    "notre site internet utilise des cookies",
)

#: The consent framework's standard sentences, printed the same on every site that uses it:
#: its notice ("We and our 842 partners store and/or access information ..."), its
#: purposes and its list of vendors; folded, matched at the start of a line, ``#`` standing
#: for the count of partners (which may be left out).
CONSENT_FRAMEWORK: tuple[str, ...] = (
    "nous et nos # partenaires stockons et ou accedons a des informations",
    "stocker et ou acceder a des informations sur un appareil",
    "liste des partenaires fournisseurs",
    "publicites et contenu personnalises mesure de performance des publicites",
)

SUBSCRIBE: tuple[str, ...] = (
    "abonnez vous",
    "inscrivez vous",
    "s abonner",
    "recevez notre newsletter",
)

PAYWALL: tuple[str, ...] = (
    "acces illimite",
    "resiliable a tout moment",
    "resiliable en ligne",
    "deja abonne",
)

UI: tuple[str, ...] = (
    "publicite",
    "imprimer",
    "rechercher",
    "connexion",
    "se connecter",
    "retour en haut",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("tous droits reserves",)

FOOTER: tuple[str, ...] = (
    "mentions legales",
    "politique de confidentialite",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "mots cles",
    "etiquettes",
    "themes",
)

BYLINE_PREFIXES: tuple[str, ...] = (
    "par",
    "auteur",
)

SOURCE_PREFIXES: tuple[str, ...] = ("source",)

CREDITS: tuple[str, ...] = (
    "photo",
    "credit photo",
    "image",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("repondre",)

#: What an author box says its author is ("<Name> is a freelance writer ...").
AUTHOR_ROLES: tuple[str, ...] = (
    "journaliste",
    "redacteur",
    "redactrice",
    "auteur",
    "autrice",
    "chroniqueur",
    "chroniqueuse",
    "correspondant",
    "correspondante",
    "pigiste",
    "blogueur",
    "blogueuse",
    "journalistes",
    "redacteurs",
    "auteurs",
    "chroniqueurs",
    "correspondants",
)

#: An affiliate disclosure speaks of commissions (word starts, anywhere in a line) ...
DISCLOSURE_TERMS: tuple[str, ...] = (
    "affilie",
    "affiliation",
    "commission",
)


#: ... earned on this page or site (phrases, anywhere in the same line).
DISCLOSURE_SELF: tuple[str, ...] = (
    "cet article",
    "ce site",
    "cette page",
    "ce blog",
    "nos liens",
    "nous percevons",
    "nous recevons",
    "je percois",
    "je recois",
    "sans frais supplementaires",
    "sans cout supplementaire",
    "nous pouvons",
)

APPEALS: tuple[str, ...] = (
    "faire un don",
    "faites un don",
    "soutenez",
    "abonnez vous",
    "notre newsletter",
    "notre lettre d information",
    "votre boite mail",
    "deja abonne",
    "connectez vous pour lire la suite",
    "votre soutien financier",
)

LEGAL_NOTICES: tuple[str, ...] = (
    "tous droits reserves",
    "ne remplace pas",
    "sous licence creative commons",
    "sous une licence creative commons",
    # a regulated outlet's disclosures (an insurer's, a bank's, an adviser's)
    "ne constitue pas un conseil",
    "ne constitue pas une offre",
    "ne constituent pas un conseil",
    "ne constituent pas une offre",
    "ne constitue en aucun cas",
    "a titre informatif uniquement",
    "performances passees ne prejugent pas",
)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "janvier|janv",
    "février|févr|fevrier|fevr",
    "mars",
    "avril|avr",
    "mai",
    "juin",
    "juillet|juil",
    "août|aout",
    "septembre|sept",
    "octobre|oct",
    "novembre|nov",
    "décembre|déc|decembre",
)

#: What opens a credit clause of the story's reporters and editors ("Reportage Leigh Thomas;
#: version française Myriam Rivet, édité par Sophie Louet").
STORY_CREDITS: tuple[str, ...] = (
    "reportage",
    "version francaise",
    "edite par",
)

#: Words of a consent banner, folded, found anywhere in its line (the language's word for
#: cookies, as a stem).
CONSENT_WORDS: tuple[str, ...] = ("temoin",)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "publié",
    "mis à jour",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("minutes",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "lecture",
    "de lecture",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("temps de lecture",)

#: The words for "about" before the figure of a reading time ("about 5 min"), as written.
READING_ABOUT: tuple[str, ...] = ("env.",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = (
    "dit",
    "a écrit",
)

#: The words that open the signature line under a reader's comment, folded:
#: "Publié par Anne le 3 mars 2019 à 12h40".
COMMENT_SIGNATURES: tuple[str, ...] = (
    "publie par",
    "poste par",
    "ecrit par",
)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("à",)

#: The word before a date ("on May 2, 2019", "am 3. Mai 2019"), as written.
DATE_PREPOSITIONS: tuple[str, ...] = ("le",)

#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report").
COMMENT_ACTIONS: tuple[str, ...] = (
    "signaler",
    "citer",
)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("consulté",)

#: The word of a "More ..." heading over a list of links ("More stories"), folded.
MORE_WORDS: tuple[str, ...] = ("plus de",)

#: The word of a picture's place in a gallery ("Photo 3 of 12"), folded.
GALLERY_WORDS: tuple[str, ...] = (
    "photo",
    "image",
)

#: The word between the picture's number and the gallery's count ("3 of 12"), folded.
GALLERY_OF: tuple[str, ...] = ("sur",)

#: Words of an ``aria-label`` that name a region of chrome, as its name tokens (ASCII letters).
ARIA_REGIONS: tuple[str, ...] = (
    "commentaires",
    "partager",
    "partage",
)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("accueil",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = (
    "diaporamas",
    "videos",
)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "article precedent",
    "article suivant",
)

COMMENT_COUNT_NOUNS: tuple[str, ...] = ("commentaire", "commentaires")

BIO_VERBS: tuple[str, ...] = ("est",)
OUTLET_PLACES: tuple[str, ...] = ("chez",)
#: The words of an outlet's box on its own editorial checks ("our content is objective").
EDITORIAL_CHECKS: tuple[str, ...] = (
    "contenu",
    "contenus",
    "editorial",
    "editoriale",
    "editoriaux",
    "objectif",
    "objective",
    "objectifs",
    "impartial",
    "impartiale",
)

ABOUT_LABELS: tuple[str, ...] = ("a propos de", "a propos d")

COOKIE_LIFETIME_UNITS: tuple[str, ...] = (
    r"secondes?|heures?|jours?|semaines?|mois|ans?|ann[ée]es?",
)

COOKIE_LIFETIME_NO_END: tuple[str, ...] = (r"session|permanent|permanente|jamais",)

COOKIE_PANEL_WORDS: tuple[str, ...] = (r"rgpd|durée|navigateur|consentement",)

#: The words that join names and clauses in a credit line, and the particles of
#: names ("Jean de La Fontaine"), folded.
CREDIT_JOINERS: tuple[str, ...] = (
    "et",
    "avec",
    "de",
    "du",
    "des",
    "le",
    "la",
)

#: The word in brackets after a form's label that marks the field as required
#: ("Email (Required)"), as written.
FORM_REQUIRED: tuple[str, ...] = ("obligatoire",)

#: The words that end a sentence announcing the list under it ("... for the following
#: reasons.", "... as follows."), among its last three words, folded.
LIST_LEADS: tuple[str, ...] = (
    "suivants",
    "suivantes",
    "comme suit",
)

#: The heading of the article's conclusion in a section of its own (folded).
CLOSING_HEADINGS: tuple[str, ...] = (
    "conclusion",
    "conclusions",
    "en conclusion",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "table des matieres",
    "sommaire",
    "contenu de l article",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "afficher",
    "masquer",
    "cacher",
    "ouvrir",
    "fermer",
)

#: An offer of the outlet's periodical by its count of issues at a price, the words between
#: the count and the price ("11 numéros pour 49 €").
ISSUE_OFFERS: tuple[str, ...] = ("numeros pour",)

UI_MESSAGES: tuple[str, ...] = (
    "saisissez votre recherche",
    "entrez votre recherche",
    "que recherchez vous",
    "votre message a bien ete envoye",
    "votre message a ete envoye",
    "merci pour votre message",
    "une erreur s est produite lors de l envoi",
    "ce champ est obligatoire",
    "votre panier est vide",
    "vous etes connecte en tant que",
)

UI_CALLS: tuple[str, ...] = (
    "formulaire de contact",
    "demander un devis",
    "demander une demo",
)

BUTTON_CALLS: tuple[str, ...] = (
    "reserver une demo",
    "essai gratuit",
    "essayer gratuitement",
    "telecharger maintenant",
)

SCRIPT_NOTICES: tuple[str, ...] = (
    "activer javascript",
    "activer le javascript",
    "activez javascript",
    "activez le javascript",
    "javascript est desactive",
    "javascript n est pas active",
    "javascript est requis",
    "javascript est necessaire",
    "necessite javascript",
    "necessite le javascript",
)

GREETINGS: tuple[str, ...] = ("bonjour", "salut", "coucou", "bienvenue")

SELF_INTROS: tuple[str, ...] = ("je suis", "moi c'est", "moi c’est", "moi, c'est", "moi, c’est")

SELF_NAMINGS: tuple[str, ...] = ("je m'appelle", "je m’appelle", "mon nom est")
