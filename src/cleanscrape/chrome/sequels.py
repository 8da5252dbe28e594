"""A second article after the story: the next one of an infinite scroll, the outlet's
"Next article" card, another article of the outlet printed under the story.

Its paragraphs read as prose like the story's, so the article's region ran on through them.
What marks the boundary is the new article's head, which the story's own sections lack:

* a pager label on a line of its own ("Next article", "Previous post", "Up next", "Tiếp
  theo") with a headline right below it;
* the story's tag row ("Tags: ...", "Filed under ..."), which closes an article;
* a new headline over its own byline and date lines ("Jane Roe" / "Aug 1, 2024" / "5 min
  read"), then prose. A subheading of the story is followed by its paragraph, not by a date;
  a book or product of a list is followed by its author ("by Sierra Greer") but not by a date.

Each counts only after the story: :data:`_ARTICLE_WORDS` words of paragraphs before it in the
region, and no fewer than after it. :func:`sequel_start` gives the first line of the second
article (or of its label or the tag row); the region ends above it, and its lines are chrome
(``related_card``, ``teaser``) that give the page no metadata.
"""

from __future__ import annotations

import re

from .bylines import byline_of
from .features import Line
from .reading_time import has_reading_time

#: A pager label, the whole (folded) line: "Next article", "Previous post", "Up next", "Read
#: next", "Article suivant", "Nächster Artikel", "Artículo siguiente", "Bài tiếp theo".
_PAGER_LABEL = re.compile(
    r"^(?:(?:previous|prev|next|older|newer) (?:post|article|story|entry)"
    r"|up next|next up|read next|(?:vorheriger|nachster) (?:artikel|beitrag)"
    r"|article (?:precedent|suivant)|(?:articulo|post|artigo) (?:anterior|siguiente|seguinte)"
    r"|(?:bai |tin )?(?:truoc|tiep theo)|artikel (?:sebelumnya|selanjutnya|berikutnya)"
    r"|articolo (?:precedente|successivo)|(?:предыдущая|следующая) статья)$"
)
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


def _headline(ln: Line, tag: str) -> bool:
    return not tag and ln.titlelike and not ln.prose and ln.words >= _HEAD_WORDS


def _dated(ln: Line, tag: str) -> bool:
    if _POST_SIGNATURE.search(ln.text):
        return False
    return tag == "timestamp" or ln.dateline or has_reading_time(ln.text)


def _new_head(lines: list[Line], tags: list[str], k: int, end: int) -> bool:
    """Line ``k`` is a headline over its byline and date lines, then prose."""
    if not _headline(lines[k], tags[k]):
        return False
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
    return dated and signed and j <= end and lines[j].prose


def _closing_tag_row(lines: list[Line], tags: list[str], k: int, end: int) -> bool:
    """Line ``k`` is a tag row with no date right below it: it closes the story before it,
    however much prose follows (another article of the outlet, its newsletter form, its
    footer). A tag row in the head of a story is followed by the story's date or reading time;
    that one counts only as the halves rule of :func:`sequel_start` allows."""
    if tags[k] != "tags":
        return False
    reach = range(k + 1, min(k + 2 + _HEAD_LINES, end + 1))
    return not any(_dated(lines[j], tags[j]) for j in reach)


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
        if tags[k] == "tags":
            return k  # the story's tag row closes it
        if _PAGER_LABEL.match(lines[k].key) and any(
            _headline(lines[j], tags[j]) for j in range(k + 1, min(k + 1 + _LABEL_REACH, end + 1))
        ):
            return k
        if _new_head(lines, tags, k, end):
            return k
    return None
