"""Chrome phrases, grouped by category and language.

Phrases are written in *folded* form (lower case, diacritics removed, ``đ`` -> ``d``,
punctuation replaced by spaces; see :func:`cleanscrape.lexicon.folding.fold`), so one entry
matches "Tin liên quan", "TIN LIÊN QUAN" and "Tin lien quan:". A heading phrase matches a whole
line; a prefix phrase matches the start of a short line.

Language-specific phrases live in :mod:`cleanscrape.lexicon.lang` (one module per language);
this module holds the tables by category and the phrases shared by every language.

The package is data and the folding it is written in, and imports no stage: the cleaning
stages read its phrases to find chrome, and the duplicate stages, which work on clean text
only, read the same words where a page's own text carries them (an agency's copyright notice
run into a paragraph), so neither stage restates them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from .folding import fold
from .lang import table

# --- related / read-more / most-read section headings (whole line) ----------------------------
RELATED_HEADINGS: Mapping[str, tuple[str, ...]] = table("RELATED_HEADINGS")
#: ... and labels that open a related link written on one line with them ("SEE MORE: Hong Kong
#: protests: ..."), but alone are a button, not a heading (whole label, before its colon).
RELATED_LINK_LABELS: Mapping[str, tuple[str, ...]] = table("RELATED_LINK_LABELS")

# --- share / follow lines (prefix of a short line) ---------------------------------------------
SHARE_FOLLOW: Mapping[str, tuple[str, ...]] = table("SHARE_FOLLOW")

#: The words that open an instruction of the body with a verb of the share-or-follow lexicon
#: ("Follow these steps:"), folded.
FOLLOW_STEPS: Mapping[str, tuple[str, ...]] = table("FOLLOW_STEPS")

# --- comments headings and prompts -------------------------------------------------------------
COMMENTS: Mapping[str, tuple[str, ...]] = table("COMMENTS")
#: The lines that lead in to the readers' comments under the story: the outlet's call to
#: comment, a label over the comments ("Tell us what YOU think..."), and the comments' policy
#: ("Comments ... will not be approved by the moderator"); phrases anywhere in a line.
COMMENT_CALLS: Mapping[str, tuple[str, ...]] = table("COMMENT_CALLS")
COMMENT_POLICIES: Mapping[str, tuple[str, ...]] = table("COMMENT_POLICIES")
#: A count or a heading of the comments ("12 Comments", "Show comments"): the nouns, the words
#: before them, and the stems that every noun's key holds, found anywhere in a line
#: ("comment", "kommentar").
COMMENT_COUNT_NOUNS: Mapping[str, tuple[str, ...]] = table("COMMENT_COUNT_NOUNS")
COMMENT_COUNT_QUALIFIERS: Mapping[str, tuple[str, ...]] = table("COMMENT_COUNT_QUALIFIERS")
COMMENT_STEMS: Mapping[str, tuple[str, ...]] = table("COMMENT_STEMS")
#: A comments heading that names the article ("10 thoughts on “Title”"): the words after the
#: count, and the numbers written as words before them.
COMMENT_TITLED: Mapping[str, tuple[str, ...]] = table("COMMENT_TITLED")
COMMENT_TITLED_NUMBERS: Mapping[str, tuple[str, ...]] = table("COMMENT_TITLED_NUMBERS")

# --- author boxes after the article (whole-line heading) ---------------------------------------
AUTHOR_BIO: Mapping[str, tuple[str, ...]] = table("AUTHOR_BIO")
#: The "Reply" line under a reader's comment (a whole line).
REPLY: Mapping[str, tuple[str, ...]] = table("REPLY")
#: What an author box says its author is: "<Name> is a freelance writer ...".
AUTHOR_ROLES: Mapping[str, tuple[str, ...]] = table("AUTHOR_ROLES")
#: The titles before a person's name ("Dr.", "Prof."), as written.
NAME_TITLES: Mapping[str, tuple[str, ...]] = table("NAME_TITLES")
#: The verbs after the name that opens a bio ("Jane Roe is ...", "Jane Roe ist ..."), as written.
BIO_VERBS: Mapping[str, tuple[str, ...]] = table("BIO_VERBS")
#: The words before the outlet's name that open its own blurb ("At Acme, we ...", "Here at
#: Acme we ...", "Bei Acme ..."), folded.
OUTLET_PLACES: Mapping[str, tuple[str, ...]] = table("OUTLET_PLACES")
#: The words of the outlet's box on its own editorial checks ("Acme is committed to delivering
#: content that is objective ...", "unsere Inhalte", "nuestro contenido"), folded.
EDITORIAL_CHECKS: Mapping[str, tuple[str, ...]] = table("EDITORIAL_CHECKS")
#: The legal forms after a company's name in its copyright line ("© 2025 Acme, LLC"), folded:
#: no part of the name the outlet's prose writes.
COMPANY_FORMS: tuple[str, ...] = (
    "ag",
    "bv",
    "co",
    "corp",
    "corporation",
    "gmbh",
    "inc",
    "limited",
    "llc",
    "llp",
    "ltd",
    "plc",
    "pty",
    "sa",
    "sas",
    "srl",
)
#: What an author box counts of the author's ("142 posts", "5 Artikel").
POST_COUNT_NOUNS: Mapping[str, tuple[str, ...]] = table("POST_COUNT_NOUNS")
#: The word over an author box that names the author ("About Jane Roe", "Über Jane Roe").
ABOUT_LABELS: Mapping[str, tuple[str, ...]] = table("ABOUT_LABELS")
#: The pronouns that tell a paragraph about a person ("he", "her").
PERSON_PRONOUNS: Mapping[str, tuple[str, ...]] = table("PERSON_PRONOUNS")
#: An author greeting the reader ("Hi, I'm Jessica!", "Hello! My name is ..."): the greetings,
#: the words that introduce oneself, and those that name oneself, as written. The last are read
#: only after a greeting, so a bare verb that opens other sentences too ("soy", "sono", "sou":
#: "Soy products ...", "Sono stati ...") is one of them ("¡Hola, soy Ana!").
GREETINGS: Mapping[str, tuple[str, ...]] = table("GREETINGS")
SELF_INTROS: Mapping[str, tuple[str, ...]] = table("SELF_INTROS")
SELF_NAMINGS: Mapping[str, tuple[str, ...]] = table("SELF_NAMINGS")

# --- affiliate disclosures (a line that holds a term and a reference to the page) ---------------
DISCLOSURE_TERMS: Mapping[str, tuple[str, ...]] = table("DISCLOSURE_TERMS")
DISCLOSURE_SELF: Mapping[str, tuple[str, ...]] = table("DISCLOSURE_SELF")
#: The word of a line labelled as a disclosure ("Disclosure: ...", "Affiliate Disclaimer:").
DISCLOSURE_LABELS: Mapping[str, tuple[str, ...]] = table("DISCLOSURE_LABELS")

# --- the outlet's prose after the story (phrases anywhere in a line) ---------------------------
#: Appeals to the reader: donate, become a member, subscribe, "Thanks for reading".
APPEALS: Mapping[str, tuple[str, ...]] = table("APPEALS")
#: ... those of them that are also words of a story: an appeal only in a line that speaks to the
#: reader (:data:`READER_ADDRESS`) or opens a sentence with them.
APPEALS_PLAIN: Mapping[str, tuple[str, ...]] = table("APPEALS_PLAIN")
#: ... those of them that offer a price ("for as little as"): an appeal only in a line that
#: names no more prices than an offer does.
APPEALS_PRICE: Mapping[str, tuple[str, ...]] = table("APPEALS_PRICE")
#: An offer of the outlet's periodical by its count of issues, after the count and before the
#: price ("12 issues for £11.99", "6 numéros pour 15 €"): the plural noun and the word that
#: leads to the price.
ISSUE_OFFERS: Mapping[str, tuple[str, ...]] = table("ISSUE_OFFERS")
#: Words by which a line speaks to its reader ("you", "our", "my", "please").
READER_ADDRESS: Mapping[str, tuple[str, ...]] = table("READER_ADDRESS")
#: A line that leads in to more of the outlet's posts ("Other posts you'll love:"): the words
#: before the posts ("more", "other"), the posts ("articles", "stories") and the phrases that
#: lead in alone ("you might also like").
LEAD_IN_WORDS: Mapping[str, tuple[str, ...]] = table("LEAD_IN_WORDS")
LEAD_IN_NOUNS: Mapping[str, tuple[str, ...]] = table("LEAD_IN_NOUNS")
LEAD_IN_PHRASES: Mapping[str, tuple[str, ...]] = table("LEAD_IN_PHRASES")
#: Legal notices: disclaimers, copyright and trademark lines.
LEGAL_NOTICES: Mapping[str, tuple[str, ...]] = table("LEGAL_NOTICES")
#: The story's credit line: what opens a clause of it ("Reporting by", "Editing by") ...
STORY_CREDITS: Mapping[str, tuple[str, ...]] = table("STORY_CREDITS")
#: ... or ends it ("contributed to this report").
STORY_CREDITS_END: Mapping[str, tuple[str, ...]] = table("STORY_CREDITS_END")
#: The words that join names and clauses in a credit line and the particles of names ("and",
#: "with", "von", "da"), folded.
CREDIT_JOINERS: Mapping[str, tuple[str, ...]] = table("CREDIT_JOINERS")
#: Social networks named in follow/share lines.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "facebook",
    "twitter",
    "instagram",
    "linkedin",
    "youtube",
    "tiktok",
    "pinterest",
    "telegram",
    "whatsapp",
    "zalo",
    "flipboard",
    "reddit",
    "threads",
    "google news",
    "vkontakte",
    "вконтакте",
)
#: ... and the names a network's link has in a row of links to the site's accounts, folded
#: ("X", "X (Twitter)"): a single letter is a network only there.
SOCIAL_LINK_NAMES: tuple[str, ...] = ("x", "x twitter")

#: Verbs that open an input form's prompt to the reader, a field's label ending in ":"
#: ("Enter your installation address:", "Confirm your zip code:").
FORM_PROMPT_VERBS: Mapping[str, tuple[str, ...]] = table("FORM_PROMPT_VERBS")
#: ... the word of courtesy before the verb ("please") and the words after it ("your", "the").
FORM_PROMPT_POLITE: Mapping[str, tuple[str, ...]] = table("FORM_PROMPT_POLITE")
FORM_PROMPT_OBJECTS: Mapping[str, tuple[str, ...]] = table("FORM_PROMPT_OBJECTS")
#: What a form, a search box, a cart or an account box prints, found anywhere in a folded
#: line: its prompt ("Input your search term", "What are you looking for?"), its thanks ("Thank
#: you! Your submission has been received!"), its errors ("Input not valid") and its state
#: ("Your cart is empty", "You are signed in as"). Interface text, never a headline.
UI_MESSAGES: Mapping[str, tuple[str, ...]] = table("UI_MESSAGES")
#: ... and a button's call to action, a whole folded line ("Request a Quote", "Speak to an
#: Advisor", "Contact form"): in a headline these words name what the story tells. Never
#: guessed as the headline; on HTML pages, such a line with no paragraph under it is dropped.
UI_CALLS: Mapping[str, tuple[str, ...]] = table("UI_CALLS")
#: More buttons' calls ("Start free trial", "Download now", "Kostenlos testen"), a whole folded
#: line, read only on lines from HTML with :data:`UI_CALLS` (not by the headline guess).
BUTTON_CALLS: Mapping[str, tuple[str, ...]] = table("BUTTON_CALLS")
#: A page's notice that its scripts do not run, found anywhere in a folded line that names the
#: scripting language ("This slideshow requires JavaScript.", "Please enable JavaScript to view
#: the comments", "Bitte aktivieren Sie JavaScript"): a player's, a viewer's, a form's or a
#: comment box's stand-in, interface text wherever the page prints it.
SCRIPT_NOTICES: Mapping[str, tuple[str, ...]] = table("SCRIPT_NOTICES")

# --- cookie banners (prefix) -------------------------------------------------------------------
COOKIE: Mapping[str, tuple[str, ...]] = table("COOKIE")
#: ... and the words one of its lines must hold to be one ("cookie", "evasteet"), folded stems
#: found anywhere in the line.
CONSENT_WORDS: Mapping[str, tuple[str, ...]] = table("CONSENT_WORDS")
#: The standard sentences of the consent framework used across Europe, the same on every site
#: that prints it ("We and our 842 partners store and/or access information on a device ...",
#: "Store and/or access information on a device", "List of Partners (vendors)"): folded, opening
#: a line, ``#`` standing for the count of partners.
CONSENT_FRAMEWORK: Mapping[str, tuple[str, ...]] = table("CONSENT_FRAMEWORK")
#: A cookie's lifetime in a consent panel's table: the units after its number ("1 year", "13
#: mois", "1年") and the words for a lifetime without an end ("session", "never"), patterns.
COOKIE_LIFETIME_UNITS: Mapping[str, tuple[str, ...]] = table("COOKIE_LIFETIME_UNITS")
COOKIE_LIFETIME_NO_END: Mapping[str, tuple[str, ...]] = table("COOKIE_LIFETIME_NO_END")
#: The word for a cookie as written in its casings ("cookie", "Cookie", "куки"), and in the
#: scripts read only by the banners written without spaces ("คุกกี้").
COOKIE_NAMES: Mapping[str, tuple[str, ...]] = table("COOKIE_NAMES")
COOKIE_NAMES_UNSPACED: Mapping[str, tuple[str, ...]] = table("COOKIE_NAMES_UNSPACED")
#: What a consent panel says of cookies beside the word (the site, the browser, consent,
#: tracking, the panel's categories), stems found anywhere in a line, patterns.
COOKIE_PANEL_WORDS: Mapping[str, tuple[str, ...]] = table("COOKIE_PANEL_WORDS")
#: What a banner written without spaces says beside the word: the site speaking of itself
#: ("当サイト", "本网站"), patterns; and the button it quotes ("「同意する」"), as written.
COOKIE_SITE_WORDS: Mapping[str, tuple[str, ...]] = table("COOKIE_SITE_WORDS")
COOKIE_ACCEPT_WORDS: Mapping[str, tuple[str, ...]] = table("COOKIE_ACCEPT_WORDS")
#: The buttons and links under such a banner ("同意する", "拒绝", "동의"), as written.
CONSENT_BUTTONS: Mapping[str, tuple[str, ...]] = table("CONSENT_BUTTONS")

# --- newsletter / subscription prompts (prefix) ------------------------------------------------
SUBSCRIBE: Mapping[str, tuple[str, ...]] = table("SUBSCRIBE")
#: ... a paywall's offer inside the body ("Unlimited access ...", "Cancel anytime")
PAYWALL: Mapping[str, tuple[str, ...]] = table("PAYWALL")

#: The labels of a video player's read-outs ("Current Time 0:00", "Duration 2:31").
PLAYER_READOUTS: Mapping[str, tuple[str, ...]] = table("PLAYER_READOUTS")

# --- interface strings (whole line) ------------------------------------------------------------
UI: Mapping[str, tuple[str, ...]] = table("UI")

# --- footer lines (prefix) ---------------------------------------------------------------------
FOOTER: Mapping[str, tuple[str, ...]] = table("FOOTER")
#: ... and the names of an outlet's imprint fields that open a footer line only as a label, with
#: its colon after them and at most a few words of their own ("Văn phòng đại diện miền Nam:
#: ...", "Đường dây nóng: ...", "Hotline TP.HCM: ..."): the names open sentences of the body too
#: ("Văn phòng đại diện của WHO tại Việt Nam cho biết ..."), folded.
FOOTER_LABELS: Mapping[str, tuple[str, ...]] = table("FOOTER_LABELS")
#: ... what a copyright line says of the rights, anywhere in it ("All rights reserved").
RIGHTS_RESERVED: Mapping[str, tuple[str, ...]] = table("RIGHTS_RESERVED")

# --- media list markers (a bracketed tag opening a line, or a whole-line heading) --------------
#: A bracketed tag opening a line ("[Video]", "(Ảnh)"), matched on the line as written, case
#: aside: the words with their accents and without (sites that print them without).
MEDIA_TAGS: Mapping[str, tuple[str, ...]] = table("MEDIA_TAGS")
#: The heading of a list of videos or pictures (a whole line: "Videos", "Видео").
MEDIA_HEADINGS: Mapping[str, tuple[str, ...]] = table("MEDIA_HEADINGS")

# --- class and id names of chrome containers (whole tokens of the name) -----------------------
#: Tokens that name a chrome container wherever they stand in a class or id ("related",
#: "tinlienquan"); consecutive tokens, separated by spaces ("more stories"); words found with
#: the name's ``-``/``_`` taken out ("relatedposts"); the tokens of a box shown on hover, of an
#: ad slot and of a dialog (:mod:`cleanscrape.html.prune`).
CLASS_TOKENS: Mapping[str, tuple[str, ...]] = table("CLASS_TOKENS")
CLASS_PHRASES: Mapping[str, tuple[str, ...]] = table("CLASS_PHRASES")
CLASS_JOINED: Mapping[str, tuple[str, ...]] = table("CLASS_JOINED")
CLASS_TOOLTIPS: Mapping[str, tuple[str, ...]] = table("CLASS_TOOLTIPS")
CLASS_ADS: Mapping[str, tuple[str, ...]] = table("CLASS_ADS")
CLASS_DIALOGS: Mapping[str, tuple[str, ...]] = table("CLASS_DIALOGS")
#: The tokens of a class or id that name a box of questions and answers (an FAQ;
#: :mod:`cleanscrape.html.tail`).
CLASS_FAQ: Mapping[str, tuple[str, ...]] = table("CLASS_FAQ")
#: The labels of a host name that name no site: a prefix ("www") and the top and second
#: levels of domains ("com", "co"; :mod:`cleanscrape.html.meta`).
HOST_LABELS: Mapping[str, tuple[str, ...]] = table("HOST_LABELS")
#: The tokens of a class or id that name the article's own wrapper ("entry-content",
#: "story-body"; :mod:`cleanscrape.html.score`).
CLASS_ARTICLE: Mapping[str, tuple[str, ...]] = table("CLASS_ARTICLE")
#: The heading that opens the article's conclusion in a section of its own ("Conclusions",
#: "Fazit"; :mod:`cleanscrape.html.tail`).
CLOSING_HEADINGS: Mapping[str, tuple[str, ...]] = table("CLOSING_HEADINGS")
#: The label over a table of contents ("Table of Contents", "Inhaltsverzeichnis", "目次") and
#: the words of the toggle a contents box prints after it ("[hide]", "Show"), folded
#: (:mod:`cleanscrape.html.contents`).
CONTENTS_LABELS: Mapping[str, tuple[str, ...]] = table("CONTENTS_LABELS")
CONTENTS_TOGGLES: Mapping[str, tuple[str, ...]] = table("CONTENTS_TOGGLES")
#: The word in brackets after a form's label that marks the field as required ("Email
#: (Required)"), as written (:mod:`cleanscrape.chrome.regions`).
FORM_REQUIRED: Mapping[str, tuple[str, ...]] = table("FORM_REQUIRED")
#: The words that end a sentence announcing the list under it ("... for the following
#: reasons."), among its last three words, folded.
LIST_LEADS: Mapping[str, tuple[str, ...]] = table("LIST_LEADS")
#: A link's note that it opens a new window or tab, after its name ("LinkedIn (opens new
#: window)"), folded.
NEW_WINDOW: Mapping[str, tuple[str, ...]] = table("NEW_WINDOW")

#: Words of an ``aria-label`` that name a region of chrome ("Related", "Share"), as its name
#: tokens (:func:`cleanscrape.html.prune.name_tokens`: ASCII letters and figures).
ARIA_REGIONS: Mapping[str, tuple[str, ...]] = table("ARIA_REGIONS")
#: The label of a link to the previous or next article, before its title ("Next article:
#: Headline", "Следующая статья ...").
PAGER_LABELS: Mapping[str, tuple[str, ...]] = table("PAGER_LABELS")
#: A pager label only on a line of its own ("Up next", "Next up", "Tiếp theo"): words that
#: open a sentence of prose too ("Next up we have ..."), so never read before a title.
PAGER_ALONE: Mapping[str, tuple[str, ...]] = table("PAGER_ALONE")
#: The word of a "More ..." heading over a list of links ("More stories", "Weitere Artikel").
MORE_WORDS: Mapping[str, tuple[str, ...]] = table("MORE_WORDS")
#: A picture's place in a gallery ("Photo 3 of 12", "Фото 3 из 12"): the word for a picture and
#: the word between its number and the count.
GALLERY_WORDS: Mapping[str, tuple[str, ...]] = table("GALLERY_WORDS")
GALLERY_OF: Mapping[str, tuple[str, ...]] = table("GALLERY_OF")
#: The words before the day a cited source was read ("Accessed April 14, 2025", "abgerufen
#: am", "дата обращения"), as written.
CITATION_READ: Mapping[str, tuple[str, ...]] = table("CITATION_READ")

# --- bylines and source lines ------------------------------------------------------------------
#: Words that open a byline, by language (followed by the author's name).
BYLINE_PREFIXES: Mapping[str, tuple[str, ...]] = table("BYLINE_PREFIXES")
#: Words that open a source line ("Nguồn: nhandan.vn", "Source: Reuters").
SOURCE_PREFIXES: Mapping[str, tuple[str, ...]] = table("SOURCE_PREFIXES")
#: ... as written where folding changes them ("Nguồn"), matched before the colon of the line.
SOURCE_LABELS: Mapping[str, tuple[str, ...]] = table("SOURCE_LABELS")
#: Words that open a source line without a colon ("Theo Báo Nhân dân", "According to AP"), as
#: written.
SOURCE_LEADS: Mapping[str, tuple[str, ...]] = table("SOURCE_LEADS")
#: The marks in brackets after a name that the outlet compiled from others ("An Nhi (t/h)"),
#: and the words before the sources it names there ("(theo AFP)"), as written.
COMPILED_MARKS: Mapping[str, tuple[str, ...]] = table("COMPILED_MARKS")
COMPILED_FROM: Mapping[str, tuple[str, ...]] = table("COMPILED_FROM")

# --- tag lists and image credits (prefix of a short line) ---------------------------------------
TAGS: Mapping[str, tuple[str, ...]] = table("TAGS")
CREDITS: Mapping[str, tuple[str, ...]] = table("CREDITS")
#: Tag labels that take no colon ("Filed under ...", "Posted in ...").
TAGS_UNCOLONED: Mapping[str, tuple[str, ...]] = table("TAGS_UNCOLONED")
#: The words of pictures that mark a line ending with an agency as its credit ("Photo: AFP"),
#: as written.
CREDIT_SHAPE_WORDS: Mapping[str, tuple[str, ...]] = table("CREDIT_SHAPE_WORDS")
#: The words of a caption's credit at its end ("(Photo by ...)", "Credit: ESA"): the words for a
#: picture and for a credit, as written.
CAPTION_PICTURES: Mapping[str, tuple[str, ...]] = table("CAPTION_PICTURES")
CAPTION_CREDITS: Mapping[str, tuple[str, ...]] = table("CAPTION_CREDITS")
#: ... and the labels of a credit after the caption's last word ("... Photo: Thomas Kuoh").
CAPTION_LABELS: Mapping[str, tuple[str, ...]] = table("CAPTION_LABELS")
#: The word before an author's or a photographer's name ("Photo by ...", "View all posts by
#: ..."), as written.
BY_WORDS: Mapping[str, tuple[str, ...]] = table("BY_WORDS")
#: Picture agencies named at the end of a credit line.
AGENCY_CREDITS: tuple[str, ...] = (
    "getty images",
    "shutterstock",
    "ap photo",
    "reuters",
    "afp",
    "epa",
    "istock",
    "istockphoto",
    "alamy",
    "ttxvn",
)
#: ... of them, the ones that sell pictures only: no page is titled "Story | Getty Images",
#: as pages of the news agencies are titled "Story | Reuters".
PICTURE_ONLY_AGENCIES: tuple[str, ...] = (
    "getty images",
    "shutterstock",
    "istock",
    "istockphoto",
    "alamy",
)

# --- month names of dates written out (datelines) ------------------------------------------------
#: The letters of a word (for the words of a dateline).
_WORD = re.compile(r"[^\W\d_]+")
#: Twelve entries per language, January first, each the month's forms joined by "|".
MONTHS: Mapping[str, tuple[str, ...]] = table("MONTHS")


def _month_readings(
    months: Mapping[str, tuple[str, ...]],
) -> Mapping[str, Mapping[str, int]]:
    """``{form: {language: month number}}`` over every language: a form two languages share
    names the same month in both ("mar", "nov", "mai"), or a different month in each (the
    Croatian October, "listopad", is the Czech and Polish November); within one language a
    form names one month."""
    readings: dict[str, dict[str, int]] = {}
    for code, entries in months.items():
        if len(entries) != 12:
            raise ValueError(f"MONTHS of {code!r} has {len(entries)} entries, not 12")
        for number, entry in enumerate(entries, 1):
            for form in entry.split("|"):
                if readings.setdefault(form, {}).setdefault(code, number) != number:
                    raise ValueError(f"month form {form!r} of {code!r} names two months")
    return MappingProxyType({form: MappingProxyType(by) for form, by in readings.items()})


#: Words that open the line of an article's date ("Updated: ...", "Päivitetty ..."), as written.
STAMP_WORDS: Mapping[str, tuple[str, ...]] = table("STAMP_WORDS")
#: A relative time alone on its line ("3 hours ago", "před 2 hodinami"): patterns of a whole
#: line, as written.
RELATIVE_TIMES: Mapping[str, tuple[str, ...]] = table("RELATIVE_TIMES")
#: Reading times ("5 min čtení", "Lesetid: 5 min"): the units of minutes, the words after the
#: figure and unit, the labels before them and the words for "about" before the figure, as
#: written (a space stands for any run of spaces).
READING_MINUTES: Mapping[str, tuple[str, ...]] = table("READING_MINUTES")
READING_AFTER: Mapping[str, tuple[str, ...]] = table("READING_AFTER")
READING_LABELS: Mapping[str, tuple[str, ...]] = table("READING_LABELS")
READING_ABOUT: Mapping[str, tuple[str, ...]] = table("READING_ABOUT")
#: The words joining a date to its time in a dateline ("Nov 19, 2019 at 10:07", "18. 11. 2019.
#: u 10:07"), as written (a space stands for one space).
DATE_TIME_WORDS: Mapping[str, tuple[str, ...]] = table("DATE_TIME_WORDS")
#: The word before a date ("Jane Roe on September 12, 2018 at 4:47 pm said:", "Updated on May
#: 2, 2024"), as written.
DATE_PREPOSITIONS: Mapping[str, tuple[str, ...]] = table("DATE_PREPOSITIONS")
#: The word between a day, its month and its year ("22 de outubro de 2010"), as written.
DATE_JOINS: Mapping[str, tuple[str, ...]] = table("DATE_JOINS")
#: The words for "year" and "day" beside the year and the day of a date ("12 марта 2020 г.",
#: "2019 m. lapkričio 18 d."), as written.
YEAR_WORDS: Mapping[str, tuple[str, ...]] = table("YEAR_WORDS")
DAY_WORDS: Mapping[str, tuple[str, ...]] = table("DAY_WORDS")
#: The words after a time of day in a dateline ("10:07 pm", "10:07 Uhr", "10:07 SA"), as
#: written.
TIME_SUFFIXES: Mapping[str, tuple[str, ...]] = table("TIME_SUFFIXES")
#: The words of :data:`TIME_SUFFIXES` that put a time of a 12-hour clock in the morning ("12:05
#: am") and in the afternoon ("6:18 p.m."), as written.
MORNING_SUFFIXES: Mapping[str, tuple[str, ...]] = table("MORNING_SUFFIXES")
AFTERNOON_SUFFIXES: Mapping[str, tuple[str, ...]] = table("AFTERNOON_SUFFIXES")
#: The halves of a 12-hour clock written before the time ("오후 3:20", "下午3:20"), as written.
MORNING_PREFIXES: Mapping[str, tuple[str, ...]] = table("MORNING_PREFIXES")
AFTERNOON_PREFIXES: Mapping[str, tuple[str, ...]] = table("AFTERNOON_PREFIXES")
#: The verbs after a commenter's name in a comment's header ("Sheri says:", "Jana píše:"), as
#: written.
COMMENT_VERBS: Mapping[str, tuple[str, ...]] = table("COMMENT_VERBS")
#: The actions printed in a row with a comment's "Reply" ("Like Reply", "Reply Report", "Thích
#: Trả lời"), single folded words.
COMMENT_ACTIONS: Mapping[str, tuple[str, ...]] = table("COMMENT_ACTIONS")
#: The words that open the signature line under a reader's comment ("Posted by: John at 3:12
#: PM", "Publié par Anne le ..."), folded.
COMMENT_SIGNATURES: Mapping[str, tuple[str, ...]] = table("COMMENT_SIGNATURES")

#: The month each language reads in every month name and abbreviation of :data:`MONTHS`.
MONTH_READINGS: Mapping[str, Mapping[str, int]] = _month_readings(MONTHS)
#: Month number of every month name and abbreviation of :data:`MONTHS` that names the same
#: month in every language that writes it (a form read apart, "listopad", is left out: its
#: month is the page's language's, :func:`month_in`).
MONTH_NUMBERS: Mapping[str, int] = MappingProxyType(
    {
        form: next(iter(by.values()))
        for form, by in MONTH_READINGS.items()
        if len(set(by.values())) == 1
    }
)
#: The words each language writes in a dateline beside its date (:data:`STAMP_WORDS`,
#: :data:`DATE_PREPOSITIONS`, :data:`DATE_TIME_WORDS`, :data:`TIME_SUFFIXES`, the words of
#: :data:`DATE_JOINS`, :data:`YEAR_WORDS` and :data:`DAY_WORDS`) and its month names, in lower
#: case: what tells the language of a month name two languages read apart.
DATELINE_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        code: frozenset(
            w
            for category in (
                *(STAMP_WORDS, DATE_PREPOSITIONS, DATE_TIME_WORDS, TIME_SUFFIXES),
                *(DATE_JOINS, YEAR_WORDS, DAY_WORDS),
            )
            for phrase in category.get(code, ())
            for w in _WORD.findall(phrase.lower())
        )
        | frozenset(f for entry in MONTHS.get(code, ()) for f in entry.split("|"))
        for code in MONTHS
    }
)


def month_in(form: str, text: str) -> int | None:
    """The month ``form`` (lower case) names in the dateline ``text``: its number when every
    language that writes it reads the same month; for a form two languages read apart, the
    month of the one language whose dateline words ``text`` holds beside it ("15. listopada
    2019. u 10:07": Croatian, October); ``None`` when no single language is told."""
    number = MONTH_NUMBERS.get(form)
    if number is not None or form not in MONTH_READINGS:
        return number
    words = set(_WORD.findall(text.lower())) - {form}
    told = {n for code, n in MONTH_READINGS[form].items() if words & DATELINE_WORDS[code]}
    return told.pop() if len(told) == 1 else None


def phrases(table: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """All phrases of one category, every language."""
    return frozenset(p for group in table.values() for p in group)


def folded_phrases(table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The phrases of a lexicon table (every language), folded, sorted, without duplicates."""
    return sorted({fold(p) for p in phrases(table)} - {""})


def phrases_in_order(table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The phrases of one category without repeats, in the order of the languages and of
    each language's tuple."""
    return list(dict.fromkeys(p for group in table.values() for p in group))


def pattern_union(table: Mapping[str, tuple[str, ...]]) -> str:
    """The patterns of one category joined as alternatives (no group of its own), in the order
    of :func:`phrases_in_order`."""
    return "|".join(phrases_in_order(table))


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` without repeats, the longest first and words of one length in alphabetical
    order: an alternation of them is the same in every run (a set's order follows the hash
    seed)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def written_pattern(table: Mapping[str, tuple[str, ...]]) -> str:
    """A pattern in a group of no number matching any phrase of one category as written
    (escaped, :func:`longest_first`)."""
    return "(?:" + "|".join(re.escape(p) for p in longest_first(phrases(table))) + ")"


def phrase_pattern(table: Mapping[str, tuple[str, ...]]) -> str:
    """A pattern in a group of no number matching any phrase of one category, every language
    (:func:`trie_pattern` of its :func:`phrases`), for patterns compiled with
    ``re.IGNORECASE``."""
    return "(?:" + trie_pattern(phrases(table)) + ")"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no group of its own) matching any of ``words``, written as a tree of their
    shared beginnings ("mar(?:ch|zo|ço|co|et|s|ts|ca)?"): a failing position costs one test per
    distinct first letter, not one per word, and the longest word that fits is tried first."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict[str, dict[str, Any]]) -> str:
    alts = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here: what follows is optional
        return f"(?:{body})?" if len(alts) == 1 else body + "?"
    return body


#: A group matching any form of :data:`MONTH_READINGS`, for patterns compiled with
#: ``re.IGNORECASE``.
MONTH_PATTERN = "(" + trie_pattern(MONTH_READINGS) + ")"
#: Patterns (no group of their own) of the words beside a date's parts (:data:`DATE_JOINS`,
#: :data:`YEAR_WORDS`, :data:`DAY_WORDS`), any language, for patterns compiled with
#: ``re.IGNORECASE``.
DATE_JOIN_PATTERN = phrase_pattern(DATE_JOINS)
YEAR_WORD_PATTERN = phrase_pattern(YEAR_WORDS)
DAY_WORD_PATTERN = phrase_pattern(DAY_WORDS)
#: A pattern (no group of its own) of the word after a time of day (:data:`TIME_SUFFIXES`:
#: "pm", "Uhr", "SA"), any language, for patterns compiled with ``re.IGNORECASE``.
TIME_SUFFIX_PATTERN = phrase_pattern(TIME_SUFFIXES)
#: Patterns (no group of their own) of :data:`MORNING_SUFFIXES` and :data:`AFTERNOON_SUFFIXES`,
#: any language, for patterns compiled with ``re.IGNORECASE``.
MORNING_SUFFIX_PATTERN = phrase_pattern(MORNING_SUFFIXES)
AFTERNOON_SUFFIX_PATTERN = phrase_pattern(AFTERNOON_SUFFIXES)
MORNING_PREFIX_PATTERN = phrase_pattern(MORNING_PREFIXES)
AFTERNOON_PREFIX_PATTERN = phrase_pattern(AFTERNOON_PREFIXES)
#: The word for the home page that opens a breadcrumb trail ("Home > World", "首页 > 新闻").
BREADCRUMB_STARTS: Mapping[str, tuple[str, ...]] = table("BREADCRUMB_STARTS")


#: A pattern (no group of its own) matching a relative time of any language of
#: :data:`RELATIVE_TIMES` ("3 hours ago", "před 2 hodinami"), for patterns compiled with
#: ``re.IGNORECASE``.
RELATIVE_TIME_PATTERN = "|".join(p for group in RELATIVE_TIMES.values() for p in group)
#: A pattern (no group of its own) matching a commenter's verb of any language of
#: :data:`COMMENT_VERBS` ("says", "píše").
COMMENT_VERB_PATTERN = trie_pattern(phrases(COMMENT_VERBS))
#: ... and one of a signature word of :data:`COMMENT_SIGNATURES` ("posted by", "publie par").
COMMENT_SIGNATURE_PATTERN = trie_pattern(phrases(COMMENT_SIGNATURES))


class PrefixMatcher:
    """Folded line that starts with one of the phrases and has few words after it.

    The first word is looked up in a set before the regex runs, so most lines cost one
    set probe (callers testing several matchers on one key split it once and pass it).
    """

    __slots__ = ("first_words", "max_extra_words", "pattern", "phrases")

    def __init__(self, items: Iterable[str], *, max_extra_words: int) -> None:
        phrases_ = longest_first(items)
        self.phrases = frozenset(phrases_)
        self.max_extra_words = max_extra_words
        self.first_words = frozenset(p.split(" ", 1)[0] for p in phrases_)
        alts = "|".join(re.escape(p) for p in phrases_)
        self.pattern = re.compile(rf"^(?:{alts})(?:\s+\S+){{0,{max_extra_words}}}$")

    def match(self, key: str, first: str | None = None) -> bool:
        """``first`` is the key's first word when the caller has it already."""
        if first is None:
            first = key.partition(" ")[0]
        return first in self.first_words and bool(self.pattern.match(key))


def prefix_regex(items: Iterable[str], *, max_extra_words: int) -> PrefixMatcher:
    """Matcher for a folded line that starts with one of ``items`` (few words after it)."""
    return PrefixMatcher(items, max_extra_words=max_extra_words)
