"""The head of an outlet's own guide above the short story a page carries: the guide's headline
("Form an LLC in New York"), its lede, a call to act with a state selector, then its table of
contents ("Table of Contents" / "1 Quick facts about forming a New York LLC" / "2.1 Step 1:
Name your New York LLC" / ...), then the story's headline and lines. The region ran from the
guide's lede down to the story's last line, so every page of the site kept the guide's head
(some 280 shingles) above its story of two or three short lines; under it a story's own lines
were a tenth of its text, one story's text lay in another's for 0.907, and ``--containment``
joined the different stories of the site. None of the table's entries comes back on the page:
it lists another text's sections, and the story starts below it.

The pages (``data/dumps/other_texts_contents/``, provenance in its README): the seven pages of
one outlet in a syndication draw (dev, seed 1348, ``--negative-paragraphs 2
--negative-words 150``), lines as printed, each a different story, six of them short ones under
the outlet's standard paragraph (the draw's); the three the tests read line by line, and the
seven together, as the site whose text the de-duplication reads against its stories."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

from .outlet_pages import kept_lines, line_at, read_pages, statuses, tag_row

PAGES = read_pages("other_texts_contents", ("indoor_lighting", "scifi_novels", "usb_board"))
SITE = read_pages(
    "other_texts_contents",
    (*PAGES, "volker_testimony", "charity_grant", "retire_early", "game_day_snacks"),
)
#: The guide's headline, the first words of its lede, its contents label and last entry.
GUIDE = (
    "Form an LLC in New York",
    "Starting an LLC in New York gives your business",
    "Table of Contents",
    "3.1 Open a separate business bank account",
)
#: Each story's headline, right under the table.
HEADLINES = {
    "indoor_lighting": "Lighting for indoor plants and starting seeds",
    "scifi_novels": "Award-Winning Sci Fi Novels of 2025",
    "usb_board": "Do you need 14 USB ports on your Raspberry Pi 5? - CNX Software",
}


def test_the_guides_head_and_contents_go_and_the_story_stays() -> None:
    for name, page in PAGES.items():
        head, lede, last = line_at(page, GUIDE[0]), line_at(page, GUIDE[1]), line_at(page, GUIDE[3])
        label = page.index(GUIDE[2])  # (a menu row over the page may start with the label)
        assert head < lede < label < last
        assert page[last + 1] == HEADLINES[name]
        row = tag_row(page)
        got = classify_lines(page)
        kept = [v.text for v in got.verdicts if v.keep]
        assert not set(page[head : last + 1]) & set(kept)
        assert page[last + 2 : row] == kept[-(row - last - 2) :]  # the story's lines, all
        # ... under its headline, kept as a line of the text or as the page's title
        assert kept[0] == HEADLINES[name] or got.metadata.get("title") == HEADLINES[name]


def test_the_guides_entries_are_no_headline() -> None:
    page = PAGES["indoor_lighting"]
    got = classify_lines(page)
    assert got.metadata.get("title") not in set(page[: line_at(page, GUIDE[3]) + 1])


def test_the_sites_seven_stories_are_not_joined() -> None:
    # (with the guide's head kept, --containment took the lighting and the USB stories for
    # copies of the others: each lay in another page for 0.9 of its text)
    assert statuses(SITE) == [["kept"] * 7, ["kept"] * 7]


def test_a_table_whose_entries_come_back_keeps_the_lines_above_it() -> None:
    # the same page with the guide's first section under the table, as the guide prints it:
    # the table lists the text below, and the guide's lede is not taken for another text's
    page = PAGES["indoor_lighting"]
    last = line_at(page, GUIDE[3])
    section = [
        "Quick facts about forming a New York LLC",
        "When you're starting a business and choosing a business structure, forming an LLC "
        "(limited liability company) is one of the alternatives to consider.",
    ]
    kept = kept_lines([*page[: last + 1], *section, *page[last + 1 :]])
    assert any(line.startswith(GUIDE[1]) for line in kept)
