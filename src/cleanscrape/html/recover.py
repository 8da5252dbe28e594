"""Blocks of the article that the extractor left out, put back in place.

trafilatura's default run drops some lists, subheadings and paragraphs that sit between the
article's paragraphs (a list of principles under "Here is a list of ...:", the "Step 2: ..."
headings of a guide, an expert's quote in a box, the facts under each item of a listicle, an
embedded post quoted in the article), while keeping the paragraphs around them. The page's
main prose block (the element whose child paragraphs hold the most prose) and the other
sections of its template (:func:`article_area`) say where the article is. Their text blocks,
in document order, are paragraphs, lists, quotes and subheadings, found below any wrappers,
and elements that hold text of their own or only inline markup around it (a ``<div>`` of
text in a callout box, ``<div><b>Updates:</b> text</div>``); a block that is missing from
the extracted text, with a block that was kept before it and another after it, is part of the
same text, and is put back after the lines of the kept block before it.

Only blocks inside the article are recovered: a block after the last kept one (a call to
action under the post) is left out, and so is a block before the first kept one (a kicker, a
byline, a summary list), except for the run from the first paragraph of prose on when the
blocks there hold two or more (trafilatura sometimes keeps only an article's closing section
and FAQ: the sections above them go back, above the first kept block). Hidden blocks are left
out, and so are blocks inside figures (but for a pull quote: a figure holding a quote and a
caption, whose quote and caption go back), forms, asides and page furniture, lists and quotes
whose text is mostly links (a list of related pages between two paragraphs) or that hold
images (a gallery, a post's picture), and paragraphs that are mostly a link, hold an image (an
image and its caption in one ``<p>``) or are a tag of markup escaped into the page; text of
an element other than a paragraph goes back under the same conditions when it is prose
(:data:`PROSE_CHARS` or more: not a label, a rating or a "Don't miss" line). A missing
paragraph, list or heading must sit beside kept text (its parent a section of the area or the
parent of a kept block), or, when it is prose (:data:`PROSE_CHARS` or more, not a heading), in
a box whose parent does (a definition set as a quote in an embed box, a product's spec line in
its card); a section of the area that is a text block itself (the editor wrote its text into
the template's ``<div>`` without a ``<p>``) is a block of the walk and sits beside kept text; a
quote may sit in a box of its own (the wrapper of an embedded post,
``<blockquote class="twitter-tweet">``: its paragraph and the ``— name (@handle) date`` line
under it are put back); the short line right under a kept quote that names who said it or
where (``[<a>Tom's Guide</a>]``, the ``<div>`` under a pull quote in its box) goes back though
it is a link or shorter than prose, unless it ends as a sentence ("Learn more."). A block after
the last kept one goes back when it cites a paper by its DOI (the "More information: ..."
reference that closes a report on a study). A table of data (rows of two cells or more,
mostly not links, no images, headings or tables in its cells: :func:`data_table`) is a block of
the walk too, a row a line with its cells joined by tabs as trafilatura writes the tables it
keeps; the wrappers around it alone (an embed box holding it and a style sheet) are the
table's own, so it goes back when the box sits beside kept text. A layout table or a grid of
linked cards is not looked into.

The same walk reads the article's nodes by content score (:mod:`.score`) when the caller
gives them as the area, for paragraphs, lists and quotes only (:data:`PROSE_BLOCKS`), the text
opening at the first kept paragraph or list of prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from lxml import etree
from lxml import html as lxml_html

from ..chrome.citations import holds_doi
from .tags import HEADING_TAGS, HEADINGS
from .visibility import hidden_reason

_WORD = re.compile(r"\w+")
_LISTS = frozenset({"ul", "ol"})
#: Text blocks of the article: what is put back when missing.
_BLOCKS = _LISTS | HEADING_TAGS | {"p", "blockquote"}
#: Containers whose text is not the article's running text (captions, forms, boxes beside it).
_NOT_TEXT = frozenset(
    {"figure", "figcaption", "aside", "form", "nav", "footer", "header", "button", "label",
     "select", "table", "script", "style", "noscript", "template", "svg", "iframe", "h1"}
)  # fmt: skip
#: Elements of running text inside a line: an element that holds only these (and text) is
#: one block of text, though its text sits in them (``<div><b>Note:</b> text</div>``).
_INLINE = frozenset(
    {"a", "abbr", "b", "br", "cite", "code", "em", "i", "mark", "q", "s", "small", "span",
     "strong", "sub", "sup", "time", "u"}
)  # fmt: skip
#: Text nodes of an element other than those of style sheets and scripts (CSS-in-JS pages put
#: a ``<style>`` inside headings).
#: (Plain strings: no step reads a text node's parent, which lxml's "smart" strings keep.)
TEXT_NODES = etree.XPath(
    "descendant-or-self::text()[not(ancestor::style or ancestor::script or ancestor::noscript)]",
    smart_strings=False,
)
#: Elements whose text :data:`TEXT_NODES` leaves out, with everything inside them.
SCRIPTS = ("style", "script", "noscript")
#: Every text node of an element: :data:`TEXT_NODES` of an element that has no style sheet,
#: script or ``<noscript>`` in it or around it (:func:`script_holders`), without the test of
#: each node's ancestors up to the page's root.
ALL_TEXT_NODES = etree.XPath("descendant-or-self::text()", smart_strings=False)
#: A list whose items hold any of these is a gallery or a list of cards, not text.
_MEDIA = ("img", "picture", "figure", "video", "iframe")
#: Text that is a tag of markup, escaped into the page (an editor's bookmark printed as a
#: paragraph): not prose.
_MARKUP = re.compile(r"\s*</?[A-Za-z][^<>]*>")
#: A list whose link text is more than this share of its text is a list of links, not body.
MAX_LIST_LINK_SHARE = 0.5
#: Characters of a block's (or a line's) word sequence used to find it in the extracted text
#: (or in the page).
KEY_CHARS = 60


def word_seq(text: str) -> str:
    """The words of ``text`` joined by single spaces: how blocks and lines are compared."""
    return " ".join(_WORD.findall(text))


def letters(text: str) -> str:
    """The word characters of ``text`` alone: how a block is found in the extracted lines.

    Spaces are left out: a drop cap in an element of its own (``<span>M</span>athematics``)
    or a control character between two words reads differently in the page's text nodes and
    in the extractor's line.
    """
    return "".join(_WORD.findall(text))


#: Joins the texts :func:`letters_each` reads in one pass; not a word character.
_SEP = "\x01"
#: What :func:`letters` leaves out, the separator kept.
_NOT_WORD_OR_SEP = re.compile(r"[^\w\x01]+")


def letters_each(texts: Sequence[str]) -> list[str]:
    """``[letters(t) for t in texts]``, the pattern run once over the texts joined.

    The texts are joined by :data:`_SEP` (a control character, which a parsed page's text
    does not hold); when one of them holds it all the same, each text is read alone.
    """
    joined = _SEP.join(texts)
    if joined.count(_SEP) != max(len(texts) - 1, 0):
        return [letters(t) for t in texts]
    # (white space, no word character, goes first in C: the pattern then meets only the
    # punctuation, a few matches where it met every space)
    return _NOT_WORD_OR_SEP.sub("", "".join(joined.split())).split(_SEP) if texts else []


#: Characters read at an end of a text for its key when the text is long: its first (last)
#: :data:`KEY_CHARS` word characters are nearly always among them.
END_CHARS = 4 * KEY_CHARS


def key_ends(text: str) -> tuple[str, str]:
    """``letters(text)[:KEY_CHARS]`` and ``letters(text)[-KEY_CHARS:]``, reading the ends alone.

    The word characters of the start of a text are the start of its word characters (and
    those of its end their end): a long text is read only at its two ends when each holds
    enough of them.
    """
    if len(text) > 2 * END_CHARS:
        head, tail = letters(text[:END_CHARS]), letters(text[-END_CHARS:])
        if len(head) >= KEY_CHARS and len(tail) >= KEY_CHARS:
            return head[:KEY_CHARS], tail[-KEY_CHARS:]
    whole = letters(text)
    return whole[:KEY_CHARS], whole[-KEY_CHARS:]


def word_key(text: str) -> str:
    """``word_seq(text)[:KEY_CHARS]``, reading only the start of a long text when it holds
    enough words (the words of a text's start are the start of its words, the last one maybe
    cut)."""
    if len(text) > END_CHARS:
        head = word_seq(text[:END_CHARS])
        if len(head) >= KEY_CHARS:
            return head[:KEY_CHARS]
    return word_seq(text)[:KEY_CHARS]


def _text(el: lxml_html.HtmlElement) -> str:
    """Text of ``el`` with a space between the texts of its elements.

    trafilatura writes a paragraph nested in a list item on a line of its own, so the text of
    ``<li><b>Bench</b><p>Price ...</p></li>`` must read ``Bench Price``, not ``BenchPrice``.
    """
    return " ".join(" ".join(TEXT_NODES(el)).split())


def article_area(block: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """``block`` and the elements of the page with its tag and class (its other sections)."""
    cls = block.get("class")
    if not cls:
        return [block]
    root = block.getroottree().getroot()
    return [el for el in root.iter(block.tag) if el.get("class") == cls]


def script_holders(area: Sequence[lxml_html.HtmlElement]) -> set[lxml_html.HtmlElement]:
    """The elements of ``area`` and below it some of whose text nodes :data:`TEXT_NODES`
    leaves out: the style sheets, scripts and ``<noscript>`` elements (:data:`SCRIPTS`) and
    what is inside them, the elements that hold one, and every element of a section of the
    area that is inside one.

    The text nodes of any other element of the area are all :data:`TEXT_NODES` reads: its
    text is ``text_content()`` (read in C), or :data:`ALL_TEXT_NODES`, where
    :data:`TEXT_NODES` tests each text node's ancestors up to the page's root.
    """
    holders: set[lxml_html.HtmlElement] = set()
    for root in area:
        if next(root.iterancestors(*SCRIPTS), None) is not None:
            holders.update(root.iter())
            continue
        for el in root.iter(*SCRIPTS):
            holders.update(el.iter())
            for anc in el.iterancestors():
                holders.add(anc)
                if anc is root:
                    break
    return holders


def joined_text(el: lxml_html.HtmlElement, holders: set[lxml_html.HtmlElement]) -> str:
    """``"".join(TEXT_NODES(el))`` for an element of an area whose :func:`script_holders` are
    ``holders``: its whole text, read in C, when it is none of them."""
    return "".join(TEXT_NODES(el)) if el in holders else el.text_content()


def _quote_lines(el: lxml_html.HtmlElement) -> list[str]:
    """A quote's lines: each paragraph in it, and the text between them (an attribution)."""
    lines: list[str] = []
    loose: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "p":
            lines.append(" ".join(loose))
            lines.append(_text(child))
            loose = []
        elif isinstance(child.tag, str):
            loose.append(_text(child))
        loose.append(child.tail or "")
    lines.append(" ".join(loose))
    return [t for t in (" ".join(x.split()) for x in lines) if t]


def _pull_quote(figure: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The quote of ``figure`` when it is a quote and its attribution: a ``<blockquote>`` with
    a ``<figcaption>`` (an embedded post or a gallery's caption is not one)."""
    quote = next(figure.iter("blockquote"), None)
    if quote is None or next(figure.iter("figcaption"), None) is None:
        return None
    return quote


def _attribution(quote: lxml_html.HtmlElement) -> list[str]:
    """The caption of the figure that holds ``quote`` (the one quoted), as a line."""
    figure = next(quote.iterancestors("figure"), None)
    caption = None if figure is None else next(figure.iter("figcaption"), None)
    if caption is None or hidden_reason(caption) is not None:
        return []
    text = _text(caption)
    return [text] if text else []


#: Word characters of a table's row read to find the row in the extracted text.
ROW_KEY_CHARS = 20
#: Rows of cells a table needs to be read as a table of data.
MIN_TABLE_ROWS = 2
#: What a cell of a table of data does not hold: a table, a heading, media, a form (a table
#: that lays out a page, a grid of cards).
_NOT_IN_DATA = ("table", "h1", *HEADINGS, "form", "pre", *_MEDIA)


def _row_elements(table: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The visible rows of ``table``, in its sections or not."""
    return [tr for tr in table.iter("tr") if hidden_reason(tr) is None]


def _rows(table: lxml_html.HtmlElement) -> list[list[lxml_html.HtmlElement]]:
    """The visible rows of ``table``, each its visible cells."""
    rows = []
    for tr in _row_elements(table):
        cells = [c for c in tr if c.tag in ("td", "th") and hidden_reason(c) is None]
        if cells:
            rows.append(cells)
    return rows


def data_table(table: lxml_html.HtmlElement) -> bool:
    """``table`` holds data: :data:`MIN_TABLE_ROWS` rows or more, most of two cells or more,
    cells mostly not links, nothing of :data:`_NOT_IN_DATA` inside (a layout table, a grid
    of cards with pictures)."""
    if any(el is not table for el in table.iter(*_NOT_IN_DATA)):
        return False
    rows = _rows(table)
    if len(rows) < MIN_TABLE_ROWS or sum(len(r) >= 2 for r in rows) * 2 <= len(rows):
        return False
    return _link_share(table) <= MAX_LIST_LINK_SHARE


def _wrapped(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The outermost of the elements around ``el`` that hold nothing but it (no text, no
    other element but a style sheet or a script)."""
    while True:
        parent = el.getparent()
        if parent is None or (parent.text and parent.text.strip()):
            return el
        others = [
            c
            for c in parent
            if c is not el and isinstance(c.tag, str) and c.tag not in ("style", "script")
        ]
        if others or any(c.tail and c.tail.strip() for c in parent):
            return el
        el = parent


def _table_lines(table: lxml_html.HtmlElement) -> list[str]:
    """A row a line, its cells joined by tabs, as trafilatura writes the tables it keeps."""
    out = []
    for cells in _rows(table):
        texts = [t for t in (_text(c) for c in cells) if t]
        if texts:
            out.append("\t".join(texts))
    return out


def _block_lines(el: lxml_html.HtmlElement) -> list[str]:
    """The lines a block gives, written as trafilatura writes them."""
    if el.tag == "table":
        return _table_lines(el)
    if el.tag == "blockquote":
        return _quote_lines(el) + _attribution(el)
    if el.tag not in _LISTS:
        text = _text(el)
        return [text] if text else []
    items = [_text(li) for li in el if li.tag == "li" and hidden_reason(li) is None]
    return [f"- {t}" for t in items if t]


def _link_share(el: lxml_html.HtmlElement) -> float:
    total = len(_text(el))
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked / total if total else 1.0


def _kept_item(el: lxml_html.HtmlElement, joined: str) -> int:
    """Where the last item of the list ``el`` (row of the table ``el``) found in the extracted
    text (``joined``, its word characters) is in it; -1 when no item is.

    A row counts when its key holds :data:`ROW_KEY_CHARS` word characters or more: a short
    row (``Yes``, ``1``) is found anywhere in a text.
    """
    last = -1
    table = el.tag == "table"
    items = _row_elements(el) if table else [li for li in el if li.tag == "li"]
    for li in items:
        key = key_ends(" ".join(TEXT_NODES(li)))[0]
        if table and len(key) < ROW_KEY_CHARS:
            continue
        at = joined.find(key, max(last, 0)) if key else -1
        last = max(last, at)
    return last


def _text_section(root: lxml_html.HtmlElement) -> bool:
    """The section ``root`` of an area is a text block itself: a paragraph, list, quote or
    subheading, or an element whose text sits in inline markup alone (a section of the
    article's template into which the editor wrote one paragraph without a ``<p>``, a
    paragraph among the article's nodes by content score). Not when hidden or not running
    text (:data:`_NOT_TEXT`): such a section is looked into as before."""
    if root.tag in _NOT_TEXT or hidden_reason(root) is not None:
        return False
    return root.tag in _BLOCKS or all(c.tag in _INLINE for c in root if isinstance(c.tag, str))


def text_blocks(area: list[lxml_html.HtmlElement]) -> list[lxml_html.HtmlElement]:
    """The text blocks of ``area`` in document order.

    A section of ``area`` that is a text block itself (:func:`_text_section`) is one block.
    Inside the others, a paragraph, list or subheading is a block (what is inside it is not
    looked at); another element is looked into, unless it is hidden or not running text
    (:data:`_NOT_TEXT`), and it is a block of its own when it holds text of its own
    (``<div>text<br>text</div>``) or only inline elements (:data:`_INLINE`:
    ``<div><b>Note:</b> text</div>``).
    """
    found: list[lxml_html.HtmlElement] = []
    seen = set(area)
    for root in area:
        if any(a in seen for a in root.iterancestors()):
            continue  # a section inside another: walked with it
        if _text_section(root):
            found.append(root)
            continue
        stack = [c for c in reversed(root) if isinstance(c.tag, str)]
        while stack:
            el = stack.pop()
            if el.tag == "figure" and hidden_reason(el) is None:
                quote = _pull_quote(el)
                if quote is not None:
                    found.append(quote)
                continue
            if el.tag == "table" and hidden_reason(el) is None and data_table(el):
                found.append(el)
                continue
            if el.tag in _NOT_TEXT or hidden_reason(el) is not None:
                continue
            if (
                el.tag in _BLOCKS
                or (el.text and el.text.strip())
                or not len(el)
                or all(c.tag in _INLINE for c in el if isinstance(c.tag, str))
            ):
                found.append(el)
                continue
            stack.extend(c for c in reversed(el) if isinstance(c.tag, str))
    return found


def _blank(el: lxml_html.HtmlElement) -> bool:
    """``el`` shows nothing: a line break or an element without text or image."""
    return el.tag == "br" or (
        not _text(el) and el.tag not in _MEDIA and next(el.iter(*_MEDIA), None) is None
    )


def _under_media(el: lxml_html.HtmlElement) -> bool:
    """``el`` follows an image with no text of its own (past empty paragraphs and line
    breaks): it is the image's caption."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or _blank(prev)):
        prev = prev.getprevious()
    if prev is None or _text(prev):
        return False
    return prev.tag in _MEDIA or any(True for _ in prev.iter(*_MEDIA))


def _recoverable(el: lxml_html.HtmlElement) -> bool:
    if el.tag in HEADING_TAGS or el.tag == "table":  # a table of :func:`text_blocks` holds data
        return True
    if el.tag in _LISTS or el.tag == "blockquote":
        return _link_share(el) <= MAX_LIST_LINK_SHARE and not any(True for _ in el.iter(*_MEDIA))
    if el.tag == "p" or len(_text(el)) >= PROSE_CHARS:
        return (
            _link_share(el) <= MAX_LIST_LINK_SHARE
            and not _under_media(el)
            and not any(True for _ in el.iter(*_MEDIA))  # an image and its caption
            and not _MARKUP.match(_text(el))
        )
    return False


#: A paragraph of at least this many characters is prose (not a kicker, a byline, a date, a
#: label or a one-line call to action).
PROSE_CHARS = 100
#: Missing blocks above the first kept one are put back when they hold at least this many
#: prose paragraphs: the article's opening sections, not a lone line above it.
HEAD_PROSE = 2


def _head_run(missing: list[tuple[int, lxml_html.HtmlElement]]) -> set[int]:
    """Which of the ``missing`` blocks above the first kept one go back: the run from the
    first prose paragraph on, when it holds :data:`HEAD_PROSE` of them; none otherwise.

    trafilatura sometimes keeps only the last part of an article (its closing section and an
    FAQ) and leaves the sections above it. The blocks of the article's area above the first
    kept block are that text when paragraphs of prose are among them; what sits above the
    first of those (a kicker, a byline, a date, a summary list) is not read as the article.
    """
    prose = [i for i, el in missing if el.tag == "p" and len(_text(el)) >= PROSE_CHARS]
    if len(prose) < HEAD_PROSE:
        return set()
    return {i for i, _ in missing if i >= prose[0]}


#: The blocks put back from the article's nodes by content score (:mod:`.score`): paragraphs,
#: lists and quotes. A subheading, a table or the text of a ``<div>`` there is as often a
#: label, an author's box or a paper's record (its subjects, its DOI) as the article's.
PROSE_BLOCKS = frozenset({"p", "ul", "ol", "blockquote"})
#: Kept blocks that open the text for ``recover_blocks(..., from_prose=True)``, at
#: :data:`PROSE_CHARS` or more.
_OPENING = frozenset({"p", "ul", "ol"})


def _opens(el: lxml_html.HtmlElement) -> bool:
    """The kept block ``el`` may open the text: a paragraph or list of prose length."""
    return el.tag in _OPENING and len(_text(el)) >= PROSE_CHARS


#: The most characters of a quote's attribution: the line under a quote that names who said it
#: or where it was said ("News industry analyst Ken Doctor", "[Tom's Guide]"), not a paragraph.
ATTRIBUTION_CHARS = 80
#: How a sentence ends: a line under a quote that ends so is a sentence of its own (a call to
#: "Learn more."), not the name of who said the quote or where.
_SENTENCE_ENDS = (".", "!", "?", ":", "…")
#: Blocks that are no attribution of a quote.
_NOT_ATTRIBUTION = _LISTS | HEADING_TAGS | {"blockquote", "table"}


def _quote_before(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The ``<blockquote>`` right before ``el`` in its parent, with no text between them."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):  # a comment
        if prev.tail and prev.tail.strip():
            return None
        prev = prev.getprevious()
    if prev is None or prev.tag != "blockquote" or (prev.tail and prev.tail.strip()):
        return None
    return prev


def _attribution_line(el: lxml_html.HtmlElement, kept: lxml_html.HtmlElement | None) -> bool:
    """``el`` is the attribution of the quote right before it, the block before it that the
    extractor kept (``kept``; ``None`` when it kept none there): a short text block
    (:data:`ATTRIBUTION_CHARS`; not a heading, list, table or quote, no image) that names
    who said it or where it was said, a link to the source as often as not
    (``<p>[<a>Tom's Guide</a>]</p>``, a ``<div>`` of the quote's box under it), and does not
    end as a sentence (:data:`_SENTENCE_ENDS`: "Learn more." under a summary box is a call to
    action). The link and the length that keep such a line out of the recovery are what an
    attribution is made of.
    """
    if kept is None or kept.tag != "blockquote" or el.tag in _NOT_ATTRIBUTION:
        return False
    if _quote_before(el) is not kept or any(True for _ in el.iter(*_MEDIA)):
        return False
    text = _text(el)
    return 0 < len(text) <= ATTRIBUTION_CHARS and not text.endswith(_SENTENCE_ENDS)


def _paper_reference(el: lxml_html.HtmlElement) -> bool:
    """``el``, a block after the last kept one, is the reference of the paper the article
    reports on: its text cites the paper by its DOI ("More information: G. Petit et al. ...
    (2018). DOI: 10.1007/..."). It closes a report on a study, in the article's area; a call
    to action or a box of links after the text holds none."""
    return holds_doi(_text(el))


def _boxed_prose(el: lxml_html.HtmlElement, holders: set[lxml_html.HtmlElement]) -> bool:
    """``el`` is prose in a box of its own beside kept text: not a subheading, at least
    :data:`PROSE_CHARS` characters, and its parent's parent a section of the area or the parent
    of a kept block (a definition set as a quote in an embed box, the spec line of a product's
    card). A label, a byline, a "Shares" or "Last updated" line in such a box is shorter and
    stays out."""
    if el.tag in HEADING_TAGS or len(_text(el)) < PROSE_CHARS:
        return False
    parent = el.getparent()
    return parent is not None and parent.getparent() in holders


def recover_blocks(
    block: lxml_html.HtmlElement,
    lines: list[str],
    area: list[lxml_html.HtmlElement] | None = None,
    kinds: frozenset[str] | None = None,
    from_prose: bool = False,
) -> tuple[list[str], int]:
    """``lines`` with the blocks of the article's area that are missing put back in place.

    ``block`` is the page's main prose block; ``lines`` the extracted text; ``area`` its
    :func:`article_area` when the caller has it, or the article's nodes by content score
    (:func:`.score.content_nodes`). A text block of the area (:func:`text_blocks`) that is a
    paragraph, a list (mostly not links, no images), a subheading or other text of prose
    length, whose text is not in ``lines``, is inserted after the line of the nearest kept
    block before it, when a block after it was kept too; with ``kinds``, only a block of
    those tags (:data:`PROSE_BLOCKS`) is. With ``from_prose`` the text opens at the first
    kept paragraph or list of prose length (:data:`PROSE_CHARS`): a kept label above it (a
    kicker, "Review") does not make the byline under it a block between kept ones. Returns the
    lines and how many blocks were put back.
    """
    words = letters_each(lines)
    joined = "".join(words)
    starts = list(accumulate((len(w) for w in words), initial=0))  # offset of each line
    where: list[int | None] = []  # per block: index of the last line that holds it, when kept
    missing: list[tuple[int, list[str]]] = []  # (block index, lines) of blocks to put back
    area = article_area(block) if area is None else area
    blocks = text_blocks(area)
    # each block's word characters, read at once (the white space _text would tidy does not
    # count, nor do the spaces between its text nodes)
    scripted = script_holders(area)
    block_letters = letters_each([joined_text(child, scripted) for child in blocks])
    for i, child in enumerate(blocks):
        if not block_letters[i]:
            where.append(None)
            continue
        head, tail = block_letters[i][:KEY_CHARS], block_letters[i][-KEY_CHARS:]
        at = joined.find(head)
        if at >= 0:
            end = joined.find(tail, at)
            end = end + len(tail) if end >= 0 else at + len(head)
            where.append(bisect_right(starts, end - 1) - 1)
            continue
        item = _kept_item(child, joined) if child.tag in _LISTS or child.tag == "table" else -1
        if item >= 0:  # a list (table) the extractor kept in part: its last kept item (row)
            where.append(bisect_right(starts, item) - 1)
            continue
        where.append(None)
        if kinds is not None and child.tag not in kinds:
            continue
        kept = blocks[i - 1] if i > 0 and where[i - 1] is not None else None
        if not (_recoverable(child) or _attribution_line(child, kept)):
            continue
        got = _block_lines(child)
        if got:
            missing.append((i, got))
    # a block is put back only beside kept text: its parent is a section of the area or holds
    # a kept block (the other blocks of a listicle's item), not a box of its own in the text,
    # unless it is prose and the box sits beside kept text (:func:`_boxed_prose`)
    sections = set(area)
    holders = set(sections)
    holders.update(blocks[i].getparent() for i, w in enumerate(where) if w is not None)
    # (a quote is a box of its own on purpose: its parent is the wrapper of an embedded post)
    # (a table's wrappers around it alone, an embed or a scroll box, are the table's own)
    # (a section of the area that is a text block itself is the article's, :func:`_text_section`,
    # but not one nested in another section: a box inside that section's text)
    missing = [
        (i, got)
        for i, got in missing
        if blocks[i].tag == "blockquote"
        or (blocks[i] in sections and not any(a in sections for a in blocks[i].iterancestors()))
        or (_wrapped(blocks[i]) if blocks[i].tag == "table" else blocks[i]).getparent() in holders
        or _boxed_prose(blocks[i], holders)
    ]
    # the first kept block: the blocks above it go back as a run (:func:`_head_run`)
    first = next(
        (j for j, w in enumerate(where) if w is not None and (not from_prose or _opens(blocks[j]))),
        None,
    )
    if first is None:
        return lines, 0
    opening = _head_run([(i, blocks[i]) for i, _ in missing if i < first])
    top = where[first]  # the first kept block's line
    inserts: dict[int, list[str]] = {}  # line index -> lines to put after it
    heads: list[str] = []  # lines to put before the first kept block's
    put_back = 0
    for i, got in missing:
        if i < first:
            if i in opening:
                heads.extend(got)
                put_back += 1
            continue
        before = next((where[j] for j in range(i - 1, -1, -1) if where[j] is not None), None)
        after = any(where[j] is not None for j in range(i + 1, len(blocks)))
        if before is None or not (after or _paper_reference(blocks[i])):
            continue
        inserts.setdefault(before, []).extend(got)
        put_back += 1
    if not put_back:
        return lines, 0
    out: list[str] = []
    for n, line in enumerate(lines):
        if n == top:
            out.extend(heads)
        out.append(line)
        out.extend(inserts.get(n, ()))
    return out, put_back
