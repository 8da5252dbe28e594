"""A short story's headline under the page's own share row, dropped as a link against chrome:
one headline-like line of twelve words or more beside a dropped chrome line is a link
(``inline_link``), and the share row's last button ("linkedin") is such a line. The share row
stands at the foot of the page's article head, over its body: the line under it, over the
body's first paragraph, is the story's headline (as the line under a player's controls is a
subheading of the body).

The pages (``data/dumps/headline_under_share_row/``): two pages of one outlet (a business
school) from a syndication draw (dev, ``--negative-paragraphs 2 --negative-words 150``), lines
as printed: the school's programme menu and article head (its headline, author, date,
standfirst, share buttons), then the story's headline, the outlet's standard paragraph, the
story's two lines and its tag row. Both pages keep the outlet's programme menu and head; one
story's own lines are two short ones (a social post's handle line and its caption), under a
tenth of its text without its headline, so ``--containment`` took that page for a copy of the
other.
"""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, read_pages, statuses

PAGES = read_pages("headline_under_share_row", ("hosting_trends", "festival_post"))
#: Each story's headline, under the share row ("Share", "facebook", "linkedin").
HEADLINES = (
    "These Are the 25 Hottest Hosting Trends of 2025, According to Event Planners",
    "[The Palace: Tale of Jang Noksu] The Beauty of Korea Revealed at ‘2018 Welcome Daehak-ro"
    " Festival’! To the Actual Scene! - Jeongdong Theater",
)
#: The outlet's standard paragraph under each story's headline.
STANDARD = "Of course, that's not to say you should be unapologetically rigid with your schedule"


def test_the_headline_under_the_share_row_is_kept() -> None:
    for page, headline in zip(PAGES.values(), HEADLINES, strict=True):
        assert headline in page
        kept = kept_lines(page)
        assert headline in kept
        assert any(text.startswith(STANDARD) for text in kept)


def test_the_share_buttons_over_it_are_still_dropped() -> None:
    for page, headline in zip(PAGES.values(), HEADLINES, strict=True):
        at = page.index(headline)
        verdicts = classify_lines(page).verdicts
        assert [v.text for v in verdicts[at - 3 : at]] == ["Share", "facebook", "linkedin"]
        assert not any(v.keep for v in verdicts[at - 3 : at])


def test_the_two_stories_of_the_outlet_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]
