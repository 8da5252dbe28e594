"""Boxes of a menu whose items carry a description, above the story.

A site's mega menu, a help menu or a product menu prints each item over a short description
("Academy" / "Learn how to build a business with videos and resources."). The descriptions read
as sentences, so the region search took them for the story's first paragraphs and an item above
them for the headline (or the page title, a row of menu links, named an item). What sets such a
box apart from the head of a story (a headline over a standfirst, a byline, paragraphs) and from
a list of the story's body (items with a description each, under the story's first paragraphs):

* the shape repeats: at least :data:`_CARDS` items in a row, each a short label without a
  sentence mark over a description that stands alone (no paragraph goes on from it), the
  next label at most :data:`_GAP` lines below;
* the descriptions are short: at most :data:`_DESCRIPTION_WORDS` words, one sentence or two
  (a product's blurb: a phrase, then a sentence);
* the box stands above the page's first two paragraphs in a row, with no paragraph above it;
* menu lines stand right above it or right below it: at least :data:`_MENU_LINES` of the
  :data:`_MENU_REACH` lines on one side are short lines that are no sentence, or chrome.

A mega menu prints several such boxes one under another (a product family's models over their
blurbs, then the family's accessories named a line each, "Read more", "Close", the next
family), and a box of it may hold fewer than :data:`_CARDS` items or a blurb whose label is
missing. Items further apart than :data:`_GAP` lines are one box when what stands between
them is menu lines and lines that are no sentence, and, with a menu line among them, at most
:data:`_LOOSE_DESCRIPTIONS` descriptions without a label of their own: no paragraph of a story
(a longer paragraph, a line of more sentences, or more such lines in a row of the gap, as a
story's paragraphs are, ends the box). A run of one item at either end of such a box is left
out of it: a story's headline over its standfirst, or "On this page" over its lede, reads as
one item under the menu. The descriptions a mega menu holds are no paragraph of the story when
the boxes' place is judged.

A dump that prints list items with a bullet and indents each element by its depth
(inscriptis) says more: a mega menu's entry is a list item, its label printed after the bullet
and its description under it inside the item, at the item's text column or further right
("          * Housing Statistics" / "              National, regional, and metro-market level
housing statistics ..."). There the description needs no final stop (menus write phrases:
"See how B2B advertisers utilize the MNTN platform to generate demand"), nor is it held to one
or two sentences: an item may be a teaser card, a post's title of up to
:data:`_CARD_LABEL_WORDS` words after the bullet over an excerpt of up to
:data:`_CARD_DESCRIPTION_WORDS` words (a menu's "White Papers" or "Blog" entry showing its
latest posts). The lines printed inside list items (such a card, a tagged entry's description)
are no paragraph of the story when the box's place is judged: a mega menu holds several boxes,
and teaser cards or a pitch among them, above the story's first paragraphs. The box's other
tests hold as above, so a list of the body printed the same way (an item's label, then its
explanation inside the item, under the story's first paragraphs) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter, gt

from .features import Line
from .glued_cards import CAPITALS
from .regions import SENTENCE_BREAK, menu_row

#: Items in a row that make a box.
_CARDS = 3
#: Lines from one description to the next at most (a label, or a heading and a label, between).
_GAP = 3
#: A label: at most this many words, no sentence mark at its end.
_LABEL_WORDS = 6
#: A description: at least / at most this many words
_DESCRIPTION_MIN = 4
_DESCRIPTION_WORDS = 40
#: ... and fewer sentence breaks than this (two sentences at most)
_DESCRIPTION_BREAKS = 2
#: An item printed inside a list item (a dump that nests): its label at most this many words,
#: no sentence mark at its end; its description this many words at most, in any sentences.
_CARD_LABEL_WORDS = 12
_CARD_DESCRIPTION_WORDS = 80
#: Menu lines around the box: this many of the nearest lines on one side.
_MENU_REACH = 5
_MENU_LINES = 3
_MENU_LINE_WORDS = 4
#: Descriptions without a label of their own between two runs of a mega menu's items, at most
#: (a model's blurb whose name is missing, or a second blurb under one name).
_LOOSE_DESCRIPTIONS = 2
#: An item whose label and description share a line: at most this many words in all.
_LINE_ITEM_WORDS = 24


def _label_opening() -> re.Pattern[str]:
    """A line that opens with a menu item's label run into its description: one to
    :data:`_LABEL_WORDS` ``- 2`` capitalised words (words of marks alone, "&", among them),
    then the description's first word, capitalised, and a word in lower case after it
    ("Unified Data Unify data across search ...", "Academy Get tips, tricks ...")."""
    upper, lower, mark = f"[{CAPITALS}]", rf"[^\W_{CAPITALS}]", r"(?:[^\w\s]|_)"
    capital = rf"{mark}*{upper}\S*\s+(?:{mark}+\s+)*"
    label = rf"\s*(?:{capital}){{1,{_LABEL_WORDS - 2}}}"
    return re.compile(rf"{label}{mark}*{upper}\S*\s+{mark}*{lower}")


_LABEL_OPENING = _label_opening()
_TERMINAL = attrgetter("terminal")
_MARK = attrgetter("mark")


def _label(ln: Line, tag: str) -> bool:
    return not tag and not ln.terminal and not ln.prose and 1 <= ln.words <= _LABEL_WORDS


def _description(ln: Line, tag: str) -> bool:
    return (
        not tag
        and ln.terminal
        and _DESCRIPTION_MIN <= ln.words <= _DESCRIPTION_WORDS
        and not ln.repeats
        and len(SENTENCE_BREAK.findall(ln.text)) < _DESCRIPTION_BREAKS
    )


def _card_label(ln: Line, tag: str) -> bool:
    return not tag and not ln.terminal and not ln.prose and 1 <= ln.words <= _CARD_LABEL_WORDS


def _card_description(ln: Line, tag: str) -> bool:
    return not tag and _DESCRIPTION_MIN <= ln.words <= _CARD_DESCRIPTION_WORDS and not ln.repeats


def _menu_line(ln: Line, tag: str) -> bool:
    return bool(tag) or (not ln.terminal and ln.words <= _MENU_LINE_WORDS)


def _paragraph(ln: Line, tag: str) -> bool:
    # (a row of menu links saved as one line is long, not a paragraph)
    return ln.prose and not tag and not ln.repeats and not menu_row(ln.text)


def menu_boxes(lines: list[Line], tags: list[str], page: Sequence[str] = ()) -> set[int]:
    """Positions (in ``lines``) of the labels and descriptions of menu boxes above the story.
    ``page``: the dump's lines as printed (indentation kept), read when it prints list items
    with a bullet (:attr:`Line.mark`) for the items its nesting shows (see the module's
    text)."""
    n = len(lines)
    # the items: a description alone under its label (a line that ends like a sentence under
    # one that does not: few lines are, picked by C-level passes; the other tests run on them)
    terminal = list(map(_TERMINAL, lines))
    items = [
        k
        for k in compress(range(1, n), map(gt, terminal[1:], terminal))
        if _label(lines[k - 1], tags[k - 1])
        and _description(lines[k], tags[k])
        and (k + 1 >= n or not _paragraph(lines[k + 1], tags[k + 1]))
    ]
    found = _boxes(lines, tags, items, set(items)) | _line_items(lines, tags)
    marks = list(map(bool, map(_MARK, lines)))
    if page and any(marks):
        # the items a list item holds: a line without a bullet under one with a bullet,
        # printed inside it
        nested = [
            k
            for k in compress(range(1, n), map(gt, marks, marks[1:]))
            if _card_label(lines[k - 1], tags[k - 1])
            and _card_description(lines[k], tags[k])
            and (k + 1 >= n or not _paragraph(lines[k + 1], tags[k + 1]))
            and _depth(page[lines[k].index])
            >= _depth(page[lines[k - 1].index]) + len(lines[k - 1].mark)
        ]
        if len(nested) >= _CARDS:
            inside = _inside_items(lines, marks, page)
            found |= _boxes(lines, tags, nested, inside.union(items))
    return found


def _line_item(ln: Line, tag: str) -> bool:
    """An item printed on one line, its label run into its description: a short line of one
    sentence that opens with a label in title case and the description's capitalised first
    word (:data:`_LABEL_OPENING`)."""
    return (
        not tag
        and ln.terminal
        and _DESCRIPTION_MIN + 1 <= ln.words <= _LINE_ITEM_WORDS
        and not ln.repeats
        and not SENTENCE_BREAK.search(ln.text)
        and _LABEL_OPENING.match(ln.text) is not None
    )


def _line_items(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of a menu's items printed a line each, the label run into its description
    ("Payroll Automate pay runs and tax filings for your team."): :data:`_CARDS` or more
    within :data:`_GAP` lines of each other, above the page's first two paragraphs in a row
    (the items aside), with menu lines right above or right below them (a mega menu's pitch
    may stand alone between its boxes).
    A sentence opens so only with a name ("Prime Minister Jacinda Ardern said ..."): a story's
    paragraphs are longer, or stand under paragraphs of its own, and no menu frames them."""
    items = [k for k, ln in enumerate(lines) if _line_item(ln, tags[k])]
    if len(items) < _CARDS:
        return set()
    bounds = _first_paragraphs(lines, tags, set(items))
    found: set[int] = set()
    for run in _runs(items):
        if (
            len(run) >= _CARDS
            and run[-1] < bounds[1]
            and between_menus(lines, tags, run[0], run[-1])
        ):
            found.update(run)
    return found


def _depth(printed: str) -> int:
    return len(printed) - len(printed.lstrip())


def _inside_items(lines: list[Line], marks: list[bool], page: Sequence[str]) -> set[int]:
    """Positions of the lines printed inside a list item: a line with a bullet, and the lines
    under it printed at its text's column or further right (the item's own lines, down to the
    first line printed left of that column)."""
    inside: set[int] = set()
    column = -1  # the text column of the list item the line before is in (-1: none)
    for k, ln in enumerate(lines):
        depth = _depth(page[ln.index])
        if marks[k]:
            column = depth + len(ln.mark)
            inside.add(k)
        elif 0 <= column <= depth:
            inside.add(k)
        else:
            column = -1
    return inside


def _boxes(lines: list[Line], tags: list[str], items: list[int], apart: set[int]) -> set[int]:
    """The runs of ``items`` (positions of descriptions, each under its label) that make a box:
    :data:`_CARDS` or more within :data:`_GAP` lines of each other, above the page's first
    paragraph and first two paragraphs in a row (lines of ``apart`` aside), between menus; and
    where runs join into the boxes of a mega menu (:func:`_mega_runs`), the boxes of any size
    it holds (:func:`_trimmed`) and the runs of :data:`_CARDS` items or more, above the first
    paragraph and the first two in a row that no group of runs holds."""
    if len(items) < _CARDS:
        return set()
    found: set[int] = set()
    runs = _runs(items)
    bounds = _first_paragraphs(lines, tags, apart)
    for run in runs:
        if _box_at(lines, tags, run, bounds):
            found.update(range(run[0] - 1, run[-1] + 1))
    groups = _mega_runs(lines, tags, runs)
    if len(groups) < len(runs):
        # a mega menu: the descriptions its runs hold are no paragraph of the story
        held = set(apart)
        for m in groups:
            held.update(range(m[0][0], m[-1][-1] + 1))
        bounds = _first_paragraphs(lines, tags, held)
        for m in map(_trimmed, groups):
            run = [k for part in m for k in part]
            if _box_at(lines, tags, run, bounds):
                found.update(range(run[0] - 1, run[-1] + 1))
    return found


def _runs(items: list[int]) -> list[list[int]]:
    """``items`` in runs: each item at most :data:`_GAP` lines below the one before."""
    runs: list[list[int]] = [[items[0]]]
    for k in items[1:]:
        if k - runs[-1][-1] > _GAP:
            runs.append([])
        runs[-1].append(k)
    return runs


def _first_paragraphs(lines: list[Line], tags: list[str], apart: set[int]) -> tuple[int, int]:
    """The page's first paragraph and the second of its first two paragraphs in a row (lines
    of ``apart`` aside; ``len(lines)`` when there is none)."""
    n = len(lines)
    paragraphs = (k for k in range(n) if k not in apart and _paragraph(lines[k], tags[k]))
    first_paragraph = previous = next(paragraphs, n)
    for k in paragraphs:
        if k == previous + 1:
            return first_paragraph, k
        previous = k
    return first_paragraph, n


def _box_at(lines: list[Line], tags: list[str], run: list[int], bounds: tuple[int, int]) -> bool:
    """Whether a run of items is a box: :data:`_CARDS` items or more, starting at or above the
    first paragraph and ending above the first two in a row (``bounds``), between menus."""
    first, last = run[0] - 1, run[-1]
    return (
        len(run) >= _CARDS
        and first <= bounds[0]
        and last < bounds[1]
        and between_menus(lines, tags, first, last)
    )


def _mega_runs(lines: list[Line], tags: list[str], runs: list[list[int]]) -> list[list[list[int]]]:
    """``runs`` in groups: a run joins the group of the run above it when the lines between
    them (the run's first label aside) are menu lines and lines that are no sentence, or with
    one menu line at least, at most :data:`_LOOSE_DESCRIPTIONS` descriptions without a label
    of their own too (see the module's text)."""
    groups: list[list[list[int]]] = [[runs[0]]]
    for run in runs[1:]:
        between = range(groups[-1][-1][-1] + 1, run[0] - 1)
        loose = sum(1 for k in between if lines[k].prose)
        if not (
            all(_in_menu(lines[k], tags[k]) for k in between)
            and (not loose or any(_menu_line(lines[k], tags[k]) for k in between))
            and loose <= _LOOSE_DESCRIPTIONS
        ):
            groups.append([])
        groups[-1].append(run)
    return groups


def _trimmed(group: list[list[int]]) -> list[list[int]]:
    """A group of runs without a run of one item at either end (a story's headline over its
    standfirst, or a subheading over its first paragraph, reads as one item under the menu:
    a mega menu's boxes hold two items or more at its ends)."""
    while len(group) > 1 and len(group[-1]) < 2:
        group = group[:-1]
    while len(group) > 1 and len(group[0]) < 2:
        group = group[1:]
    return group


def _in_menu(ln: Line, tag: str) -> bool:
    """A line a mega menu holds between its boxes: chrome, no sentence, or a description."""
    return bool(tag) or not ln.prose or _description(ln, tag)


def between_menus(lines: list[Line], tags: list[str], first: int, last: int) -> bool:
    """Menu lines stand right above line ``first`` or right below line ``last``: at least
    :data:`_MENU_LINES` of the :data:`_MENU_REACH` nearest lines on one side are chrome or
    short lines that are no sentence."""
    above = range(max(0, first - _MENU_REACH), first)
    below = range(last + 1, min(len(lines), last + 1 + _MENU_REACH))
    return any(
        sum(1 for k in side if _menu_line(lines[k], tags[k])) >= _MENU_LINES
        for side in (above, below)
    )
