"""The on-page headline of a dump that prints no page title, found by its lede.

A dump made by html-text opens with the page's ``<title>``, and the line of the page that it
names is the headline (:func:`~cleanscrape.chrome.regions.headline_anchor`). Other converters
(inscriptis, a browser's innerText) print no title, so nothing names the headline. A headline
still shows itself: a short line without a final stop whose content words come back in the
prose right under it (the lede tells again what the headline says). Content words are told by
their length alone and compared by their first letters (so "killed" meets "kills"): no word
lists, any language written with spaces.
"""

from __future__ import annotations

from collections.abc import Set

from .features import Line
from .regions import anchored_region, menu_row, region_score

#: A headline: between these many words (a title-like line has at most 25).
_MIN_WORDS = 3
#: The lede: the first :data:`_LEDE_PARAGRAPHS` paragraphs starting within
#: :data:`_LEDE_REACH` lines below the headline (a byline and a date may come between).
_LEDE_REACH = 5
_LEDE_PARAGRAPHS = 2
#: A content word has at least this many letters; words are compared by their first
#: :data:`_STEM` letters.
_CONTENT_LETTERS = 4
_STEM = 5
#: At least this many of the headline's content words, and this share of them, recur.
_MIN_SHARED = 2
_MIN_SHARE = 0.5


def titled(lines: list[Line], tags: list[str]) -> bool:
    """The first line may be the page's title (as html-text prints it): at least two words,
    no list mark, no final full stop, no chrome of the lexicons, no menu row. A dump whose
    first line is a title the page does not show gets no guessed headline
    (:func:`~cleanscrape.chrome.regions.find_title`); one that opens with a bullet ("* Home"),
    a lone word ("Menu") or a sentence printed no title."""
    ln = lines[0]
    return (
        ln.words >= 2
        and not ln.mark
        and not ln.text.endswith(".")
        and not tags[0]
        and not menu_row(ln.text)
    )


def _content(key: str) -> set[str]:
    return {w[:_STEM] for w in key.split() if len(w) >= _CONTENT_LETTERS}


def lede_candidates(
    lines: list[Line], tags: list[str], *, skip: Set[int], region: tuple[int, int]
) -> list[int]:
    """Title-like lines outside ``region`` whose content words recur in the paragraphs right
    below them (see the module's text), strongest overlap first. Lines of ``skip`` (menu box
    items) and tagged lines are no headline."""
    found: list[tuple[float, int, int]] = []
    for i, ln in enumerate(lines):
        if region[0] <= i <= region[1]:
            continue
        if not ln.titlelike or ln.words < _MIN_WORDS or tags[i] or i in skip:
            continue
        head = _content(ln.key)
        if len(head) < _MIN_SHARED:
            continue
        lede: set[str] = set()
        paragraphs = 0
        for j in range(i + 1, min(len(lines), i + 1 + _LEDE_REACH + _LEDE_PARAGRAPHS)):
            if lines[j].prose and not tags[j]:
                if paragraphs == 0 and j > i + _LEDE_REACH:
                    break
                lede |= _content(lines[j].key)
                paragraphs += 1
                if paragraphs == _LEDE_PARAGRAPHS:
                    break
        shared = len(head & lede)
        if shared >= _MIN_SHARED and shared >= _MIN_SHARE * len(head):
            found.append((-shared / len(head), -shared, i))
    return [i for _, _, i in sorted(found)]


def lede_region(
    lines: list[Line],
    tags: list[str],
    ws: list[float],
    region: tuple[int, int],
    *,
    skip: Set[int],
    share: float,
) -> tuple[int, tuple[int, int]] | None:
    """``(headline, region)``: the first of :func:`lede_candidates` with a run of prose right
    below it (:func:`~cleanscrape.chrome.regions.anchored_region`) apart from ``region`` that
    scores at least ``share`` of it, None when none has. A run that reaches into ``region``
    is the region grown by the lines above it, not another block: no anchor. Nor is there
    one when any candidate stands right above ``region`` (its lede is the region's first
    paragraphs): the region has a headline of its own, and a smaller block under another
    headline (an outlet's booking form under its title, whose words its first sentence
    repeats as well) is not the story, whichever of the two repeats more of its words.
    """
    found = lede_candidates(lines, tags, skip=skip, region=region)
    if not found or any(region[0] - _LEDE_REACH <= i < region[0] for i in found):
        return None
    i = found[0]
    near = anchored_region(ws, i + 1, i + 1 + _LEDE_REACH)
    if near is None or near[2] < share * region_score(ws, region):
        return None
    if not (near[1] < region[0] or near[0] > region[1]):
        return None
    return i, (near[0], near[1])
