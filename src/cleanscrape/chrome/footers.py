"""The page's footer inside the article's region.

A footer menu printed a line an item (a browser prints each link of a footer's columns on a
line of its own, with no blank line between them), then the site's copyright line: the region
search reaches across it when prose follows the footer (the text of hidden dialogs, "You are
leaving this website ...", "File is in portable document format ..."), as long paragraphs
outweigh a run of short lines. The copyright line under such a run ends the article: what
follows is the site's.

The footer's own prose (an insurer's securities notices, a school's note on its placement
sites under its address and resources) stands below the footer's links, and a short story
above the links can weigh less than it: a block of prose below a run of the site's links is
the story only when nothing above the links comes near it (:func:`above_footer`).
"""

from __future__ import annotations

import re
from itertools import compress
from operator import attrgetter

from .features import Line, copyright_sign
from .regions import main_region, region_score

#: The tag of the copyright line ("© Copyright 2025 ...", :func:`features.lexicon_category`).
_FOOTER = "footer"
#: The copyright line is under a run of at least this many short lines that are no
#: paragraphs (the footer's menu), and the region holds fewer words of paragraphs after it
#: than before the run.
_FOOTER_RUN = 12
#: A run of the site's links: :data:`_FOOTER_RUN` lines or more in a row, none of them prose
#: (as bytes of the lines' prose flags, one a line).
_LINK_RUN = re.compile(rb"\x00{%d,}" % _FOOTER_RUN)
_PROSE = attrgetter("prose")


def footer_end(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """The last line of the article's region ``[start, end]`` above the page's footer: above
    a run of :data:`_FOOTER_RUN` short lines or more over the copyright line, when the region
    holds more words of paragraphs above the run than below it (``end`` when there is none)."""
    low = start + _FOOTER_RUN
    # (the region's footer lines picked by C-level maps: most regions hold none)
    for k in compress(range(low, end + 1), map(_FOOTER.__eq__, tags[low : end + 1])):
        if not copyright_sign(lines[k].text):
            continue
        j = k
        while j > start and not lines[j - 1].prose and not lines[j - 1].terminal:
            j -= 1
        if k - j < _FOOTER_RUN:
            continue
        above = sum(ln.words for ln in lines[start:j] if ln.prose)
        below = sum(ln.words for ln in lines[k + 1 : end + 1] if ln.prose)
        if below < above:
            return j - 1
    return end


def footer_links(lines: list[Line], tags: list[str]) -> range | None:
    """The page's footer links: the last run of :data:`_FOOTER_RUN` lines or more in a row,
    none a paragraph, of which the lexicon tags one or more as footer words ("About us",
    "Contact us", "Privacy Policy", "Contact us at ...") or that such a line closes (the
    copyright line, a sentence, under the footer's menu); None when the page has none. A
    header's menu holds the same words, but the footer's links come after it: a story printed
    between the two has the footer's run below it."""
    found = None
    for m in _LINK_RUN.finditer(bytes(map(_PROSE, lines))):
        if _FOOTER in tags[m.start() : m.end() + 1]:
            found = range(m.start(), m.end())
    return found


def above_footer(
    lines: list[Line], tags: list[str], ws: list[float], region: tuple[int, int], share: float
) -> tuple[int, int]:
    """The article's region: ``region`` (the best run of the line weights ``ws``), or, when it
    lies below the page's footer links (:func:`footer_links`), the best run above those links
    if that scores at least ``share`` of ``region``. What a site prints below its footer's
    links (legal and securities notices, its vendors' notices) is its own on every page and
    can outweigh a short story printed above the links."""
    links = footer_links(lines, tags)
    if links is None or links.stop > region[0]:
        return region
    upper = main_region(ws[: links.start])
    if upper is None or region_score(ws, upper) < share * region_score(ws, region):
        return region
    return upper
