"""An element's words as the HTML stages read them: its text with white space set aside.

Markup indents, wraps and splits text at will (a cell per line, a headline across two
``<span>``), so a rule that compares an element's text with a printed line or with another
element's, counts its words or measures it, reads the text of the element and everything
below it (``text_content``) split on white space. These helpers are that one reading, for
every module of the HTML path.
"""

from __future__ import annotations

from lxml import html as lxml_html


def element_words(el: lxml_html.HtmlElement) -> list[str]:
    """The words of ``el``'s text (its text and its descendants', split on white space)."""
    return str(el.text_content()).split()


def element_text(el: lxml_html.HtmlElement) -> str:
    """``el``'s words joined by single spaces: its text as lines and other elements' texts
    are compared with it (cells and inline elements joined by one space)."""
    return " ".join(element_words(el))


def element_chars(el: lxml_html.HtmlElement) -> int:
    """How many characters of ``el``'s text are not white space (markup indents it at will)."""
    return len("".join(element_words(el)))
