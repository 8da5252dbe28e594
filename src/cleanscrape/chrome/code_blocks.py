"""Code listings of the body printed a line of code a line.

A browser's text (``innerText``) and inscriptis keep a ``<pre>`` block's line breaks: a
listing of the article ("git init", "# clone repo", "SELECT u.name, COUNT(o.id) ...") comes
out as a run of short lines without sentence marks, which weigh as chrome in the region search
and cut the article at its first listing. The lines of such a run weigh nothing instead
(:func:`~cleanscrape.chrome.regions.weights`): the region goes on through it when the prose
goes on after it, and a listing at the page's edge adds nothing to it.
"""

from __future__ import annotations

import re
from operator import attrgetter

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
#: ... and at least this share of them with a mark of code.
_CODE_SHARE = 0.6


def code_listings(lines: list[Line]) -> set[int]:
    """Positions of the lines of code listings: runs of :data:`_LISTING_LINES` lines or more
    that are no paragraphs (``prose``), :data:`_CODE_SHARE` of them or more marked as code.
    (Only the runs long enough are searched, their lines joined: most of a page's text is in
    its paragraphs.)"""
    found: set[int] = set()
    start = 0
    for k, prose in enumerate([*map(_PROSE, lines), True]):
        if not prose:
            continue
        if k - start >= _LISTING_LINES and _listing(lines[start:k]):
            found.update(range(start, k))
        start = k + 1
    return found


def _listing(run: list[Line]) -> bool:
    block = "\n" + "\n".join(map(_TEXT, run))
    offsets = [m.start() for m in _CODE_START.finditer(block)]
    offsets += [m.start() - 1 for m in _CODE_MARK.finditer(block)]
    return len(line_indexes(block[1:], offsets)) >= _CODE_SHARE * len(run)


_TEXT = attrgetter("text")
_PROSE = attrgetter("prose")
