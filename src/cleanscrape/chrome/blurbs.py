"""The outlet's own blurb under the story: the paragraph in which the site that published the
page says what it is or does ("At Acme, we make products inspired by real life ...", "Acme
cleans homes in dozens of locations ... Find the location nearest you", "Acme's event software
has powered 50,000+ events ... Use our expertise ...").

It reads as prose, often ends with a call to action, and the page prints it right under the
story, so the article's region ran on through it. Its words are those of any sentence about a
company; what tells it is whom it is about: the outlet, the owner that the page's copyright
line names (:func:`outlet_name`), opening the paragraph as its subject. A story names the
outlet too (a company's blog post on its own products, a press release on its own site), so
the paragraph counts only where the page puts such a blurb: at the end of the region, after
the story, with at most :data:`_OTHER_PARAGRAPHS` paragraph below it, and not under a heading
that names the outlet itself ("Transform Your Business with Acme", "About Acme"): a section
the story gives to the outlet is the article's own, its last paragraphs with it.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..lexicon.folding import fold
from .appeals import ends_story
from .features import Line, copyright_sign

OUTLET_BLURB = "outlet_blurb"

#: A copyright line's owner: after the sign or the word "Copyright" that opens the line and the
#: years, capitalised words (or words opened by a figure, "360West") and the small words
#: between them ("of", "&"): "© 2025 Acme Media, LLC. All rights reserved." -> "Acme Media".
_OWNER = re.compile(
    r"^(?:(?:copyright|\(c\)|©)[\s,:–—-]*)+(?:(?:19|20)\d\d\b[\s,:–—-]*)*(?:copyright\s*)?"
    r"(?P<name>[^\W_][\w'’&+.-]*(?:[ ](?:[^\W\d_][\w'’&+.-]*|&|\+))*)",
    re.IGNORECASE,
)
#: The longest owner's name read (a longer run of words is the line's notice, not a name).
_NAME_WORDS = 6
#: The shortest name: a name of one or two letters opens many sentences.
_NAME_CHARS = 3
#: What ends a name before the line's notice ("All rights reserved", a year after the name).
_NOTICE = re.compile(r"(?i)\ball rights\b|\b(?:19|20)\d\d\b")
#: The copyright line proper: the sign, or the word and a year, before the name ("Copyright
#: Notice" and "Copyright Guidelines" are links).
_DATED = re.compile(r"©|\(c\)|\d", re.IGNORECASE)
_FORMS = frozenset(lx.COMPANY_FORMS)
#: The words before the name that open a blurb ("At Acme, ..."), folded, longest first.
_PLACES = lx.longest_first(lx.phrases(lx.OUTLET_PLACES))
#: A blurb has at most this many words (a longer paragraph is the story's).
_WORDS = 90
#: Paragraphs of another kind that the region may hold below the blurb.
_OTHER_PARAGRAPHS = 1
#: The story before the blurb: at least this many words of paragraphs.
_ARTICLE_WORDS = 150
#: Lines above the blurb searched for its section's heading.
_HEADING_REACH = 8


def outlet_name(lines: list[Line]) -> str | None:
    """The name of the page's owner as its last copyright line writes it ("© 2026 Acme. All
    rights reserved." -> "Acme"), company forms dropped ("Acme, LLC" -> "Acme"); None when no
    line opens with the sign or the word, or the owner is no name."""
    for ln in reversed(lines):
        text = ln.text
        if not (copyright_sign(text) or "copyright" in ln.key):
            continue
        m = _OWNER.match(text)
        if m is None or not _DATED.search(text, 0, m.start("name")):
            continue
        name = _NOTICE.split(m.group("name"), maxsplit=1)[0]
        words = name.replace(",", " ").split()
        while words and fold(words[-1]) in _FORMS:
            words.pop()
        name = " ".join(words).rstrip(".-–—&+ ")
        if (
            len(name) >= _NAME_CHARS
            and len(words) <= _NAME_WORDS
            and (name[0].isupper() or name[0].isdigit())
            and fold(name)
        ):
            return name
    return None


def _opens_with(ln: Line, name: str, folded: str) -> bool:
    """Whether the paragraph opens with the outlet's name as its subject ("Acme is ...",
    "Acme's software ...") or after a word of :data:`lexicon.OUTLET_PLACES` ("At Acme, we
    ..."), the name written as the copyright line writes it."""
    text = ln.text
    if text.startswith(name):
        rest = text[len(name) : len(name) + 1]
        return rest in (" ", "'", "’")
    key = ln.key
    for place in _PLACES:
        if key.startswith(f"{place} {folded} ") and name in text[: len(place) + len(name) + 4]:
            return True
    return False


def _blurb(ln: Line, name: str, folded: str) -> bool:
    """Whether the paragraph is short enough for a blurb (:data:`_WORDS`) and opens with the
    outlet's name (:func:`_opens_with`)."""
    return ln.words <= _WORDS and _opens_with(ln, name, folded)


def _block_top(
    lines: list[Line], tags: list[str], start: int, k: int, name: str, folded: str
) -> int:
    """The first paragraph of the blurb whose last is ``k``: the paragraphs right above it
    that open with the outlet's name too ("Acme is a global provider of ...", then "Acme is
    headquartered in ..."), no other line between them but blank ones."""
    for j in range(k - 1, start, -1):
        ln = lines[j]
        if not ln.words:
            continue
        if tags[j] or not ln.prose or not _blurb(ln, name, folded):
            break
        k = j
    return k


def _under_own_heading(lines: list[Line], k: int, name: str) -> bool:
    """Whether the nearest heading above paragraph ``k`` (a line that is no prose, within
    :data:`_HEADING_REACH` lines) names the outlet: the story's own section on it."""
    for j in range(k - 1, max(k - 1 - _HEADING_REACH, -1), -1):
        ln = lines[j]
        if ln.words and not ln.prose:
            return name in ln.text
    return False


def blurb_start(lines: list[Line], tags: list[str], start: int, end: int, name: str | None) -> int:
    """Where the outlet's blurb that ends the region ``[start, end]`` starts (``end + 1`` when
    there is none): scanning up from the end, a paragraph of at most :data:`_WORDS` words that
    opens with ``name`` (:func:`_opens_with`), with at most :data:`_OTHER_PARAGRAPHS` paragraph
    of another kind below it, not under a heading that names the outlet, after a story of
    :data:`_ARTICLE_WORDS` words or more."""
    if name is None:
        return end + 1
    folded = fold(name)
    other = 0
    for k in range(end, start, -1):
        ln = lines[k]
        if tags[k] or not ln.prose:
            continue
        if _blurb(ln, name, folded):
            if _under_own_heading(lines, k, name):
                return end + 1
            k = _block_top(lines, tags, start, k, name, folded)
            return k if ends_story(lines, tags, start, end, k, _ARTICLE_WORDS) else end + 1
        other += 1
        if other > _OTHER_PARAGRAPHS:
            break
    return end + 1


#: The outlet's box about itself at the region's head has at most this many words.
_BOX_WORDS = 200
#: The words of its editorial checks (:data:`lexicon.EDITORIAL_CHECKS`), whole words.
_CHECKS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in lx.longest_first(lx.phrases(lx.EDITORIAL_CHECKS)))
    + r")\b"
)


def _box_close(ws: list[float], start: int, end: int) -> int | None:
    """The first line of the region ``[start, end]`` that weighs against prose (``ws`` < 0: a
    link, a heading of the page's contents): where the box at its head closes; None when the
    region holds none."""
    return next((k for k in range(start, end + 1) if ws[k] < 0), None)


def _box_words(lines: list[Line], start: int, close: int) -> int | None:
    """The words of the lines ``[start, close)`` when they are short enough for the box
    (:data:`_BOX_WORDS`) and speak of the outlet's editorial checks
    (:data:`lexicon.EDITORIAL_CHECKS`); else None."""
    box = lines[start:close]
    words = sum(ln.words for ln in box)
    if words > _BOX_WORDS or not any(_CHECKS.search(ln.key) for ln in box):
        return None
    return words


def story_below_box(
    lines: list[Line], ws: list[float], start: int, end: int, name: str | None
) -> int | None:
    """Where the story starts when the region ``[start, end]`` opens with the outlet's box on
    its own editorial checks ("Accounting.com is committed to delivering content that is
    objective and actionable. To that end, ..."); None when it does not.

    Commercial and affiliate sites print such a box between the byline and the story: a
    heading ("Our Integrity Network", "Advertising Disclosure"), a paragraph whose subject is
    the outlet as its copyright line names it (:func:`_opens_with`), a few more, then links
    (the page's contents, the story's headline) above the story's first paragraph. The region
    search runs through the box, the links weighing too little to end the region. The box is
    told by its place (under a line that is no prose, at most :data:`_BOX_WORDS` words before
    the first line that weighs against prose, a longer story below it), by its subject and by
    its words (:data:`lexicon.EDITORIAL_CHECKS`: "content", "objective", "unbiased"). A story
    about the outlet's own work (a press release on the company's site: "Acme has released its
    annual report", "Acme is thrilled to have ... as our new CEO") opens with the outlet's name
    too, under its headline and over a short list, but speaks of its news, not of the
    outlet's content and its checks."""
    if name is None or start < 1 or not _blurb(lines[start], name, fold(name)):
        return None
    above = lines[start - 1]
    close = _box_close(ws, start, end)
    if not above.words or above.prose or close is None:
        return None
    box = _box_words(lines, start, close)
    if box is None:
        return None
    below = story_after(lines, ws, close, end)
    if below is None:
        return None
    story, rest = below
    return story if rest > max(box, _ARTICLE_WORDS) else None


def story_after(lines: list[Line], ws: list[float], first: int, end: int) -> tuple[int, int] | None:
    """The story under a block at the region's head (the outlet's box, a product's pitch):
    ``(story, words)``, its first paragraph from line ``first`` to ``end`` that weighs as
    prose (``ws`` > 0) and the words of the lines from it to ``end`` that weigh so; None when
    no such paragraph stands there."""
    story = next((k for k in range(first, end + 1) if ws[k] > 0 and lines[k].prose), None)
    if story is None:
        return None
    return story, sum(ln.words for k, ln in enumerate(lines[story : end + 1], story) if ws[k] > 0)
