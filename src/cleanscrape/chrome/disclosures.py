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

from . import lexicon as lx

#: Word starts that :func:`disclosure` needs (a substring search finds the lines to look at).
TERMS: tuple[str, ...] = tuple(sorted(lx.phrases(lx.DISCLOSURE_TERMS)))
_TERM = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in TERMS) + r")")
_SELF = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lx.phrases(lx.DISCLOSURE_SELF))) + r")\b"
)
#: ... or a line labelled as one ("Disclosure: ...", "Affiliate Disclaimer: ...").
_LABEL = re.compile(r"^(?:\w+ ){0,2}(?:disclosure|disclaimer)\b")
#: A disclosure has at most this many words.
_WORDS = 80


def disclosure(key: str, words: int) -> bool:
    """The folded line ``key`` (of ``words`` words) is an affiliate disclosure."""
    return (
        words <= _WORDS
        and _TERM.search(key) is not None
        and (_SELF.search(key) is not None or _LABEL.match(key) is not None)
    )
