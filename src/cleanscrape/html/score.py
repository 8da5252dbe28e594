"""Where the article is by a content score on the page's tree: the nodes of the article.

The idea is readability's, as published: text blocks vote for the element that holds them.
Every paragraph (``<p>``, ``<pre>``, a table cell, a ``<div>`` with no block among its
children) of at least :data:`MIN_PARAGRAPH_CHARS` characters scores one point, a point for
each comma and a point for each full :data:`CHARS_PER_POINT` characters (at most
:data:`MAX_LENGTH_POINTS`); its parent gets the score and its grandparent half of it. An
element that gets a vote starts from a score of its own: its tag's (a ``<div>`` or a quote
is a likely home of text, a list item or a heading is not) and its ``class``/``id`` names'
(a chrome name of :mod:`.prune` weighs against it, a name of the article's own wrapper for
it). Each element's score is scaled by the share of its text that is not link text, and the
best is the top candidate. The article is the top candidate and its siblings that score near
it, share its class, or are paragraphs of prose (long with few links, or short, link-free
and ending a sentence).

The paragraphs are read in one walk (``iter``, its tag test in libxml2) of the tree the HTML
path already parsed and pruned; the link text and the names of an element are read only when
it can still beat the best score found. :func:`content_letters` gives the word characters of
the article's nodes, which lines of the extracted text are looked up in (:func:`in_content`);
:func:`content_chars` how many there are (the confidence score holds the clean text's length
against it).
The article's siblings are joined by the other sections of the top candidate's template (the
elements of its tag and class, :func:`.recover.article_area`) that score as a sibling must:
a site builder puts each part of a post in a text block of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from lxml import html as lxml_html

from .. import lexicon as lx
from ..text.chars import word_units
from .prune import name_tokens, names_chrome
from .recover import KEY_CHARS, TEXT_NODES, article_area, key_ends, letters_each
from .tags import ANY_HEADING

#: Paragraphs: what votes (``iter``'s tag test runs in libxml2) ...
_PARAGRAPH_TAGS = ("p", "pre", "td", "div")
#: ... a ``<div>`` when none of its children is one of these blocks.
_BLOCK_TAGS = frozenset(
    {"a", "article", "blockquote", "div", "dl", "figure", *ANY_HEADING, "img", "ol", "p", "pre",
     "section", "table", "ul"}
)  # fmt: skip

#: An element's tag (a child's, read in C for the test of a ``<div>``'s children).
_TAG = attrgetter("tag")

#: A paragraph shorter than this does not vote.
MIN_PARAGRAPH_CHARS = 25
#: A paragraph scores a point per this many characters ...
CHARS_PER_POINT = 100
#: ... up to this many points.
MAX_LENGTH_POINTS = 3
#: Commas of the scripts the benchmark pages are written in (Latin, CJK full-width, Arabic).
_COMMAS = (",", "，", "、", "،")

#: The score an element starts from, by tag (others start from 0).
_TAG_SCORE: dict[str, float] = {
    "div": 5.0,
    "article": 5.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
    "th": -5.0,
}
#: Weight of a class or id that names chrome (:mod:`.prune`'s lexicon) or the article.
NAME_WEIGHT = 25.0
#: Words of a class or id that name the article's own wrapper.
ARTICLE_NAMES: frozenset[str] = lx.phrases(lx.CLASS_ARTICLE)

#: A sibling of the top candidate is part of the article when it scores this share of the
#: top score ...
SIBLING_SHARE = 0.2
#: ... and at least this much.
MIN_SIBLING_SCORE = 10.0
#: A sibling paragraph this long is prose when at most :data:`MAX_PROSE_LINK_SHARE` of its
#: text is links; a shorter one when it has no link and ends a sentence.
PROSE_CHARS = 80
MAX_PROSE_LINK_SHARE = 0.25
_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def _name_weight(el: lxml_html.HtmlElement) -> float:
    """Each of the element's ``class`` and ``id`` weighs against it when it names chrome (the
    lexicon of :mod:`.prune`), for it when it names the article's wrapper."""
    weight = 0.0
    for attr in ("class", "id"):
        value = el.get(attr)
        if not value:
            continue
        if names_chrome(value):
            weight -= NAME_WEIGHT
        elif not ARTICLE_NAMES.isdisjoint(name_tokens(value)):
            weight += NAME_WEIGHT
    return weight


def _unlinked(el: lxml_html.HtmlElement, chars: int | None = None) -> float:
    """The share of ``el``'s text that is not the text of links; ``chars`` the length of its
    text when the caller has read it."""
    if chars is None:
        chars = len(el.text_content())
    if not chars:
        return 1.0
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return max(1.0 - linked / chars, 0.0)


@dataclass(frozen=True, slots=True)
class Content:
    """The article's nodes by content score: ``top`` the best candidate, ``nodes`` it and the
    siblings that join it (document order), ``score`` the top's scaled score, ``texts`` each
    node's whole text (``text_content``, read once: the HTML path tests where its text ends
    in them and counts their word characters, :func:`content_chars`)."""

    top: lxml_html.HtmlElement
    nodes: tuple[lxml_html.HtmlElement, ...]
    score: float
    texts: tuple[str, ...]


def _found(
    top: lxml_html.HtmlElement, nodes: tuple[lxml_html.HtmlElement, ...], best: float
) -> Content:
    return Content(top, nodes, best, tuple([el.text_content() for el in nodes]))


def _votes(body: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, float]:
    """The points each element got from the paragraphs below it (its children's, and half of
    its grandchildren's)."""
    votes: dict[lxml_html.HtmlElement, float] = {}
    for p in body.iter(*_PARAGRAPH_TAGS):
        if p.tag == "div" and not _BLOCK_TAGS.isdisjoint(map(_TAG, p)):
            continue
        text = p.text_content()
        n = len(text.strip())
        if n < MIN_PARAGRAPH_CHARS:
            continue
        commas = text.count(",")
        if not text.isascii():
            commas += sum(text.count(c) for c in _COMMAS[1:])
        points = 1.0 + commas
        points += min(n // CHARS_PER_POINT, MAX_LENGTH_POINTS)
        parent = p.getparent()
        if parent is None:
            continue
        votes[parent] = votes.get(parent, 0.0) + points
        grand = parent.getparent()
        if grand is not None:
            votes[grand] = votes.get(grand, 0.0) + points / 2
    return votes


def content_nodes(body: lxml_html.HtmlElement) -> Content | None:
    """The article's nodes in ``body`` by content score, or ``None`` when no paragraph votes."""
    votes = _votes(body)
    if not votes:
        return None
    # the score before names and links: the names add at most NAME_WEIGHT for each of two
    # attributes, the links only lower a positive score
    plain = {el: v + _TAG_SCORE.get(el.tag, 0.0) for el, v in votes.items()}
    scaled: dict[lxml_html.HtmlElement, float] = {}

    def score(el: lxml_html.HtmlElement) -> float:
        if el not in scaled:
            s = plain[el] + _name_weight(el)
            scaled[el] = s * _unlinked(el) if s > 0 else s
        return scaled[el]

    # the elements are read best plain score first; the names and link text of those that
    # cannot beat the best score so far are not read
    top: lxml_html.HtmlElement | None = None
    for el in sorted(plain, key=plain.__getitem__, reverse=True):
        if top is not None:
            if plain[el] + 2 * NAME_WEIGHT <= scaled[top]:
                break
            named = (el.get("class") is not None) + (el.get("id") is not None)
            if plain[el] + named * NAME_WEIGHT <= scaled[top]:
                continue  # (each name it has adds at most NAME_WEIGHT)
        if score(el) > (scaled[top] if top is not None else float("-inf")):
            top = el
    if top is None:  # (not reached: the first element read is the best so far)
        return None
    best = scaled[top]
    parent = top.getparent()
    if parent is None:
        return _found(top, (top,), best)
    limit = max(MIN_SIBLING_SCORE, best * SIBLING_SHARE)
    cls = top.get("class")
    nodes = []
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top or _joins(sib, score(sib) if sib in plain else None, limit, cls, best):
            nodes.append(sib)
    # the other sections of the top's template (same tag and class) that score as the
    # siblings must hold the rest of the article (a page built of one block per section);
    # only an element that got a vote can, so the page is walked for them (in document
    # order) only when one of those is such a section
    if cls and any(_other_section(el, top, parent) and score(el) >= limit for el in plain):
        nodes += [
            el
            for el in article_area(top)
            if el.getparent() is not parent and el in plain and score(el) >= limit
        ]
    return _found(top, tuple(nodes), best)


def _other_section(
    el: lxml_html.HtmlElement, top: lxml_html.HtmlElement, parent: lxml_html.HtmlElement
) -> bool:
    """``el`` has the tag and class of ``top`` (:func:`.recover.article_area`) and another
    parent than ``parent``, ``top``'s."""
    return (
        el.tag == top.tag and el.get("class") == top.get("class") and el.getparent() is not parent
    )


def _joins(
    sib: lxml_html.HtmlElement, score: float | None, limit: float, cls: str | None, best: float
) -> bool:
    """A sibling of the top candidate is part of the article (see the module's text)."""
    if score is not None:
        bonus = best * SIBLING_SHARE if cls and sib.get("class") == cls else 0.0
        if score + bonus >= limit:
            return True
    if sib.tag != "p":
        return False
    text = sib.text_content()
    unlinked = _unlinked(sib, len(text))
    if len(text) > PROSE_CHARS:
        return unlinked > 1.0 - MAX_PROSE_LINK_SHARE
    return unlinked == 1.0 and text.strip().endswith(_SENTENCE_END)


def content_letters(content: Content) -> str:
    """The word characters of the article's nodes, as lines are looked up in them
    (:func:`in_content`)."""
    return "".join(letters_each([" ".join(TEXT_NODES(el)) for el in content.nodes]))


#: Elements whose text is not the page's (:data:`.recover.TEXT_NODES` leaves it out).
_HIDDEN = ("script", "style", "noscript")


def content_chars(content: Content) -> int:
    """How many word characters the article's nodes hold (their text nodes, as
    :func:`content_letters` reads them): what the clean text's length is held against in the
    confidence score. Their whole text (``texts``, read in C by ``text_content``), less the
    text of the style sheets and scripts in them (outermost, few): the same count as of
    :data:`.recover.TEXT_NODES`, several times sooner than that path's walk of every text
    node."""
    count = word_units("".join(content.texts))
    hidden = [
        h
        for el in content.nodes
        for h in el.iter(_HIDDEN)
        if not any(a.tag in _HIDDEN for a in h.iterancestors())
    ]
    if hidden:
        count -= word_units("".join([h.text_content() for h in hidden]))
    return count


def in_content(line: str, inside: str) -> bool:
    """``line`` is text of the article's nodes whose word characters are ``inside``
    (:func:`content_letters`): the first word characters of it are."""
    key = key_ends(line)[0]
    return bool(key) and key in inside


def ends_in(text: str, line: str) -> bool:
    """``line`` is found as it is, its spaces made single, in ``text`` (an element's text): a
    quick test that the extracted text ends inside the article (nothing to trim), read before
    the word characters of the article's nodes (:func:`content_letters`) are. A line whose
    words the page splits by other white space is not found: the full test decides."""
    key = " ".join(line.split())[:KEY_CHARS]
    return bool(key) and key in text
