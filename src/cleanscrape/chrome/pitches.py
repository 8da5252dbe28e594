"""A product's pitch above the story: the sign-up widget that a vendor's blog prints between
the post's head and its headline.

Such a block sells the vendor's product to the reader: a calculator's result ("Pros like you
typically make:") and its notice ("We use your IP address ... to estimate your location."), a
customer's quote with her name and her role on lines of their own, a claimed figure with its
footnote ("Increase revenue by 35%*", "*Based on average monthly revenue ..."), questions
addressed to the reader ("Want to win more jobs with less effort?") and the buttons that answer
them ("Start Free Trial", "Get started", "Kostenlos testen"). Its notice and its quote weigh
as short paragraphs, the lines between them as little, so the region search starts in the block
and the pitch is kept over the story. What tells it is its buttons: a button's call to action
is a whole line (:data:`lexicon.UI_CALLS`, :data:`lexicon.BUTTON_CALLS`, in several
languages) with no paragraph under it, a line no story prints among its paragraphs, and a
pitch stands above the story with a button among its last lines. A story that quotes a
customer or asks its reader a question prints no button between its paragraphs; a guide's
section headed "Get started" goes on with its prose under the heading, and stays.
"""

from __future__ import annotations

from .. import lexicon as lx
from .blurbs import story_after
from .features import Line

#: A button's call to action, the whole folded line.
_CALLS = lx.phrases(lx.UI_CALLS) | lx.phrases(lx.BUTTON_CALLS)
#: The pitch above its last button holds at most this many words (a longer run is the story's).
_PITCH_WORDS = 100
#: The story below the pitch: at least this many words of paragraphs, more than the pitch holds.
_STORY_WORDS = 150


def _button(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a button: the whole folded line is a call to action (:data:`_CALLS`) and
    the next line is no paragraph (a section heading goes on with its prose)."""
    if lines[k].key not in _CALLS:
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    return nxt is None or not nxt.prose


def _last_button(lines: list[Line], start: int, end: int) -> int | None:
    """The last button (:func:`_button`) of the region ``[start, end]`` with at most
    :data:`_PITCH_WORDS` words from the region's start to it; None when there is none."""
    words = 0
    last = None
    for k in range(start, end + 1):
        words += lines[k].words
        if words > _PITCH_WORDS:
            break
        if _button(lines, k):
            last = k
    return last


def story_below_pitch(
    lines: list[Line], ws: list[float], start: int, end: int
) -> tuple[int, int] | None:
    """``(close, story)`` when the region ``[start, end]`` opens with a product's pitch: its
    lines ``[start, close]`` down to its last button (:func:`_last_button`), the story from
    ``story``, the first paragraph below the button that weighs as prose (``ws`` > 0), over at
    least :data:`_STORY_WORDS` words of paragraphs, more than the pitch holds. None when the
    region opens otherwise. (The lines between the button and the story stay outside both: the
    story's headline stands among them.)"""
    close = _last_button(lines, start, end)
    if close is None:
        return None
    below = story_after(lines, ws, close + 1, end)
    if below is None:
        return None
    story, rest = below
    pitch = sum(ln.words for ln in lines[start : close + 1])
    return (close, story) if rest >= max(_STORY_WORDS, pitch + 1) else None
