"""A short story whose own lines stand between its region and the page's copyright line: a
developer's blog prints a story under its headline and the outlet's standard paragraph, then
the story's two paragraphs, then "© 2025 ..." as the page's last line. On one page the
story's paragraphs are two lines without a full stop ("Chelsea have this morning paid the
£71.6million fee ..."), which weigh as a card's headline and summary do: the region ended at
the standard paragraph, and the two lines went as cards (``teaser``, ``related_card``). The
page kept the standard paragraph alone, which lies whole in the outlet's other page, and
``--containment`` joined the two stories.

The pages (``data/dumps/story_over_copyright/``): the outlet's two pages of a syndication draw
(dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, line_at, open_with, opens_a_line, read_pages, statuses

PAGES = read_pages("story_over_copyright", ("keeper_signing", "solar_install"))
#: The first page's own story: its two lines right above the copyright line.
STORY = (
    "Chelsea have this morning paid the £71.6million fee to the Spanish league",
    "This has freed of the £38million move of Thibaut Courtois to Real Madrid",
)
#: The outlet's standard paragraph, over each page's story.
STANDARD = "Yet despite their importance, LOTO procedures exemplify"


def test_the_story_above_the_copyright_line_is_kept_the_line_is_not() -> None:
    page = PAGES["keeper_signing"]
    foot = line_at(page, "© 2025 ")
    assert foot == len(page) - 1
    assert open_with(page[foot - 2 : foot], STORY)
    kept = kept_lines(page)
    assert opens_a_line(kept, STANDARD)
    for text in STORY:
        assert opens_a_line(kept, text), text
    assert page[foot] not in kept


def test_the_other_page_keeps_its_story_under_the_standard_paragraph() -> None:
    page = PAGES["solar_install"]
    kept = kept_lines(page)
    assert opens_a_line(kept, STANDARD)
    assert opens_a_line(kept, "Installing solar panels can dramatically reduce")
    assert page[-1] not in kept


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
