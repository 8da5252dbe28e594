"""A story's own list closing it: bulleted items in sentence case between its last paragraph and
its tag row ("Tags: ..."). Two such items were read as a box of related links put between the
paragraph and the row (``inline_link``), so the page kept its outlet's standard paragraph
alone, and two different stories of one outlet matched on it. The page
(``data/dumps/closing_list_over_tags.txt``): a dev page of the syndication corpus, lines as
printed: the chrome of page 0099 of the WCXB v1.0 development split (Murrough Foley, 2026,
CC-BY-4.0: ``data/html/wcxb/LICENSE``) around the short story of page 4114 of the same split
under the outlet's standard paragraph."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "closing_list_over_tags.txt")
    .read_text()
    .splitlines()
)
_TAGS = next(k for k, ln in enumerate(_PAGE) if ln.startswith("Tags: "))
_ITEMS = [_TAGS - 2, _TAGS - 1]


def test_the_page_is_as_described() -> None:
    assert all(_PAGE[k].startswith("- ") for k in _ITEMS)
    assert _PAGE[_TAGS - 3].startswith("Much more than just solar panels")


def test_items_over_the_tag_row_are_kept_and_the_row_dropped() -> None:
    verdicts = {v.lineno: v for v in classify_lines(_PAGE).verdicts}
    for k in [_TAGS - 3, *_ITEMS]:
        assert verdicts[k].keep, (verdicts[k].category, _PAGE[k])
    assert not verdicts[_TAGS].keep and verdicts[_TAGS].category == "tags"
