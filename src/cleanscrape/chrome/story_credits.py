"""The story's credit line, printed after it: the reporters and editors of a wire story
("Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed;
Editing by Nick Zieminski", "(Reportagem de Ana Mano; Edição de Pedro Fonseca)") or its
contributors ("Associated Press writers Alan Fram and Zeke Miller contributed to this report.").

The line is told by its form, not by a site's words: it opens with a credit clause of the
lexicon (:data:`lexicon.STORY_CREDITS`: "Reporting by", "Editing by", "Reporte de") or ends
with a contribution (:data:`lexicon.STORY_CREDITS_END`: "contributed to this report"), and
every other word of it is a name: each word that opens in lower case is a word of those
phrases, a role ("writers", :data:`lexicon.AUTHOR_ROLES`) or a word that joins names ("and",
"with", "de"). A sentence of the body with the same words holds words of its own ("He was
editing by hand ...", "Reporting by the BBC showed ...") and stays.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon.folding import fold
from .features import Line

CREDIT_LINE = "story_credit"

#: A credit line has at most this many words (a longer line is the story's).
_WORDS = 70
#: Words that join names and clauses in a credit line, every language (folded;
#: :data:`lexicon.CREDIT_JOINERS`).
_JOINERS: frozenset[str] = lx.phrases(lx.CREDIT_JOINERS)


_OPEN = re.compile(rf"^{lx.written_pattern(lx.STORY_CREDITS)}(?= |$)")
_END = re.compile(rf"(?:^| ){lx.written_pattern(lx.STORY_CREDITS_END)}$")
#: ... the last word of each of those phrases: a key that ends with one of them ends with that
#: word (a set probe before the search, which tries every position of the key).
_END_WORDS = frozenset(p.rpartition(" ")[2] for p in lx.phrases(lx.STORY_CREDITS_END))
#: Lower-case words a credit line may hold besides the names.
_ALLOWED = (
    frozenset(
        w
        for table in (lx.STORY_CREDITS, lx.STORY_CREDITS_END, lx.AUTHOR_ROLES)
        for p in lx.phrases(table)
        for w in p.split()
    )
    | _JOINERS
)
#: A word of the raw line: letters first (figures and punctuation are neither names nor words).
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


def story_credit(ln: Line) -> bool:
    """Whether the line credits the story's reporters, editors or contributors, and says
    nothing else (see the module's text)."""
    key = ln.key
    if ln.words > _WORDS or not (
        _OPEN.match(key) or (key.rpartition(" ")[2] in _END_WORDS and _END.search(key))
    ):
        return False
    for word in _WORD.findall(ln.text):
        if word[0].isupper():
            continue
        parts = fold(word).split()
        if not all(p in _ALLOWED or p.rstrip("s") in _ALLOWED for p in parts):
            return False
    return True
