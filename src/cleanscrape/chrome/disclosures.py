"""Affiliate disclosures: "As an Amazon Associate I earn from qualifying purchases", "This post
may contain affiliate links ...", "<Site> is reader-supported. When you buy through links on our
site, we may earn an affiliate commission", wherever on the page.

A disclosure reads as a sentence, often several, so only its words show it: a term of
commissions (:data:`lexicon.DISCLOSURE_TERMS`) together with a reference to this page or site,
or to what the writer earns (:data:`lexicon.DISCLOSURE_SELF`). An article about affiliate
marketing names the terms ("Streamers earn a commission when viewers buy via affiliate links")
without speaking of itself.
"""

from __future__ import annotations

import re

from .. import lexicon as lx

#: Word starts that :func:`disclosure` needs.
TERMS: tuple[str, ...] = tuple(sorted(lx.phrases(lx.DISCLOSURE_TERMS)))
#: Pieces that most terms hold ("affiliat", "afiliad" -> "fili"; "commission", "comision",
#: "komisi" -> "omis", "ommiss"): a page is searched for these few, and for every term that
#: holds none of them, to find the lines that may hold a term (each search is a pass over the
#: page).
_PIECES = ("fili", "omis", "ommiss")
HINTS: tuple[str, ...] = _PIECES + tuple(t for t in TERMS if not any(p in t for p in _PIECES))
_TERM = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TERMS) + r")")
_SELF = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.phrases(lx.DISCLOSURE_SELF))) + r")\b"
)
#: ... or a line labelled as one ("Disclosure: ...", "Affiliate Disclaimer: ...";
#: :data:`lexicon.DISCLOSURE_LABELS`).
_LABEL = re.compile(r"^(?:\w+ ){0,2}" + lx.written_pattern(lx.DISCLOSURE_LABELS) + r"\b")
#: A disclosure has at most this many words.
_WORDS = 80


def holds_term(key: str) -> bool:
    """The folded line ``key`` may hold a term of :data:`TERMS`: it holds one of
    :data:`HINTS` (substring tests: cheaper than the pattern on a line without any)."""
    return any(h in key for h in HINTS)


def disclosure(key: str, words: int) -> bool:
    """The folded line ``key`` (of ``words`` words) is an affiliate disclosure (it holds a term
    of :data:`TERMS`, see :func:`holds_term`)."""
    return (
        words <= _WORDS
        and _TERM.search(key) is not None
        and (_SELF.search(key) is not None or _LABEL.match(key) is not None)
    )
