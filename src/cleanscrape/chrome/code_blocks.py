"""Code listings of the body printed a line of code a line.

A browser's text (``innerText``) and inscriptis keep a ``<pre>`` block's line breaks: a
listing of the article ("git init", "# clone repo", "SELECT u.name, COUNT(o.id) ...") comes
out as a run of short lines without sentence marks, which weigh as chrome in the region search
and cut the article at its first listing. The lines of such a run weigh nothing instead
(:func:`~cleanscrape.chrome.regions.weights`): the region goes on through it when the prose
goes on after it, and a listing at the page's edge adds nothing to it. A listing is told by
the marks of code on its lines, and by the blanks a preformatted block keeps at the start of
its lines (a request's headers, a log's fields: lines with no mark of code) on a page that
prints its paragraphs flush left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter, methodcaller
from typing import NamedTuple

from ..text.lines import line_indexes
from .features import Line

#: What marks a line of code: a comment opening the line ("# clone repo", "// ...", "-- ..."),
#: or a shell prompt ("$ npm install") (searched after a line break: the page's lines are
#: joined below one) ...
_CODE_START = re.compile(r"\n(?:#|//|--|/\*|\$ |>>> )")
#: ... or brackets or braces ("COUNT(o.id)", "{", "A[SQL Query]"), a placeholder ("<branch
#: name>"), an assignment or an arrow (" = ", "=>", "->", "-->"), a statement's end (";"), a
#: scope ("::"), an option ("git add -A", "--amend"), or a name in snake case ("user_id",
#: "created_at", "pg_stat_user_tables"), none across a line break. (Each alternative opens
#: with a literal, so the search skips to the characters that can open one: a class or a
#: space there would make it try every character, so the brackets are written one by one and
#: the spaces before " = " and " --amend" are looked behind for.)
_CODE_MARK = re.compile(
    r"\((?<=\w\()|\{|\}|\[|\]|<(?=\w)[^<>\n]*>|;(?=\n|$)|=(?<= =)(?= )|=>|->|::"
    r"|-(?<=[ \t]-)-?(?=[A-Za-z])|_(?<=[A-Za-z0-9]_)(?=[A-Za-z])"
)
#: A listing: at least this many lines in a row (blank lines aside), none a sentence ...
_LISTING_LINES = 4
#: ... and at least this share of them with a mark of code, or indented (below).
_CODE_SHARE = 0.6
#: A line printed after this many blanks or more keeps a preformatted block's indentation: a
#: browser's text (``innerText``) prints no blank at the start of a line of a paragraph, a
#: menu or a table, and at most one before an inline box ...
_INDENT = "  "
#: ... on a page that prints its paragraphs so: at most this share of its ``prose`` lines
#: indented (inscriptis indents every block by its depth, and there indentation tells
#: nothing).
_INDENTED_PROSE = 0.2


class Listings(NamedTuple):
    """The code listings of a page (:func:`find_listings`)."""

    lines: set[int]  # positions of every line of a listing
    #: positions of the lines of a listing with a mark of code or indented: read as code,
    #: whatever their words ("Response-Message: 234ms" of a logged request is no comments
    #: heading, '"email": "https://mail.google.com",' no footer line)
    marked: set[int]


def find_listings(lines: list[Line], page: Sequence[str] = ()) -> Listings:
    """The code listings: runs of :data:`_LISTING_LINES` lines or more that are no paragraphs
    (``prose``), :data:`_CODE_SHARE` of them or more marked as code or indented
    (:func:`indented_lines`; ``page`` is the page's lines as printed, which ``Line.index``
    points into). (Only the runs long enough are searched, their lines joined: most of a
    page's text is in its paragraphs.)"""
    found = Listings(set(), set())
    indented = indented_lines(lines, page)
    start = 0
    for k, prose in enumerate([*map(_PROSE, lines), True]):
        if not prose:
            continue
        if k - start >= _LISTING_LINES:
            marked = _marked(lines[start:k], indented, start)
            if len(marked) >= _CODE_SHARE * (k - start):
                found.lines.update(range(start, k))
                found.marked.update(j + start for j in marked)
        start = k + 1
    return found


def indented_lines(lines: list[Line], page: Sequence[str]) -> frozenset[int]:
    """Positions of the lines printed after :data:`_INDENT` or more, when the page prints its
    paragraphs flush left (:data:`_INDENTED_PROSE`): not a list item's after its bullet, nor
    a table's row whose cells are set apart by runs of blanks (inscriptis indents both)."""
    if not any(map(methodcaller("startswith", _INDENT), page)):
        return frozenset()  # (most pages: no line is looked at)
    found = frozenset(
        k
        for k, ln in enumerate(lines)
        if not ln.mark and _INDENT not in ln.text and page[ln.index].startswith(_INDENT)
    )
    prose = [k for k, ln in enumerate(lines) if ln.prose]
    if sum(k in found for k in prose) > _INDENTED_PROSE * len(prose):
        return frozenset()
    return found


def _marked(run: list[Line], indented: frozenset[int], start: int) -> set[int]:
    """Positions in ``run`` (which starts at ``start``) of the lines marked as code."""
    block = "\n" + "\n".join(map(_TEXT, run))
    offsets = [m.start() for m in _CODE_START.finditer(block)]
    offsets += [m.start() - 1 for m in _CODE_MARK.finditer(block)]
    marked = line_indexes(block[1:], offsets)
    if indented:
        marked |= {k - start for k in indented if start <= k < start + len(run)}
    return marked


_TEXT = attrgetter("text")
_PROSE = attrgetter("prose")
