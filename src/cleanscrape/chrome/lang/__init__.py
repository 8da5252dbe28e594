"""Chrome phrases per language.

One module per language, each defining some of the category tuples named in :data:`CATEGORIES`
(phrases in folded form). Adding a language is one module plus its code in :data:`LANGUAGES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = (
    *("vi", "en", "de", "fr", "es", "pt", "id", "ru"),
    *("it", "ja", "zh", "ko"),
    *("nl", "pl", "tr", "el", "ar", "hi", "th"),
    *("uk", "cs", "sk", "sv", "da", "nb", "fi", "ro", "hu", "bg", "hr", "he", "fa", "ms", "ca"),
    *("sl", "sr", "lt", "lv", "et", "ur", "bn", "ta"),
)

#: The categories a language module may define (each a tuple of folded phrases, except
#: ``MONTHS``: twelve entries, each the forms of one month as written; the words of datelines,
#: of date stamps, of reading times and the verbs of comment headers, as written; and
#: ``RELATIVE_TIMES``, patterns of a whole line). Of the later ones, ``CITATION_READ`` (the
#: words before the day a cited source was read), ``DATE_JOINS`` (the word between a day, its
#: month and its year), ``YEAR_WORDS`` and ``DAY_WORDS`` (the words for "year" and "day" beside
#: them in a date) are as written; ``MORE_WORDS`` (a "More ..." heading), ``GALLERY_WORDS`` and
#: ``GALLERY_OF`` ("Photo 3 of 12"), ``BREADCRUMB_STARTS`` (the home page opening a breadcrumb
#: trail), ``MEDIA_HEADINGS`` (the heading of a list of videos or pictures) and ``PAGER_LABELS``
#: (the label of a link to the previous or next article) folded; ``MORNING_SUFFIXES`` and
#: ``AFTERNOON_SUFFIXES`` (the words of ``TIME_SUFFIXES`` of a 12-hour clock's two halves),
#: ``MORNING_PREFIXES`` and ``AFTERNOON_PREFIXES`` (the halves written before the time) as
#: written;
#: ``ARIA_REGIONS`` the name tokens of an ``aria-label`` (ASCII letters and figures: a word with
#: other letters is never one).
CATEGORIES: tuple[str, ...] = (
    "RELATED_HEADINGS",
    "RELATED_LINK_LABELS",
    "SHARE_FOLLOW",
    "COMMENTS",
    "COMMENT_CALLS",
    "COMMENT_POLICIES",
    "AUTHOR_BIO",
    "COOKIE",
    "SUBSCRIBE",
    "PAYWALL",
    "UI",
    "FOOTER",
    "RIGHTS_RESERVED",
    "TAGS",
    "BYLINE_PREFIXES",
    "SOURCE_PREFIXES",
    "CREDITS",
    "REPLY",
    "AUTHOR_ROLES",
    "DISCLOSURE_TERMS",
    "DISCLOSURE_SELF",
    "APPEALS",
    "APPEALS_PLAIN",
    "APPEALS_PRICE",
    "READER_ADDRESS",
    "LEGAL_NOTICES",
    "STORY_CREDITS",
    "STORY_CREDITS_END",
    "MONTHS",
    "CONSENT_WORDS",
    "STAMP_WORDS",
    "RELATIVE_TIMES",
    "READING_MINUTES",
    "READING_AFTER",
    "READING_LABELS",
    "READING_ABOUT",
    "DATE_TIME_WORDS",
    "DATE_PREPOSITIONS",
    "TIME_SUFFIXES",
    "MORNING_SUFFIXES",
    "AFTERNOON_SUFFIXES",
    "MORNING_PREFIXES",
    "AFTERNOON_PREFIXES",
    "COMMENT_VERBS",
    "COMMENT_ACTIONS",
    "CITATION_READ",
    "MORE_WORDS",
    "GALLERY_WORDS",
    "GALLERY_OF",
    "ARIA_REGIONS",
    "DATE_JOINS",
    "YEAR_WORDS",
    "DAY_WORDS",
    "BREADCRUMB_STARTS",
    "MEDIA_HEADINGS",
    "PAGER_LABELS",
)


def table(category: str) -> Mapping[str, tuple[str, ...]]:
    """``{language: phrases}`` for one category, for every language that defines it."""
    if category not in CATEGORIES:
        raise KeyError(f"unknown chrome category {category!r}; known: {', '.join(CATEGORIES)}")
    found: dict[str, tuple[str, ...]] = {}
    for code in LANGUAGES:
        module = importlib.import_module(f"{__name__}.{code}")
        value = getattr(module, category, None)
        if value is not None:
            found[code] = value
    return found
