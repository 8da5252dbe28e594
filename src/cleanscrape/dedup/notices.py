"""A copyright notice printed on a paragraph's line is left out of the matching key.

Agency copy carries the agency's notice under the story ("© 2019 Associated Press. All Rights
Reserved. This material may not be published, broadcast, rewritten, or redistributed."), and
outlets print it their own way: on a line of its own, which the strip drops with the page's
other notices, or run into the story's last paragraph, where the strip cannot drop it without
the paragraph. Run in, its words are a large share of a short story's key (a third of a copy
of three sentences), and one copy's key holds them where the other's does not. The notice is
the owner's, never the story's text: what stands on a line from a sentence's end (or the
line's start) to the line's end is left out of the line's key when it opens with the copyright
sign or word and a year ("© 2019", "Copyright © 2026", "(c) 2019") and says the rights are
reserved, in any language of the lexicon ("All rights reserved", "Tous droits réservés", "Alle
Rechte vorbehalten"), in at most :data:`NOTICE_MAX_WORDS` words. The words are the lexicon's
(:data:`cleanscrape.lexicon.RIGHTS_RESERVED`), the ones the strip reads on a site's own
copyright line: the duplicate stages work on clean text, and read no stage's rules.

A story about a copyright case speaks of copyright in its own sentences, but none of them opens
with the sign and a year and says the rights are reserved; a story that quotes a notice has it
after its own words and a quotation mark, not at a sentence's start. Only the key is cut: the
output text keeps the line as printed.

>>> without_notices("Rain fell. © 2019 Acme Press. All rights reserved.")
'Rain fell.  '
>>> without_notices("The court ruled that copyright 2019 filings were late.")
'The court ruled that copyright 2019 filings were late.'
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon.folding import fold

#: The notice's words at most, from its copyright sign to the line's end (a site's copyright
#: line of many sentences has up to 38 on the dev pages, as the strip reads them).
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
#: The line boundaries of ``str.splitlines`` other than ``\n``.
_OTHER_BREAKS = re.compile(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: Ends like a sentence (a full stop, "!", "?", "…", a CJK stop, maybe closing quotes).
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: The rights reserved, any language of :data:`lexicon.RIGHTS_RESERVED`, on the folded notice.
_RESERVED = re.compile(
    r"(?:^| )(?:" + "|".join(map(re.escape, lx.folded_phrases(lx.RIGHTS_RESERVED))) + r")(?= |$)"
)


def notice_start(line: str) -> int | None:
    """Where the notice that closes ``line`` starts (see the module documentation), or None."""
    for m in _OPEN.finditer(line):
        p = m.start()
        before = line[:p].rstrip()
        if before and _SENTENCE_END.search(before) is None:
            continue
        tail = line[p:]
        if len(tail.split()) <= NOTICE_MAX_WORDS and _RESERVED.search(fold(tail)) is not None:
            return p
    return None


def _marked(text: str) -> bool:
    """Whether ``text`` holds a mark of :data:`_MARKS` or :data:`_ASCII_SIGN`."""
    return any(m in text for m in _MARKS) or _ASCII_SIGN.search(text) is not None


def _cut(line: str) -> str:
    """``line`` (maybe with its line break) without the notice that closes it, a blank in its
    place (a line that was all notice stays a line: the text's last one too)."""
    body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    p = notice_start(body) if _marked(body) else None
    return line if p is None else body[:p] + " " + line[len(body) :]


def _marked_lines(text: str) -> list[int]:
    """Where the lines of ``text`` (split at ``\n``) that hold a mark start, in order."""
    at = [m.start() for m in _ASCII_SIGN.finditer(text)]
    for mark in _MARKS:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    return sorted({text.rfind("\n", 0, i) + 1 for i in at})


def without_notices(text: str) -> str:
    """``text`` with the notice that closes each of its lines left out, its line breaks kept
    (the lines stay as many, in their places). Only the lines that hold a mark are read."""
    if not _marked(text):
        return text
    if _OTHER_BREAKS.search(text) is not None:
        return "".join(map(_cut, text.splitlines(keepends=True)))
    out: list[str] = []
    done = 0
    for a in _marked_lines(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        p = notice_start(text[a:b])
        if p is not None:
            out += [text[done : a + p], " "]
            done = b
    out.append(text[done:])
    return "".join(out)
