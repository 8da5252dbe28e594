"""The page's footer inside the article's region.

A footer menu printed a line an item (a browser prints each link of a footer's columns on a
line of its own, with no blank line between them), then the site's copyright line: the region
search reaches across it when prose follows the footer (the text of hidden dialogs, "You are
leaving this website ...", "File is in portable document format ..."), as long paragraphs
outweigh a run of short lines. The copyright line under such a run ends the article: what
follows is the site's.
"""

from __future__ import annotations

from itertools import compress

from .features import FOOTER, Line, copyright_sign

#: The copyright line is under a run of at least this many short lines that are no
#: paragraphs (the footer's menu), and the region holds fewer words of paragraphs after it
#: than before the run.
_FOOTER_RUN = 12


def footer_end(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """The last line of the article's region ``[start, end]`` above the page's footer: above
    a run of :data:`_FOOTER_RUN` short lines or more over the copyright line, when the region
    holds more words of paragraphs above the run than below it (``end`` when there is none)."""
    low = start + _FOOTER_RUN
    # (the region's footer lines picked by C-level maps: most regions hold none)
    for k in compress(range(low, end + 1), map(FOOTER.__eq__, tags[low : end + 1])):
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
