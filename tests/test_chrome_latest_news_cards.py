"""A box of the outlet's latest stories that closes the page, each card a headline in sentence
case run into its summary on one line, is no story.

A news agency's page of a syndication draw (``cyber_security_abridged``) prints an abridged
copy of a short story (three lines, one of them short) under the site's menus, then its boxes
of other stories; the last, under "Latest news", prints four cards one a line ("Armenia named
most popular spot for Russian travelers in 2019 Armenia has been named the most popular
destination among Russians in 2019, Biletix reveals."), then the site's footer. The cards read
as paragraphs, four in a row, which the region search took for the story (the story's lines
weigh less under the related heading that a menu item is): the page kept the cards, and its
copy of the story was not found, even with ``--containment``. A news site's page
(``most_read_box``) kept the five cards of its "Most Read" box under its story the same way,
with the heading of the links above them.

The cards' headlines are in sentence case, which the words alone cannot tell from a paragraph;
the box can: a related heading right above them, a card a line, a paragraph above the heading
and no two paragraphs in a row below the box, and in each line the place where its headline
ends (a capitalised word after a word with no mark, the line one sentence) or a headline the
page prints alone elsewhere.
"""

from __future__ import annotations

from cleanscrape.chrome.glued_cards import boxed_cards
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses

PAIR = read_pages("latest_news_cards", ("cyber_security_abridged", "cyber_security_full"))
ABRIDGED = PAIR["cyber_security_abridged"]
FULL = PAIR["cyber_security_full"]
MOST_READ = read_pages("latest_news_cards", ("most_read_box",))["most_read_box"]
#: The abridged story's lines, by their openings.
STORY = ["Now that many of us are doing business", "Here is a link to his podcast", "He founded"]


def _boxed(page: list[str]) -> list[int]:
    """The page's lines (their indices in ``page``) that :func:`boxed_cards` finds."""
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    return sorted(feats[k].index for k in boxed_cards(feats, tags))


def test_the_pages_are_as_described() -> None:
    box = line_at(ABRIDGED, "Latest news")
    assert ABRIDGED[box + 1].startswith("Armenia named most popular spot")
    assert ABRIDGED[box + 5].startswith("About us | Stats")
    assert len(ABRIDGED) == box + 8
    heading = line_at(MOST_READ, "Most Read")
    assert MOST_READ[heading + 2].startswith("Tuesday’s impeachment hearings")
    assert "How bad right-wing journalism helped kick off the impeachment saga" in MOST_READ


def test_the_latest_news_cards_are_found() -> None:
    box = line_at(ABRIDGED, "Latest news")
    assert _boxed(ABRIDGED) == list(range(box + 1, box + 5))
    heading = line_at(MOST_READ, "Most Read")
    assert _boxed(MOST_READ) == list(range(heading + 2, heading + 7))


def test_the_story_is_kept_and_the_cards_are_not() -> None:
    kept = kept_lines(ABRIDGED)
    for line in STORY:
        assert opens_a_line(kept, line), line
    assert not opens_a_line(kept, "Armenia named most popular spot")
    kept = kept_lines(MOST_READ)
    assert opens_a_line(kept, "That means reducing urban air pollution")
    for line in ("Next Up In", "Tuesday’s impeachment hearings", "How bad right-wing"):
        assert not opens_a_line(kept, line), line


def test_the_two_copies_of_the_story_are_joined() -> None:
    assert statuses(PAIR)[1] == ["duplicate", "kept"]


def test_a_story_under_the_heading_is_no_box() -> None:
    """The story's own paragraphs under a related heading (a story printed right under the
    site's "Latest news" link) are no cards: a paragraph of two sentences is none."""
    box = line_at(ABRIDGED, "Latest news")
    story = [line for line in FULL if line.startswith(("Now that many", "Michael Oh was"))]
    page = ABRIDGED[: box + 1] + story * 2 + ABRIDGED[box + 5 :]
    assert _boxed(page) == []


def test_a_box_that_the_story_goes_on_under_is_no_box() -> None:
    """Two paragraphs in a row under the lines (below the footer's first line): the page goes
    on with prose, the lines may be the story's."""
    box = line_at(ABRIDGED, "Latest news")
    story = [line for line in FULL if line.startswith(("Now that many", "Michael Oh was"))]
    page = ABRIDGED[: box + 6] + story + ABRIDGED[box + 6 :]
    assert _boxed(page) == []


def test_a_box_with_no_paragraph_above_is_no_box() -> None:
    """No paragraph above the heading: the lines are the only prose of the page, which may be
    its story under a menu item."""
    box = line_at(ABRIDGED, "Latest news")
    page = [line for k, line in enumerate(ABRIDGED) if k > box or len(line.split()) < 8]
    assert _boxed(page) == []
