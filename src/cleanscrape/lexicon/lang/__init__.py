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
#: (the label of a link to the previous or next article) and ``PAGER_ALONE`` (such a label
#: only on a line of its own) folded; ``MORNING_SUFFIXES`` and
#: ``AFTERNOON_SUFFIXES`` (the words of ``TIME_SUFFIXES`` of a 12-hour clock's two halves),
#: ``MORNING_PREFIXES`` and ``AFTERNOON_PREFIXES`` (the halves written before the time) as
#: written;
#: ``SOURCE_LABELS`` (a source line's word before its colon where folding changes it),
#: ``SOURCE_LEADS`` (a source line's words without a colon), ``COMPILED_MARKS`` and
#: ``COMPILED_FROM`` (the brackets after a compiled name) as written; ``FORM_PROMPT_VERBS``,
#: ``FORM_PROMPT_POLITE`` and ``FORM_PROMPT_OBJECTS`` (an input form's prompt: its verb, the
#: word of courtesy before it, the words after it) folded; ``LEAD_IN_WORDS``,
#: ``LEAD_IN_NOUNS`` and ``LEAD_IN_PHRASES`` (a lead-in to more of the outlet's posts) folded;
#: ``COMMENT_COUNT_NOUNS``, ``COMMENT_COUNT_QUALIFIERS``, ``COMMENT_STEMS`` (a count of
#: comments), ``COMMENT_TITLED`` and ``COMMENT_TITLED_NUMBERS`` (a comments heading naming the
#: article) folded; ``TAGS_UNCOLONED`` (tag labels without a colon) folded;
#: ``CREDIT_SHAPE_WORDS``, ``CAPTION_PICTURES``, ``CAPTION_CREDITS``, ``CAPTION_LABELS`` (the
#: words of pictures' credits) and ``BY_WORDS`` (the word before a name) as written; of author
#: boxes, ``NAME_TITLES``, ``BIO_VERBS``, ``GREETINGS``, ``SELF_INTROS`` and ``SELF_NAMINGS``
#: as written, ``POST_COUNT_NOUNS``, ``ABOUT_LABELS`` and ``PERSON_PRONOUNS`` folded; of
#: consent panels, ``COOKIE_LIFETIME_UNITS``, ``COOKIE_LIFETIME_NO_END``,
#: ``COOKIE_PANEL_WORDS`` and ``COOKIE_SITE_WORDS`` patterns, ``COOKIE_NAMES``,
#: ``COOKIE_NAMES_UNSPACED``, ``COOKIE_ACCEPT_WORDS`` and ``CONSENT_BUTTONS`` as written;
#: ``PLAYER_READOUTS`` (a video player's labels) folded;
#: ``OUTLET_PLACES`` (the words before the outlet's name that open its blurb) folded;
#: ``EDITORIAL_CHECKS`` (the words of the outlet's box on its own editorial checks) folded;
#: ``ARIA_REGIONS`` the name tokens of an ``aria-label`` (ASCII letters and figures: a word with
#: other letters is never one); of the class and id names of chrome containers (a web
#: convention: ASCII, lower case), ``CLASS_TOKENS``, ``CLASS_TOOLTIPS``, ``CLASS_ADS`` and
#: ``CLASS_DIALOGS`` single tokens, ``CLASS_PHRASES`` tokens separated by spaces and
#: ``CLASS_JOINED`` words found with the separators taken out; ``MEDIA_TAGS`` (a bracketed tag
#: opening a line) as written and ``NEW_WINDOW`` (a link's note that it opens a new window)
#: folded; ``FOLLOW_STEPS`` (an instruction opened by a share-or-follow verb) folded;
#: ``CLASS_FAQ`` (the tokens of a class or id naming a box of questions and answers) as the
#: class tokens; ``DISCLOSURE_LABELS`` (the word labelling an affiliate disclosure) folded;
#: ``HOST_LABELS`` (the labels of a host name that name no site) lower case;
#: ``CREDIT_JOINERS`` (the words joining names and clauses in a credit line, the particles of
#: names) folded; ``CLASS_ARTICLE`` (the tokens of a class or id naming the article's
#: wrapper) as the class tokens; ``FORM_REQUIRED`` (the word in brackets marking a form's
#: field as required) as written; ``LIST_LEADS`` (the words that end a sentence announcing a
#: list) folded; ``CLOSING_HEADINGS`` (the heading of the article's conclusion) folded;
#: ``CONSENT_FRAMEWORK`` (the consent framework's standard sentences, ``#`` for the count of
#: partners) folded; ``CONTENTS_LABELS`` (the label over a table of contents) and
#: ``CONTENTS_TOGGLES`` (the words of its toggle) folded; ``UI_MESSAGES`` (what a form, a search
#: box, a cart or an account box prints: its prompt, its thanks, its error, its state) and
#: ``UI_CALLS`` (a button's call to action, a whole line) folded; ``SCRIPT_NOTICES`` (a page's
#: notice that its scripts do not run) folded.
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
    "FOOTER_LABELS",
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
    "ISSUE_OFFERS",
    "READER_ADDRESS",
    "LEGAL_NOTICES",
    "STORY_CREDITS",
    "STORY_CREDITS_END",
    "MONTHS",
    "CONSENT_WORDS",
    "CONSENT_FRAMEWORK",
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
    "COMMENT_SIGNATURES",
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
    "PAGER_ALONE",
    "SOURCE_LABELS",
    "SOURCE_LEADS",
    "COMPILED_MARKS",
    "COMPILED_FROM",
    "FORM_PROMPT_VERBS",
    "FORM_PROMPT_POLITE",
    "FORM_PROMPT_OBJECTS",
    "LEAD_IN_WORDS",
    "LEAD_IN_NOUNS",
    "LEAD_IN_PHRASES",
    "COMMENT_COUNT_NOUNS",
    "COMMENT_COUNT_QUALIFIERS",
    "COMMENT_STEMS",
    "COMMENT_TITLED",
    "COMMENT_TITLED_NUMBERS",
    "TAGS_UNCOLONED",
    "CREDIT_SHAPE_WORDS",
    "CAPTION_PICTURES",
    "CAPTION_CREDITS",
    "CAPTION_LABELS",
    "BY_WORDS",
    "NAME_TITLES",
    "BIO_VERBS",
    "OUTLET_PLACES",
    "EDITORIAL_CHECKS",
    "POST_COUNT_NOUNS",
    "ABOUT_LABELS",
    "PERSON_PRONOUNS",
    "GREETINGS",
    "SELF_INTROS",
    "SELF_NAMINGS",
    "COOKIE_LIFETIME_UNITS",
    "COOKIE_LIFETIME_NO_END",
    "COOKIE_NAMES",
    "COOKIE_NAMES_UNSPACED",
    "COOKIE_PANEL_WORDS",
    "COOKIE_SITE_WORDS",
    "COOKIE_ACCEPT_WORDS",
    "CONSENT_BUTTONS",
    "PLAYER_READOUTS",
    "CLASS_TOKENS",
    "CLASS_PHRASES",
    "CLASS_JOINED",
    "CLASS_TOOLTIPS",
    "CLASS_ADS",
    "CLASS_DIALOGS",
    "MEDIA_TAGS",
    "NEW_WINDOW",
    "FOLLOW_STEPS",
    "CLASS_FAQ",
    "DISCLOSURE_LABELS",
    "HOST_LABELS",
    "CREDIT_JOINERS",
    "CLASS_ARTICLE",
    "FORM_REQUIRED",
    "LIST_LEADS",
    "CLOSING_HEADINGS",
    "CONTENTS_LABELS",
    "CONTENTS_TOGGLES",
    "UI_MESSAGES",
    "UI_CALLS",
    "BUTTON_CALLS",
    "SCRIPT_NOTICES",
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
