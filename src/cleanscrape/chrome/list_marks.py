"""The bullets that some converters print before the items of a list, set aside for the features.

Whole-page dumps differ by the tool that made them: html-text writes a list item as its text
alone, at the start of the line; inscriptis (and lynx-like renderers) indent it by its depth and
print a bullet before it ("    * News", "          + Local", "            o Police Reports"), or
the item's number in an ordered list ("     1. Gaye", a reader's comment). The bullet is
layout, not text: a line's features (its folded key, its word count, what the phrase
lexicons and the byline and dateline rules read) are worked out on the item's text alone, so a
menu item is the same line whoever made the dump, and the items of one menu repeated at another
depth are the same key. The kept text is still the page's own line: the bullet goes back in
front of it (``Line.mark``).

Only an *indented* line loses its bullet: a dump that sets items at the start of the line with a
"* " or "- " of their own ("* It may become less cost-effective ...", "- Email Marketing: ...")
is read as it always was.
"""

from __future__ import annotations

import re

#: The marks a converter prints before a list item's text: a hyphen, an asterisk, a bullet, a
#: white or square bullet, a triangle ...
_BULLETS = "-*•◦▪‣"
#: ... and that a page's own text prints too, with the dashes and the middle dot that only the
#: page prints. A bullet of the page at the start of a stripped line, and the blanks after it
#: ("- You're running around 20 miles a week", "• Jan 4", "– Dr. Allen"), is text of the line,
#: so the rules that read a line's shape see it: a headline is printed without one
#: (:func:`~cleanscrape.chrome.lede_anchor.shaped_headline`), and the parts of a post's meta row
#: are read without theirs.
TEXT_BULLET = re.compile(rf"^[{_BULLETS}–—·]\s+")
#: A converter's bullet: one of :data:`_BULLETS`, or the "+" and "o" that lynx-like renderers
#: print at the second and third depth, or an ordered item's number. Read on an indented line
#: only: at the start of a line "o" is a word (Portuguese, Spanish) and "1." opens a numbered
#: paragraph; and no dash nor middle dot: no converter prints them, so on an indented line they
#: are the page's own text, which the line's features read whole.
_CONVERTER_MARK = rf"(?:[{_BULLETS}+o]|\d{{1,3}}\.)[^\S\n]+"
#: An indented line that opens with a bullet, a blank after it and then its text (checked once
#: for the whole page before any line is looked at: a line after the first, found from the line
#: break before it, which the search skips to, or the first line).
_ITEM = rf"[^\S\n]+{_CONVERTER_MARK}\S"
_INDENTED_ITEM = re.compile("\n" + _ITEM)
_INDENTED_FIRST = re.compile(_ITEM)
#: The bullet and the blanks after it, at the start of a stripped line.
_MARK = re.compile(rf"{_CONVERTER_MARK}(?=\S)")


def list_marks(lines: list[str], indexes: list[int], texts: list[str]) -> dict[int, str]:
    """The bullets of the indented list items among ``texts`` (the stripped non-blank lines,
    ``lines[indexes[k]]`` before stripping), by position in ``texts``: each is cut from the
    front of its text in ``texts`` (in place) and returned with the blanks after it."""
    block = "\n".join(lines)
    if not _INDENTED_ITEM.search(block) and not _INDENTED_FIRST.match(block):
        return {}  # (most pages: no line of the page is looked at)
    marks: dict[int, str] = {}
    for k, i in enumerate(indexes):
        if lines[i][:1].isspace() and (m := _MARK.match(texts[k])) is not None:
            marks[k] = m.group()
            texts[k] = texts[k][m.end() :]
    return marks
