"""A short story under a site's mega menu: the menu's section blurbs are no story, the story is
the one above the page's tag row.

A credit union's site prints a mega menu down its page's head: each section's name, its blurb
(a sentence or two on what it offers, "Discover how ... empowers financial freedom ...") and
its links, one label a line ("Learn more about us", "Careers", "Member Benefits", ...); then its
blog's topics, a story of four lines (its headline, its lede without a full stop and two
paragraphs), the story's "Tags: ..." row and the blog's "Related articles" cards. The blurbs
outweigh the story's two paragraphs, so the region search chose them: the page kept the
credit union's menu prose as its text and dropped the story as cards and teasers. A story's
paragraphs do not run through a run of bare labels (a story prints its list under a line that
introduces it, or with marks or numbers): a region that does is a menu's, and the story stands
above the tag row under it.

The page (``data/dumps/short_story_in_chrome/under_mega_menu.txt``): a dev page of the
syndication corpus (seed 2076, ``--negative-paragraphs 2 --negative-words 150 --edited 1.0``),
lines as printed.
"""

from __future__ import annotations

from cleanscrape import clean_text
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import menu_runs

from .outlet_pages import kept_lines, line_at, read_pages, tag_row

PAGE = read_pages("short_story_in_chrome", ("under_mega_menu",))["under_mega_menu"]
HEADLINE = "BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga"
STORY = [
    "Chelsea have this morning paid the £71.6million fee",
    "This has freed of the £38million move of Thibaut Courtois",
    "The 23-year-old flew to London yesterday evening",
]
#: The menu's blurbs with a run of its labels under each.
BLURBS = ["Discover how OnPath Credit Union empowers", "Access tools and resources designed"]


def _runs(page: list[str]) -> set[int]:
    """The page's lines (their indexes) that :func:`menu_runs` reads as a menu's labels."""
    feats = page_lines(page, None)
    return {feats[k].index for k in menu_runs(feats)}


def test_the_page_is_as_described() -> None:
    for blurb in BLURBS:
        at = line_at(PAGE, blurb)
        assert all(len(line.split()) <= 4 for line in PAGE[at + 1 : at + 6])
    row = tag_row(PAGE)
    assert PAGE[row - 4].startswith(HEADLINE)
    assert [PAGE[row - 3 + k].startswith(line) for k, line in enumerate(STORY)] == [True] * 3
    assert PAGE[row + 2] == "Related articles"


def test_the_menu_labels_between_blurbs_are_runs() -> None:
    runs = _runs(PAGE)
    for blurb in BLURBS:
        at = line_at(PAGE, blurb)
        assert set(range(at + 1, at + 6)) <= runs
    assert not runs & set(range(tag_row(PAGE) - 4, len(PAGE)))


def test_the_story_is_kept_and_the_menu_is_not() -> None:
    assert kept_lines(PAGE) == PAGE[tag_row(PAGE) - 3 : tag_row(PAGE)]
    result = clean_text("\n".join(PAGE))
    assert result.title.startswith(HEADLINE)
    assert result.text.startswith(STORY[0])
    assert "Credit Union" not in result.text


def test_labels_under_a_line_that_introduces_them_are_a_list() -> None:
    """A story's list of short items under the paragraph that introduces it ("...:") or
    numbered is the story's, no menu run."""
    at = line_at(PAGE, BLURBS[0])
    introduced = [*PAGE[:at], PAGE[at].rstrip(".") + ":", *PAGE[at + 1 :]]
    assert at + 1 not in _runs(introduced)
    numbered = [f"{k - at}. {line}" if at < k <= at + 8 else line for k, line in enumerate(PAGE)]
    assert at + 1 not in _runs(numbered)
