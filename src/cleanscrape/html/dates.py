"""The date row above an article's body, and the page's date stamps: lines taken out.

News pages print the date (and often the time, the author or the section) on a row of its own
between the headline and the first paragraph, and the extractor keeps it as the first line of
the text: ``sexta-feira, 22 de outubro de 2010 às 20:13``, ``5:45 AM PST 11/19/2019 by ...``,
``기사입력 :[ 2018-09-28 17:32 ]``, ``05/10/2018 - Publicado por: ...``. Whatever the language, the
row holds a date written in figures, or a year and a clock time, in a few words, and no
sentence. Such a line among the first lines, above the first long line, is taken out; a list
item or a table row (a datum of the body: a schedule, a timeline) is not a date row.

A date stamp (:func:`is_stamp`) is taken out wherever the extractor printed it: a stamp word
that opens the line ("Updated", "Published on", "Posted", "Aktualisiert am", "Publicado el",
"입력", of :data:`~cleanscrape.chrome.features.STAMP_WORD`'s languages), then nothing but a
date and a time ("Updated at 1:23 p.m.", "Published on May 02, 2024 07:44 PM IST" under each
section of a page, "- Published 18 November 2019"), or nothing at all (the label of a date the
page shows otherwise: "Last updated on:", "Posted On"). A line that goes on after the date
("Published in Poland in 2007 to great acclaim", "Updated 3 times since 2019") is the text's.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..chrome.features import STAMP_WORD, is_dateline

#: The date row is looked for among this many first lines ...
HEAD_LINES = 5
#: ... above the first line of more than this many words (the body's first paragraph). A
#: longer line is not a row of its own (a paragraph that starts with a date stays).
MAX_WORDS = 12
#: A line of more than this many words that ends like a sentence is the body's, date or not.
SENTENCE_WORDS = 6

#: A date in figures: day, month and a four-digit year, or year, month and day.
_FIGURES = re.compile(
    r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?!\d)"
)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


def is_date_row(line: str) -> bool:
    """``line`` is a date row: a date in figures, or a year and a clock time, in a few words."""
    words = line.split()
    if not words or len(words) > MAX_WORDS or words[0] == "-" or "\t" in line:
        return False  # (a list item or a table row is a datum of the body)
    if len(words) > SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?")):
        return False
    return bool(_FIGURES.search(line)) or bool(_YEAR.search(line) and _CLOCK.search(line))


def drop_date_rows(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` without the date rows among the first :data:`HEAD_LINES` lines, above the
    first line of more than :data:`MAX_WORDS` words; returns them and the rows taken out."""
    head = set()
    for i, line in enumerate(lines[:HEAD_LINES]):
        if len(line.split()) > MAX_WORDS:
            break
        if is_date_row(line):
            head.add(i)
    if not head:
        return lines, []
    return [ln for i, ln in enumerate(lines) if i not in head], [lines[i] for i in sorted(head)]


#: A clock time alone, with the word after it (its half of the day, any language of
#: :data:`lexicon.TIME_SUFFIXES`) and a zone: "1:23 p.m.", "07:44 PM IST", "14h05".
_CLOCK_ONLY = re.compile(
    r"\d{1,2}[:.h]\d{2}\s*" + lx.TIME_SUFFIX_PATTERN + r"?\s*(?:\(?[A-Z]{2,4}\)?)?\.?",
    re.IGNORECASE,
)
#: The word between a stamp word and its date or time ("on", "at", "am", "le", "el", "às" ...,
#: any language of :data:`lexicon.DATE_PREPOSITIONS` and :data:`lexicon.DATE_TIME_WORDS`).
_STAMP_LEAD = re.compile(
    "^(?:"
    + lx.trie_pattern(lx.phrases(lx.DATE_PREPOSITIONS) | lx.phrases(lx.DATE_TIME_WORDS))
    + r")(?!\w)\s*",
    re.IGNORECASE,
)
#: List marks a stamp may be printed after.
_MARKS = "-•*· "
#: A line that opens with a stamp word, after list marks (one search over a page's lines before
#: any line is tested).
_STAMP_LINE = re.compile(
    rf"^[{_MARKS}]*(?:{STAMP_WORD.pattern.removeprefix('^')})", re.IGNORECASE | re.MULTILINE
)


def is_stamp(line: str) -> bool:
    """``line`` is a date stamp: a stamp word, then a date and time or nothing (see above)."""
    text = line.strip().lstrip(_MARKS)
    m = STAMP_WORD.match(text)
    if m is None:
        return False
    rest = _STAMP_LEAD.sub("", text[m.end() :].strip(" :：-–|")).strip(" :：")
    return not rest or _CLOCK_ONLY.fullmatch(rest) is not None or is_dateline(rest)


def drop_stamps(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the date stamps (:func:`is_stamp`); how many went."""
    if _STAMP_LINE.search("\n".join(lines)) is None:
        return lines, 0
    kept = [ln for ln in lines if not is_stamp(ln)]
    return kept, len(lines) - len(kept)
