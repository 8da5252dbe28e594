"""A lede without its full stop, set apart from the body by a blank line, in a dump that lays
the page out by its nesting.

A line without a final stop weighs as a short line, so the region search starts the body below
the lede that lost its stop; the lines printed in one block with the body's first paragraph,
below the headline, are the body's (``head.block_lede``). inscriptis prints every paragraph
in a block of its own and indents each element by its depth, so there the blank line tells
nothing: a line of eight words or more printed at the body's own indentation, right above
it, is its lede (WCXB dev page 4830 as inscriptis dumps it, stored unchanged: a review's standfirst
"Based on our real-world testing, ...", no stop, over its first paragraph).
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape import clean_text
from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.head import block_lede

_PAGE = Path(__file__).parent / "data" / "dumps" / "standfirst_apart_over_body.txt"
_STANDFIRST = (
    "Based on our real-world testing, we rate the top options to help you smash your goals"
)


def test_a_standfirst_set_apart_at_the_body_indentation_opens_the_body() -> None:
    result = clean_text(_PAGE.read_text(encoding="utf-8"))
    assert result.title == "Best fitness tracker 2026: Reviewed, tested, and compared"
    assert result.text.startswith(
        _STANDFIRST + "\nThe wearable landscape has changed dramatically since the first"
    )
    assert "Facebook Twitter LinkedIn Email" not in result.text


def _dump(*printed: str) -> list[str]:
    """Lines as inscriptis prints them: every block set apart by a blank line."""
    out: list[str] = []
    for ln in printed:
        out += [ln, ""]
    return out


_BODY = (
    "              The wearable landscape has changed dramatically since the first fitness "
    "trackers arrived over a decade ago."
)


def test_a_line_printed_at_another_depth_is_no_lede() -> None:
    # the same standfirst printed less deep than the body is another element's
    page = _dump("Best fitness tracker 2026", "            " + _STANDFIRST, _BODY)
    lines = line_features(page)
    assert block_lede(lines, [""] * len(lines), 2, 0, page) == range(2, 2)


def test_a_standfirst_at_the_body_indentation_is_its_lede() -> None:
    page = _dump("Best fitness tracker 2026", "              " + _STANDFIRST, _BODY)
    lines = line_features(page)
    assert block_lede(lines, [""] * len(lines), 2, 0, page) == range(1, 2)
