"""A short story whose own lines stand between its region and its tag row: a consulting firm's
pages print each story under its headline and the outlet's standard paragraph, then the
story's two paragraphs and its "Tags: ..." row, then cards of the firm's other articles. On
one page the story's paragraphs are two lines without a full stop ("Chelsea have this morning
paid the £71.6million fee ..."), which weigh as a card's headline does: the region ended at
the standard paragraph and the two lines went with the cards below (``teaser``,
``related_card``). The page kept the standard paragraph alone, which lies whole in the other
page, and ``--containment`` joined the two stories.

The pages (``data/dumps/lines_above_tag_row/``): the outlet's two pages of a syndication draw
(dev, ``--negative-paragraphs 2 --negative-words 150``), lines as printed; and a page of
another outlet (seed 360) whose story's last three lines stand between its last paragraph and
its tag row, the most a short story's own lines may be there.
"""

from __future__ import annotations

from .outlet_pages import kept_lines, open_with, opens_a_line, read_pages, statuses, tag_row

PAGES = read_pages("lines_above_tag_row", ("keeper_signing", "travel_insurance"))
#: The first page's own story: its two lines right above the tag row.
STORY = (
    "Chelsea have this morning paid the £71.6million fee to the Spanish league",
    "This has freed of the £38million move of Thibaut Courtois to Real Madrid",
)
#: The cards of the outlet's other articles right under the row.
CARDS = (
    "Top 11 Company Culture Consultants, Companies, Services, and Consulting Firms",
    "What Workforce Optimization Firms Actually Do (And Why It Matters)",
)


def test_the_story_above_its_tag_row_is_kept_the_cards_under_it_are_not() -> None:
    page = PAGES["keeper_signing"]
    row = tag_row(page)
    assert open_with(page[row - 2 : row], STORY)
    assert all(card in page[row + 1 :] for card in CARDS)
    kept = kept_lines(page)
    for text in STORY:
        assert opens_a_line(kept, text), text
    for card in CARDS:
        assert card not in kept


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]


#: A dictionary entry's last three lines over the tag row on the outlet's page of seed 360:
#: two example sentences, each ended by the name of the paper it is quoted from (no full
#: stop: they weigh as a card's headline does), and the entry's synonyms.
EXAMPLES = (
    "The two grew close, Watson said, recalling fond memories of dinners with him at a local",
    "Rising from the former central post office, the Post Tower will soon open with shops,",
    "bar, cafeteria, coffee shop, diner, dining room, inn, outlet, saloon",
)


def test_three_lines_of_the_story_between_its_region_and_its_tag_row_are_kept() -> None:
    """Three lines stand between the story's last paragraph and its tag row: as many as a
    short story's own lines may be (the row is the fourth line under the paragraph); they
    were left to the outlet's cards under the row."""
    page = read_pages("lines_above_tag_row", ("dictionary_examples",))["dictionary_examples"]
    row = tag_row(page)
    assert open_with(page[row - 3 : row], EXAMPLES)
    kept = kept_lines(page)
    for text in EXAMPLES:
        assert opens_a_line(kept, text), text
    assert page[row] not in kept
    assert "Get the guide" in page[row + 1 :]
    assert "Get the guide" not in kept
