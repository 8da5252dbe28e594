"""A short story under its outlet's standard paragraph whose first line the region search and
:func:`~cleanscrape.chrome.sequels.lines_above_row` left out: a science site prints a story's
headline over the standard paragraph and the story opens with that headline again ("Make the
most of your stay with these 10 travel hacks."), a line the page prints twice; a magazine's
story opens with its affiliate disclosure ("... Buying through our links may earn us a
commission ..."), tagged as chrome. Either way the story's lines went with the cards under
its "Tags: ..." row, the page kept the standard paragraph alone, which lies whole in the
outlet's other page, and ``--containment`` joined the two stories.

The pages (``data/dumps/first_line_over_standard_paragraph/``): two pages of each outlet from
two syndication draws (dev, ``--negative-paragraphs 2 --negative-words 150``), lines as
printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses, tag_row

HEADLINE = read_pages(
    "first_line_over_standard_paragraph", ("headline_again", "headline_other_story")
)
DISCLOSURE = read_pages(
    "first_line_over_standard_paragraph", ("disclosure_first", "disclosure_other_story")
)
#: The first story's headline, printed over the standard paragraph and again under it.
TRAVEL_HEADLINE = "Make the most of your stay with these 10 travel hacks"
#: ... and the story's line under its headline's second copy.
TRAVEL_STORY = "Although you might have booked an epic 5-star hotel"
#: The second story's disclosure and its line under it.
BRANDS_DISCLOSURE = "Our editors curate highly rated brands"
BRANDS_STORY = "The US is home to lots of more responsible fashion brands"


def test_a_story_under_its_headline_printed_again_keeps_its_lines() -> None:
    page = HEADLINE["headline_again"]
    row = tag_row(page)
    # headline, standard paragraph, the headline again, the story's line, the tag row
    assert page[row - 4].startswith(TRAVEL_HEADLINE)
    assert page[row - 2].startswith(TRAVEL_HEADLINE)
    assert page[row - 1].startswith(TRAVEL_STORY)
    kept = kept_lines(page)
    assert any(line.startswith(TRAVEL_STORY) for line in kept)
    assert page[row - 2] in kept  # (the story's own first line)
    assert page[row - 4] not in kept  # (the headline over the paragraph is no body line)


def test_a_story_under_its_disclosure_keeps_its_lines_not_the_disclosure() -> None:
    page = DISCLOSURE["disclosure_first"]
    row = tag_row(page)
    assert page[row - 2].startswith(BRANDS_DISCLOSURE)
    assert page[row - 1].startswith(BRANDS_STORY)
    kept = kept_lines(page)
    assert any(line.startswith(BRANDS_STORY) for line in kept)
    assert not any(line.startswith(BRANDS_DISCLOSURE) for line in kept)


def test_the_two_stories_of_each_outlet_are_not_joined() -> None:
    assert statuses(HEADLINE) == [["kept", "kept"], ["kept", "kept"]]
    assert statuses(DISCLOSURE) == [["kept", "kept"], ["kept", "kept"]]
