"""Line-level chrome stripping: every line gets a verdict, every dropped line a reason.

Text dumps (``from_html=False``) go through the full classifier: per-line tags
(:func:`~cleanscrape.chrome.regions.tag_lines`), the main prose region, the headline above it,
section headings that open link lists, inline related links, bylines/source lines/datelines
moved to metadata. Lines extracted from HTML (``from_html=True``) have already lost most chrome,
so only confident chrome is removed there, and the outlet's appeals and legal notices where
they end the lines (:mod:`cleanscrape.chrome.appeals`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import add, and_, attrgetter, not_
from typing import Any, Literal, NamedTuple

from .. import lexicon as lx
from ..document import LOW_PROSE, Removal
from ..lexicon.folding import fold
from ..options import DEFAULTS, Favor
from .appeals import (
    LEGAL_NOTICE,
    appeal_start,
    cards_start,
    comment_prompt,
    notices_region,
    tail_kind,
)
from .bios import bio_start, named_bios
from .blurbs import OUTLET_BLURB, blurb_start, outlet_name, story_below_box
from .body_lists import (
    dated_listing,
    few_title_case_lines,
    figured_list,
    headed_table,
    list_heading,
    listed_body,
    listed_rows_end,
    one_list,
    ranked_rows,
    sentence_case_list,
    table_lines,
    table_row,
    text_table_lines,
    text_tables,
    title_case_page,
)
from .bylines import byline_of, parse_published, source_of
from .code_blocks import Listings, find_listings
from .contents import CONTENTS, contents_above, other_texts_contents
from .features import (
    AUTHOR_BIO,
    BREADCRUMB,
    CHARACTER_PAIRS,
    CHARACTER_WORD_RANGES,
    COLONS,
    COMMENTS,
    COOKIE,
    CREDIT,
    FOOTER,
    MEDIA_HEADING,
    MENU,
    OUTLET_HEAD,
    RELATED_HEADING,
    RELATED_LINK,
    SHARE_FOLLOW,
    SUBSCRIBE,
    TOPIC_TAGS,
    UI,
    Line,
    comment_header,
    copyright_line,
    cut_paragraphs,
    dated_cut_summaries,
    diacritic_language,
    footer_word_item,
    is_dateline,
    line_features,
)
from .footers import footer_end, notices_end
from .forms import form_start, input_forms, option_row
from .glued_cards import glued_cards
from .head import block_lede, cut_lede, headline_card, second_copy
from .lede_anchor import (
    asks,
    dated_headline,
    headline_in_region,
    headline_over_dek,
    headline_over_lede,
    headline_over_summary,
    lede_region,
    opening_tells,
    region_headline,
    shaped_headline,
    tells_again,
    titled,
    told_over_dek,
    told_under_guess,
    told_under_name,
    told_under_tag,
    top_headline,
)
from .list_marks import TEXT_BULLET
from .memo import LineMemo, page_lines
from .menu_boxes import menu_boxes
from .pitches import story_below_pitch
from .reading_time import reading_time_prefix
from .regions import (
    ALT_SLUG,
    MARKUP,
    RELATED_CARD,
    SECTION_HEADINGS,
    SEPARATOR,
    TEASER,
    TIMESTAMP,
    anchored_region,
    card_summaries,
    find_title,
    fuller_headline,
    headline_anchor,
    lone_media,
    lone_tags,
    main_region,
    menu_row,
    menu_runs,
    paywall_boxes,
    region_score,
    tag_lines,
    titled_credits,
    weights,
    wrapped_paragraphs,
)
from .sequels import (
    lines_above_row,
    row_under_story,
    sequel_start,
    short_story_close,
    story_above_row,
    story_below_menu,
    story_line,
)
from .threads import comment_pair, thread_around, thread_start

KEEP = "article"
#: The headline: not article text, it goes to ``CleanResult.title`` (and metadata ``title``).
HEADLINE = "headline"
#: A region right below the headline wins when it scores this share of the best region.
_ANCHOR_SHARE = 0.3
#: What a legal notice of the outlet weighs in the region search once the search has settled on
#: its notices (:func:`_outside_notices`): as a line of chrome a tag names.
_NOTICE_WEIGHT = -10.0
#: Tags a table's row of cells set apart by bars takes for a menu saved as one line or a
#: breadcrumb trail (:func:`~.body_lists.table_lines`): taken off the rows of a table.
_ROW_TAGS = frozenset({MENU, BREADCRUMB})


@dataclass(slots=True)
class StripResult:
    lines: list[str]
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


class Verdict(NamedTuple):
    """What the classifier decided for one non-blank line (a named tuple: a page makes one
    for each of its lines, and a tuple is made several times faster than a frozen dataclass)."""

    lineno: int  # 0-based index in the input lines
    text: str
    category: str  # ``"article"`` when kept, else the reason it was dropped

    @property
    def keep(self) -> bool:
        return self.category == KEEP

    @property
    def article(self) -> bool:
        """Part of the article: kept as body text, or the headline (moved to ``title``)."""
        return self.category in (KEEP, HEADLINE)


@dataclass(slots=True)
class Classified:
    verdicts: list[Verdict]
    metadata: dict[str, Any] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)


class _Meta:
    """Collects metadata found on dropped lines (first value of each key wins)."""

    __slots__ = ("values",)

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def set(self, key: str, value: str | None) -> bool:
        if not value:
            return False
        self.values.setdefault(key, value)
        return True


def _set_apart(lines: list[Line]) -> bool:
    """The lines' blocks are set apart by blank lines: more than one in six of them (and more
    than three) starts a block. Read on the page and on the article's region: a browser prints
    every paragraph in a block of its own but a menu of a hundred items without a blank line
    between them, so the page as a whole may fail where the story passes."""
    return sum(1 for ln in lines if ln.block_start) > max(3, len(lines) // 6)


def _metadata_category(ln: Line, meta: _Meta, *, names: bool) -> str:
    """``source``/``byline``/``dateline`` when the line is one (and record its value)."""
    src = source_of(ln)
    if src is not None:
        meta.set("source", src)
        return "source"
    author = byline_of(ln, names=names)
    if author is not None:
        meta.set("author", author)
        return "byline"
    if ln.dateline:
        meta.set("published", parse_published(ln.text))
        return "dateline"
    return ""


def _is_link_like(ln: Line, tag: str) -> bool:
    return bool(tag) or (ln.titlelike and not ln.prose) or ln.teaser


def _row_right_under(feats: list[Line], tags: list[str], start: int, end: int) -> bool:
    """A tag row stands right under the region ``[start, end]``, no paragraph between them
    (:func:`~cleanscrape.chrome.sequels.row_under_story`): the story's own row closes it.

    The region search weighs a tag row as chrome and a lede cut with an ellipsis as a teaser,
    so a story of a cut lede and two or three paragraphs is found as those paragraphs, right
    above the row every site prints under a story ("Tags: ..."). The row says where the story
    ends as surely as one inside the region does: the story was found by its structure, and
    a page head of menus and headline lists above it weighs nothing against it."""
    row = row_under_story(feats, tags, start, end)
    return row is not None and row > end


def _story_end(
    feats: list[Line], tags: list[str], start: int, end: int, *, cut: bool
) -> tuple[int | None, int | None]:
    """Where the story of the region ``[start, end]`` ends: the first line of a second
    article under it (:func:`~cleanscrape.chrome.sequels.sequel_start`) or the tag row that
    closes a short story (:func:`~cleanscrape.chrome.sequels.short_story_close`; ``cut``: the
    story's lede cut with an ellipsis stands right above the region, one of its paragraphs),
    and the first line of a readers' thread (:func:`~cleanscrape.chrome.threads.thread_start`)
    above that end. The thread is looked for once: above a second article, else in the whole
    region; a short story's tag row is looked for when no second article is found, above the
    thread when there is one (a blog prints the outlet's blocks between a post's tag row and
    its readers' thread: the author's box, a call to its offers, its categories)."""
    sequel = sequel_start(feats, tags, start, end)
    if sequel is not None:
        return sequel, thread_start(feats, tags, start, sequel - 1)
    thread = thread_start(feats, tags, start, end)
    last = end if thread is None else thread - 1
    return short_story_close(feats, tags, start, last, lede=cut), thread


def _outside_notices(
    feats: list[Line], tags: list[str], ws: list[float], region: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, frozenset[int]]:
    """The region of the page's story when the region search settled on the outlet's legal
    notices under the page (:func:`~cleanscrape.chrome.appeals.notices_region`): the best
    region once they weigh as chrome (``ws`` is changed so), and the notices' lines; else
    ``region`` and no line (a page of notices alone keeps them as its text)."""
    if region is None:
        return None, frozenset()
    notices = notices_region(feats, tags, region[0], region[1])
    if not notices:
        return region, frozenset()
    story = _region_reweighed(ws, notices, _NOTICE_WEIGHT)
    if story is None:
        return region, frozenset()
    return story, frozenset(notices)


#: The weight of a form's select box that opened the region (:func:`_below_option_rows`):
#: chrome's.
_OPTION_ROW_WEIGHT = -10.0


def _below_option_rows(
    feats: list[Line], tags: list[str], ws: list[float], region: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The region of the page's story when the region search opened it at a form's select box
    printed on one line (:func:`~cleanscrape.chrome.forms.option_row`): the best region once
    the row weighs as chrome (``ws`` is changed so), as often as the new region opens at such
    a row; else ``region``.

    A booking form above a short story prints its select box as one long line of options
    ("Choose Hotel Ovolo Sydney, Woolloomooloo ..."), which weighs as a paragraph, then its
    fields' labels and buttons and the site's menu a word or two a line ("Arrive", "Depart",
    "Book Now", "Arts & Culture", "Food & Booze"): short lines weigh little, so the region ran
    from the row down through them to the story's paragraphs, and kept them as the story's
    head. A story opens with its own paragraph; a row that opens the region is the form's. A
    row under the story's first paragraph (a form the region runs into) is left as it weighs."""
    while region is not None and option_row(feats, tags, region[0]):
        story = _region_reweighed(ws, (region[0],), _OPTION_ROW_WEIGHT)
        if story is None:
            return region
        region = story
    return region


def _region_reweighed(
    ws: list[float], chrome: Iterable[int], weight: float, *, above: int | None = None
) -> tuple[int, int] | None:
    """The best region once the lines ``chrome`` weigh ``weight`` (searched above line
    ``above`` only, when given), and ``ws`` given those weights; None, ``ws`` unchanged, when
    no region is left so: a page of those lines alone (its notices, its thread) keeps them as
    its text, and their weights for the rules after the region search."""
    weighed = ws.copy()
    for k in chrome:
        weighed[k] = weight
    story = main_region(weighed if above is None else weighed[:above])
    if story is not None:
        ws[:] = weighed
    return story


#: What the text path found of the page's story (:func:`_classify_text`): none, a story, or a
#: short story closed by its own tag row (a story the share kept does not ask about,
#: :func:`classify_lines`).
_Found = Literal["lost", "found", "closed"]
_LOST: _Found = "lost"
_FOUND: _Found = "found"
_CLOSED: _Found = "closed"


#: The weight of a line of a readers' thread that the region search settled in
#: (:func:`_outside_thread`): chrome's.
_THREAD_WEIGHT = -10.0


def _outside_thread(
    feats: list[Line], tags: list[str], ws: list[float], region: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The region of the page's story when the region search settled inside the readers'
    thread under it (:func:`~cleanscrape.chrome.threads.thread_around`): the best region above
    the thread once its lines weigh as chrome (``ws`` is changed so); else ``region``.

    A blog's short post (a story of a few lines) above a thread of many comments weighs less
    than the longest comments: each comment is prose, and the region search takes the heaviest
    run of it. The thread's shape (a comments heading, then name and date headers over each
    comment) says that what lies in it is the readers', not the story; the story is above
    the heading. A page with no region above its thread (a forum page, the thread its text)
    keeps the thread."""
    if region is None:
        return None
    thread = thread_around(feats, tags, region[0])
    if thread is None:
        return region
    lines = range(thread[0], thread[1] + 1)
    story = _region_reweighed(ws, lines, _THREAD_WEIGHT, above=thread[0])
    return region if story is None else story


def _classify_text(
    feats: list[Line], *, title: str | None, page: Sequence[str]
) -> tuple[list[str], _Meta, _Found]:
    """Category per line (``KEEP`` for article lines) for a whole-page text dump (``page``: its
    lines as printed, indentation kept)."""
    n = len(feats)
    meta = _Meta()
    diacritics = diacritic_language(feats)
    cut_paragraphs(feats)  # a paragraph cut with " …" between two others is no teaser
    dated_cut_summaries(feats)  # a long summary cut beside a card's date is a teaser
    tags = tag_lines(feats, diacritics=diacritics)
    for k in titled_credits(feats, tags, title=title):
        tags[k] = ""  # the story's headline that a media word labels ("Video: ..."), no credit
    # a table's rows printed a row a line (cells set apart by marks, or ranked rows of
    # figures): no menu, they weigh nothing (the story goes on through its tables) and are no
    # related links (below); the rows of a table of text (every cell a phrase) weigh as prose
    tables = text_tables(feats)
    text_rows = text_table_lines(feats, tables)
    rows = table_lines(feats) | text_rows | ranked_rows(feats)
    for k in rows:
        if tags[k] in _ROW_TAGS:
            tags[k] = ""
    wrapped = wrapped_paragraphs(feats)  # weigh as prose, and are not related links
    # items and their descriptions, and cards printed one a line: no prose, no headline
    menu = menu_boxes(feats, tags, page) | glued_cards(feats, tags)
    listings = find_listings(feats, page)
    code = listings.lines  # weigh nothing, and are no related links (below)
    for k in listings.marked - _stray_tags(feats, tags, listings):
        tags[k] = ""  # a line of code, whatever its words
    # an input form's help text weighs as card summaries do (a shop's widget is no story)
    ws = weights(
        feats,
        tags,
        wrapped | text_rows,
        menu | input_forms(feats, tags),
        code=code | (rows - text_rows),
    )
    region = _below_option_rows(feats, tags, ws, main_region(ws))
    region, notices = _outside_notices(feats, tags, ws, region)
    region = _outside_thread(feats, tags, ws, region)
    row: int | None = None  # the tag row that story_above_row says closes the region's story
    if region is not None and (above := story_above_row(feats, tags, ws, region, menu)):
        region, row = above  # a short story over its own tag row, the outlet's prose under it
    elif region is not None and (
        below := story_below_menu(feats, tags, ws, region, menu, menu_runs(feats))
    ):
        region, row = below  # ... or the site's mega menu over it
    if region is not None and (table_end := other_texts_contents(feats, ws, region)) is not None:
        # a table of contents that lists no line of the page heads another text (the outlet's
        # own guide over the story the page carries): the story starts below it
        menu |= set(range(region[0], table_end + 1))  # (its lines are no headline)
        region = (table_end + 1, region[1])
    owner = outlet_name(feats)  # the page's owner as its copyright line names it (or None)
    if region is not None and (story := story_below_box(feats, ws, *region, owner)) is not None:
        # the outlet's box on its own editorial checks at the region's head, under its heading:
        # the story starts below it (its lines, the heading with them, are no headline)
        menu |= set(range(region[0] - 1, story))
        region = (story, region[1])
    if region is not None and (pitch := story_below_pitch(feats, ws, *region)) is not None:
        # a product's pitch at the region's head, down to its last button: the story starts
        # at the first paragraph below it (the pitch's lines are no headline; the story's
        # headline stands between the button and the paragraph)
        menu |= set(range(region[0], pitch[0] + 1))
        region = (pitch[1], region[1])
    anchor = headline_anchor(
        feats, tags, title=title, before=region[0] if region is not None else len(feats)
    )
    if anchor in menu:
        anchor = None  # an item of a menu box that the page title names is no headline
    if (
        anchor is None
        and title is None
        and region is not None
        and not titled(feats, tags, page)
        and contents_above(feats, ws, region) is None
    ):
        # no page title names a headline: find one by its lede, in another block of prose or
        # in the element that holds the region (a table of contents right above the region
        # says where the story starts: its first paragraphs above the contents, below)
        # (none below the tag row that closes the region's story, in the region or right
        # under it, or the row under the short story that story_above_row found: a story of
        # one paragraph under a headline has it too, the outlet's text follows it)
        closed = row if row is not None else row_under_story(feats, tags, region[0], region[1])
        found = lede_region(
            feats,
            tags,
            ws,
            region,
            skip=menu,
            share=_ANCHOR_SHARE,
            page=page,
            owner=owner,
            closed=closed,
        )
        if found is None:
            found = _dated_list(feats, tags, ws, region, menu)
        if found is not None:
            anchor, region = found
    if anchor is None and title is None and region is not None:
        anchor = _asking_headline(feats, tags, region, menu)
    if (
        region is not None
        and anchor is not None
        and not region[0] <= anchor + 1 <= region[1]
        and row is None
        and row_under_story(feats, tags, region[0], region[1]) is None
    ):
        # prefer the prose right below the on-page headline over a bigger block elsewhere
        # (not when the region is a short story closed by its own tag row: the row says
        # where the story is, a headline guessed elsewhere may be a menu's item)
        near = anchored_region(ws, anchor + 1, anchor + 16)
        if near is not None and near[2] >= _ANCHOR_SHARE * region_score(ws, region):
            region = (near[0], near[1])
        elif (listed := listed_body(feats, tags, anchor + 1, anchor + 16)) is not None:
            # a body that is a list or a table, its items' words counted as prose
            words = sum(ln.words for ln in feats[listed[0] : listed[1] + 1])
            if words >= _ANCHOR_SHARE * region_score(ws, region):
                region = listed
    elif region is not None and anchor is not None and region[0] <= anchor:
        fuller = fuller_headline(feats, tags, title=title, anchor=anchor, start=region[0])
        if fuller is not None:
            # the title's start is a section heading of the story: the story's own headline
            # prints more of the title above the region, over its opening paragraphs
            anchor = fuller
        else:
            # the body starts below its headline: what the region holds above it is chrome
            first = next((k for k in range(anchor + 1, region[1] + 1) if ws[k] > 0), None)
            if first is not None:
                region = (first, region[1])
    toc: range = range(0)
    if (
        anchor is None
        and region is not None
        and (contents := contents_above(feats, ws, region)) is not None
    ):
        # no headline anchors the story: its first paragraphs above its table of contents
        # belong to it
        region, toc = (contents[0], region[1]), range(contents[1], contents[2] + 1)
    if region is None:
        # no paragraph on the page: a schedule of dated items is its text (a season's
        # calendar under the site's menu), what stands around it is not
        region = dated_listing(feats, tags)
        if region is not None:
            anchor = list_heading(feats, tags, region[0])
    if region is None:
        return [t or MENU for t in tags], meta, _LOST
    start, end = region
    # a short story's own lines between the region and its tag row (no related links)
    above_row = set(range(end + 1, lines_above_row(feats, tags, start, end, menu) + 1))
    end = max(above_row, default=end)
    # ... and the bulleted items of the story's list right under its last paragraph
    above_row |= set(range(end + 1, _closing_items_end(feats, tags, start, end, menu) + 1))
    end = max(above_row, default=end)
    end = footer_end(feats, tags, start, end)  # the page's footer is no part of it
    end = notices_end(feats, tags, start, end)  # nor the site's notices under its menu
    end = _tables_end(feats, tags, start, end, rows)
    # a table of text the region enters is the story's down to its last row (one verdict)
    entered = _entered_tables(feats, tags, tables, start, end)
    end = max([end, *(run[-1] for run in entered)])
    end = _quoted_post_end(feats, tags, end)
    # (the story's lede cut with an ellipsis right under its headline, above the region: the
    # region search weighs it as a teaser, but it is one of the story's paragraphs)
    cut_above = cut_lede(feats, tags, start) is not None
    sequel, thread = _story_end(feats, tags, start, end, cut=cut_above)
    # the story ends at its own tag row (story_above_row's, or the one short_story_close found)
    closed = (
        row is not None
        or (sequel is not None and tags[sequel] == TOPIC_TAGS)
        or (sequel is None and _row_right_under(feats, tags, start, end))
    )
    if sequel is not None:
        end = sequel - 1  # a second article ends the story (below: no metadata of its own)
    if thread is not None:
        end = min(end, thread - 1)  # a readers' thread ends the article (below: all of it)
    cards, cards_end = cards_start(feats, tags, start, end), end
    end = cards - 1  # a lead-in to more of the outlet's posts over their cards ends the story
    appeal, appeal_end = appeal_start(feats, tags, start, end), end
    end = appeal - 1  # the outlet's appeals and legal notices end the story
    blurb, blurb_end = blurb_start(feats, tags, start, end, owner), end
    end = blurb - 1  # ... and its blurb on itself
    bio, bio_end = bio_start(feats, tags, start, end), end
    end = bio - 1
    form, form_end = form_start(feats, tags, start, end), end
    end = form - 1  # a form with an e-mail field ends the story
    cats = [""] * n
    if anchor is not None and anchor < start and not tags[anchor]:
        title_at: int | None = anchor
        if title is None and menu_row(feats[0].text):
            # (the row's first item names a link of the outlet's: the story's own headline)
            own = _over_menu_item(feats, tags, anchor, start, end, menu, page)
            if own is not None:
                title_at, start = own
    else:
        title_at = find_title(feats, tags, start, title=title, skip=menu)
        if (
            title is None
            and anchor is None
            and (title_at is None or not opening_tells(feats, tags, title_at, start, skip=menu))
        ):
            # a guess whose words the lede does not repeat gives way to the headline over the
            # story
            over, start = _headline_over_story(feats, tags, start, end, menu, page)
            if over is not None:
                title_at = over
        if (
            title is None
            and title_at is not None
            and headline_over_dek(feats, tags, title_at, skip=menu)
        ):
            title_at -= 1  # the guess is the dek under the headline (a standfirst's rule reads it)
    # the lede cut with an ellipsis right above the body's first line: the headline search
    # reads it, and it is kept when the title is the line above it (read again, not
    # ``cut_above``: the rules above may have moved the body's start past a headline)
    cut = cut_lede(feats, tags, start)
    inner: int | None = None
    found_in: int | None = None  # the story's own headline that headline_in_region found
    named: int | None = None  # the title's line when it is shaped as a name (no byline)
    if title is None and title_at is not None and title_at < start:
        # the guess is the outlet's own story's headline over the story it carries: the title
        # is the story's own headline inside the region, and every line keeps its verdict (a
        # story's first paragraph cannot be told by its place from the outlet's standfirst,
        # and taking the headline's line out of the body cost a page on the dumps), but for
        # the region's lines above it under a dated head of the outlet's (_dated_head_above)
        inner = found_in = headline_in_region(feats, tags, title_at, start, end, skip=menu)
        if inner is None and told_over_dek(feats, tags, title_at, start, skip=menu):
            # the guess is the dek under the story's headline, which the story tells again:
            # the title moves to the headline, every line keeps its verdict (the dek is kept
            # as the headline's line was, the headline's line as its tag says)
            inner = title_at - 1
        if inner is None:
            inner, named = _headline_over_region(feats, tags, title_at, start, cut, menu)
    card = headline_card(feats, tags, start)
    if card is not None and title_at is None:
        title_at = card[0]  # the headline printed as a card right above the body
    lede = card[1] if card is not None else None  # ... and its standfirst
    lede_run = block_lede(feats, tags, start, title_at, page)  # a lede without its full stop
    if title_at != start - 2:
        cut = None  # (not under the title: the line keeps its verdict)
    if title_at is not None:
        meta.set("title", feats[title_at if inner is None else inner].text)
    blank_structured = _set_apart(feats) or _set_apart(feats[start : end + 1])

    title_key = feats[title_at].key if title_at is not None else None
    # above the region: the headline (and a standfirst after it) stays, the rest is chrome
    for i in range(start):
        ln = feats[i]
        if i in (title_at, named):
            cats[i] = HEADLINE
            continue
        if i == cut:
            cats[i] = KEEP  # the lede printed cut under the headline
            continue
        if title_at is not None and i > title_at and (not tags[i] or i == lede) and i not in menu:
            got = _metadata_category(ln, meta, names=True)
            if got:
                cats[i] = got
                continue
            single = not ln.repeats or (second_copy(feats, i) and ln.key != title_key)
            if (ln.terminal and ln.words >= 8 and single) or i in lede_run:
                cats[i] = KEEP  # standfirst / lede
                continue
        if tags[i] == TIMESTAMP:
            cats[i] = "dateline"
            meta.set("published", parse_published(ln.text))
            continue
        cats[i] = tags[i] or MENU

    # the region: article text minus inline chrome
    _footer_word_items(feats, tags, start, end)
    i = start
    while i <= end:
        ln, tag = feats[i], tags[i]
        if i in toc:
            cats[i] = tag or CONTENTS
            i += 1
            continue
        if tag in SECTION_HEADINGS:
            cats[i] = tag if tag != MEDIA_HEADING else RELATED_HEADING
            j = i + 1
            # the links the heading introduces: same block (or, without blank lines, until prose)
            while j <= end and _is_link_like(feats[j], tags[j]) and not feats[j].prose:
                if blank_structured and feats[j].block_start and j > i + 1:
                    break
                if blank_structured and feats[j].block_start and not tags[j]:
                    break
                cats[j] = tags[j] or "inline_link"
                j += 1
            if blank_structured and j == i + 1:
                # one link a block: the run of headline-like lines down to the next paragraph
                k = j
                while k <= end and _box_link(feats[k], tags[k]):
                    k += 1
                # ("Popular interactive concepts include:" introduces a list of the body)
                intro = ln.text.endswith(COLONS) and ln.words >= _INTRO_HEADING_WORDS
                if k - j >= _BOX_LINKS and not intro:
                    for m in range(j, k):
                        cats[m] = tags[m] or "inline_link"
                    j = k
            i = j
            continue
        if tag == TIMESTAMP and _EMBED_SIGNATURE.match(ln.text):
            cats[i] = KEEP  # the signature of a post quoted in the body: part of the quote
        elif tag == TIMESTAMP:
            cats[i] = "dateline"
            meta.set("published", parse_published(ln.text))
        elif tag:
            cats[i] = tag
        elif title_key is not None and ln.key == title_key and i != title_at:
            cats[i] = "image_alt"
        elif (src := source_of(ln)) is not None and (i >= end - 2 or ln.words <= 4):
            meta.set("source", src)
            cats[i] = "source"
        elif i != title_at and (au := byline_of(ln, names=False)) is not None:
            meta.set("author", au)
            cats[i] = "byline"
        else:
            cats[i] = KEEP
        i += 1
    # (the lines of a code listing are no link list: its comments read as headlines)
    skip = wrapped | code | rows | above_row | {k for run in entered for k in run}
    _inline_links(feats, tags, cats, start, end, title_at, skip, blank_structured)
    if found_in is not None and title_at is not None:
        _dated_head_above(tags, cats, title_at, start, found_in)
    for k in named_bios(feats, tags, start, end):
        cats[k] = AUTHOR_BIO  # the author's box between the story and what follows it

    # below the region: bylines and sources until the first section heading, then chrome
    before_heading = True
    seen = 0
    for i in range(end + 1, n):
        ln, tag = feats[i], tags[i]
        if thread is not None and i >= thread:
            cats[i] = COMMENTS if tag in ("", TIMESTAMP) else tag
            continue
        if sequel is not None and i >= sequel:
            cats[i] = tag or _card_line(ln)
            continue
        if cards <= i <= cards_end:
            cats[i] = tag or (RELATED_HEADING if i == cards else _card_line(ln))
            continue
        if tag in SECTION_HEADINGS:
            before_heading = False
        if before_heading and not tag and seen < 12:
            got = _metadata_category(ln, meta, names=True)
            if got:
                cats[i] = got
                seen += 1
                continue
        seen += 1
        if tag == TIMESTAMP:
            cats[i] = "dateline"
        elif tag == MEDIA_HEADING:
            cats[i] = RELATED_HEADING
        elif i <= form_end:
            cats[i] = tag or SUBSCRIBE
        elif i <= bio_end:
            cats[i] = tag or AUTHOR_BIO
        elif i <= appeal_end and (kind := tail_kind(ln)):
            cats[i] = tag or kind
        elif i == blurb <= blurb_end:
            cats[i] = tag or OUTLET_BLURB
        elif i in notices:
            cats[i] = tag or LEGAL_NOTICE  # the notices the region search first settled on
        elif not tag and copyright_line(ln):
            cats[i] = FOOTER  # the site's copyright line, however many notices it holds
        else:
            cats[i] = tag or _card_line(ln)
    return cats, meta, _CLOSED if closed else _FOUND


def _card_line(ln: Line) -> str:
    """The category of a line of another story's card below the article: its title
    (``RELATED_CARD``) or its summary (``TEASER``)."""
    return RELATED_CARD if ln.titlelike else TEASER


def _footer_word_items(feats: list[Line], tags: list[str], start: int, end: int) -> None:
    """Untag the lines of the region ``[start, end]`` that a footer phrase of one word opens in
    sentence case, two words in all (:func:`~.features.footer_word_item`: "Copyright license"),
    and that stand between two lines of the region no rule tags: an item of a list of the body
    ("Keywords", "Copyright license", "Persistent Identifiers or PIDs (...)"). The page's footer
    prints such a line among its other links, which the lexicon tags ("About us", "Privacy
    Policy"), or below the region. Left tagged, the item also makes a long item beside it
    read as a link against chrome (:func:`_inline_links`)."""
    for i in compress(range(start + 1, end), map(FOOTER.__eq__, tags[start + 1 : end])):
        if not tags[i - 1] and not tags[i + 1] and footer_word_item(feats[i]):
            tags[i] = ""


def _stray_tags(feats: list[Line], tags: list[str], listings: Listings) -> set[int]:
    """The tags alone on their lines (``markup``, :func:`lone_tags`) that a run of listings
    holds with no other line of code: beside lines without its marks (the short sentences of a
    page that prints the tags of its images and frames between its lines, "<br>",
    "<iframe ...>", "もちろん、Apple社は「脱獄」を認めていません。"), or alone when each of them
    shows a picture or a clip (:func:`lone_media`: a gallery printed as its ``<img ...>``
    tags between two paragraphs). Not a listing of HTML, whose lines are tags that open and
    close its elements ("<div ...>", "</ul>"), or tags and other code."""
    out: set[int] = set()
    at = sorted(listings.lines)
    firsts = [p for k, p in enumerate(at) if not k or at[k - 1] != p - 1]
    lasts = [p for k, p in enumerate(at) if k + 1 == len(at) or at[k + 1] != p + 1]
    for first, last in zip(firsts, lasts, strict=True):
        run = range(first, last + 1)
        lone = {k for k in run if tags[k] == MARKUP and lone_tags(feats[k].text)}
        if not lone or (listings.marked & set(run)) - lone:
            continue
        if len(lone) < len(run) or all(lone_media(feats[k].text) for k in lone):
            out |= lone
    return out


def _headline_over_region(
    feats: list[Line], tags: list[str], guess: int, start: int, lede: int | None, menu: set[int]
) -> tuple[int | None, int | None]:
    """``(headline, named)``: the story's headline right above its region ``start``, under
    the guessed headline ``guess`` higher up, or over the lede ``lede`` that the outlet prints
    cut with an ellipsis right above the region (:func:`~.head.cut_lede`, the headline then two
    lines above it); ``named`` is the headline's line when it is shaped as a bare name (its
    verdict moves from byline to headline: no author recorded), else None. The line read as
    its neighbours' link or card (:func:`~.lede_anchor.told_under_tag`), shaped as a name
    (:func:`~.lede_anchor.told_under_name`) or under a guess the story does not tell
    (:func:`~.lede_anchor.told_under_guess`). ``(None, None)`` when there is none."""
    tops = [start]
    if lede is not None:
        tops.append(lede)  # (the rules read the line above it, the opening from ``start``)
    for top in tops:
        if guess >= top - 1:
            break
        inner = told_under_tag(feats, tags, guess, top, skip=menu)
        if inner is not None:
            return inner, None
        named = told_under_name(feats, tags, guess, top, skip=menu)
        if named is not None:
            return named, named
        inner = told_under_guess(feats, tags, guess, top, skip=menu)
        if inner is not None:
            return inner, None
    return None, None


def _dated_head_above(tags: list[str], cats: list[str], guess: int, start: int, own: int) -> None:
    """The lines of the region above the story's own headline ``own`` go as the outlet's
    (:data:`~.features.OUTLET_HEAD`) when the
    outlet's headline ``guess`` above the region heads a dated story of its own: a stamp of a
    story's head (a line tagged as a timestamp: its date, its reading time) between ``guess``
    and the region's first line ``start``, and none between ``start`` and ``own``.

    :func:`~.lede_anchor.headline_in_region` finds the carried story's headline under the
    outlet's own story's head; what the region holds above that headline is then the outlet's
    story's standfirst, its picture's caption and credit, its author's box or a review line
    (every line keeps its verdict otherwise: by place alone a standfirst cannot be
    told from a story's first paragraph). A head that prints its stamp is a story's: under it,
    down to the next headline, stand that story's lines, not the carried story's opening,
    whichever the language. A stamp inside the region above ``own`` is another head's (the
    region's own headline with its date over ``own``): nothing is dropped then, nor where the
    guess has no stamp under it (a breadcrumb's item, a section label)."""
    if not any(tags[k] == TIMESTAMP for k in range(guess + 1, start)):
        return
    if any(tags[k] == TIMESTAMP for k in range(start, own)):
        return
    for k in range(start, own):
        if cats[k] == KEEP:
            cats[k] = OUTLET_HEAD


def _headline_over_story(
    feats: list[Line], tags: list[str], start: int, end: int, menu: set[int], page: Sequence[str]
) -> tuple[int | None, int]:
    """``(headline, body start)``: the headline right over the story ``start``..``end`` when
    the line the page names or the guess above it is none the story tells again. The line
    right above the story (or two above, past a dateline or a teaser) whose words its lede
    repeats (:func:`~.lede_anchor.top_headline`); else the story's own first line when its
    lede repeats it (:func:`~.lede_anchor.region_headline`: the body then starts under it);
    else a headline over the story's lede printed without its full stop
    (:func:`~.lede_anchor.headline_over_lede`: ``page``, the dump as printed, says where its
    blocks are); else the line right above the story shaped as a headline
    (:func:`~.lede_anchor.shaped_headline`), or a headline over its summary two lines above
    it (:func:`~.lede_anchor.headline_over_summary`). ``None`` (and ``start``) when
    there is none."""
    top = top_headline(feats, tags, start, skip=menu)
    if top is not None:
        return top, start
    if region_headline(feats, tags, start, end, skip=menu):
        return start, start + 1
    over_lede = headline_over_lede(feats, tags, start, page, skip=menu)
    if over_lede is not None:
        return over_lede, start
    shaped = shaped_headline(feats, tags, start, skip=menu)
    if shaped is None:
        shaped = headline_over_summary(feats, tags, start, skip=menu)
    return shaped, start


def _over_menu_item(
    feats: list[Line],
    tags: list[str],
    anchor: int,
    start: int,
    end: int,
    menu: set[int],
    page: Sequence[str],
) -> tuple[int, int] | None:
    """``(headline, body start)`` when the line ``anchor`` that the first item of the dump's
    opening menu row names (:func:`~.regions.headline_anchor`) is a link of the outlet's, not
    the story's headline: the story ``start``..``end`` does not repeat its words
    (:func:`~.lede_anchor.opening_tells`), a headline stands over the story
    (:func:`_headline_over_story`) below it, and that headline does not say again what the
    item says (:func:`~.lede_anchor.tells_again`). A page title followed by the site's sections
    opens such a row with the headline, but so does a row of the site's links printed first
    ("Product Guides · Careers · Contact · ..."): its first item is a menu link printed again
    among the outlet's chrome, and the story's own headline stands right over the story, in
    any language. None when the item stands."""
    if opening_tells(feats, tags, anchor, start, skip=menu):
        return None
    over, body = _headline_over_story(feats, tags, start, end, menu, page)
    if over is None or over <= anchor or tells_again(feats[over], feats[anchor]):
        return None
    return over, body


def _dated_list(
    feats: list[Line], tags: list[str], ws: list[float], region: tuple[int, int], menu: set[int]
) -> tuple[int, tuple[int, int]] | None:
    """``(headline, body)`` of a story without prose, in a dump that prints no page title: the
    page's only title-like line over a dateline (:func:`dated_headline`), outside ``region``,
    with no run of prose under it but a list or a table starting within 15 lines below it
    (:func:`listed_body`: a race calendar under "Stock Car Calendar 2018" and its date), whose
    words reach :data:`_ANCHOR_SHARE` of ``region``'s score. None otherwise (a headline whose
    story is prose is found by its lede)."""
    at = dated_headline(feats, tags, skip=menu)
    if at is None or region[0] <= at + 1 <= region[1]:
        return None
    if anchored_region(ws, at + 1, at + 16) is not None:
        return None
    listed = listed_body(feats, tags, at + 1, at + 16)
    if listed is None:
        return None
    words = sum(ln.words for ln in feats[listed[0] : listed[1] + 1])
    return (at, listed) if words >= _ANCHOR_SHARE * region_score(ws, region) else None


#: A headline has at least this many words (two ideographs count as one); a menu item above
#: it ("ブログ", "LINEで送る", "事務所概要") has fewer.
_HEADLINE_WORDS = 4
#: A letter of a script written without spaces (kana, ideographs, Thai, Lao, Burmese, Khmer),
#: whose words are counted by its characters and which no lede finds a headline for: a page
#: in a language written with spaces that opens its body with a question under its headline
#: ("When can I start training my new puppy?") asks it in a line of the body.
_CHARACTER_WORDS = re.compile(f"[{CHARACTER_WORD_RANGES}]")


def _asking_headline(
    feats: list[Line], tags: list[str], region: tuple[int, int], menu: set[int]
) -> int | None:
    """The region's first line when it is the story's headline, asking or exclaiming: a line
    that ends with a question or an exclamation mark ends like a sentence, and with
    :data:`_HEADLINE_WORDS` words or more it weighs as one, so the region takes it in and the
    headline finder looks above it, where the last item of the site's menu stands. It is the
    headline when it is no paragraph (``prose``), no chrome, a paragraph follows it, and no
    line above the region that the finder would take has a headline's length (an article
    opening with a question under its headline keeps it), in a script written without spaces
    (:data:`_CHARACTER_WORDS`). None otherwise."""
    s = region[0]
    ln = feats[s]
    if (
        tags[s]
        or ln.prose
        or s in menu
        or s >= region[1]
        or not feats[s + 1].prose
        or tags[s + 1]
        or ln.words < _HEADLINE_WORDS
        or not asks(ln.text)
        or not _CHARACTER_WORDS.search(ln.text)
    ):
        return None
    above = find_title(feats, tags, s, title=None, skip=menu)
    return s if above is None or feats[above].words < _HEADLINE_WORDS else None


#: A related heading over blocks of one link each: at least this many such lines.
_BOX_LINKS = 2
#: ... unless the heading is a sentence of the body that introduces a list: it ends with a
#: colon and has at least this many words.
_INTRO_HEADING_WORDS = 4


def _box_link(ln: Line, tag: str) -> bool:
    """A link of a box under a related heading (not a row of a table of the body)."""
    return _is_link_like(ln, tag) and not ln.prose and not table_row(ln)


#: The signature under a social media post embedded in the body: "— Jane Roe (@janeroe)
#: November 18, 2019"; a dateline by its shape, but a line of the quoted post.
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*\S.{0,80}\(@\w{1,30}\)\s+\S")

#: A post quoted at the end of the body: at most this many lines of it before its signature.
_QUOTED_LINES = 3


def _quoted_post_end(feats: list[Line], tags: list[str], end: int) -> int:
    """Last line of the region, with the end of a social media post quoted right after it: at
    most :data:`_QUOTED_LINES` untagged lines (the post's text, which ends with its link
    rather than a full stop and so weighs against the region), then the post's signature
    ("— Jane Roe (@janeroe) November 18, 2019"), which closes the quote and is kept with it.
    ``end`` itself when no such signature follows."""
    for m in range(end + 1, min(end + 2 + _QUOTED_LINES, len(feats))):
        if tags[m] == TIMESTAMP and _EMBED_SIGNATURE.match(feats[m].text):
            return m
        if tags[m]:
            break
    return end


#: A sentence that introduces a list ends with a colon and has at least this many words.
_INTRO_WORDS = 8
#: ... and the list it introduces: at most this many items of at most _ITEM_WORDS words.
_LIST_ITEMS = 40
_ITEM_WORDS = 40


def _introduced_list_end(feats: list[Line], tags: list[str], end: int) -> int:
    """Last line of the region, with the list that its last sentence introduces.

    A region that ends with a sentence ending in a colon ("Here are some options for learning
    more:") ends before the list it announces: short lines weigh against the region, so the
    items were left below it. They are taken in up to the first chrome line.
    """
    last = feats[end]
    if not last.text.endswith(COLONS) or last.words < _INTRO_WORDS or tags[end]:
        return end
    j = end + 1
    while (
        j < len(feats)
        and j - end <= _LIST_ITEMS
        and not tags[j]
        and feats[j].words <= _ITEM_WORDS
        and not feats[j].repeats
    ):
        j += 1
    return j - 1 if j - end > 2 else end


#: A story's own list right under its last paragraph (:func:`_closing_items_end`): at least
#: this many items, at most :data:`_CLOSING_ITEMS_MAX`, each of :data:`_ITEM_WORDS` words at most.
_CLOSING_ITEMS = 2
_CLOSING_ITEMS_MAX = 12


def _closing_items_end(
    feats: list[Line], tags: list[str], start: int, end: int, skip: set[int] | frozenset[int]
) -> int:
    """Last line of the region, with the story's list that goes on right under its last
    paragraph: a run of :data:`_CLOSING_ITEMS` lines or more (:data:`_CLOSING_ITEMS_MAX` at
    most), each opening with a bullet the page prints itself (:data:`~.list_marks.TEXT_BULLET`:
    "- This is your first marathon or ..."), none tagged as chrome, none in ``skip`` (a menu
    box's items), none printed twice on the page, written in sentence case
    (:func:`~.body_lists.sentence_case_list`) on a page that writes its headlines in title case
    (:func:`~.body_lists.title_case_page`, read on the lines outside the region and the list),
    or on a short page whose few headline-like lines that show a case are in title case, none
    in sentence case (:func:`~.body_lists.few_title_case_lines`: a page of ten lines, its title,
    the story's headline and its slogan). ``end`` itself when there is none.

    Bulleted lines weigh as a related card's headline does, so the region search stops at the
    paragraph above them and leaves them to the cards below. A box of other stories' headlines
    on such a page prints them in title case, and each headline again on the site's other
    pages; a page in a language that writes its headlines in sentence case gives no such
    test, and its lines stay as they were. (A list its paragraph announces, ending with a
    colon, is :func:`_introduced_list_end`'s.)"""
    last = feats[end]
    if tags[end] or not last.prose or last.text.endswith(COLONS):
        return end
    j = end + 1
    while (
        j < len(feats)
        and j - end <= _CLOSING_ITEMS_MAX
        and not tags[j]
        and j not in skip
        and not feats[j].repeats
        and feats[j].words <= _ITEM_WORDS
        and TEXT_BULLET.match(feats[j].text) is not None
    ):
        j += 1
    run = feats[end + 1 : j]
    if len(run) < _CLOSING_ITEMS or not sentence_case_list(run):
        return end
    rest = feats[:start] + feats[j:]
    return j - 1 if title_case_page(rest) or few_title_case_lines(rest) else end


#: The paragraph between two tables of the body that presents the second: at most this many
#: lines of prose, the last ending with a colon.
_PRESENTING_LINES = 2


def _tables_end(feats: list[Line], tags: list[str], start: int, end: int, rows: set[int]) -> int:
    """Last line of the region, with the list or the table that goes on right after it
    (:func:`_introduced_list_end`, :func:`~.body_lists.listed_rows_end`, and the lines of
    ``rows``, a table's rows with their cells set apart, :func:`~.body_lists.table_lines`),
    and the tables that follow that one, each presented by a line of prose ending with a colon
    ("... for the top 20 part-time programs can be found here:"): a body that is mostly tables
    weighs as short lines, and the region holds only the paragraphs above the first."""
    last = listed_rows_end(feats, tags, start, _introduced_list_end(feats, tags, end))
    grown = _rows_end(rows, last)
    while grown > end:
        end = grown
        grown = _next_table_end(feats, tags, start, end, rows)
    return end


def _entered_tables(
    feats: list[Line], tags: list[str], tables: list[list[int]], start: int, end: int
) -> list[list[int]]:
    """The rows of each table of text (``tables``: :func:`~.body_lists.text_tables`) that the region
    ``[start, end]`` enters: one of its rows in the region reads as the story's text (no tag,
    no headline's shape: a row no box of links would hold). A table is one thing: its other
    rows are the story's too, though short ones read as headlines (two phrases split by a bar,
    no full stop) and the last ones stand against the chrome under the story (its tag row),
    where they read as links (:func:`_inline_links`). A table below the story that the region
    never enters weighs as its lines do."""
    return [
        run
        for run in tables
        if any(start <= k <= end and not tags[k] and not feats[k].titlelike for k in run)
    ]


def _rows_end(rows: set[int], end: int) -> int:
    """Last line of the table of ``rows`` that goes on right after line ``end`` (or holds
    it); ``end`` when the next line is no row of one."""
    while end + 1 in rows:
        end += 1
    return end


def _next_table_end(
    feats: list[Line], tags: list[str], start: int, end: int, rows: set[int]
) -> int:
    """Last row of a table right under the lines of prose after line ``end`` that present it
    (:data:`_PRESENTING_LINES` at most, untagged, not repeated on the page, the last ending
    with a colon); ``end`` when there is none."""
    k = end + 1
    while k < len(feats) and k - end <= _PRESENTING_LINES:
        ln = feats[k]
        if tags[k] or not ln.prose or ln.repeats:
            break
        if ln.text.endswith(COLONS):
            last = _rows_end(rows, listed_rows_end(feats, tags, start, k))
            return last if last > k else end
        k += 1
    return end


#: A subheading of the body: a short line without a sentence mark, in a block of its own.
_SUBHEADING_WORDS = 6


#: A sentence that announces the list under it: a word of :data:`lexicon.LIST_LEADS` among its
#: last three words ("... for the following reasons.", "... sont les suivantes.", "... wie
#: folgt."), in a folded key.
_LIST_LEAD = re.compile(rf"(?:^|\s){lx.written_pattern(lx.LIST_LEADS)}(?:\s+\S+){{0,2}}\s*$")


def _list_heading(feats: list[Line], cats: list[str], k: int, start: int) -> bool:
    """Line ``k`` introduces a list of the body: a sentence ending with a colon ("You will
    need:"), a paragraph whose last words announce a list (:data:`_LIST_LEAD`: "I chose it
    for the following reasons.", the reasons an item a line under it, with no words of the
    paragraphs around them), or a subheading repeated on the page (each product of a review has
    its "Pros", "Cons", "Why we like it"; each agency of a listing its "Services"), inside the
    region."""
    while k > start and not feats[k].key:
        k -= 1  # a line of invisible characters between the sentence and its list
    if k < start or cats[k] != KEEP:
        return False
    head = feats[k]
    if head.text.endswith(COLONS) or (head.prose and _LIST_LEAD.search(head.key)):
        return True
    return (
        k > start
        and head.repeats > 0
        and head.block_start
        and head.words <= _SUBHEADING_WORDS
        and not head.terminal
    )


#: A subheading over a list in a block of its own: at most this many words, as a heading in the
#: phrase lexicons ("8 Best Employee Management Software for HR Success", a table under it).
_LIST_SUBHEADING_WORDS = 8


def _set_apart_list(feats: list[Line], cats: list[str], i: int, j: int, start: int) -> bool:
    """Lines ``i`` to ``j`` are a list of the body set apart in a block of its own, with the
    body's lines right above and right after it (a box of links under its heading is followed
    by more chrome), that is either

    * under a subheading of its own: the line above is a short line without a sentence mark,
      or a question, in a block of its own ("Initial Setup", a blank line, then the steps;
      "Cons About Allianz", then the drawbacks), and no item is printed elsewhere on the page
      (the entries of a table of contents are the subheadings below), or
    * a table under its header row (:func:`headed_table`), after the paragraph that presents it.
    """
    k = i - 1
    if k <= start or cats[k] != KEEP or j + 1 >= len(cats) or cats[j + 1] != KEEP:
        return False
    if not feats[i].block_start:
        return False
    head = feats[k]
    if (
        head.block_start
        and head.words <= _LIST_SUBHEADING_WORDS
        and (not head.terminal or head.text.endswith(("?", "？")))
        and not any(ln.repeats for ln in feats[i : j + 1])
    ):
        return True
    return headed_table(feats[i : j + 1])


#: A field of a record: a label of one to three words and a colon, then its value.
_LABEL = re.compile(r"^[^\W\d_][\w'’&/-]*(?: [\w'’&/-]+){0,2}\s?[:：]\s+\S")
#: A record's fields on one line, set apart by bars: a field, a bar, then another field.
_FIELDS = re.compile(
    r"^[^\W\d_][\w'’&/-]*(?: [\w'’&/-]+){0,2}\s?[:：]\s+[^|]+\|"
    r"\s*[^\W\d_][\w'’&/-]*(?: [\w'’&/-]+){0,2}\s?[:：]\s+\S"
)


#: A player's or a toolbar's controls, a row of share buttons: at least this many interface
#: lines (or share buttons) in a row.
_CONTROLS = 2
#: The rows a headline-like line of the region stands under as the body's own line, not as a
#: link against chrome (:func:`_under_controls`): a player's controls (interface lines) and the
#: page's share row (share buttons).
_ROWS_OVER_BODY = (UI, SHARE_FOLLOW)


def _under_controls(feats: list[Line], tags: list[str], cats: list[str], i: int, end: int) -> bool:
    """Line ``i`` of the region stands between a row of :data:`_CONTROLS` dropped lines or more
    of one tag of :data:`_ROWS_OVER_BODY` above it and a paragraph of the body below it.

    Under a video player's controls ("Play", "Mute", "0:00 / 2:31", "Fullscreen") it is a
    subheading of the body; under the page's share row ("Share", "facebook", "linkedin"),
    which stands at the foot of the page's own article head, over its body, it is the story's
    headline or first subheading. Neither is a link against chrome (a single "Advertisement"
    over a sponsored headline, a lone "Share" button, are no such row)."""
    below = i + 1
    if below > end or cats[below] != KEEP or not feats[below].prose or tags[below]:
        return False
    row = tags[i - 1] if i >= _CONTROLS else ""
    return row in _ROWS_OVER_BODY and all(
        tags[m] == row and cats[m] != KEEP for m in range(i - _CONTROLS, i)
    )


#: What stands between a body's paragraphs: a picture's caption or credit, an interface line
#: (a player's controls, "Advertisement"), a tag printed as text. At most :data:`_BETWEEN` such
#: lines in a row set a subheading apart from the paragraph on either side of it.
_BETWEEN_PARAGRAPHS = frozenset({CREDIT, UI, MARKUP})
_BETWEEN = 3
#: The words of a line that name what it speaks of: words of four letters or more of a script
#: written with spaces, compared whole, and pairs of letters of a script written without
#: spaces (kana, ideographs, Thai), in a folded key. Whole, not cut to their first letters as
#: :func:`~cleanscrape.chrome.features.content_words` cuts them for a headline and its lede:
#: the headlines of a related box under a paragraph share a stem with it more often than a
#: word ("Safety officials urge ..." under "... police officers searched ..."), and a box
#: read as the paragraph's own list would stay in the text.
_TOPIC_WORDS = re.compile(rf"(?:(?![{CHARACTER_WORD_RANGES}])[^\W\d_]){{4,}}")
#: A subheading has at least this many of them, and at least :data:`_TOPIC_SHARE` of them are
#: in the paragraph under it.
_TOPIC_MIN = 3
_TOPIC_SHARE = 0.5


def _topic_words(key: str) -> set[str]:
    """The words of a folded ``key`` that name what it speaks of (:data:`_TOPIC_WORDS`)."""
    return {*_TOPIC_WORDS.findall(key), *CHARACTER_PAIRS.findall(key)}


def _topic_singulars(key: str) -> set[str]:
    """The words of :func:`_topic_words` of a folded ``key``, each without a final "s": a
    word and its plural in "-s" are one ("meal" and "meals", "carrot" and "carrots"). Cut by
    one letter, not to a stem: "officials" and "officers" stay two words."""
    return {w[:-1] if w.endswith("s") else w for w in _topic_words(key)}


def _paragraph_beside(
    feats: list[Line], tags: list[str], cats: list[str], i: int, step: int, bounds: tuple[int, int]
) -> int | None:
    """The kept paragraph (``prose``) next to line ``i`` on the side of ``step`` (-1 above, 1
    below), past at most :data:`_BETWEEN` dropped lines of what stands between a body's
    paragraphs (:data:`_BETWEEN_PARAGRAPHS`), inside ``bounds`` (the region); None when another
    line comes first."""
    k = i + step
    for _ in range(_BETWEEN + 1):
        if not bounds[0] <= k <= bounds[1]:
            return None
        if cats[k] == KEEP:
            return k if feats[k].prose and not tags[k] else None
        if tags[k] not in _BETWEEN_PARAGRAPHS:
            return None
        k += step
    return None


def _section_heading(
    feats: list[Line], tags: list[str], cats: list[str], i: int, bounds: tuple[int, int]
) -> bool:
    """Line ``i`` of the region is the subheading of a section of the body, not a link beside
    chrome: it ends with no sentence's stop, a paragraph of the body stands on either side of
    it (past a caption, a credit, a player's controls or an "Advertisement" line between them:
    :func:`_paragraph_beside`), and the paragraph under it speaks of what it names
    (:data:`_TOPIC_SHARE` of its words, :func:`_topic_words`). The headline of another story
    put between two paragraphs names what the paragraph under it does not speak of."""
    if feats[i].terminal:
        return False
    above = _paragraph_beside(feats, tags, cats, i, -1, bounds)
    below = _paragraph_beside(feats, tags, cats, i, 1, bounds) if above is not None else None
    if below is None:
        return False
    words = _topic_words(feats[i].key)
    shared = words & _topic_words(feats[below].key)
    return len(words) >= _TOPIC_MIN and len(shared) >= _TOPIC_SHARE * len(words)


def _body_facts(cats: list[str], run: list[Line], i: int, j: int, bounds: tuple[int, int]) -> bool:
    """Lines ``i`` to ``j`` of the region (``run``) are a list of the body's facts: kept lines
    of the region stand right above and right below them, and most items hold a figure
    (:func:`~cleanscrape.chrome.body_lists.figured_list`: a product's specifications printed
    an item a line between two paragraphs)."""
    return _kept_around(cats, i, j, bounds) and figured_list(run)


def _kept_around(cats: list[str], i: int, j: int, bounds: tuple[int, int]) -> bool:
    """Kept lines of the region ``bounds`` stand right above line ``i`` and right below line
    ``j``."""
    lo, hi = bounds
    return lo <= i - 1 and j + 1 <= hi and cats[i - 1] == KEEP and cats[j + 1] == KEEP


def _paragraphs_around(
    feats: list[Line], tags: list[str], cats: list[str], i: int, j: int, bounds: tuple[int, int]
) -> bool:
    """Lines ``i`` to ``j`` of the region stand between two kept paragraphs (``prose``,
    untagged), right above and right below them: where a list of the body may stand
    (:func:`_body_list`)."""
    above, below = i - 1, j + 1
    if not _kept_around(cats, i, j, bounds):
        return False
    return feats[above].prose and feats[below].prose and not tags[above] and not tags[below]


def _body_list(feats: list[Line], run: list[Line], above: int, below: int) -> bool:
    """A run of lines between two kept paragraphs (lines ``above`` and ``below``,
    :func:`_paragraphs_around`), written in sentence case
    (:func:`~cleanscrape.chrome.body_lists.sentence_case_list`, asked once by the caller, which
    reads the answer again for the page's style of headlines), is a list of the body, on a page
    of any style of headlines, when at least
    :data:`_LIST_TOPIC_SHARE` of its items (two thirds) name something the two paragraphs speak
    of (a word of :func:`_topic_words`: a review's pros and cons, "Transparent prices as you
    see how much tutors charge in advance" under a paragraph on the tutors' prices). Headlines
    of other stories put between two paragraphs speak of other things. A word and its plural
    in "-s" name one thing (:func:`_topic_singulars`): a review's items name the product in the
    singular ("Price decreases per meal ...") where its paragraphs speak of "meals"."""
    around = _topic_singulars(feats[above].key) | _topic_singulars(feats[below].key)
    shared = sum(1 for ln in run if not _topic_singulars(ln.key).isdisjoint(around))
    return shared >= _LIST_TOPIC_SHARE * len(run)


def _above_own_tags(
    feats: list[Line], tags: list[str], cats: list[str], i: int, j: int, start: int
) -> bool:
    """Lines ``i`` to ``j`` close the story: a kept paragraph right above them and the story's
    own tag row ("Tags: ...") right below. A box of other stories' headlines comes after the
    tag row, not between the story and its row; what stands there is the story's own last
    lines (a list of its points, or a short story's paragraphs that read as headlines)."""
    above, below = i - 1, j + 1
    if above < start or below >= len(tags) or tags[below] != TOPIC_TAGS:
        return False
    return cats[above] == KEEP and story_line(feats[above]) and not tags[above]


#: A list of the body between two paragraphs: this share of its items or more share a word
#: with them (:func:`_body_list`; of two items, both: a box of two headlines under a paragraph
#: may share a word with it by chance, "police").
_LIST_TOPIC_SHARE = 2 / 3


def _inline_links(
    feats: list[Line],
    tags: list[str],
    cats: list[str],
    start: int,
    end: int,
    title_at: int | None,
    wrapped: set[int],
    blank_structured: bool,
) -> None:
    """Related links between body paragraphs: runs of headline-like lines, or one long one
    (not the lines of ``wrapped``: a paragraph wrapped at a fixed width or a code listing; nor
    lines that go on a block of the body in a dump whose blocks are set apart by blank
    lines)."""
    titled: bool | None = None  # the page writes its headlines in title case (when asked)
    paywall = paywall_boxes(feats, tags)  # (the story goes on after one: no link's neighbour)
    kept = list(map(KEEP.__eq__, cats))  # (as the region left them, before any run is a link)
    i = start
    while i <= end:
        if cats[i] != KEEP or i == title_at or not feats[i].titlelike or i in wrapped:
            i += 1
            continue
        j = i
        while (
            j + 1 <= end
            and cats[j + 1] == KEEP
            and feats[j + 1].titlelike
            and not feats[j + 1].block_start
            and j + 1 not in wrapped
            and j + 1 != title_at
        ):
            j += 1
        # a run of headline-like lines is a link list, unless a sentence of the body introduces
        # it ("You will need:", "Key features:"): then it is the body's own list; one line alone
        # is a link when the page shows it: it is also elsewhere on the page, or it sits against
        # a chrome line ("Follow us on ..."); a subheading or caption between paragraphs is not.
        # (The tests are pure: the cheap ones go first and the dear ones run only when needed.)
        if j > i:
            run = feats[i : j + 1]
            # ... nor are the rows of a table (most lines of the run full of figures), nor the
            # fields of a record ("Date: June 2026", "Location: Las Vegas", "Focus: ...")
            # ... nor a list of the story's facts between its kept lines (most items hold a
            # figure: a product's parts and sizes, where a box of headlines has a year here)
            link = (
                all(ln.words >= 5 for ln in run)
                and not _EMBED_SIGNATURE.match(run[-1].text)
                and not _list_heading(feats, cats, i - 1, start)
                and not _set_apart_list(feats, cats, i, j, start)
                and not (one_list(run) or all(_LABEL.match(ln.text) for ln in run))
                and not _body_facts(cats, run, i, j, (start, end))
            )
            # ... nor a list of the body in sentence case between two paragraphs whose words it
            # shares (the run's case, asked here, is read once for this test and the next)
            cased: bool | None = None
            if link and _paragraphs_around(feats, tags, cats, i, j, (start, end)):
                cased = sentence_case_list(run)
                link = not (cased and _body_list(feats, run, i - 1, j + 1))
            # ... nor the story's own last lines between its last paragraph and its tag row
            if link and _above_own_tags(feats, tags, cats, i, j, start):
                link = False
            # ... nor items in sentence case on a page whose headlines are in title case (on a
            # page found not to write them so, the items' case changes nothing)
            if (
                link
                and titled is not False
                and (sentence_case_list(run) if cased is None else cased)
            ):
                if titled is None:
                    titled = title_case_page(feats[:start] + feats[end + 1 :])
                link = not titled
        else:
            # (a tagged line the region kept is no chrome: the signature under a quoted post,
            # "— Jane Roe (@janeroe) November 18, 2019", printed under the post's text)
            beside_chrome = any(
                0 <= m < len(tags) and tags[m] and cats[m] != KEEP and m not in paywall
                for m in (i - 1, i + 1)
            ) and not (
                _under_controls(feats, tags, cats, i, end)
                or _section_heading(feats, tags, cats, i, (start, end))
            )
            # ... and a record's fields on one line ("Capacity: 30 ounces | Dimensions: ...")
            # ... nor the story's own last line between its last paragraph and its tag row
            link = (
                feats[i].words >= 12
                and (feats[i].repeats > 0 or beside_chrome)
                and not _FIELDS.match(feats[i].text)
                and not _above_own_tags(feats, tags, cats, i, i, start)
            )
        if link and blank_structured and _in_body_block(feats, cats, i, j, start, end):
            link = False
        if link and j > i and _list_goes_on(feats, tags, kept, i, j, (start, end)):
            link = False
        if link:
            for k in range(i, j + 1):
                cats[k] = "inline_link"
        i = j + 1


#: A remark in brackets, innermost first (:func:`_fragment`).
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: A sentence's stop: a full stop, an exclamation or a question mark before a space or at the
#: end of the line (not a decimal point), or a stop of a script written without spaces.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|[。！？]")


def _fragment(text: str) -> bool:
    """The line is a fragment, not a sentence: no sentence's stop outside its brackets. An
    item of a list is a name or a row's cells, a remark in brackets after it ("Packable towel
    (great for sweat, swims, etc.)"); a paragraph ends its sentences with stops."""
    while True:
        bare = _BRACKETED.sub(" ", text)
        if bare == text:
            return not _SENTENCE_STOP.search(bare)
        text = bare


def _list_goes_on(
    feats: list[Line], tags: list[str], kept: list[bool], i: int, j: int, bounds: tuple[int, int]
) -> bool:
    """Lines ``i`` to ``j`` (a run of two or more) are items of a list of the story that the
    region kept in part: a kept line right beside the run (above it or below it) that is no
    headline-like line (an item with a stop in its remark, "Packable towel (great for sweat,
    swims, etc.)", or a row of a table too long for a headline) has headline-like kept lines
    on its other side: the list goes on past it into another run of two such lines or more.
    Items of one list are alike only in part: one has a stop, one runs long, and each such
    item breaks the list into runs; a box of other stories' headlines between two paragraphs
    is one run, with a paragraph or chrome at each end (a subheading over the paragraph above
    the box is one line, with a paragraph over it: no run). The line between two runs is an
    item only as a fragment (:func:`_fragment`: a paragraph, a question, a form's notice end
    with a sentence's stop), untagged and printed once (a headline of a box is often shown
    twice)."""
    lo, hi = bounds
    for beside, step in ((i - 1, -1), (j + 1, 1)):
        if not (lo <= beside + 2 * step <= hi and lo <= beside <= hi) or not kept[beside]:
            continue
        item = feats[beside]
        if item.titlelike or tags[beside] or item.repeats or not _fragment(item.text):
            continue
        if all(_run_item(feats, tags, kept, beside + m * step) for m in (1, 2)):
            return True
    return False


def _run_item(feats: list[Line], tags: list[str], kept: list[bool], k: int) -> bool:
    """Line ``k`` is a kept, untagged headline-like line: an item of a run."""
    return kept[k] and feats[k].titlelike and not tags[k]


def _in_body_block(
    feats: list[Line], cats: list[str], i: int, j: int, start: int, end: int
) -> bool:
    """Lines ``i`` to ``j`` go on a block of the body's kept lines, in a dump whose blocks are
    set apart by blank lines: the line above them is kept in the same block, and it ends with a
    colon ("Tuesday. Intense Run (40-60mins):", then the workout's steps, one of which every
    week repeats), or the block goes on with a kept line after them (the rows of a table, some
    in words alone, or the items of a list, some printed again on the page), or the two lines
    above them are kept items of a list in the same block (:data:`_BLOCK_ITEM_WORDS` words at
    most each: a gear list whose last items read as headlines), or the line above them is a
    long item of the same list (:func:`_long_item`). A box of links is a block of its own, or
    ends the block it hangs under, below a paragraph or a single line that is no list's
    item."""
    if feats[i].block_start or i - 1 < start or cats[i - 1] != KEEP:
        return False
    prev = feats[i - 1]
    if prev.text.endswith(COLONS) or _long_item(prev):
        return True
    if j + 1 <= end and cats[j + 1] == KEEP and not feats[j + 1].block_start:
        return True
    return (
        not prev.block_start
        and i - 2 >= start
        and cats[i - 2] == KEEP
        and prev.words <= _BLOCK_ITEM_WORDS
        and feats[i - 2].words <= _BLOCK_ITEM_WORDS
    )


#: A list item above a run of headline-like lines in its block: at most this many words.
_BLOCK_ITEM_WORDS = 20


def _long_item(ln: Line) -> bool:
    """A list's item too long to read as a headline, printed an item a line: more words than a
    headline has, yet no sentence's stop at its end, and no words run together on one line
    (``wordlist``: a tag cloud, a menu on a line). A tip or a step of a list ("Position the
    microphone slightly off-axis (about 15-20 degrees) from your mouth to reduce plosive
    sounds (...)") is written so; a paragraph ends with its stop, and a box of links hangs
    under a paragraph or a heading, not under the first item of a list. The shorter items
    under it, in its block, are the rest of that list. A field of a record ("More information:
    G. Petit et al. ...", :data:`_LABEL`) is no item: the notes under a story's text print
    their credits and links below it."""
    return not (ln.terminal or ln.titlelike or ln.wordlist) and not _LABEL.match(ln.text)


def _html_link(ln: Line) -> bool:
    """A headline-like line (a link under a related heading), not a broken sentence."""
    return (
        ln.titlelike
        and not ln.prose
        and ln.words >= 3
        and ln.text[:1].isupper()
        and not ln.text.endswith((",", ";", "-", "–"))
    )


#: Lines of extracted HTML text that can be the article's date or reading time: the first few,
#: above the first sentence-like line (a date further down is the body's own: a timeline).
HEAD_LINES = 5


def _head_date(ln: Line) -> str | None:
    """The date of ``ln`` (``""`` for none) when it is a date, a reading time or both, as
    printed above an article's body; ``None`` when it is neither."""
    if ln.dateline:
        return ln.text
    # (a dateline holds a reading time after a date, "Oct 16, 2020 · 8 min read", up to 80
    # characters; a longer line of up to 12 words is matched here)
    date = reading_time_prefix(ln.text) if ln.words <= 12 else None
    if date is None:
        return None
    return date if not date or is_dateline(date) else None


#: The parts of a post's meta row printed a part a line above its date: at most this many
#: lines, each of at most :data:`_ROW_WORDS` words.
_ROW_LINES = 3
_ROW_WORDS = 5
#: The longest small word that joins the capitalised words of a name or a role ("and", "of",
#: "by", "de", "van").
_ROW_JOINER = 3


def _name_like(text: str) -> bool:
    """Whether ``text`` is written as a name or a role is in the row ("Dr. Allen", "LEONARDO
    GARCIA", "Co-founder and Chief Architect", "Written by"): its first word capitalised, each
    other word capitalised or a small word of at most :data:`_ROW_JOINER` letters. A link of
    the template's ("Back to blog") is written in small words."""
    words = text.split()
    return (
        bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or (w.islower() and len(w) <= _ROW_JOINER) for w in words[1:])
    )


def _row_part(ln: Line) -> str | None:
    """The text of ``ln`` without its list bullet when it is shaped as a part of a post's meta
    row printed a part a line ("- Dr. Allen", "Jan 4", "Written by"): a short line of at most
    :data:`_ROW_WORDS` words, no prose and no sentence's stop; ``None`` otherwise. What part
    it is (a date, a name or a role: :func:`_name_like`) is for its reader to tell; the head
    window (:func:`_head_end`) and the row above a dropped date (:func:`_meta_row`) read it."""
    if ln.prose or ln.terminal or ln.words > _ROW_WORDS:
        return None
    return TEXT_BULLET.sub("", ln.text)  # (a part printed as a list item)


def _row_date(ln: Line) -> bool:
    """Whether ``ln`` is a date or a reading time as a post's meta row prints it under a
    standfirst: a short line (:data:`_ROW_WORDS` words at most, as :func:`_row_part` counts
    them, though a date may end with a stop: "Dec 17, 2025", "3 MIN. READ"), or a reading
    time after its date ("October 16, 2020 · 8 min read"). A longer dated line is a sentence
    or the signature of a quoted post ("— Name (@handle) October 9, 2018"), the body's own."""
    if _head_date(ln) is None:
        return False
    return ln.words <= _ROW_WORDS or reading_time_prefix(ln.text) is not None


def _head_end(feats: list[Line]) -> int:
    """Where the window of the head rule (:func:`_head_date`) ends in lines an HTML extractor
    chose: at the first sentence-like line, at most :data:`HEAD_LINES` lines down, or past a
    standfirst printed above the post's meta row.

    A blog's template sets the post's summary, a sentence or two, right under the headline,
    then its author, the date and the reading time a part a line, then the body ("Mocks aren't
    the enemy; bad tests are. ...", "By Jane Doe", "Co-founder", "Dec 17, 2025", "6 min
    read"); an outlet may set a one-line offer there instead of a summary. When the lines
    between the first prose line and the next are such a row (at least one date or reading
    time, :func:`_row_date`, the others parts of a row, :func:`_row_part`, written as a name
    or a role, :func:`_name_like`) and the body's prose follows it, the window ends at the
    body."""
    n = len(feats)
    first = next((i for i, ln in enumerate(feats) if ln.prose), n)
    if first >= HEAD_LINES:
        return HEAD_LINES
    dated = False
    k = first + 1
    while k < min(n, first + 1 + HEAD_LINES):
        ln = feats[k]
        if ln.prose:
            return k if dated else first
        if _row_date(ln):
            dated = True
        elif (part := _row_part(ln)) is None or not _name_like(part):
            return first
        k += 1
    return first


def _meta_row(feats: list[Line], cats: list[str], meta: _Meta) -> None:
    """Mark in ``cats`` the rest of the post's meta row above a date the head rule dropped.

    A blog's template prints the author, the date and the reading time above the body a part
    a line, often as items of a list ("- Dr. Allen", "- Jan 4", "- 2 min read", "Updated:
    Sep 19"; "Written by", "David Jackson", "October 1, 2025"). The head rule
    (:func:`_head_date`) knows the reading time and the dates with a year or a stamp word; the
    short lines right above the first of them, no sentence and no prose, are the row's other
    parts: its date without a year or after a bullet (``dateline``, as it holds a figure) and
    its author's name or role (``byline``, a name recorded as the author). The row ends at a
    line that is no part of a row (:func:`_row_part`) or is written otherwise
    (:func:`_name_like`)."""
    first = next((i for i, cat in enumerate(cats[:HEAD_LINES]) if cat == "dateline"), None)
    if first is None:
        return
    for k in range(first - 1, max(first - 1 - _ROW_LINES, -1), -1):
        text = _row_part(feats[k]) if cats[k] == KEEP else None
        if text is None:
            return
        if any(c.isdigit() for c in text):
            cats[k] = "dateline"
            if is_dateline(text):
                meta.set("published", parse_published(text))
        elif _name_like(text):
            cats[k] = "byline"
            meta.set("author", byline_of(line_features([text])[0], names=True))
        else:
            return


def _classify_html(
    feats: list[Line],
    *,
    title: str | None,
    cut_end: bool = True,
    in_article: Callable[[str], bool] | None = None,
) -> tuple[list[str], _Meta]:
    """Conservative pass over lines an HTML extractor already chose (headline not among them).

    ``in_article`` tells whether a line is text of the article's own element on the page: such
    a line is not the page's footer, whatever its words ("© 2019 Associated Press. All Rights
    Reserved ...", "- Email Marketing: ..." in a list of the body), nor a second copy of the
    headline (a subheading of the body that repeats the page's title).
    """
    n = len(feats)
    meta = _Meta()
    cats = [KEEP] * n
    title_key = fold(title) if title else ""
    # card summaries below the article are not body text that a related heading could cut off
    cards = card_summaries(feats, [ln.lexicon for ln in feats])
    prose_words = [ln.words if ln.prose and ln.index not in cards else 0 for ln in feats]
    marked_keys = {ln.key for ln in feats if not ln.ascii_lower}
    total_after = sum(prose_words)
    before = 0
    head = _head_end(feats)
    own: list[int] = []  # footer or headline lines that are text of the article's own element
    for i, ln in enumerate(feats):
        total_after -= prose_words[i]
        if cats[i] != KEEP:
            continue
        cat = ln.lexicon
        if ln.separator:
            cats[i] = SEPARATOR
        elif title_key and ln.key == title_key:
            cats[i] = HEADLINE  # a second copy of the headline (image alt, sticky header)
            if in_article is not None and in_article(ln.text):
                own.append(i)
        elif i < head and (date := _head_date(ln)) is not None:
            if date:
                meta.set("published", parse_published(date))
            cats[i] = "dateline"
        elif cat in SECTION_HEADINGS and cat != MEDIA_HEADING:
            nxt = feats[i + 1] if i + 1 < n else None
            if cut_end and total_after <= 0.15 * max(before, 1) and not (nxt and nxt.prose):
                # (a heading followed by a paragraph is the body's own, "Recommended for:")
                # a related section at the end: it and everything after it
                cats[i] = RELATED_HEADING
                for j in range(i + 1, n):
                    cats[j] = RELATED_CARD
                break
            cats[i] = RELATED_HEADING if cat == MEDIA_HEADING else cat
            j = i + 1
            while j < n and _html_link(feats[j]):
                cats[j] = "inline_link"
                j += 1
        elif cat in (SHARE_FOLLOW, COOKIE, SUBSCRIBE, FOOTER, RELATED_LINK) or (
            cat == UI and ln.words <= 4
        ):
            cats[i] = cat
            if cat == FOOTER and in_article is not None and in_article(ln.text):
                own.append(i)
        elif _button_call(feats, i):
            cats[i] = UI
        elif ln.ascii_lower and ln.repeats and ln.key in marked_keys:
            cats[i] = ALT_SLUG
        elif (i <= 3 or i >= n - 3) and (au := byline_of(ln, names=False)) is not None:
            meta.set("author", au)
            cats[i] = "byline"
        elif i >= n - 3 and cat == TOPIC_TAGS:
            cats[i] = cat  # the post's tag row under it ("Tags: ...", "Filed under: ...")
        elif i >= n - 3 and comment_prompt(ln):
            cats[i] = COMMENTS  # a call to comment or the comments' policy under the story
        elif i >= n - 3 and (src := source_of(ln)) is not None:
            meta.set("source", src)
            cats[i] = "source"
        before += prose_words[i]
    _meta_row(feats, cats, meta)
    if cut_end:
        _closing_appeals(feats, cats)
    for i in own:  # (kept after the appeals: as chrome, the line opened no appeal below it)
        cats[i] = KEEP  # the article's own notice, list item or subheading
    return cats, meta


#: A button's call to action, the whole folded line (:data:`lexicon.UI_CALLS`,
#: :data:`lexicon.BUTTON_CALLS`).
_BUTTON_CALLS = lx.phrases(lx.UI_CALLS) | lx.phrases(lx.BUTTON_CALLS)


def _button_call(feats: list[Line], i: int) -> bool:
    """Line ``i`` (of lines from HTML) is a button's call to action printed as a line of the
    text: the whole folded line is one of :data:`_BUTTON_CALLS` ("Get started", "Request
    a Demo", "Book A Demo Today!", "Demo anfordern"), and no paragraph follows it. A page's
    button names what the reader may do next, never a part of the article, wherever the
    extractor took it from (a pitch box between two sections, a sign-up row under the post);
    a guide's section headed "Get started" goes on with its prose, so it stays."""
    if feats[i].key not in _BUTTON_CALLS:
        return False
    nxt = feats[i + 1] if i + 1 < len(feats) else None
    return nxt is None or not nxt.prose


def _closing_appeals(feats: list[Line], cats: list[str]) -> None:
    """Mark the outlet's appeals and legal notices that end the extracted lines
    (:func:`~cleanscrape.chrome.appeals.appeal_start`, no paragraph of another kind below
    them), and the headings and links among them, in ``cats``."""
    tags = ["" if cat == KEEP else cat for cat in cats]  # lines already chrome
    end = len(feats) - 1
    first = appeal_start(feats, tags, 0, end, others=0)
    for i in range(first, end + 1):
        if not tags[i]:
            ln = feats[i]
            cats[i] = tail_kind(ln) or _card_line(ln)


def classify_lines(
    lines: list[str],
    *,
    url: str | None = None,
    title: str | None = None,
    from_html: bool = False,
    min_kept_ratio: float = DEFAULTS.min_kept_ratio,
    favor: Favor = DEFAULTS.favor,
    memo: LineMemo | None = None,
    in_article: Callable[[str], bool] | None = None,
    origin: list[int] | None = None,
) -> Classified:
    """A :class:`Verdict` for every non-blank line, metadata found on the way, and flags.

    ``favor="recall"`` keeps, in lines from HTML, what follows a related heading near the end.
    ``in_article`` (lines from HTML): whether a line is text of the article's own element on
    the page, where footer words do not make a line the page's footer, nor the title's words a
    second copy of the headline.
    ``memo``: the text-only features of the lines the batch has seen (the verdicts are the
    same with it or without it).
    ``origin``: the index in the page of each of ``lines``, when they are not the page's own
    lines (a layout table of a dump cut into its columns,
    :func:`~cleanscrape.chrome.columns.read_columns`); each verdict names the page's line.

    Under ``min_kept_ratio`` of the page's characters kept, the page is kept whole and flagged
    ``low_prose``: so little kept is most often a failed extraction (a block of the outlet's
    prose kept, the story lost). Not when the text path found a short story closed by its own
    tag row: the story was found by its structure (its lines down to the row every site
    prints under a story), not by its weight, and a page of a thousand lines of menus and
    products around it (a cloud vendor's) says nothing against it.
    """
    feats = page_lines(lines, memo)
    if not feats:
        return Classified([])
    if from_html:
        cats, meta = _classify_html(
            feats, title=title, cut_end=favor != "recall", in_article=in_article
        )
        found = _FOUND
    else:
        cats, meta, found = _classify_text(feats, title=title, page=lines)
    flags: list[str] = []
    # a readers' thread below the article is the page's own text, not chrome: a short post
    # with a long thread is no failed extraction, so the thread does not count in the total
    upto = len(feats) if from_html else _thread_start(feats, cats)
    # (columns summed through C-level maps: no Python step per line)
    texts = list(map(_TEXT, feats))
    if any(map(_MARK, feats)):  # the page's own lines: list items with their bullets
        texts = list(map(add, map(_MARK, feats), texts))
    sizes = list(map(len, texts))
    total = sum(compress(sizes[:upto], map(not_, map(_SEPARATOR, feats[:upto]))))
    # (HTML source printed as text is no text of the page: it counts for nothing, and stays
    # dropped when the page is kept whole)
    total -= sum(compress(sizes[:upto], map(MARKUP.__eq__, cats[:upto])))
    total -= sum(compress(sizes[:upto], _dropped_items(feats, cats)))
    kept = sum(compress(sizes, map(KEEP.__eq__, cats)))
    small = kept < min_kept_ratio * total and found != _CLOSED
    if total and (found == _LOST or small or kept == 0):
        # almost nothing would be left: keep the text, flag the document
        flags.append(LOW_PROSE)
        cats = [
            MARKUP if cat == MARKUP else SEPARATOR if ln.separator else KEEP
            for ln, cat in zip(feats, cats, strict=True)
        ]
        meta = _Meta()
    # (``tuple.__new__`` on the rows: the named tuples made in C, one per line)
    indexes = map(_INDEX, feats)
    if origin is not None:  # (the page's line each column's line was cut from)
        indexes = map(origin.__getitem__, indexes)
    rows = zip(indexes, texts, cats, strict=True)
    verdicts: list[Verdict] = list(map(tuple.__new__, repeat(Verdict), rows))
    return Classified(verdicts, meta.values, flags)


_INDEX, _TEXT, _SEPARATOR = attrgetter("index"), attrgetter("text"), attrgetter("separator")
_MARK = attrgetter("mark")
_WORDLIST = attrgetter("wordlist")
#: Verdicts of lines that count in the page's total as they are (kept) or not at all (markup).
_COUNTED_APART = frozenset({KEEP, MARKUP}).__contains__


def _dropped_items(feats: list[Line], cats: list[str]) -> Iterator[bool]:
    """Per line: items run together on one line (``Line.wordlist``) that the page drops, no
    separator nor markup (left out of the total already). A filter box's options, a tag cloud:
    a select box of thousands of options is no text that a story of a few paragraphs would be
    too small a part of, so they count for nothing in the share kept (a page kept whole keeps
    them). (C-level maps: no Python step per line.)"""
    items = map(and_, map(_WORDLIST, feats), map(not_, map(_SEPARATOR, feats)))
    return map(and_, items, map(not_, map(_COUNTED_APART, cats)))


#: A readers' thread: at least this many comment headers ("jane says:") below the article.
_THREAD_HEADERS = 2


def _thread_start(feats: list[Line], cats: list[str]) -> int:
    """Index of the comments heading that opens a readers' thread below the last kept line:
    the first comments heading there, with :data:`_THREAD_HEADERS` comment headers at or
    after it (``len(cats)`` when there is no thread; a listing's "12 comments" is none). A
    header is a "jane says:" line read as one, or a name line over the comment's date and
    time ("Sharon says" / "July 14, 2015 at 3:53 pm"; :func:`~.threads.comment_pair`), which
    the rules below the story read as cards and teasers line by line."""
    n = len(cats)
    last = n - 1 - cats[::-1].index(KEEP) if KEEP in cats else n
    start = next((k for k in range(last + 1, n) if cats[k] == COMMENTS), n)
    headers = sum(
        1
        for k in range(start, n)
        if (cats[k] == COMMENTS and comment_header(feats[k])) or comment_pair(feats, k)
    )
    return start if headers >= _THREAD_HEADERS else n


def strip_lines(
    lines: list[str],
    *,
    url: str | None = None,
    title: str | None = None,
    from_html: bool = False,
    min_kept_ratio: float = DEFAULTS.min_kept_ratio,
) -> StripResult:
    """Keep article lines; every other non-blank line gets a :class:`Removal` with a reason."""
    c = classify_lines(
        lines, url=url, title=title, from_html=from_html, min_kept_ratio=min_kept_ratio
    )
    kept = [v.text for v in c.verdicts if v.keep]
    removed = [Removal(v.category, v.text, v.lineno) for v in c.verdicts if not v.keep]
    return StripResult(kept, removed, c.metadata, c.flags)
