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
paragraph. A contact or support form prints help between its fields ("If you don't know your
order number, log in to your account ...", then "Message" / "Submit"): sentences under the
e-mail field and several labels, with a label under them (:func:`help_text`). They are the
form's, not paragraphs below it, however many, and weigh nothing in the story's words.

:func:`input_forms` finds a form of another kind, anywhere on the page: a shop's or a
service's input widget, its prompts ending in ":" ("Enter your installation address:"), a
price printed without its value ("Price : $"), and the help text and messages among and
around them, which weigh in the region search as card summaries do.

:func:`option_row` tells a form's select box printed with its options run together on one
line ("Choose Hotel Ovolo Sydney, Woolloomooloo Laneways By Ovolo, Melbourne ..."): a line long
enough to weigh as a paragraph, which the region search took for the story's first one, and the
form's field labels and the site's menu under it for the story's head.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .appeals import ends_story
from .features import SHARE_FOLLOW, SUBSCRIBE, Line, capitalised
from .menu_boxes import between_menus

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


def is_field(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is the label of an e-mail field, not a share button."""
    ln = lines[k]
    if ln.words > 6 or _FIELD.match(ln.key) is None:
        return False
    if ln.words > 1:
        return True
    near = tags[max(0, k - _SHARE_REACH) : k + 1 + _SHARE_REACH]
    return SHARE_FOLLOW not in near


def form_start(lines: list[Line], tags: list[str], start: int, end: int) -> int:
    """First line of the form that ends the region ``[start, end]`` (``end + 1`` when there is
    none): the label of its e-mail field with at most :data:`_OTHER_PARAGRAPHS` paragraph below
    it, and the lines above the label up to the last paragraph. A form's help text
    (:func:`help_text`) is no paragraph here: it weighs as the form's other lines do."""
    helps = help_text(lines, tags)
    tags = [SUBSCRIBE if k in helps else tag for k, tag in enumerate(tags)]
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


#: A label of a contact form's field other than its e-mail field ("Name", "Phone", "Order
#: Number", "Message", "Submit"): a title-like line of at most this many words.
_LABEL_WORDS = 3
#: A form with help text holds at least this many labels under its e-mail field, above the help.
_HELP_LABELS = 3
#: The most lines of a form's fields under its e-mail field, and of help text between two
#: labels: a form's block, not a menu's or a footer's run of links.
_HELP_LINES = 12


def _label(ln: Line) -> bool:
    """The line is a field's label or a button: short, title-like, no sentence."""
    return ln.titlelike and not ln.prose and ln.words <= _LABEL_WORDS


def help_text(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of the help text of contact forms: under an e-mail field (:func:`is_field`),
    past the lines under it that are no paragraph (at most :data:`_HELP_LINES`), among them at
    least :data:`_HELP_LABELS` labels (:func:`_label`: "Phone", "Question Type", "Order
    Number"), the paragraphs (at most :data:`_HELP_LINES`) right above another label
    ("Message", "Submit").

    A support form tells its reader what a field asks between its fields ("If you don't know
    your order number, log in to your account ...", "Free support is available by email for
    products purchased from ..."), and the page prints them as sentences among the labels. A
    story's paragraphs under a newsletter box have one label or two over them ("Email" /
    "Subscribe"), not a form's fields."""
    out: set[int] = set()
    for k in range(len(lines)):
        if is_field(lines, tags, k):
            out |= _help_below(lines, k)
    return out


def _help_below(lines: list[Line], field: int) -> set[int]:
    """The help text under the e-mail field at ``field`` (:func:`help_text`)."""
    first = field + 1
    labels = 0
    while first < len(lines) and not lines[first].prose and first - field <= _HELP_LINES:
        labels += _label(lines[first])
        first += 1
    last = first
    while last < len(lines) and lines[last].prose and last - first < _HELP_LINES:
        last += 1
    if labels < _HELP_LABELS or last == first or last >= len(lines) or not _label(lines[last]):
        return set()
    return set(range(first, last))


#: A prompt of an input form: a verb of :data:`~cleanscrape.lexicon.FORM_PROMPT_VERBS`
#: (after "please", :data:`~cleanscrape.lexicon.FORM_PROMPT_POLITE`) over "your"/"the"/
#: "a" (:data:`~cleanscrape.lexicon.FORM_PROMPT_OBJECTS`) and a few words, the folded
#: line (the page prints it ending in ":").
_PROMPT = re.compile(
    rf"^(?:{lx.phrase_pattern(lx.FORM_PROMPT_POLITE)} )?{lx.phrase_pattern(lx.FORM_PROMPT_VERBS)}"
    rf" {lx.phrase_pattern(lx.FORM_PROMPT_OBJECTS)} \w"
)
#: A field printed without its value: a short label, ":" and a currency sign ("Price : $",
#: "Total: €"); a label ending in ":" alone is a story's heading as often ("Features:").
_EMPTY_FIELD = re.compile(r"^[^\W\d][\w ]{0,30}?\s?:\s?[$€£¥]$")
_PROMPT_WORDS = 8
_CURRENCY = ("$", "€", "£", "¥")
#: Fields of one form: at least this many, each at most :data:`_FORM_GAP` lines below the last.
_FORM_FIELDS = 3
_FORM_GAP = 8
#: Lines of help text around a form's fields, at most, on either side.
_HELP_REACH = 12


def _input_field(ln: Line) -> bool:
    """The line is a field of an input form: a prompt ending in ":" or a label without value."""
    if ln.words > _PROMPT_WORDS:
        return False
    if ln.text.endswith(":"):
        return _PROMPT.match(ln.key) is not None
    return ln.text.endswith(_CURRENCY) and _EMPTY_FIELD.match(ln.text) is not None


def input_forms(lines: list[Line], tags: list[str]) -> set[int]:
    """Positions of the lines of input forms: from the first to the last of
    :data:`_FORM_FIELDS` or more fields (:func:`_input_field`) each at most :data:`_FORM_GAP`
    lines below the one before, and the form's help text on either side: up to
    :data:`_HELP_REACH` lines, to the nearest line of chrome (``tags``). The sentences around
    and between a form's fields are its help and messages ("Great news: ... services are
    available in your area.", "What is included in this price?"), not a story's."""
    fields = [k for k, ln in enumerate(lines) if _input_field(ln)]
    out: set[int] = set()
    group: list[int] = []
    for k in [*fields, len(lines) + _FORM_GAP + 1]:
        if group and k - group[-1] > _FORM_GAP:
            if len(group) >= _FORM_FIELDS:
                out.update(range(_help_edge(tags, group[0], -1), _help_edge(tags, group[-1], 1)))
            group = []
        group.append(k)
    return out


def _help_edge(tags: list[str], field: int, step: int) -> int:
    """The edge of a form's help text from its first (``step`` -1) or last (1) field: the
    first line of the range ``range(edge, ...)`` above, or the line past it below."""
    k = field
    while 0 <= k + step < len(tags) and abs(k + step - field) <= _HELP_REACH and not tags[k + step]:
        k += step
    return k if step < 0 else k + 1


def option_row(lines: list[Line], tags: list[str], k: int) -> bool:
    """Line ``k`` is a select box of a form printed on one line, its options run together: a
    line prose by its length alone (no sentence end), nearly every word of it opening with a
    capital (:func:`~cleanscrape.chrome.features.capitalised`), with menu lines right above or
    right below it (at least three of the five nearest lines on one side short lines that are
    no sentence, or chrome: :func:`~cleanscrape.chrome.menu_boxes.between_menus`).

    A booking or a sign-up form prints each select box as its options, names that open with a
    capital (hotels, cities, industries, job titles), with the commas the names hold ("Ovolo
    Sydney, Woolloomooloo") but no sentence's end, among its fields' labels and buttons
    ("Arrive", "Depart", "Guests", "Book Now"), in any language whose script has cases. A
    story's paragraph ends its sentences and opens most of its words in lower case."""
    ln = lines[k]
    return (
        not tags[k]
        and ln.prose
        and not ln.terminal
        and capitalised(ln.text)
        and between_menus(lines, tags, k, k)
    )
