"""Greek chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "σχετικα αρθρα",
    "σχετικες ειδησεις",
    "διαβαστε επισης",
    "διαβαστε ακομη",
    "διαβαστε περισσοτερα",
    "δειτε επισης",
    "περισσοτερα",
    "δημοφιλη",
    "τα πιο δημοφιλη",
    "πιο διαβασμενα",
    "τελευταια νεα",
    "τελευταιες ειδησεις",
    "προτεινομενα",
    "μπορει να σας ενδιαφερει",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "κοινοποιηση",
    "μοιραστειτε",
    "ακολουθηστε μας",
    "ακολουθηστε μας στο",
)

COMMENTS: tuple[str, ...] = (
    "σχολια",
    "αφηστε ενα σχολιο",
    "γραψτε σχολιο",
    "προσθηκη σχολιου",
)

COOKIE: tuple[str, ...] = (
    "αυτος ο ιστοτοπος χρησιμοποιει cookies",
    "χρησιμοποιουμε cookies",
)

SUBSCRIBE: tuple[str, ...] = (
    "εγγραφειτε στο newsletter",
    "εγγραφη στο newsletter",
    "εγγραφειτε",
    "newsletter",
)

UI: tuple[str, ...] = (
    "διαφημιση",
    "αναζητηση",
    "συνδεση",
    "εκτυπωση",
    "επιστροφη στην αρχη",
    "περισσοτερα αρθρα",
    "επομενο αρθρο",
    "προηγουμενο αρθρο",
    "επομενο",
    "προηγουμενο",
    "αρχικη",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = (
    "με την επιφυλαξη παντος δικαιωματος",
    "ολα τα δικαιωματα διατηρουνται",
)

FOOTER: tuple[str, ...] = (
    "πολιτικη απορρητου",
    "πολιτικη cookies",
    "οροι χρησης",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "ετικετες",
    "tags",
    "θεματα",
)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("απαντηση",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case, in the genitive as a date writes them; they are matched on the text of a dateline,
#: not on its folded form.
MONTHS: tuple[str, ...] = (
    "ιανουαρίου|ιαν",
    "φεβρουαρίου|φεβ",
    "μαρτίου|μαρ",
    "απριλίου|απρ",
    "μαΐου|μαΐ",
    "ιουνίου|ιουν",
    "ιουλίου|ιουλ",
    "αυγούστου|αυγ",
    "σεπτεμβρίου|σεπ",
    "οκτωβρίου|οκτ",
    "νοεμβρίου|νοε",
    "δεκεμβρίου|δεκ",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "ενημερώθηκε",
    "δημοσιεύθηκε",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"πριν(?:\s+από)?\s+\d+\s+(?:δευτερόλεπτ\w*|λεπτ\w*|ώρ\w*|ημέρ\w*|μέρ\w*|εβδομάδ\w*|μήν\w*|χρόν\w*)",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = (
    "λεπτά",
    "λεπτό",
)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = ("ανάγνωσης",)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("χρόνος ανάγνωσης",)

#: The verbs after a commenter's name in a comment's header ("Sheri says:"), as written.
COMMENT_VERBS: tuple[str, ...] = ("έγραψε",)

#: The words joining a date to its time ("Nov 19, 2019 at 10:07"), as written.
DATE_TIME_WORDS: tuple[str, ...] = ("στις",)

#: The words before the day a cited source was read ("Accessed April 14, 2025"), as written.
CITATION_READ: tuple[str, ...] = ("ανακτήθηκε",)

#: The word of a picture's place in a gallery ("Φωτογραφία 3 από 12"), folded.
GALLERY_WORDS: tuple[str, ...] = ("φωτογραφια",)

#: The word between the number of a picture and the count of its gallery ("3 από 12"), folded.
GALLERY_OF: tuple[str, ...] = ("απο",)

#: The word for the home page that opens a breadcrumb trail ("Home > World"), folded.
BREADCRUMB_STARTS: tuple[str, ...] = ("αρχική σελίδα",)

#: The heading of a list of videos or pictures (a whole line: "Videos"), folded.
MEDIA_HEADINGS: tuple[str, ...] = ("βίντεο",)

#: The label of a link to the previous or next article ("Next article: Headline"), folded.
PAGER_LABELS: tuple[str, ...] = (
    "προηγουμενο αρθρο",
    "επομενο αρθρο",
)

#: The label over a table of contents, a whole line (folded).
CONTENTS_LABELS: tuple[str, ...] = (
    "περιεχομενα",
    "πινακας περιεχομενων",
)

#: The words of the toggle printed after that label (folded).
CONTENTS_TOGGLES: tuple[str, ...] = (
    "εμφανιση",
    "αποκρυψη",
)
