"""Text laid out with line breaks, made paragraphs before the page is read.

Older pages and hand-written ones write an article as runs of text separated by two line
breaks (``text<br><br>text<br><br>``) in one element, a table cell, a ``<div>`` or a
``<font>``, with no ``<p>`` at all. Every step that finds the article by its paragraphs (the
main prose block, layout tables, the blocks put back between kept ones, the content score's
votes) then finds none, and the extractor prints the element as a few long lines or as a row
of a table. An element with at least :data:`MIN_BREAKS` such double breaks among its own
children, splitting it into at least :data:`MIN_RUNS` runs of prose (text of the element's
own, or of a ``<span>`` or ``<font>`` that only styles it), is laid out again: each run
between double breaks and block children that holds any text becomes a ``<p>`` (a run that is
one element, a bold subheading, is then a paragraph too), the breaks between the runs are
removed, a single ``<br>`` inside a run stays. An element with one run of prose (an article's
one paragraph under a byline in ``<small>``) is left as it was. Paragraphs, preformatted
text, headings, list items, links and form fields are never split.

A paragraph printed alone in a wrapper of its own (``<div>text<br><br></div>``), as site
builders print each paragraph of an article, is made a ``<p>`` only where it stands among the
article's blocks (:func:`_follows_prose`): the nearest block before it that shows something,
in its element or before the nearest ancestor that has one, ends in a paragraph or in a
subheading that is no link; and the run ends as a sentence ends and holds no image. A card's
summary under its headline link, a caption beside its image, a box's blurb under a linked title
and a "Continue Reading Below" stay as they were. Wrappers are read in document order, so a
paragraph made one is the sign of the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

#: An element is split when at least this many double breaks separate runs of its own text.
MIN_BREAKS = 2
#: ... into at least this many runs of prose (one run between breaks is no article's layout).
MIN_RUNS = 2
#: Elements whose children are never made paragraphs: a paragraph already, text whose breaks
#: are its layout, or an inline element or field.
_KEEP = frozenset(
    {"p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "a", "button", "label",
     "option", "select", "textarea", "code", "address", "caption", "summary", "title",
     "script", "style", "noscript", "template", "b", "strong", "i", "em", "small", "q"}
)  # fmt: skip
#: Elements that only style the text they wrap (an editor's ``<span>``, an old page's
#: ``<font>``): their text counts as the run's own.
_WRAPPERS = frozenset({"span", "font"})
#: Blocks that end the article's text before a lone paragraph (:func:`_follows_prose`).
_PROSE_ENDS = ("p", "h2", "h3", "h4", "h5", "h6")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: A word character: a block before a lone paragraph holds one to be its sign.
_WORD = re.compile(r"\w")
#: A paragraph's end: a sentence's final mark, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
#: Elements that show something without text: a block of them is no empty block.
_MEDIA = ("img", "picture", "video", "iframe", "svg", "object", "embed", "canvas")
#: Wrappers whose one paragraph is made a ``<p>`` (a quote or a list keeps its own layout).
_LONE = frozenset({"div", "td"})
#: How many ancestors of a lone paragraph's wrapper are read for the block before it.
_UP = 4
#: Children that end a run of text: a block of their own, left where they are.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl",
     "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hr", "iframe", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "menu",
     "script", "style", "noscript", "template"}
)  # fmt: skip


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _double(children: list[lxml_html.HtmlElement], i: int) -> bool:
    """``children[i]`` and the next child are line breaks with only spaces between them."""
    return (
        children[i].tag == "br"
        and i + 1 < len(children)
        and children[i + 1].tag == "br"
        and _blank(children[i].tail)
    )


def _doubles(el: lxml_html.HtmlElement) -> int:
    """How many double breaks (runs of two or more ``<br>``) stand among ``el``'s children."""
    children = list(el)
    n, i = 0, 0
    while i < len(children):
        if _double(children, i):
            n += 1
            while _double(children, i):
                i += 1
        i += 1
    return n


@dataclass(slots=True)
class _Run:
    """A run of ``el``'s children: its leading text and inline ``nodes``, the ``breaks`` that
    end it, and the block child after it (``None`` at a double break or at the end)."""

    text: str | None
    nodes: list[lxml_html.HtmlElement]
    breaks: list[lxml_html.HtmlElement]
    block: lxml_html.HtmlElement | None = None

    @property
    def prose(self) -> bool:
        """It holds text of its own, outside its child elements other than the wrappers of
        :data:`_WRAPPERS` (a run that is one element, a bold subheading or a byline in
        ``<small>``, does not show that the element is laid out in paragraphs)."""
        return not _blank(self.text) or any(_loose(n) for n in self.nodes)

    @property
    def empty(self) -> bool:
        """It holds no text at all (spaces, images, breaks)."""
        return _blank(self.text) and all(
            _blank(n.tail) and _blank(n.text_content()) for n in self.nodes
        )


def _loose(node: lxml_html.HtmlElement) -> bool:
    """``node``'s tail holds text, or ``node`` is a wrapper (:data:`_WRAPPERS`) whose own text
    or children's does."""
    if not _blank(node.tail):
        return True
    if node.tag not in _WRAPPERS:
        return False
    return not _blank(node.text) or any(_loose(c) for c in node)


def _runs(el: lxml_html.HtmlElement) -> list[_Run]:
    """``el``'s children as runs between double breaks and block children."""
    children = list(el)
    runs: list[_Run] = []
    text: str | None = el.text
    nodes: list[lxml_html.HtmlElement] = []
    i = 0
    while i < len(children):
        child = children[i]
        if _double(children, i):
            first = i
            while _double(children, i):
                i += 1
            breaks = children[first : i + 1]
            runs.append(_Run(text, nodes, breaks))
            text, nodes = breaks[-1].tail, []  # the next run's text
        elif not isinstance(child.tag, str) or child.tag in _BLOCKS:
            runs.append(_Run(text, nodes, [], child))
            text, nodes = child.tail, []
        else:
            nodes.append(child)
        i += 1
    runs.append(_Run(text, nodes, []))
    return runs


def _append_text(el: lxml_html.HtmlElement, text: str) -> None:
    """Add ``text`` after the last child of ``el`` (or to its own text)."""
    if len(el):
        last = el[-1]
        last.tail = (last.tail or "") + text
    else:
        el.text = (el.text or "") + text


def _rebuild(el: lxml_html.HtmlElement, runs: list[_Run]) -> None:
    """Lay ``el``'s children out again from ``runs``: each run holding text in a ``<p>`` (its
    breaks dropped), runs without text as they were, with their breaks, and the blocks
    between."""
    el.text = None
    for child in list(el):
        el.remove(child)  # (the tail goes with the child)
    for run in runs:
        if run.breaks:
            run.breaks[-1].tail = None  # (the next run's text, held by that run)
        if not run.empty:
            p = lxml_html.Element("p")
            p.text = run.text
            p.extend(run.nodes)
            el.append(p)
        else:
            if run.text:
                _append_text(el, run.text)
            el.extend([*run.nodes, *run.breaks])
        if run.block is not None:
            run.block.tail = None  # (the next run's text, held by that run)
            el.append(run.block)


def split_runs(el: lxml_html.HtmlElement) -> bool:
    """Wrap each run of ``el`` between double breaks and block children that holds text in a
    ``<p>``, when at least :data:`MIN_RUNS` of them are prose (:attr:`_Run.prose`); ``True``
    if done."""
    runs = _runs(el)
    if sum(run.prose for run in runs) < MIN_RUNS:
        return False
    _rebuild(el, runs)
    return True


def _void(el: lxml_html.HtmlElement) -> bool:
    """``el`` shows nothing: no text and no media (a script, a spacer, an empty wrapper)."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template", "br"):
        return True
    return _blank(el.text_content()) and next(el.iter(*_MEDIA), None) is None


def _linked(el: lxml_html.HtmlElement) -> bool:
    """``el`` holds a link or stands in one (a headline that leads to another page)."""
    return next(el.iter("a"), None) is not None or next(el.iterancestors("a"), None) is not None


def _ends_prose(block: lxml_html.HtmlElement) -> bool:
    """``block``'s text ends in a paragraph or in a subheading that is no link."""
    ends = [e for e in block.iter(*_PROSE_ENDS) if _WORD.search(e.text_content())]
    if not ends:
        return False
    last = ends[-1]
    if last.tag in _HEADINGS and _linked(last):
        return False
    return " ".join(block.text_content().split()).endswith(" ".join(last.text_content().split()))


def _previous_block(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The nearest sibling before ``el``, or before one of its :data:`_UP` nearest ancestors,
    that shows something (:func:`_void`); ``None`` if text of the parent's own stands between,
    or nothing does."""
    node: lxml_html.HtmlElement | None = el
    for _ in range(_UP + 1):
        if node is None:
            return None
        prev = node.getprevious()
        while prev is not None:
            if not _blank(prev.tail):
                return None
            if not _void(prev):
                return prev
            prev = prev.getprevious()
        parent = node.getparent()
        if parent is None or not _blank(parent.text):
            return None
        node = parent
    return None


def _follows_prose(el: lxml_html.HtmlElement, lead: list[_Run]) -> bool:
    """The one run of ``el`` that holds text follows the article's text: the last block of
    ``el`` before it that shows something (``lead``: the runs before it), or else the block
    before ``el`` (:func:`_previous_block`), ends in a paragraph or a subheading that is no
    link (:func:`_ends_prose`)."""
    inner = [r.block for r in lead if r.block is not None and not _void(r.block)]
    block = inner[-1] if inner else _previous_block(el)
    return block is not None and _ends_prose(block)


def _run_text(run: _Run) -> str:
    """The text of ``run``: its own and its nodes' with their tails."""
    nodes = "".join(n.text_content() + (n.tail or "") for n in run.nodes)
    return (run.text or "") + nodes


def split_alone(el: lxml_html.HtmlElement) -> bool:
    """Make a ``<p>`` of ``el``'s one run of prose ended by a double break when it follows the
    article's text (:func:`_follows_prose`); ``True`` if done."""
    runs = _runs(el)
    texts = [run for run in runs if not run.empty]
    if len(texts) != 1 or not texts[0].prose or not texts[0].breaks:
        return False
    if not _SENTENCE_END.search(_run_text(texts[0])):
        return False  # (a label, a call to read on, a headline)
    if any(n.tag in _MEDIA or next(n.iter(*_MEDIA), None) is not None for n in texts[0].nodes):
        return False  # (a caption beside its image)
    lead = runs[: runs.index(texts[0])]
    if not _follows_prose(el, lead):
        return False
    _rebuild(el, runs)
    return True


def break_paragraphs(root: lxml_html.HtmlElement) -> int:
    """Make paragraphs of the runs of text that double line breaks separate below ``root``
    (see the module's docstring); returns how many elements were split."""
    parents = dict.fromkeys(br.getparent() for br in root.iter("br"))  # in document order
    chosen = [
        el
        for el in parents
        if el is not None
        and el.tag not in _KEEP
        and next(el.iterancestors(*_KEEP), None) is None
        and _doubles(el) >= 1
    ]
    n = 0
    for el in chosen:  # one inside a run made a paragraph above keeps its breaks
        if next(el.iterancestors("p"), None) is None and _doubles(el) >= MIN_BREAKS:
            n += split_runs(el)
    for el in chosen:  # in document order: a paragraph made here is the next one's sign
        if (
            el.tag in _LONE
            and next(el.iterancestors("p"), None) is None
            and next(el.iter("p"), None) is None
        ):
            n += split_alone(el)
    return n
