"""Pointers to the outlet's own review of an item, printed between the picks of a list.

A list of picks ("The best laptops", "The best workout earbuds") gives each item a section, and
the outlet closes the section with a link to its full review of that item: "Read our full
Powerbeats Pro 2 review", "Check out our full Fitbit Charge 6 review", "Lisez notre test
complet du ...". The extractor keeps it as a line of its own between the sections. It is a link
to another page of the site, not what the article says about the item, so a line is dropped
when its whole text, folded, is such a pointer and it ends with the whole text of a link of the
page that holds at least :data:`MIN_LINKED_SHARE` of its word characters (the item's name with
the noun, or the whole line, linked: the pointer's link). A pointer opens with the outlet's
voice (:data:`lexicon.REVIEW_LEADS`: "read our", "lesen Sie unseren"), maybe a word calling the
review full (:data:`lexicon.REVIEW_QUALIFIERS`), and names the review's noun
(:data:`lexicon.REVIEW_NOUNS`) right after it ("Read our full review of the ...") or as its
last word ("Read our full ... review"); it has at most :data:`MAX_WORDS` words. A line that
does not link (a sentence telling the reader about a review), a writer's own "Read my review
..." and a line that says more than the pointer stay.
"""

from __future__ import annotations

import math
import re

from lxml import html as lxml_html

from ..chrome import lexicon as lx
from ..chrome.features import fold_lines, folded_phrases
from .recover import letters, letters_each

#: The most words of a pointer (the lead, the item's name, the noun).
MAX_WORDS = 16
#: The least share of a pointer's word characters its link holds (its name, not a word of it).
MIN_LINKED_SHARE = 0.25

_LEAD = lx.trie_pattern(folded_phrases(lx.REVIEW_LEADS))
_NOUN = lx.trie_pattern(folded_phrases(lx.REVIEW_NOUNS))
_FULL = lx.trie_pattern(folded_phrases(lx.REVIEW_QUALIFIERS))
#: A folded line that is a pointer to a review: the noun right after the lead (the item named
#: after it), or the item named between the lead and the noun.
_POINTER = re.compile(
    rf"(?:{_LEAD}) (?:(?:{_FULL}) )?"
    rf"(?:(?:{_NOUN})(?: (?:{_FULL}))?(?: \S.*)?|\S.* (?:{_NOUN}))"
)


def _pointers(lines: list[str]) -> list[int]:
    """The indexes of the lines whose folded text is a pointer to a review."""
    short = [k for k, ln in enumerate(lines) if len(ln.split()) <= MAX_WORDS]
    if not short:
        return []
    keys = fold_lines([lines[k] for k in short])
    return [k for k, key in zip(short, keys, strict=True) if _POINTER.fullmatch(key)]


def _ends_with_link(line: str, links: set[str]) -> bool:
    """Whether the word characters ``line`` end with the whole text of one of ``links`` that
    holds at least :data:`MIN_LINKED_SHARE` of them."""
    longest = len(line) - math.ceil(len(line) * MIN_LINKED_SHARE)
    return any(line[i:] in links for i in range(longest + 1))


def drop_review_links(root: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the pointers to the outlet's reviews (see the module); how many
    went."""
    found = _pointers(lines)
    if not found:
        return lines, 0
    links = set(letters_each([a.text_content() for a in root.iter("a")])) - {""}
    gone = {k for k in found if _ends_with_link(letters(lines[k]), links)}
    if not gone:
        return lines, 0
    return [ln for k, ln in enumerate(lines) if k not in gone], len(gone)
