"""Page structure: card lists, the main prose region, the title.

* :func:`tag_lines` gives every line that is chrome on its own a category: lexicon hits,
  separators, datelines, image-alt slugs, cards (a title written twice, or a slug glued to a
  title, then its teaser), teasers cut with " ...", "[Video]"-style media lists.
* :func:`main_region` finds the article's prose region: the run of lines with the largest
  score, where sentence-like lines count for their length and chrome lines against it (a
  maximum-sum segment, so a related block between two halves of an article is crossed while a
  related list after the article is not).
* :func:`find_title` picks the headline above the region.
"""

from __future__ import annotations

import re
from collections.abc import Set
from itertools import compress, count, pairwise
from operator import attrgetter

from .. import lexicon as lx
from ..lexicon.folding import fold
from .bylines import byline_of
from .citations import reference_lists
from .consent import consent_panels, unspaced_consent
from .features import (
    AUTHOR_BIO,
    COLONS,
    COMMENTS,
    COOKIE,
    CREDIT,
    DISCLOSURE,
    FOOTER,
    MEDIA_HEADING,
    MENU,
    NETWORK_KEYS,
    RELATED_HEADING,
    SHARE_FOLLOW,
    SUBSCRIBE,
    TOPIC_TAGS,
    UI,
    Line,
    credit_tail,
    figures_row,
    paywall_offer,
    phrase_tail,
)
from .reading_time import READ_TIME, minutes_hint
from .shortcodes import is_shortcode

#: Categories that open a section of links (what follows them is chrome, not article text).
SECTION_HEADINGS = frozenset({RELATED_HEADING, MEDIA_HEADING, COMMENTS})

_HEADING_WEIGHT = -25.0
_TAG_WEIGHT = -10.0
_COMMENTS_DAMP = 0.2
_RELATED_DAMP = 0.4
#: A newsletter box damps what follows it like a related heading when the paragraphs after it
#: hold less than this share of the words of those before it (the page's tail).
_SUBSCRIBE_TAIL = 0.5
#: An inline box (a "Read also"/"Don't miss" heading and its links inside the body): when
#: :data:`_BOX_RESUME` paragraphs in a row start within this many lines after a related
#: heading, the article goes on and its prose counts as before the heading.
_BOX_SPAN = 8
_BOX_RESUME = 3
#: A card list: this many summaries in a row, each one sentence-like line alone under a short
#: title line (kicker, headline, author), at most :data:`_CARD_GAP` lines apart.
_CARD_RUN = 3
_CARD_GAP = 8
_CARD_DAMP = 0.1
#: A card's summary is one sentence of at most this many words.
_CARD_WORDS = 45
#: ... and they close an article: at least this many words of paragraphs (or as many as the
#: summaries hold) come before them.
_CARD_ARTICLE_WORDS = 150
#: Where a page title goes on after its headline: "Headline: subtitle", "Headline | Site".
_TITLE_SEPARATOR = re.compile(r"\s*(?::|\s[-|–—·/»]|[|–—·»])\s")
#: Where one sentence ends and another starts within a line (card summaries are one sentence).
SENTENCE_BREAK = re.compile(r"\w[.!?]['\"”’)]?\s+[\"“‘(]?[A-Z0-9]|[。！？]\S")

#: The tag of a dateline (a date or time line, "Updated 3 March 2026, 10:04"): :func:`tag_lines`
#: gives it, the region, thread and strip rules read it.
TIMESTAMP = "timestamp"
#: The tag of a teaser (a story summary of another article): :func:`tag_lines` gives it.
TEASER = "teaser"
#: The tag of a card of another story (its title written twice, or glued to an image's slug):
#: :func:`tag_lines` gives it, the head, thread and strip rules read it.
RELATED_CARD = "related_card"
#: The tag of a "[Video]"-style line of a media list: :func:`tag_lines` gives it.
MEDIA_LIST = "media_list"
#: The tag of a separator line ("* * *", "-----"): :func:`tag_lines` gives it, the region and
#: strip rules read it.
SEPARATOR = "separator"
#: The tag of an image's alt text printed as a lower-case slug ("man-walks-dog-in-park"):
#: :func:`tag_lines` gives it, the strip stage reads it.
ALT_SLUG = "alt_slug"
#: The tag of a line of HTML source or a CMS's shortcode printed as text: :func:`tag_lines`
#: gives it; never the page's text, the strip stage counts it apart.
MARKUP = "markup"


def tag_lines(lines: list[Line], *, diacritics: bool) -> list[str]:
    """Category of each line that is chrome by itself, ``""`` for the others."""
    n = len(lines)
    tags = [""] * n
    marked_keys = {ln.key for ln in lines if not ln.ascii_lower}
    for i, ln in enumerate(lines):
        if ln.separator:
            tags[i] = SEPARATOR
        elif ln.lexicon:
            tags[i] = ln.lexicon
        elif ln.media_tag:
            tags[i] = MEDIA_LIST
        elif ln.ascii_lower and (ln.key in marked_keys or (diacritics and ln.words >= 4)):
            tags[i] = ALT_SLUG
        elif (ln.slug_prefix and (ln.slug_prefix in marked_keys or diacritics)) or ln.doubled:
            tags[i] = RELATED_CARD
        elif ln.dateline:
            tags[i] = TIMESTAMP
        elif ln.teaser:
            tags[i] = TEASER
        elif ln.text[0] == "<" and (
            (_MARKUP_START.match(ln.text) and len(_MARKUP_TAG.findall(ln.text)) >= _MARKUP_TAGS)
            or lone_tags(ln.text)
        ):
            tags[i] = MARKUP
        elif ln.text[0] in _SHORTCODE_OPENS and is_shortcode(ln.text):
            tags[i] = MARKUP  # a CMS's widget printed as its code (see ``shortcodes``)
    # cards: a title immediately repeated (title link + image link), then a teaser (a date
    # repeated, as a sticky header prints it above the body, is no card's title)
    for i in range(n - 1):
        a, b = lines[i], lines[i + 1]
        if a.key and a.key == b.key and a.words >= 3 and not a.terminal and not a.dateline:
            tags[i] = tags[i] or RELATED_CARD
            tags[i + 1] = tags[i + 1] or RELATED_CARD
            _tag_teaser(lines, tags, i + 2)
    for i, ln in enumerate(lines):
        if ln.doubled:
            _tag_teaser(lines, tags, i + 1)
    _tag_icon_rows(lines, tags)
    _tag_form_fields(lines, tags)
    for k in paywall_boxes(lines, tags):
        tags[k] = tags[k] or SUBSCRIBE
    if MENU in tags:
        _untag_table_headers(lines, tags)
    block = "\n".join([ln.text for ln in lines])  # (the page's text, for the block rules)
    for k in consent_panels(lines, block) | unspaced_consent(lines, block):
        tags[k] = tags[k] or COOKIE
    for k in reference_lists(lines, block):
        tags[k] = tags[k] or "references"
    return tags


#: A header row of words joined by tabs is followed by at least this many rows joined so.
_TABLE_ROWS = 2
#: Lines from one row joined by tabs to the next: a cell holding blocks (a paragraph, a
#: heading) is printed on lines of its own between them ("Manufacturing" above
#: "Basic<tab>Best<tab>Best", "Small" and "(1-99 employees)" above a row of sentences).
_ROW_GAP = 3


def _untag_table_headers(lines: list[Line], tags: list[str]) -> None:
    """A row of words joined by tabs is a menu saved as one line (``joined_menu``), unless
    rows of as many tabs (one more or less: a blank cell at either end is not printed) follow
    it and are no such menus themselves: a browser's text (``innerText``) sets a table's cells
    apart with tabs, and the first row of a table of text is its header ("Keyboard Model
    Layout Switch Type Connectivity ..." over rows of models). A row's first cell may stand
    on lines of its own above the row's other cells (:data:`_ROW_GAP`)."""
    for k, ln in enumerate(lines):
        if tags[k] != MENU or "\t" not in ln.text:
            continue
        tabs = ln.text.count("\t")
        below: list[int] = []
        j = k
        while len(below) < _TABLE_ROWS:
            j = next(
                (
                    m
                    for m in range(j + 1, j + 1 + _ROW_GAP)
                    if m < len(lines) and "\t" in lines[m].text
                ),
                -1,
            )
            if j < 0:
                break
            below.append(j)
        if (
            len(below) == _TABLE_ROWS
            and all(abs(lines[j].text.count("\t") - tabs) <= 1 for j in below)
            and any(tags[j] != MENU for j in below)
        ):
            tags[k] = ""


#: A link's note that it opens a new window, at the end of its key (:data:`lexicon.NEW_WINDOW`).
_NEW_WINDOW = re.compile(r"\s+" + lx.written_pattern(lx.NEW_WINDOW) + "$")


#: How every key that :data:`_NEW_WINDOW` changes ends (a suffix test before the pattern).
_NEW_WINDOW_ENDS = tuple(sorted({p.rpartition(" ")[2] for p in lx.phrases(lx.NEW_WINDOW)}))


def _tag_icon_rows(lines: list[Line], tags: list[str]) -> None:
    # (the lines whose key is a network's name, or may be one once the suffix goes: set probes
    # and a suffix test over the page, the pattern only on the few that end so)
    # (links to the site's accounts, one network a line, "Facebook", "X (Twitter)", "LinkedIn
    # (opens new window)": two or more in a row are a follow or share row)
    social, ends, names = [], _NEW_WINDOW_ENDS, NETWORK_KEYS
    for k in [k for k, ln in enumerate(lines) if ln.key in names or ln.key.endswith(ends)]:
        if not tags[k] and _NEW_WINDOW.sub("", lines[k].key) in names:
            social.append(k)
    # runs of two or more lines in a row
    start = 0
    for m in range(1, len(social) + 1):
        if m == len(social) or social[m] != social[m - 1] + 1:
            if m - start >= 2:
                for k in social[start:m]:
                    tags[k] = SHARE_FOLLOW
            start = m


#: A form's field: a short label marked as required ("First Name *", "Email*", "Phone
#: (Required)", the word of :data:`lexicon.FORM_REQUIRED`); two or more, at most
#: :data:`_FIELD_GAP` lines apart (option lists between them), are a form.
_FORM_FIELD = re.compile(
    r"^[^\W\d][^*:]{0,40}?\s?\*$"
    r"|^[^\W\d][^()]{0,40}\s\(" + lx.written_pattern(lx.FORM_REQUIRED) + r"\)$",
    re.IGNORECASE,
)
_FIELD_ENDS = ("*", ")")
_UI_MESSAGE_WORDS = 12
#: A message of a form, a search box, a cart or an account box (:data:`lexicon.UI_MESSAGES`),
#: in a folded line; a button's call to action (:data:`lexicon.UI_CALLS`) is a whole one.
_UI_MESSAGE = re.compile(r"(?:^| )" + lx.phrase_pattern(lx.UI_MESSAGES) + r"(?: |$)")
_UI_CALLS = frozenset(lx.phrases(lx.UI_CALLS))
_FIELD_WORDS = 6
_FIELD_GAP = 3


def _tag_form_fields(lines: list[Line], tags: list[str]) -> None:
    # (every field ends with "*" or ")": a suffix test before the pattern)
    fields = [
        k
        for k, ln in enumerate(lines)
        if ln.text.endswith(_FIELD_ENDS)
        and not tags[k]
        and ln.words <= _FIELD_WORDS
        and _FORM_FIELD.match(ln.text)
    ]
    for a, b in pairwise(fields):
        if b - a <= _FIELD_GAP + 1:
            tags[a] = tags[b] = UI


#: A line of HTML or XML source that a page shows ("<h1>Headline</h1> <p class=...>", the code
#: of a "Republish this story" box, an embed code): it opens with a tag and holds this many.
_MARKUP_TAG = re.compile(r"<[/?!]?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_MARKUP_TAGS = 3
#: ... and opens with a heading or a paragraph: an article's own source offered for copying
#: (a code listing of a tutorial opens with its own element or a script).
_MARKUP_START = re.compile(r"<(?:h[1-6]|p)[\s>]", re.IGNORECASE)
#: A line that is nothing but tags of HTML elements (``<img src=... alt=...>``, ``<br>``,
#: ``<iframe ...></iframe>``, ``<div class="...">``), as a dump of a page whose source a
#: plugin escaped prints them: never text of an article in any language, where a sentence
#: that speaks of a tag ("Use the <img> element to ...") has words around it. The element is
#: named by HTML (a Korean title in angle brackets, "<숨바꼭질>", is none).
_LONE_TAGS = re.compile(
    r"(?:\s*(?:<!--[^\n]*?-->|</?(?:a|abbr|amp-\w+|article|aside|audio|b|blockquote|body|br"
    r"|button|center|div|em|embed|figcaption|figure|font|form|h[1-6]|head|header|hr|html|i"
    r"|iframe|img|input|ins|label|li|link|meta|nav|noscript|object|ol|option|p|param"
    r"|picture|script|section|select|source|span|strong|style|svg|table|tbody|td|textarea"
    r"|th|thead|tr|u|ul|video)(?:\s[^<>]*)?/?>))+\s*",
    re.IGNORECASE,
)


#: How a shortcode or a placeholder opens (a bracket, a double brace): the lines
#: :func:`~cleanscrape.chrome.shortcodes.is_shortcode` reads.
_SHORTCODE_OPENS = "[{"


def lone_tags(text: str) -> bool:
    """The line (``text``, stripped) is nothing but tags of HTML elements (:data:`_LONE_TAGS`)."""
    return _LONE_TAGS.fullmatch(text) is not None


#: An element that shows a picture or a clip where it stands (``<img ...>``, ``<iframe ...>``,
#: ``<video ...>``), as a gallery or an embed prints it: a tag of :data:`_LONE_TAGS`.
_MEDIA_TAG = re.compile(
    r"<(?:img|iframe|video|audio|embed|object|amp-img|amp-iframe|amp-video)\b", re.IGNORECASE
)


def lone_media(text: str) -> bool:
    """The line is nothing but tags (:func:`lone_tags`) and one of them shows a picture or a
    clip (:data:`_MEDIA_TAG`): an image of a gallery, an embedded frame, printed as its tag."""
    return _MEDIA_TAG.search(text) is not None and lone_tags(text)


def _tag_teaser(lines: list[Line], tags: list[str], j: int) -> None:
    if j < len(lines) and not tags[j] and 5 <= lines[j].words <= 150:
        nxt = lines[j]
        if nxt.terminal or nxt.teaser or nxt.words >= 12:
            tags[j] = TEASER


def weights(
    lines: list[Line],
    tags: list[str],
    wrapped: set[int],
    menu: Set[int] = frozenset(),
    *,
    code: Set[int],
) -> list[float]:
    """Score of each line for the region search (positive: prose; negative: chrome).

    ``wrapped``: the positions of the lines of paragraphs wrapped at a fixed width
    (:func:`wrapped_paragraphs`), which weigh as prose. ``menu``: the positions of the lines
    of menu boxes above the story (:func:`~cleanscrape.chrome.menu_boxes.menu_boxes`) and of
    input forms (:func:`~cleanscrape.chrome.forms.input_forms`), whose sentences weigh as card
    summaries. ``code``: the positions of the lines of code
    listings (:func:`~cleanscrape.chrome.code_blocks.find_listings`), which weigh nothing:
    the article goes on through its listings."""
    out: list[float] = []
    own: list[float] = []  # each line's weight before a heading's damp (its own damps kept)
    dated = dated_cards(lines, tags)
    cards = card_summaries(lines, tags) | dated
    first_copy = copied_paragraphs(lines, tags) | doubled_questions(lines)
    # words of paragraphs after each line (for the newsletter boxes of the page's tail; only
    # a page with one needs them)
    prose_after = [0] * len(lines)
    total = 0
    for k in range(len(lines) - 1, -1, -1) if SUBSCRIBE in tags else ():
        prose_after[k] = total
        if _paragraph(lines[k]) and not tags[k]:
            total += lines[k].words
    prose_total = total
    offers = paywall_boxes(lines, tags)
    notes = inline_disclosures(lines, tags)
    damp = 1.0  # after a comments heading, prose is readers' text: it counts for little
    # a heading whose damp lifts when paragraphs in a row follow: (line, damp before it).
    # Above the page's first two paragraphs in a row, a heading is a menu item ("Comment" as a
    # section of the site); below them, a related heading followed by _BOX_RESUME paragraphs
    # within _BOX_SPAN lines is an inline box, and the article goes on after it.
    box: tuple[int, float] | None = None
    seen_pair = False
    prose_seen = False  # a line of prose above (none: a comments heading is the head's)
    for k, (ln, tag) in enumerate(zip(lines, tags, strict=True)):
        if box is not None and seen_pair and k - box[0] > _BOX_SPAN + _BOX_RESUME - 1:
            box = None
        if k in offers:
            w = -1.0  # a paywall box between the story's paragraphs: one gap, not a tail
        elif tag == COMMENTS:
            w = _HEADING_WEIGHT
            box = _menu_comments(k, damp, box, prose_seen) if not seen_pair else None
            damp = _COMMENTS_DAMP
        elif tag in SECTION_HEADINGS or tag == AUTHOR_BIO:
            # ("About the author" opens a bio after the article, as a related heading a list)
            w = _HEADING_WEIGHT
            box = (k, damp) if box is None else box
            damp = min(damp, _RELATED_DAMP)
        elif tag == SUBSCRIBE:
            w = _TAG_WEIGHT
            if prose_after[k] < _SUBSCRIBE_TAIL * (prose_total - prose_after[k]):
                # a newsletter box in the page's tail: what follows is its form and the site's
                # footer, unless the article goes on (as after a related heading)
                box = (k, damp) if box is None else box
                damp = min(damp, _RELATED_DAMP)
        elif tag in (SEPARATOR, TIMESTAMP):
            w = -1.0
        elif tag == CREDIT:
            # a photo caption or credit sits between the paragraphs of an article
            w = -2.0
        elif k in notes:
            w = 0.0  # a disclosure inside the story's prose: the story goes on through it
        elif tag == MARKUP and lone_tags(ln.text):
            w = 0.0  # an image's or a frame's tag printed as text: where the element stood
        elif tag:
            w = _TAG_WEIGHT
        elif k in code:
            w = 0.0
        elif k in wrapped:
            w = float(min(ln.words, 120))  # a line of a paragraph wrapped at a fixed width
        elif ln.prose:
            prose_seen = True
            run = _paragraph_run(lines, tags, cards, k)
            if box is not None and run >= (_BOX_RESUME if seen_pair else 2) and k - run >= box[0]:
                # the heading was a menu item or an inline box: the article goes on, from the
                # first of the paragraphs that show it (each as it weighs on its own: a menu
                # box's line, a card glued to its summary, stays damped)
                damp, box = box[1], None
                for j in range(k - run + 1, k):
                    out[j] = own[j] * damp
            seen_pair = seen_pair or run >= 2
            w = float(min(ln.words, 120))
            if ln.repeats and ln.index not in first_copy:
                w = -w / 2
            elif ln.index in dated:
                w = -2.0  # a card of a dated listing: a title and a summary, like a link
            elif ln.index in cards:
                w *= _CARD_DAMP
        elif ln.terminal and ln.words >= 4:
            w = 1.0 if not ln.repeats else -3.0
        elif ln.repeats:
            w = -5.0
        else:
            w = -2.0 if ln.words > 2 else -1.0
        if w > 0 and k in menu:
            w *= _CARD_DAMP
        own.append(w)
        out.append(w * damp if w > 0 else w)
    return out


def _menu_comments(
    k: int, damp: float, box: tuple[int, float] | None, prose_seen: bool
) -> tuple[int, float]:
    """The box a comments heading at ``k`` opens above the page's first two paragraphs in a
    row, where it is a menu's item ("Comment & Opinion" as a section of the site): it lifts
    where the paragraphs start below it, back to the damp before the menu's first heading.

    A site prints its menu twice (the bar, and the drawer beside it), and a related heading
    ("Trending") may stand in it too: above every line of prose on the page (``prose_seen``
    false), this heading is an item of the page's head and the box keeps the damp from before
    the head's first heading; else each heading would damp the damp the one above it left, and
    the whole story would weigh as readers' comments. Under a
    line of prose a comments heading may be the page's own ("Comments" over a thread under a
    short post, "Discussion about this post" over its "Comments" tab, each reader's header
    under the comment above it): the damp it sees stays."""
    return (k, box[1] if box is not None and not prose_seen else damp)


def paywall_boxes(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of the lines of paywall boxes: from a ``subscribe`` line to a ``subscribe``
    line, only interface lines (``ui``: "Sign in") and lines that are no paragraph between
    them, one of them a paywall's offer (:func:`~cleanscrape.chrome.features.paywall_offer`:
    "Unlimited access to every article", "Cancel anytime"). Such a box stands inside the body,
    where the page cuts the story for those who do not subscribe: what follows it is the
    story's rest, not the page's tail (as after a newsletter box), and its lines between its
    tagged ones are its own ("$1 for 6 months", "Exclusive newsletters for subscribers")."""
    found: set[int] = set()
    if SUBSCRIBE not in tags:
        return found
    k, n = 0, len(lines)
    while k < n:
        if tags[k] != SUBSCRIBE:
            k += 1
            continue
        last = j = k
        while j + 1 < n and (tags[j + 1] in _BOX_TAGS or not (tags[j + 1] or lines[j + 1].prose)):
            j += 1
            last = j if tags[j] == SUBSCRIBE else last
        if any(tags[m] == SUBSCRIBE and paywall_offer(lines[m]) for m in range(k, last + 1)):
            found.update(range(k, last + 1))
        k = j + 1
    return found


#: The tags of a paywall box's lines (its offer, its buttons).
_BOX_TAGS = frozenset({SUBSCRIBE, UI})


#: A paragraph wrapped at a fixed width (text saved with its line breaks): at least this many
#: lines in a block, each but the last :data:`_WRAP_CHARS` characters long, within
#: :data:`_WRAP_SPREAD` of each other, two in three of them going on in lower case on the next
#: line.
_WRAP_LINES = 3
_WRAP_CHARS = (40, 100)
_WRAP_SPREAD = 30


def wrapped_paragraphs(lines: list[Line]) -> set[int]:
    """Positions of the lines of paragraphs wrapped at a fixed width.

    A page whose text keeps its line breaks (a plain-text post, a ``<pre>`` body) splits each
    paragraph into lines of about the same length, most of which end mid-sentence and go on in
    lower case: none reads as a sentence, so the article weighed as a run of short lines.
    """
    out: set[int] = set()
    starts = [k for k, ln in enumerate(lines) if ln.block_start or k == 0]
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        if b - a < _WRAP_LINES:
            continue
        body = lines[a : b - 1]  # every line but the last is cut at the width
        sizes = [len(ln.text) for ln in body]
        if min(sizes) < _WRAP_CHARS[0] or max(sizes) > _WRAP_CHARS[1]:
            continue
        if max(sizes) - min(sizes) > _WRAP_SPREAD:
            continue
        goes_on = sum(1 for ln in lines[a + 1 : b] if ln.text[:1].islower())
        if 3 * goes_on >= 2 * (b - a - 1) and any(ln.terminal for ln in lines[a:b]):
            out.update(range(a, b))
    return out


#: A copy of the article: at least this many paragraphs in a row written again, in the same
#: order, further down the page.
_COPY_RUN = 3
#: ... holding at least this share of the words of the page's distinct paragraphs.
_COPY_SHARE = 0.5


def copied_paragraphs(lines: list[Line], tags: list[str]) -> set[int]:
    """Input indices of the paragraphs of the first copy of an article the page holds twice.

    Some pages carry the body twice (a print or mobile copy, a hidden template of the same
    text): every paragraph repeats, and a repeated line counts against the region. A run of
    :data:`_COPY_RUN` paragraphs or more, each first written here and written again in the
    same order further down, is the article when it holds most of the page's prose: its first
    copy counts as prose. A summary written twice (a standfirst and its card) is one line, not
    a run; a slider's cloned cards are a small part of the page's prose. An article's copy
    holds two of its paragraphs in a row: a run whose paragraphs each stand alone between
    other lines (a name over a one-sentence offer, again and again) is a menu's cards, which
    a site prints twice (its desktop and its mobile menu), however short the story under it.
    """
    paras = [k for k, ln in enumerate(lines) if ln.prose and not tags[k]]
    keys = [lines[k].key for k in paras]
    seen: dict[str, int] = {}
    later: list[int | None] = [None] * len(keys)  # position of the next copy of each paragraph
    for p in range(len(keys) - 1, -1, -1):
        later[p] = seen.get(keys[p])
        seen[keys[p]] = p
    first = {keys[p]: p for p in range(len(keys) - 1, -1, -1)}
    found: set[int] = set()
    p = 0
    while p < len(keys):
        q, run = later[p], 0
        if q is not None and first[keys[p]] == p:
            while (
                p + run < q
                and q + run < len(keys)
                and keys[p + run] == keys[q + run]
                and first[keys[p + run]] == p + run
            ):
                run += 1
        if run >= _COPY_RUN:
            found.update(paras[j] for j in range(p, p + run))
            p += run
        else:
            p += 1
    # ... and the copy is the page's prose: most of the words of its distinct paragraphs (a
    # carousel of testimonials or of other posts, written twice by a slider, is a small part)
    distinct = sum(lines[paras[p]].words for p in first.values())
    if _COPY_SHARE * distinct > sum(lines[k].words for k in found):
        return set()
    if not any(k + 1 in found for k in found):
        return set()  # each paragraph alone under its title: a menu's cards printed twice
    return {lines[k].index for k in found}


#: A story's questions and answers printed twice in a row: at least this many questions ...
_DOUBLED_QUESTIONS = 3
#: ... each ending with a question mark of its script ("?", the fullwidth "？", the Arabic "؟").
_QUESTION_ENDS = ("?", "？", "؟")


def doubled_questions(lines: list[Line]) -> set[int]:
    """Input indices of the first copy of a run of questions and answers that the page prints
    twice, the second copy right under the first (an FAQ's accordion and the same FAQ laid out
    for another screen): at least :data:`_DOUBLED_QUESTIONS` lines that ask, each over an
    answer of running prose, the run's lines written again in the same order right after it.
    Every line of it repeats, so the answers weighed against the region as a copy's do, and
    the story's FAQ went with the page's tail; a copy right under its first is no template of
    the site's, printed once on each of its pages."""
    n = len(lines)
    # (the repeated lines, picked by a C-level map; those that ask are read)
    repeated = list(compress(count(), map(attrgetter("repeats"), lines)))
    for at, k in enumerate(repeated):
        ln = lines[k]
        if not ln.text.endswith(_QUESTION_ENDS):
            continue
        # the second copy of the run starts at the next line with the question's key
        span = next((j - k for j in repeated[at + 1 :] if lines[j].key == ln.key), 0)
        if not span or k + 2 * span > n:
            continue
        if any(lines[k + i].key != lines[k + span + i].key for i in range(span)):
            continue
        asked = sum(
            1
            for i in range(k, k + span - 1)
            if lines[i].text.endswith(_QUESTION_ENDS) and lines[i + 1].prose
        )
        if asked >= _DOUBLED_QUESTIONS:
            return {lines[i].index for i in range(k, k + span)}
    return set()


def card_summaries(lines: list[Line], tags: list[str]) -> set[int]:
    """Input indices of the summaries of card lists (teaser cards without a " ..." cut).

    A card is a short title line (kicker, headline, author name, date) and one sentence-like
    summary: one sentence, or more under two title lines (headline and author, kicker and
    headline; a share button is none, :func:`_card_title`). The summary stands alone, while an
    article's paragraphs follow one another. Runs of lines alone under a title, at most
    :data:`_CARD_GAP` lines apart with no other prose between them, are card lists when at
    least :data:`_CARD_RUN` of them, and half, read as summaries.
    """
    lone: list[int] = []  # sentence-like lines alone under a title line
    summary: set[int] = set()  # ... that read as a card's summary
    for k in range(1, len(lines)):
        ln, prev = lines[k], lines[k - 1]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            ln.prose
            and not tags[k]
            and not prev.prose
            and prev.titlelike
            and prev.words >= 2
            and (nxt is None or not nxt.prose)
        ):
            lone.append(k)
            if (ln.words <= _CARD_WORDS and not SENTENCE_BREAK.search(ln.text)) or (
                k >= 2 and _card_title(lines[k - 2], tags[k - 2])
            ):
                summary.add(k)
    if not lone:
        return set()
    # the last two paragraphs in a row: card lists after it close the page (a list of items
    # that the article goes on from is the article's own); looked for from the page's end
    last_pair = next(
        (
            k
            for k in range(len(lines) - 1, 0, -1)
            if _paragraph(lines[k]) and _paragraph(lines[k - 1])
        ),
        -1,
    )
    found: set[int] = set()
    run: list[int] = []
    for k in [*lone, len(lines) + _CARD_GAP + 1]:
        if run and (k - run[-1] > _CARD_GAP or any(ln.prose for ln in lines[run[-1] + 1 : k])):
            cards = sum(1 for j in run if j in summary)
            if (
                cards >= _CARD_RUN
                and 2 * cards >= len(run)
                and run[0] > last_pair
                and not _introduces_list(lines, tags, run[0], run[-1])
            ):
                # ... below an article (a listing page with a short intro is its list)
                above = sum(ln.words for ln in lines[: run[0]] if _paragraph(ln))
                if above >= min(sum(lines[j].words for j in run), _CARD_ARTICLE_WORDS):
                    found.update(lines[j].index for j in run)
            run = []
        run.append(k)
    return found


def _card_title(ln: Line, tag: str) -> bool:
    """A line a card prints over its headline (a kicker, a date) or under it (its author): a
    title-like line, no share button. A share row stands at the foot of the page's own article
    head, over its body: the paragraph under a headline under it is a story's, not a card's."""
    return ln.titlelike and not ln.prose and tag != SHARE_FOLLOW


def _introduces_list(lines: list[Line], tags: list[str], first: int, last: int) -> bool:
    """Lines ``first`` to ``last`` hold a line of their own that ends with a colon ("Choose:",
    "Include:", "Confirm:"): a guide's steps, each a subheading and a sentence, with the lists
    they introduce between them, not a list of cards of other stories."""
    return any(not tags[k] and lines[k].text.endswith(COLONS) for k in range(first, last + 1))


#: A card list whose cards each end with a date ("Mar 3, 2026", "Feb 20th 2026 4 Min Read"):
#: at least this many dates one card apart, a card being this many lines at most.
_DATED_CARDS = 3
_DATED_CARD_LINES = 6
#: Two cards, one of them without a date (a sponsored card between two dated ones): the most
#: lines between two dates of a listing whose cards are not all one length.
_UNEVEN_CARD_LINES = 8
#: A reading time ("4 Min Read", "8 min read", "5 Min. Lesezeit": ``reading_time.READ_TIME``).
_READ_TIME = re.compile(READ_TIME + r"\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def dated_cards(lines: list[Line], tags: list[str]) -> set[int]:
    """Input indices of the sentence-like lines of card lists whose cards end with a date.

    A listing of other posts (title, summary, date) repeats one shape: the dates come at one
    fixed distance from each other, each card holding one summary at most. Titles written as
    questions and summaries of several sentences read as prose, which :func:`card_summaries`
    does not take for cards; the date at a fixed period shows the list. An article's own
    dated entries (a timeline) hold paragraphs of different lengths in a row, not one line.
    The first card has no date above it to show where it starts: it is taken as long as the
    others, less the paragraphs that go on from the one above it (:func:`_first_card`).
    """
    # a date closing a card: a dateline, or a short line with a year and a reading time (a
    # year holds "19" or "20": two substring tests rule out most lines before the pattern; the
    # reading-time pattern, an alternation of many languages tried at every character, runs
    # only where a figure is followed by a unit of minutes)
    year, read_time = _YEAR.search, _READ_TIME.search
    dates = [
        k
        for k, ln in enumerate(lines)
        if ln.dateline
        or (
            ln.words <= 10
            and ("20" in (text := ln.text) or "19" in text)
            and year(text)
            and minutes_hint(text)
            and read_time(text)
        )
    ]
    found: set[int] = set()
    i = 0
    while i < len(dates):
        j = i
        gap = dates[i + 1] - dates[i] if i + 1 < len(dates) else 0
        if 2 <= gap <= _DATED_CARD_LINES:
            while j + 1 < len(dates) and dates[j + 1] - dates[j] == gap:
                j += 1
        if j - i + 1 >= _DATED_CARDS:
            # every card (the lines before each date, the first card as long as the others)
            cards = [range(d - gap + 1, d) for d in dates[i : j + 1]]
            prose = [[k for k in card if k >= 0 and lines[k].prose] for card in cards]
            if all(len(p) <= 2 for p in prose) and sum(1 for p in prose if p) >= _DATED_CARDS:
                prose[0] = _first_card(lines, tags, cards[0], prose[0])
                found.update(lines[k].index for p in prose for k in p)
            i = j + 1
        else:
            i += 1
    return found | _uneven_dated_cards(lines, dates)


def _uneven_dated_cards(lines: list[Line], dates: list[int]) -> set[int]:
    """Input indices of the summaries of a dated listing whose cards are not all one length.

    A sidebar's cards (a section label, a date, a title, a summary) come at uneven distances
    when cards without a date (a sponsored card) stand between them. Between each two dates
    :data:`_UNEVEN_CARD_LINES` lines apart at most, at least :data:`_DATED_CARDS` times in a
    row, every summary stands alone (no paragraph above or below it) and a card holds two at
    most: an article's own dated entries (a timeline, a live blog's posts) hold paragraphs in
    a row, or an entry longer than a card.
    """
    found: set[int] = set()
    run: list[int] = []  # the summaries of the run of cards so far
    cards = 0  # ... and how many of its cards hold one
    for a, b in pairwise(dates):
        if 2 <= b - a <= _UNEVEN_CARD_LINES:
            prose = [k for k in range(a + 1, b) if lines[k].prose]
            if len(prose) <= 2 and not any(lines[k - 1].prose or lines[k + 1].prose for k in prose):
                run.extend(prose)
                cards += bool(prose)
                continue
        if cards >= _DATED_CARDS:
            found.update(lines[k].index for k in run)
        run, cards = [], 0
    if cards >= _DATED_CARDS:
        found.update(lines[k].index for k in run)
    return found


def _first_card(lines: list[Line], tags: list[str], card: range, prose: list[int]) -> list[int]:
    """The summaries of a dated listing's first card (``prose``: its sentence-like lines, the
    card taken as long as the others). When the card opens with a paragraph and the line above
    it is one too, the run of paragraphs from its first line is the article's close (its last
    paragraphs right above a list whose cards open with an author and a date), not a card's.
    So are the lines above a tag row in the card: a story's tag row closes the story, no card
    holds one between its summary and its date (the listing's cards open with their dates,
    under the story's tags)."""
    row = next((k for k in reversed(card) if k >= 0 and tags[k] == TOPIC_TAGS), None)
    if row is not None:
        return [m for m in prose if m > row]
    start = card.start
    # (a disclosure inside the prose between the card's first line and a paragraph is passed)
    above = start - 2 if start >= 2 and disclosure_in_prose(lines, tags, start - 1) else start - 1
    if above < 0 or start not in prose or tags[above] or not lines[above].prose:
        return prose
    k = start
    while k in prose:
        k += 1
    return [m for m in prose if m >= k]


def _paragraph_run(lines: list[Line], tags: list[str], cards: set[int], k: int) -> int:
    """How many paragraphs in a row end at line ``k`` (card summaries do not count)."""
    run = 0
    while run <= _BOX_RESUME and k - run >= 0:
        ln = lines[k - run]
        if tags[k - run] or not _paragraph(ln) or ln.index in cards:
            break
        run += 1
    return run


def inline_disclosures(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of the affiliate disclosures that stand inside a run of prose
    (:func:`disclosure_in_prose`)."""
    return {
        k
        for k in compress(count(), map(DISCLOSURE.__eq__, tags))
        if disclosure_in_prose(lines, tags, k)
    }


def disclosure_in_prose(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is an affiliate disclosure (:data:`~cleanscrape.chrome.features.DISCLOSURE`)
    with an untagged paragraph right above it and right below it: a notice of how the outlet
    earns from the page, printed inside the story's prose (under its first paragraph, or
    between the outlet's standfirst and the story). It is chrome by what it says and stays
    dropped, but the run of prose goes on through it: the region search weighs it as nothing
    (:func:`weights`) and the paragraph under it follows the one above it, no card's summary
    (:func:`_first_card`). A disclosure above a card's title or a tag row, or in the site's
    foot among its links, has no paragraph on both sides and still cuts the run. Why general:
    the lexicon names disclosures in every language it holds, and the rule reads only the
    page's own lines around one."""
    return (
        tags[k] == DISCLOSURE
        and 0 < k < len(lines) - 1
        and not tags[k - 1]
        and not tags[k + 1]
        and _paragraph(lines[k - 1])
        and _paragraph(lines[k + 1])
    )


def _paragraph(ln: Line) -> bool:
    return ln.prose and not ln.repeats and not ln.lexicon


def main_region(ws: list[float]) -> tuple[int, int] | None:
    """``(start, end)`` inclusive indices of the maximum-sum run of lines, None if none > 0."""
    best, best_span = 0.0, None
    cur, cur_start = 0.0, 0
    for i, w in enumerate(ws):
        if cur <= 0:
            cur, cur_start = w, i
        else:
            cur += w
        if cur > best:
            best, best_span = cur, (cur_start, i)
    return best_span


def anchored_region(ws: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    """Best ``(start, end, score)`` run starting in ``[lo, hi)`` (right below a headline)."""
    best: tuple[int, int, float] | None = None
    for start in range(max(0, lo), min(hi, len(ws))):
        if ws[start] <= 0:
            continue
        total = 0.0
        for end in range(start, len(ws)):
            total += ws[end]
            if best is None or total > best[2]:
                best = (start, end, total)
    return best


def region_score(ws: list[float], span: tuple[int, int]) -> float:
    return sum(ws[span[0] : span[1] + 1])


#: A row of menu links saved as one line ("Home | News | Sport | Contact Us | Careers"): at
#: least this many items between separators, none longer than :data:`_MENU_ITEM_WORDS` words.
_MENU_ITEMS = 5
_MENU_ITEM_WORDS = 4
_MENU_SEPARATOR = re.compile(r"\s+[|·•/»]\s+")
#: A menu's items printed one a line between two of the site's blurbs (:func:`menu_runs`):
#: at least this many lines in a row.
_MENU_RUN_LINES = 5
#: An ordered list's number opening a line ("1. Adobe Premiere", "2) Filmora").
_ITEM_NUMBER = re.compile(r"^\d+[.)]\s")


def _menu_label(ln: Line) -> bool:
    """``ln`` may be a menu's item: a label of one to :data:`_MENU_ITEM_WORDS` words (as a
    menu row's items, :func:`menu_row`), no sentence, no list item (no mark printed before
    it, no number opening it)."""
    if not 0 < ln.words <= _MENU_ITEM_WORDS or ln.terminal or ln.mark:
        return False
    return _ITEM_NUMBER.match(ln.text) is None


def menu_runs(lines: list[Line]) -> set[int]:
    """Positions of the lines of runs of :data:`_MENU_RUN_LINES` menu labels or more
    (:func:`_menu_label`) in a row between two paragraphs, the one above not ending in a
    colon.

    A site's mega menu prints each section's blurb (a sentence or two on what the section
    offers) and then the section's links, one label a line ("Careers", "Member Benefits",
    "Security"). A story prints a list of short items under a line that introduces it (ending
    in a colon), or with list marks or numbers; a run of bare labels between two blurbs is
    the site's menu."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not _menu_label(lines[k]):
            k += 1
            continue
        j = k
        while j < len(lines) and _menu_label(lines[j]):
            j += 1
        if j - k >= _MENU_RUN_LINES and k > 0 and j < len(lines):
            above, below = lines[k - 1], lines[j]
            if above.prose and below.prose and not above.text.endswith(COLONS):
                out.update(range(k, j))
        k = j
    return out


def menu_row(text: str) -> bool:
    """``text`` is a row of menu links, not a page title: many short items between separators.

    A title goes on after its headline with a site or section name or two ("Headline - Section
    | Site"); a menu row names five or more places of the site, none of them a sentence. An
    item of the row printed again further down (a footer link "Terms of Service", an author
    box's "Founder and CEO") is no headline, and the lines under it are not the article (only
    the row's first item may be, :func:`headline_anchor`).
    """
    items = _MENU_SEPARATOR.split(text)
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_WORDS for item in items
    )


def headline_anchor(
    lines: list[Line], tags: list[str], *, title: str | None, before: int
) -> int | None:
    """Index of the on-page headline: a line that the page title (first line) starts with.

    A line *equal* to the first line counts only above ``before`` (the region start): a text
    that opens with its own headline repeats it lower down as an image caption or alt text. A
    title that is a menu row (:func:`menu_row`) anchors by its first item alone (a headline
    followed by the site's sections, "Stock Car Calendar 2018 | Site | F1 | Indy | MotoGP"),
    which must be a line of three words or more, above the region like any equal line: a row
    that opens with "Home" or "News" anchors nothing, nor does a footer's "Terms of Service"
    below the article. A line that is only the start of the title is the headline when the
    title goes on after it with a separator ("Headline: subtitle", "Headline - Site") or when
    it holds at least half of the title; a subheading of the body that happens to start the
    title ("How to retire early" under "How to retire early, step by step") is neither.
    """
    if title:
        text = title
    elif lines:
        text = lines[0].text
    else:
        return None
    if menu_row(text):
        text = _MENU_SEPARATOR.split(text, maxsplit=1)[0]  # (its first item)
    key = fold(text)
    # (only a line whose key starts the title's can be it: those found by a C-level scan)
    for i in compress(count(1), map(key.startswith, map(_KEY, lines[1:400]))):
        ln = lines[i]
        if ln.words < 3 or len(ln.key) < _TITLED_KEY or tags[i] == ALT_SLUG:
            continue
        if key == ln.key:
            if i < before:
                return i
        elif _starts_title(ln.key, text, key):
            return i
    return None


def _title_heads(title: str) -> set[str]:
    """The folded starts of a page title up to each of its separators ("Headline" of
    "Headline: subtitle", "Headline | Site")."""
    return {fold(title[: m.start()]) for m in _TITLE_SEPARATOR.finditer(title)}


def _starts_title(key: str, title: str, title_key: str) -> bool:
    """The folded ``key`` is the page title or its start as :func:`headline_anchor` reads one:
    at least half of the title, or the title up to a separator."""
    if key == title_key:
        return True
    return title_key.startswith(key + " ") and (
        2 * len(key) >= len(title_key) or key in _title_heads(title)
    )


def titled_credits(lines: list[Line], tags: list[str], *, title: str | None) -> list[int]:
    """Lines tagged as a credit by their label, a media word and its colon ("Video: ...",
    "Ảnh: ...", "Image: ..."), that are the story's headline: what follows the label is a
    phrase (:func:`features.phrase_tail`) and the page title (``title``, else the first line,
    a page's title in its dump, which names itself) names the line or that phrase
    (:func:`_starts_title`): "Video: Người dân đổ xô đi mua vàng" under the title "Video:
    Người dân đổ xô đi mua vàng - Site", or over a story titled "Người dân đổ xô đi mua
    vàng". A credit names who made a picture, and no page is titled by it; a caption that a
    media word labels ("Image: Jose Mourinho has agreed a deal ...") is no title's and stays
    a credit. Why general: outlets in every language label a video's or a gallery's story by
    its medium, and where the title repeats the line, the line is that story's headline."""
    title = title or (lines[0].text if lines else "")
    title_key = fold(title)
    if len(title_key) < _TITLED_KEY:
        return []
    found = []
    # (the lines the lexicon tagged as credits, picked in C: a page has few)
    for i in compress(count(), map(CREDIT.__eq__, tags)):
        tail = media_headline(lines[i])
        if tail and any(
            len(key) >= _TITLED_KEY and _starts_title(key, title, title_key)
            for key in (lines[i].key, fold(tail))
        ):
            found.append(i)
    return found


def media_headline(ln: Line) -> str:
    """What follows the label of a line that a media word and its colon open ("Video: ...",
    "Ảnh: ..."), when it is a phrase (:func:`features.phrase_tail`), not a credit's name:
    the words of a headline or a caption; else ``""``."""
    tail = credit_tail(ln.text)
    return tail if tail and phrase_tail(tail) else ""


#: The shortest folded line that a page title names (as :func:`headline_anchor` reads it).
_TITLED_KEY = 15


_KEY = attrgetter("key")

#: The story's own headline stands at most this many lines above its region ...
_FULLER_REACH = 8
#: ... and holds at least this share of the page title's words.
_FULLER_SHARE = 2 / 3
_TITLE_WORD = re.compile(r"\w+")


def fuller_headline(
    lines: list[Line], tags: list[str], *, title: str | None, anchor: int, start: int
) -> int | None:
    """A line above the article's region (``start``) that prints more of the page title than
    the on-page anchor (:func:`headline_anchor`) does, when that anchor is only the title's
    start and stands inside the region: the story's own headline, worded a little apart from
    the page title ("The best smart home hubs of 2026, tested by our editors" under the title
    "The Best Smart Home Hubs of 2026, Tested by Editors"; "How Fast Does an Electric
    Skateboard Go? Top Speeds Revealed" under "How Fast Do Electric Skateboards Go? Top Speeds
    Revealed"), right over the paragraphs that open the story, while the line that starts the
    title is a section heading of its body that says the title's first half again ("The best
    smart home hubs of 2026"). The paragraphs between them are the story's, not chrome above
    its headline. The line stands within :data:`_FULLER_REACH` lines above the region, is
    title-like and untagged, holds :data:`_FULLER_SHARE` of the title's words and more of them
    than the anchor, and adds at most a third as many words of its own. Why general: where a
    title is printed twice on its page, the fuller copy is the headline, in any language;
    ``None`` when no line is one (a title that is a menu row is read by its first item
    alone, and has no more to print)."""
    text = title or (lines[0].text if lines else "")
    if not text or menu_row(text) or lines[anchor].key == fold(text):
        return None
    words = set(_TITLE_WORD.findall(fold(text)))
    held = len(words & set(_TITLE_WORD.findall(lines[anchor].key)))
    for i in range(start - 1, max(0, start - 1 - _FULLER_REACH), -1):
        ln = lines[i]
        if tags[i] or not ln.titlelike or ln.words < 3 or i == anchor:
            continue
        own = set(_TITLE_WORD.findall(ln.key))
        shared = len(own & words)
        if (
            shared > held
            and shared >= _FULLER_SHARE * len(words)
            and 3 * len(own - words) <= len(words)
        ):
            return i
    return None


#: A footer link or notice at most this many lines above a line ...
_FOOTER_REACH = 2
#: ... and another below it, past at most this many short lines that are no paragraphs.
_FOOTER_LINKS = 12


def among_footer_links(lines: list[Line], tags: list[str], i: int) -> bool:
    """Line ``i`` stands among the page's footer links: a line the lexicon tags as footer
    ("Privacy Policy", "Terms of Service", a copyright line) is within :data:`_FOOTER_REACH`
    lines above it, and another below it past short lines alone (no paragraph, no sentence
    between them). A footer prints its legal and service links one a line down to its
    copyright line, and the lexicon does not name them all ("Do Not Sell My Personal
    Information", "NBC News Sitemap"): one of them in that run is a footer link, no headline.
    A headline stands over its byline and its story, not between a site's legal links."""
    if FOOTER not in tags[max(0, i - _FOOTER_REACH) : i]:
        return False
    for k in range(i + 1, min(len(lines), i + 1 + _FOOTER_LINKS)):
        if tags[k] == FOOTER:
            return True
        if lines[k].prose or lines[k].terminal:
            return False
    return False


def ui_message(ln: Line) -> bool:
    """The line is interface text: a form's, a search box's, a cart's or an account box's own
    message (its prompt, its thanks, its error, its state: :data:`lexicon.UI_MESSAGES`) or a
    button's call to action (:data:`lexicon.UI_CALLS`, the whole line). An outlet prints it
    untagged among the chrome above the story, often title-cased or ending in "!" or "?" like
    a headline, but it names no story in any language, so it is never guessed as the
    headline."""
    if ln.words > _UI_MESSAGE_WORDS:
        return False
    return ln.key in _UI_CALLS or _UI_MESSAGE.search(ln.key) is not None


def find_title(
    lines: list[Line],
    tags: list[str],
    start: int,
    *,
    title: str | None,
    skip: Set[int] = frozenset(),
) -> int | None:
    """Index of the headline: the given title where the page has it, else the best line above
    ``start``, none of ``skip`` (the items of menu boxes). A given title that the page does not
    show is not replaced by a guess.
    """
    if title:
        tkey = fold(title)
        for i, ln in enumerate(lines[: start + 1]):
            if ln.key and (ln.key == tkey or (len(ln.key) > 15 and tkey.startswith(ln.key))):
                return i
        return None
    first_key = lines[0].key if lines else ""
    slug_keys = {ln.key for ln in lines if ln.ascii_lower} | {
        ln.slug_prefix for ln in lines if ln.slug_prefix
    }
    byline_at = None
    best, best_score = None, 0.0
    lo = max(0, start - 15)
    for i in range(start - 1, lo - 1, -1):
        ln = lines[i]
        if ln.words < 2 or ln.words > 30 or ln.text.endswith(".") or i in skip:
            continue
        if tags[i] and not (tags[i] == CREDIT and media_headline(ln)):
            continue  # (a headline that a media word labels, "Video: ...", is a candidate)
        if among_footer_links(lines, tags, i):
            continue  # (a footer's link the lexicon does not name)
        if byline_of(ln, names=True) is not None and i > 0:
            byline_at = i if byline_at is None else byline_at
            continue
        if ui_message(ln) or figures_row(ln.text):
            continue
        score = 1.0 / (1 + start - i)
        if ln.key in slug_keys:
            score += 4
        if ln.repeats:
            score += 2
        if i > 0 and len(ln.key) > 15 and first_key.startswith(ln.key):
            score += 4
        if byline_at is not None and i < byline_at and i >= byline_at - 2:
            score += 2
        if ln.words >= 4:
            score += 0.5
        if score > best_score:
            best, best_score = i, score
    return best
