"""Readers' comment threads told by their markup's shape, where no class word names them.

A blog's or a news site's comments are a list: each item a reader's comment, headed by the
reader's name and a permalink to the comment on this same page whose text is the comment's
date ("September 12, 2018 at 4:47 pm", a ``<time>`` element), then the comment's prose. A
modern page names the list ("comment-list", ``id="comments"``) and the class-word pruning
takes it out; an older or stripped page names nothing, and the extractor prints every comment
after the article. The shape decides instead: a ``<ul>``/``<ol>`` of :data:`MIN_COMMENTS` or
more items, every one of them holding a link to a fragment (``#...``) whose text is only a date
and at least :data:`MIN_PROSE_CHARS` word characters outside its links. The article's own lists
do not have that shape: a list of footnotes links back by an arrow or a number, a table of
contents by section titles, a timeline's dates are no links to fragments.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from ..chrome.features import is_dateline
from .item_lists import shaped_lists
from .removal import drop_elements
from .words import element_text

#: A thread has at least this many comments (items) in its list.
MIN_COMMENTS = 2
#: A comment holds at least this many word characters outside its links.
MIN_PROSE_CHARS = 20
_WORD_CHARS = re.compile(r"\w")


def _link_chars(item: lxml_html.HtmlElement) -> int:
    """Word characters of the links' text under ``item``."""
    return sum(len(_WORD_CHARS.findall(a.text_content())) for a in item.iter("a"))


def _dated_permalink(item: lxml_html.HtmlElement) -> bool:
    """``item`` holds a link to a fragment of a page whose text is a date alone."""
    for a in item.iter("a"):
        if "#" in (a.get("href") or "") and is_dateline(element_text(a)):
            return True
    return False


def _is_comment(item: lxml_html.HtmlElement) -> bool:
    """``item`` is a list item shaped like a reader's comment (see the module's docstring)."""
    if item.tag != "li":
        return False
    prose = len(_WORD_CHARS.findall(item.text_content())) - _link_chars(item)
    return prose >= MIN_PROSE_CHARS and _dated_permalink(item)


def comment_lists(body: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The outermost lists below ``body`` shaped like a readers' comment thread."""
    return shaped_lists(body, _is_comment, MIN_COMMENTS)


def drop_comment_lists(body: lxml_html.HtmlElement, texts: list[str] | None = None) -> int:
    """Remove the comment threads of :func:`comment_lists` from ``body``; returns how many went
    (their text added to ``texts`` when given)."""
    return drop_elements(comment_lists(body), texts)
