"""A copyright notice printed on a paragraph's line is left out of the matching key.

Agency copy carries the agency's notice under the story ("© 2019 Associated Press. All Rights
Reserved. This material may not be published, broadcast, rewritten, or redistributed."), and
outlets print it their own way: on a line of its own, which the strip drops with the page's
other notices, or run into the story's last paragraph, where the strip cannot drop it without
the paragraph. Run in, its words are a fifth of a short story's key, and one copy's key holds
them where the other's does not. The notice is the owner's, never the story's text: what
stands on a line from a sentence's end (or the line's start) to the line's end is left out of
the line's key when it opens with the copyright sign or word and a year ("© 2019", "Copyright
© 2026", "(c) 2019") and says the rights are reserved, in any language of the lexicon ("All
rights reserved", "Tous droits réservés", "Alle Rechte vorbehalten"), in at most
:data:`NOTICE_MAX_WORDS` words.

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

from ..chrome import lexicon as lx
from ..chrome.features import fold, folded_phrases

#: The notice's words at most, from its copyright sign to the line's end (a site's copyright
#: line of many sentences has up to 38 on the dev pages: :func:`.chrome.features.copyright_line`).
NOTICE_MAX_WORDS = 40
#: A line that may hold a notice: the sign (or its ASCII form) or the word, anywhere.
_MARK = re.compile(r"[©ⓒⒸ]|\(c\)|copyright", re.IGNORECASE)
#: The notice's opening: the sign or the word, maybe both, then a year.
_OPEN = re.compile(
    r"(?:[©ⓒⒸ]|\(c\)|copyright)(?:\s*(?:[©ⓒⒸ]|\(c\)|copyright))?\s*(?:1[89]|20)\d\d(?!\d)",
    re.IGNORECASE,
)
#: Ends like a sentence (a full stop, "!", "?", "…", a CJK stop, maybe closing quotes).
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
#: The rights reserved, any language of :data:`lexicon.RIGHTS_RESERVED`, on the folded notice.
_RESERVED = re.compile(
    r"(?:^| )(?:" + "|".join(map(re.escape, folded_phrases(lx.RIGHTS_RESERVED))) + r")(?= |$)"
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


def _cut(line: str) -> str:
    """``line`` (maybe with its line break) without the notice that closes it, a blank in its
    place (a line that was all notice stays a line: the text's last one too)."""
    body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    p = notice_start(body) if _MARK.search(body) else None
    return line if p is None else body[:p] + " " + line[len(body) :]


def without_notices(text: str) -> str:
    """``text`` with the notice that closes each of its lines left out, its line breaks kept
    (the lines stay as many, in their places)."""
    if _MARK.search(text) is None:
        return text
    return "".join(map(_cut, text.splitlines(keepends=True)))
