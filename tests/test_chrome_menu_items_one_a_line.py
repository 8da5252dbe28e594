"""A mega menu whose items print their label run into a one-sentence description, one item a
line ("Unified Data Unify data across search, analytics, technical & more to scale growth at
scale."), above a story: the chrome of a dev page of WCXB around a dev story of AEB as a
syndication draw prints them (``data/dumps/mega_menu_items_one_a_line.txt``). The items read
as sentences, so the region search took the menu for the story and the copy was missed."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.menu_boxes import menu_boxes
from cleanscrape.chrome.regions import tag_lines

_PAGE = Path(__file__).parent / "data" / "dumps" / "mega_menu_items_one_a_line.txt"
#: the story's headline and its first paragraph, as the page prints them
_HEADLINE = "Jangan Membenci Satu Kaum Secara Berlebihan"
_MENU_ITEMS = (
    "Unified Data Unify data across search, analytics, technical & more to scale growth at scale.",
    "Blog Read about the latest trends and news in digital marketing.",
    "Careers Learn more about life at Conductor, meet your future colleagues, and apply today.",
)


def _lines() -> list[str]:
    return _PAGE.read_text(encoding="utf-8").splitlines()


def test_the_story_under_a_menu_of_one_line_items_is_kept_and_the_menu_is_not() -> None:
    lines = _lines()
    kept = strip_lines(lines).lines
    start = lines.index(_HEADLINE)
    assert kept[0].startswith("Mudah2an kita bisa memahami")
    assert set(lines[start + 1 : start + 6]) <= set(kept)
    assert not set(_MENU_ITEMS) & set(kept)


def test_the_one_line_items_are_menu_box_lines_and_the_story_s_paragraphs_are_not() -> None:
    lines = _lines()
    feats = page_lines(lines, None)
    found = menu_boxes(feats, tag_lines(feats, diacritics=False))
    assert {lines.index(item) for item in _MENU_ITEMS} <= found
    assert max(found) < lines.index(_HEADLINE)
