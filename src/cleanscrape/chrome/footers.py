"""The page's footer inside the article's region.

A footer menu printed a line an item (a browser prints each link of a footer's columns on a
line of its own, with no blank line between them), then the site's copyright line: the region
search reaches across it when prose follows the footer (the text of hidden dialogs, "You are
leaving this website ...", "File is in portable document format ..."), as long paragraphs
outweigh a run of short lines. The copyright line under such a run ends the article: what
follows is the site's. So does such a run of the site's own links when the page ends with the
site's notices printed as paragraphs under it (a licence, a disclaimer), with no copyright
line between them.
"""

from __future__ import annotations

from itertools import compress

from .features import FOOTER, SHARE_FOLLOW, TOPIC_TAGS, UI, Line, copyright_sign

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


#: A footer menu over the site's notices holds at least this many lines the lexicon reads as
#: footer links ("Privacy Policy", "Terms of Use", "Contact Us"), share/follow lines (the
#: site's handles) or interface text: a list of the body seldom names the site's own pages.
_MENU_FOOTER_LINES = 2


def notices_end(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """The last line of the article's region ``[start, end]`` above the page's footer when the
    region ends with the site's notices: paragraphs (a disclaimer, an insurer's or a lender's
    licence, "This material is not intended to replace the advice ...") under a run of
    :data:`_FOOTER_RUN` lines or more that are no paragraphs and hold
    :data:`_MENU_FOOTER_LINES` footer links, handles or interface lines (the footer's menu,
    printed a line a link; an address line ending with a full stop does not break it). The
    notices' long paragraphs outweigh the menu in the region's search and pull the region
    across it; the menu says the site's text starts there. Only when the region holds more
    words of paragraphs above the menu than under it, and no tag row in the run (``end``
    otherwise: a story's last short lines over its tag row would be read as the menu's
    first)."""
    k = end
    while k > start and lines[k].prose:
        k -= 1
    if k == end:
        return end
    j = k
    while j > start and not lines[j].prose:
        j -= 1
    run = tags[j + 1 : k + 1]
    if TOPIC_TAGS in run:
        return end  # the story's tag row closes it: its own rules read what follows the row
    if k - j < _FOOTER_RUN or sum(map(run.count, (FOOTER, SHARE_FOLLOW, UI))) < _MENU_FOOTER_LINES:
        return end
    above = sum(ln.words for ln in lines[start : j + 1] if ln.prose)
    below = sum(ln.words for ln in lines[k + 1 : end + 1])
    return j if below < above else end
