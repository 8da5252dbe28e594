"""Tamil chrome phrases, in folded form (see :mod:`cleanscrape.lexicon`)."""

from __future__ import annotations

RELATED_HEADINGS: tuple[str, ...] = (
    "தொடர்புடைய செய்திகள்",
    "மேலும் படிக்க",
    "இதையும் படியுங்கள்",
    "அதிகம் படித்தவை",
    "சமீபத்திய செய்திகள்",
)

SHARE_FOLLOW: tuple[str, ...] = (
    "பகிர்",
    "பகிருங்கள்",
    "எங்களை பின்தொடருங்கள்",
)

COMMENTS: tuple[str, ...] = (
    "கருத்துகள்",
    "கருத்து தெரிவிக்க",
)

SUBSCRIBE: tuple[str, ...] = ("செய்திமடலுக்கு குழுசேரவும்",)

UI: tuple[str, ...] = (
    "விளம்பரம்",
    "தேடல்",
    "தேடு",
)

#: What a copyright line says of the rights ("All rights reserved").
RIGHTS_RESERVED: tuple[str, ...] = ("அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை",)

#: Legal notices after the story: the copyright line's words.
LEGAL_NOTICES: tuple[str, ...] = RIGHTS_RESERVED

FOOTER: tuple[str, ...] = (
    "தனியுரிமைக் கொள்கை",
    "எங்களை தொடர்பு கொள்ள",
    *RIGHTS_RESERVED,
)

TAGS: tuple[str, ...] = ("குறிச்சொற்கள்",)

CREDITS: tuple[str, ...] = ("படம்",)

#: The "Reply" line under a reader's comment (a whole line).
REPLY: tuple[str, ...] = ("பதில்",)

#: Month names by month (January first), each its forms joined by "|": as written, in lower case,
#: ("18 நவம்பர் 2019"); they are matched on the text of a dateline, not on its folded form.
MONTHS: tuple[str, ...] = (
    "ஜனவரி",
    "பிப்ரவரி",
    "மார்ச்",
    "ஏப்ரல்",
    "மே",
    "ஜூன்",
    "ஜூலை",
    "ஆகஸ்ட்",
    "செப்டம்பர்",
    "அக்டோபர்",
    "நவம்பர்",
    "டிசம்பர்",
)

#: Words that open the line of an article's date ("Updated: ..."), as written.
STAMP_WORDS: tuple[str, ...] = (
    "வெளியிடப்பட்டது",
    "புதுப்பிக்கப்பட்டது",
)

#: A relative time alone on its line ("3 hours ago"): patterns as written, matched on the whole
#: line, case aside.
RELATIVE_TIMES: tuple[str, ...] = (r"\d+\s+\S{1,20}\s+முன்பு",)
