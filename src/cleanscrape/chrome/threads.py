"""Readers' comment threads that carry no "said:" header and no comments heading.

Many comment systems print each comment as a name line, a date line and the comment, often with
a "Reply" line under it ("Jan Smith" / "August 8, 2018 at 7:21 pm" / "Hi, Pamela, I am ..." /
"Reply"). No line of it is chrome by itself, and the comments read as prose, so the article's
region ran on through them. The *structure* shows the thread: the short name and date pair
repeated, each followed by a comment. :func:`thread_start` finds its first header, or, for a
thread whose comments are each signed on one line with the name and the time together, or
whose headers lost their dates, the comments heading over it.
"""

from __future__ import annotations

import re
from itertools import compress, count, pairwise
from operator import attrgetter

from .. import lexicon as lx
from .features import COMMENTS, Line
from .regions import RELATED_CARD, TEASER, TIMESTAMP

#: A commenter's name: one to four words (a handle may hold figures: "Zdigital2015"), at most
#: this many characters, optionally with its verb ("Sheri says", "Jana píše"; any language of
#: :data:`lexicon.COMMENT_VERBS`).
_NAME_CHARS = 40
_NAME = re.compile(
    r"^@?[^\W\d_][\w'’.@-]*(?:\s+(?:[^\W\d_][\w'’.-]*|\([^()\s]{1,20}\))){0,3}"
    rf"(?:\s+(?:{lx.COMMENT_VERB_PATTERN})\s*:?)?$"
)
#: ... which may end with an initial and its period ("Tom H.", "Marie-Claire D."): no
#: sentence's end.
_INITIAL_END = re.compile(r"(?:^|\s)[^\W\d_]\.$")
#: The date of a comment carries a time of day or says how long ago it was written ("3 hours
#: ago", "před 2 hodinami": a relative time of the lexicon's languages,
#: :data:`lexicon.RELATIVE_TIMES`, anywhere on the line); the date of a card or of a post is
#: usually a day alone.
_COMMENT_TIME = re.compile(
    rf"\b\d{{1,2}}[:.h]\d{{2}}\b|(?<!\w)(?:{lx.RELATIVE_TIME_PATTERN})",
    re.IGNORECASE,
)
#: "Reply" under a comment (a whole line), every language...
_REPLY = frozenset(lx.phrases(lx.REPLY))
#: ... alone or in a row of the comment's other actions and counts ("Like Reply", "Reply
#: Report", "3 Like Reply", "Thích Trả lời", "좋아요 답글").
_ACTIONS = lx.phrases(lx.COMMENT_ACTIONS)


def _reply_line(key: str) -> bool:
    """The (folded) line is a comment's "Reply" line, alone or among its other actions."""
    if key in _REPLY:
        return True
    words = key.split()
    rest = [w for w in words if w not in _ACTIONS and not w.isdigit()]
    return len(rest) < len(words) and " ".join(rest) in _REPLY


#: A thread: at least this many headers, or :data:`_REPLY_HEADERS` with a "Reply" line...
_THREAD_HEADERS = 3
_REPLY_HEADERS = 2
#: ... at least this many of them followed by a comment (a line ending like a sentence, or a
#: long one: a card's kicker and date are followed by a headline)...
_COMMENTED = 2
_COMMENT_WORDS = 12
#: ... each at most this many lines after the one before.
_THREAD_GAP = 40
#: The article before the thread: at least this many words of paragraphs.
_ARTICLE_WORDS = 100
#: Headers with a date alone: at least this many comments with a "Reply" line under them.
_DATED_REPLIES = 2


def _replied(lines: list[Line], a: int, b: int) -> bool:
    """The comment under the header at ``a`` has its "Reply" line before line ``b`` (the next
    header)."""
    return any(_reply_line(ln.key) for ln in lines[a + 2 : b])


def _header(lines: list[Line], tags: list[str], k: int, *, timed: bool = True) -> bool:
    """Line ``k`` is a commenter's name and line ``k + 1`` the comment's date (with a time of
    day or an age, unless not ``timed``), the name no chrome of the region."""
    return tags[k] in ("", COMMENTS) and comment_pair(lines, k, timed=timed)


def comment_pair(lines: list[Line], k: int, *, timed: bool = True) -> bool:
    """Line ``k`` is a commenter's name ("Sharon says", "Jan Smith") and line ``k + 1`` the
    comment's date (with a time of day or an age, unless not ``timed``): a comment's header of
    two lines, whatever the lines were read as, for it is the pair's shape that tells it."""
    if k + 1 >= len(lines):
        return False
    name, date = lines[k], lines[k + 1]
    return (
        (not name.terminal or _INITIAL_END.search(name.text) is not None)
        and len(name.text) <= _NAME_CHARS
        and date.dateline
        and _NAME.match(name.text) is not None
        and (not timed or _COMMENT_TIME.search(date.text) is not None)
    )


def _commented(lines: list[Line], k: int) -> bool:
    """The header at ``k`` (name, date) is followed by a comment."""
    if k + 2 >= len(lines):
        return False
    first = lines[k + 2]
    return not first.dateline and (first.terminal or first.words >= _COMMENT_WORDS)


def thread_start(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """Index of the first header of a readers' thread inside the region ``[start, end]`` that
    follows the article (:data:`_ARTICLE_WORDS` words of paragraphs before it), else None."""
    found = _thread_of(lines, tags, start, end, timed=True)
    if found is None:
        found = _thread_of(lines, tags, start, end, timed=False)
    if found is None:
        found = _signed_thread(lines, tags, start, end)
    if found is None:
        found = _signed_below(lines, tags, start, end)
    return found if found is not None else _named_thread(lines, tags, start, end)


#: A thread whose comments are signed on one line ("Posted by: Jane at May 2, 2019 05:48 PM",
#: under the comment or over it): at least this many signatures after a comments heading.
_SIGNATURES = 3


def _signed_thread(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """Index of a comments heading inside the region ``[start, end]``, after the article, with
    :data:`_SIGNATURES` dates carrying a time of day below it, each a comment apart: a thread
    whose name and date share one line, so that no header of two lines (:func:`_header`)
    shows it. The comments heading alone damps what follows, but long comments outweigh it."""
    hi = min(end + 1, len(lines))
    # (the comments headings of the region, found by C-level column scans: most regions have
    # none, and no line of them is looked at one by one)
    for k in compress(count(start), map(COMMENTS.__eq__, tags[start:hi])):
        signed = [
            m
            for m in compress(count(k + 1), map(TIMESTAMP.__eq__, tags[k + 1 : hi]))
            if _COMMENT_TIME.search(lines[m].text) is not None
        ]
        if (
            len(signed) >= _SIGNATURES
            and signed[0] - k <= _THREAD_GAP
            and all(
                b - a <= _THREAD_GAP and any(ln.prose for ln in lines[a + 1 : b])
                for a, b in pairwise(signed)
            )
            and sum(ln.words for ln in lines[start:k] if ln.prose) >= _ARTICLE_WORDS
        ):
            return k
    return None


#: A comment's signature printed on a line under it: a signature word of the lexicon
#: (:data:`lexicon.COMMENT_SIGNATURES`: "Posted by", "Publié par", "Eingetragen von"), then the
#: commenter's name and the date with its time ("Posted by: John at December 18, 2025 05:48
#: PM", "Posted by Anne | March 3, 2019 12:40 PM"): a short line, at most this many words.
_SIGNS = re.compile(rf"(?:{lx.COMMENT_SIGNATURE_PATTERN}) ").match
_SIGNATURE_WORDS = 16
#: A thread of signed comments: at least this many signatures, each under a comment.
_SIGNED_COMMENTS = 2
#: The tags a comment's own lines may carry (a short one read as a teaser or a card's
#: headline): no chrome line that ends the article.
_PROSE_TAGS = frozenset((TEASER, RELATED_CARD))


def _signature(ln: Line) -> bool:
    """``ln`` (whose folded key opens with a signature word) is a comment's signature line: a
    short line whose date carries a time of day or an age (a post's byline gives a day)."""
    return ln.words <= _SIGNATURE_WORDS and _COMMENT_TIME.search(ln.text) is not None


def _signed_below(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """Index of the first line of a readers' thread inside the region ``[start, end]`` whose
    comments are each followed by their signature line (:func:`_signature`), the comments
    heading below the thread or absent, so that :func:`_signed_thread` finds none: at least
    :data:`_SIGNED_COMMENTS` signatures, each at most :data:`_THREAD_GAP` lines after the one
    before with a comment (prose) between them. The first comment sits above the first
    signature: the thread opens after the chrome line nearest above it (a tag row, the post's
    own footer; :data:`_PROSE_TAGS` are no such line) when no longer comment than the others
    lies between them, else at the first signature (a post's own signature line opens its
    thread). The article before it keeps at least :data:`_ARTICLE_WORDS` words of
    paragraphs."""
    hi = min(end + 1, len(lines))
    # (the lines that open with a signature word, found by a C-level scan of the keys: most
    # regions have none)
    signed = [
        m
        for m in compress(count(start), map(_SIGNS, [ln.key for ln in lines[start:hi]]))
        if _signature(lines[m])
    ]
    if len(signed) < _SIGNED_COMMENTS:
        return None
    run = [signed[0]]
    for a, b in pairwise(signed):
        if b - a > _THREAD_GAP or not any(ln.prose for ln in lines[a + 1 : b]):
            if len(run) >= _SIGNED_COMMENTS:
                break
            run = []
        run.append(b)
    if len(run) < _SIGNED_COMMENTS:
        return None
    longest = max(b - a for a, b in pairwise(run))
    first = run[0]
    for k in range(first - 1, max(start, first - longest) - 1, -1):
        if tags[k] and tags[k] not in _PROSE_TAGS:
            first = k + 1
            break
    if sum(ln.words for ln in lines[start:first] if ln.prose) >= _ARTICLE_WORDS:
        return first
    return None


_DATELINE = attrgetter("dateline")


def _thread_of(
    lines: list[Line], tags: list[str], start: int, end: int, *, timed: bool
) -> int | None:
    """:func:`thread_start` for headers whose dates carry a time (``timed``), or for headers
    with a date alone, which a post or card list prints too: then every comment of the run but
    one, and at least :data:`_DATED_REPLIES`, has its "Reply" line."""
    # (a header's second line is a date: the lines above datelines, found by a C-level column
    # scan, are the only ones asked)
    hi = min(end + 1, len(lines) - 1)
    heads = [
        k
        for k in compress(count(start), map(_DATELINE, lines[start + 1 : hi + 1]))
        if _header(lines, tags, k, timed=timed)
    ]
    i = 0
    while i < len(heads):
        j = i
        while j + 1 < len(heads) and heads[j + 1] - heads[j] <= _THREAD_GAP:
            j += 1
        run = heads[i : j + 1]
        last = min(run[-1] + _THREAD_GAP, len(lines))
        replies = any(_reply_line(ln.key) for ln in lines[run[0] : last])
        enough = len(run) >= _THREAD_HEADERS or (replies and len(run) >= _REPLY_HEADERS)
        if not timed:
            bounds = zip(run, [*run[1:], last], strict=True)
            answered = sum(1 for a, b in bounds if _replied(lines, a, b))
            enough = answered >= max(_DATED_REPLIES, len(run) - 1)
        if enough and sum(1 for k in run if _commented(lines, k)) >= _COMMENTED:
            before = sum(ln.words for ln in lines[start : run[0]] if ln.prose)
            if before >= _ARTICLE_WORDS:
                return run[0]
        i = j + 1
    return None


#: A thread under a comments heading whose headers are a name line over the comment, the date
#: lost (a browser leaves out what a script fills in) or the day alone: at least this many of
#: them, each at most :data:`_THREAD_GAP` lines after the one before.
_NAMED_HEADERS = 3


def _named_header(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a commenter's name over the comment (a date line between them allowed)."""
    name = lines[k]
    if (
        tags[k]
        or name.terminal
        or name.dateline
        or len(name.text) > _NAME_CHARS
        or _NAME.match(name.text) is None
    ):
        return False
    below = k + 1 + (k + 1 < len(lines) and lines[k + 1].dateline)
    return below < len(lines) and _commented(lines, below - 2)


def _named_thread(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """Index of a comments heading inside the region ``[start, end]``, after the article, with
    :data:`_NAMED_HEADERS` name lines below it, each over a comment: a thread whose headers
    carry no date with a time, so that :func:`_header` finds none. A subheading over a
    paragraph has the same shape, so one more mark of a thread is asked of the run: a name
    that comes back (a commenter answered), a date line under a name, or a "Reply" line."""
    hi = min(end + 1, len(lines))
    for k in compress(count(start), map(COMMENTS.__eq__, tags[start:hi])):
        heads: list[int] = []
        for n in range(k + 1, hi):
            if n - (heads[-1] if heads else k) > _THREAD_GAP:
                break
            if _named_header(lines, tags, n):
                heads.append(n)
        if len(heads) < _NAMED_HEADERS:
            continue
        names = [lines[n].key for n in heads]
        marked = (
            len(set(names)) < len(names)
            or any(lines[n + 1].dateline for n in heads)
            or any(_reply_line(ln.key) for ln in lines[heads[0] : hi])
        )
        if marked and sum(ln.words for ln in lines[start:k] if ln.prose) >= _ARTICLE_WORDS:
            return k
    return None


def thread_around(lines: list[Line], tags: list[str], k: int) -> tuple[int, int] | None:
    """``(first, last)``: the readers' thread that line ``k`` lies in, from its comments heading
    to the last line of its last comment's header run ("Sheri says" / "July 31, 2018 at 2:41
    pm" / the comment / "Reply", repeated), else None.

    Line ``k`` lies in a thread when a comments heading stands above it with at least
    :data:`_THREAD_HEADERS` comment headers (:func:`comment_pair`, the date with its time)
    between the heading and ``k``, the first of them at most :data:`_THREAD_GAP` lines under
    the heading, each at most that many lines after the one before, and ``k`` at most that
    many lines under the last. The thread runs on through the headers below ``k`` at the same
    distances, and ends with its last comment's "Reply" line (else the comment's first line).
    """
    for h in range(k - 1, max(-1, k - _THREAD_GAP - 1), -1):
        if comment_pair(lines, h):
            break
    else:
        return None
    heads = [h]
    while True:
        above = next(
            (
                m
                for m in range(heads[-1] - 1, max(-1, heads[-1] - _THREAD_GAP - 1), -1)
                if tags[m] == COMMENTS or comment_pair(lines, m)
            ),
            None,
        )
        if above is None:
            return None
        if tags[above] == COMMENTS and not comment_pair(lines, above):
            break
        heads.append(above)
    heading = above
    if len(heads) < _THREAD_HEADERS:
        return None
    last = h
    n = len(lines)
    for m in range(k, n):
        if m - last > _THREAD_GAP:
            break
        if comment_pair(lines, m):
            last = m
    end = next(
        (m for m in range(last + 2, min(n, last + _THREAD_GAP)) if _reply_line(lines[m].key)),
        min(last + 2, n - 1),
    )
    return heading, end
