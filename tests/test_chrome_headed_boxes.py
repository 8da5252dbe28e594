"""A box of headlines saved as one line with its heading ("Top stories Brooklinen's most popular
sheet set is 25% off ... Apple announces Macbook Neo, iPhone 17e and more"): 55 words without a
full stop, which weighed as a paragraph and, with a browser notice above it, outscored a short
story printed below the outlet's footer. Two pages of one outlet with two different short
stories then both kept the notice and the box alone, and were joined as copies of one story.

The pages (``data/dumps/headed_box_site/``): the outlet's pages of a syndication draw (dev,
``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("headed_box_site", ("mortgage_boom", "bread_machines"))
#: Each page's own story paragraph (the draw's short story under the outlet's article header).
STORY = {
    "mortgage_boom": "In 2006, what turned out to be the absolute peak year of the mortgage boom",
    "bread_machines": "I absolutely adore baking homemade bread.",
}
BOX = "Top stories Brooklinen's most popular sheet set is 25% off"
#: A paragraph of a dev page (WCXB 0034) that opens with a related heading's word and ends
#: its sentence: prose.
PARAGRAPH = (
    "Popular workout tracking app Strava reported that weight training was the fastest-growing "
    "sport among women in 2024, and the American College of Sports Medicine ranks traditional "
    "strength training as No. 5 on its top 10 worldwide fitness trends for 2025."
)


def _boxes(lines: list[str]) -> list[int]:
    """The positions :func:`~cleanscrape.chrome.features.headed_boxes` finds in ``lines``."""
    from cleanscrape.chrome.features import headed_boxes
    from cleanscrape.lexicon.folding import fold

    return headed_boxes([fold(t) for t in lines], [len(t.split()) for t in lines], lines)


def test_the_pages_are_as_described() -> None:
    for name, page in PAGES.items():
        assert page[3].startswith(BOX)
        assert len(page[3].split()) >= 30
        assert any(line.startswith(STORY[name]) for line in page)


def test_a_box_of_headlines_on_one_line_is_no_prose() -> None:
    """The box's line is found; a paragraph opening with "Popular" is not."""
    page = PAGES["mortgage_boom"]
    assert _boxes(page) == [3]
    assert _boxes([PARAGRAPH]) == []


def test_each_page_keeps_its_story_and_drops_the_box() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        assert any(line.startswith(STORY[name]) for line in kept), name
        assert not any(line.startswith(BOX) for line in kept), name


def test_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
