"""Buttons of calls to action printed as lines of the article.

A page styles its calls to action as buttons: a link whose ``class`` names it one (``btn``,
``button``, ``cta``: the class words of CSS frameworks and site builders, ``<a class="btn
btn-primary">Shop ... Now</a>``, ``<a class="hero-banner-cta cta-btn">Learn More</a>``,
``<a class="button-brand">Get started</a>``), set in a box of its own among or after the
article's paragraphs ("Book A Demo", "Become a ... Member", "Check out meal planning tips to
eat healthier ..."). Nothing names the box, so the class-word pruning (which never takes an
inline element) leaves it, and the extractor prints the label as a line of the article.

A line is dropped when it is the whole text of such a button: the link's own class holds one
of :data:`BUTTON_TOKENS` as a whole word (split as :func:`.prune.name_tokens` splits it), the
link leads away from the page's text (its ``href`` is no fragment of this page nor a script,
and it is no toggle: the head of an accordion or a tab is styled as a button too, and its
label is the article's question or section). A line that holds a button's label and more stays
("Ready to sleep again? Get Started"). The lines are filtered after extraction, not the page
before it: a box emptied of its button has fewer links, and the extractor then keeps what the
box said around it.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .prune import name_tokens
from .recover import letters

#: Words of a link's class that style it as a button.
BUTTON_TOKENS: frozenset[str] = frozenset({"btn", "button", "cta"})

#: The links with a class holding one of the button words' letters (the words are checked on
#: each; one pass of libxml2 picks the few candidates).
_STYLED_LINKS = etree.XPath(
    "descendant::a[@href][contains(translate(@class, 'BTNCUOA', 'btncuoa'), 'btn')"
    " or contains(translate(@class, 'BTNCUOA', 'btncuoa'), 'button')"
    " or contains(translate(@class, 'BTNCUOA', 'btncuoa'), 'cta')]"
)
#: Attributes of a toggle (an accordion's or a tab's head, styled as a button too, whose label
#: is the article's question or section).
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")


def _button(a: lxml_html.HtmlElement) -> bool:
    """``a`` is styled as a button (:data:`BUTTON_TOKENS`) and leads away from the page's
    text: no script, no fragment of this page (a bare ``#`` is a destination a script fills
    in), no toggle (:data:`_TOGGLE_ATTRIBUTES`)."""
    href = (a.get("href") or "").strip().lower()
    if href.startswith("javascript:") or (href.startswith("#") and href != "#"):
        return False
    if any(a.get(name) is not None for name in _TOGGLE_ATTRIBUTES):
        return False
    return not BUTTON_TOKENS.isdisjoint(name_tokens(a.get("class") or ""))


def button_labels(root: lxml_html.HtmlElement) -> frozenset[str]:
    """The word characters of the text of each button below ``root`` (see the module's
    docstring)."""
    return frozenset(
        key for a in _STYLED_LINKS(root) if _button(a) and (key := letters(a.text_content()))
    )


def drop_call_buttons(root: lxml_html.HtmlElement, lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the lines that are the whole text of a button of the page
    (:func:`button_labels`); how many went."""
    labels = button_labels(root)
    if not labels:
        return lines, 0
    kept = [ln for ln in lines if letters(ln) not in labels]
    return kept, len(lines) - len(kept)
