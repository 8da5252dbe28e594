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
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html as lxml_html

from .tags import ANY_HEADING

#: An element is split when at least this many double breaks separate runs of its own text.
MIN_BREAKS = 2
#: ... into at least this many runs of prose (one run between breaks is no article's layout).
MIN_RUNS = 2
#: Elements whose children are never made paragraphs: a paragraph already, text whose breaks
#: are its layout, or an inline element or field.
_KEEP = frozenset(
    {"p", "pre", *ANY_HEADING, "li", "dt", "a", "button", "label", "option", "select",
     "textarea", "code", "address", "caption", "summary", "title", "script", "style",
     "noscript", "template", "b", "strong", "i", "em", "small", "q"}
)  # fmt: skip
#: Elements that only style the text they wrap (an editor's ``<span>``, an old page's
#: ``<font>``): their text counts as the run's own.
_WRAPPERS = frozenset({"span", "font"})
#: Children that end a run of text: a block of their own, left where they are.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl",
     "fieldset", "figure", "footer", "form", *ANY_HEADING, "header", "hr", "iframe", "main",
     "nav", "ol", "p", "pre", "section", "table", "ul", "menu", "script", "style", "noscript",
     "template"}
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
        and _doubles(el) >= MIN_BREAKS
    ]
    n = 0
    for el in chosen:  # one inside a run made a paragraph above keeps its breaks
        if next(el.iterancestors("p"), None) is None:
            n += split_runs(el)
    return n
