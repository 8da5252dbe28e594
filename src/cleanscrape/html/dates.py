"""The date row above an article's body: a line with the page's date and time, taken out.

News pages print the date (and often the time, the author or the section) on a row of its own
between the headline and the first paragraph, and the extractor keeps it as the first line of
the text: ``sexta-feira, 22 de outubro de 2010 às 20:13``, ``5:45 AM PST 11/19/2019 by ...``,
``기사입력 :[ 2018-09-28 17:32 ]``, ``05/10/2018 - Publicado por: ...``. Whatever the language, the
row holds a date written in figures, or a year and a clock time, in a few words, and no
sentence. Such a line among the first lines, above the first long line, is taken out; a list
item or a table row (a datum of the body: a schedule, a timeline) is not a date row.
"""

from __future__ import annotations

import re

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
