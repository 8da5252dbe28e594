"""The shortcuts of the HTML path give what the full computation gives.

Each test holds one quick test or shortcut of ``html/`` to the computation it stands for, on
text written the way pages write it and, where it matters, on every character it can meet.
"""

from __future__ import annotations

import sys

from cleanscrape.html.extract import _CONTROL, _CONTROL_CHARS, parse_html


def test_control_characters_looked_for_are_those_the_pattern_removes() -> None:
    every = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in every if _CONTROL.match(c)] == list(_CONTROL_CHARS)


def test_a_page_with_a_control_character_parses_as_without_it() -> None:
    page = "<html><body><p>The council voted on Tuesday.</p></body></html>"
    for c in ("\x01", "\x0b", "\x1f"):
        tree = parse_html(page.replace("voted", f"vo{c}ted"), source="t")
        p = tree.find(".//p")
        assert p is not None and p.text == "The council voted on Tuesday."
