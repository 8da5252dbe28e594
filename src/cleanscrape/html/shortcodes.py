"""Shortcodes, template placeholders and filler text that a page prints as text.

Shortcodes and placeholders (a CMS's widgets whose plugin is gone, ``[button link="..."]
...[/button]``, ``[CTA_MODULE]``, ``{{cta name="..."}}``) are recognised by
:func:`cleanscrape.chrome.shortcodes.is_shortcode` (its module gives the rules), which the strip
stage reads too; the HTML stage drops them from its lines here, with a count of its own.

Filler text (:func:`is_filler`) is the template's other leftover: the Latin placeholder a
designer types into a box before the real text comes ("Lorem ipsum dolor sit amet, consectetur
adipiscing elit, ..."), printed in promo cards and banners the site never filled. A line that
opens with the filler's words is dropped; the rest of the page's text is not touched.
"""

from __future__ import annotations

import re

from ..chrome.shortcodes import is_shortcode

_FILLER = re.compile(r"^\W*lorem\s+ipsum\s+dolor\s+sit\s+amet\b", re.IGNORECASE)
#: A line of the filler in a page's text (one search before any line is tested)
_FILLER_LINE = re.compile(_FILLER.pattern, re.IGNORECASE | re.MULTILINE)


def drop_shortcodes(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the lines that are shortcodes or placeholders; how many went."""
    kept = [ln for ln in lines if not (("[" in ln or "{{" in ln) and is_shortcode(ln))]
    return kept, len(lines) - len(kept)


def is_filler(line: str) -> bool:
    """``line`` opens with the Latin placeholder text of a template ("Lorem ipsum dolor sit
    amet ...")."""
    return _FILLER.match(line) is not None


def drop_filler(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the lines of placeholder text (:func:`is_filler`); how many went."""
    if _FILLER_LINE.search("\n".join(lines)) is None:
        return lines, 0
    kept = [ln for ln in lines if not is_filler(ln)]
    return kept, len(lines) - len(kept)
