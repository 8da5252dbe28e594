"""A story's last paragraph cut with an ellipsis, right above the story's tag row: the
writer's paragraph, not a card's teaser.

Two outlets of a syndication draw print a short story (a lede, then one paragraph) under their
standard paragraph, the story's paragraph ending in an ellipsis right above the tag row:

* ``conferences`` (a national library's blog): a listing of conferences whose blurb the story
  quotes cut short ("... gain insights from Microsoft …", cut after a space);
* ``tabletop_games`` (a software firm's blog): a post whose paragraph leads into a list ("So,
  in no particular order…", cut right after the word).

A cut line reads as a card's summary, so each went as ``teaser``, and the pipeline kept the
page's lede alone (the outlet's site template takes its standard paragraph): under half of
its story, which ``benchmarks/lost_stories.py`` counts as lost. A card's summary opens under
its title (a heading, a link: no prose); a tag row closes the story it follows, so a cut line
between the story's prose and its tag row is the story's last paragraph.

The pages (``data/dumps/cut_paragraph_over_tags/``): each outlet's three hard negatives of the
syndication corpus's dev draws of seeds 2002 and 2008 (``--negative-paragraphs 2
--negative-words 150``), whole, lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.features import cut_paragraphs
from cleanscrape.chrome.memo import page_lines

from .outlet_pages import kept_lines, opens_a_line, read_pages, statuses, tag_row

LIBRARY = read_pages("cut_paragraph_over_tags", ("conferences", "skiplagging", "sewing_machines"))
SOFTWARE = read_pages("cut_paragraph_over_tags", ("tabletop_games", "deportees", "wework_layoffs"))
#: The cut paragraph right above the tag row of each page that prints one.
CUT = {
    "conferences": "FABCON is the largest conference dedicated to Microsoft Fabric",
    "tabletop_games": "I played a lot of games this year, actually?",
}


def test_the_pages_are_as_described() -> None:
    for name, opening in CUT.items():
        page = {**LIBRARY, **SOFTWARE}[name]
        above = page[tag_row(page) - 1]
        assert above.startswith(opening), name
        assert above.endswith("…"), name
    assert LIBRARY["conferences"][tag_row(LIBRARY["conferences"]) - 1].endswith(" Microsoft …")
    assert SOFTWARE["tabletop_games"][tag_row(SOFTWARE["tabletop_games"]) - 1].endswith("order…")


def test_the_cut_paragraph_over_the_tag_row_is_prose() -> None:
    for name in CUT:
        page = {**LIBRARY, **SOFTWARE}[name]
        feats = page_lines(page, None)
        cut_paragraphs(feats)
        line = next(ln for ln in feats if ln.index == tag_row(page) - 1)
        assert line.prose and not line.teaser, name


def test_the_stories_are_kept_whole() -> None:
    for name, opening in CUT.items():
        page = {**LIBRARY, **SOFTWARE}[name]
        kept = kept_lines(page)
        assert opens_a_line(kept, page[tag_row(page) - 2]), name  # the lede
        assert opens_a_line(kept, opening), name
        assert not opens_a_line(kept, "Tags: "), name


def test_the_outlets_other_stories_are_kept_as_before() -> None:
    for pages in (LIBRARY, SOFTWARE):
        for name, page in pages.items():
            if name not in CUT:
                kept = kept_lines(page)
                row = tag_row(page)
                assert opens_a_line(kept, page[row - 1]), name
                assert opens_a_line(kept, page[row - 2]), name


def test_a_cut_line_under_a_heading_over_the_tag_row_stays_a_teaser() -> None:
    """A card's summary under its title (no prose above it) is a teaser, tag row or not."""
    page = list(LIBRARY["conferences"])
    row = tag_row(page)
    page[row - 2] = "Upcoming Events and Tech Conferences"  # a card's title, no sentence
    feats = page_lines(page, None)
    cut_paragraphs(feats)
    line = next(ln for ln in feats if ln.index == row - 1)
    assert line.teaser and not line.prose


def test_the_stories_of_each_outlet_are_not_joined() -> None:
    assert statuses(LIBRARY) == [["kept"] * 3, ["kept"] * 3]
    assert statuses(SOFTWARE) == [["kept"] * 3, ["kept"] * 3]
