"""A copyright notice printed on a paragraph's line is left out of the matching key.

Agency copy carries the agency's notice under the story ("© 2019 Associated Press. All Rights
Reserved. This material may not be published, broadcast, rewritten, or redistributed."), and
outlets print it their own way: on a line of its own, which the strip drops with the page's
other notices, or run into the story's last paragraph, where the strip cannot drop it without
the paragraph. Run in, its words are a large share of a short story's key (a third of a copy
of three sentences), and one copy's key holds them where the other's does not. The notice is
the owner's, never the story's text. It opens with the copyright sign or word and a year
("© 2019", "Copyright © 2026", "(c) 2019") at a line's start or after a sentence's end, and it
says the rights are reserved, in any language of the lexicon ("All rights reserved", "Tous
droits réservés", "Alle Rechte vorbehalten"), in at most :data:`NOTICE_MAX_WORDS` words. It is
left out of the key from its opening to the end of the line where it has said so (in that
line's own words: a phrase broken over two lines is not read), its own line or a later one,
for outlets break a notice of three sentences where they break the story's paragraphs
("© 2019 Associated Press." on one line, "All Rights Reserved. This material ..." on the
next). When the text ends within those words, the rest is the notice's too ("... All Rights
Reserved." then "This material may not be published ..."), and a notice with the sign (not
the word alone) at the text's end needs no rights reserved: a copy may print "© 2019
Associated Press." and nothing more. The words are the lexicon's
(:data:`cleanscrape.lexicon.RIGHTS_RESERVED`), the ones the strip reads on a site's own
copyright line: the duplicate stages work on clean text, and read no stage's rules.

A story about a copyright case speaks of copyright in its own sentences, but none of them opens
with the sign and a year and says the rights are reserved; a story that quotes a notice has it
after its own words and a quotation mark, not at a sentence's start. Only the key is cut: the
output text keeps the lines as printed, and the key keeps their line breaks.

>>> without_notices("Rain fell. © 2019 Acme Press. All rights reserved.")
'Rain fell.  '
>>> without_notices("Rain fell.\\n© 2019 Acme Press.\\nAll rights reserved. Do not copy.")
'Rain fell.\\n \\n '
>>> without_notices("The court ruled that copyright 2019 filings were late.")
'The court ruled that copyright 2019 filings were late.'
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon.folding import fold

#: The notice's words at most, from its copyright sign to its end (a site's copyright line of
#: many sentences has up to 38 on the dev pages, as the strip reads them).
NOTICE_MAX_WORDS = 40
#: What a line that may hold a notice holds: the sign or the word, in lower, title or upper
#: case (looked for as substrings: a pattern of them all, case aside, would cost a third of the
#: key's folding, and nearly no text holds one) ...
_MARKS = ("©", "ⓒ", "Ⓒ", "opyright", "OPYRIGHT")
#: ... or the sign written in ASCII (a pattern: two substrings cost twice as much).
_ASCII_SIGN = re.compile(r"\([cC]\)")
#: The notice's opening: the sign or the word, maybe both, then a year.
_SIGN = r"(?:[©ⓒⒸ]|\([cC]\)|[Cc]opyright|COPYRIGHT)"
_OPEN = re.compile(_SIGN + r"(?:\s*" + _SIGN + r")?\s*(?:1[89]|20)\d\d(?!\d)")
#: The line boundaries of ``str.splitlines`` other than ``\n``: a text holding none is split
#: into lines by ``\n`` alone (the matching key's lines are split so too).
OTHER_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: Every line boundary of ``str.splitlines`` (to strip off a line).
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
#: An opening with the sign alone (no word "copyright"), after which a notice at the text's
#: end needs no rights reserved.
_SIGN_ONLY = re.compile(r"(?:[©ⓒⒸ]|\([cC]\))\s*(?:1[89]|20)\d\d$")
#: ``_MORE_WORDS[n]`` matches where more than ``n`` words follow (as ``str.split`` splits).
_MORE_WORDS = tuple(re.compile(rf"\s*(?:\S+\s+){{{n}}}\S") for n in range(NOTICE_MAX_WORDS + 1))
#: Ends like a sentence (a full stop, "!", "?", "…", a CJK stop, maybe closing quotes).
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: The rights reserved, any language of :data:`lexicon.RIGHTS_RESERVED`, on the folded notice.
_RESERVED = re.compile(
    r"(?:^| )(?:" + "|".join(map(re.escape, lx.folded_phrases(lx.RIGHTS_RESERVED))) + r")(?= |$)"
)


def _line_end(text: str, a: int) -> int:
    """Where the line of ``text`` (split at ``\n``) that starts at ``a`` ends."""
    b = text.find("\n", a)
    return len(text) if b < 0 else b


def _notice(
    text: str, a: int, stop: int, lines: dict[int, tuple[int, int]], said: dict[int, bool]
) -> tuple[int, int] | None:
    """Where the notice that opens on the line of ``text`` starting at ``a`` starts and where
    it ends (a line's end, maybe a later line's, or the text's end, ``stop``: its last line's,
    not a line break's), or None. ``lines`` and ``said``: the lines read so far, by where they
    start: where each ends and its words, and whether it says the rights are reserved."""
    b = _line_end(text, a)
    for m in _OPEN.finditer(text, a, b):
        p = m.start()
        before = text[a:p].rstrip()
        if before and _SENTENCE_END.search(before) is None:
            continue
        end, words = min(b, stop), len(text[p:b].split())
        reserved = words <= NOTICE_MAX_WORDS and _RESERVED.search(fold(text[p:end])) is not None
        while words <= NOTICE_MAX_WORDS:
            if reserved:
                # (the rest of the text is the notice's when its words are within the budget)
                more = _MORE_WORDS[NOTICE_MAX_WORDS - words].match(text, end, stop)
                return p, end if more is not None else stop
            if end == stop:
                # the text's end: a notice with the sign says no more than its owner's name
                return (p, end) if _SIGN_ONLY.match(m.group()) is not None else None
            start = end + 1
            if start not in lines:
                nb = min(_line_end(text, start), stop)
                lines[start] = (nb, len(text[start:nb].split()))
            end, n = lines[start]
            words += n
            if words <= NOTICE_MAX_WORDS:  # (a line past the budget is not read)
                if start not in said:
                    said[start] = _RESERVED.search(fold(text[start:end])) is not None
                reserved = said[start]
    return None


def marked(text: str) -> bool:
    """Whether ``text`` may hold a notice: whether it holds a mark of :data:`_MARKS` or
    :data:`_ASCII_SIGN`."""
    return any(m in text for m in _MARKS) or _ASCII_SIGN.search(text) is not None


def _marked_lines(text: str) -> list[int]:
    """Where the lines of ``text`` (split at ``\n``) that hold a mark start, in order."""
    at = [m.start() for m in _ASCII_SIGN.finditer(text)]
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    return sorted({text.rfind("\n", 0, i) + 1 for i in at})


def _cut(text: str) -> str:
    """``text`` (lines split at ``\n``) without its notices, a blank in the place of each and
    of each of its lines after the first (the lines stay lines, the text's last one too);
    ``text`` itself when it holds none. Only the lines that hold a mark are read."""
    out: list[str] = []
    done = 0
    stop = len(text.rstrip())
    lines: dict[int, tuple[int, int]] = {}
    said: dict[int, bool] = {}
    for a in _marked_lines(text):
        found = _notice(text, a, stop, lines, said) if a >= done else None
        if found is not None:
            p, end = found
            out += [text[done:p], " ", "\n " * text.count("\n", p, end)]
            done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def without_notices(text: str) -> str:
    """``text`` with its notices left out, its line breaks kept (the lines stay as many, in
    their places); ``text`` itself when it holds none."""
    if not marked(text):
        return text
    if OTHER_BREAKS.search(text) is None:
        return _cut(text)
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip(_BREAKS) for line in lines]
    joined = "\n".join(bodies)
    cut = _cut(joined)
    if cut is joined:
        return text
    return "".join(
        c + line[len(b) :] for c, b, line in zip(cut.split("\n"), bodies, lines, strict=True)
    )
