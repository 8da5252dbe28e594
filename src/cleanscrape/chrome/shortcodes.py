"""Shortcodes and template placeholders that a page prints as text.

A CMS writes its widgets into the article's source as shortcodes (WordPress: ``[button
link="..." type="big"] Send us YOUR kit review[/button]``) or placeholders (``[CTA_MODULE]``),
which a plugin replaces with the widget when the page is built. When the plugin is gone, the
page prints the code itself, between the article's paragraphs: the HTML extractor keeps it as a
line, and a whole-page text dump holds it as one. Such a line is markup, not text: it is
dropped when it is all shortcode, that is

* a shortcode with attributes (``name=value`` after its name), alone or around a short label
  and closed by its end tag (the label is the widget's, a button's or a box's);
* a placeholder alone: an upper-case name of two or more words joined by ``_`` in brackets;
* an embed in double braces with a value (``{{hire-ai-eng="/case-banners/hire-ai-eng"}}``, a
  site builder's rich-text embed of a banner; ``{{cta name="..."}}``).

A bracketed word of the text is neither ("[sic]", "[laughter]", a source named "[Engadget]"),
nor is a shortcode around a sentence, nor a forum's ``[b]...[/b]`` or ``[url=...]`` markup
(no attribute after a name), nor a template's expression in a code listing (``{{ person }}``,
``{{ a == b }}``: no value given to a name).

The HTML stage drops such lines before the strip stage reads them; the strip stage tags them
``markup`` (:func:`cleanscrape.chrome.regions.tag_lines`), so a whole-page text dump loses them
too.
"""

from __future__ import annotations

import re

#: The most words a shortcode's label may have (a button's or a box's words, not a sentence).
MAX_LABEL_WORDS = 8

_NAME = r"[a-z][a-z0-9_-]*"
_SHORTCODE = re.compile(
    # the opening tag: its name, then its attributes from the first ``name=`` on (one run of
    # characters, so that a line that fails does not make the pattern try each split)
    rf"\[(?P<name>{_NAME})\s+{_NAME}\s*=[^\]\[]*\]"
    r"(?:(?P<label>[^\[\]]*)\[/(?P=name)\])?"  # a label and the end tag
)
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]")
#: ``{{name="value"}}`` or ``{{name key="value" ...}}``: a name given a value (``=`` not ``==``)
_BRACE_EMBED = re.compile(
    rf"\{{\{{\s*{_NAME}(?:\s*|\s+{_NAME}\s*)=(?!=)[^{{}}]*\}}\}}", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def is_shortcode(line: str) -> bool:
    """``line`` is a shortcode or a placeholder and nothing else (see the module's rules)."""
    text = line.strip()
    if text.startswith("{{"):
        return _BRACE_EMBED.fullmatch(text) is not None
    if not text.startswith("[") or not text.endswith("]"):
        return False
    if _PLACEHOLDER.fullmatch(text):
        return True
    m = _SHORTCODE.fullmatch(text)
    if m is None:
        return False
    label = (m.group("label") or "").strip()
    return len(label.split()) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(label)
