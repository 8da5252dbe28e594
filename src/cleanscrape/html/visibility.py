"""When an element of an HTML page is not shown to a reader: the one definition used by chrome
pruning (:mod:`.prune`) and by the visible-text fallback (:mod:`.fallback`).

An element is hidden when it has the ``hidden`` attribute, ``aria-hidden="true"``, or an inline
style with ``display: none`` or ``visibility: hidden``. Style sheets are not evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import html as lxml_html

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HIDDEN_DECLARATION = re.compile(
    r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?;?", re.IGNORECASE
)


def hidden_reason(el: lxml_html.HtmlElement) -> str | None:
    """``"hidden"`` when ``el`` is not shown to a reader, else ``None``.

    >>> from lxml import html
    >>> [hidden_reason(html.fragment_fromstring(s)) for s in (
    ...     '<div hidden>x</div>', '<span aria-hidden="true">x</span>',
    ...     '<div style="color: red; DISPLAY : none">x</div>', '<p style="color: red">x</p>')]
    ['hidden', 'hidden', 'hidden', None]
    """
    return hidden_by(el.attrib)


#: The attributes :func:`hidden_by` reads: an element with none of them is not hidden by itself.
HIDDEN_ATTRIBUTES: frozenset[str] = frozenset({"hidden", "aria-hidden", "style"})


def hidden_by(attrs: Mapping[str, str]) -> str | None:
    """:func:`hidden_reason` of an element with these attributes (it reads
    :data:`HIDDEN_ATTRIBUTES`)."""
    if attrs.get("hidden") is not None:
        return "hidden"
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return "hidden"
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    return None


def reveal(el: lxml_html.HtmlElement) -> None:
    """Take away what :func:`hidden_reason` reads as hidden on ``el`` itself.

    Used on collapsed parts of an article (accordion panels, tabs, "read more" sections):
    the extractor drops hidden elements, a reader opens them.

    >>> from lxml import html
    >>> el = html.fragment_fromstring('<div hidden style="color: red; display:none;">x</div>')
    >>> reveal(el); html.tostring(el)
    b'<div style="color: red; ">x</div>'
    """
    for attr in ("hidden", "aria-hidden"):
        if attr in el.attrib:
            del el.attrib[attr]
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        el.set("style", _HIDDEN_DECLARATION.sub("", style))
