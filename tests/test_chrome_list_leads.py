"""A list of the body under the sentence that announces it: "After reviewing the options, I've
decided to narrow down on Asp.net Core 10 for the following reasons.", then the reasons an
item a line ("- Minimal APIs are ergonomic and refreshingly boiler plate free"). The items
share no words with the paragraphs around them and name products in capitals, so they read
as a box of related links and went as ``inline_link``; the other copy of the story ran the
items into its paragraphs and kept them, and the two copies were no longer near-duplicates.
The page (``data/dumps/list_under_its_lead.txt``): the story under an energy company's
chrome, from a syndication draw, lines as printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "list_under_its_lead.txt").read_text().splitlines()
)
#: The paragraph that announces the list, the list's items, the paragraph under them.
_LEAD, _ITEMS, _BELOW = 16, range(17, 22), 22


def test_the_page_is_as_described() -> None:
    assert _PAGE[_LEAD].endswith("for the following reasons.")
    assert all(_PAGE[k].startswith("- ") for k in _ITEMS)
    assert _PAGE[_BELOW].startswith("I love Django")
    assert _PAGE[25].startswith("Tags: ")


def test_the_list_under_its_lead_is_the_body() -> None:
    """The items under "... for the following reasons." are kept with the paragraphs around
    them; the company's cards of other stories below the story are not."""
    kept = [v.text for v in classify_lines(_PAGE).verdicts if v.keep]
    for k in (_LEAD, *_ITEMS, _BELOW):
        assert _PAGE[k] in kept
    assert not any(_PAGE[k] in kept for k in range(25, 35))


@pytest.mark.parametrize(
    ("ending", "kept"),
    [
        ("for the following reasons.", True),
        ("as follows.", True),
        ("pour les raisons suivantes.", True),
        ("aus folgenden Gründen.", True),
        ("por las siguientes razones.", True),
        ("pelos seguintes motivos.", True),
        ("per i seguenti motivi.", True),
        ("om de volgende redenen.", True),
        ("vì những lý do sau đây.", True),
        ("for good reasons.", False),  # (no list announced: the items stay links)
    ],
)
def test_a_paragraph_ending_in_a_list_lead(ending: str, kept: bool) -> None:
    """The paragraph's last words announce the list in several languages; a paragraph that
    does not leaves the items read as before."""
    page = list(_PAGE)
    page[_LEAD] = page[_LEAD].removesuffix("for the following reasons.") + ending
    verdicts = classify_lines(page).verdicts
    kept_items = [v.keep for v in verdicts if v.text in {_PAGE[k] for k in _ITEMS}]
    assert len(kept_items) == len(_ITEMS)
    assert all(kept_items) if kept else not any(kept_items)
