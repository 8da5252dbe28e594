"""What duplicates are judged on: the article body, told apart from its headline and lede.

Outlets that republish a story (syndication, agency copy) keep the body and rewrite the
headline and the lede (the standfirst, "sapo"). Outlets also open different stories with the
same standard paragraph. Both are reasons to judge duplicates on the body alone. A clean text
is split by this rule, on its non-blank lines (paragraphs):

* **headline**: the first line, when it is short (at most :data:`HEADLINE_MAX_WORDS` words and
  not ending in a full stop, as titles do not) and at least two more lines follow it;
* **lede**: the next line (the first paragraph), when it has at most :data:`LEDE_MAX_WORDS`
  words and the lines after it have :data:`BODY_MIN_WORDS` words or more in all: a short
  text's first paragraph is too much of it to leave out;
* **body**: the remaining lines. With ``match="full"`` (or when no headline is found and
  the text is too short to drop a lede) the body is the whole text.

The body is only a matching key: the output text is never cut.

>>> p = split_text("Mưa lớn ở Hà Nội\\nSáng nay mưa lớn.\\n" + "Đường ngập nặng. " * 30 + "\\nHết.")
>>> p.headline, p.lede
('Mưa lớn ở Hà Nội', 'Sáng nay mưa lớn.')
"""

from __future__ import annotations

from dataclasses import dataclass

from ..options import MatchOn

#: A first line longer than this (in words) is a paragraph, not a headline.
HEADLINE_MAX_WORDS = 30
#: A first paragraph longer than this (in words) is body text, not a lede.
LEDE_MAX_WORDS = 90
#: A lede is left out only when at least this many lines follow it...
BODY_MIN_LINES = 1
#: ...with at least this many words in all (paragraph breaks differ between outlets).
BODY_MIN_WORDS = 80
_FULL_STOPS = (".", "…", ";", ":")


@dataclass(frozen=True, slots=True)
class TextParts:
    """A clean text split into headline, lede and body (``None``: not told apart)."""

    headline: str | None
    lede: str | None
    body: str


def split_text(text: str) -> TextParts:
    """Headline, lede and body of ``text`` by the rule in the module documentation."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    headline: str | None = None
    if (
        len(lines) >= 3
        and len(lines[0].split()) <= HEADLINE_MAX_WORDS
        and not lines[0].endswith(_FULL_STOPS)
    ):
        headline = lines.pop(0)
    lede: str | None = None
    if len(lines) > BODY_MIN_LINES and len(lines[0].split()) <= LEDE_MAX_WORDS:
        rest = sum(len(ln.split()) for ln in lines[1:])
        if rest >= BODY_MIN_WORDS:
            lede = lines.pop(0)
    return TextParts(headline, lede, "\n".join(lines))


def match_text(text: str, match: MatchOn) -> str:
    """The part of ``text`` duplicates are judged on: its body, or all of it."""
    if match == "full":
        return text
    return split_text(text).body
