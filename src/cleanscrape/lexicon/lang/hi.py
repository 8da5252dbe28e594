"""Hindi chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "संबंधित खबरें",
    "संबंधित ख़बरें",
    "संबंधित लेख",
    "ये भी पढ़ें",
    "यह भी पढ़ें",
    "और पढ़ें",
    "अधिक पढ़ें",
    "सबसे ज्यादा पढ़ी गई",
    "सबसे ज़्यादा पढ़ी गई",
    "ताज़ा ख़बरें",
    "ताजा खबरें",
    "लेटेस्ट न्यूज़",
    "टॉप न्यूज़",
    "आपके लिए",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "शेयर करें",
    "हमें फॉलो करें",
    "फॉलो करें",
)

COMMENTS: tuple[str, ...] = (
    "टिप्पणियां",
    "टिप्पणियाँ",
    "टिप्पणी करें",
    "कमेंट करें",
    "कमेंट्स",
)

SUBSCRIBE: tuple[str, ...] = (
    "सब्सक्राइब करें",
    "न्यूज़लेटर",
    "न्यूजलेटर",
)

UI: tuple[str, ...] = (
    "विज्ञापन",
    "खोजें",
    "लॉग इन",
    "लॉगिन",
    "प्रिंट",
    "और देखें",
    "अगला लेख",
    "पिछला लेख",
    "होम",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("सर्वाधिकार सुरक्षित",)

FOOTER: tuple[str, ...] = (
    "सर्वाधिकार सुरक्षित है",
    "गोपनीयता नीति",
    "प्राइवेसी पॉलिसी",
    "संपर्क करें",
    "हमारे बारे में",
    "नियम और शर्तें",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = (
    "टैग",
    "टैग्स",
)

BYLINE_PREFIXES: tuple[str, ...] = ("लेखक",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("जवाब दें",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower
#: case; they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "जनवरी",
    "फ़रवरी|फरवरी",
    "मार्च",
    "अप्रैल|अप्रेल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर|सितम्बर",
    "अक्टूबर|अक्तूबर",
    "नवंबर|नवम्बर",
    "दिसंबर|दिसम्बर",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "प्रकाशित",
    "अपडेट",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (
    r"\d+\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|सप्ताह|हफ्ते|महीने|महीना|साल|वर्ष)\s+पहले",
)

#: Units of minutes of a reading time ("5 min read"), as written.
READING_MINUTES: tuple[str, ...] = ("मिनट",)

#: The words after the figure and unit of a reading time ("5 min read"), as written.
READING_AFTER: tuple[str, ...] = (
    "में पढ़ें",
    "पढ़ें",
)

#: The label before the figure and unit of a reading time ("Reading time: 5 min"), as written.
READING_LABELS: tuple[str, ...] = ("पढ़ने का समय",)
