"""HTML to article text lines, with metadata.

Steps: parse with lxml; read the page's metadata (:mod:`cleanscrape.html.meta`); remove the
hover cards printed inside paragraphs (:mod:`cleanscrape.html.cards`) and chrome containers
(:mod:`cleanscrape.html.prune`); empty the page's head, read by then
(:mod:`cleanscrape.html.head`); extract the main text with trafilatura; and when
trafilatura finds far less than the page's main prose block (the paragraphs of one parent),
fall back to that block's visible text (:mod:`cleanscrape.html.fallback`), or to the whole page's
visible text when trafilatura finds nothing at all and there is no such block. A trailing run
of teaser-card headlines (:func:`.prune.teaser_headlines`) is taken off trafilatura's text,
and so are the captions of the images of the article's nodes by content score set in plain
elements between its paragraphs (:mod:`cleanscrape.html.captions`; again after the put-backs
below).
The pipeline cleans fallback text like a whole-page text dump. The headline is not part of
the lines: it is ``metadata["title"]``, and the page's own copy of it at the top of the
extracted text (under a kicker or section label, with other quotes or punctuation, or the
page's ``<h1>`` where the declared title is another) is taken out with those labels; an
``<h1>`` printed there that rewords the declared title is the title. The standfirst set under
the headline in the article's ``<header>`` in the words of the page's description is taken
out too (:mod:`cleanscrape.html.standfirst`).
Paragraphs, lists and subheadings of the article's area (the main prose block and the
sections of its template) that trafilatura left out between kept ones are put back
(:mod:`cleanscrape.html.recover`), and so are the paragraphs, lists and quotes of the article's
nodes by content score (:mod:`cleanscrape.html.score`) when the main prose block holds less than
half of the text (a disclosure that outweighs each of the article's columns, notes written as
lists), and trailing lines outside that area, or that are only the
text of links (other stories' headlines, a linked call to subscribe), are taken off
(:mod:`cleanscrape.html.tail`), and so are trailing lines outside the article's nodes by
content score (:mod:`cleanscrape.html.score`: an outlet's disclosure or an author's box in a
section of the page's template). A row with the page's date above the body (a date in figures, or
a year and a clock time, in a few words) is taken out (:mod:`cleanscrape.html.dates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..errors import ExtractionError
from ..lexicon.folding import fold
from ..options import DEFAULTS, Favor
from ..text.repair import LATIN1_UTF8, repair_latin1_utf8
from .author_boxes import drop_author_bios
from .breaks import break_paragraphs
from .captions import caption_texts, drop_captions
from .card_grids import drop_grid_summaries
from .cards import drop_hover_cards
from .contents import drop_contents_labels
from .dates import drop_date_rows, drop_stamps
from .excerpts import drop_excerpt_lists
from .fallback import visible_lines
from .head import empty_head
from .layout import unwrap_layout_tables
from .menus import drop_menu_descriptions
from .meta import heading_text, page_elements, page_metadata, title_heads
from .promos import drop_promo_links
from .prune import prose_paragraphs, prune_chrome, prune_copies
from .recover import PROSE_BLOCKS, TEXT_NODES, article_area, letters, recover_blocks
from .score import Content, content_chars, content_letters, content_nodes, ends_in, in_content
from .share_quotes import drop_share_labels
from .shortcodes import drop_filler, drop_shortcodes
from .standfirst import drop_standfirst, standfirst
from .table_feet import drop_repeated_feet
from .tag_rows import drop_tag_rows
from .tail import MIN_AREA_SHARE, area_words, trim_keeping_own, trim_link_tail, trim_tail
from .threads import drop_comment_lists

Method = Literal["trafilatura", "visible"]
#: The steps that take boxes out of the page's body before pruning, in order, each by the
#: reason its boxes are reported with: ``drop(body, texts)`` returns how many went and adds
#: their text to ``texts`` when given.
_BODY_DROPS: tuple[tuple[str, Callable[[lxml_html.HtmlElement, list[str] | None], int]], ...] = (
    ("hover_card", drop_hover_cards),
    ("tag_row", drop_tag_rows),
    ("comment_list", drop_comment_lists),
    ("excerpt_list", drop_excerpt_lists),
    ("table_foot", drop_repeated_feet),
)

#: C0 control characters other than tab, newline and carriage return: a page holding one
#: gave an empty extraction on the parsed tree. Each is looked for with ``in`` in the page's
#: UTF-8 bytes (:data:`_CONTROL_BYTES`; a memchr scan, faster than a pattern's search on a
#: page that holds none of them, as nearly every page), and removed with :data:`_CONTROL`,
#: built from the same tuple.
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
_CONTROL = re.compile("[" + "".join(map(re.escape, _CONTROL_CHARS)) + "]")
#: The same characters as UTF-8 bytes (each one byte, which no other character's bytes hold).
_CONTROL_BYTES = tuple(c.encode("utf-8") for c in _CONTROL_CHARS)


#: Fall back to the visible text when trafilatura's text is below this share of the page's
#: main prose block (the paragraphs of one parent).
MIN_PROSE_SHARE = 0.25
#: ... and the page has at least this much main prose (short pages are left to trafilatura).
MIN_PROSE_CHARS = 500


@dataclass(slots=True)
class Extracted:
    """What extraction found: body text lines (no headline) and page metadata.

    ``method`` says where the lines come from: ``"trafilatura"`` (extracted article text) or
    ``"visible"`` (the page's visible text, to be cleaned like a whole-page text dump).
    ``pruned`` counts the chrome containers removed before extraction, by reason, and under
    ``"teasers"`` the teaser-card lines taken off the end of the extracted text, and under
    ``"tail"`` the trailing lines outside the article's area and under ``"link_tail"`` the
    trailing lines that are only the text of links (:mod:`cleanscrape.html.tail`), under
    ``"outside_content"`` the trailing lines outside the article's nodes by content score
    (:mod:`cleanscrape.html.score`), under
    ``"date_row"`` the date rows above the body (:mod:`cleanscrape.html.dates`), and
    under ``"hover_card"`` the hover cards taken out of paragraphs (:mod:`cleanscrape.html.cards`),
    under ``"share_label"`` the buttons of quotes boxed to be shared, "Click To Tweet"
    (:mod:`cleanscrape.html.share_quotes`),
    under ``"tag_row"`` the post's tag rows told by their ``rel="tag"`` links
    (:mod:`cleanscrape.html.tag_rows`), under ``"card_grid"`` the summaries of a grid of teaser
    cards after the main prose block and the lines of a listing's cards printed there without
    their headlines (:mod:`cleanscrape.html.card_grids`), under
    ``"menu_description"`` the section descriptions of a menu before the main prose block
    (:mod:`cleanscrape.html.menus`), under ``"author_box"`` the bios of the author's box after
    the main prose block (:mod:`cleanscrape.html.author_boxes`), under ``"contents_label"`` the
    label of a table of contents printed as a line (:mod:`cleanscrape.html.contents`).
    ``prose_chars`` is the size of the page's main prose block (the paragraphs of one parent),
    ``found_chars`` what trafilatura extracted: their agreement feeds the confidence score.
    ``recovered`` counts the blocks of the article's area (paragraphs, lists, subheadings), and
    the paragraphs, lists and quotes of the article's nodes by content score, that trafilatura
    left out between kept ones and that were put back (:mod:`cleanscrape.html.recover`).
    ``area_words`` are the words of the article's area (the main prose block and the sections
    of its template, :func:`~cleanscrape.html.tail.area_words`),
    empty when the page has none: a line of ``lines`` found in them is text of the article
    (:func:`~cleanscrape.html.tail.in_area`), not of the page's furniture.
    ``content_chars`` is how many word characters the article's nodes by content score hold
    (:func:`~cleanscrape.html.score.content_chars`; 0 when no paragraph votes, and on the
    visible-text fallback): the confidence score holds the clean text's length against it.
    ``dropped`` (filled only by ``extract_html(..., trace=True)``) holds what each step took
    out, as ``(rule, text)``: the visible text of each container removed before extraction (its
    ``pruned`` reason, ``"hover_card"``, ``"share_label"``, ``"tag_row"``, ``"copy"``), and each
    line taken off the extracted text (``"teasers"``, ``"tail"``, ``"outside_content"``,
    ``"link_tail"``, ``"card_grid"``, ``"menu_description"``, ``"author_box"``, ``"promo_link"``,
    ``"heading"`` for the page's own headline and its kickers, ``"shortcode"``, ``"filler"``,
    ``"contents_label"``, ``"date_row"``, ``"stamp"``).
    ``added`` (with ``trace`` too) holds the lines that are not trafilatura's own, as ``(origin,
    line)``: ``"recovered"`` for a block put back between kept ones, ``"recovered_head"`` for
    one of the opening run put back above the first kept block
    (:mod:`cleanscrape.html.recover`), ``"recovered_content"`` (``"recovered_content_head"``)
    for a paragraph, list or quote of the article's nodes by content score
    (:mod:`cleanscrape.html.score`) put back the same way, ``"article_element"`` for a line of
    an ``<article>`` printed in one piece and laid out again, ``"visible"`` for a line of the
    visible-text fallback.
    ``repaired`` names the repairs made to the markup before parsing (``"utf8-as-latin1"``,
    :func:`parse_html`), reported with the text's own in ``metadata["repaired"]``.
    """

    lines: list[str]
    metadata: dict[str, Any] = field(default_factory=dict)
    method: Method = "trafilatura"
    pruned: dict[str, int] = field(default_factory=dict)
    prose_chars: int = 0
    found_chars: int = 0
    recovered: int = 0
    area_words: str = ""
    content_chars: int = 0
    dropped: list[tuple[str, str]] = field(default_factory=list)
    added: list[tuple[str, str]] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


def _left_out(longer: list[str], shorter: list[str]) -> list[tuple[int, str]]:
    """The lines of ``longer`` that are not lines of ``shorter`` (a subsequence of it, the
    same string objects), each with how many lines of ``shorter`` stand above it."""
    out: list[tuple[int, str]] = []
    k = 0
    for line in longer:
        if k < len(shorter) and shorter[k] is line:
            k += 1
        else:
            out.append((k, line))
    return out


def _taken(rule: str, before: list[str], after: list[str]) -> list[tuple[str, str]]:
    """The lines of ``before`` that a step left out of ``after``, each as ``(rule, line)``."""
    return [(rule, line) for _, line in _left_out(before, after)]


def _counted(
    rule: str,
    before: list[str],
    step: tuple[list[str], int],
    counts: dict[str, int],
    dropped: list[tuple[str, str]] | None,
) -> list[str]:
    """The lines a step that takes whole lines out of the extracted text kept (``step``: its
    lines and how many it took from ``before``), its count put in ``counts`` under ``rule``
    and, when tracing (``dropped`` given), each line it took in ``dropped``: the bookkeeping
    every such step of :func:`extract_html` shares."""
    lines, n = step
    if n:
        counts[rule] = n
        if dropped is not None:
            dropped += _taken(rule, before, lines)
    return lines


def _boxes_taken(
    reason: str,
    drop: Callable[[list[str] | None], int],
    counts: dict[str, int],
    dropped: list[tuple[str, str]] | None,
) -> None:
    """Run a step that takes boxes out of the tree before extraction (``drop(texts)``: how
    many went, their text added to ``texts`` when given), its count put in ``counts`` under
    ``reason`` and, when tracing (``dropped`` given), each box's text in ``dropped``: the
    bookkeeping of every such step of :func:`extract_html`, as :func:`_counted` is of the
    steps on lines."""
    texts: list[str] | None = [] if dropped is not None else None
    n = drop(texts)
    if n:
        counts[reason] = n
        if dropped is not None:
            dropped += [(reason, t) for t in texts or ()]


def _put_back(
    before: list[str], after: list[str], origin: str = "recovered"
) -> list[tuple[str, str]]:
    """The lines of ``after`` that are not lines of ``before``, each as ``(origin + "_head",
    line)`` above the first line of ``before``, else ``(origin, line)``."""
    return [(f"{origin}_head" if k == 0 else origin, line) for k, line in _left_out(after, before)]


#: libxml2's nesting limit for HTML; deeper elements are dropped with this error.
MAX_HTML_DEPTH = 255
_TOO_DEEP = etree.ErrorTypes.ERR_RESOURCE_LIMIT


#: Every element of a parsed page is an :class:`~lxml.html.HtmlElement`. lxml.html's own lookup
#: gives forms, inputs and labels classes of their own (their fields and values, which neither
#: cleanscrape nor the extractor reads) and calls a Python method for every element it wraps,
#: thousands of times a page, in cleanscrape's walks and in the extractor's alike.
_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)


def _parser(**options: Any) -> lxml_html.HTMLParser:
    parser = lxml_html.HTMLParser(**options)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    return parser


def parse_html(
    markup: str, *, source: str, fix_mojibake: bool = False, repairs: list[str] | None = None
) -> lxml_html.HtmlElement:
    """Parse possibly broken HTML with lxml; raises :class:`ExtractionError` if nothing parses.

    With ``fix_mojibake``, text stored as UTF-8 read as Latin-1 is read back first
    (:func:`~cleanscrape.text.repair.repair_latin1_utf8`): the extractor drops the C1
    controls such text is read back from, so ftfy could not mend it in the extracted lines.
    When it is, ``"utf8-as-latin1"`` is added to ``repairs``.
    """
    if "<" not in markup:
        raise ExtractionError(
            source, "contains no HTML markup; save it as .txt to clean it as text"
        )
    # comments and processing instructions dropped: left in, they split paragraphs for trafilatura
    options = {"remove_comments": True, "remove_pis": True, "collect_ids": False}
    # The page is parsed as UTF-8 bytes, the parser told their encoding (a declared charset
    # does not apply to a decoded text): the same tree as from the text, sooner than lxml reads
    # a text of two or four bytes a character, and the control characters below are looked
    # for in the bytes, where each is one byte no other character holds. A text that is no
    # valid Unicode (a lone surrogate) is parsed as text.
    try:
        data: bytes | None = markup.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if fix_mojibake and data is not None:
        fixed = repair_latin1_utf8(markup, utf8=data)  # (C1 controls looked for in the bytes)
        if fixed is not markup:
            markup, data = fixed, fixed.encode("utf-8")
            if repairs is not None:
                repairs.append(LATIN1_UTF8)
    # C0 control characters are not allowed in an XML tree: lxml accepts them from the parser,
    # but trafilatura's copy of such a tree comes back empty. They carry no text.
    if (
        any(c in markup for c in _CONTROL_CHARS)
        if data is None
        else any(c in data for c in _CONTROL_BYTES)
    ):
        markup = _CONTROL.sub("", markup)
        data = None if data is None else markup.encode("utf-8")
    parser = _parser(**options) if data is None else _parser(encoding="utf-8", **options)
    try:
        try:
            tree = lxml_html.document_fromstring(markup if data is None else data, parser=parser)
        except ValueError:  # a str that declares an encoding (<?xml encoding=...?>)
            parser = _parser(encoding="utf-8", **options)
            data = markup.encode("utf-8", "surrogatepass")
            tree = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(
            source,
            f"HTML could not be parsed ({exc}); check that the file holds the page's HTML "
            "(a text dump goes in a .txt file)",
        ) from exc
    if any(e.type == _TOO_DEEP and "depth" in e.message for e in parser.error_log):
        # libxml2 stops reading at this depth: everything nested deeper is silently lost
        raise ExtractionError(
            source,
            f"HTML is nested more than {MAX_HTML_DEPTH} elements deep; the parser stops there, "
            "so the text inside cannot be read (a broken or hostile page)",
        )
    return tree


def _main_block(
    paragraphs: dict[lxml_html.HtmlElement, int],
) -> tuple[lxml_html.HtmlElement | None, int]:
    """The element whose child paragraphs hold the most prose, and how many characters.

    Counting per parent keeps teaser lists (one paragraph per card) from looking like an
    article: an article's paragraphs are siblings.
    """
    per_parent: dict[lxml_html.HtmlElement, int] = {}
    for p, n in paragraphs.items():
        parent = p.getparent()
        if parent is not None:
            per_parent[parent] = per_parent.get(parent, 0) + n
    if not per_parent:
        return None, 0
    best = max(per_parent, key=per_parent.__getitem__)  # first in document order on ties
    return best, per_parent[best]


def _area_lines(block: lxml_html.HtmlElement) -> list[str]:
    """The visible lines of the article's area (:func:`.recover.article_area`): the main prose
    block and the other sections of its template, in document order, each once.

    When the extractor's text is too short to be the article, its visible text stands in; an
    article whose template puts each section (a subheading and its paragraphs) in an element
    of the block's tag and class is all of them, not the one whose paragraphs hold the most
    prose.
    """
    area = article_area(block)
    inside = set(area)
    return [
        line
        for section in area
        if not any(a in inside for a in section.iterancestors())
        for line in visible_lines(section)
    ]


def _laid_out(body: lxml_html.HtmlElement, lines: list[str]) -> list[str]:
    """``lines``, or the lines of an ``<article>`` of the page when ``lines`` is that element's
    whole text printed as one line.

    When trafilatura's own extraction finds nothing (the page's article nested in a menu
    button its markup left open, which the extractor drops), its last resort prints the text
    of the page's ``<article>`` element in one piece: the paragraphs, the byline, the table of
    contents and the author's card of the element run together in one line that no later step
    can take apart. The element's visible text, a line per block
    (:func:`.fallback.visible_lines`), is the same text laid out as the page shows it.
    """
    if len(lines) != 1:
        return lines
    line = letters(lines[0])
    for article in body.iter("article"):
        if letters(" ".join(TEXT_NODES(article))) == line:
            return visible_lines(article) or lines
    return lines


def _trafilatura_lines(tree: lxml_html.HtmlElement, url: str | None, favor: Favor) -> list[str]:
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        favor_precision=favor == "precision",
        favor_recall=favor == "recall",
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    return [_table_row(s) for s in (ln.strip() for ln in text.splitlines()) if s]


#: A line this long seen twice in the extracted text makes the page suspect of holding copies.
REPEAT_CHARS = 80


def _repeats(lines: list[str]) -> bool:
    """Some line of at least :data:`REPEAT_CHARS` characters appears more than once."""
    long = [ln for ln in lines if len(ln) >= REPEAT_CHARS]
    return len(set(long)) < len(long)


#: A trailing run of at least this many teaser headlines is dropped (see drop_teasers).
MIN_TEASER_LINES = 2

#: The page's own headline is looked for among this many first lines of the extracted text.
HEADING_LINES = 4
#: A line above the headline with at most this many words and no sentence end is its kicker.
KICKER_WORDS = 6


def same_heading(line: str, title: str) -> bool:
    """``line`` is the headline ``title``: equal once case, quotes, punctuation are set aside.

    A line that the title starts with (or that starts with the title) counts when it holds
    most of it: declared titles add or lose a site name or a subtitle.
    """
    return _same_folded(fold(line), fold(title))


def _same_folded(a: str, b: str) -> bool:
    """:func:`same_heading` of two texts already folded."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 20 and long.startswith(short + " ") and len(short) >= 0.6 * len(long)


#: Marks that end a sentence (or a headline), not a label: also the full-width forms of
#: Chinese and Japanese text ("商品の改造が商標法違反に！？").
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "！", "？", "：")


def _is_kicker(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= KICKER_WORDS and not line.rstrip().endswith(_SENTENCE_ENDS)


#: Headings of the page (``<h1>``) that can be its headline: the first few only (some sites
#: mark every section heading of the article ``<h1>``).
MAX_H1 = 2


def page_headings(
    tree: lxml_html.HtmlElement, h1s: list[lxml_html.HtmlElement] | None = None
) -> list[str]:
    """Texts of the page's first :data:`MAX_H1` ``<h1>`` elements: where it shows its headline
    (``h1s``: the page's ``<h1>`` elements in document order, when the caller has them)."""
    found: list[str] = []
    for h1 in tree.iter("h1") if h1s is None else h1s:
        text = " ".join(heading_text(h1).split())
        if text:
            found.append(text)
            if len(found) == MAX_H1:
                break
    return found


def _headline_heading(line: str, title: str, headings: list[str]) -> bool:
    """``line`` is one of the page's ``<h1>`` texts (``headings``) printed above the body and
    worded otherwise than ``title`` but sharing a word with it (all three folded): the
    headline the page shows, which an SEO or social title rewords. A heading that shares no
    word with the title is a label ("Blog", a section's name); one that is the title after a
    label is a kicker printed inside the heading ("Thời sự <headline>")."""
    return (
        line in headings
        and not _same_folded(line, title)
        and not line.endswith(" " + title)
        and not set(line.split()).isdisjoint(title.split())
    )


def drop_heading(
    lines: list[str], title: str | None, headings: Sequence[str] = ()
) -> tuple[list[str], str | None]:
    """``lines`` without the page's own headline (and the kicker labels above it), and the
    page's title after this step.

    The headline is the declared ``title``, or one of the page's ``<h1>`` texts (``headings``):
    a declared title often differs from the heading the page shows (an SEO title, a shortened
    social title, the site's name). It is also ``title`` cut at one of its separators
    (:func:`.meta.title_heads`, the same once folded; not a label of a few words, which a
    section name is): the page printing that much alone above its body shows that the rest
    of ``title`` is no headline's (a site's name or section nothing on the page names), and
    the line is then the title returned. So is an ``<h1>`` printed there that rewords the
    title (:func:`_headline_heading`): the page shows its headline, the title is its SEO or
    social form. Else ``title``.
    """
    names = [t for t in (title, *headings) if t]
    if not names:
        return lines, title
    folded = [fold(t) for t in names]  # each folded once, not once per line
    heads = {fold(t) for t in title_heads(title) if not _is_kicker(t)} if title else set()
    for i, line in enumerate(lines[:HEADING_LINES]):
        a = fold(line)
        cut = a in heads
        if cut or any(_same_folded(a, b) for b in folded):
            above = lines[:i]
            if all(_is_kicker(x) for x in above):
                above = []
            if cut or (title and _headline_heading(a, folded[0], folded[1:])):
                return above + lines[i + 1 :], line
            return above + lines[i + 1 :], title
    return lines, title


def drop_teasers(lines: list[str], teasers: frozenset[str], counts: dict[str, int]) -> list[str]:
    """``lines`` without a trailing run of teaser headlines, counted in ``counts["teasers"]``.

    The run starts at a teaser headline and holds nothing else but teaser headlines and short
    labels (at most :data:`KICKER_WORDS` words: dates, categories, "Read more"). Teaser lines
    with text after them are left to the chrome stage, which reads a related heading and the
    list under it as a region to cut; taking the headlines out would hide that region.
    """
    if not teasers:
        return lines
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = " ".join(lines[i].split())
        if line in teasers:
            start = i
        elif len(line.split()) > KICKER_WORDS:
            break
    if sum(" ".join(ln.split()) in teasers for ln in lines[start:]) < MIN_TEASER_LINES:
        return lines
    counts["teasers"] = len(lines) - start
    return lines[:start]


def _without_captions(
    lines: list[str],
    captions: frozenset[str],
    counts: dict[str, int],
    dropped: list[tuple[str, str]] | None,
) -> list[str]:
    """``lines`` without the images' captions (:func:`.captions.drop_captions`), counted in
    ``counts["caption"]`` and, when tracing, listed in ``dropped``."""
    kept, n = drop_captions(lines, captions)
    if n:
        counts["caption"] = counts.get("caption", 0) + n
        if dropped is not None:
            dropped += _taken("caption", lines, kept)
    return kept


def _table_row(line: str) -> str:
    """trafilatura writes a table row as ``| a | b |``; cleanscrape as tab-separated cells.

    Plain text has no table syntax; cells separated by tabs read as a row and do not look like
    a ``Home | News | World`` breadcrumb trail to the chrome stage.
    """
    if len(line) > 2 and line[0] == "|" and line[-1] == "|":
        cells = [c.strip() for c in line[1:-1].split(" | ")]
        return "\t".join(c for c in cells if c) or line
    return line


def _holds_text(block: lxml_html.HtmlElement | None, lines: list[str]) -> str | None:
    """The text of the page's main prose block ``block`` when it is at least
    :data:`~.tail.MIN_AREA_SHARE` of the extracted text ``lines``; ``None`` when it is less (or
    there is no block): the block then says little of where the article is."""
    if block is None:
        return None
    text = block.text_content()
    return text if len(text) >= MIN_AREA_SHARE * sum(map(len, lines)) else None


def _recover_content(
    content: Content, lines: list[str], added: list[tuple[str, str]] | None
) -> tuple[list[str], int]:
    """``lines`` with the paragraphs, lists and quotes of the article's nodes by content score
    that the extractor left out between kept blocks put back (:func:`.recover.recover_blocks`),
    each line added to ``added`` as ``"recovered_content"``; and how many blocks went back.
    The text opens at the first kept paragraph or list of prose: what is above it (a byline
    under a kept label) is not put back. A best element that is the page's ``<body>`` is no
    article: nothing is put back."""
    if content.top.tag == "body":
        return lines, 0
    nodes = list(content.nodes)
    got, n = recover_blocks(content.top, lines, nodes, kinds=PROSE_BLOCKS, from_prose=True)
    if n and added is not None:
        added += _put_back(lines, got, "recovered_content")
    return got, n


def _outside_content(
    content: Content | None,
    lines: list[str],
    block: lxml_html.HtmlElement | None,
    block_text: str | None,
    counts: dict[str, int],
    dropped: list[tuple[str, str]] | None,
) -> list[str]:
    """``lines`` without the trailing lines outside the article's nodes by content score
    (``content``, :mod:`cleanscrape.html.score`), counted as ``"outside_content"``. A text
    that ends in the page's main prose block ``block``, when that block holds most of the text
    (its text ``block_text``), ends in the article: nothing is trimmed; the lines of the
    article's FAQ and conclusions near the block count as the article's
    (:func:`~cleanscrape.html.tail.trim_keeping_own`)."""
    if not lines:
        return lines
    if block_text is not None and ends_in(block_text, lines[-1]):
        return lines
    if content is None or any(ends_in(text, lines[-1]) for text in content.texts):
        return lines
    inside = partial(in_content, inside=content_letters(content))
    return _counted(
        "outside_content", lines, trim_keeping_own(lines, inside, block), counts, dropped
    )


def _metadata_and_headings(
    tree: lxml_html.HtmlElement, url: str | None
) -> tuple[dict[str, Any], list[str], str | None]:
    """The page's metadata (:func:`.meta.page_metadata`), headings (:func:`page_headings`)
    and standfirst (:func:`.standfirst.standfirst`, folded) from one walk of the page
    (:func:`.meta.page_elements`), whose elements are not held after."""
    elements = page_elements(tree)
    meta = dict(page_metadata(tree, url=url, elements=elements))
    h1s = elements["h1"]
    return (
        meta,
        page_headings(tree, h1s),
        standfirst(tree, h1s[:MAX_H1], meta.get("description")),
    )


def extract_html(
    markup: str,
    *,
    url: str | None = None,
    source: str = "<html>",
    favor: Favor = DEFAULTS.favor,
    trace: bool = False,
    fix_mojibake: bool = DEFAULTS.fix_mojibake,
) -> Extracted:
    """Main text of an HTML page as lines (headline left out) and its metadata; with ``trace``,
    what each step took out (:attr:`Extracted.dropped`); ``fix_mojibake``: see
    :func:`parse_html`."""
    repaired: list[str] = []
    tree = parse_html(markup, source=source, fix_mojibake=fix_mojibake, repairs=repaired)
    dropped: list[tuple[str, str]] = []
    taken = dropped if trace else None  # (the list the steps fill when tracing)
    # before pruning: a headline inside a chrome-named header
    meta, headings, dek = _metadata_and_headings(tree, url)
    counts: dict[str, int] = {}
    body = tree.find("body")
    if body is not None:  # before pruning: the paragraphs' lengths are read without the cards
        break_paragraphs(body)  # text in runs between double breaks made paragraphs
        for reason, drop in _BODY_DROPS:
            _boxes_taken(reason, partial(drop, body), counts, taken)
    pruned = prune_chrome(tree, trace=trace)
    for reason, _tag in pruned.removed:
        counts[reason] = counts.get(reason, 0) + 1
    if trace:
        dropped += [(r, t) for (r, _tag), t in zip(pruned.removed, pruned.texts, strict=True)]
    # the page's prose paragraphs: unwrapping layout tables renames table cells only, and
    # trafilatura reads a copy of the tree, so they hold unless copies are removed below
    paragraphs = pruned.prose
    _boxes_taken("share_label", partial(drop_share_labels, paragraphs), counts, taken)
    if body is not None:
        unwrap_layout_tables(body, paragraphs)
    empty_head(tree)  # read above, deleted by the extractor: not to be copied for nothing
    found_lines = _trafilatura_lines(tree, url, favor)
    lines = drop_teasers(found_lines, pruned.teasers, counts)
    if _repeats(lines):
        copies = prune_copies(tree, trace=trace)
        if copies.removed:  # the page holds its text twice: extract the first copy alone
            counts["copy"] = len(copies.removed)
            dropped += [("copy", t) for t in copies.texts]
            found_lines = _trafilatura_lines(tree, url, favor)
            lines = drop_teasers(found_lines, pruned.teasers, counts)
            if body is not None:
                paragraphs = prose_paragraphs(body)
    # (the teaser lines count only when the extracted text is kept: see the fallback below)
    teasers = _taken("teasers", found_lines, lines) if trace else []
    # the article's nodes by content score (the tree is read, not changed, from here on): the
    # captions of their images are looked for, not those of the whole page's
    content = content_nodes(body) if body is not None else None
    captions = caption_texts(content.nodes) if content is not None else frozenset()
    lines = _without_captions(lines, captions, counts, taken)
    added: list[tuple[str, str]] = []
    if body is not None:
        before = lines
        lines = _laid_out(body, lines)
        if trace and lines is not before:
            added += [("article_element", ln) for ln in lines]
    method: Method = "trafilatura"
    prose = 0
    recovered = 0
    inside = ""
    found = sum(len(ln) for ln in lines)
    if body is not None:
        block, prose = _main_block(paragraphs)
        if prose < MIN_PROSE_CHARS:
            block = None
        got = sum(len(ln) for ln in lines)
        if block is not None and got < MIN_PROSE_SHARE * prose:
            lines, method = _area_lines(block), "visible"
        elif not lines:  # nothing at all: the whole page's visible text, for the chrome stage
            lines, method = visible_lines(body), "visible"
        elif block is not None:
            area = article_area(block)  # read by both steps: the page's tree walked once
            before = lines
            lines, recovered = recover_blocks(block, lines, area)
            added += _put_back(before, lines) if trace and recovered else []
            inside = area_words(area)
            lines = _counted("tail", lines, trim_tail(block, lines, area, inside), counts, taken)
    if trace and method == "visible":
        added = [("visible", ln) for ln in lines]
    chars = 0
    if method == "trafilatura" and body is not None:
        chars = content_chars(content) if content is not None else 0
        if lines:
            block_text = _holds_text(block, lines)
            if block_text is None and content is not None:
                # the main prose block says little: the content score says more
                lines, n = _recover_content(content, lines, added if trace else None)
                recovered += n
            lines = _outside_content(content, lines, block, block_text, counts, taken)
    if method == "trafilatura":
        dropped += teasers
        # again after the put-backs, which read the page's blocks (a figure's caption among
        # the content score's nodes)
        lines = _without_captions(lines, captions, counts, taken)
        lines = _counted("promo_link", lines, drop_promo_links(tree, lines), counts, taken)
        lines = _counted("link_tail", lines, trim_link_tail(tree, lines), counts, taken)
        if body is not None and block is not None:
            lines = _counted(
                "card_grid", lines, drop_grid_summaries(body, block, lines), counts, taken
            )
            nodes = frozenset(content.nodes) if content is not None else frozenset()
            menus = drop_menu_descriptions(body, block, nodes, lines)
            lines = _counted("menu_description", lines, menus, counts, taken)
            lines = _counted(
                "author_box",
                lines,
                drop_author_bios(body, block, meta.get("author"), lines),
                counts,
                taken,
            )
    before = lines
    lines, title = drop_heading(lines, meta.get("title"), headings)
    if title:
        meta["title"] = title
    dropped += _taken("heading", before, lines) if trace else []
    lines = _counted("standfirst", lines, drop_standfirst(lines, dek), counts, taken)
    lines = _counted("shortcode", lines, drop_shortcodes(lines), counts, taken)
    lines = _counted("filler", lines, drop_filler(lines), counts, taken)
    lines = _counted("contents_label", lines, drop_contents_labels(lines), counts, taken)
    if method == "trafilatura":
        lines, rows = drop_date_rows(lines)
        if rows:  # (the page's date is in the metadata already: declared, or found by htmldate)
            counts["date_row"] = len(rows)
            dropped += [("date_row", row) for row in rows]
        lines = _counted("stamp", lines, drop_stamps(lines), counts, taken)
    return Extracted(
        lines=lines,
        metadata=meta,
        method=method,
        pruned=counts,
        prose_chars=prose,
        found_chars=found,
        recovered=recovered,
        area_words=inside if method == "trafilatura" else "",
        content_chars=chars,
        dropped=dropped,
        added=added,
        repaired=repaired,
    )
