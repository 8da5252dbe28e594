"""A short story above its own tag row when the region search chose the outlet's prose below
it: an insurer's pages print each story under its headline, then the story's lines and its
"Tags: ..." row, then the insurer's related cards, newsletter form, footer menu and, at its
foot, its legal notices ("IMPORTANT: The information and material contained on this website
..."); a market-research outlet's pages print under the row a contact form, its recent posts
and its "How to Purchase a Report" prose. Under a story of one paragraph (and one or two
lines or list items, which weigh as a card's headline does) that prose outweighed the story,
the region was chosen there, and two pages of one site kept the same notices: the pipeline
joined two different stories at every setting.

The pages (``data/dumps/story_above_tag_row/``): the outlets' pages of two syndication draws
(dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

INSURER = read_pages("story_above_tag_row", ("electric_cars", "digital_archive", "third_story"))
RESEARCH = read_pages("story_above_tag_row", ("marathon_plan", "festival", "tax_filing"))
#: Each page's own story: a line right above its tag row, and the outlet's prose under the row.
STORIES = (
    (
        INSURER["electric_cars"],
        "This is another immensely impressive entry from a brand that can do little wrong",
        "IMPORTANT: The information and material contained on this website is not an offer",
    ),
    (
        INSURER["digital_archive"],
        "When we launched the ICAEW Digital Archive in early 2020, we did what many small",
        "IMPORTANT: The information and material contained on this website is not an offer",
    ),
    (
        INSURER["third_story"],
        "Obviously the whole point is to live small, but that doesn't mean it's easy.",
        "IMPORTANT: The information and material contained on this website is not an offer",
    ),
    (
        RESEARCH["festival"],
        "This is Daehak-ro Marronnier Park where the air is filled with the scent of fall",
        "To place an order through our website, select the license type mentioned",
    ),
)


def test_the_story_above_its_tag_row_is_kept_the_outlets_prose_under_it_is_not() -> None:
    for page, story, outlet in STORIES:
        row = next(k for k, line in enumerate(page) if line.startswith("Tags: "))
        assert any(line.startswith(story) for line in page[row - 3 : row]), story
        assert any(line.startswith(outlet) for line in page[row + 1 :]), outlet
        kept = kept_lines(page)
        assert any(line.startswith(story) for line in kept), story
        assert not any(line.startswith(outlet) for line in kept), outlet


def test_the_insurers_three_stories_are_not_joined() -> None:
    assert statuses(INSURER) == [["kept"] * 3, ["kept"] * 3]


def test_the_research_outlets_three_stories_are_not_joined() -> None:
    assert statuses(RESEARCH) == [["kept"] * 3, ["kept"] * 3]
