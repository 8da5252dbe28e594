"""Lists and tables that end an article's body, below the prose region.

Short lines weigh against the main region, so a list or a table at the end of the body (a
tour's dates under "Tour Dates", the rows of a ranking table under the paragraph that presents
it) is left below the region and dropped with the page's tail. :func:`listed_rows_end` takes
it back in when its items show they are one list: rows of a table (figures in most words), or
lines of one shape (the same separators, "June 9 – West Palm Beach, FL @ Coral Sky
Amphitheatre"). Links to other stories have no shape in common: headlines of different lengths
and words, not fields set apart by the same marks. :func:`listed_body` finds such a list right
under the headline, for a page whose body is a list or a table with little prose around it
(a season's calendar, a standings table). :func:`headed_table` tells a table under its header
row, between paragraphs, from a box of headlines in title case, and :func:`sentence_case_list`
tells the items of a list written in sentence case from headlines of a page that capitalises
them, and :func:`figured_list` a list of the story's facts, most items holding a figure,
from a box of headlines between two paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count
from operator import attrgetter, itemgetter

from .. import lexicon as lx
from ..text.lines import line_indexes
from .features import Line, figure_words

#: A table row written as a line: at least this many words holding a figure, a third of its
#: words or more ("3 UPenn Wharton 1 (tie) 35% / 50% 23% 62% 3.6 733 $175,000").
_ROW_FIGURES = 3
_ROW_WORDS = 60

#: Marks that set the fields of a list item apart: dashes between blanks, "@", bars, bullets,
#: and runs of two blanks or more inside the line, which is how some converters (inscriptis)
#: set a table's cells apart when they print a row on one line (html-text prints a cell a line,
#: and never two blanks in a row), or tabs, as a browser's text (``innerText``) sets them
#: apart. (Each alternative opens with a literal, so that the search skips to the characters
#: that can open one; with ``[•·]`` as a class it tried every alternative at every character.)
_FIELD_MARK = re.compile(r" [–—-] |@| \| |•|·|  +(?=\S)|\t+")
#: A list of the body: at least this many items, of at most this many words ...
_MIN_ITEMS = 4
_ITEM_WORDS = 25
#: ... this share of them of the most common shape (marks and whether it opens with a figure).
_SHAPE_SHARE = 0.8
#: A subheading over the list: a short line without a sentence mark, in a block of its own.
_HEADING_WORDS = 8
#: A header row printed on one line over its table's rows: at least this many marks between
#: its cells (three columns or more).
_HEADER_MARKS = 2


def table_row(ln: Line) -> bool:
    """A row of a table written as a line (most of its words figures)."""
    if ln.prose or ln.words > _ROW_WORDS:
        return False
    figures = figure_words(ln.text)
    return figures >= _ROW_FIGURES and 3 * figures >= ln.words


def _shape(ln: Line) -> tuple[bool, tuple[str, ...]] | None:
    """The marks that split ``ln`` into fields, in order, and whether it opens with a figure
    (``None`` for a line without such marks)."""
    marks = _FIELD_MARK.findall(ln.text)
    if not marks:
        return None
    return ln.text[:1].isdigit(), tuple(m.strip() for m in marks)


#: The header row of a table written as lines: words only (no figures, no colon, no arrows),
#: three words or more and at most this many, every word of four letters or more capitalised
#: ("Job Price Range Factors Affecting Cost", "Company City State Number of Employees"; its
#: cells set apart by tabs in a browser's text).
_HEADER_ROW = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ \t&/()*'’.,-])*$")
_HEADER_WORD = re.compile(r"[^\W\d_]{4,}")
_HEADER_WORDS = 12


def _long_words(text: str) -> list[str]:
    return _HEADER_WORD.findall(text)


#: The last cell of a row is a figure: "Roper Corp. La Fayette GA 2,000".
_LAST_FIGURE = re.compile(r"\s[$€£¥~]?\d[\d.,]*[%+]?$")
#: ... in at least this many rows (one headline or two under a heading may end with a year).
_FIGURE_ROWS = 3


def headed_table(lines: list[Line]) -> bool:
    """The lines are a table under its header row: the first is a header (a row of column
    names, each capitalised) and at least half of the rows under it hold a word in lower case
    (cells of text, "Faucet or fixture install $150–$535 Brand, prep, access"), or every row
    ends with a figure, three rows or more (a column of counts: "Whirlpool Corp. Marion OH
    2,500"). A box of links in title case has no such rows: every headline in it is
    capitalised like the first, and few end with a number.
    """
    head, rows = lines[0], lines[1:]
    if not rows or not 3 <= head.words <= _HEADER_WORDS or not _HEADER_ROW.match(head.text):
        return False
    words = _long_words(head.text)
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    lower = sum(1 for ln in rows if any(w[0].islower() for w in _long_words(ln.text)))
    if 2 * lower >= len(rows):
        return True
    return len(rows) >= _FIGURE_ROWS and all(_LAST_FIGURE.search(ln.text) for ln in rows)


def one_list(items: list[Line]) -> bool:
    """The lines make one list: most are rows of a table, or most have one shape."""
    if 2 * sum(1 for ln in items if table_row(ln)) > len(items):
        return True
    shapes = Counter(_shape(ln) for ln in items)
    shape, count = shapes.most_common(1)[0]
    return shape is not None and count >= _SHAPE_SHARE * len(items)


#: A list of the body's facts: at least this many items, and this share of them holding a
#: figure (a part's size, a rating, a price: "PCIe – 16-pin FFC PCIe connector; 37mm cable
#: provided", "5.1V power delivery to the Raspberry Pi5 via pogo pins").
_FACT_ITEMS = 3
_FACT_SHARE = 2 / 3


def figured_list(items: list[Line]) -> bool:
    """The lines are a list of facts of the body, printed an item a line: at least
    :data:`_FACT_ITEMS` of them, :data:`_FACT_SHARE` or more holding a figure. Headlines of
    other stories put between paragraphs seldom do (a count or a year here and there)."""
    if len(items) < _FACT_ITEMS:
        return False
    return sum(1 for ln in items if figure_words(ln.text)) >= _FACT_SHARE * len(items)


def listed_rows_end(feats: list[Line], tags: list[str], start: int, end: int) -> int:
    """Last line of the region ``start``-``end``, with a list or table that goes on right
    after it.

    The list follows the region's last line in the same block, or under a subheading of its
    own (one block, not a line found elsewhere on the page); its items are untagged lines of
    one block, none repeated on the page nor sentence-like, and they make one list
    (:func:`one_list`), or are written in sentence case on a page whose headlines are in title
    case (:func:`sentence_case_list`). ``end`` itself when no such list follows.
    """
    n = len(feats)
    j = end + 1
    if j >= n or tags[j]:
        return end
    head = feats[j]
    if head.block_start:
        # not in the region's last block: the list needs a subheading of its own ("The Doobie
        # Brothers Tour Dates"), a line no other block of the page holds
        if head.terminal or head.repeats or head.words > _HEADING_WORDS or table_row(head):
            return end
        j += 1
    if _row_header(feats, tags, j):
        j += 1  # the table's header row, its cells set apart as its rows' are
    first = j
    j = _items_end(feats, tags, first)
    items = feats[first:j]
    if len(items) < _MIN_ITEMS:
        return end
    if not one_list(items) and not (
        sentence_case_list(items) and title_case_page(feats[:start] + feats[j:])
    ):
        return end
    return j - 1


def _row_header(feats: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is the header row of a table printed a row a line under it: an untagged line,
    not ending like a sentence, whose cells are set apart by the same marks, as many, as the
    first row's below it, a row of figures in the same block ("Ranking | Business School |
    Previous Ranking | ... | Median Salary" over "1 | Chicago Booth | 1 | ... | $175,000").
    Its column names run longer than a list item may, and it holds few figures, so it stopped
    the rows under it."""
    if k + 1 >= len(feats) or tags[k] or feats[k].terminal or feats[k].words > _ROW_WORDS:
        return False
    row = feats[k + 1]
    if tags[k + 1] or row.block_start or row.prose or figure_words(row.text) < _ROW_FIGURES:
        return False
    marks = _shape(feats[k])
    return marks is not None and len(marks[1]) >= _HEADER_MARKS and marks[1] == _shape_marks(row)


def _shape_marks(ln: Line) -> tuple[str, ...]:
    """The marks that split ``ln`` into fields, in order (:func:`_shape` without the figure)."""
    shape = _shape(ln)
    return shape[1] if shape is not None else ()


def _items_end(feats: list[Line], tags: list[str], first: int) -> int:
    """End (exclusive) of the run of list items that starts at line ``first``: untagged lines
    of one block, none repeated on the page nor sentence-like, short (a table row may be
    longer)."""
    n, j = len(feats), first
    while (
        j < n
        and j - first < 200
        and not tags[j]
        and not feats[j].repeats
        and not feats[j].prose
        and feats[j].words <= max(_ITEM_WORDS, _ROW_WORDS if table_row(feats[j]) else 0)
        and (j == first or not feats[j].block_start)
    ):
        j += 1
    return j


def listed_body(feats: list[Line], tags: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """``(first, last)`` lines of a list or table (:func:`one_list`) that starts in ``[lo, hi)``,
    below a headline: the body of a page whose article is a list (a season's race calendar,
    a standings table), which weighs as short lines and loses to prose elsewhere on the page
    (a sidebar's column teasers). ``None`` when no such list starts there."""
    for first in range(max(0, lo), min(hi, len(feats))):
        if tags[first] or feats[first].repeats or feats[first].prose:
            continue
        end = _items_end(feats, tags, first)
        if end - first >= _MIN_ITEMS and one_list(feats[first:end]):
            return first, end - 1
    return None


#: Headline style of a page: at least this many lines out of the body written in one case.
_STYLE_LINES = 4


def letter_case(text: str) -> str:
    """``"title"`` when every word of four letters or more is capitalised, ``"sentence"`` when
    each one after the first is in lower case, ``"mixed"`` when some are capitalised and some
    not (a headline in sentence case that names a place or a body: "An official website of
    the United States government"), ``""`` for fewer than two such words after the first, or
    a script without case."""
    words = _long_words(text)[1:]
    if len(words) < 2:
        return ""
    upper = sum(1 for w in words if w[0].isupper())
    lower = sum(1 for w in words if w[0].islower())
    if upper == len(words):
        return "title"
    if lower == len(words):
        return "sentence"
    return "mixed" if upper and lower else ""


def _cases(lines: list[Line]) -> Counter[str]:
    """How many of the headline-like ``lines`` are written in each case (:func:`letter_case`)."""
    return Counter(letter_case(ln.text) for ln in lines if ln.titlelike)


def title_case_page(lines: list[Line]) -> bool:
    """The page writes its headlines in title case: among ``lines`` (the headline-like lines
    out of the body: menus, links to other stories), more are in title case than in sentence
    case, and at least :data:`_STYLE_LINES` are in one of them. (A page in a language that
    writes headlines in sentence case, or in a script without case, is not one.)"""
    cases = _cases(lines)
    return cases["title"] >= _STYLE_LINES and cases["title"] > cases["sentence"]


#: A page of few headline-like lines writes them in title case when at least this many are.
_FEW_STYLE_LINES = 2


def few_title_case_lines(lines: list[Line]) -> bool:
    """The headline-like lines out of the body (``lines`` as for :func:`title_case_page`) that
    show a case are in title case, however few: at least :data:`_FEW_STYLE_LINES` of them,
    none in sentence case, and more than in mixed case (sentence case with a name in it). A
    short page of an institution (its title, the story's headline, its slogan: "NIH...Turning
    Discovery Into Health") shows too few such lines for :func:`title_case_page` and no box of
    other stories' headlines, and the lines it shows are the style its cards would have. (A
    page whose own headline is written in sentence case, as a Vietnamese or a French page
    writes it, is not one.)"""
    cases = _cases(lines)
    return (
        cases["title"] >= _FEW_STYLE_LINES
        and not cases["sentence"]
        and cases["title"] > cases["mixed"]
    )


def sentence_case_list(items: list[Line]) -> bool:
    """At least half of the lines are written in sentence case ("Meal kit with fresh
    ingredients", "Higher seating position, more space"): on a page whose headlines are in
    title case (:func:`title_case_page`), the items of a list of the body, not links to other
    stories."""
    return 2 * sum(1 for ln in items if letter_case(ln.text) == "sentence") >= len(items)


#: A date of a schedule's item, written without its year: a day and a month's name ("10 de
#: março", "9 juin", "30. Juli", "March 10", "Mar. 10"), a day and a month in figures with a
#: slash ("10/03"), or in East Asian writing ("3月10日", "3월 10일").
_DAY_MONTH = re.compile(
    rf"(?<!\w)\d{{1,2}}\.?\s+(?:{lx.DATE_JOIN_PATTERN}\s+)?{lx.MONTH_PATTERN}\.?(?!\w)"
    rf"|(?<!\w){lx.MONTH_PATTERN}\.?\s+\d{{1,2}}(?!\d)"
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])"
    r"|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]",
    re.IGNORECASE,
)
#: A schedule: a list of at least :data:`_MIN_ITEMS` items of one shape, this share of them
#: holding such a date.
_DATED_ITEMS = 0.8


def dated_listing(feats: list[Line], tags: list[str]) -> tuple[int, int] | None:
    """``(first, last)`` lines of the longest list of one shape (:func:`one_list`) whose items
    nearly all hold a date (:data:`_DAY_MONTH`, :data:`_DATED_ITEMS`): a season's calendar, a
    tour's or a festival's schedule, on a page without a paragraph (the region search found no
    body), where it is the page's text and what stands around it (the site's menu, its
    footer) is not. None when the page holds no such list (a page of menus and links: kept
    whole, as before)."""
    block = "\n".join(ln.text for ln in feats)
    dated = sorted(line_indexes(block, [m.start() for m in _DAY_MONTH.finditer(block)]))
    best: tuple[int, int] | None = None
    at = 0
    while at < len(dated):
        first = dated[at]
        if tags[first] or feats[first].repeats or feats[first].prose:
            at += 1
            continue
        end = _items_end(feats, tags, first)
        held = sum(1 for k in dated[at:] if k < end)
        if (
            end - first >= _MIN_ITEMS
            and held >= _DATED_ITEMS * (end - first)
            and one_list(feats[first:end])
            and (best is None or end - first > best[1] - best[0] + 1)
        ):
            best = (first, end - 1)
        at += max(held, 1)
    return best


def list_heading(feats: list[Line], tags: list[str], first: int) -> int | None:
    """The heading of the list that starts at line ``first`` in a block of its own: the line
    above it, a block of its own too, short (:data:`_HEADING_WORDS`), without a sentence's stop,
    untagged, not repeated on the page ("Calendário da Stock Car 2018"). None otherwise (the
    last item of a menu right above the list is no heading of it)."""
    at = first - 1
    if at < 0 or not feats[first].block_start or tags[at]:
        return None
    head = feats[at]
    if not head.block_start or head.terminal or head.repeats or head.words > _HEADING_WORDS:
        return None
    return at


#: A line of a table's cells set apart by bars between blanks or by tabs: at least two such
#: marks (three cells or more). Searched for from a mark to the next on its line (a search
#: that opens with a mark skips to the blanks and tabs, where one opening at every line's
#: start walks each line's characters a lazy step at a time): a match is found on a line when
#: it holds two marks, one after the other.
_CELL_MARK = re.compile(r" \| |\t")
_CELLS_PAIR = re.compile(r"(?: \| |\t)[^\n]*?(?: \| |\t)")
#: A table of the body: at least this many lines in a row (a header row and its rows), each
#: split into as many cells as the line above it, one more or less per row (a blank cell at
#: either end is not always printed), or into a multiple of them (rows run together on one
#: line by a copy's line breaks: "... | $175,000 6 (tie) | Stanford ... | $182,272") ...
_TABLE_LINES = 4
_CELLS_SPREAD = 1
#: ... and at least half of them holding a figure or a word in lower case of four letters or
#: more ("| Kaiser Permanente | Non-Profit | ~12.6M | 8 | Yes | Limited | Integrated care
#: model |"): the cells of a text. A menu saved with bars between its items ("About Us |
#: Contact | Privacy Policy | Sitemap") holds names only, and rarely stands four lines in a row.
_TEXT_CELL = re.compile(r"\d|(?<![^\W\d_])[a-z][^\W\d_]{3,}")


def table_lines(lines: list[Line]) -> set[int]:
    """Positions of the lines of the tables printed a row a line with their cells set apart
    (bars, tabs): at least :data:`_TABLE_LINES` lines in a row, each of three cells or more,
    as many as the line above (:func:`_same_rows`), half of them or more holding a figure or a
    word in lower case (:data:`_TEXT_CELL`). Such rows are a table of the body wherever the
    page prints them: their short cells read as a menu's items, yet no box of links is set
    out in rows of one count of cells, line after line."""
    block = "\n".join([ln.text for ln in lines])
    if " | " not in block and "\t" not in block:
        return set()  # (no mark on the page: ruled out by two scans in C)
    found = sorted(line_indexes(block, [m.start() for m in _CELLS_PAIR.finditer(block)]))
    out: set[int] = set()
    for run in _row_runs(lines, found):
        texts = sum(1 for k in run if _TEXT_CELL.search(lines[k].text))
        if len(run) >= _TABLE_LINES and 2 * texts >= len(run):
            out.update(run)
    return out


def text_table_lines(lines: list[Line], tables: list[list[int]] | None = None) -> set[int]:
    """Positions of the rows of the tables of text printed a row a line with their cells set
    apart (bars, tabs): at least :data:`_TABLE_LINES` lines in a row, each of two cells or
    more (as many as the line above, :func:`_same_rows`), every cell a phrase
    (:func:`_phrase_row`). A table of two columns has one mark a row, which
    :func:`table_lines` does not read (a headline and its site's name, "... | UVA SCPS", has
    one too); a row whose every cell is a phrase of words in lower case is the body's text,
    printed in columns ("Course content set through academic process | Standards set through
    an industry-wide process"). ``tables``: :func:`text_tables` of ``lines``, when the caller
    has them."""
    if tables is None:
        tables = text_tables(lines)
    return {k for run in tables if len(run) >= _TABLE_LINES for k in run}


def text_tables(lines: list[Line]) -> list[list[int]]:
    """The tables of text printed a row a line with their cells set apart (bars, tabs): runs
    of :data:`_SHORT_TABLE_LINES` lines or more next to each other, each of two cells or more
    (as many as the line above, or a multiple of them: rows run together on a line,
    :func:`_same_rows`), every cell a phrase (:func:`_phrase_row`). Under
    :data:`_TABLE_LINES` rows such a run is a table only where the story's region enters it
    (``strip``): a short table closes many an explainer, but two lines of phrases split by a
    bar may stand anywhere on a page. A menu or a footer joined by bars on one line is a single
    line, and its cells are names ("About us | Contact"), no phrases."""
    block = "\n".join([ln.text for ln in lines])
    if " | " not in block and "\t" not in block:
        return []  # (no mark on the page: ruled out by two scans in C)
    marked = line_indexes(block, [m.start() for m in _CELL_MARK.finditer(block)])
    phrases = [k for k in sorted(marked) if _phrase_row(lines[k].text)]
    return [run for run in _row_runs(lines, phrases) if len(run) >= _SHORT_TABLE_LINES]


#: A table of text's rows the story's region enters: at least this many lines in a row.
_SHORT_TABLE_LINES = 2


#: A cell of a table of text: at least this many words and at most this many (a paragraph
#: with a row run into its end is no row) ...
_PHRASE_WORDS = 3
_CELL_WORDS = 30
#: ... one of them a word in lower case of four letters or more (:func:`_long_words`): a
#: phrase or a sentence, not a name (a section's name over a headline, a sponsor's beside a
#: label: "Milan Design Week 2018 | ...", "Japan BrandVoice | Paid Program"). The bars that
#: open and close a row printed as markdown ("| a | b |") are no words of its cells.


def _phrase_row(text: str) -> bool:
    """Every cell of the row ``text`` (set apart by :data:`_CELL_MARK`) is a phrase: between
    :data:`_PHRASE_WORDS` and :data:`_CELL_WORDS` words, one of them in lower case."""
    for cell in _CELL_MARK.split(text.strip("| ")):
        words = len(cell.split())
        if not _PHRASE_WORDS <= words <= _CELL_WORDS:
            return False
        if not any(w[0].islower() for w in _long_words(cell)):
            return False
    return True


#: A ranking table printed a row a line with its cells set apart by single blanks, as
#: html-text joins a row's cells ("1 Kyle Busch 5040 5 1 17 27"): at least this many lines in
#: a row, each opening with its rank ("7", "7.", "7)") ...
_RANKED_ROWS = 5
_RANK = re.compile(r"(\d{1,3})[.)]? ")


def ranked_rows(lines: list[Line]) -> set[int]:
    """Positions of the rows of a ranking table printed a row a line, its cells set apart by
    single blanks (a standings table, a league table, a ranking of schools): at least
    :data:`_RANKED_ROWS` lines in a row, each a row of figures (:func:`table_row`) opening
    with its rank, which is the row's place in the table counted from the first row's rank,
    or the rank of the row above (a tie: "6 (tie) Dartmouth ...", "6 (tie) Stanford ...",
    "8 (tie) Michigan ..."). Without marks between the cells :func:`table_lines` cannot tell
    such rows, and their short lines weigh as a menu's items; a numbered box of links opens
    with ranks too, but its items are headlines, not figures, and a numbered reference list's
    entries are sentences."""
    # (the lines that open with a digit picked by C-level maps: most lines are passed over)
    found = compress(count(), map(str.isdigit, map(itemgetter(0), map(attrgetter("text"), lines))))
    out: set[int] = set()
    run: list[int] = []
    first = rank = 0
    for k in found:
        m = _RANK.match(lines[k].text)
        if m is None or not table_row(lines[k]):
            continue
        this = int(m.group(1))
        if not (run and k == run[-1] + 1 and this in (rank, first + len(run))):
            if len(run) >= _RANKED_ROWS:
                out.update(run)
            run, first = [], this
        run.append(k)
        rank = this
    if len(run) >= _RANKED_ROWS:
        out.update(run)
    return out


def _row_runs(lines: list[Line], found: list[int]) -> list[list[int]]:
    """The lines ``found`` (in order) cut into runs of lines next to each other whose cells
    make rows of one table (:func:`_same_rows`)."""
    runs: list[list[int]] = []
    for k in found:
        if runs and k == runs[-1][-1] + 1 and _same_rows(lines[k], lines[k - 1]):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _cells(ln: Line) -> int:
    """How many marks set ``ln``'s cells apart (:data:`_CELL_MARK`)."""
    return len(_CELL_MARK.findall(ln.text))


def _same_rows(a: Line, b: Line) -> bool:
    """``a`` and ``b`` hold rows of one table: the marks between the cells of one are as many
    as the other's, or a multiple of them (rows run together on a line), one more or less
    per row (:data:`_CELLS_SPREAD`)."""
    few, many = sorted((_cells(a), _cells(b)))
    rows = max(1, round(many / few))
    return abs(many - rows * few) <= _CELLS_SPREAD * rows
