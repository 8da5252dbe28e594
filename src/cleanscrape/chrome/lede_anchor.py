"""The on-page headline of a dump that prints no page title, found by its lede.

A dump made by html-text opens with the page's ``<title>``, and the line of the page that it
names is the headline (:func:`~cleanscrape.chrome.regions.headline_anchor`). Other converters
(inscriptis, a browser's innerText) print no title, so nothing names the headline. A headline
still shows itself: a short line without a final stop whose content words come back in the
prose right under it (the lede tells again what the headline says). Content words are told by
their length alone and compared by their first letters (so "killed" meets "kills"): no word
lists, any language written with spaces.

Some converters lay the page out by its nesting (inscriptis indents each element by its depth,
two blanks a ``<div>``, four a list): there the indentation says what holds what. The page's
first line printed inside its elements is no title a tool wrote above the dump, and a headline
whose element holds everything down to the longest run of prose (no line between them printed
left of it) heads that run too, whatever picks, pros and cons or boxes stand between its lede
and the run.

A story without prose (a season's race calendar, a table of results) has no lede. Its headline
still stands over the story's date, as a news page prints them: when a single title-like line
of the page has a dateline right under it (:func:`dated_headline`), it is the headline, and a
list or table under it is the body (the caller's test).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from itertools import compress

from ..lexicon.folding import fold
from .bios import author_box
from .body_lists import letter_case
from .bylines import byline_of, parse_published
from .features import BREADCRUMB, CLOSERS, MENU, Line, content_words, crumb_separated, figures_row
from .head import block_lede
from .list_marks import TEXT_BULLET
from .regions import TEASER, TIMESTAMP, anchored_region, menu_row, region_score, ui_message

#: A headline: between these many words (a title-like line has at most 25).
_MIN_WORDS = 3
#: ... and at most this many (as a title-like line: a headline that asks ends like a sentence).
_MAX_WORDS = 25
#: How a headline that asks or exclaims ends ("商品の改造が商標法違反に！？"), closing quotes and
#: brackets aside.
_ASKING_ENDS = ("?", "!", "？", "！")
#: Closing quotes and brackets after a sentence's last mark (:data:`features.CLOSERS`), and the
#: corner brackets that close a quotation in Japanese and Chinese.
_CLOSERS = CLOSERS + "」』"
#: The lede: the first :data:`_LEDE_PARAGRAPHS` paragraphs starting within
#: :data:`_LEDE_REACH` lines below the headline (a byline and a date may come between).
_LEDE_REACH = 5
_LEDE_PARAGRAPHS = 2
#: At least this many of the headline's content words, and this share of them, recur.
_MIN_SHARED = 2
_MIN_SHARE = 0.5
#: A headline guessed above the story stands when the story's first these many paragraphs
#: repeat its words (read past a notice the outlet sets above the lede).
_OPENING_PARAGRAPHS = 4


#: The blanks that open each line holding text (lines of blanks alone hold none).
_INDENT = re.compile(r"^[^\S\n]*(?=\S)", re.MULTILINE)


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip())


def _least_depth(page: Sequence[str], default: int) -> int:
    """The indentation of the least indented line holding text of ``page`` (``default`` when
    none holds any)."""
    return min(map(len, _INDENT.findall("\n".join(page))), default=default)


def worded_title(ln: Line) -> bool:
    """``ln`` is shaped as a headline may be: title-like (no final stop, 25 words at most) and
    words, not a row of figures (:func:`~cleanscrape.chrome.features.figures_row`: a score
    table's row, "Palm Bay 18 22 13 17 — 70", is title-like too). Every headline guess that
    reads a line's shape reads it here."""
    return ln.titlelike and not figures_row(ln.text)


def titled(lines: list[Line], tags: list[str], page: Sequence[str]) -> bool:
    """The first line may be the page's title (as html-text prints it): at least two words,
    no list mark, no final full stop, no chrome of the lexicons, no menu row, and not printed
    further right than another line of the page (``page``: the dump's lines as printed). A
    dump whose first line is a title the page does not show gets no guessed headline
    (:func:`~cleanscrape.chrome.regions.find_title`); one that opens with a bullet ("* Home"),
    a lone word ("Menu") or a sentence printed no title, and neither did one that indents its
    first line inside the page's elements ("          Reviews You Can Rely On" above a menu
    printed at less depth): a tool writes the title it puts above a dump at the margin."""
    ln = lines[0]
    if not (
        ln.words >= 2
        and not ln.mark
        and not ln.text.endswith(".")
        and not tags[0]
        and not menu_row(ln.text)
    ):
        return False
    depth = _depth(page[ln.index])
    return not depth or _least_depth(page, depth) >= depth


def asks(text: str) -> bool:
    """``text`` ends with a question or an exclamation mark, closing quotes and brackets aside:
    a headline that asks or exclaims ("Which Certification Is Best?") ends like a sentence, so
    it is no title-like line, yet it is no paragraph of the story either."""
    return text.rstrip(_CLOSERS).endswith(_ASKING_ENDS)


def _content(key: str) -> set[str]:
    """The content words of a folded key that the headline rules compare
    (:func:`~cleanscrape.chrome.features.content_words`), without the pairs of letters of a
    script written without spaces: a run of such letters is compared by its first letters,
    as a word is. A headline's title line holds the outlet's name after it ("商品の改造が
    商標法違反に！？ | 特許業務法人ライトハウス国際特許事務所"), whose pairs outnumber the
    headline's, so that by its pairs the headline would no longer tell again what its title
    says (:func:`tells_again`)."""
    return content_words(key, pairs=False)


def lede_candidates(
    lines: list[Line],
    tags: list[str],
    *,
    skip: Set[int],
    region: tuple[int, int],
    among: range | None = None,
    past_unrelated: bool = False,
) -> list[int]:
    """Title-like lines outside ``region`` whose content words recur in the paragraphs right
    below them (see the module's text), strongest overlap first. Lines of ``skip`` (menu box
    items) and tagged lines are no headline, and the lines of ``skip`` no lede either (a mega
    menu's label over its entries' descriptions). A lede is sentences: paragraphs of which none
    ends like one (a box's trending searches or latest headlines, their links run together on
    a line) are no lede, and a label above them no headline. ``among``: the lines read as
    headlines (default: every line). ``past_unrelated``: the lede is the two paragraphs after
    the first, and only a line that shares no content word with the first paragraph below it
    is read (an outlet's standard paragraph between a headline and its lede)."""
    found: list[tuple[float, int, int]] = []
    words: dict[int, set[str]] = {}  # the content words of the paragraphs read, by index
    for i in among if among is not None else range(len(lines)):
        ln = lines[i]
        if region[0] <= i <= region[1]:
            continue
        if not worded_title(ln) or ln.words < _MIN_WORDS or tags[i] or i in skip:
            continue
        if i and _carries_on(lines[i - 1].text, ln.text):
            continue  # (the second half of a sentence broken over two lines)
        wanted = _LEDE_PARAGRAPHS + past_unrelated
        paragraphs = _lede_paragraphs(lines, tags, i + 1, wanted, skip)
        if not paragraphs:
            continue  # (no lede right below it)
        if past_unrelated:
            if len(paragraphs) < wanted or _content(ln.key) & _content(lines[paragraphs[0]].key):
                continue  # (the first paragraph tells of the headline: the usual lede)
            paragraphs = paragraphs[1:]
        told = _lede_tells(lines, i, paragraphs, words)
        if told is not None:
            shared, head = told
            found.append((-shared / head, -shared, i))
    return [i for _, _, i in sorted(found)]


def _carries_on(above: str, text: str) -> bool:
    """Whether the line ``text`` carries on the sentence of the line ``above``: that line ends
    with a comma and this one opens with a small letter ("Acme Mutual, a Division of Acme
    Corporation," over "a Mutual Legal Reserve Company, an Independent Licensee of ..."). It
    is the rest of a sentence the page broke over two lines (a legal notice at the foot, an
    address), no headline: a headline opens a line of its own, and the line above it does not
    run on into it. A script without small letters never reads as carried on."""
    return above.rstrip().endswith(",") and text[:1].islower()


def tells_again(ln: Line, named: Line) -> bool:
    """``ln`` repeats at least :data:`_MIN_SHARE` of the content words of ``named`` (and one at
    least): a heading that says again what a line higher up says ("Calendário da Stock Car
    2018" under "Calendário Stock Car 2018") heads the same story."""
    words = _content(named.key)
    return bool(words) and len(words & _content(ln.key)) >= _MIN_SHARE * len(words)


def _lede_paragraphs(
    lines: list[Line], tags: list[str], first: int, wanted: int, skip: Set[int]
) -> list[int]:
    """The first ``wanted`` untagged paragraphs (not of ``skip``) within :data:`_LEDE_REACH`
    lines and ``wanted`` more from line ``first``; none when the first of them is not within
    :data:`_LEDE_REACH` lines (no lede right there)."""
    reach = range(first, min(len(lines), first + _LEDE_REACH + wanted))
    found = [j for j in reach if lines[j].prose and not tags[j] and j not in skip][:wanted]
    return found if found and found[0] < first + _LEDE_REACH else []


def _lede_tells(
    lines: list[Line], i: int, paragraphs: list[int], words: dict[int, set[str]]
) -> tuple[int, int] | None:
    """How many content words of line ``i`` the ``paragraphs`` under it (its lede) repeat,
    and how many it has, when they repeat at least :data:`_MIN_SHARED` of them and
    :data:`_MIN_SHARE` of them, else ``None``. A lede is sentences (one of the paragraphs
    ends like one: terms or titles run together on a line are none), and an author's name
    and role over the bio that opens with them is no headline
    (:func:`~cleanscrape.chrome.bios.author_box`). ``words``: the paragraphs' content words
    read so far, by index (filled here)."""
    if not any(lines[j].terminal for j in paragraphs) or author_box(lines, i, paragraphs[0]):
        return None
    head = _content(lines[i].key)
    if len(head) < _MIN_SHARED:
        return None
    lede: set[str] = set()
    for j in paragraphs:
        if j not in words:
            words[j] = _content(lines[j].key)
        lede |= words[j]
    shared = len(head & lede)
    if shared >= _MIN_SHARED and shared >= _MIN_SHARE * len(head):
        return shared, len(head)
    return None


def lede_region(
    lines: list[Line],
    tags: list[str],
    ws: list[float],
    region: tuple[int, int],
    *,
    skip: Set[int],
    share: float,
    page: Sequence[str],
    owner: str | None,
    closed: int | None = None,
) -> tuple[int, tuple[int, int]] | None:
    """``(headline, region)``: the first of :func:`lede_candidates` with a run of prose right
    below it (:func:`~cleanscrape.chrome.regions.anchored_region`) apart from ``region`` that
    scores at least ``share`` of it, None when none has. A run that reaches into ``region``
    is the region grown by the lines above it, not another block: no anchor, unless the dump's
    nesting says the candidate's element holds the region (:func:`_holding_headline`). Nor is
    there one when any candidate stands right above ``region`` (its lede is the region's first
    paragraphs): the region has a headline of its own, and a smaller block under another
    headline (an outlet's booking form under its title, whose words its first sentence
    repeats as well) is not the story, whichever of the two repeats more of its words.
    The region's own headline is also read past an unrelated first paragraph
    (:func:`_own_headline`). ``page``: the dump's lines as printed (indentation kept);
    ``owner``: the page's owner as its copyright line names it
    (:func:`~cleanscrape.chrome.blurbs.outlet_name`), or None.
    ``closed``: the line of the tag row that closes the story ``region`` opens, in it or
    right under it (:func:`~cleanscrape.chrome.sequels.row_under_story`), or None. No
    candidate below it is read (:func:`_above_close`).
    """
    found = _above_close(lede_candidates(lines, tags, skip=skip, region=region), closed)
    holding = _holding_headline(lines, ws, region, found, page, share)
    if holding is not None:
        return holding
    if not found or any(region[0] - _LEDE_REACH <= i < region[0] for i in found):
        return None
    if _own_headline(lines, tags, region, skip):
        return None
    i = next(iter(_not_outlets(lines, found, owner)), None)
    if i is None:
        return None
    near = anchored_region(ws, i + 1, i + 1 + _LEDE_REACH)
    if near is None or near[2] < share * region_score(ws, region):
        return None
    if not (near[1] < region[0] or near[0] > region[1]):
        return None
    return i, (near[0], near[1])


def _above_close(found: list[int], closed: int | None) -> list[int]:
    """The candidates of ``found`` above the story's closing tag row ``closed`` (all of them
    when there is none). A story's own tag row under two of its paragraphs closes it, and what
    the page prints below it is the outlet's: a school's programs under their titles, a firm's
    services, its offices and its appeals, each heading repeated by its first sentence. Under
    a short story such a block scores near the story in the region search, and its heading
    reads as a headline told by its lede, but it is the outlet's text, not a story that the
    region search failed to find."""
    return found if closed is None else [i for i in found if i < closed]


def _not_outlets(lines: list[Line], found: list[int], owner: str | None) -> list[int]:
    """The candidates of ``found`` whose words do not name the page's owner ``owner`` (the name
    its copyright line writes, :func:`~cleanscrape.chrome.blurbs.outlet_name`). A title that
    names the outlet heads the outlet's text on itself, wherever the page prints it: its
    case studies ("Acme Provided Image Clipping Services to a Client"), its appeal to partners
    ("Join the growth phase at Acme as a Partner") over its offices' addresses. Its lede
    repeats the outlet's name and trade, so the block reads as a headline told by its lede,
    but it is no story that a bigger region elsewhere on the page failed to find."""
    key = fold(owner) if owner is not None else ""
    if not key:
        return found
    wrapped = f" {key} "
    return [i for i in found if wrapped not in f" {lines[i].key} "]


def _own_headline(
    lines: list[Line], tags: list[str], region: tuple[int, int], skip: Set[int]
) -> bool:
    """A title-like line right above ``region`` that shares no content word with the first
    paragraph below it, and whose content words recur in the two paragraphs after that one:
    the region has a headline of its own. An outlet that opens each story with the same
    paragraph (an editor's note, a series' blurb, a standard introduction) puts it between the
    headline and the lede, so the lede that tells the headline again is the region's second
    and third paragraphs; a first paragraph that speaks of the headline's subject is the lede
    itself, read as usual (:func:`lede_candidates`)."""
    above = range(max(0, region[0] - _LEDE_REACH), region[0])
    return bool(
        lede_candidates(
            lines,
            tags,
            skip=skip,
            region=region,
            among=above,
            past_unrelated=True,
        )
    )


def _holding_headline(
    lines: list[Line],
    ws: list[float],
    region: tuple[int, int],
    found: list[int],
    page: Sequence[str],
    share: float,
) -> tuple[int, tuple[int, int]] | None:
    """``(headline, region grown up to its lede)`` for the first candidate above ``region``
    (in the page's order) printed indented, whose run of prose goes on into the region and
    below which no line down to the region is printed further left: in a dump that indents
    each element by its depth, the element that holds the headline holds the region too, so
    the story runs from the headline's lede down through what stands between (a product
    guide's picks, a review's pros and cons, boxes of its own) to the region. This holds
    before a candidate right above the region (a pick's name over its blurb is a subheading
    of the story). A list item ("* Your Membership Account", a mega menu's entry) heads no
    story, and a dump printed at the margin (html-text's) tells nothing: None."""
    floor = share * region_score(ws, region)
    for i in sorted(found):
        if i >= region[0]:
            break
        ln = lines[i]
        depth = _depth(page[ln.index])
        if ln.mark or not depth:
            continue
        if _least_depth(page[ln.index + 1 : lines[region[0]].index], depth) < depth:
            continue  # (a line between them printed left of it: another element holds it)
        near = anchored_region(ws, i + 1, i + 1 + _LEDE_REACH)
        if near is None or near[2] < floor or not near[0] < region[0] <= near[1]:
            continue
        return i, (near[0], max(near[1], region[1]))
    return None


def dated_headline(lines: list[Line], tags: list[str], *, skip: Set[int]) -> int | None:
    """The page's only title-like line of :data:`_MIN_WORDS` words or more with a dateline
    right under it (a story's headline over its date), None when there is none or more than
    one (a listing of dated teasers). Tagged lines and lines of ``skip`` (menu box items) are
    no headline."""
    n = len(lines)
    # (the lines above a dateline, found by a C-level scan of the tags)
    above = compress(range(n - 1), map(TIMESTAMP.__eq__, tags[1:]))
    found = [
        i
        for i in above
        if worded_title(lines[i]) and lines[i].words >= _MIN_WORDS and not tags[i] and i not in skip
    ]
    return found[0] if len(found) == 1 else None


def told_by_lede(
    lines: list[Line],
    tags: list[str],
    i: int,
    *,
    skip: Set[int],
    lede_from: int | None = None,
    paragraphs: int = _LEDE_PARAGRAPHS,
) -> bool:
    """The content words of line ``i`` recur in the lede, as a headline's do: at least
    :data:`_MIN_SHARED` of them and :data:`_MIN_SHARE` of them. The lede is the first
    :data:`_LEDE_PARAGRAPHS` untagged paragraphs within :data:`_LEDE_REACH` lines below the
    line, one of them ending a sentence (``lede_from``: those from that line on, wherever the
    line stands: a headline above its byline, date and boxes; ``paragraphs`` of them, more to
    read past a notice the outlet sets above a story). An author's name and role over the bio
    that opens with them is no headline (:func:`~cleanscrape.chrome.bios.author_box`)."""
    first = i + 1 if lede_from is None else lede_from
    found = _lede_paragraphs(lines, tags, first, paragraphs, skip)
    return bool(found) and _lede_tells(lines, i, found, {}) is not None


def opening_tells(
    lines: list[Line], tags: list[str], i: int, start: int, *, skip: Set[int]
) -> bool:
    """The story's opening (its first :data:`_OPENING_PARAGRAPHS` paragraphs from ``start``,
    the region's first line) repeats the words of line ``i`` (a headline guessed above it)."""
    return told_by_lede(lines, tags, i, skip=skip, lede_from=start, paragraphs=_OPENING_PARAGRAPHS)


def top_headline(lines: list[Line], tags: list[str], start: int, *, skip: Set[int]) -> int | None:
    """The story's headline right above its region (``start``: the region's first line), told
    by its lede (:func:`told_by_lede`), None when the line there is none. A headline printed
    among the site's links (a breadcrumb's or a menu's last item right above the story, read
    as one of them) is still the headline when the lede repeats it: only the plain menu tag is
    read past, no tag of the lexicons (a share row, a section heading). When the line right
    above is no heading (a dateline, the lede's first sentence cut as a teaser), the headline
    may stand over it (:func:`_past_one_line`)."""
    i = start - 1
    if i < 0 or i in skip:
        return None
    ln = lines[i]
    if not worded_title(ln) or ln.prose or ln.words < _MIN_WORDS or tags[i] not in ("", MENU):
        return _past_one_line(lines, tags, start, skip=skip)
    return i if told_by_lede(lines, tags, i, skip=skip) else None


def _past_one_line(lines: list[Line], tags: list[str], start: int, *, skip: Set[int]) -> int | None:
    """The story's headline two lines above its region (``start``), past one line that is no
    heading (a dateline, a byline, a standfirst or the lede's first sentence read as a teaser,
    an outlet's notice): an untagged title-like line whose words the region's opening
    paragraphs repeat (:func:`told_by_lede` from ``start``), None when the line there is none.
    The lede told from the region itself, not from the line between, so a heading over an
    outlet's own paragraph is not read as the story's."""
    i = start - 2
    if i < 0 or i in skip or start - 1 in skip:
        return None
    ln = lines[i]
    if not worded_title(ln) or ln.prose or ln.words < _MIN_WORDS or tags[i]:
        return None
    return i if told_by_lede(lines, tags, i, skip=skip, lede_from=start) else None


def region_headline(
    lines: list[Line], tags: list[str], start: int, end: int, *, skip: Set[int]
) -> bool:
    """The region's first line (``start``) is the story's headline: a title-like line, or one
    that asks or exclaims (:func:`asks`), of :data:`_MIN_WORDS` to :data:`_MAX_WORDS` words,
    untagged, not of ``skip``, whose words the paragraphs under it repeat as a lede does
    (:func:`told_by_lede`). A headline that asks ends like a sentence and weighs as one, and an
    outlet that prints only links above it (a menu, a share row, a search box's prompt) leaves
    nothing between it and the story: the region takes it in as its first line, and the
    headline guessed above the region is a line of that chrome. The caller reads this only
    when the guess's words are not in the story's opening; a question that opens the story
    ("Did you know that ...?") is a paragraph whose words the next ones need not repeat, and
    one that ends with a full stop is no headline."""
    if start >= end or start in skip or tags[start]:
        return False
    ln = lines[start]
    if not (ln.titlelike or asks(ln.text)) or not _MIN_WORDS <= ln.words <= _MAX_WORDS:
        return False
    if figures_row(ln.text):
        return False
    return told_by_lede(lines, tags, start, skip=skip)


#: A sentence's end inside a line: a full stop after a word of three letters or more (not
#: "Dr." or "St."), then a blank (not "Node.js"), then a word.
_INNER_STOP = re.compile(r"\w\w\w\.\s+(\w)")


def _two_sentences(text: str) -> bool:
    """``text`` runs on past a full stop to a sentence opened with a capital ("Looks like this
    thing is here to stay. Here then, are some good ones"): a standfirst or a note whose last
    stop is left off. A headline is one phrase, or asks first and then tells ("What Is a
    Hot-Swappable Keyboard? Ultimate Guide"), which a question mark ends, not a full stop."""
    return any(m.group(1).isupper() for m in _INNER_STOP.finditer(text))


#: A headline set right above its story, whose lede need not repeat it: this many words ...
_SHAPED_MIN_WORDS = 4
#: ... to this many (a line of more is a menu's items run together, or a teaser).
_SHAPED_MAX_WORDS = 20


def shaped_headline(
    lines: list[Line], tags: list[str], start: int, *, skip: Set[int]
) -> int | None:
    """The line right above the region (``start``) when it is shaped as a headline though its
    lede does not repeat its words: untagged, title-like, of :data:`_SHAPED_MIN_WORDS` to
    :data:`_SHAPED_MAX_WORDS` words, printed once on the page, no byline and no interface
    text. An outlet's section labels and headings above a story are short ("Knowledge base",
    "HR Strategy") or repeated (a menu's item printed again as the section's name); the line
    the story's first paragraph follows is its headline."""
    i = start - 1
    if i < 0 or i in skip or tags[i]:
        return None
    return i if _headline_shape(lines[i]) else None


def _lone_title(ln: Line) -> bool:
    """``ln`` may be a headline set alone: title-like (:func:`worded_title`), no paragraph,
    printed once on the page, not an indented list item (no bullet printed before it, ``mark``,
    nor in its text) (:func:`_headline_shape`, :func:`told_under_name`)."""
    return (
        worded_title(ln)
        and not ln.prose
        and not ln.repeats
        and not ln.mark
        and TEXT_BULLET.match(ln.text) is None
    )


def _headline_shape(ln: Line) -> bool:
    """``ln`` is shaped as a headline, whatever its tag: title-like, of
    :data:`_SHAPED_MIN_WORDS` to :data:`_SHAPED_MAX_WORDS` words, printed once on the page, one
    phrase, no list mark, no byline and no interface text (:func:`shaped_headline`)."""
    if not _lone_title(ln):
        return False
    if _two_sentences(ln.text):
        return False  # (a standfirst or a note run on a line, its last stop left off)
    if not _SHAPED_MIN_WORDS <= ln.words <= _SHAPED_MAX_WORDS:
        return False
    return byline_of(ln, names=True) is None and not ui_message(ln)


#: The most lines of a lede printed without its full stop between a headline and the region
#: (:func:`headline_over_lede`).
_LEDE_LINES = 2


def headline_over_lede(
    lines: list[Line], tags: list[str], start: int, page: Sequence[str], *, skip: Set[int]
) -> int | None:
    """The headline over the story's lede printed without its full stop right above the
    region (``start``): a line shaped as a headline (:func:`_headline_shape`), untagged and
    not of ``skip``, over one or two lines (:data:`_LEDE_LINES`) that
    :func:`~.head.block_lede` reads as the lede under it, one of them longer than a headline
    (more than :data:`_SHAPED_MAX_WORDS` words: a sentence, no headline's phrase), and
    :data:`_MIN_SHARED` of its content words at least recur in the region's opening
    paragraphs. None when there is none.

    A short story's lede and its next sentence can lose their full stops as the outlet
    prints them: they weigh as short lines, the region search starts the body below them,
    and the line right above the body (the lede's second sentence, of headline length) reads
    as a headline. A headline does not stand under a sentence of the story's: the headline is
    the line above the lede, whose words the story's paragraphs tell again (a heading of the
    outlet's over another story's teaser shares none with this story)."""
    for h in range(start - 2, max(start - 2 - _LEDE_LINES, -1), -1):
        if h in skip or tags[h] or not _headline_shape(lines[h]):
            continue
        run = block_lede(lines, tags, start, h, page)
        if run.start != h + 1 or any(j in skip for j in run):
            return None
        if not any(lines[j].words > _SHAPED_MAX_WORDS for j in run):
            continue
        opening = _lede_paragraphs(lines, tags, start, _LEDE_PARAGRAPHS, skip)
        told: set[str] = set()
        for j in opening:
            told |= _content(lines[j].key)
        return h if len(_content(lines[h].key) & told) >= _MIN_SHARED else None
    return None


def headline_over_summary(
    lines: list[Line], tags: list[str], start: int, *, skip: Set[int]
) -> int | None:
    """The line two above the region (``start``) when it is a headline over its summary:
    shaped as a headline (:func:`shaped_headline`'s test, the summary line standing for the
    region's start: untagged, title-like, 4 to 20 words, printed once, one phrase, no byline,
    no interface text, no list mark), and the line between it and the region a paragraph's
    line, no title-like one (the story's standfirst or the cut lede an outlet prints under its
    headline, read with it as a teaser card). An outlet's menu items are short or printed
    again, and a heading over a paragraph right above the story is the story's, in any
    language and script (a headline in capitals, "WHY CHEAP SEO DOESN'T WORK", or not)."""
    i = start - 2
    if i < 0 or start - 1 in skip or lines[start - 1].titlelike:
        return None
    if shaped_headline(lines, tags, start - 1, skip=skip) != i:
        return None
    return i


#: A question or an exclamation with words after it: two phrases ("New to Online Banking?
#: Enroll Now"), a call to action rather than a headline over its dek.
_ASKS_THEN_TELLS = re.compile(r"[?!？！]\s+\w")


def headline_over_dek(lines: list[Line], tags: list[str], guess: int, *, skip: Set[int]) -> bool:
    """The line right above the guessed headline ``guess`` is the headline and the guess its
    dek (the standfirst printed under it without a final stop). That line is shaped as a
    headline (:func:`shaped_headline`'s test: untagged, title-like, 4 to 20 words, printed once,
    one phrase, no byline, no interface text, no list mark), holds no date, asks nothing with
    words after it and does not hold the guess whole (a breadcrumb run into it); and either it
    is written in capitals while the guess is in sentence case ("HOW TO USE EXPLAIN ANALYZE
    ..." over "Learn performance tuning techniques ..."), or the guess says again at least two
    and half of its content words ("A Guide to the Popular Types of Furniture Styles" under "A
    Complete Guide to All the Types of Furniture Styles | VRA Interiors"). A headline is set
    above its dek, in any language: the nearer line rewords or explains it, a sentence under a
    title in capitals; an outlet's section label over a headline is short, printed again among
    its menus, or shares one word with it at most. (A line in title case over a guess in
    sentence case is no such sign: a site's name and tagline, a "Back to ..." link, the
    outlet's own story's headline stand so over a headline written in sentence case.)"""
    if shaped_headline(lines, tags, guess, skip=skip) != guess - 1:
        return False
    above, dek = lines[guess - 1], lines[guess]
    if _ASKS_THEN_TELLS.search(above.text) or parse_published(above.text) is not None:
        return False  # a call to action, a section's label run into a date row
    if dek.key in above.key:
        return False  # a breadcrumb run into the headline ("Home News Business News <headline>")
    if letter_case(dek.text) == "sentence" and above.text.isupper():
        return True
    words = _content(above.key)
    shared = len(words & _content(dek.key))
    return shared >= _MIN_SHARED and shared >= _MIN_SHARE * len(words)


def told_over_dek(
    lines: list[Line], tags: list[str], guess: int, start: int, *, skip: Set[int]
) -> bool:
    """The line right above the guessed headline ``guess`` is the story's headline and the
    guess its dek, told by the story: that line is shaped as a headline
    (:func:`shaped_headline`'s test: untagged, title-like, 4 to 20 words, printed once, one
    phrase, no byline, no interface text, no list mark), does not hold the guess whole (a
    breadcrumb run into it), and the story's opening (its first paragraphs from ``start``, the
    region's first line) repeats its words as a lede repeats its headline's, more of them and
    a larger share of them than of the guess's (:func:`_opening_told`). A dek says something
    else than its headline ("Learn performance tuning techniques to improve database
    operations" under "How To Use Explain Analyze To Improve Query Performance in
    PostgreSQL"), while the story goes on telling its headline; an outlet's own story's
    headline or a section's label over the story's headline is told less by the story, or not
    at all, and a short label whose few words the story all repeats ("tQ Charts Music of the
    Month") shares fewer of them than the headline under it, in any language."""
    if shaped_headline(lines, tags, guess, skip=skip) != guess - 1:
        return False
    if lines[guess].key in lines[guess - 1].key:
        return False  # a breadcrumb run into the headline ("Home News <headline>")
    return _told_over(lines, tags, guess - 1, guess, start, skip=skip)


#: The tags a story's headline right above its region is read under when its neighbours are
#: the outlet's links, cards or breadcrumb trail (the line itself may still be the story's).
_NEIGHBOURS_TAGS = frozenset({MENU, BREADCRUMB, TEASER})


def told_under_tag(
    lines: list[Line], tags: list[str], guess: int, start: int, *, skip: Set[int]
) -> int | None:
    """The line right above the region (``start``) when it is the story's headline though
    its neighbours had it read as theirs (a menu's last link, a breadcrumb's end, a teaser
    card among the cards over the story: :data:`_NEIGHBOURS_TAGS`), and the guessed headline
    ``guess`` stands higher up: that line is shaped as a headline (:func:`_headline_shape`:
    title-like, 4 to 20 words, printed once, one phrase, no byline, no interface text, no
    list mark), holds no breadcrumb separator unless read as a card's (a trail's or a menu's
    steps, "Home » Guides » <headline>"; a card's headline may carry its site's name after a bar),
    does not hold the guess whole, and the story's opening (its first paragraphs
    from ``start``) repeats its words as a lede repeats its headline's, more of them and a
    larger share of them than of the guess's (:func:`_opening_told`). An outlet's link or card
    is printed again or says something else than the story under it; the headline set right
    over its story is the line the story goes on telling, in any language. None when the line
    there is none such."""
    i = start - 1
    if i <= guess or i in skip or tags[i] not in _NEIGHBOURS_TAGS:
        return None
    if not _headline_shape(lines[i]) or lines[guess].key in lines[i].key:
        return None
    if tags[i] != TEASER and crumb_separated(lines[i].text):
        return None  # (a trail or a menu row ending with the headline: its steps are no title)
    return i if _told_over(lines, tags, i, guess, start, skip=skip) else None


def told_under_name(
    lines: list[Line], tags: list[str], guess: int, start: int, *, skip: Set[int]
) -> int | None:
    """The line right above the region (``start``) when it is the story's headline though it
    is shaped as an author's name (two to five capitalised words, "Marathon Beginner Plan",
    "Debunking Common Food Myths", "I Need Legal Help"), and the guessed headline ``guess``
    stands higher up: between a guess and its story an untagged line is read for a byline, and
    a short headline in title case reads as a bare name. That line is untagged, title-like,
    printed once, no list mark, a name by its shape alone (no byline's label, "By ...", and no
    compiler's mark), does not hold the guess whole, and the story's opening (its first
    paragraphs from ``start``) repeats its words as a lede repeats its headline's, two at
    least and half of them (:func:`_opening_told`), and no content word of the guess. A story
    does not go on telling its author's name (an author's name over the bio that opens with it
    is no headline: :func:`_lede_tells`); it tells its headline, in any language written with
    capitals. A name's shape is a weaker sign than a neighbour's tag (:func:`told_under_tag`):
    under a guess the story speaks of, the line may be the story's tags run together on a line
    or a section's label, so the guess must be none of the story's (the outlet's own headline
    over the story it carries). None when the line there is none such."""
    i = start - 1
    if i <= guess or i in skip or tags[i]:
        return None
    ln = lines[i]
    if not _lone_title(ln):
        return None
    if byline_of(ln, names=False) is not None or byline_of(ln, names=True) is None:
        return None  # (a byline by its label or mark, or no name's shape: other rules' lines)
    if lines[guess].key in ln.key:
        return None
    opening = _lede_paragraphs(lines, tags, start, _OPENING_PARAGRAPHS, skip)
    told = set().union(*(_content(lines[j].key) for j in opening))
    if not opening or _content(lines[guess].key) & told:
        return None  # (the story says a word of the guess: the line may be its tags or label)
    return i if _lede_tells(lines, i, opening, {}) is not None else None


def told_under_guess(
    lines: list[Line], tags: list[str], guess: int, start: int, *, skip: Set[int]
) -> int | None:
    """The line right above the region (``start``) when it is the story's headline under a
    guessed headline ``guess`` higher up that the story does not tell: an outlet's section
    label ("CFA Institute Talk") or its own story's headline over the story it carries. That
    line is untagged and shaped as a headline (:func:`_headline_shape`: title-like, 4 to 20
    words, printed once, one phrase, no byline, no interface text, no list mark), does not
    hold the guess whole, and the story's opening (its first paragraphs from ``start``)
    repeats its words as a lede repeats its headline's, two at least and half of them
    (:func:`_opening_told`), and the guess's less than that. A story's own subheading or
    standfirst that rewords its headline stands under a headline the story tells as well; a
    guess the story does not tell is no headline of it, in any language written with spaces.
    None when the line there is none such."""
    i = start - 1
    if i <= guess or i in skip or tags[i]:
        return None
    if not _headline_shape(lines[i]) or lines[guess].key in lines[i].key:
        return None
    if _opening_told(lines, tags, guess, start, skip=skip) is not None:
        return None  # (the story tells the guess: the line may be its subheading or dek)
    return i if _opening_told(lines, tags, i, start, skip=skip) is not None else None


def _told_over(
    lines: list[Line], tags: list[str], i: int, other: int, start: int, *, skip: Set[int]
) -> bool:
    """The story's opening (from ``start``) tells line ``i`` as a lede tells its headline
    (:func:`_opening_told`), and tells it more than line ``other``: more of its content words
    and a larger share of them, or ``other`` not at all (:func:`told_over_dek`,
    :func:`told_under_tag`)."""
    told = _opening_told(lines, tags, i, start, skip=skip)
    if told is None:
        return False
    was = _opening_told(lines, tags, other, start, skip=skip)
    return was is None or (told[0] > was[0] and told[0] * was[1] > was[0] * told[1])


def _opening_told(
    lines: list[Line], tags: list[str], i: int, start: int, *, skip: Set[int]
) -> tuple[int, int] | None:
    """``(shared, words)``: how many of line ``i``'s content words the story's opening (its
    first :data:`_OPENING_PARAGRAPHS` paragraphs from ``start``) repeats, and how many it has,
    when it tells the line again as a lede tells its headline (:func:`opening_tells`), else
    None."""
    found = _lede_paragraphs(lines, tags, start, _OPENING_PARAGRAPHS, skip)
    return _lede_tells(lines, i, found, {}) if found else None


#: The story's own headline inside its region: looked for within this many lines from the
#: region's first line ...
_IN_REGION_REACH = 20
#: ... past at most this many words of paragraphs (an outlet's standfirst, a caption, a
#: notice; a story's own first paragraphs run longer before their first subheading).
_IN_REGION_PROSE = 45


def headline_in_region(
    lines: list[Line], tags: list[str], guess: int, start: int, end: int, *, skip: Set[int]
) -> int | None:
    """The story's own headline inside its region ``start``..``end``, under a guess ``guess``
    above the region that is another story's: the outlet prints its own story's headline (the
    guess: a page title's line, or the line the guess takes above the region) and its
    standfirst, caption, date or interface lines over the story it carries, and the region
    takes those in above the story's headline. That headline is the first line within
    :data:`_IN_REGION_REACH` lines of the region, past at most :data:`_IN_REGION_PROSE` words
    of paragraphs, that heads the region as a headline would (:func:`region_headline`: its
    lede right under it repeats its words) and is title-like (a question that opens the story,
    "Are you looking for a guide to ...?", is its first paragraph, which the next ones may
    well repeat), that does not say again what the guess says
    (:func:`tells_again`), and under which the whole story down to ``end`` does not repeat
    the guess's words (half of them, two at least). A story's own first section heading
    under its headline and first paragraphs is told by its lede too, but the story under it
    goes on telling its headline; an outlet's headline over another story is told by its
    standfirst alone, in any language. So the region's opening may repeat the guess (the
    outlet's standfirst above the story's headline does): only the story under the line
    tells whether the guess is its headline. None when there is no such line."""
    if lines[guess].words < _SHAPED_MIN_WORDS:
        return None  # (a section's label or a menu's item, no outlet's headline)
    guessed = _content(lines[guess].key)
    if len(guessed) < _MIN_SHARED:
        return None  # (too few words to tell whether the story under a line repeats them)
    prose = 0
    opening: set[str] = set()  # the content words of the paragraphs above the line
    for i in range(start, min(end, start + _IN_REGION_REACH)):
        ln = lines[i]
        if ln.titlelike and region_headline(lines, tags, i, end, skip=skip):
            if tells_again(ln, lines[guess]):
                return None
            story: set[str] = set()
            for j in range(i + 1, end + 1):
                if not tags[j] and j not in skip:
                    story |= _content(lines[j].key)
            shared = len(guessed & story)
            if shared >= _MIN_SHARED and shared >= _MIN_SHARE * len(guessed):
                return None  # (the story goes on telling the guess: a section of its own)
            shared = len(opening & story)
            if shared >= _MIN_SHARED and shared >= _MIN_SHARE * len(opening):
                return None  # (the story goes on telling the lines above: its own opening)
            return i
        if ln.repeats:
            return None  # (a line printed again on the page: a listing's cards, each alike)
        if ln.prose and not tags[i]:
            opening |= _content(ln.key)
            prose += ln.words
            if prose > _IN_REGION_PROSE:
                return None
    return None
