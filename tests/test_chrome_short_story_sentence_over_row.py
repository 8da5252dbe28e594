"""A short story whose lede is one short sentence, its last line without a full stop right
above its tag row: an outlet (an insurer's blog) prints under its standard paragraph "The
information provided is based on the published date." (9 words, too short to read as prose)
and "Kitchen and bathroom renovations typically cost the most due to extensive electrical and
plumbing work and skilled craftsmanship", then "Tags: Sign Up, Quick Links, LinkedIn".

The row closes a short story after two of its paragraphs, and only prose counted: with one
(the standard paragraph), the row closed nothing, the region ran on to the outlet's own text
under it, and the story's last line, beside the row, went as ``inline_link``. A sentence with
its final mark is a paragraph of a short story however short; a line between the story's
last paragraph and its own tag row is the story's.

The pages (``data/dumps/short_story_sentence_over_row/``): two hard negatives of outlet 0241
in the syndication corpus's dev draw of seed 2026 (``--negative-paragraphs 2
--negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, opens_a_line, read_pages, statuses

PAGES = read_pages("short_story_sentence_over_row", ("renovation_costs", "robot_vacuum"))
STORY = [
    "The information provided is based on the published date.",
    "Kitchen and bathroom renovations typically cost the most",
]
#: The outlet's own text under its tag row.
OUTLET = "We offer some of the most affordable and comprehensive commercial insurance plans"


def test_the_story_is_kept_whole_and_the_outlet_s_text_under_the_row_is_not() -> None:
    kept = kept_lines(PAGES["renovation_costs"])
    for line in STORY:
        assert opens_a_line(kept, line), line
    assert not opens_a_line(kept, OUTLET)
    assert not opens_a_line(kept, "Tags: ")


def test_the_other_story_of_the_outlet_keeps_its_lines() -> None:
    kept = kept_lines(PAGES["robot_vacuum"])
    assert opens_a_line(kept, "When we talk about revolutionary home cleaning devices")
    assert opens_a_line(kept, "If you're thinking about getting a robot vacuum with mapping")
    assert not opens_a_line(kept, OUTLET)


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
