"""A story lost to a menu the page prints twice: a coffee shop's subscription and promotion
menus (a short name over a one-sentence offer, eleven times) stand in its desktop menu and
again in its mobile menu, so their first copy weighed as the first copy of an article printed
twice and outscored a short story of two paragraphs under the outlet's standard opening
paragraph. The page (``data/dumps/menu_printed_twice.txt``): the shop's page of a syndication
draw, lines as printed, the builder's tag row under the story left out."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import copied_paragraphs, tag_lines
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "menu_printed_twice.txt").read_text().splitlines()
)
#: The menus' first copy (a name over an offer) and their second copy under its headings.
_FIRST, _SECOND = range(53, 76), range(120, 146)
#: The story's paragraphs (the lines under the outlet's standard opening paragraph).
_STORY = [_PAGE[169], _PAGE[170]]


def _copied(lines: list[str]) -> set[int]:
    feats = page_lines(lines, None)
    return copied_paragraphs(feats, tag_lines(feats, diacritics=False))


def test_the_page_is_as_described() -> None:
    second = [_PAGE[k] for k in _SECOND]
    assert all(_PAGE[k] in second for k in _FIRST)
    assert _PAGE[_FIRST[1]].startswith("Take 25% OFF your favorite single-serve")
    assert _STORY[0].startswith("I did Advent of Code again")


def test_the_story_stays_under_a_menu_printed_twice() -> None:
    """The story's paragraphs are the page's article; no offer of the menus is kept."""
    kept = [v.text for v in classify_lines(_PAGE).verdicts if v.keep]
    for line in _STORY:
        assert line in kept
    assert not any(line.startswith("Take 25% OFF") for line in kept)


def test_a_menu_printed_twice_is_no_copy_of_an_article() -> None:
    """The menus' offers, each alone under its name, are no first copy of an article; the
    same offers printed as paragraphs in a row, twice, are one, as before."""
    assert not _copied(_PAGE)
    offers = [_PAGE[k] for k in _FIRST if _PAGE[k].endswith((".", "!"))]
    page = [*_PAGE[: _FIRST[0]], *offers, *_PAGE[_FIRST[-1] + 1 : _SECOND[0]], *offers]
    page += _PAGE[_SECOND[-1] + 1 :]
    assert len(offers) == 11
    assert _copied(page)
