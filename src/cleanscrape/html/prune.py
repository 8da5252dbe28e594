"""Remove site-chrome containers from a parsed HTML page before article extraction.

A container is chrome when its ``class``/``id`` names it so (related articles, share bars,
breadcrumbs, tag lists, newsletter boxes, comment threads, ads, calls to action, footers, cookie
banners, tooltips and hover cards (an author's card in the byline, shown on hover by the style
sheet), the panels of a mega menu (the site's sections, each with a sentence that describes
it, in the header above the article), excerpts (a post's summary as its listings show it,
printed again above the article, a teaser card's summary), and the Vietnamese site
conventions ``tin-lien-quan``, ``box-related``, ``tin-khac`` ...), or when its
``role``/``aria-label`` does, or when it is schema.org's ``itemprop="author"`` (a byline or an
author box with a bio). Names are compared as whole tokens: ``class``/``id`` values are split
on spaces, ``-``, ``_`` and camelCase, so ``article-related-content`` is chrome but
``relationship-advice`` is not. Hidden containers (see :mod:`.visibility`) without prose go
too: they hold schema.org copies of the metadata, menus and dialogs. Hidden containers with
prose are collapsed parts of the article (accordion panels, tabs, "read more" sections): they
are shown, since the extractor drops what is hidden, unless they are (in) a modal dialog or
hold placeholder text ("Lorem ipsum").

One guard makes this safe on templates that name their article wrapper oddly: an element that
holds a large share of the page's prose is never removed, unless the page's main run of
paragraphs (the paragraphs of one parent) is outside it and at least twice as large as any run
inside it (a carousel of one-sentence offers above a short page: the article is elsewhere).

Teaser cards (:func:`teaser_headlines`): a container with three or more headings that are links
to other pages, no prose paragraph and mostly link text is a list of other articles' headlines;
the headlines are collected (the container stays) so that a trailing run of them can be taken
off the extracted text.

Copies (:func:`prune_copies`, run when the extracted text repeats itself): a container whose
text (and the nesting of it) repeats an earlier sibling's word for word is the same block
rendered again for another screen size or state (the responsive variants of a site builder),
and only the first stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from lxml import html as lxml_html

from .. import lexicon as lx
from .fallback import visible_lines
from .tags import HEADING_TAGS, HEADINGS
from .visibility import HIDDEN_ATTRIBUTES, hidden_by, reveal
from .words import element_chars, element_text

#: Words of a class or id that name a box shown on hover or focus (a tooltip, a hover card):
#: hidden by the page's style sheet until then, so not text a reader sees on the page.
TOOLTIP_TOKENS: frozenset[str] = lx.phrases(lx.CLASS_TOOLTIPS)

#: Single tokens that name a chrome container wherever they appear in a class or id.
CHROME_TOKENS: frozenset[str] = TOOLTIP_TOKENS | lx.phrases(lx.CLASS_TOKENS)

#: Token sequences that name a chrome container (matched as consecutive tokens).
CHROME_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split()) for phrase in lx.phrases_in_order(lx.CLASS_PHRASES)
)

_PHRASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in CHROME_PHRASES if p[0] == first)
    for first in {p[0] for p in CHROME_PHRASES}
}

#: Every token a chrome name needs (:data:`CHROME_TOKENS` and the first words of the phrases).
_NAME_WORDS: frozenset[str] = CHROME_TOKENS | {p[0] for p in CHROME_PHRASES}
#: Chrome words that count inside a class/id with its ``-``/``_`` separators taken out.
_JOINED_WORDS: tuple[str, ...] = tuple(lx.phrases_in_order(lx.CLASS_JOINED))
_JOINED = re.compile("|".join(_JOINED_WORDS))
_ALNUM_RUN = re.compile(r"[a-z0-9]+")
_LOWER_UPPER = re.compile(r"[a-z][A-Z]")

CHROME_ROLES: frozenset[str] = frozenset({"navigation", "contentinfo", "complementary"})

# Containers that may be pruned; inline elements (a ``<span class="hljs-comment">`` in a code
# listing, a share icon inside a paragraph) never are.
CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "section", "aside", "nav", "footer", "header", "ul", "ol", "li", "dl", "form",
     "figure", "table", "iframe", "details", "dialog", "menu", "p", *HEADINGS}
)  # fmt: skip

#: Words in an aria-label that name a chrome region, any language of
#: :data:`lexicon.ARIA_REGIONS`.
_ARIA_WORDS = lx.phrases(lx.ARIA_REGIONS)

#: Never prune an element holding more than this share of the page's prose.
MAX_PROSE_SHARE = 0.25
#: A paragraph is prose with at least this many characters and few of them in links.
PROSE_PARAGRAPH_CHARS = 80
MAX_LINK_SHARE = 0.3

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")


def name_tokens(value: str) -> list[str]:
    """``"article-related_Content relatedPosts"`` -> ``article related content related posts``."""
    return [t for t in _SPLIT.split(_CAMEL.sub(" ", value).lower()) if t]


#: A class or id of more tokens than this is a slug (``post-how-to-share-your-photos``), built
#: from a headline: its words say what the article is about, not what the container is.
MAX_NAME_TOKENS = 5
#: Chrome tokens this short count only between separators: camelCase splits of generated ids
#: (``kjAdQw``, ``x9AdsR2``) yield them by chance.
_SHORT_TOKEN = 3
_DIGIT_LETTER = re.compile(r"[a-z][0-9]|[0-9][a-z]", re.IGNORECASE)


def _name_tokens_of(value: str) -> list[str]:
    """Tokens of a class/id value that can name a chrome container (see the two rules above)."""
    out: list[str] = []
    for name in value.split():
        if name.isascii() and not _LOWER_UPPER.search(name):
            # no camelCase split: every token is a plain one (the rules below, worked out)
            lowered = name.lower()
            tokens = _ALNUM_RUN.findall(lowered)
            if len(tokens) > MAX_NAME_TOKENS:
                continue
            if _DIGIT_LETTER.search(name) and len(set(_SPLIT.split(lowered))) == 1:
                tokens = [t for t in tokens if len(t) > _SHORT_TOKEN]  # one generated word
            out += tokens
            continue
        tokens = name_tokens(name)
        if len(tokens) > MAX_NAME_TOKENS:
            continue
        plain = set(_SPLIT.split(name.lower()))
        generated = bool(_DIGIT_LETTER.search(name))
        out += [
            t
            for k, t in enumerate(tokens)
            if len(t) > _SHORT_TOKEN
            or (t in plain and not (generated and len(plain) == 1))
            or (k == 0 and not generated)  # adSlot, adsWrapper
        ]
    return out


def _may_name_chrome(value: str) -> bool:
    """``False`` only when :func:`_name_reason` is ``None`` for ``value``, found cheaply.

    Every chrome name needs a token of :data:`_NAME_WORDS` among the tokens of the whole value
    (before the rules of :func:`_name_tokens_of` drop some) or a joined word. Most class and
    id values have neither, and are ruled out with one pattern and a set test.
    """
    if not value.isascii():
        return True  # lower-casing may turn a character into a letter: the full test decides
    lowered = value.lower()
    split = _CAMEL.sub(" ", value).lower() if _LOWER_UPPER.search(value) else lowered
    if not _NAME_WORDS.isdisjoint(_ALNUM_RUN.findall(split)):
        return True
    return _JOINED.search(lowered.replace("-", "").replace("_", "")) is not None


def names_chrome(value: str) -> bool:
    """A ``class`` or ``id`` value names a chrome container (the lexicon above)."""
    return _name_reason(value) is not None


def _name_reason(value: str) -> str | None:
    """What a class/id value names as chrome (``"related"``, ``"phrase"`` ...), or ``None``."""
    return _token_reason(value) if _may_name_chrome(value) else None


def _token_reason(value: str) -> str | None:
    """:func:`_name_reason` worked out from the tokens (no quick test first)."""
    tokens = _name_tokens_of(value)
    hit = CHROME_TOKENS.intersection(tokens)
    if hit:
        return min(hit)
    # joined forms such as "tinlienquan" or "relatedposts" written without separators
    joined = value.lower().replace("-", "").replace("_", "")
    for word in _JOINED_WORDS:
        if word in joined:
            return word
    if _has_phrase(tokens):
        return "phrase"
    return None


def _has_phrase(tokens: list[str]) -> bool:
    for i, tok in enumerate(tokens):
        for phrase in _PHRASES_BY_FIRST.get(tok, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                return True
    return False


def chrome_reason(el: lxml_html.HtmlElement) -> str | None:
    """Why ``el`` is a chrome container (``"class:related"`` ...), or ``None``."""
    return _attribute_reason(el.attrib, {})


def _attribute_reason(attrs: Mapping[str, str], names: dict[str, str | None]) -> str | None:
    """:func:`chrome_reason` of an element with these attributes; ``names`` keeps what each
    class/id value was found to name (one page's values repeat)."""
    role = (attrs.get("role") or "").strip().lower()
    if role in CHROME_ROLES:
        return f"role:{role}"
    aria = attrs.get("aria-label")
    if aria and _ARIA_WORDS.intersection(name_tokens(aria)):
        return "aria-label"
    if (attrs.get("itemprop") or "").strip().lower() == "author":
        # schema.org markup of the author (a Person): a byline or an author box with a bio
        return "itemprop:author"
    return _class_id_reason(attrs, names)


#: The attributes other than ``class`` and ``id`` that :func:`_attribute_reason` and
#: :func:`.visibility.hidden_by` read: an element with none of them is judged by its class and
#: id alone (most containers of a page).
_OTHER_READ: frozenset[str] = frozenset({"role", "aria-label", "itemprop"}) | HIDDEN_ATTRIBUTES


def _class_id_reason(attrs: Mapping[str, str], names: dict[str, str | None]) -> str | None:
    """The part of :func:`_attribute_reason` that reads ``class`` and ``id``."""
    for attr in ("class", "id"):
        value = attrs.get(attr)
        if not value:
            continue
        if value in names:
            found = names[value]
        else:
            found = names[value] = _name_reason(value)
        if found is not None:
            return f"{attr}:{found}"
    return None


_PLACEHOLDER = re.compile(r"\blorem ipsum\b", re.IGNORECASE)
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_TOKENS = lx.phrases(lx.CLASS_DIALOGS)


def _in_dialog(el: lxml_html.HtmlElement) -> bool:
    """``el`` is, or is inside, a dialog: by tag, ``role``, ``aria-modal`` or class/id name."""
    for x in (el, *el.iterancestors()):
        if x.tag == "dialog" or (x.get("role") or "").strip().lower() in _DIALOG_ROLES:
            return True
        if (x.get("aria-modal") or "").strip().lower() == "true":
            return True
        for attr in ("class", "id"):
            value = x.get(attr)
            if value and _DIALOG_TOKENS.intersection(name_tokens(value)):
                return True
    return False


#: The names of ad slots (:data:`CHROME_TOKENS`): an ad's box holds a script, a frame or a
#: picture, never a list of text items.
_AD_NAMES = lx.phrases(lx.CLASS_ADS)
#: What an ad's box holds and a list of the body does not.
_AD_CONTENT = ("script", "iframe", "img", "picture", "video", "ins", "embed", "object", "form")
#: A list of the body: this many items at least, of plain text (links under a fifth of it).
_TEXT_LIST_ITEMS = 3
_TEXT_LIST_LINK_SHARE = 0.2


def _text_list_box(el: lxml_html.HtmlElement) -> bool:
    """``el`` holds a list of :data:`_TEXT_LIST_ITEMS` items or more of plain text and nothing
    an ad shows (:data:`_AD_CONTENT`): a list of the article that a template wrapped in a box
    named for ads ("ad-wrapper", "ads-list"), kept when it sits beside the article's prose
    (the caller's test)."""
    if next(el.iter(*_AD_CONTENT), None) is not None:
        return False
    items = sum(1 for li in el.iter("li"))
    if items < _TEXT_LIST_ITEMS:
        return False
    text = len(el.text_content().strip())
    linked = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return text > 0 and linked < _TEXT_LIST_LINK_SHARE * text


def prose_paragraphs(root: lxml_html.HtmlElement) -> dict[lxml_html.HtmlElement, int]:
    """``<p>`` elements below ``root`` that read as prose (long, few links), with their length."""
    return _prose_of(root.iter("p"))


def _prose_of(paragraphs: Iterable[lxml_html.HtmlElement]) -> dict[lxml_html.HtmlElement, int]:
    """The ``paragraphs`` that read as prose (:func:`prose_paragraphs`), with their length."""
    found: dict[lxml_html.HtmlElement, int] = {}
    for p in paragraphs:
        n = len(p.text_content().strip())
        if n < PROSE_PARAGRAPH_CHARS:
            continue
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if linked <= MAX_LINK_SHARE * n:
            found[p] = n
    return found


def paragraph_runs(
    prose: dict[lxml_html.HtmlElement, int],
) -> dict[lxml_html.HtmlElement, int]:
    """Prose characters of the paragraphs of each parent (an article's paragraphs are siblings)."""
    runs: dict[lxml_html.HtmlElement, int] = {}
    for p, n in prose.items():
        parent = p.getparent()
        if parent is not None:
            runs[parent] = runs.get(parent, 0) + n
    return runs


#: The guard is lifted when the page's main run of paragraphs is outside a chrome container and
#: this many times larger than any run inside it: the article is elsewhere.
ELSEWHERE_RATIO = 2.0


def _article_elsewhere(
    el: lxml_html.HtmlElement,
    runs: dict[lxml_html.HtmlElement, int],
    main: lxml_html.HtmlElement | None,
) -> bool:
    if main is None or main is el or el in main.iterancestors():
        return False
    inside = max((n for parent, n in runs.items() if parent is el or el in parent.iterancestors()),
                 default=0)  # fmt: skip
    return runs[main] >= ELSEWHERE_RATIO * inside


def _prose_by_ancestor(
    prose: dict[lxml_html.HtmlElement, int],
) -> dict[lxml_html.HtmlElement, int]:
    """Prose characters below every element that has any (one pass over the paragraphs)."""
    below: dict[lxml_html.HtmlElement, int] = {}
    for p, n in prose.items():
        below[p] = below.get(p, 0) + n
        for anc in p.iterancestors():
            below[anc] = below.get(anc, 0) + n
    return below


#: A repeated sibling counts as a copy when it holds at least this many characters of text.
MIN_COPY_CHARS = 200
# Containers that may be a copy of their sibling: blocks, not the paragraphs or list items of a
# text, which repeat on purpose (a meal plan's "same as Monday" rows).
_COPY_TAGS: frozenset[str] = frozenset(
    {"div", "section", "article", "main", "aside", "nav", "header", "footer", "ul", "ol", "table",
     "form", "figure"}
)  # fmt: skip


def repeated_copies(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Containers below ``root`` whose text repeats an earlier sibling's exactly.

    One bottom-up pass: each element gets a digest of its own text, its children's digests
    and their tails (space runs collapsed), and its text length; siblings with one digest and at
    least :data:`MIN_COPY_CHARS` characters are copies of the first of them.
    """
    digest: dict[lxml_html.HtmlElement, tuple[int, int]] = {}
    copies: list[lxml_html.HtmlElement] = []
    for el in reversed(list(root.iter())):  # children before their parent
        own = " ".join(el.text.split()) if el.text else ""
        parts: list[object] = [own]
        size = len(own)
        seen: set[int] = set()
        for child in el:
            key, n = digest.get(child, (0, 0))
            tail = " ".join(child.tail.split()) if child.tail else ""
            parts += (key, tail)
            size += n + len(tail)
            if n >= MIN_COPY_CHARS and child.tag in _COPY_TAGS:
                if key in seen:
                    copies.append(child)
                seen.add(key)
        digest[el] = (hash(tuple(parts)), size)
    copies.reverse()  # document order
    return copies


@dataclass(slots=True)
class Pruned:
    """What :func:`prune_chrome` removed: one ``(reason, tag)`` per container."""

    removed: list[tuple[str, str]] = field(default_factory=list)
    kept_guarded: int = 0  # chrome-named containers kept because they hold the article
    revealed: int = 0  # hidden containers with prose, shown (collapsed parts of the article)
    #: headlines of teaser cards (:func:`teaser_headlines`), white space collapsed
    teasers: frozenset[str] = frozenset()
    #: the page's prose paragraphs once the containers are removed (:func:`prose_paragraphs`
    #: of the pruned body), empty when the page has no body
    prose: dict[lxml_html.HtmlElement, int] = field(default_factory=dict)
    #: with ``trace``: the visible text of each removed container, one entry per ``removed``
    #: (lines joined by newlines; a hidden container's is empty: no reader sees it)
    texts: list[str] = field(default_factory=list)


#: A container is the box of a quote when its first ``<blockquote>`` holds at least this share
#: of its text.
MIN_QUOTE_SHARE = 0.8


def wraps_quote(el: lxml_html.HtmlElement) -> bool:
    """``el`` is the box around a quote: its first ``<blockquote>`` holds nearly all its text.

    Embedded posts are quotes of the article (what a person said, shown in the post's own
    markup, ``<blockquote class="twitter-tweet">``), and sites wrap them in boxes named after
    the platform (``social-media-embed``) that read as share bars by name.
    """
    quote = next(el.iter("blockquote"), None)
    if quote is None:
        return False
    n = element_chars(el)
    return n > 0 and element_chars(quote) >= MIN_QUOTE_SHARE * n


def _containers(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """Every element of ``tree``'s document with a tag of :data:`CONTAINER_TAGS`, in document
    order: the root's and those of the elements beside it (a page with a second ``<html>``).

    ``iter``'s tag test runs in libxml2 and costs less than an XPath predicate.
    """
    root = tree.getroottree().getroot()
    before = list(root.itersiblings(preceding=True))
    for top in (*reversed(before), root, *root.itersiblings()):
        yield from top.iter(*CONTAINER_TAGS)


def _page_containers(
    tree: lxml_html.HtmlElement, body: lxml_html.HtmlElement
) -> tuple[list[lxml_html.HtmlElement], list[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]:
    """:func:`_containers` of ``tree``, and the paragraphs and the subheadings (``<h2>`` to
    ``<h6>``) of ``body`` among them, in document order: one walk of the page where a walk
    for each costs as much (``<p>`` and the subheadings are container tags)."""
    root = tree.getroottree().getroot()
    if body.getparent() is not root:  # (not a page's own body: each read by a walk of its own)
        return list(_containers(tree)), list(body.iter("p")), list(body.iter(*HEADINGS))
    found: list[lxml_html.HtmlElement] = []
    in_body: list[lxml_html.HtmlElement] = []
    before = list(root.itersiblings(preceding=True))
    for top in (*reversed(before), root, *root.itersiblings()):
        if top is not root:
            found += top.iter(*CONTAINER_TAGS)
            continue
        # the root's walk, its body's part apart: the root, then each child's elements
        if root.tag in CONTAINER_TAGS:
            found.append(root)
        for child in root:
            if child is body:
                in_body = list(body.iter(*CONTAINER_TAGS))
                found += in_body
            elif isinstance(child.tag, str):
                found += child.iter(*CONTAINER_TAGS)
    paragraphs: list[lxml_html.HtmlElement] = []
    headings: list[lxml_html.HtmlElement] = []
    for el in in_body:
        tag = el.tag
        if tag == "p":
            paragraphs.append(el)
        elif tag in HEADING_TAGS:
            headings.append(el)
    return found, paragraphs, headings


def prune_chrome(tree: lxml_html.HtmlElement, *, trace: bool = False) -> Pruned:
    """Remove chrome containers from ``tree`` in place; returns what was removed and why (and
    with ``trace``, the text of each, :attr:`Pruned.texts`)."""
    out = Pruned()
    body = tree.find("body")
    if body is None:
        return out
    containers, paragraphs, headings = _page_containers(tree, body)
    prose = _prose_of(paragraphs)
    below = _prose_by_ancestor(prose)
    total = sum(prose.values())
    limit = total * MAX_PROSE_SHARE
    # read before pruning: the teaser lists are left in the tree (see teaser_headlines)
    out.teasers = teaser_headlines(body, below, _linked_of(headings))
    runs = paragraph_runs(prose)
    main = max(runs, key=runs.__getitem__) if runs else None
    doomed: list[tuple[lxml_html.HtmlElement, str]] = []
    names: dict[str, str | None] = {}  # this page's class/id values and what they name
    # the verdicts on each set of attributes (a page repeats half of its sets: rows, cards)
    verdicts: dict[tuple[tuple[str, str], ...], tuple[str | None, str | None]] = {}
    for el in containers:
        items = tuple(el.items())  # one call, where each attribute read is one
        if not items:
            continue  # no attribute, no reason
        verdict = verdicts.get(items)
        if verdict is None:
            attrs = dict(items)
            if _OTHER_READ.isdisjoint(attrs):  # neither hidden nor named but by class or id
                verdict = verdicts[items] = (_class_id_reason(attrs, names), None)
            else:
                named = _attribute_reason(attrs, names)
                verdict = verdicts[items] = (named, hidden_by(attrs) if named is None else None)
        reason = verdict[0]
        if reason is None:
            # hidden blocks hold schema.org copies of the metadata, menus, modal dialogs; one
            # with prose in it is a collapsed part of the article (an accordion panel, a tab),
            # which a reader opens: it is shown, or the extractor would drop it as hidden
            reason = verdict[1]
            if reason is None:
                continue
            if below.get(el, 0) > 0:
                # a modal dialog's text and a template's placeholder text are not the article's
                if not _in_dialog(el) and not _PLACEHOLDER.search(el.text_content()):
                    reveal(el)
                    out.revealed += 1
                continue
        elif total and below.get(el, 0) > limit and not _article_elsewhere(el, runs, main):
            out.kept_guarded += 1
            continue
        elif wraps_quote(el):
            continue  # the box of a quote the article shows (an embedded post): not chrome
        elif (
            reason.partition(":")[2] in _AD_NAMES
            and below.get(el.getparent(), 0) > below.get(el, 0)
            and _text_list_box(el)
        ):
            out.kept_guarded += 1  # a list of the body in a wrapper named for ads
            continue
        doomed.append((el, reason))
    # (the containers' elements are let go before the removals: an element still held is
    # moved out of the page's document when removed, where one no longer held is freed)
    del containers
    gone: set[lxml_html.HtmlElement] = set()
    dropped_paragraphs: set[lxml_html.HtmlElement] = set()
    in_paragraph = False  # a container inside a paragraph went: that paragraph's length changed
    for el, reason in doomed:  # document order: an ancestor comes before its descendants
        if any(a in gone for a in el.iterancestors()):
            continue
        gone.add(el)
        out.removed.append((reason, el.tag))
        if trace:
            out.texts.append("\n".join(visible_lines(el)))
        dropped_paragraphs.update(el.iter("p"))
        in_paragraph = in_paragraph or next(el.iterancestors("p"), None) is not None
        _drop(el)
    # the paragraphs left are unchanged (a removed container's tail stays in its parent), so
    # their lengths need not be measured again unless a container inside one of them went
    out.prose = (
        prose_paragraphs(body)
        if in_paragraph
        else {p: n for p, n in prose.items() if p not in dropped_paragraphs}
    )
    return out


#: A list of teaser cards holds at least this many headings that are links.
MIN_TEASERS = 3
#: ... and at least this share of its text is link text.
MIN_TEASER_LINK_SHARE = 0.8


def _linked_heading(h: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The card of a heading that is a link to another page (the ``<a>``), else ``None``.

    The heading is inside a link (``<a><img><h3>…</h3></a>``) or holds one that covers its text
    (``<h3><a>…</a></h3>``). Looser than :func:`.card_grids._linked_headline`, on purpose: a
    list of teasers is told by its share of link text too, so a heading of any length counts,
    with a link of any ``href``, one around it below the nearest container or one inside it
    among others that covers nine tenths of its text.
    """
    text = h.text_content().strip()
    if not text:
        return None
    for anc in h.iterancestors():
        if anc.tag == "a":
            return anc if anc.get("href") else None
        if anc.tag in CONTAINER_TAGS or anc.tag in ("article", "main", "body"):
            break
    for a in h.iter("a"):
        if a.get("href") and len(a.text_content().strip()) >= 0.9 * len(text):
            return a
    return None


def _linked_headings(
    body: lxml_html.HtmlElement,
) -> dict[lxml_html.HtmlElement, lxml_html.HtmlElement]:
    """Every heading below ``body`` that is a link to another page, with its card
    (:func:`_linked_heading`), in document order."""
    return _linked_of(body.iter(*HEADINGS))


def _linked_of(
    headings: Iterable[lxml_html.HtmlElement],
) -> dict[lxml_html.HtmlElement, lxml_html.HtmlElement]:
    """The ``headings`` that are links to another page, with their cards (as
    :func:`_linked_headings` of the element that holds them)."""
    found: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] = {}
    for h in headings:
        card = _linked_heading(h)
        if card is not None:
            found[h] = card
    return found


def teaser_lists(
    body: lxml_html.HtmlElement,
    below: dict[lxml_html.HtmlElement, int],
    linked: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] | None = None,
) -> list[lxml_html.HtmlElement]:
    """Lists of teaser cards below ``body``: headlines of other pages, each heading a link.

    A "You may also be interested in..." block without a chrome name: a container holding
    :data:`MIN_TEASERS` or more headings that are links, no prose paragraph, and at least
    :data:`MIN_TEASER_LINK_SHARE` of its text in links. An article's headings are not links,
    and a list of linked headings with a paragraph under each (a listicle) holds prose.
    ``below`` is :func:`_prose_by_ancestor` of the page, ``linked`` its
    :func:`_linked_headings` when the caller has them.
    """
    counts: dict[lxml_html.HtmlElement, int] = {}
    for card in (_linked_headings(body) if linked is None else linked).values():
        for anc in card.iterancestors():
            if anc.tag in CONTAINER_TAGS or anc.tag == "article":
                counts[anc] = counts.get(anc, 0) + 1
            if anc is body:
                break
    found: list[lxml_html.HtmlElement] = []
    # the lists nest (every wrapper up to the body counts the same cards): each link is
    # measured once
    link_chars: dict[lxml_html.HtmlElement, int] = {}
    for el, n in counts.items():
        if n < MIN_TEASERS or below.get(el, 0) or el is body:
            continue
        text = element_chars(el)
        in_links = 0
        for a in el.iter("a"):
            chars = link_chars.get(a)
            if chars is None:
                chars = link_chars[a] = element_chars(a)
            in_links += chars
        if text and in_links >= MIN_TEASER_LINK_SHARE * text:
            found.append(el)
    return found


def teaser_headlines(
    body: lxml_html.HtmlElement,
    below: dict[lxml_html.HtmlElement, int],
    linked: dict[lxml_html.HtmlElement, lxml_html.HtmlElement] | None = None,
) -> frozenset[str]:
    """The headlines of the teaser lists below ``body`` (:func:`teaser_lists`).

    The lists are not removed from the tree, and only a trailing run of their headlines is
    taken out of the extracted text (:func:`.extract.drop_teasers`): removing them from the
    tree moved the extractor's choice of region on a dev page, and removing the headlines
    wherever they are hid from the chrome stage the list under a related heading at which it
    cuts the page's tail. ``linked``: the page's :func:`_linked_headings`, when the caller has
    them.
    """
    heads: set[str] = set()
    if linked is None:
        linked = _linked_headings(body)
    for el in teaser_lists(body, below, linked):
        heads.update(element_text(h) for h in el.iter(*HEADINGS) if h in linked)
    heads.discard("")
    return frozenset(heads)


def prune_copies(tree: lxml_html.HtmlElement, *, trace: bool = False) -> Pruned:
    """Remove the repeated copies of containers (:func:`repeated_copies`) from ``tree`` (with
    ``trace``, keeping the text of each in :attr:`Pruned.texts`)."""
    out = Pruned()
    body = tree.find("body")
    if body is None:
        return out
    gone: set[lxml_html.HtmlElement] = set()
    for el in repeated_copies(body):
        if any(a in gone for a in el.iterancestors()):
            continue
        gone.add(el)
        out.removed.append(("copy", el.tag))
        if trace:
            out.texts.append("\n".join(visible_lines(el)))
        _drop(el)
    return out


def _drop(el: lxml_html.HtmlElement) -> None:
    """Remove ``el`` but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
