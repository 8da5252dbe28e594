"""Per-line features that generalise across sites and languages.

Everything here is computed once per line with precompiled regexes (no per-character Python
loops): folded form (lower case, diacritics removed), word count, terminal punctuation, teaser
ellipsis, repetition elsewhere in the page, image-alt slugs (a line, or the start of a line, that
is another line with its diacritics folded away), card titles written twice, and lexicon hits.

A page is worked out at once where that is cheaper: its lines are folded in one pass
(:func:`~cleanscrape.lexicon.folding.fold_lines`), one look-up per character finds the lines
holding figures, lexicon marks or irregular spacing (:func:`_page_chars`), and the lexicon rules
run only on the lines where something they need is found (:func:`lexicon_categories`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import and_, attrgetter, not_, or_
from typing import Any

import numpy as np
import numpy.typing as npt

from .. import lexicon as lx
from ..lexicon import folded_phrases
from ..lexicon.folding import code_units, fold, fold_block, fold_lines
from ..text.lines import line_indexes, lines_holding
from .disclosures import HINTS as _DISCLOSURE_HINTS
from .disclosures import disclosure, holds_term
from .list_marks import list_marks
from .reading_time import reading_time_prefix

#: Whitespace other than spaces and line breaks (every other ``str.isspace`` character).
_OTHER_SPACE = re.compile(
    "["
    + re.escape("".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n"))
    + "]"
)
#: First characters of a line that the slug, media-tag and separator patterns can start with.
_SLUG_START = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_MEDIA_START = frozenset("[(")
_SEPARATOR_START = frozenset("|/\\-–—_=*•·.,:;~#>«»<›‹+")

#: What ends a sentence: Latin and CJK stops, the Burmese and Khmer ones, the Devanagari danda
#: "।" and double danda "॥" (Hindi, Marathi, Nepali: a Hindi paragraph ends with one).
_TERMINAL_CHARS = ".!?;。！？…:။។।॥"
#: What a line is stripped of at both ends: white space, and the characters that are not seen
#: (zero-width space and joiners, the word joiner, the byte-order mark, and the direction marks,
#: embeddings and isolates that right-to-left text carries: "... نص.\u200f"), so a line ends
#: with its last visible character and a line of them alone is blank.
_BLANK_CHARS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
    "\u061c\ufeff"
)
#: Closing quotes and brackets that may follow a sentence's last mark.
CLOSERS = "\"'”’»)]*"
#: A face at the end of a sentence, in place of its mark or after it ("... Korean tunes 🙂"):
#: the emoji of faces (the Emoticons block, the supplemental faces, "☹" and "☺"), with their
#: variation selector and skin tones. It ends a line of :data:`_FACE_SENTENCE_WORDS` words or
#: more as ":)" does (read as a colon before a closing bracket); a short line ending with one
#: is a menu item or a link ("What Is This? 🤔"), and other pictographs ("🔥", "🎄") end
#: headlines and menu items.
_FACE_END = re.compile(
    "[\u2639\u263a\U0001f600-\U0001f64f\U0001f910-\U0001f92f\U0001f970-\U0001f97a]"
    "[\ufe0f\U0001f3fb-\U0001f3ff]*$"
)
#: The last characters of the BMP that may end a face: a variation selector, "☹", "☺". A line
#: ending with one of them or with a character outside the BMP may end with a face
#: (:func:`_may_end_with_face`).
_FACE_LAST = "\ufe0f\u2639\u263a"
#: ... as UTF-16 code units: those, and the low surrogates (the second half of a character
#: outside the BMP).
_FACE_UNITS = [*range(0xDC00, 0xE000), *map(ord, _FACE_LAST)]
#: A line ended by a face is a sentence from this many words (a line of prose's least).
_FACE_SENTENCE_WORDS = 10
#: The colons that end a line introducing what follows it ("Include:", a list's lead-in, a
#: step's subheading), Latin and full-width.
COLONS = (":", "：")
_CREDIT = re.compile(r"\s*\([^()]{1,60}\)$")
_TEASER = re.compile(r"\s(?:\.{2,}|…)$")
#: A post's excerpt as blog engines print it in lists of posts: cut at 55 words by default,
#: with the elision in brackets after it (" [...]", " […]"); a quotation of a mail or of a
#: speech elides so too, but at any length.
_EXCERPT = re.compile(r"\s\[(?:\.{3}|…)\]$")
_EXCERPT_WORDS = 60
#: A card teaser cut right after a word or a comma ("... the new bus routes would…",
#: "diagnosed with the plague,..."); body paragraphs end so too ("v.v..."), so only a line of
#: card length counts.
_TEASER_TIGHT = re.compile(r"[\w,;](?:\.{3,}|…)$")
_TEASER_TIGHT_WORDS = 40
_SEPARATOR = re.compile(r"^[\s|/\\\-–—_=*•·.,:;~#>«»<›‹+]+$")
#: Kana and CJK ideographs (as ranges of a character class).
_CJK_RANGES = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Thai, Lao, Myanmar and Khmer letters: scripts written without spaces between words.
_UNSPACED_RANGES = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_CJK = re.compile(f"[{_CJK_RANGES}]")
_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")
#: The letters of both (:data:`_CJK`, :data:`_UNSPACED`), as ranges of a character class: the
#: scripts whose words are counted by their characters.
CHARACTER_WORD_RANGES = _CJK_RANGES + _UNSPACED_RANGES
#: A long line without a single sentence mark is a run of items saved as one line (a select
#: box, a tag cloud, a menu), not prose; a table row carries figures, a drawing box lines.
_WORDLIST_WORDS = 30
#: A line of this many words or more with fewer than one sentence mark in :data:`_SPARSE_MARKS`
#: words is items run together (a filter box's options, a box of headlines), not sentences.
_LONG_WORDLIST = 100
_SPARSE_MARKS = 40
#: A line of :data:`_WORDLIST_WORDS` words or more whose words nearly all open with a capital
#: (:data:`_CAPITALISED` of those with a letter) and that holds fewer than one sentence mark in
#: :data:`_CAPITAL_MARKS` words is names run together (a select box's countries or states, a
#: menu's entries), not sentences: prose opens most of its words in lower case wherever its
#: script has cases, and a list of credits or places written out in prose puts a comma after
#: every name or two.
_CAPITALISED = 0.9
_CAPITAL_MARKS = 20
#: The first letter of each word (after any opening quote or bracket; words opening with a
#: figure have none).
_WORD_INITIAL = re.compile(r"(?<!\S)[^\w\s]*([^\W\d_])")
#: A count in brackets after an item ("Gardening (149)"): no figure of a table's row.
_ITEM_COUNT = re.compile(r"\(\d+\)")
_SENTENCE_MARK = re.compile(r"[.,;:!?。，、،؛।\u2500-\u257f]")
#: One match per word holding a figure, from its first figure to the word's end (the search
#: skips to the figures, where ``\S*\d\S*`` found the same words trying every character of
#: every word, 9x dearer): :func:`figure_words` counts them.
_FIGURE_WORD = re.compile(r"\d\S*")
_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})(?=\s)")
_NUMBERED_ITEMS = 4
_ASCII_LOWER_WORDS = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")
_SLUG_PREFIX = re.compile(r"^((?:[a-z0-9]+ ){3,}[a-z0-9]+) (?=[^\sa-z0-9])")
#: A bracketed tag opening a line ("[Video]", "(Ảnh)"), any language of :data:`lexicon.MEDIA_TAGS`.
_MEDIA_TAG = re.compile(r"^\s*[\[(]" + lx.written_pattern(lx.MEDIA_TAGS) + r"[\])]", re.IGNORECASE)
#: A time of day and the word after it, any language of :data:`lexicon.TIME_SUFFIXES` (for
#: patterns compiled with ``re.IGNORECASE``).
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?\s*" + lx.TIME_SUFFIX_PATTERN + "?"
#: Dates in figures: day, month and year ("22/10/2010", "22.10.10", or spaced after the dots
#: with the year of four figures, as Czech, Slovak, Croatian and Slovene write it: "18. 11.
#: 2019"), or the year first, as ISO writes it and Korean and Chinese sites do ("2020-03-12",
#: "2020.03.12", "2020. 3. 12."); with dots, month and day of two figures or spaced (a version
#: number, "2019.2.3", is written with dots too). The day first, the year may end with its dot
#: too, as Croatian, Serbian and Slovene write it ("18. 11. 2019. u 10:07").
_DATE = (
    r"(?:\d{1,2}(?:[/.\-]\d{1,2}[/.\-]\d{2,4}|\.\s\d{1,2}\.\s\d{4})\.?|\d{4}-\d{2}-\d{2}"
    r"|\d{4}\.\d{2}\.\d{2}|\d{4}\.\s\d{1,2}\.\s\d{1,2}\.)"
)
#: A month's name or abbreviation, any language of :data:`lexicon.MONTHS` (longest first).
_MONTH = rf"(?:{lx.MONTH_PATTERN[1:-1]})\.?"
#: The word between a day, its month and its year ("de"), any language of
#: :data:`lexicon.DATE_JOINS`.
_JOIN = lx.DATE_JOIN_PATTERN
#: A date written out with the month first: "Nov 19, 2019" (the month after a non-word
#: character: the lead-in of :data:`_DATELINE` tries it only where a word starts).
_MONTH_FIRST_DATE = rf"(?<!\w){_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
#: ... and with the day first: "19 November 2019", "30. Juli 2018" (German), "22 de outubro de
#: 2010" (Spanish, Portuguese), "12 марта 2020 г." (Russian), "2013年04月09日" (Chinese,
#: Japanese), "2012년 11월 06일" (Korean); a weekday in brackets may follow ("(水)").
_DAY_FIRST_DATE = (
    rf"(?:\d{{1,2}}\.?\s+(?:{_JOIN}\s+)?{_MONTH}\s+(?:{_JOIN}\s+)?\d{{4}}"
    rf"(?:\s*{lx.YEAR_WORD_PATTERN})?"
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?(?:\s*[(（][^\d()（）]{1,3}[)）])?)"
)
#: ... and with the year first, then the month's name and the day: "2019. november 18."
#: (Hungarian), "2019 m. lapkričio 18 d." (Lithuanian).
_YEAR_FIRST_DATE = (
    rf"\d{{4}}\.?\s+(?:{lx.YEAR_WORD_PATTERN}\s+)?{_MONTH}\s+\d{{1,2}}\.?"
    rf"(?:\s*{lx.DAY_WORD_PATTERN})?"
)


#: A word joining a date to its time ("at", "um", "lúc", "u"), any language of
#: :data:`lexicon.DATE_TIME_WORDS` (longest first).
_DATE_TIME_WORD = lx.phrase_pattern(lx.DATE_TIME_WORDS)


def _dateline(date: str, *, figure_first: bool = False) -> re.Pattern[str]:
    """A line that is only ``date`` and a time, with a lead-in of up to 40 characters before
    (a weekday, a place, "Updated:") and a zone after.

    ``figure_first``: every form of ``date`` opens with a figure, as the time does. The
    lead-in holds no figure, so it ends at the line's first figure: it is written as an atomic
    group, taken once (up to 40 characters, then the separators up to the figure), where the
    lazy lead-in was tried at every length up to 40 each time the rest failed (4x dearer on
    the lines with a date hint; the same lines match either way)."""
    lead = r"(?>[^\d\n]{0,40}[,|\s]*)" if figure_first else r"(?:[^\d\n]{0,40}?[,|\s]*)?"
    return re.compile(
        rf"^{lead}(?:{_TIME}\s*[,|\-–]?\s*)?(?:{date})"
        rf"(?:\s*[,|\-–]?\s*(?:{_DATE_TIME_WORD}\s+)?{_TIME})?"
        rf"(?:\s*\(?(?:GMT|UTC|[A-Z]{{2,4}})\s*[+\-]?\d{{0,2}}\)?)?\s*[|.]?$",
        re.IGNORECASE,
    )


#: A line that is a date in figures or written out with the day or the year first ...
_DATELINE = _dateline(f"{_DATE}|{_DAY_FIRST_DATE}|{_YEAR_FIRST_DATE}", figure_first=True)
#: ... or with the month first, tried only on the lines where :data:`_MONTH_FIRST_HINT` finds
#: a word before a day and a year (the lead-in makes the pattern try every month name at every
#: word of the line).
_DATELINE_MONTH_FIRST = _dateline(_MONTH_FIRST_DATE)
_MONTH_FIRST_HINT = re.compile(r"[^\W\d_]\.?\s+\d{1,2},?\s+\d{4}")
_STAMP_WORDS = sorted(lx.phrases(lx.STAMP_WORDS))
#: Scripts written without spaces between words (Chinese, Japanese, Korean): their stamp words
#: end before a blank, a colon or a figure, not at a word's end.
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _stamp_word_alternation(words: list[str]) -> str:
    """The pattern of :data:`STAMP_WORD` without its anchor, from the words of
    :data:`lexicon.STAMP_WORDS` (as a tree of their beginnings, the longest first): a word that
    ends in a letter ends at a word's end; one of a script without spaces, or whose last mark
    is not a letter (a vowel sign), ends before a blank, a colon or a figure."""
    spaced = [w for w in words if w[-1].isalnum() and not _SPACELESS.search(w)]
    spaceless = [w for w in words if w not in spaced]
    alts = [f"(?:{lx.trie_pattern(spaced)})\\b"]
    if spaceless:
        alts.append(f"(?:{lx.trie_pattern(spaceless)})(?=[\\s:：\\d])")
    return "|".join(alts)


_STAMP_ALTERNATION = _stamp_word_alternation(_STAMP_WORDS)

#: The word that opens the line of an article's date ("Updated: ...", "입력 2020.03.12 14:30"):
#: whole words in languages written with spaces; East Asian ones before a blank, a colon or a
#: figure.
STAMP_WORD = re.compile(rf"^(?:{_STAMP_ALTERNATION})", re.IGNORECASE)

#: Where a second stamp opens on the line of the first ("... 2019 | UPDATED: ...", "... 6:18
#: p.m. Updated: ..."): a bar, a semicolon or a middle dot, or a blank, before a stamp word.
_NEXT_STAMP = re.compile(rf"(?:\s*[|;·•]\s*|\s+)(?=(?:{_STAMP_ALTERNATION}))", re.IGNORECASE)

#: A clock time ("10:48", "6:18 p.m.", "10h48").
_CLOCK = re.compile(_TIME)

#: The longest line read as stamps one after the other (two datelines of up to 80 characters).
_STAMPS_CHARS = 160


#: Each pair of letters of a script written without spaces, side by side: no blank says where
#: a word of one to four characters ends there (:func:`content_words`, and the strip stage's
#: topic words).
CHARACTER_PAIRS = re.compile(rf"(?=([{CHARACTER_WORD_RANGES}]{{2}}))")
#: A content word has at least this many characters unless the caller asks for more ("the",
#: "with", "and" are shorter) and is compared by its first :data:`_CONTENT_STEM` ones.
_CONTENT_LETTERS = 4
_CONTENT_STEM = 5


def content_words(key: str, *, letters: int = _CONTENT_LETTERS, pairs: bool = True) -> set[str]:
    """The words of a folded ``key`` that name what the line speaks of, for telling whether
    two lines speak of the same thing (a headline and its lede, a subheading and the
    paragraph under it, a question and its answer): its words of at least ``letters``
    characters, cut to their first :data:`_CONTENT_STEM` (so that "killed" meets "kills"), and
    unless not ``pairs``, the pairs of letters of a script written without spaces
    (:data:`CHARACTER_WORD_RANGES`), which stand for its words. No word lists: any language."""
    found = {w[:_CONTENT_STEM] for w in key.split() if len(w) >= letters}
    if pairs:
        found.update(CHARACTER_PAIRS.findall(key))
    return found


def opens_with_capital(text: str) -> bool:
    """``text`` opens with a capital, or with a letter of a script that has no capitals
    (Arabic, Hebrew, Devanagari, Thai, Chinese ...): what a name opens with."""
    c = text[:1]
    return c.isupper() or (c.isalpha() and c.lower() == c.upper())


def is_separator(line: str) -> bool:
    return bool(_SEPARATOR.match(line))


_DIGIT = re.compile(r"\d")
#: A blank-separated token holding a letter of any script ("Bay", "2020s", "年"), and one
#: holding a figure and no letter ("18", "—70", "$9", "2:16", "70-44").
_LETTER_TOKEN = re.compile(r"\S*[^\W\d_]\S*")
_FIGURE_TOKEN = re.compile(r"(?<!\S)(?:\d|[^\s\w])*\d(?:\d|[^\s\w])*(?!\S)")


def figures_row(text: str) -> bool:
    """``text`` is mostly figures: its tokens holding a figure and no letter outnumber those
    holding a letter (a table's row, "Palm Bay 18 22 13 17 — 70"; a list of prices or
    times). A headline is words, in any language: one that counts ("34 Top Photography Trends
    in 2025") has fewer figures than words."""
    if _DIGIT.search(text) is None:
        return False
    return len(_FIGURE_TOKEN.findall(text)) > len(_LETTER_TOKEN.findall(text))


#: "3 hours ago" in the languages of :mod:`cleanscrape.lexicon.lang`, alone on its line.
_RELATIVE_TIME = re.compile(
    f"^(?:{lx.RELATIVE_TIME_PATTERN})$",
    re.IGNORECASE,
)


#: What every date of :data:`_DATELINE` holds (two figures joined by a separator, or a year):
#: a cheap search before the pattern, whose optional lead-in makes a miss costly. (Written
#: with the figure first, outside the alternation, so that the search skips to the figures of
#: the line: ``\d[/.\-]\d|\d{4}`` finds the same, trying both forms at every character.)
_DATE_HINT = re.compile(r"\d(?:[/.\-]\d|\d{3})")


def is_dateline(line: str) -> bool:
    """A line that is only a date/time (possibly with a weekday or place and a zone)."""
    if len(line) > 80 or not _DIGIT.search(line):
        return False
    if _RELATIVE_TIME.match(line):
        return True
    if _dated(line):
        return True
    return bool(STAMP_WORD.match(line)) and len(line) < 60 and bool(re.search(r"\d", line))


def _dated(line: str) -> bool:
    """A line that is a date written out, with its time, a lead-in and a zone (no bare stamp
    word and figure: "Published in 2007" is none)."""
    return _DATE_HINT.search(line) is not None and (
        _DATELINE.match(line) is not None
        or (
            _MONTH_FIRST_HINT.search(line) is not None
            and _DATELINE_MONTH_FIRST.match(line) is not None
        )
    )


def is_stamps(line: str) -> bool:
    """A line of two stamps or more, each opened by its stamp word and each a dateline with a
    date written out or a clock time: the article's date and its update's printed on one line
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "Published:
    Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m."), which
    :func:`is_dateline` reads as no date: the patterns of one date fail on the second, and a
    stamp word with figures is a date only under 60 characters."""
    if len(line) > _STAMPS_CHARS or STAMP_WORD.match(line) is None:
        return False
    parts = _NEXT_STAMP.split(line)
    return len(parts) >= 2 and all(map(_stamp, parts))


def _stamp(part: str) -> bool:
    """One stamp of :func:`is_stamps`: a dateline that is a date written out or holds a clock
    time ("UPDATED: 11:05, Tue, Nov 19, 2019"; a stamp word and a year alone is no stamp)."""
    return is_dateline(part) and (_dated(part) or _CLOCK.search(part) is not None)


def _read_time(text: str) -> bool:
    """A reading time, alone or after the article's date ("Dec 19, 2025 · 6 min read")."""
    date = reading_time_prefix(text)
    return date is not None and (not date or is_dateline(date))


@dataclass(slots=True)
class Line:
    """One non-blank line of a page and its features."""

    index: int  # index in the input list
    text: str  # stripped
    key: str  # folded
    words: int
    terminal: bool
    teaser: bool  # cut with " ..." (card teaser)
    ascii_lower: bool  # the line is already in folded form (alt-slug shape)
    slug_prefix: str  # leading folded words glued to a title ("giu lua ... Việt Nam hỗ trợ")
    doubled: bool  # "Title Title" on one line
    media_tag: bool  # "[Video] ...", "[Infographic] ..."
    dateline: bool  # a date or time, or a reading time (alone or after a date)
    separator: bool
    block_start: bool  # a blank line (or the start) precedes it
    wordlist: bool = False  # many words, no sentence mark, few figures: items on one line
    repeats: int = 0  # other lines with the same folded key
    lexicon: str = ""  # category from the phrase lexicons ("" when none)
    #: holds a character that a phrase-lexicon rule needs (see :func:`lexicon_categories`)
    marked: bool = True
    #: sentence-like: long enough and ends like a sentence (not a cut teaser, a title written
    #: twice, an alt slug or items on one line); worked out once, from the fields above, for
    #: the page at once by :func:`line_features` (the rules read it many times)
    prose: bool = False
    #: short line without sentence punctuation: a heading, a link, a menu item (as ``prose``)
    titlelike: bool = False
    #: the bullet (and the blanks after it) that the dump printed before ``text``, an indented
    #: list item's (:mod:`~cleanscrape.chrome.list_marks`): the page's own line is ``mark + text``
    mark: str = ""


def _doubled(text: str) -> bool:
    n = len(text)
    if n < 20:
        return False
    half = n // 2
    # Either test below needs the (stripped) line's first twelve characters again from
    # ``half - 2`` on, unless its first half is under twelve characters once trailing blanks
    # go (the twelfth character a blank, or no twelfth in the first half): one substring
    # search rules most lines out.
    if half > 11 and not text[11].isspace() and text.find(text[:12], half - 2) < 0:
        return False
    a, b = text[:half].strip(), text[half:].strip()
    if a == b:
        return True
    # odd lengths and double spaces: compare folded halves (only when the start recurs)
    probe = text[:12]
    if text.find(probe, half - 2) < 0:
        return False
    ka = fold(text[: half + 1])
    kb = fold(text[half:])
    return len(ka) > 8 and (ka == kb or fold(text[:half]) == kb)


def _may_end_with_face(text: str) -> bool:
    """The (non-empty) line ends with a character outside the BMP or one of
    :data:`_FACE_LAST`: a face may end it, which :func:`_terminal` reads (the lines the
    character pass finds by :data:`_FACE_UNITS`)."""
    return text[-1] in _FACE_LAST or ord(text[-1]) > 0xFFFF


def _terminal(text: str, words: int) -> bool:
    """Ends like a sentence (closing quotes and brackets aside), a trailing credit ignored,
    or, a line of ``words`` :data:`_FACE_SENTENCE_WORDS` or more, with a face
    (:data:`_FACE_END`)."""
    if text.endswith(")"):
        text = _CREDIT.sub("", text) or text
    end = text.rstrip(CLOSERS)
    if not end:
        return False
    if end[-1] in _TERMINAL_CHARS:
        return True
    return words >= _FACE_SENTENCE_WORDS and _FACE_END.search(end) is not None


def _irregular_lines(block: str) -> set[int]:
    """Lines of ``block`` whose words are not separated by exactly one space each."""
    starts = {m.start() for m in _OTHER_SPACE.finditer(block)}
    pos = block.find("  ")
    while pos >= 0:
        starts.add(pos)
        pos = block.find("  ", pos + 2)
    return line_indexes(block, starts)


def _wordlist(text: str, words: int, asian: bool = True) -> bool:
    """Items saved as one line: no sentence mark and at most one word in ten with a figure, a
    long line (``words`` of them) with few marks, names run together by blanks with a stray
    mark (a select box's options: :data:`_CAPITALISED`), or items numbered 1, 2, 3, 4 ... in
    order ("1 Headline 2 Headline 3 ...", a "Most read" box). A line in a script written
    without spaces is none of these (its words are not counted by its blanks); ``asian``:
    whether the page may hold a letter of such a script (False when the character pass found
    none, and the line is not searched for one)."""
    # items numbered 1 to 4 need a "1" and a "4" (most lines have not: no search for numbers)
    if "4" in text and "1" in text and _numbered(text):
        return True
    if asian and (_CJK.search(text) or _UNSPACED.search(text)):
        return False
    marks = len(_SENTENCE_MARK.findall(text))
    if not marks:
        return _few_figures(text)
    # a long run of items that holds a stray mark ("l'association, ...") is still no prose:
    # sentences put a mark every few words
    if words >= _LONG_WORDLIST and _SPARSE_MARKS * marks < words:
        return True
    # names run together by blanks, with a stray mark ("... Washington D.C. West Virginia ...")
    return (
        _CAPITAL_MARKS * marks < words
        and _ITEM_JOINER.search(text) is None
        and _few_figures(text)
        and capitalised(text)
    )


def _few_figures(text: str) -> bool:
    """At most one word in ten holds a figure, counts in brackets after items not counted (a
    table's row carries figures; a category box's "Gardening (149)" counts its posts)."""
    return 10 * figure_words(_ITEM_COUNT.sub("", text)) <= len(text.split())


def capitalised(text: str) -> bool:
    """Nearly every word of ``text`` that opens with a letter opens with a capital (a script
    without cases has none: never)."""
    initials = "".join(_WORD_INITIAL.findall(text))
    return bool(initials) and sum(map(str.isupper, initials)) >= _CAPITALISED * len(initials)


def figure_words(text: str) -> int:
    """How many words of ``text`` hold a figure ("35%", "$175,000", "2019")."""
    return len(_FIGURE_WORD.findall(text))


_ITEM_NUMBERS = ("1", "2", "3", "4")


def _numbered(text: str) -> bool:
    """The first :data:`_NUMBERED_ITEMS` numbers standing alone in ``text`` are 1, 2, 3, 4 (the
    search stops at the first number that is not the next one: a paragraph's first is rarely
    a 1, and its numbers need not all be found)."""
    for k, m in enumerate(_LIST_NUMBER.finditer(text)):
        if m.group(1) != _ITEM_NUMBERS[k]:
            return False
        if k == _NUMBERED_ITEMS - 1:
            return True
    return False


def nonblank_lines(
    lines: list[str],
) -> tuple[list[int], list[str], list[bool], dict[int, str]]:
    """The indexes and texts of the lines that are not blank, each stripped of
    :data:`_BLANK_CHARS` at both ends, whether each starts a block (first line, or a blank
    line before it), and the bullets cut from the front of indented list items' texts, by
    position (:func:`~cleanscrape.chrome.list_marks.list_marks`). The one place lines are
    stripped: with a line memo or without, a line is read the same."""
    stripped = [raw.strip(_BLANK_CHARS) for raw in lines]
    indexes = [i for i, text in enumerate(stripped) if text]
    starts = [i == 0 or not stripped[i - 1] for i in indexes]
    texts = [stripped[i] for i in indexes]
    return indexes, texts, starts, list_marks(lines, indexes, texts)


def line_features(lines: list[str]) -> list[Line]:
    """Features of every non-blank line (blank lines are dropped, but mark block starts).

    The page is worked out a feature at a time over all its lines (a column each,
    :func:`text_columns`); ``repeats`` counts the other lines of the page with the same key.
    """
    indexes, texts, starts, marks = nonblank_lines(lines)
    if not indexes:
        return []
    n = len(texts)
    cols = text_columns(texts)
    keys = cols[0]
    counts = Counter(keys)
    repeats = [counts[key] - 1 if key else 0 for key in keys]
    # (the lines made by ``map``: a call per line from C, the columns already of length n)
    feats = list(
        map(Line, indexes, texts, *cols[:10], starts, cols[10], repeats, [""] * n, *cols[11:])
    )
    set_marks(feats, marks)
    return feats


#: A cut line of at least this many words between two prose lines, or between a prose line and
#: a tag row, is running text (:func:`cut_paragraphs`).
_CUT_PARAGRAPH_WORDS = 10


def cut_paragraphs(feats: list[Line]) -> None:
    """Read the cut lines (``teaser``) of a run that stands between two prose lines of
    ``feats``, or between a prose line and the story's tag row, as running text: no teasers,
    prose when long enough.

    A card's teaser opens under its title (a heading, a link: no prose); cut lines with a
    paragraph of running text on each side are the page's own paragraphs cut by its writer (a
    listing of events whose blurbs end "... and …", an excerpt quoted in the text), each cut
    with " ..." or " …" after a space. A tag row ("Tags: economy, Europe") closes the story
    it follows, so the cut lines between the story's prose and it are the story's last
    paragraphs, however they are cut (a paragraph that leads into a list, "So, in no
    particular order…", a blurb the story quotes cut short). Each line of the run has
    :data:`_CUT_PARAGRAPH_WORDS` words or more.
    """
    n = len(feats)
    # (the cut lines found from the teaser column, in C; a run is consecutive positions)
    cut = [
        k
        for k in compress(range(n), map(attrgetter("teaser"), feats))
        if feats[k].words >= _CUT_PARAGRAPH_WORDS
    ]
    runs: list[list[int]] = []
    for k in cut:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if run[0] > 0 and run[-1] < n - 1 and _written_run(feats, run):
            for k in run:
                feats[k].teaser = False
                feats[k].prose = True


def _written_run(feats: list[Line], run: list[int]) -> bool:
    """The cut lines of ``run`` (neither first nor last of the page) are the writer's: a prose
    line above them, and below them a prose line (each cut after a space) or a tag row."""
    if not feats[run[0] - 1].prose:
        return False
    below = feats[run[-1] + 1]
    if below.lexicon == TOPIC_TAGS:
        return True
    return below.prose and all(_TEASER.search(feats[k].text) for k in run)


#: A card's summary cut by characters (a few hundred, "... eliminate hallucinations...")
#: runs past :data:`_TEASER_TIGHT_WORDS`: up to this many words it is a teaser beside a
#: card's date (:func:`dated_cut_summaries`).
_DATED_TEASER_WORDS = 90
#: How a cut line ends (the test before :data:`_TEASER_TIGHT`'s; a card's summary cut short).
ELLIPSES = ("...", "…")


def dated_cut_summaries(feats: list[Line]) -> None:
    """Mark as teasers the lines cut right after a word ("... and eliminate hallucinations...")
    too long for a card by their words alone (:data:`_TEASER_TIGHT_WORDS` to
    :data:`_DATED_TEASER_WORDS`) that stand in a dated card: a date line right below them
    (a card closed by its kicker and date), or two lines above them with one line between
    that is no prose (a card of a kicker and date, a headline and its summary).

    A listing of an outlet's other stories cuts each summary at a length in characters, so a
    summary of several sentences ends in the middle of one; the card's date beside it shows
    the listing. A paragraph of the story that ends with "..." stands among the story's
    paragraphs, not next to a date line. The line stays sentence-like (``prose``): the rules
    that find a dated listing by its summaries (:func:`.regions.dated_cards`) count it.
    """
    n = len(feats)
    cut = [
        k
        for k, ln in enumerate(feats)
        if not ln.teaser
        and ln.text.endswith(ELLIPSES)
        and _TEASER_TIGHT_WORDS < ln.words <= _DATED_TEASER_WORDS
        and _TEASER_TIGHT.search(ln.text)
    ]
    for k in cut:
        below = k + 1 < n and feats[k + 1].dateline
        above = k >= 2 and feats[k - 2].dateline and not feats[k - 1].prose
        if below or above:
            feats[k].teaser = True


def set_marks(feats: list[Line], marks: dict[int, str]) -> None:
    """Give the lines of ``feats`` (by position) the bullets :func:`nonblank_lines` cut."""
    for k, mark in marks.items():
        feats[k].mark = mark


#: The features :func:`text_columns` gives, in the order of its columns: those of
#: :class:`Line` that depend on the line's text alone.
TEXT_FEATURES = (
    "key",
    "words",
    "terminal",
    "teaser",
    "ascii_lower",
    "slug_prefix",
    "doubled",
    "media_tag",
    "dateline",
    "separator",
    "wordlist",
    "marked",
    "prose",
    "titlelike",
)


def text_columns(texts: list[str]) -> tuple[list[Any], ...]:
    """The features of :data:`TEXT_FEATURES` for each of ``texts`` (stripped, non-blank lines),
    a column each.

    Each is a function of the line's text alone (the page-wide passes, folding and the
    character pass, work line by line). The keys come from one :func:`fold_lines` call, the
    lines holding a figure from one search over the page; the rare shapes (teasers, credits,
    datelines, slugs, separators, media tags) are tested only on the lines whose ends or first
    character let them match.
    """
    n = len(texts)
    block = "\n".join(texts)
    if block.count("\n") == n - 1:
        # (the page's code units read once, for folding and for the character pass)
        units = code_units(block)
        keys = fold_block(block, units).split("\n")
        chars: _PageChars | None = _page_chars(block, units)
    else:  # a text with a line break of its own
        keys, chars = fold_lines(texts), None
    words = chars.words if chars is not None else [text.count(" ") + 1 for text in texts]
    for k in chars.irregular if chars is not None else _irregular_lines(block):
        words[k] = len(texts[k].split())
    if chars is None or chars.asian:
        for k, text in enumerate(texts):
            if not text.isascii():
                # Chinese/Japanese: about two characters a word; Thai, Lao, Burmese, Khmer: four
                words[k] += len(_CJK.findall(text)) // 2 + len(_UNSPACED.findall(text)) // 4
    # (the lines' first and last characters from the character pass; the rare shapes are
    # tested only on the lines whose ends let them match)
    edges = chars.edges if chars is not None else _edges(texts)
    terminal = edges.stops.copy()
    for k in edges.closed:
        # (a closing quote or bracket: what is before it; a character that may be a face)
        terminal[k] = _terminal(texts[k], words[k])
    teaser = [False] * n
    ascii_lower = [False] * n
    slug_prefix = [""] * n
    media_tag = [False] * n
    dateline = [False] * n
    separator = [False] * n
    for k in edges.slugs:
        text = texts[k]
        ascii_lower[k] = words[k] >= 3 and bool(_ASCII_LOWER_WORDS.match(text))
        m = _SLUG_PREFIX.match(text)
        if m is not None:
            slug_prefix[k] = m.group(1)
    for k in edges.media:
        media_tag[k] = bool(_MEDIA_TAG.match(texts[k]))
    for k in edges.separators:
        separator[k] = is_separator(texts[k])
    for k in edges.dotted:
        text = texts[k]
        teaser[k] = (
            bool(_TEASER.search(text))
            or (words[k] <= _TEASER_TIGHT_WORDS and bool(_TEASER_TIGHT.search(text)))
            or (words[k] <= _EXCERPT_WORDS and bool(_EXCERPT.search(text)))
        )
    for k in chars.digits if chars is not None else range(n):
        text = texts[k]
        dateline[k] = (len(text) <= 80 and (is_dateline(text) or _read_time(text))) or is_stamps(
            text
        )
    marked = chars.marked if chars is not None else [True] * n
    doubled = [len(text) >= 20 and _doubled(text) for text in texts]
    asian = chars is None or chars.asian  # (a page without such letters: no line searched)
    wordlist = [
        w >= _WORDLIST_WORDS and _wordlist(t, w, asian) for w, t in zip(words, texts, strict=True)
    ]
    for k in headed_boxes(keys, words, texts):
        wordlist[k] = True
    # prose: (at least 10 words and terminal, or at least 30 words), unless one of the rare
    # shapes; titlelike: not terminal, at most 25 words (columns combined by C-level maps)
    prose = list(map(or_, map(and_, terminal, map((10).__le__, words)), map((30).__le__, words)))
    shaped = map(or_, map(or_, teaser, doubled), map(or_, ascii_lower, wordlist))
    for k in compress(range(n), shaped):
        prose[k] = False
    titlelike = list(map(and_, map(not_, terminal), map((25).__ge__, words)))
    return (
        keys,
        words,
        terminal,
        teaser,
        ascii_lower,
        slug_prefix,
        doubled,
        media_tag,
        dateline,
        separator,
        wordlist,
        marked,
        prose,
        titlelike,
    )


def headed_boxes(keys: list[str], words: list[int], texts: list[str]) -> list[int]:
    """Positions of the lines that open with a related heading ("Top stories", "Most read",
    "Lo más leído") and run on for :data:`_WORDLIST_WORDS` words or more without a full stop:
    a box of headlines saved as one line with its heading (a converter that does not break
    between a box's links), no prose, whatever stray comma or colon its titles hold. A
    paragraph that opens with such words ends its sentences. ``keys``: the lines' folded
    forms. (Only the long lines are searched, picked in C: a page has few.)"""
    long = compress(range(len(words)), map(_WORDLIST_WORDS.__le__, words))
    return [k for k in long if _HEADED_BOX.match(keys[k]) and _FULL_STOP.search(texts[k]) is None]


def diacritic_language(lines: list[Line]) -> bool:
    """True when most longer lines carry non-ASCII letters (Vietnamese, French, German ...)."""
    long = [ln for ln in lines if ln.words >= 8]
    if not long:
        return False
    # (a character outside ASCII, tested in C)
    marked = sum(1 for ln in long if not ln.text.isascii())
    return marked >= 0.5 * len(long)


def _tags_label(text: str) -> bool:
    """The line opens with a tags label and its colon ("Tags: a, b", "Từ khóa: ...")."""
    colon = text[:40].find(":")
    return colon > 0 and fold(text[:colon]) in _TAGS_SET


def _credit_label(text: str) -> bool:
    """The line opens with a credit's label and its colon ("Ảnh: TTXVN", "Photo credit: ...",
    or with a picture's number, "Image 2: A simple AI workflow", a caption's label). A label of
    more words than a credit phrase ("Foto Reuters:", "Image courtesy of:") labels a credit
    only when a name follows it, not a phrase (:func:`_longer_label`)."""
    colon = text[:25].find(":")
    if colon <= 0:
        return False
    label = text[:colon]
    key = fold(label)
    if key.rstrip(_PICTURE_NUMBER) in _CREDIT_SET:
        return True
    return bool(
        _CREDIT_LABEL.match(key) or (_lower_tail(label) and _CREDIT_PREFIX.match(key))
    ) and _longer_label(text[colon + 1 :])


def _longer_label(tail: str) -> bool:
    """What follows a label that a credit word opens with more words after it can be a credit
    (a name, an agency, a site: "Image courtesy of: Rima Brindamour", "Image Source: Neil
    Godwin / Shutterstock"), not a phrase (:func:`phrase_tail`). A credit word opens the body's
    own sentences too, in every language: a speaker and a verb of saying over a quote
    (Vietnamese "Anh cho biết: “...”", "anh" folded as "ảnh"), a subject before its account
    ("Ảnh hưởng của bão số 3: ...", "Ánh sáng: ..."), a phrase opening a sentence ("Picture
    this: you stumble onto ...") or a list item's heading ("Photograph Everything: Take
    clear ... photos"). A credit's label alone ("Ảnh:", "Photo:", "Video:") still takes any
    tail: a caption that it labels is chrome."""
    return not phrase_tail(tail.strip())


def credit_tail(text: str) -> str:
    """What follows the colon of a line opened by a credit's label (:func:`_credit_label`):
    a credit's name or agency ("TTXVN", "Jane Doe/Reuters"), or the words of a headline that
    a media word labels ("Video: Người dân đổ xô đi mua vàng"); ``""`` when the line has no
    such label."""
    if not _credit_label(text):
        return ""
    return text[text.find(":") + 1 :].strip()


def phrase_tail(tail: str) -> bool:
    """A credit label's tail (:func:`credit_tail`) says something rather than naming who made
    the picture: at least :data:`_PHRASE_TAIL_WORDS` words, :data:`_PHRASE_TAIL_LOWER` of them
    written in small letters (a name capitalises its words but a joiner, "Fotografía de
    eLuVe", "Nguyễn Văn Hải", "The Spruce Eats"; a sentence's words are small, "Người dân đổ
    xô đi mua vàng"), and none of a credit's shapes (in brackets, after a slash, a word of
    pictures, an agency at its end: "Jane Doe/AP", "Natalie Naccache | Getty Images")."""
    words = tail.split()
    return (
        len(words) >= _PHRASE_TAIL_WORDS
        and sum(1 for w in words if w.isalpha() and w.islower()) >= _PHRASE_TAIL_LOWER
        and _CREDIT_SHAPE.search(tail) is None
        and _AGENCY_END.search(fold(tail)) is None
    )


def _lower_tail(label: str) -> bool:
    """The words after a label's first are lower case and the first stands apart ("Image
    courtesy of", not "Video Production Process" or "Video-on-demand sales")."""
    head, _, tail = label.partition(" ")
    return "-" not in head and tail == tail.lower()


def shared_words(found: list[str]) -> tuple[str, ...]:
    """Of each phrase of ``found``, the word that most of the phrases hold: every phrase holds
    one of these words, so a text holding none of them holds none of the phrases, and phrases
    that all name one thing ("requires javascript", "javascript aktivieren") give that one
    word."""
    counts = Counter(w for p in found for w in set(p.split(" ")))
    return tuple(sorted({max(p.split(" "), key=lambda w: (counts[w], w)) for p in found}))


_RELATED_SET = frozenset(folded_phrases(lx.RELATED_HEADINGS))
_RELATED_PREFIX = lx.prefix_regex(folded_phrases(lx.RELATED_HEADINGS), max_extra_words=3)
#: A related heading at a folded line's start with more words after it (:func:`headed_boxes`).
_HEADED_BOX = re.compile(r"(?:" + lx.trie_pattern(folded_phrases(lx.RELATED_HEADINGS)) + r") \S")
#: A sentence's end: a box of headlines saved as one line has none.
_FULL_STOP = re.compile(r"[.!?。！？]")
#: A "More ..." heading ("More stories"), any language of :data:`lexicon.MORE_WORDS`.
_MORE_WORDS = folded_phrases(lx.MORE_WORDS)
_MORE_HEADING = re.compile(r"^(?:" + lx.trie_pattern(_MORE_WORDS) + r")\s+\S+")
#: A related link written on one line with its heading: "Read more: Headline", "[ Related:
#: Headline ]", "» Also read: ...". The heading, up to its colon, is a related heading.
_RELATED_LINK = re.compile(r"^[^\w\s]{0,3}\s*([^\W\d][^:：]{2,30}?)\s*[:：]\s*\S")
_RELATED_LINK_WORDS = 30
#: The labels of such a line: the related headings, and labels that alone are buttons ("See
#: more").
_RELATED_LINK_LABELS = _RELATED_SET | frozenset(folded_phrases(lx.RELATED_LINK_LABELS))
_RELATED_FIRST = frozenset(p.split(" ", 1)[0] for p in _RELATED_LINK_LABELS)
#: The link to the previous or next article with its title: "Previous Post: Headline",
#: "Next article Headline", "Article précédent ...", matched on the folded line.
#: (any language of :data:`lexicon.PAGER_LABELS`).
_PAGER_LABELS = folded_phrases(lx.PAGER_LABELS)
_PAGER_LINK = re.compile(r"^(?:" + lx.trie_pattern(_PAGER_LABELS) + r") \S")
_MEDIA_SET = frozenset(folded_phrases(lx.MEDIA_HEADINGS))
_COMMENTS_PREFIX = lx.prefix_regex(folded_phrases(lx.COMMENTS), max_extra_words=3)
#: A count or a heading of the comments ("12 Comments", "Show comments", "Bình luận"): the
#: words of :data:`lexicon.COMMENT_COUNT_QUALIFIERS` before a noun of
#: :data:`lexicon.COMMENT_COUNT_NOUNS`.
_COMMENT_COUNT_NOUNS = lx.phrases(lx.COMMENT_COUNT_NOUNS)
_COMMENT_COUNT = re.compile(
    rf"^(?:\d+\s+)?(?:{lx.phrase_pattern(lx.COMMENT_COUNT_QUALIFIERS)}\s+)*"
    rf"(?:{lx.trie_pattern(_COMMENT_COUNT_NOUNS)})\b"
)
#: A comment header's verb and its colon, any language of :data:`lexicon.COMMENT_VERBS`.
_COMMENT_VERB = f"(?:{lx.COMMENT_VERB_PATTERN})" + r"\s*:$"
#: "jane says:", or a forum's "by jane ( 1311177 ) writes:" (the user's number after the name;
#: "As Joel writes:" introduces a quote in the body).
_COMMENT_AUTHOR = re.compile(
    r"^\S+(?:\s\S+)?\s+" + _COMMENT_VERB + r"|^(?:by\s+)?\S+(?:\s\S+)?\s+\(\s*\d+\s*\)\s+writes:$",
    re.IGNORECASE,
)
#: A comment's header with its date and time: "Jane Roe on September 12, 2018 at 4:47 pm
#: said:", "Catherine (Staff) on 13/09/2018 at 17:23 said:" (a year and a time of day, which
#: a sentence of the body introducing a quote does not carry).
_COMMENT_DATED = re.compile(
    r"^\S+(?:\s\S+){0,3}?\s+(?:"
    + lx.trie_pattern(lx.phrases(lx.DATE_PREPOSITIONS))
    + r"|-|–|—|\|)\s.{0,30}?"
    r"(?:19|20)\d\d\b.{0,12}?\b\d{1,2}[:.h]\d{2}\b.{0,12}?\s" + _COMMENT_VERB,
    re.IGNORECASE,
)
_COMMENT_DATED_WORDS = 16
#: A comments heading that names the article: "10 thoughts on “Title”", "15 Replies to “...”".
#: (a figure or a word of :data:`lexicon.COMMENT_TITLED_NUMBERS`, then a phrase of
#: :data:`lexicon.COMMENT_TITLED`).
_COMMENT_TITLED = re.compile(
    rf"^(?:\d+|{lx.phrase_pattern(lx.COMMENT_TITLED_NUMBERS)}) "
    rf"{lx.phrase_pattern(lx.COMMENT_TITLED)}\b"
)
_COMMENT_TITLED_WORDS = 40
#: Words :data:`_COMMENT_N` needs (a substring test before the regex): the stems of the
#: comments' nouns (:data:`lexicon.COMMENT_STEMS`).
_COMMENT_STEMS = tuple(lx.longest_first(lx.phrases(lx.COMMENT_STEMS)))
_COMMENT_WORD = re.compile(lx.trie_pattern(_COMMENT_STEMS))
#: The piece most stems hold ("comment", "coment", "kommentar": "ment"), and the stems that
#: hold none: a key holding none of these holds no stem (substring tests before the regex).
_COMMENT_PIECES = ("ment",)
_COMMENT_HINTS: tuple[str, ...] = _COMMENT_PIECES + tuple(
    s for s in _COMMENT_STEMS if not any(p in s for p in _COMMENT_PIECES)
)
#: A post's row of metadata holds its date beside the count of its comments ("October 12,
#: 2018 / 0 Comments / in News / by admin"; a browser prints it "October 12, 2018/0 Comments/in
#: News /by admin", the separators joined to the words): no heading over the comments.
_DATED_ROW = re.compile(f"{_DATE}|{_MONTH_FIRST_DATE}|{_DAY_FIRST_DATE}", re.IGNORECASE)
#: ... and the count of its comments: a figure and a noun of the comments holding a stem.
_COMMENT_N = re.compile(
    r"\b\d+\s+(?:"
    + lx.trie_pattern(n for n in _COMMENT_COUNT_NOUNS if _COMMENT_WORD.search(n))
    + r")\b"
)
#: ... which the line prints as a count: a whole figure (its thousands set apart by a point or a
#: comma at most, "1.234 Kommentare") before a word, a bracket at most between them ("(12)
#: Comments", "2018/0 Comments"). The key drops punctuation, so a quote's decimals before the word
#: ("Sensex: 40677.51 +207.81, Comment") read there as a count ("81 comment"); the text does not.
_COUNT_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d{3})*[)\]]?\s*[^\W\d_]")
_SHARE_PREFIX = lx.prefix_regex(folded_phrases(lx.SHARE_FOLLOW), max_extra_words=5)
_COOKIE_PREFIX = lx.prefix_regex(folded_phrases(lx.COOKIE), max_extra_words=60)
_SUBSCRIBE_PREFIX = lx.prefix_regex(folded_phrases(lx.SUBSCRIBE), max_extra_words=12)
#: A paywall's offer: a line of at most :data:`_PAYWALL_WORDS` words opened by one of its
#: phrases ("Unlimited access to every article", "Cancel anytime", "Jederzeit kündbar").
_PAYWALL_PREFIX = lx.prefix_regex(folded_phrases(lx.PAYWALL), max_extra_words=8)
_PAYWALL_WORDS = 12
#: ... or opened by a phrase of a script written without spaces ("続きを読むには", "订阅后"),
#: as characters: the line's first word is its whole clause ("続きを読むには有料会員登録が必要
#: です", "订阅后可阅读全文"), which the prefix lexicons, matching whole words, never find.
_PAYWALL_UNSPACED = tuple(
    p for p in _PAYWALL_PREFIX.phrases if _CJK.search(p) or _UNSPACED.search(p)
)
#: ... searched for in a page's keys at once, after a line break (:func:`_line_starts`).
_PAYWALL_UNSPACED_START = re.compile("\n(?:" + lx.trie_pattern(_PAYWALL_UNSPACED) + ")")
_TAGS_PREFIX = lx.prefix_regex(folded_phrases(lx.TAGS), max_extra_words=14)
#: ... whose label, up to the colon, is the whole phrase ("Tags:", "Thẻ:"): Vietnamese "thẻ"
#: folds to "the", and "The bottom line:" is a subheading of the body.
_TAGS_SET = frozenset(folded_phrases(lx.TAGS))
#: ... or opened by a label that takes no colon ("Filed under ...", "Posted in ...").
_TAGS_UNCOLONED = tuple(lx.longest_first(lx.phrases(lx.TAGS_UNCOLONED)))
_CREDIT_PREFIX = lx.prefix_regex(folded_phrases(lx.CREDITS), max_extra_words=12)
#: ... whose label, up to the colon, is the credit phrase or it and one word more ("Ảnh:",
#: "Photo credit:", "Foto Reuters:"): a credit word opening a longer phrase before the colon
#: opens a line of the body ("Video-on-demand sales: ...", "Video Production Process: ...").
_CREDIT_LABEL = lx.prefix_regex(folded_phrases(lx.CREDITS), max_extra_words=1)
#: ... or the credit phrase alone ("Ảnh:", "Photo credit:"), whatever follows it.
_CREDIT_SET = frozenset(folded_phrases(lx.CREDITS))
#: ... after the credit phrase, a picture's number ("Image 2:", "Ảnh 3:"): the characters
#: stripped from the label's end before it is looked up.
_PICTURE_NUMBER = " 0123456789"
#: The fewest words of a tail after a credit's label that can be a headline's or a caption's
#: (:func:`phrase_tail`), and of them the fewest written in small letters.
_PHRASE_TAIL_WORDS = 3
_PHRASE_TAIL_LOWER = 2
_AGENCY_END = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(a) for a in lx.AGENCY_CREDITS) + r")(?:\s+photo)?$"
)
#: How a key that :data:`_AGENCY_END` matches ends (checked first: a suffix test is cheap).
_AGENCY_TAILS = (*lx.AGENCY_CREDITS, "photo")
#: A credit line's shape besides its agency: in brackets, after a slash, with a word of
#: pictures, or the photographer and the agency set apart by bars as a picture's credit is
#: printed under it ("Natalie Naccache | Bloomberg | Getty Images", "Firn | Getty Images"; a
#: picture agency alone: a page is titled "Story | Reuters", a news agency's own).
#: (the words of pictures, :data:`lexicon.CREDIT_SHAPE_WORDS`).
_CREDIT_SHAPE = re.compile(
    rf"^\(|/|\b{lx.written_pattern(lx.CREDIT_SHAPE_WORDS)}\b|\s\|\s*(?:"
    + "|".join(re.escape(a) for a in lx.PICTURE_ONLY_AGENCIES)
    + r")$",
    re.IGNORECASE,
)
#: A caption that ends with its photographer and agency after a slash ("... in Madrid, Spain,
#: Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)", "... to oppose it. Jaafar ASHTIYEH / AFP").
_SLASH_AGENCIES = (*lx.AGENCY_CREDITS, "ap", "getty")
_SLASH_CREDIT = re.compile(
    r"(?:^|[\s(]|(?<=[.!?”\"]))[A-Z][^\s/]*(?:\s+[A-Z][^\s/]*){0,3}\s?/\s?(?i:"
    + "|".join(re.escape(a) for a in _SLASH_AGENCIES)
    + r")\)?\.?$"
)
_CAPTION_WORDS = 60
_AUTHOR_BIO_SET = frozenset(folded_phrases(lx.AUTHOR_BIO))
_SHARE_START = lx.prefix_regex(folded_phrases(lx.SHARE_FOLLOW), max_extra_words=30)
_SOCIAL = re.compile(r"\b(?:" + "|".join(re.escape(fold(x)) for x in lx.SOCIAL_NETWORKS) + r")\b")
#: A row of share buttons that opens with the networks' names, the share label after them ("X
#: Share via", "Facebook X Share"): names of :data:`lexicon.SOCIAL_NETWORKS` (or a link's name,
#: :data:`lexicon.SOCIAL_LINK_NAMES`), then a whole phrase of :data:`lexicon.SHARE_FOLLOW`. A
#: headline that names a network goes on with words of its own ("Twitter share price ...").
#: The networks' names as a line's key holds them (folded), whether in a row of links to the
#: site's accounts or before a share label.
NETWORK_KEYS = frozenset(fold(x) for x in lx.SOCIAL_NETWORKS) | frozenset(lx.SOCIAL_LINK_NAMES)
_NETWORK_NAMES = sorted(NETWORK_KEYS, key=lambda n: (-len(n), n))
_NETWORKS_FIRST = frozenset(name.partition(" ")[0] for name in _NETWORK_NAMES)
_SHARE_PHRASES = sorted(folded_phrases(lx.SHARE_FOLLOW), key=len, reverse=True)
_NETWORKS_THEN_SHARE = re.compile(
    rf"^(?:(?:{'|'.join(map(re.escape, _NETWORK_NAMES))}) )+"
    rf"(?:{'|'.join(map(re.escape, _SHARE_PHRASES))})$"
)
_NETWORKS_ROW_WORDS = 8
#: A picture's place in a gallery ("Photo 3 of 12"), any language of
#: :data:`lexicon.GALLERY_WORDS` and :data:`lexicon.GALLERY_OF`.
_GALLERY_WORDS = folded_phrases(lx.GALLERY_WORDS)
_GALLERY = re.compile(
    rf"^(?:(?:{lx.trie_pattern(_GALLERY_WORDS)})\s+)?"
    rf"\d{{1,3}}\s+(?:{lx.trie_pattern(folded_phrases(lx.GALLERY_OF))})\s+\d{{1,3}}\b"
)
_UI_SET = frozenset(folded_phrases(lx.UI))
#: What a consent banner's line holds (:data:`lexicon.CONSENT_WORDS`, anywhere in its key).
_CONSENT_WORD = re.compile("|".join(re.escape(w) for w in sorted(lx.phrases(lx.CONSENT_WORDS))))
#: The consent framework's standard sentences opening a line (:data:`lexicon.CONSENT_FRAMEWORK`):
#: its notice with the count of partners ("We and our 100 partners store and/or access
#: information on a device ...", "Nous et nos 842 partenaires stockons et/ou accédons ..."),
#: which the cookie prefixes, phrases without a figure, miss, its purposes and its list of
#: vendors. The count, folded, is a number whose thousands a blank may set apart ("1 200").
_FRAMEWORK_COUNT = r"(?:\d{1,3}(?: \d{3})* )?"
_FRAMEWORK = re.compile(
    r"^(?:"
    + "|".join(
        _FRAMEWORK_COUNT.join(re.escape(part) for part in p.split("# "))
        for p in lx.longest_first(lx.phrases(lx.CONSENT_FRAMEWORK))
    )
    + r")\b"
)
_FRAMEWORK_FIRST = frozenset(p.split(" ", 1)[0] for p in lx.phrases(lx.CONSENT_FRAMEWORK))
#: A banner whose first sentence names the site ("Rogers Media uses cookies for
#: personalization, ... By continuing to use our service, you agree to our use of cookies."):
#: the site's name before "uses cookies" is no phrase of the lexicon, so the line is read by
#: its later sentences, one of which opens with a banner's phrase. The line must name cookies
#: itself (the word of :data:`lexicon.COOKIE_NAMES`, folded): a form's consent sentence ("By
#: submitting ...") after a paragraph of an article is no banner.
_COOKIE_KEYS = tuple(sorted({fold(w) for w in lx.phrases(lx.COOKIE_NAMES)} - {""}))
#: ... its sentences: the text broken after a full stop, a question or an exclamation mark.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")
#: ... on a line of at most this many words (the notice is a paragraph of up to a hundred).
_FRAMEWORK_WORDS = 160
#: Video player read-outs ("Current Time 0:00", "Duration 2:31", "Loaded: 0%"), the labels of
#: :data:`lexicon.PLAYER_READOUTS`.
_PLAYER = re.compile(rf"^{lx.phrase_pattern(lx.PLAYER_READOUTS)}(?: \S+){{0,4}} \d+$")
#: ... and its position over the clip's length, the same in every language ("0:00 / 2:31",
#: "1:02:15 / 1:45:00"): nothing but two clock readings of minutes and seconds with a slash.
_PLAYER_TIME = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:[0-5]\d\s*/\s*(?:\d{1,2}:)?\d{1,2}:[0-5]\d$")
#: A page's notice that its scripts do not run, a stand-in for a player, a viewer, a form or a
#: comment box ("This slideshow requires JavaScript.", "JavaScript is required to load the
#: comments.", "Please enable JavaScript in your browser to complete this form."): a phrase of
#: :data:`lexicon.SCRIPT_NOTICES` anywhere in the folded line, as whole words.
_SCRIPT_NOTICE = re.compile(
    r"(?:^| )" + lx.trie_pattern(folded_phrases(lx.SCRIPT_NOTICES)) + r"(?: |$)"
)
#: ... of each phrase, the word most of them hold (the language's name): a key holding none of
#: these holds no phrase (substring tests before the search, one needle for the page's pass).
_SCRIPT_NOTICE_HINTS = shared_words(folded_phrases(lx.SCRIPT_NOTICES))
#: ... on a line of at most this many words: the notice is a sentence or two ("Loading
#: comments relies on JavaScript. Try enabling JavaScript and reloading, or visit the original
#: post on Mastodon."); a paragraph of a story about the language is longer.
_SCRIPT_NOTICE_WORDS = 20
#: A photo caption ending with its credit: "... (Image: GETTY)", "... (AP Photo/Jane Roe)",
#: "... (Photo by ...)", "... Credit: ESA", "... Photo: Thomas Kuoh" (a source credit,
#: "(Source: ...)", can end a sentence of the body; "(credit/debit cards)" is a list item).
#: A browser joins the credit's label to the caption's last word ("... sought
#: treatmentCredit: Getty"): a capital right after a small letter or a stop opens it too.
#: Vietnamese captions ("... (Ảnh: TTXVN)") are the article's in the hand labels of the seeds.
#: (the words of :data:`lexicon.CAPTION_PICTURES`, :data:`lexicon.CAPTION_CREDITS` and
#: :data:`lexicon.BY_WORDS` in brackets, of :data:`lexicon.CAPTION_LABELS` after a blank).
_CAPTION_PICTURE = lx.written_pattern(lx.CAPTION_PICTURES)
_CAPTION_CREDIT_WORD = lx.written_pattern(lx.CAPTION_CREDITS)
_BY = lx.written_pattern(lx.BY_WORDS)
_CAPTION_CREDIT = re.compile(
    rf"(?:\((?:[A-Z]{{2,8}}\s+)?(?:{_CAPTION_PICTURE}s?"
    rf"\s*(?::|/|\s{_BY}\s)|{_CAPTION_CREDIT_WORD}s?\s*:)[^()]{{1,60}}\)"
    rf"|(?:\s|(?-i:(?<=[a-z.!?])(?=[A-Z]))){lx.written_pattern(lx.CAPTION_LABELS)}s?"
    r"\s*:\s*[^.!?:]{1,50})$",
    re.IGNORECASE,
)
#: What every caption credit holds near its end (a cheap test before the pattern; before it, a
#: cheaper one: the pattern's first form ends with a bracket, its second holds a colon).
_CAPTION_MARK = re.compile(rf"[:/]|\s{_BY}\s")
_FOOTER_PREFIX = lx.prefix_regex(folded_phrases(lx.FOOTER), max_extra_words=15)
#: The footer phrases of one word ("email", "hotline", "copyright", "accessibility"): nouns
#: that open body lines too ("Email and SMS campaigns", "Copyright law protects ...", a list
#: item "Email Marketing: $500-$5,000/month"), so a line of more than
#: :data:`_FOOTER_WORD_LINE` words opened by one is a footer line only as
#: :func:`_footer_word_line` reads it.
#: (Phrases of scripts written without spaces between words, "版权所有", "สงวนลิขสิทธิ์", are
#: read whole: the word after them is not told apart.)
_FOOTER_WORDS = frozenset(p for p in _FOOTER_PREFIX.phrases if " " not in p and p.isascii())
_FOOTER_WORD_LINE = 2
#: What windows-1252 (or Latin-1) shows for the bytes of UTF-8 that can stand before a
#: continuation byte: the leads 0xC2-0xF4 ("Ã", "Ä", "Å", "á") and the continuations
#: 0x80-0xBF ("»", "º", "¡"), but the no-break space.
_UTF8_BYTES_SHOWN = "".join(
    sorted(
        (
            {bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0)}
            | {chr(b) for b in range(0x80, 0xC0)}
            | {chr(b) for b in range(0xC2, 0xF5)}
        )
        - {"\u00a0"}
    )
)
#: The copyright sign, but where it is the byte 0xA9 of a UTF-8 letter read as windows-1252 and
#: left so by a repair that could not restore the word ("cÅ©ng" for "cũng", "lÄ©nh" for
#: "lĩnh", "á»©" for "ứ"): right after a character :data:`_UTF8_BYTES_SHOWN` holds.
_COPYRIGHT_SIGN = re.compile(f"(?<![{re.escape(_UTF8_BYTES_SHOWN)}])©")


def copyright_sign(text: str) -> bool:
    """Whether ``text`` holds the copyright sign (:data:`_COPYRIGHT_SIGN`)."""
    return "©" in text and _COPYRIGHT_SIGN.search(text) is not None


#: An address, a web address or a copyright sign anywhere in the line (the sign as
#: :func:`copyright_sign` reads it).
_FOOTER_CONTACT = re.compile(r"[@ⓒ]|www\.|https?://|" + _COPYRIGHT_SIGN.pattern)
#: A line opened by the copyright sign written in ASCII and a year or the word ("(c) 2024
#: Báo Quốc tế.", "(C) Copyright ..."): the sign as pages converted from a legacy encoding,
#: which has no "©", and plain-text writers print it.
_ASCII_COPYRIGHT = re.compile(r"\(c\)\s*(?:\d{4}|copyright)\b", re.IGNORECASE)
#: A copyright line of many sentences: opened by the sign or the word and a year ("© 2024 ...",
#: "Copyright © 2026 ...", "(c) 2019 ...") and saying the rights are reserved, in any language
#: (:data:`lexicon.RIGHTS_RESERVED`), then the owner's other notices ("... All rights
#: reserved. <Owner> is the owner of the <Owner> trademarks ..."). Below the article it is the
#: page's footer up to :data:`_RIGHTS_LINE_WORDS` words (the longest on the dev dumps has 38;
#: none is the article's). It is no tag of the lexicon: as one it would weigh as chrome in the
#: region's search, and a page whose copyright line is its last long line would have its
#: region end above the body's closing list.
_COPYRIGHT_OPEN = re.compile(
    r"^(?:[©ⓒⒸ]|\(c\)|copyright)(?:\s*(?:[©ⓒⒸ]|\(c\)|copyright))?\s*(?:1[89]|20)\d\d(?!\d)",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = re.compile("|".join(map(re.escape, folded_phrases(lx.RIGHTS_RESERVED))))
_RIGHTS_LINE_WORDS = 40


def copyright_line(line: Line) -> bool:
    """The line is the site's copyright line, at any length up to :data:`_RIGHTS_LINE_WORDS`
    words: opened by the copyright sign or word and a year, and saying the rights are reserved
    (:func:`copyright_opened`, :data:`_RIGHTS_RESERVED`)."""
    return (
        line.words <= _RIGHTS_LINE_WORDS
        and copyright_opened(line)
        and _RIGHTS_RESERVED.search(line.key) is not None
    )


def copyright_opened(line: Line) -> bool:
    """The line opens with the copyright sign or word and a year (:data:`_COPYRIGHT_OPEN`:
    "© 2025 Jane Roe. This site is open source!", "Copyright © 2026 ..."), whatever follows."""
    return _COPYRIGHT_OPEN.match(line.text) is not None


#: The word itself a label: "Email: ...", "Hotline: ...", a form field's "Email* ...".
_FOOTER_LABEL = re.compile(r"^\W*\w+\s*[:：*]")
#: A label of two to four words ending in a colon: a list item of the body ("Email
#: Marketing: ...").
_ITEM_LABEL = re.compile(r"^\W*\w+(?:[ \t]+[\w&/-]+){1,3}[ \t]*[:：]")
#: The word after the first, caught to see whether it opens with a capital.
_SECOND_WORD = re.compile(r"^\W*\w+\W+(\w)")
#: The figures of a footer line: a year ("Copyright 2024 ...", "2010-2025") or a phone number
#: ("Hotline 1900 1234", "+1 650 354 4040": seven digits or more, in groups). A share, a
#: count or a sum is a figure of the body ("Email alone consumes 28% of the workweek: 11
#: hours ...").
_FOOTER_FIGURE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\+?\d(?:[ .()-]?\d){6,}")


def _footer_word_line(text: str) -> bool:
    """A line opened by a footer phrase of one word is a footer line: it holds an address or a
    copyright sign, or the word is a label of its own ("Email: ..."); not when a label of two
    words or more opens it (a list item of the body, "Email Marketing: ..."); else when it
    holds a figure (a phone number, a year) or the word after the first opens with a capital
    (a name or a label: "Copyright Acme Inc.", "Email Us", "Email Address *"), where a body
    line goes on in lower case ("Email and SMS campaigns"). A figure of a line that goes on in
    lower case makes it a footer line only when it is a year or a phone number
    (:data:`_FOOTER_FIGURE`): "Email alone consumes 28% of the workweek" is a sentence."""
    if _FOOTER_CONTACT.search(text) or _FOOTER_LABEL.match(text):
        return True
    if _ITEM_LABEL.match(text):
        return False
    m = _SECOND_WORD.match(text)
    if _DIGIT.search(text) and (
        m is None or not m.group(1).islower() or _FOOTER_FIGURE.search(text) is not None
    ):
        return True
    return m is not None and m.group(1).isupper()


#: An imprint field's name of :data:`lexicon.FOOTER_LABELS` with at most this many words of
#: its own before its colon ("Văn phòng đại diện miền Nam:", "Văn phòng đại diện tại TP.HCM:").
_FOOTER_LABEL_NAME = lx.prefix_regex(folded_phrases(lx.FOOTER_LABELS), max_extra_words=4)
#: A footer line opened by such a label has at most this many words (an office's full address).
_FOOTER_LABEL_WORDS = 30


def footer_label(text: str) -> bool:
    """The line opens with an imprint field's name and its colon ("Đường dây nóng: ...",
    "Văn phòng đại diện miền Nam: ...", "Hotline TP.HCM: ..."; :data:`_FOOTER_LABEL_NAME`):
    the outlet's masthead, wherever the page prints it. A sentence of the body that opens with
    the name goes on without a colon ("Văn phòng đại diện của WHO tại Việt Nam cho biết ...")."""
    colon = text[:60].find(":")
    return colon > 0 and _FOOTER_LABEL_NAME.match(fold(text[:colon]))


def footer_word_item(line: Line) -> bool:
    """The line is a footer phrase of one word and one more word in small letters, no more:
    "Copyright license", "Email marketing". A footer line of its own ("Copyright notice" under
    the site's menu), or an item of a list of the body ("Journal title", "Keywords", "Copyright
    license", "Persistent identifiers"): the lines around it tell
    (:func:`cleanscrape.chrome.strip._footer_word_items`)."""
    if line.words != _FOOTER_WORD_LINE or line.key.partition(" ")[0] not in _FOOTER_WORDS:
        return False
    m = _SECOND_WORD.match(line.text)
    return m is not None and m.group(1).islower() and not _FOOTER_LABEL.match(line.text)


def paywall_offer(line: Line) -> bool:
    """The line is one of a paywall's offer ("Unlimited access to every article", "Cancel
    anytime", "続きを読むには、有料会員登録が必要です。"): a box printed inside the body, which
    the story goes on after."""
    key = line.key
    return line.words <= _PAYWALL_WORDS and (
        _PAYWALL_PREFIX.match(key) or key.startswith(_PAYWALL_UNSPACED)
    )


_PREFIX_MATCHERS = (
    _RELATED_PREFIX,
    _COMMENTS_PREFIX,
    _SHARE_PREFIX,
    _COOKIE_PREFIX,
    _SUBSCRIBE_PREFIX,
    _PAYWALL_PREFIX,
    _TAGS_PREFIX,
    _CREDIT_PREFIX,
    _SHARE_START,
    _FOOTER_PREFIX,
)
#: First words of every phrase of the prefix lexicons above.
_PREFIX_FIRST_WORDS = frozenset().union(*(m.first_words for m in _PREFIX_MATCHERS))
#: Every phrase of the prefix lexicons above, with the most words a line opening with it may
#: have for one of them to match it (a line one matches starts with one, as whole words), and
#: the most words a phrase has.
_PREFIX_PHRASES = {
    p: max(p.count(" ") + 1 + m.max_extra_words for m in _PREFIX_MATCHERS if p in m.phrases)
    for p in frozenset().union(*(m.phrases for m in _PREFIX_MATCHERS))
}
_PREFIX_PHRASE_WORDS = max(p.count(" ") + 1 for p in _PREFIX_PHRASES)
#: First words that the anchored patterns above need (a set probe before each pattern).
_MORE_FIRST = frozenset(w.split()[0] for w in _MORE_WORDS)
_GALLERY_FIRST = frozenset(_GALLERY_WORDS)
_PLAYER_FIRST = frozenset(w.split()[0] for w in lx.phrases(lx.PLAYER_READOUTS))
#: A breadcrumb trail's first word, any language of :data:`lexicon.BREADCRUMB_STARTS`.
_BREADCRUMB_STARTS = folded_phrases(lx.BREADCRUMB_STARTS)
_BREADCRUMB_FIRST = frozenset(p.split()[0] for p in _BREADCRUMB_STARTS)
_BREADCRUMB = re.compile(r"^(?:" + lx.trie_pattern(_BREADCRUMB_STARTS) + r")\b")
_CRUMB_SEPARATORS = re.compile(r"\s[>»›/|]\s|\s[>»›]\S|\S[>»›]\s")


def home_in_phrase(text: str, home: str) -> bool:
    """Whether a line opened by the home page's word (``home``, the folded words of
    :data:`lexicon.BREADCRUMB_STARTS` its key opens with) uses it as a word of a phrase set in
    sentence case ("Home renovation costs: ...", "Home electronics setup"), not as a trail's
    first step: the word set with a capital, the next word in small letters. A trail's steps
    are the names of sections, each set with a capital ("Home Latest News ...") or the whole
    trail in small letters or in capitals ("home blog", "HOME BLOG"), or parted by a mark
    ("Home > News")."""
    words = text.split(maxsplit=home.count(" ") + 1)
    if len(words) <= home.count(" ") + 1:
        return False
    first, after = words[0], words[-1]
    return first[:1].isupper() and not first.isupper() and after[:1].islower()


def crumb_separated(text: str) -> bool:
    """``text`` holds a breadcrumb trail's separator between two parts ("Home » Resources",
    "News > Business", "Blog / Guides"): a trail's steps, or a title with its site's name
    after a bar, not a headline printed alone."""
    return _CRUMB_SEPARATORS.search(text) is not None


def comment_header(line: Line) -> bool:
    """The header of one reader's comment: "jane says:", "Jane Roe on May 2, 2019 at 4:47 pm
    said:" (a comments heading of its own, one per comment)."""
    text = line.text
    if not text.endswith(":"):
        return False
    return (line.words <= 12 and _COMMENT_AUTHOR.match(text) is not None) or (
        line.words <= _COMMENT_DATED_WORDS and _COMMENT_DATED.match(text) is not None
    )


#: The openings that make a share-or-follow line an instruction of the body ("Follow these
#: steps for meditation:"), never a button or a call to follow a name or the site ("Follow",
#: "Follow Jane Doe", "Follow us", "Follow this blog", "Follow by Email"), any language of
#: :data:`lexicon.FOLLOW_STEPS`, each with the blank after it (whole words of a key).
_FOLLOW_STEPS = tuple(p + " " for p in lx.phrases_in_order(lx.FOLLOW_STEPS))

#: The tag of a footer line, a link or notice of the site's footer ("Privacy Policy",
#: "© 2026 ..."): :func:`lexicon_category` gives it, the strip stage's rules read it.
FOOTER = "footer"
#: The tag of a line of the comments section, its heading or count ("3 Comments", "Leave a
#: reply"): :func:`lexicon_category` gives it, the region and strip rules read it.
COMMENTS = "comments"
#: The tag of a share or follow button row ("Share this article", "Follow us on X"):
#: :func:`lexicon_category` gives it, the region and strip rules read it.
SHARE_FOLLOW = "share_follow"
#: The tag of a link to the previous or next story, or a "Read also: ..." link to another
#: ("Next article ...", "Previous Post: ..."): :func:`lexicon_category` gives it.
RELATED_LINK = "related_link"
#: The tag of the heading over a list of other stories ("Related articles", "Read more"):
#: :func:`lexicon_category` gives it, the region, appeal, sequel and strip rules read it.
RELATED_HEADING = "related_heading"
#: The tag of the heading over a list of videos or galleries ("More videos"):
#: :func:`lexicon_category` gives it, the strip stage prints it as :data:`RELATED_HEADING`.
MEDIA_HEADING = "media_heading"
#: The tag of a line of a cookie or consent notice ("We use cookies ..."):
#: :func:`lexicon_category` gives it, as do the consent panels the region rules find.
COOKIE = "cookie"
#: The tag of a newsletter, paywall or subscription offer ("Subscribe to our newsletter"):
#: :func:`lexicon_category` gives it, as do the paywall boxes and forms of the region rules.
SUBSCRIBE = "subscribe"
#: The tag of a control of the page, a button or a player's label ("Load more", "Play
#: video"), or of a form's fields: :func:`lexicon_category` gives it, as do the region rules.
UI = "ui"
#: The tag of a photo caption or credit ("Photo: Jane Doe/Reuters"): :func:`lexicon_category`
#: gives it, the region and strip rules read it (it may stand between paragraphs).
CREDIT = "credit"
#: The tag of the heading of an author box ("About the author"): :func:`lexicon_category`
#: gives it, as does the strip stage to the box under it.
AUTHOR_BIO = "author_bio"
#: The tag of a line of the story's topic tags ("Tags: economy, Europe"):
#: :func:`lexicon_category` gives it, the sequel and strip rules read it.
TOPIC_TAGS = "tags"
#: The tag of a breadcrumb trail ("Home > News > World"): :func:`lexicon_category` gives it.
BREADCRUMB = "breadcrumb"
#: The tag of a menu row, a navigation saved as one line ("News Sport Business Culture"):
#: :func:`lexicon_category` gives it, the region, lede and strip rules read it.
MENU = "menu"
#: The tag of an affiliate disclosure ("Buying through our links may earn us a commission"):
#: :func:`lexicon_category` gives it (:mod:`~cleanscrape.chrome.disclosures`); a short
#: story's own lines run on under one (:func:`~cleanscrape.chrome.sequels.lines_above_row`).
DISCLOSURE = "disclosure"
#: The category of the lines under the outlet's own dated story head, above the headline of
#: the story the page carries (:func:`~cleanscrape.chrome.strip._dated_head_above`): the
#: outlet's, never a story's; the site templates count them (:mod:`~.templates`).
OUTLET_HEAD = "outlet_head"


def script_notice(key: str) -> bool:
    """Whether the folded line ``key`` holds a page's notice that its scripts do not run
    (:data:`lexicon.SCRIPT_NOTICES`): interface text a page prints in place of a slideshow, a
    video, a form or its comments when the browser or the converter runs no script, the same
    on every site that uses the widget, never the story's own words."""
    return any(h in key for h in _SCRIPT_NOTICE_HINTS) and _SCRIPT_NOTICE.search(key) is not None


def _banner_sentence(key: str, text: str) -> bool:
    """Whether a line that names cookies (:data:`_COOKIE_KEYS`) and holds a consent word is a
    cookie banner read by a sentence after its first: one that opens with a banner's phrase
    (:data:`_COOKIE_PREFIX`, "By continuing to use our service, you agree to our use of
    cookies."). A site's banner often opens with the site's name ("Acme uses cookies ..."),
    which no lexicon holds; its closing sentence is the standard one. A paragraph of an
    article that reports on cookies quotes no such sentence of its own."""
    if not any(w in key for w in _COOKIE_KEYS) or not _CONSENT_WORD.search(key):
        return False
    for sentence in _SENTENCE_BREAK.split(text)[1:]:
        folded = fold(sentence)
        if _COOKIE_PREFIX.match(folded):
            return True
    return False


def lexicon_category(line: Line, *, terms: bool | None = None) -> str:
    """Category of a line that the phrase lexicons recognise as chrome, else ``""``.

    ``terms``: whether the key holds a term of affiliate disclosures, when the caller knows
    (:func:`lexicon_categories` finds them for the page at once); else it is looked up here."""
    key = line.key
    if not key:
        return ""
    first = key.partition(" ")[0]
    # the prefix lexicons look the first word up in a set first: when no lexicon has it, none
    # of them is asked (``known and ...``); the line's fields are read once
    known = first in _PREFIX_FIRST_WORDS
    words, terminal, text = line.words, line.terminal, line.text
    if (
        words <= _RELATED_LINK_WORDS
        and first in _RELATED_FIRST
        and (m := _RELATED_LINK.match(text)) is not None
        and fold(m.group(1)) in _RELATED_LINK_LABELS
    ) or (words <= _RELATED_LINK_WORDS and first in _PAGER_FIRST and _PAGER_LINK.match(key)):
        return RELATED_LINK
    # (each anchored pattern below runs only when the key opens with a word it can start
    # with, and the comment-count search only on a key holding one of its words: a set probe
    # or a substring test rules out most lines)
    figure = first[:1].isdigit()
    if (
        words <= _COMMENT_TITLED_WORDS
        and (figure or first in _TITLED_WORDS)
        and _COMMENT_TITLED.match(key)
    ):
        return COMMENTS
    if words <= 8 and (not terminal or text.endswith(":")):
        if (
            key in _RELATED_SET
            or ((known and _RELATED_PREFIX.match(key, first)) and words <= 6)
            or (
                first in _MORE_FIRST
                and _MORE_HEADING.match(key)
                and words <= 4
                and text[:1].isupper()
            )
        ):
            return RELATED_HEADING
        if key in _MEDIA_SET:
            return MEDIA_HEADING
        if key in _AUTHOR_BIO_SET:
            return AUTHOR_BIO
        if (known and _COMMENTS_PREFIX.match(key, first)) or (
            (figure or first in _COUNT_WORDS)
            and _COMMENT_COUNT.match(key)
            and (words <= 4 or key[0].isdigit())
        ):
            return COMMENTS
    if key in _UI_SET:
        return UI
    if (
        words <= 10
        and (not terminal or text.endswith(":"))
        and (known and _SHARE_PREFIX.match(key, first))
        and not (key + " ").startswith(_FOLLOW_STEPS)
    ):
        return SHARE_FOLLOW
    if words <= 24 and (known and _SHARE_START.match(key, first)) and _SOCIAL.search(key):
        return SHARE_FOLLOW
    if (
        words <= _NETWORKS_ROW_WORDS
        and not terminal
        and first in _NETWORKS_FIRST
        and _NETWORKS_THEN_SHARE.match(key)
    ):
        return SHARE_FOLLOW
    if words <= 60 and (first in _GALLERY_FIRST or first[:1].isdigit()) and _GALLERY.match(key):
        return CREDIT
    if comment_header(line) or (
        words <= 12
        and any(h in key for h in _COMMENT_HINTS)
        and _COMMENT_WORD.search(key)
        and _COMMENT_N.search(key)
        and _COUNT_FIGURE.search(text)
        and not _DATED_ROW.search(text)
    ):
        return COMMENTS
    if (terms if terms is not None else holds_term(key)) and disclosure(key, words):
        return DISCLOSURE
    if words <= 80 and known and _CONSENT_WORD.search(key) and _COOKIE_PREFIX.match(key, first):
        return COOKIE
    if words <= 80 and _banner_sentence(key, text):
        return COOKIE
    if words <= _FRAMEWORK_WORDS and first in _FRAMEWORK_FIRST and _FRAMEWORK.match(key):
        return COOKIE
    if words <= 8 and (
        (first in _PLAYER_FIRST and _PLAYER.match(key)) or (figure and _PLAYER_TIME.match(text))
    ):
        return UI
    if words <= _SCRIPT_NOTICE_WORDS and script_notice(key):
        return UI
    if (
        words <= 60
        and (text[-1] == ")" or ":" in text)
        and _CAPTION_MARK.search(text[-70:])
        and _CAPTION_CREDIT.search(text)
    ):
        return CREDIT
    if words <= 18 and (known and _SUBSCRIBE_PREFIX.match(key, first)):
        return SUBSCRIBE
    if words <= _PAYWALL_WORDS and (
        (known and _PAYWALL_PREFIX.match(key, first)) or key.startswith(_PAYWALL_UNSPACED)
    ):
        return SUBSCRIBE
    if (
        words <= 16
        and (known and _TAGS_PREFIX.match(key, first))
        and (key.startswith(_TAGS_UNCOLONED) or _tags_label(text))
    ):
        return TOPIC_TAGS
    if words <= 14 and (
        ((known and _CREDIT_PREFIX.match(key, first)) and _credit_label(text))
        or (key.endswith(_AGENCY_TAILS) and _AGENCY_END.search(key) and _CREDIT_SHAPE.search(text))
    ):
        return CREDIT
    if (
        words <= _CAPTION_WORDS
        and key.endswith(_SLASH_AGENCIES)
        and "/" in text
        and _SLASH_CREDIT.search(text)
    ):
        return CREDIT
    if words <= 20 and (
        (
            known
            and _FOOTER_PREFIX.match(key, first)
            and (
                first not in _FOOTER_WORDS or words <= _FOOTER_WORD_LINE or _footer_word_line(text)
            )
        )
        or copyright_sign(text)
        or _ASCII_COPYRIGHT.match(text) is not None
    ):
        return FOOTER
    if (
        words <= _FOOTER_LABEL_WORDS
        and first in _FOOTER_LABEL_NAME.first_words
        and footer_label(text)
    ):
        return FOOTER
    if (
        words <= 14
        and first in _BREADCRUMB_FIRST
        and (home := _BREADCRUMB.match(key)) is not None
        and not terminal
        and not home_in_phrase(text, home.group(0))
    ):
        return BREADCRUMB
    if (
        words <= 16
        and not terminal
        and not _DIGIT.search(text)  # table rows carry figures, trails do not
        and len(_CRUMB_SEPARATORS.findall(text)) >= 2
    ):
        return BREADCRUMB
    if not terminal and words <= 60 and joined_menu(text):
        return MENU
    return ""


#: First words that the anchored patterns of links to the previous or next article, of titled
#: comments headings and of comment counts can start with (besides figures): the qualifiers
#: and the nouns' first words of :data:`lexicon.COMMENT_COUNT_QUALIFIERS` and
#: :data:`lexicon.COMMENT_COUNT_NOUNS`.
_PAGER_FIRST = frozenset(p.split(" ", 1)[0] for p in _PAGER_LABELS)
_TITLED_WORDS = lx.phrases(lx.COMMENT_TITLED_NUMBERS)
_COUNT_WORDS = lx.phrases(lx.COMMENT_COUNT_QUALIFIERS) | {
    n.split(" ", 1)[0] for n in _COMMENT_COUNT_NOUNS
}
#: The first word of every line :func:`lexicon_category` can give a category by an anchored
#: pattern (a line starting with a figure is looked at too). The lines the prefix lexicons can
#: match start with one of their phrases (:func:`_opens_with_phrase`), the headings and
#: interface strings are whole keys (:data:`_LEXICON_KEYS`), and a related link written with
#: its heading holds a colon (a mark).
_LEXICON_FIRST = frozenset().union(
    _MORE_FIRST,
    _GALLERY_FIRST,
    _PLAYER_FIRST,
    _BREADCRUMB_FIRST,
    _PAGER_FIRST,
    _FRAMEWORK_FIRST,
    _TITLED_WORDS,
    _COUNT_WORDS,
    _NETWORKS_FIRST,
    ("c",),  # (the key of a line opened by "(c)": :data:`_ASCII_COPYRIGHT`)
)
#: Keys that a rule takes as they are: headings and interface strings.
_LEXICON_KEYS = _RELATED_SET | _MEDIA_SET | _AUTHOR_BIO_SET | _UI_SET
#: Words that the rules on comment counts and on notices that scripts do not run look for
#: anywhere in a key.
_LEXICON_KEY_WORDS: tuple[str, ...] = _COMMENT_STEMS + _SCRIPT_NOTICE_HINTS
#: Characters of a line's text that a rule needs: a colon (comment authors, tags, credits,
#: captions, related links with their heading, also full width), a slash (captions), menu and
#: breadcrumb joiners, a tab, the copyright sign; and a dash or ``by`` between spaces (menus
#: joined with dashes, "Photo by ...").
_TEXT_MARKS = ":：/|·•»›>\t©"
#: The most words of a line that a rule needing a mark takes (captions, joined menus: 60; the
#: longer rules, cookie banners, need a first word of their lexicon).
_MARKED_WORDS = 60
_DASHES = "-–—"


#: Bits of :data:`_CHAR_BITS`: a mark, a blank (whitespace but the line break, what ``[^\S\n]``
#: matches), a dash, the letters of "by", the line break, a digit (what ``\d`` matches; the
#: high surrogates too, which open the characters outside the BMP, some of them digits), a
#: letter of :data:`_CJK` or :data:`_UNSPACED`.
_MARK, _BLANK, _DASH, _B, _Y, _BREAK, _DIGIT_BIT, _ASIAN = 1, 2, 4, 8, 16, 32, 64, 128


def _char_bits() -> npt.NDArray[np.uint8]:
    """The bits of each UTF-16 code unit (a character outside the BMP is two surrogates)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    bits = ((_TEXT_MARKS, _MARK), (_DASHES, _DASH), ("b", _B), ("y", _Y), ("\n", _BREAK))
    for chars, bit in bits:
        table[[ord(c) for c in chars]] |= bit
    every = "".join(map(chr, range(0x10000)))
    for pattern, bit in (
        (re.compile(r"[^\S\n]"), _BLANK),
        (re.compile(r"\d|[\ud800-\udbff]"), _DIGIT_BIT),
        (_CJK, _ASIAN),
        (_UNSPACED, _ASIAN),
    ):
        table[[m.start() for m in pattern.finditer(every)]] |= bit
    table.flags.writeable = False
    return table


_CHAR_BITS = _char_bits()


@dataclass(frozen=True, slots=True)
class _Edges:
    """What the lines' first and last characters let :func:`text_columns` test, by line."""

    stops: list[bool]  # each line: it ends with a sentence mark (:data:`_TERMINAL_CHARS`)
    #: lines ending with a closing quote or bracket (:data:`CLOSERS`) or a character that may
    #: be a face (:data:`_FACE_UNITS`): :func:`_terminal` reads what ends them
    closed: list[int]
    slugs: list[int]  # lines opening with a character of :data:`_SLUG_START`
    media: list[int]  # ... of :data:`_MEDIA_START`
    separators: list[int]  # ... of :data:`_SEPARATOR_START`
    dotted: list[int]  # lines ending with ".." or "…"


def _edges(texts: list[str]) -> _Edges:
    """:class:`_Edges` of ``texts`` (non-empty), line by line (for a page whose texts hold a
    line break of their own; the character pass finds them for the others)."""
    ends, closers = _TERMINAL_CHARS, CLOSERS
    return _Edges(
        [text[-1] in ends for text in texts],
        [k for k, text in enumerate(texts) if text[-1] in closers or _may_end_with_face(text)],
        [k for k, text in enumerate(texts) if text[0] in _SLUG_START],
        [k for k, text in enumerate(texts) if text[0] in _MEDIA_START],
        [k for k, text in enumerate(texts) if text[0] in _SEPARATOR_START],
        [k for k, text in enumerate(texts) if text.endswith(("..", "…", ".]", "…]"))],
    )


#: Bits of :data:`_EDGE_BITS`: what a line's first character can open (a slug, a media tag, a
#: separator) and what its last character ends (a sentence; a closing quote or bracket).
_OPENS_SLUG, _OPENS_MEDIA, _OPENS_SEPARATOR, _ENDS_STOP, _ENDS_CLOSER = 1, 2, 4, 8, 16


def _edge_bits() -> npt.NDArray[np.uint8]:
    """The bits of :data:`_OPENS_SLUG` ... for each UTF-16 code unit (the sets are of
    characters of the BMP; a low surrogate, the end of a character outside it, may end a
    face: it has :data:`_ENDS_CLOSER`, for :func:`_terminal` to read the line's end)."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for chars, bit in (
        (_SLUG_START, _OPENS_SLUG),
        (_MEDIA_START, _OPENS_MEDIA),
        (_SEPARATOR_START, _OPENS_SEPARATOR),
        (_TERMINAL_CHARS, _ENDS_STOP),
        (CLOSERS, _ENDS_CLOSER),
    ):
        table[[ord(c) for c in chars]] |= bit
    table[_FACE_UNITS] |= _ENDS_CLOSER
    table.flags.writeable = False
    return table


_EDGE_BITS = _edge_bits()


def _page_edges(units: npt.NDArray[np.uint16], starts: npt.NDArray[np.intp]) -> _Edges:
    """:class:`_Edges` of the lines of a block (its UTF-16 ``units``, each line's first unit at
    ``starts``, no line empty): the bits of each line's first and last unit."""
    last = np.empty_like(starts)
    last[:-1] = starts[1:] - 2  # (the unit before the next line's break)
    last[-1] = len(units) - 1
    end = units.take(last)
    heads = _EDGE_BITS.take(units.take(starts))
    tails = _EDGE_BITS.take(end)
    # a teaser's ".." needs a dot before the last one, on the same line; "…" alone is one;
    # an elision in brackets ("[...]", "[…]") ends with the bracket after a dot or "…"
    before = units.take(np.maximum(last - 1, 0))
    dots = (end == ord("…")) | (
        (last > starts)
        & (
            ((end == ord(".")) & (before == ord(".")))
            | ((end == ord("]")) & ((before == ord(".")) | (before == ord("…"))))
        )
    )
    return _Edges(
        (tails & _ENDS_STOP).astype(bool).tolist(),
        np.flatnonzero(tails & _ENDS_CLOSER).tolist(),
        np.flatnonzero(heads & _OPENS_SLUG).tolist(),
        np.flatnonzero(heads & _OPENS_MEDIA).tolist(),
        np.flatnonzero(heads & _OPENS_SEPARATOR).tolist(),
        np.flatnonzero(dots).tolist(),
    )


@dataclass(frozen=True, slots=True)
class _PageChars:
    """What one pass over a page's characters finds, by line."""

    marked: list[bool]  # each line: it holds a lexicon mark (see :func:`_page_chars`)
    digits: list[int]  # lines that may hold a digit
    asian: bool  # the page holds a letter of :data:`_CJK` or :data:`_UNSPACED`
    #: lines whose words are not separated by exactly one space each (two spaces in a row,
    #: or whitespace other than a space: :func:`_irregular_lines`)
    irregular: list[int]
    #: words of each line as :func:`line_features` first counts them: its spaces (U+0020) + 1
    words: list[int]
    #: what the lines' first and last characters let :func:`text_columns` test
    edges: _Edges


#: Bits of what :func:`_page_chars` finds at a character, ORed over each line: a lexicon mark
#: (a character of :data:`_TEXT_MARKS`, a dash or ``by`` between blanks), a digit, a letter of
#: an Asian script, irregular spacing (two spaces in a row, or a blank other than a space).
_LINE_MARK, _LINE_DIGIT, _LINE_ASIAN, _LINE_IRREGULAR = _MARK, _DIGIT_BIT, _ASIAN, _BLANK


def _page_chars(block: str, units: npt.NDArray[np.uint16] | None = None) -> _PageChars:
    """The lines of ``block`` (texts joined by line breaks) that hold a mark of
    :data:`_TEXT_MARKS`, a dash between blanks or ``by`` between blanks, and those that may
    hold a digit: one look-up per UTF-16 code unit of the page, then one OR per line over the
    bits found (``numpy.bitwise_or.reduceat`` from each line's first unit). ``units``: the
    block's code units (:func:`code_units`), when the caller has them."""
    if units is None:
        units = code_units(block)
    bits = _CHAR_BITS.take(units)
    found = bits & (_LINE_MARK | _LINE_DIGIT | _LINE_ASIAN)
    blank = (bits & _BLANK).astype(bool)
    if len(bits) >= 4:
        dash = blank[:-2] & blank[2:] & (bits[1:-1] & _DASH).astype(bool)
        by = (bits[1:-2] & _B).astype(bool) & (bits[2:-1] & _Y).astype(bool)
        found[1:-1] |= dash.view(np.uint8)  # (_LINE_MARK is 1)
        found[1:-2] |= (by & blank[:-3] & blank[3:]).view(np.uint8)
    space = units == 32
    irregular = blank & ~space
    irregular[1:] |= space[1:] & space[:-1]
    found |= irregular.view(np.uint8) * np.uint8(_LINE_IRREGULAR)
    # each line's first unit (every line holds one: no line of a block is empty)
    starts = np.flatnonzero(units == 10)
    starts += 1
    starts = np.concatenate(([0], starts))
    per_line = np.bitwise_or.reduceat(found, starts)
    spaces = np.add.reduceat(space, starts, dtype=np.int32)
    spaces += 1
    return _PageChars(
        (per_line & _LINE_MARK).astype(bool).tolist(),
        np.flatnonzero(per_line & _LINE_DIGIT).tolist(),
        bool((per_line & _LINE_ASIAN).any()),
        np.flatnonzero(per_line & _LINE_IRREGULAR).tolist(),
        spaces.tolist(),
        _page_edges(units, starts),
    )


def lexicon_categories(lines: list[Line]) -> list[str]:
    """:func:`lexicon_category` of every line of a page, the page at once.

    A line can get a category only when its key starts with a word of :data:`_LEXICON_FIRST`,
    a figure or a phrase of the prefix lexicons, is a key of :data:`_LEXICON_KEYS`, ends with a
    picture agency, holds a word of :data:`_LEXICON_KEY_WORDS`, or its text holds a mark of
    :data:`_TEXT_MARKS` (or a dash or "by" between spaces; ``Line.marked``, found for the
    whole page with array operations by :func:`line_features`) and it has at most
    :data:`_MARKED_WORDS` words (a caption ending with one of :data:`_SLASH_AGENCIES` after
    a slash is such a line: a slash is a mark, and the rule takes at most as many words): only
    those lines go through the rules (about a fifth of a page's lines; a line opening with a
    phrase's first word, "the", "a", "in", costs a few set probes to rule out). A rule added to
    :func:`lexicon_category` that can match a line found by none of these needs its trigger
    added here.
    """
    n = len(lines)
    keys = [ln.key for ln in lines]
    key_block = "\n".join(keys)
    if key_block.count("\n") != n - 1:  # a key with a line break of its own
        return [lexicon_category(ln) for ln in lines]
    first, tails, most = _LEXICON_FIRST, _AGENCY_TAILS, _MARKED_WORDS
    whole, prefix_first = _LEXICON_KEYS, _PREFIX_FIRST_WORDS
    todo = {
        k
        for k, key in enumerate(keys)
        if (lines[k].marked and lines[k].words <= most)
        or (w := key.partition(" ")[0]) in first
        or w[:1].isdigit()
        or key in whole
        or (w in prefix_first and _opens_with_phrase(key))
        or key.endswith(tails)
    }
    todo.update(lines_holding(key_block, _LEXICON_KEY_WORDS))
    todo.update(_line_starts(key_block, _PAYWALL_UNSPACED_START))
    todo.update(lines_holding(key_block, _COOKIE_KEYS))  # (a banner read by its later sentence)
    disclosures = lines_holding(key_block, _DISCLOSURE_HINTS)  # (few lines, usually none)
    todo.update(disclosures)
    out = [""] * n
    for k in todo:
        out[k] = lexicon_category(lines[k], terms=k in disclosures)
    return out


def _line_starts(block: str, pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the lines of ``block`` (split at ``\\n``) that open with a match of
    ``pattern``, which opens with the line break before it (searched for in ``block`` after
    one: the search skips to the line breaks)."""
    return line_indexes(block, [m.start() for m in pattern.finditer("\n" + block)])


def _opens_with_phrase(key: str) -> bool:
    """Whether ``key`` starts with a phrase of the prefix lexicons, as whole words, and has
    few enough words for a lexicon of that phrase (keys are words joined by single spaces)."""
    words = key.split(" ", _PREFIX_PHRASE_WORDS)
    size = key.count(" ") + 1
    phrase = words[0]
    if size <= _PREFIX_PHRASES.get(phrase, 0):
        return True
    for word in words[1:_PREFIX_PHRASE_WORDS]:
        phrase += " " + word
        if size <= _PREFIX_PHRASES.get(phrase, 0):
            return True
    return False


_STRONG_JOINER = re.compile(r"\s*[|·•»]\s*")
_WEAK_JOINER = re.compile(r"\s+[/\-–—]\s+")
#: A mark that sets items apart ("A | B", "A / B", "A - B"), as :func:`joined_menu` reads
#: them: such a line is read item by item there, and a converter prints a select box's options
#: with blanks alone between them (:func:`_wordlist`).
_ITEM_JOINER = re.compile(f"{_STRONG_JOINER.pattern}|{_WEAK_JOINER.pattern}")
#: A line of code beside a bar ("B -->|Large Table| C[Add Index]": a flowchart's edge and
#: label): an arrow, or a bracket or brace opening right after a word. Menu items have neither.
_CODE_BESIDE_BAR = re.compile(r"-->|->|=>|\w[\[{]")


def joined_menu(text: str) -> bool:
    """Menu items saved as one line: ``News | World | Sport``, ``A · B · C``, ``A - B - C - D``.

    Every item has at most three words and few carry figures (table rows do); ``|``, ``·``,
    ``•``, ``»`` need three items, `` - ``, `` / `` and tabs (which also join table cells)
    four or five, so a sentence or a headline with one or two dashes is not a menu; cells
    joined by tabs that repeat a value ("Static Dynamic Dynamic Static", "Basic Best Best")
    are a table's row, as a menu names each item once. A line
    with an arrow or a bracket after a word is code, not a menu (:data:`_CODE_BESIDE_BAR`).
    """
    for joiner, least, marks in ((_STRONG_JOINER, 3, "|·•»"), (_WEAK_JOINER, 4, "/-–—")):
        # ``least`` items need ``least - 1`` joiners, each with one of ``marks``: most lines
        # have fewer such characters and are no menu of this kind (no split needed)
        if sum(map(text.count, marks)) < least - 1:
            continue
        items = [x for x in (p.strip() for p in joiner.split(text)) if x]
        if len(items) >= least and _menu_items(items) and not _CODE_BESIDE_BAR.search(text):
            return True
    if "\t" in text:
        items = [x for x in (p.strip() for p in text.split("\t")) if x]
        return (
            len(items) >= 5
            and len(set(items)) == len(items)  # a row of values repeats them, a menu does not
            and not any(_DIGIT.search(x) for x in items)
            and _menu_items(items)
        )
    return False


def _menu_items(items: list[str]) -> bool:
    if any(len(x.split()) > 3 for x in items):
        return False
    return 3 * sum(1 for x in items if _DIGIT.search(x)) <= len(items)
