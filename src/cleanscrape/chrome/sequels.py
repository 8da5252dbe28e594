"""A second article after the story: the next one of an infinite scroll, the outlet's
"Next article" card, another article of the outlet printed under the story.

Its paragraphs read as prose like the story's, so the article's region ran on through them.
What marks the boundary is the new article's head, which the story's own sections lack:

* a pager label on a line of its own ("Next article", "Previous post", "Up next", "Tiếp
  theo") with a headline right below it;
* the story's tag row ("Tags: ...", "Filed under ..."), which closes an article;
* a new headline over its own byline and date lines ("Jane Roe" / "Aug 1, 2024" / "5 min
  read"), then prose. A subheading of the story is followed by its paragraph, not by a date;
  a book or product of a list is followed by its author ("by Sierra Greer") but not by a date;
* cards of other articles, each dated above its headline and summary ("COMPANIES DEC 19,
  2025" / headline / one paragraph), three in a row;
* a related heading ("Related Articles") over cards to the region's end, each a headline and a
  short summary alone under it.
* the outlet's listing of its posts under the story's tag row, each card a date, its headline
  and a summary of one line, three in a row at one distance (a blog's "Read more in our
  blog" box);
* cards of other articles, each a headline, its summary and a link to the rest ("Read more",
  "Xem tiếp", "Weiterlesen": on the line below the summary or at its end), two in a row.

A headline over a paragraph that repeats its words is no boundary by itself: a story's
subheadings are printed so too, words new to the story or not.

Each counts only after the story: :data:`_ARTICLE_WORDS` words of paragraphs before it in the
region, and no fewer than after it. :func:`sequel_start` gives the first line of the second
article (or of its label or the tag row); the region ends above it, and its lines are chrome
(``related_card``, ``teaser``) that give the page no metadata. A story shorter than that is
closed by its own tag row alone (:func:`short_story_close`), a readers' thread below it or not.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon import folded_phrases
from .bylines import byline_of
from .features import (
    COLONS,
    DISCLOSURE,
    ELLIPSES,
    FOOTER,
    RELATED_HEADING,
    TOPIC_TAGS,
    Line,
    comment_header,
    copyright_opened,
)
from .reading_time import has_reading_time
from .regions import TIMESTAMP, dated_cards

#: A pager label, the whole (folded) line: "Next article", "Previous post", "Up next", "Read
#: next", "Article suivant", "Nächster Artikel", "Bài tiếp theo", "Önceki haber", "下一篇" (any
#: language of :data:`lexicon.PAGER_LABELS` and :data:`lexicon.PAGER_ALONE`).
_PAGER_LABEL = frozenset(folded_phrases(lx.PAGER_LABELS) + folded_phrases(lx.PAGER_ALONE))
#: ... and the headline of the other article at most this many lines below it.
_LABEL_REACH = 3
#: A headline: at least this many words, no sentence mark.
_HEAD_WORDS = 3
#: The head of a new article: its byline and date lines, at most this many, right below
#: its headline, at least one of them a date or a reading time.
_HEAD_LINES = 3
#: The signature under a social media post quoted in the body ("— Jane Roe (@janeroe) November
#: 18, 2019") is a date line under the post's text, not the head of an article.
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)")
#: The article before the second one: at least this many words of paragraphs.
_ARTICLE_WORDS = 150
#: A short story closed by its own tag row (:func:`short_story_close`): at least this many
#: paragraphs before the row.
_STORY_PARAGRAPHS = 2


#: A sentence of a short story too short to read as prose: at least this many words
#: (:func:`story_line`).
_SENTENCE_WORDS = 8


def story_line(ln: Line) -> bool:
    """The line can be one of a short story's paragraphs: prose, or a sentence with its final
    mark of :data:`_SENTENCE_WORDS` words or more ("The information provided is based on the
    published date."). A short story's lede of one short sentence is no less its paragraph; a
    headline, a card's title or a menu's item has no final mark."""
    return ln.prose or (ln.terminal and ln.words >= _SENTENCE_WORDS)


def _headline(ln: Line, tag: str) -> bool:
    return not tag and ln.titlelike and not ln.prose and ln.words >= _HEAD_WORDS


def _dated(ln: Line, tag: str) -> bool:
    if _POST_SIGNATURE.search(ln.text):
        return False
    return tag == TIMESTAMP or ln.dateline or has_reading_time(ln.text)


def _new_head(lines: list[Line], tags: list[str], k: int, end: int) -> bool:
    """Line ``k`` is a headline over its byline and date lines, then prose."""
    if not _headline(lines[k], tags[k]):
        return False
    j, dated, signed = _past_head(lines, tags, k, end)
    return dated and signed and j <= end and lines[j].prose


def _past_head(lines: list[Line], tags: list[str], k: int, end: int) -> tuple[int, bool, bool]:
    """The first line past the byline and date lines right under the headline at ``k`` (at
    most :data:`_HEAD_LINES`, up to ``end + 1``), whether one of them is a date (or a reading
    time) and whether one is a byline."""
    dated = signed = False
    j = k + 1
    while j <= end and j - k <= _HEAD_LINES:
        ln = lines[j]
        if _dated(ln, tags[j]):
            dated = True
        elif not tags[j] and not ln.prose and byline_of(ln, names=True) is not None:
            signed = True
        else:
            break
        j += 1
    return j, dated, signed


def _closing_tag_row(lines: list[Line], tags: list[str], k: int, end: int) -> bool:
    """Line ``k`` is a tag row with no date right below it, or whose dates are the label of
    the first of the outlet's cards (:func:`_row_over_cards`): it closes the story before it,
    however much prose follows (another article of the outlet, its newsletter form, its
    footer). A tag row in the head of a story is followed by the story's date or reading time;
    that one counts only as the halves rule of :func:`sequel_start` allows."""
    if tags[k] != TOPIC_TAGS:
        return False
    reach = range(k + 1, min(k + 2 + _HEAD_LINES, end + 1))
    if not any(_head_dated(lines, tags, j) for j in reach):
        return True
    return (
        _row_over_cards(lines, tags, k)
        or _row_over_signed_cards(lines, tags, k)
        or _headed_cards(lines, tags, k + 1) >= _HEADED_CARDS
        or _listing_in_reach(lines, tags, reach)
        or _headline_listing(lines, tags, reach)
        or _summed_listing(lines, tags, reach)
        or _row_over_printed_card(lines, tags, k)
    )


#: The most lines between two dates of a listing of headlines (:func:`_headline_listing`).
_LISTING_GAP = 4


def _headline_listing(lines: list[Line], tags: list[str], reach: range) -> bool:
    """The first date in ``reach`` (the lines right under a tag row) opens a listing of the
    outlet's posts without summaries: :data:`_DATED_CARDS` dates or more at one fixed distance
    (two to :data:`_LISTING_GAP` lines), no paragraph between them (a post's category and its
    headline). A story's head has its paragraphs under its date; a live blog's entries, dated
    one by one, hold paragraphs."""
    first = next((j for j in reach if _dated(lines[j], tags[j])), None)
    if first is None:
        return False
    last = len(lines) - 1
    for gap in range(2, _LISTING_GAP + 1):
        n, d = 1, first
        while (
            d + gap <= last
            and _dated(lines[d + gap], tags[d + gap])
            and not any(lines[i].prose or _dated(lines[i], tags[i]) for i in range(d + 1, d + gap))
        ):
            n, d = n + 1, d + gap
        if n >= _DATED_CARDS:
            return True
    return False


#: A card of a listing whose cards open with their dates: the date, its headline and one
#: summary (:func:`_summed_listing`).
_SUMMED_CARD_LINES = 3


def _summed_card(lines: list[Line], tags: list[str], d: int) -> bool:
    """The lines right under the date at line ``d`` are a card that opens with its date: a
    line that is no sentence (its headline, whatever its final mark: "Down with templates (or
    not)!"), then one line of :data:`_SUMMARY_WORDS` words at most (its summary, as
    :func:`_related_cards` reads one), no date among them."""
    head, summary = lines[d + 1], lines[d + 2]
    return (
        head.words > 0
        and not head.prose
        and not _dated(head, tags[d + 1])
        and 0 < summary.words <= _SUMMARY_WORDS
        and not _dated(summary, tags[d + 2])
    )


def _summed_listing(lines: list[Line], tags: list[str], reach: range) -> bool:
    """The first date in ``reach`` (the lines right under a tag row) opens a listing of the
    outlet's posts whose cards open with their dates ("November 25, 2025" / "Our Team Takes to
    the Slopes!" / its summary): :data:`_DATED_CARDS` dates or more, each
    :data:`_SUMMED_CARD_LINES` lines below the one before, every card between two of them a
    headline and one short summary (:func:`_summed_card`). A story's head has its paragraphs
    under its date, several in a row and of any length; a blog's listing repeats one shape,
    one summary a card, at one fixed distance."""
    d = next((j for j in reach if _dated(lines[j], tags[j])), None)
    if d is None:
        return False
    n, gap = 1, _SUMMED_CARD_LINES
    while (
        d + gap < len(lines)
        and _dated(lines[d + gap], tags[d + gap])
        and _summed_card(lines, tags, d)
    ):
        n, d = n + 1, d + gap
    return n >= _DATED_CARDS


def _row_date(lines: list[Line], tags: list[str], k: int) -> int | None:
    """The date right under the tag row at line ``k``: the first dated line (:func:`_dated`)
    within :data:`_HEAD_LINES` lines, short lines at most above it (an author's name, a
    label), no paragraph; None when there is none."""
    reach = range(k + 1, min(k + _HEAD_LINES, len(lines) - 1) + 1)
    date = next((j for j in reach if _dated(lines[j], tags[j])), None)
    if date is None or any(lines[j].prose for j in range(k + 1, date)):
        return None
    return date


def _row_over_printed_card(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a tag row whose date right under it (after short lines at most, within
    :data:`_HEAD_LINES` lines) is followed by a card the page prints again (in its listing of
    posts): a headline and its summary, both printed elsewhere on the page, a short line
    between the date and the headline at most (:data:`_KICKER_LINES`: a pager label, the
    card's category). A story's head has its date over its paragraphs, which the page prints
    once."""
    last = len(lines) - 1
    date = _row_date(lines, tags, k)
    if date is None:
        return False
    for h in range(date + 1, min(date + 1 + _KICKER_LINES, last - 1) + 1):
        if h > date + 1 and not _kicker(lines[h - 1]):
            break
        head, summary = lines[h], lines[h + 1]
        if (
            _card_headline(head, tags[h])
            and head.repeats
            and summary.repeats
            and summary.words >= max(_CARD_SUMMARY_WORDS, head.words + 1)
        ):
            return True
    return False


def _head_dated(lines: list[Line], tags: list[str], j: int) -> bool:
    """Line ``j`` (under a tag row) is a date as a story's head prints it (:func:`_dated`),
    not a reader's comment's under the comment's header ("Prince J says:" /
    "December 18, 2025 at 1:14 pm", :func:`~.features.comment_header`): a thread under a
    short story's row puts its first dates within the row's reach, and no story's head
    prints a commenter's verb over its date."""
    return _dated(lines[j], tags[j]) and not comment_header(lines[j - 1])


def _listing_in_reach(lines: list[Line], tags: list[str], reach: range) -> bool:
    """A line of ``reach`` (the lines right under a tag row, where a story's head prints its
    date) is a summary of the page's dated listing (:func:`.regions.dated_cards`: dates at one
    fixed distance, a card of one or two sentence-like lines between each two, three cards in
    a row at least), whatever verdict it has so far: the dates under the row are the cards'
    labels. The cards' own shapes vary (a byline between the date and the headline, a headline
    that asks a question, a summary already read as a teaser), which the card rules above each
    read one of; where the dates stand does not. A story's head has its date, then its
    paragraphs, with no date at that distance again."""
    listed = dated_cards(lines, tags)
    return any(lines[j].index in listed for j in reach)


#: Cards of other articles under the story, each dated above its headline ("COMPANIES DEC 19,
#: 2025" / headline / summary): at least this many in a row, each a label of at most
#: :data:`_LABEL_LINES` short lines (:data:`_LABEL_WORDS` words at most), one a date or a
#: reading time, then a headline and one paragraph (its summary).
_DATED_CARDS = 3
_LABEL_LINES = 2
_LABEL_WORDS = 6


def _label(ln: Line, tag: str) -> bool:
    return not ln.prose and ln.words <= _LABEL_WORDS and _dated(ln, tag)


def _past_label(lines: list[Line], tags: list[str], k: int, end: int) -> int:
    """The first line from ``k`` on (up to ``end + 1``) past a card's label: at most
    :data:`_LABEL_LINES` lines that are each :func:`_label`; ``k`` when there is none."""
    j = k
    while j <= end and j - k < _LABEL_LINES and _label(lines[j], tags[j]):
        j += 1
    return j


def _dated_cards(lines: list[Line], tags: list[str], k: int, end: int) -> int:
    """How many cards in a row start at line ``k``: a dated label, a headline, one paragraph,
    the next card's label right under the paragraph. A section of the story under a dated
    subheading goes on with more paragraphs; a timeline of the story dates its entries but
    does not put a headline between the date and each paragraph."""
    n = 0
    while k <= end:
        j = _past_label(lines, tags, k, end)
        if j == k or j + 1 > end or not _headline(lines[j], tags[j]):
            break
        if tags[j + 1] or not lines[j + 1].prose:
            break
        n += 1
        k = j + 2
    return n


#: The outlet's list of posts, each its headline over its date (a recent-posts box under the
#: story's tag row: "Top 5 Reasons Why ..." / "July 29, 2025"): at least this many, in a run
#: of headlines and dates (:func:`_headed_cards`).
_HEADED_CARDS = 2


def _card_headline(ln: Line, tag: str) -> bool:
    """A card's headline, whatever verdict the line has so far (a link, a card): title-like,
    no sentence, :data:`_HEAD_WORDS` words or more, no date."""
    return ln.titlelike and not ln.prose and ln.words >= _HEAD_WORDS and not _dated(ln, tag)


def _headed_cards(lines: list[Line], tags: list[str], k: int) -> int:
    """How many cards start at line ``k``, in a run of lines that are each a dated label
    (:func:`_label`: a post's date, printed above or below its headline, once or twice) or a
    card's headline (:func:`_card_headline`); a card counts when its headline has a label
    right under it. The run ends at the first other line (a paragraph, a byline). A tag row in
    a story's head is followed by one such card at most, the story's headline and date, then
    its byline or paragraphs; two are a list of the outlet's posts."""
    n = 0
    while k + 1 < len(lines):
        if _label(lines[k], tags[k]):
            k += 1
            continue
        if not (_card_headline(lines[k], tags[k]) and _label(lines[k + 1], tags[k + 1])):
            break
        n += 1
        k += 2
    return n


#: Cards under a related heading ("Related Articles", "More Articles"): at least this many
#: headlines each over a summary of at most :data:`_SUMMARY_WORDS` words (as
#: :func:`~cleanscrape.chrome.regions.card_summaries` reads a summary).
_RELATED_CARDS = 2
_SUMMARY_WORDS = 45


def _related_cards(lines: list[Line], tags: list[str], k: int, end: int) -> bool:
    """Line ``k`` is a related heading over cards to the region's end: every paragraph under
    it a short summary alone under a headline, :data:`_RELATED_CARDS` of them at least. A
    heading of the body that introduces a list ends with a colon ("Recommended courses:");
    a long paragraph, or two in a row, is an article going on under the heading."""
    if tags[k] != RELATED_HEADING or lines[k].text.endswith(COLONS):
        return False
    n = 0
    for j in range(k + 1, end + 1):
        ln = lines[j]
        if not ln.prose or tags[j]:
            continue
        prev = lines[j - 1]
        if ln.words > _SUMMARY_WORDS or (prev.prose and not tags[j - 1]):
            return False
        if not prev.prose and prev.titlelike and prev.words >= _HEAD_WORDS:
            n += 1
    return n >= _RELATED_CARDS


#: A link to the rest of a story under its card's summary, the whole (folded) line or the
#: summary's last words: "Read more", "Continue reading", "Xem tiếp", "Weiterlesen", "Lire la
#: suite", "Leer más", "Leia mais", "Baca selengkapnya", "Leggi tutto", "Lees meer", "Czytaj
#: dalej", "Devamını oku", "Читать далее", "続きを読む", "더보기", "阅读全文".
_READ_MORE_SPACED = (
    *("read more", "continue reading", "read the full story", "read the full article"),
    *("xem tiep", "xem them", "weiterlesen", "mehr lesen", "lire la suite", "leer mas"),
    *("seguir leyendo", "leia mais", "continue lendo", "baca selengkapnya", "leggi tutto"),
    *("leggi di piu", "lees meer", "verder lezen", "czytaj dalej", "devamini oku"),
    *("читать далее", "подробнее"),
)
#: ... the same in scripts written without spaces, where no blank stands before the link.
_READ_MORE_UNSPACED = ("続きを読む", "もっと見る", "더보기", "阅读全文", "閱讀全文", "阅读更多")
_READ_MORE = re.compile(
    rf"(?:^|\s)(?:{'|'.join(_READ_MORE_SPACED)})$|(?:{'|'.join(_READ_MORE_UNSPACED)})$"
)
#: A match of :data:`_READ_MORE` ends the line (``$``: at its end or before a final line
#: break) and holds a blank and a phrase: it starts at most this many characters before the
#: line's end, and the search starts there (a search from the line's start tries the pattern
#: at each character of a summary; ``^`` still matches at the line's real start only).
_READ_MORE_REACH = 2 + max(map(len, _READ_MORE_SPACED + _READ_MORE_UNSPACED))
#: Cards of other stories, each a headline, its summary and a link to the rest ("Read more",
#: "Xem tiếp": on the line below the summary or at its end), then at most
#: :data:`_LABEL_LINES` date lines: at least this many in a row. A summary holds at least
#: :data:`_CARD_SUMMARY_WORDS` words, more than its headline.
_MORE_CARDS = 2
_CARD_SUMMARY_WORDS = 8


def _ends_read_more(key: str) -> bool:
    """The (folded) line ends with a link to the rest of a story (:data:`_READ_MORE`), looked
    for in its last :data:`_READ_MORE_REACH` characters."""
    return _READ_MORE.search(key, max(0, len(key) - _READ_MORE_REACH)) is not None


def _read_more(ln: Line) -> bool:
    return ln.words <= _LABEL_WORDS and _ends_read_more(ln.key)


def _read_more_cards(lines: list[Line], tags: list[str], k: int, end: int) -> int:
    """How many cards in a row start at line ``k``: a headline, a summary under it that ends
    with a link to the rest of its story or has one on the line below, then the card's date
    lines. A subheading of the story is followed by its paragraphs, with no such link."""
    n = 0
    while k + 1 < len(lines) and _headline(lines[k], tags[k]):
        head, summary = lines[k], lines[k + 1]
        if tags[k + 1] or summary.words < max(_CARD_SUMMARY_WORDS, head.words + 1):
            break
        # (the link and the dates under the last card may lie below the region: chrome)
        j = k + 2
        if not _ends_read_more(summary.key):
            if j >= len(lines) or not _read_more(lines[j]):
                break
            j += 1
        n += 1
        k = _past_label(lines, tags, j, len(lines) - 1)
    return n


def _row_over_cards(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a tag row whose dated lines right under it are the label of the first
    card of the outlet's listing: cards of other stories start there, dated ones
    (:data:`_DATED_CARDS` in a row, :func:`_dated_cards`) or one under the label with a link
    to the rest of its story (a headline, its summary, "Read more": :func:`_read_more_cards`;
    the next card's headline may ask a question, which no card rule reads as a headline). A
    tag row in a story's head is followed by the story's date and then its paragraphs, none of
    them ended by a link to the rest: a row over a listing closes the story above it, however
    short (a blog prints its listing of posts under every post's tag row)."""
    if tags[k] != TOPIC_TAGS:
        return False
    last = len(lines) - 1
    j = _past_label(lines, tags, k + 1, last)
    if j == k + 1:
        return False
    return (
        _read_more_cards(lines, tags, j, last) >= 1
        or _dated_cards(lines, tags, k + 1, last) >= _DATED_CARDS
    )


#: A card of another post may open with its category, a line of its own above the headline
#: ("AI Marketing"): at most this many such lines.
_KICKER_LINES = 1


def _kicker(ln: Line) -> bool:
    return not ln.prose and ln.words <= _LABEL_WORDS


def _signed_card(lines: list[Line], tags: list[str], k: int) -> tuple[int, bool] | None:
    """The card of another post at line ``k``: its category (:func:`_kicker`, at most
    :data:`_KICKER_LINES` lines), a headline, its byline and date lines (:func:`_past_head`,
    one a date), then a summary with a link to the rest of the post (at its end or on the line
    below) or cut with an ellipsis. Gives the first line past the card and whether the link
    was there; None when no card starts at ``k``."""
    last = len(lines) - 1
    for h in range(k, min(k + _KICKER_LINES, last) + 1):
        if h > k and not _kicker(lines[h - 1]):
            break
        if not _headline(lines[h], tags[h]):
            continue
        j, dated, _ = _past_head(lines, tags, h, last)
        if not dated or j == h + 1 or j > last or tags[j]:
            continue
        summary = lines[j]
        if summary.words < max(_CARD_SUMMARY_WORDS, lines[h].words + 1):
            continue
        if _ends_read_more(summary.key):
            return j + 1, True
        if j < last and _read_more(lines[j + 1]):
            return j + 2, True
        if summary.text.endswith(ELLIPSES):
            return j + 1, False
    return None


def _row_over_signed_cards(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a tag row over the outlet's cards of other posts, each with its own head
    (:func:`_signed_card`: category, headline, author and date, a summary): the first card
    with a link to the rest of its post, or :data:`_MORE_CARDS` cards in a row whose summaries
    are cut with an ellipsis. The card's date lies right under the row, as a story's own date
    does under a tag row in its head; a story's lede under its head is neither followed by a
    link to the rest of it nor one of several such cards in a row."""
    if tags[k] != TOPIC_TAGS:
        return False
    cards, j = 0, k + 1
    while (card := _signed_card(lines, tags, j)) is not None:
        j, linked = card
        if linked and cards == 0:
            return True
        cards += 1
    return cards >= _MORE_CARDS


def _row_over_footed_card(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a tag row whose date right under it (after short lines at most: the
    author's name, within :data:`_HEAD_LINES` lines) is followed by a card of another post
    signed the same way: a headline, its summary, then the card's own byline and date lines
    (:func:`_past_head`, one a date). The byline and date under the row are the foot of the
    outlet's cards, each closed by its author and date; a story's head has its byline and
    date over its paragraphs, not over a headline with one paragraph signed again."""
    last = len(lines) - 1
    date = _row_date(lines, tags, k)
    if date is None or date + 2 > last:
        return False
    head, summary = lines[date + 1], lines[date + 2]
    if not _headline(head, tags[date + 1]) or tags[date + 2] or not summary.prose:
        return False
    if summary.words < max(_CARD_SUMMARY_WORDS, head.words + 1):
        return False
    return _past_head(lines, tags, date + 2, last)[1]


def sequel_start(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """First line of a second article (or of its pager label) inside the region
    ``[start, end]``, after the story's paragraphs; None when there is none.

    The story comes first and is the larger part: at least :data:`_ARTICLE_WORDS` words of
    paragraphs before the boundary, and no fewer than after it (a region that takes in prose
    above the story, a standfirst or a box, has the story's own head inside it)."""
    para = [ln.words if ln.prose and not tags[k] else 0 for k, ln in enumerate(lines)]
    total = sum(para[start : end + 1])
    words = 0
    for k in range(start, end + 1):
        if para[k]:
            words += para[k]
            continue
        if words >= _ARTICLE_WORDS and _closing_tag_row(lines, tags, k, end):
            return k  # the story's tag row closes it, however much follows
        if words < _ARTICLE_WORDS or 2 * words < total:
            continue
        if tags[k] == TOPIC_TAGS:
            return k  # the story's tag row closes it
        if lines[k].key in _PAGER_LABEL and any(
            _headline(lines[j], tags[j]) for j in range(k + 1, min(k + 1 + _LABEL_REACH, end + 1))
        ):
            return k
        if _new_head(lines, tags, k, end):
            return k
        if _dated_cards(lines, tags, k, end) >= _DATED_CARDS:
            return k
        if _related_cards(lines, tags, k, end):
            return k
        if _read_more_cards(lines, tags, k, end) >= _MORE_CARDS:
            return k
    return None


def short_story_close(
    lines: list[Line], tags: list[str], start: int, end: int, *, lede: bool = False
) -> int | None:
    """The tag row with no date under it (:func:`_closing_tag_row`) inside the region
    ``[start, end]`` after at least :data:`_STORY_PARAGRAPHS` of its paragraphs: it closes a
    story too short for :func:`sequel_start` (under :data:`_ARTICLE_WORDS` words); None when
    there is none. ``lede``: the story's lede stands right above the region (a lede cut with
    an ellipsis under the headline, which the region search weighs as a teaser,
    :func:`~cleanscrape.chrome.head.cut_lede`), and counts as its first paragraph.

    A site prints its tag row under the story, whatever the story's length, and what follows
    it is the outlet's: a newsletter box, its other stories with their summaries, its writers'
    blurb and disclaimers, an author's box. Under a story of two short paragraphs that prose
    can outweigh the story in the region search, and the region ran on through it to the
    footer. A tag row in a story's head is followed by its date or reading time; one above the
    story's second paragraph does not close it. The caller asks only when no second article
    ends the region, and above the readers' thread when one does (the outlet's blocks stand
    between the row and the thread: an author's box, a call to its offers, its sections)."""
    return _story_close(lines, tags, start, end, end, opened=int(lede))


def _story_close(
    lines: list[Line], tags: list[str], start: int, end: int, last: int, *, opened: int = 0
) -> int | None:
    """:func:`short_story_close` of the region ``[start, end]``, the scan going on below it
    down to line ``last`` (``last >= end``) when no row inside closes the story, a row there
    read as in the region ``[start, last]``. One scan answers both: a row inside the region
    that a date follows within ``end`` has it within ``last`` too, so a second scan of the
    region's rows, to ``last``, would find no row there either. ``opened``: the story's
    paragraphs above the region (its lede that the region search left out)."""
    paragraphs = opened
    for k in range(start, last + 1):
        if story_line(lines[k]) and not tags[k]:
            paragraphs += 1
        elif paragraphs >= _STORY_PARAGRAPHS and (
            _closing_tag_row(lines, tags, k, lim := end if k <= end else last)
            or _dated_closing_row(lines, tags, start, k, lim)
        ):
            return k
        elif paragraphs and _row_over_cards(lines, tags, k):
            return k  # (the cards under the row say it closes a story of one paragraph)
    return None


def _date_alone(ln: Line, tag: str) -> bool:
    """A line that is the post's date and nothing else ("May 28, 2024", "Updated: 3 March
    2023"): a card's dated label (:func:`_label`: a date or a stamp word and a date, no
    byline, no prose) that gives no reading time."""
    return _label(ln, tag) and not has_reading_time(ln.text)


def _dated_closing_row(lines: list[Line], tags: list[str], start: int, k: int, end: int) -> bool:
    """Line ``k`` is a short story's tag row with the post's date alone under it
    (:func:`_date_alone`: its date, or "Updated" and a date), and no more words of paragraphs
    below the date, down to ``end``, than the story prints above the row from ``start``.

    Many sites print the post's date (or when it was updated) once more under its tag row at
    the story's end, then the author's name and the outlet's newsletter offer; the date does
    not make the row a head's. A tag row in a story's head has the story's paragraphs under
    its date, the greater part of the story (a standfirst or a lede above the row at most)."""
    if tags[k] != TOPIC_TAGS:
        return False
    j = k + 1
    while j <= end and j - k <= _HEAD_LINES and _date_alone(lines[j], tags[j]):
        j += 1
    if j == k + 1:
        return False  # no date under the row: :func:`_closing_tag_row` reads it

    def words(a: int, b: int) -> int:
        return sum(
            ln.words for ln, t in zip(lines[a:b], tags[a:b], strict=True) if ln.prose and not t
        )

    return words(j, end + 1) <= words(start, k)


def row_under_story(lines: list[Line], tags: list[str], start: int, end: int) -> int | None:
    """The tag row that closes the short story of the region ``[start, end]``
    (:func:`short_story_close`), or, when none lies inside it, one right under the region:
    among the lines below it down to the first paragraph. The region search weighs a tag row
    as chrome, so a story of two short paragraphs can end right above its own row, which
    closes it all the same; a row past the next paragraph is some other block's. None when
    there is none. (One scan, :func:`_story_close`: the region's rows are not read twice.)"""
    below = next((k for k in range(end + 1, len(lines)) if lines[k].prose), len(lines))
    return _story_close(lines, tags, start, end, below - 1)


#: The most lines a short story prints between its region's end and its own tag row (its
#: paragraphs of one line each: a story of two short paragraphs, or list items).
_ABOVE_ROW_LINES = 3


def lines_above_row(
    lines: list[Line], tags: list[str], start: int, end: int, skip: set[int] | frozenset[int]
) -> int:
    """The new end of a short story's region ``[start, end]`` (under :data:`_ARTICLE_WORDS`
    words, as for :func:`short_story_close`, or a short story under a box of the outlet's:
    :func:`_full_story`) when the story's own lines stand between it and the story's tag row
    (:func:`_closing_tag_row`, or a row over the outlet's cards signed at their foot:
    :func:`_row_over_footed_card`), or between it and the page's foot (its copyright line
    with no paragraph under it, :func:`_page_foot`; each line then of
    :data:`_FOOT_LINE_WORDS` words or more): at most :data:`_ABOVE_ROW_LINES` lines,
    none tagged as chrome but a disclosure with a line of the story under it, none in
    ``skip`` (a menu box's items), none printed twice on the page but the headline printed
    again as the story's first line (:func:`_headline_again`), none ending in a colon (a label
    that introduces what follows: "See more photos:"). ``end`` itself when there are none.

    A short story's paragraphs can be title-like lines or list items ("- This is your first
    marathon ..."): they weigh as a related card's headline does, so the region search stops
    at the paragraph above them (often the outlet's standard paragraph) and leaves them to the
    cards below. The row closes the story, and a site prints its cards under the row, each
    card's headline again on its other pages or in its own box; lines the page prints once,
    right above the row, are the story's. A story can open with its headline once more or
    with an affiliate disclosure ("Buying through our links may earn us a commission"), its
    lines running on under it: the disclosure keeps its tag (chrome inside the story), the
    lines under it are the story's. A disclosure right above the row is the site's foot.
    Below the page's copyright line no card follows: the lines the page prints once between
    a short story and its foot, sentences and no labels, are the story's too."""
    if _full_story(lines, tags, start, end):
        return end  # a full story's region: the search weighed it whole
    k = end + 1
    # (the row itself may lie one line past the story's last line: up to that many lines
    # between the region and the row, as :func:`story_above_row` reads them)
    while k < len(lines) and k - end <= _ABOVE_ROW_LINES + 1:
        foot = _page_foot(lines, tags, k)
        if foot or tags[k] == TOPIC_TAGS:
            closes = (
                k > end + 1
                and tags[k - 1] != DISCLOSURE
                and (
                    all(ln.words >= _FOOT_LINE_WORDS for ln in lines[end + 1 : k])
                    if foot
                    else (
                        _closing_tag_row(lines, tags, k, len(lines) - 1)
                        or _row_over_footed_card(lines, tags, k)
                    )
                )
            )
            return k - 1 if closes else end
        if tags[k] == DISCLOSURE:
            k += 1
            continue  # (a notice at the story's head: its lines run on under it)
        if tags[k] or k in skip or lines[k].text.endswith(COLONS):
            return end
        if lines[k].repeats and not (k == end + 1 and _headline_again(lines, k, start)):
            return end
        k += 1
    return end


#: The fewest words of each line between a short story's region and the page's foot that
#: :func:`lines_above_row` takes for the story's (a card's summary's least,
#: :data:`_CARD_SUMMARY_WORDS`): a site prints short lines of its own above its copyright
#: line (a slogan, "Back to top", its address), no sentence of a story.
_FOOT_LINE_WORDS = _CARD_SUMMARY_WORDS


def _page_foot(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is the page's foot: its copyright line (a footer opened by the sign or the
    word and a year, :func:`~.features.copyright_opened`) with no paragraph under it. A
    picture's credit inside a story ("© 2024 AFP") has the story's paragraphs under it."""
    return (
        tags[k] == FOOTER
        and copyright_opened(lines[k])
        and not any(ln.prose for ln in lines[k + 1 :])
    )


def _full_story(lines: list[Line], tags: list[str], start: int, end: int) -> bool:
    """The region ``[start, end]`` holds a full story: :data:`_ARTICLE_WORDS` words or more
    under its last headline (:func:`_headline`) above its last paragraph, or above that
    headline (all the region's words when it holds no such headline).

    The region search can take in a box of the outlet's above a short story's headline (its
    reviewers' network: a paragraph on itself, a list, its sections' links), prose of no
    story; neither the box nor the story under it is a full story's length. A long story's
    last section under its subheading may be short, but its sections above are not (a region
    of twice the words holds one part that long, whatever its headlines)."""
    total = sum(ln.words for ln in lines[start : end + 1])
    if total < _ARTICLE_WORDS or total >= 2 * _ARTICLE_WORDS:
        return total >= _ARTICLE_WORDS
    last = next((k for k in range(end, start - 1, -1) if lines[k].prose), start)
    head = next((k for k in range(last - 1, start - 1, -1) if _headline(lines[k], tags[k])), start)
    above = sum(ln.words for ln in lines[start:head])
    return max(above, total - above) >= _ARTICLE_WORDS


def _headline_again(lines: list[Line], k: int, start: int) -> bool:
    """Line ``k`` is the headline over the region that opens at ``start``, printed again: the
    page's one other copy of it is the line right above the region. A story can print its
    headline once more as its first line; a card's headline printed in two boxes has its
    other copy in the other box, not over the story's paragraph."""
    return start > 0 and lines[k].repeats == 1 and lines[start - 1].key == lines[k].key


def story_above_row(
    lines: list[Line],
    tags: list[str],
    ws: list[float],
    region: tuple[int, int],
    skip: set[int] | frozenset[int],
) -> tuple[tuple[int, int], int] | None:
    """The region of a short story printed above its own tag row when the region search
    chose a block of prose below that row, and that row; None when there is none.

    A story is its paragraphs (prose the page prints once, weighed as prose: at least
    :data:`_STORY_PARAGRAPHS`, or one under a headline, :func:`_headline`) and, at most
    :data:`_ABOVE_ROW_LINES` lines below them (list items, none tagged as chrome, none in
    ``skip``, none printed twice), its tag row with no date under it
    (:func:`_closing_tag_row`). The row closes the story, so what the site prints under it is
    the outlet's (its forms, its other posts, its offers and how to buy them, its legal
    notices). Under a story of one paragraph and two list items (which weigh as a card's
    headline does), or of a few short lines, that prose can outweigh the story, and the
    search chose it. Asked only of the nearest tag row above the region, and only when no tag
    row lies in the region itself (then the region is a story of its own)."""
    start, end = region
    row = next((k for k in range(start - 1, -1, -1) if tags[k] == TOPIC_TAGS), None)
    if row is None or not _closing_tag_row(lines, tags, row, start - 1):
        return None
    if any(tags[k] == TOPIC_TAGS for k in range(start, end + 1)):
        return None
    story = _story_over(lines, tags, ws, row, skip)
    return (story, row) if story is not None else None


def story_below_menu(
    lines: list[Line],
    tags: list[str],
    ws: list[float],
    region: tuple[int, int],
    skip: set[int] | frozenset[int],
    items: set[int],
) -> tuple[tuple[int, int], int] | None:
    """The region of a short story printed above the page's tag row when the region search
    chose a block of the site's menu above it, and that row; None when there is none.

    The region is a menu's when a run of its labels lies inside it (``items``:
    :func:`~cleanscrape.chrome.regions.menu_runs`, the section links a mega menu prints one a
    line between its sections' blurbs): a story's paragraphs do not run through such a run.
    The blurbs (a sentence or two on each section) can outweigh a story of two or three
    paragraphs, and the search chose them. The story stands where :func:`story_above_row`
    reads one: its paragraphs right above the first tag row below the region
    (:func:`_closing_tag_row`, or a row over a related heading: :func:`_row_over_heading`), no
    tag row in the region itself."""
    start, end = region
    if not any(start < k < end for k in items):
        return None
    row = next((k for k in range(end + 1, len(lines)) if tags[k] == TOPIC_TAGS), None)
    if row is None:
        return None
    if not (
        _closing_tag_row(lines, tags, row, len(lines) - 1) or _row_over_heading(lines, tags, row)
    ):
        return None
    if any(tags[k] == TOPIC_TAGS for k in range(start, end + 1)):
        return None
    story = _story_over(lines, tags, ws, row, skip)
    return (story, row) if story is not None and story[0] > end else None


def _row_over_heading(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a tag row with a related heading under it ("Related articles"), within
    :data:`_HEAD_LINES` lines and before any date: the dates under the heading are its
    cards', not those of a story's head (a row there has the story's date right under it)."""
    for j in range(k + 1, min(k + 2 + _HEAD_LINES, len(lines))):
        if tags[j] == RELATED_HEADING and not lines[j].text.endswith(COLONS):
            return True
        if _head_dated(lines, tags, j):
            return False
    return False


def _story_over(
    lines: list[Line],
    tags: list[str],
    ws: list[float],
    row: int,
    skip: set[int] | frozenset[int],
) -> tuple[int, int] | None:
    """The paragraphs of the short story right above the tag row ``row``, as
    :func:`story_above_row` reads them; None when there are none."""
    last = row - 1
    while last >= 0 and row - last <= _ABOVE_ROW_LINES and not _paragraph_at(lines, tags, ws, last):
        if tags[last] or last in skip or lines[last].repeats:
            return None
        last -= 1
    if last < 0 or not _paragraph_at(lines, tags, ws, last):
        return None
    first = last
    while first > 0 and _paragraph_at(lines, tags, ws, first - 1):
        first -= 1
    headed = first > 0 and _headline(lines[first - 1], tags[first - 1])
    if not headed and last - first + 1 < _STORY_PARAGRAPHS:
        return None
    return first, last


def _paragraph_at(lines: list[Line], tags: list[str], ws: list[float], k: int) -> bool:
    """Line ``k`` is a paragraph of a story: prose the page prints once, weighed as prose."""
    ln = lines[k]
    return ln.prose and not tags[k] and not ln.repeats and ws[k] > 0
