"""What duplicates are judged on: the article body, told apart from its headline and lede.

Outlets that republish a story (syndication, agency copy) keep the body and rewrite the
headline and the lede (the standfirst, "sapo"). Outlets also open different stories with the
same standard paragraph. Both are reasons to judge duplicates on the body alone. A clean text
is split by this rule, on its non-blank lines (paragraphs):

* a **prose line** ends like a sentence (``.``, ``!``, ``?``, ``…``, maybe followed by a closing
  quote or bracket) or has at least :data:`PROSE_MIN_WORDS` words; other lines are headings,
  captions, datelines or what is left of menus, tag lines and related links;
* **article runs**: a run is a maximal sequence of consecutive prose lines; lines that are
  not prose (a menu item, a caption, a byline, a subheading without a full stop) end a run. A
  run is *large* when it has at least :data:`RUN_MIN_SHARE` of the words of the longest run;
  the article runs from the first large run to the last one (the sections of an article split
  by subheadings or photo captions, small ones between them included). Small runs before or
  after it are left out of the matching key: what survives of a page's chrome as prose (teaser
  cards, newsletter blurbs, disclaimers, author boxes) stands between menus and link lists
  around the article, and would otherwise count as body;
* **headline**: the line right before the first article run, when it has at most
  :data:`HEADLINE_MAX_WORDS` words; or the run's own first line, when it does not end like a
  sentence, has at most that many words and more of the run follows (a headline of
  :data:`PROSE_MIN_WORDS` words or more is prose by its length; taken for the lede, it would
  put the real lede into the body);
* **lede**: the first line of the first article run (after such a headline), when it has at most
  :data:`LEDE_MAX_WORDS` words and the body lines after it have
  :data:`BODY_MIN_WORDS` words or more in all: a short text's first paragraph is too much of
  it to leave out;
* **body**: the article's prose lines after the lede (from the first one when no lede is left
  out), and each line that stands alone between two of its runs (a subheading, a caption);
  two or more lines between runs (a menu, a box of links) stay out. A text without prose
  lines is matched whole. Paragraph breaks do not matter: the matching key joins the lines,
  and a subheading that one outlet prints on a line of its own and another runs into the
  paragraph under it is in both keys;
* **table rows** are read as prose lines: a line of :data:`TABLE_MIN_CELLS` cells or more
  (cells split by a tab, as cleanscrape prints a table's row, or by ``" | "``, as trafilatura
  and Markdown do) next to a line of as many cells. A table is the story's own text, but its
  rows are short and end without a full stop, and outlets print it their own way: a row a
  line, or two rows joined on one line (long enough to be prose). Read as the other lines are,
  a table's rows printed one a line would be two or more non-prose lines between runs, out of
  one copy's key, and its rows joined two a line in the other's. A menu, a box of links, a tag
  list is a column of single items, or one line of cells: never two lines of as many cells.
  The rows join the runs around them; the share a run needs to be large is still taken of the
  runs of prose lines without them (:func:`article_runs`).

The body is only a matching key: the output text is never cut. ``match="full"`` matches the
whole text.

>>> p = split_text("Mưa lớn ở Hà Nội\\nSáng nay mưa lớn.\\n" + "Đường ngập nặng. " * 30 + "\\nẢnh")
>>> p.headline, p.lede, p.body.count("Đường")
('Mưa lớn ở Hà Nội', 'Sáng nay mưa lớn.', 30)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..options import MatchOn

#: A line just before the first prose line with more words than this is not a headline.
HEADLINE_MAX_WORDS = 30
#: A line of at least this many words is prose even without a final full stop.
PROSE_MIN_WORDS = 20
#: A first paragraph longer than this (in words) is body text, not a lede.
LEDE_MAX_WORDS = 90
#: The opening of an article: the first this many words of its body (see :func:`opening_key`).
OPENING_WORDS = 100
#: A lede is left out only when the body lines after it have at least this many words: half
#: an opening, a short paragraph of the story's own (a short story's lede is rewritten and cut
#: as a long one's is).
BODY_MIN_WORDS = OPENING_WORDS // 2
#: A run of prose lines is large (the article runs from the first large run to the last) when
#: it has at least this share of the words of the longest run.
RUN_MIN_SHARE = 0.25
#: Ends like a sentence: a full stop, "!", "?" or "…", then maybe closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
#: A line of at least this many cells, beside a line of as many, is a table's row.
TABLE_MIN_CELLS = 2
#: What separates a table's cells on a line: a tab (cleanscrape's rows) or " | " (trafilatura's,
#: Markdown's).
_CELL_SEP = re.compile(r"\t| \| ")


@dataclass(frozen=True, slots=True)
class TextParts:
    """A clean text split into headline, lede and body (``None``: not told apart)."""

    headline: str | None
    lede: str | None
    body: str


def is_prose(line: str) -> bool:
    """Whether a line reads as running text (see the module documentation)."""
    return bool(_SENTENCE_END.search(line)) or len(line.split()) >= PROSE_MIN_WORDS


def _cells(line: str) -> int:
    """How many cells ``line`` holds (1: a line that is not a table's row)."""
    return len(_CELL_SEP.split(line)) if "\t" in line or " | " in line else 1


def table_rows(lines: list[str]) -> set[int]:
    """Positions of the lines of ``lines`` that are a table's rows: lines of
    :data:`TABLE_MIN_CELLS` cells or more next to a line of as many cells (see the module
    documentation).

    >>> sorted(table_rows(["Rank | School | Score", "1 | Booth | 95", "2 | Kellogg | 93", "Home"]))
    [0, 1, 2]
    >>> table_rows(["Home | News | Sport", "About us", "Contact | Jobs | Privacy | Terms"])
    set()
    """
    cells = [_cells(line) for line in lines]
    return {
        k
        for k, n in enumerate(cells)
        if n >= TABLE_MIN_CELLS and n in cells[max(k - 1, 0) : k] + cells[k + 1 : k + 2]
    }


def _is_title(line: str, words: int) -> bool:
    """Whether a prose line reads as a headline: it does not end like a sentence and has at
    most :data:`HEADLINE_MAX_WORDS` words (prose by its length only)."""
    return words <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _runs(lines: list[str], words: list[int], rows: set[int]) -> list[tuple[int, int, int]]:
    """``(start, end, words)`` of each maximal run of prose lines of ``lines``, the lines at
    ``rows`` read as prose."""
    runs: list[tuple[int, int, int]] = []
    start = total = 0
    for k, line in enumerate(lines):
        n = words[k]
        if line and (n >= PROSE_MIN_WORDS or _SENTENCE_END.search(line) or k in rows):
            if total == 0:
                start = k
            total += n
        elif total:
            runs.append((start, k, total))
            total = 0
    if total:
        runs.append((start, len(lines), total))
    return runs


def article_runs(lines: list[str], words: list[int] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` (end exclusive) of the runs of prose lines that make up the article
    (see the module documentation), in order; empty when no line is prose. ``words``: the
    word count of each line, when the caller has them.

    A table's rows join the runs around them, but the share a run needs to be large is taken
    of the longest run of prose lines read without them: two copies that print one table a row
    a line and two rows a line would otherwise set the bar apart (a long table joining two
    runs raises it), and one copy's key would lose the small runs the other's keeps."""
    if words is None:
        words = [len(line.split()) for line in lines]
    runs = _runs(lines, words, set())
    if not runs:
        return []
    need = RUN_MIN_SHARE * max(w for _, _, w in runs)
    rows = table_rows(lines)
    if rows:
        runs = _runs(lines, words, rows)
    large = [k for k, (_, _, w) in enumerate(runs) if w >= need]
    return [(a, b) for a, b, _ in runs[large[0] : large[-1] + 1]]


def split_text(text: str) -> TextParts:
    """Headline, lede and body of ``text`` by the rule in the module documentation."""
    return split_lines([ln.strip() for ln in text.splitlines() if ln.strip()])[0]


def split_lines(lines: list[str], words: list[int] | None = None) -> tuple[TextParts, list[int]]:
    """:func:`split_text` of a text's stripped non-blank ``lines``, and the positions in
    ``lines`` of the body's lines (so a caller holding per-line keys can join the body's).
    ``words``: each line's ``len(line.split())``, when the caller has them."""
    if words is None:
        words = [len(line.split()) for line in lines]
    runs = article_runs(lines, words)
    if not runs:
        return TextParts(None, None, "\n".join(lines)), list(range(len(lines)))
    first = runs[0][0]
    headline = None
    if first + 1 < runs[0][1] and _is_title(lines[first], words[first]):
        # a headline of PROSE_MIN_WORDS or more words is prose by its length: the article's
        # first run opens with it, and the lede is the line after it
        headline, first = lines[first], first + 1
    elif first > 0 and words[first - 1] <= HEADLINE_MAX_WORDS:
        headline = lines[first - 1]
    # a line alone between two runs (a subheading, a caption) is the article's; two or more
    # (a menu, a box of links) are not
    alone = {b for (_, b), (a, _) in pairwise(runs) if a == b + 1}
    body = [k for a, b in runs for k in range(a, b + (b in alone)) if k > first]
    lede: str | None = lines[first]
    if words[first] > LEDE_MAX_WORDS or sum(words[k] for k in body) < BODY_MIN_WORDS:
        body.insert(0, first)
        lede = None
    return TextParts(headline, lede, "\n".join(lines[k] for k in body)), body


def opening_key(body_key: str) -> str:
    """The opening of a body, from its matching key: its first :data:`OPENING_WORDS` words.

    The article's own prose comes first; what pages of one outlet share (readers' comments,
    author boxes, standard paragraphs) follows or is left out as lede. Duplicates must share
    an opening (:func:`cleanscrape.dedup.core.openings_refusal`).

    >>> opening_key("một hai ba")
    'một hai ba'
    """
    return " ".join(body_key.split(maxsplit=OPENING_WORDS)[:OPENING_WORDS])


def match_text(text: str, match: MatchOn) -> str:
    """The part of ``text`` duplicates are judged on: its body, or all of it."""
    if match == "full":
        return text
    return split_text(text).body
