"""The visible text of an HTML page as lines, as a browser would lay it out (roughly).

Block elements start a new line; scripts, styles, templates, forms' option lists and hidden
elements (:mod:`.visibility`) contribute nothing. The walk
is iterative, so pathologically deep markup cannot exhaust the stack.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .tags import ANY_HEADING
from .visibility import hidden_reason

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl",
     "dt", "fieldset", "figcaption", "figure", "footer", "form", *ANY_HEADING, "header", "hr",
     "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
     "tfoot", "th", "thead", "tr", "ul", "body", "html", "center", "caption"}
)  # fmt: skip
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "math", "select", "option",
     "iframe", "object", "embed", "canvas", "button", "textarea", "input"}
)  # fmt: skip
_SPACE = re.compile(r"\s+")


def visible_lines(root: lxml_html.HtmlElement) -> list[str]:
    """Non-blank visible text lines of ``root`` in document order, white space collapsed."""
    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        if parts:
            line = _SPACE.sub(" ", "".join(parts)).strip()
            if line:
                lines.append(line)
            parts.clear()

    # stack of (element, entering); on leaving, the element's tail follows it
    stack: list[tuple[lxml_html.HtmlElement, bool]] = [(root, True)]
    while stack:
        el, entering = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if entering:
            if not tag or tag in SKIP_TAGS or hidden_reason(el) is not None:
                if el.tail:
                    parts.append(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush()
            if el.text:
                parts.append(el.text)
            stack.append((el, False))
            stack.extend((child, True) for child in reversed(el))
        else:
            if tag in BLOCK_TAGS:
                flush()
            if el.tail:
                parts.append(el.tail)
    flush()
    return lines
