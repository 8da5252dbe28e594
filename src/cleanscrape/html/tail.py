"""Lines the extractor appended after the article: the tail outside the main prose block.

trafilatura's text often ends with what follows the article on the page: a call to action, a
newsletter box, an "About the company" closer, an author's bio, a disclaimer. The page's main
prose block (the element whose child paragraphs hold the most prose) says where the article
is. Sites built from templates split one article into several sections of the same kind
(``<div class="rich-text">`` after each heading or image), so the article's area is that block
and the elements of the same tag and class. When most of the extracted text is in that area,
the trailing lines that are not in it are taken off. The article's questions and answers are
not a tail: a box whose class or id names an FAQ (``<section class="FAQ_container">``,
``<div class="faq-container">``) close to the main prose block (:func:`article_faqs`) closes
the article, and its lines stay; so does a section that a heading naming the article's
conclusion opens ("Conclusions", "Fazit": :func:`closing_sections`), which a paper lays out
apart from the block.

It also ends with links the page puts under the article: other stories' headlines under "You
may also like...", a linked call to subscribe. A trailing run of lines that are each the whole
text of links of the page (:func:`trim_link_tail`) is taken off too, with its heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import accumulate, islice
from string import ascii_lowercase, ascii_uppercase

from lxml import etree
from lxml import html as lxml_html

from .. import lexicon as lx
from ..lexicon.folding import fold
from .prune import name_tokens
from .recover import (
    ALL_TEXT_NODES,
    TEXT_NODES,
    article_area,
    letters,
    letters_each,
    script_holders,
    word_key,
    word_seq,
)
from .tags import ANY_HEADING

#: The tail is taken off only when at least this share of the extracted characters is in the
#: article's area (else the extractor chose another region, and the block says little).
MIN_AREA_SHARE = 0.5


def area_words(area: list[lxml_html.HtmlElement]) -> str:
    """The words of the article's area (:func:`article_area`), as lines are looked up in it:
    the words of each section's text nodes (:data:`.recover.TEXT_NODES`; all of them when no
    style sheet or script is in or around it, :func:`.recover.script_holders`)."""
    holders = script_holders(area)
    return " ".join(
        word_seq(" ".join((TEXT_NODES if el in holders else ALL_TEXT_NODES)(el))) for el in area
    )


def in_area(line: str, inside: str) -> bool:
    """``line`` is text of the article's area whose words are ``inside``
    (:func:`area_words`): the first words of it are."""
    key = word_key(line)
    return bool(key) and key in inside


#: Tokens of a class or id that name a box of questions and answers (an FAQ;
#: :data:`lexicon.CLASS_FAQ`).
FAQ_TOKENS: frozenset[str] = lx.phrases(lx.CLASS_FAQ)
#: The letters every token of :data:`FAQ_TOKENS` holds: the tokens that hold no other.
_FAQ_LETTERS = sorted(t for t in FAQ_TOKENS if not any(o != t and o in t for o in FAQ_TOKENS))
#: The elements whose class or id holds the letters of a token of :data:`FAQ_TOKENS`, case
#: aside (the tokens decide).
_FAQ_NAMED = etree.XPath(
    ".//*["
    + " or ".join(
        f"contains(translate(@{attr}, '{ascii_uppercase}', '{ascii_lowercase}'), '{letters}')"
        for letters in _FAQ_LETTERS
        for attr in ("class", "id")
    )
    + "]"
)
#: The article's FAQ shares an ancestor with the main prose block at most this many levels
#: above the block (the article's body or its column, where the FAQ follows the text); a
#: site's FAQ about its own service sits in another part of the page, met only higher up.
FAQ_LEVELS = 3


def _names_faq(el: lxml_html.HtmlElement) -> bool:
    """``el``'s class or id has a token of :data:`FAQ_TOKENS`."""
    return any(
        not FAQ_TOKENS.isdisjoint(name_tokens(el.get(attr) or "")) for attr in ("class", "id")
    )


def article_faqs(block: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The boxes of questions and answers that close the article of the main prose block
    ``block``: elements whose class or id names an FAQ (:data:`FAQ_TOKENS`) under the block's
    ancestor :data:`FAQ_LEVELS` levels up, neither holding the block nor inside another such
    box."""
    ancestors = list(islice(block.iterancestors(), FAQ_LEVELS))
    if not ancestors:
        return []
    holding = {block, *ancestors}
    found: list[lxml_html.HtmlElement] = []
    seen: set[lxml_html.HtmlElement] = set()
    for el in _FAQ_NAMED(ancestors[-1]):
        if el in holding or not _names_faq(el):
            continue
        seen.add(el)
        if seen.isdisjoint(el.iterancestors()):
            found.append(el)
    return found


def _within_or_own(line: str, within: Callable[[str], bool], own: str) -> bool:
    """``line`` is ``within`` the article's nodes, or text of its own closing boxes (words
    ``own``)."""
    return within(line) or in_area(line, own)


def trim_keeping_own(
    lines: list[str], within: Callable[[str], bool], block: lxml_html.HtmlElement | None
) -> tuple[list[str], int]:
    """:func:`trim_outside`, the lines of the article's own closing boxes near the main prose
    block ``block`` counting as ``within`` the article's nodes: its FAQ
    (:func:`article_faqs`) and its conclusions in a section of their own
    (:func:`closing_sections` of the lines a trim would take off). The tail is what follows
    them. The boxes are looked for only when there is a tail to take off."""
    got, n = trim_outside(lines, within)
    if not n or block is None:
        return got, n
    own = article_faqs(block) + closing_sections(block, lines[len(lines) - n :])
    if not own:
        return got, n
    return trim_outside(lines, partial(_within_or_own, within=within, own=area_words(own)))


def trim_tail(
    block: lxml_html.HtmlElement,
    lines: list[str],
    area: list[lxml_html.HtmlElement] | None = None,
    inside: str | None = None,
) -> tuple[list[str], int]:
    """``lines`` without the trailing lines that are not text of the article's area.

    ``block`` is the page's main prose block (see :func:`article_area`), ``area`` its area and
    ``inside`` the area's words (:func:`area_words`) when the caller has them. A line is in the
    area when the first words of it are; the lines of the article's FAQ and conclusions count
    as the area's (:func:`trim_keeping_own`). Returns the lines and how many were taken off.
    """
    if inside is None:
        inside = area_words(article_area(block) if area is None else area)
    return trim_keeping_own(lines, partial(in_area, inside=inside), block)


#: The headings that open the article's conclusion (:data:`lexicon.CLOSING_HEADINGS`).
CLOSING_HEADINGS: frozenset[str] = lx.phrases(lx.CLOSING_HEADINGS)
#: A heading's number before its words ("4.", "IV.", "2.1"), folded.
_NUMBERED = re.compile(r"^(?:\d+|[ivx]+)(?: \d+)* ")


def _closing(line: str) -> str | None:
    """``line`` folded when it is a heading that names the article's conclusion
    (:data:`CLOSING_HEADINGS`, numbered or not: "Conclusions", "4. Fazit"), else ``None``."""
    key = _NUMBERED.sub("", fold(line))
    return key if key in CLOSING_HEADINGS else None


def closing_sections(block: lxml_html.HtmlElement, cut: list[str]) -> list[lxml_html.HtmlElement]:
    """The sections of the article's conclusion among the lines ``cut`` after the main prose
    block ``block``: the elements that a heading naming the conclusion (:func:`_closing`)
    opens as their first child, holding neither the block nor an ancestor of it.

    A paper or a report lays out each part in an element of its own, and the last part, its
    conclusions, is outside the block that holds most of the prose: the tail rule would cut
    it with the notes and references after it. Its heading says it is the article's.
    """
    names = {key for key in map(_closing, cut) if key}
    if not names:
        return []
    holding = {block, *block.iterancestors()}
    found: list[lxml_html.HtmlElement] = []
    for heading in block.getroottree().getroot().iter(*ANY_HEADING):
        parent = heading.getparent()
        if parent is None or parent in holding:
            continue
        if _closing(heading.text_content()) not in names:
            continue
        if next(iter(parent.iterchildren(etree.Element)), None) is heading:
            found.append(parent)
    return found


def trim_outside(lines: list[str], within: Callable[[str], bool]) -> tuple[list[str], int]:
    """``lines`` without the trailing lines that are not ``within`` the article's nodes, when
    at least :data:`MIN_AREA_SHARE` of the characters before them are. Returns the lines and
    how many were taken off."""
    end = len(lines)
    while end > 0 and not within(lines[end - 1]):
        end -= 1
    if end in (0, len(lines)):  # no line in the area, or none after its last one
        return lines, 0
    # the lines after ``end`` are not in the area: the share is read on those before it
    total = sum(len(ln) for ln in lines)
    kept = sum(len(ln) for ln in lines[:end] if within(ln))
    if kept < MIN_AREA_SHARE * total:
        return lines, 0
    return lines[:end], len(lines) - end


#: The trailing run of links is taken off only when the lines before it hold at least this
#: share of the extracted characters (a page that is a list of links keeps its list).
MIN_KEPT_SHARE = 0.5
#: Lines of at most this many words inside the run are its labels ("Comments", "Related").
LABEL_WORDS = 2
#: A line of at most this many words just above the run is its heading.
HEADING_WORDS = 6


def link_spans(
    root: lxml_html.HtmlElement, links: list[lxml_html.HtmlElement] | None = None
) -> tuple[str, set[int], set[int]]:
    """The word characters of every link of the page (or of ``links``), joined in document
    order, with the offsets where a link's text starts and where one ends."""
    found = root.iter("a") if links is None else links
    texts = [t for t in letters_each([a.text_content() for a in found]) if t]
    ends = list(accumulate(len(t) for t in texts))
    return "".join(texts), {e - len(t) for e, t in zip(ends, texts, strict=True)}, set(ends)


def all_links(line: str, joined: str, starts: set[int], ends: set[int]) -> bool:
    """``line`` is the text of one link or of consecutive links, and nothing else."""
    key = letters(line)
    if not key:
        return False
    at = joined.find(key)
    while at >= 0:
        if at in starts and at + len(key) in ends:
            return True
        at = joined.find(key, at + 1)
    return False


def _is_heading(line: str) -> bool:
    """A short line that does not end a sentence, or ends in a colon or an ellipsis."""
    text = line.rstrip()
    if not text or len(text.split()) > HEADING_WORDS:
        return False
    return text.endswith(("...", "…", ":")) or not text.endswith((".", "!", "?"))


def trim_link_tail(root: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the trailing run of lines that are only the text of links.

    After the article, trafilatura often keeps what the page puts under it as links: a
    subscription call ("Click here to subscribe to ..."), a row of site links, the headlines of
    other stories. A line that is the whole text of one link of the page (``root``), or of
    consecutive links, is not the article's prose; a trailing run of such lines is taken off
    when the lines before it hold most of the text. Returns the lines and how many were taken
    off.
    """
    if not lines:
        return lines, 0
    joined, starts, ends = link_spans(root)
    if not joined:
        return lines, 0
    end = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if all_links(lines[i], joined, starts, ends):
            end = i
        elif len(lines[i].split()) > LABEL_WORDS:
            break
    if end == len(lines):
        return lines, 0
    if end > 0 and _is_heading(lines[end - 1]):
        end -= 1  # the run's heading ("You may also like...", "Related:")
    total = sum(len(ln) for ln in lines)
    if sum(len(ln) for ln in lines[:end]) < MIN_KEPT_SHARE * total:
        return lines, 0
    return lines[:end], len(lines) - end
