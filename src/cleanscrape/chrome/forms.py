"""The outlet's form at the end of the story: a newsletter box, a contact or trial form, with
the label of its e-mail field ("Email", "Enter your email address", "Email (Required)"), its
other fields and buttons ("Name", "Submit"), and what the page prints below it.

The form's short lines stand between paragraphs (its messages, a consent line, an author box
below it), so the article's region ran on through the box. The label of an e-mail field is
what tells a form: no line of a story is one, and a bare "Email" among share buttons is a
button. A form counts only where the page ends the story with it: after
:data:`_ARTICLE_WORDS` words of the story's paragraphs, no fewer than the region holds from the
form on, and with at most :data:`_OTHER_PARAGRAPHS` paragraph below its field. A newsletter box
inside the body has the rest of the story below it and stays. :func:`form_start` gives the
first line of the form's block: the field and the lines above it that are not paragraphs. A
pitch written as a sentence above the field stays: it is not told from the story's last
paragraph.
"""

from __future__ import annotations

import re

from .appeals import ends_story
from .features import Line

SUBSCRIBE = "subscribe"

#: The label of an e-mail field, the whole folded line ("Email", "Your Email*", "Enter your
#: e-mail address", "Email Address: (Required)", "E-Mail-Adresse", "Adresse e-mail").
_FIELD = re.compile(
    r"^(?:(?:enter )?(?:your )?e ?mail(?: address)?(?: required)?"
    r"|(?:ihre )?e ?mail ?adresse|(?:votre )?adresse (?:e ?mail|electronique)"
    r"|(?:tu |su )?correo(?: electronico)?|(?:seu )?endereco de e ?mail"
    r"|(?:il tuo )?indirizzo e ?mail)$"
)
#: The story before the form: at least this many words of paragraphs, no fewer than below it.
#: A brief of a hundred words ends with the outlet's form as a long story does (the label of a
#: field, unlike an appeal's words, is no sentence a story might hold).
_ARTICLE_WORDS = 50
#: Paragraphs below the form's field that the block may hold.
_OTHER_PARAGRAPHS = 1


#: A bare "Email" among share buttons ("Share" / "Tweet" / "Email") is one of them: lines on
#: either side within this reach.
_SHARE_REACH = 2
_SHARE = "share_follow"


def is_field(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is the label of an e-mail field, not a share button."""
    ln = lines[k]
    if ln.words > 6 or _FIELD.match(ln.key) is None:
        return False
    if ln.words > 1:
        return True
    near = tags[max(0, k - _SHARE_REACH) : k + 1 + _SHARE_REACH]
    return _SHARE not in near


def form_start(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """First line of the form that ends the region ``[start, end]`` (``end + 1`` when there is
    none): the label of its e-mail field with at most :data:`_OTHER_PARAGRAPHS` paragraph below
    it, and the lines above the label up to the last paragraph."""
    field = None
    other = 0
    for k in range(end, start, -1):
        ln = lines[k]
        if is_field(lines, tags, k):
            field = k
            continue
        if ln.prose and not tags[k]:
            other += 1
            if other > _OTHER_PARAGRAPHS:
                break
    if field is None:
        return end + 1
    first = field
    while first - 1 > start and not (lines[first - 1].prose and not tags[first - 1]):
        first -= 1
    return first if ends_story(lines, tags, start, end, first, _ARTICLE_WORDS) else end + 1
