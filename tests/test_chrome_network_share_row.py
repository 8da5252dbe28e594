"""A row of share buttons that opens with the networks' names: "X Share via" (an Indian daily's
story pages, AEB), "Twitter Tweet" (a WCXB dev page). The share lexicon matched lines that open
with its phrase ("Share via X"), so these rows had no category: the daily's row was guessed as
the story's headline (and on another page of it taken for a card), the second read as a
byline. A headline or a section that names a network goes on with words of its own; those lines
keep no category (each printed on a dev page of AEB or WCXB)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import lexicon_category, line_features


def _category(line: str) -> str:
    return lexicon_category(line_features([line])[0])


@pytest.mark.parametrize("line", ["X Share via", "Twitter Tweet", "Share via"])
def test_a_share_row_opened_by_networks_is_share_follow(line: str) -> None:
    assert _category(line) == "share_follow"


@pytest.mark.parametrize(
    "line",
    [
        "WhatsApp marketing",
        "LinkedIn Learning",
        "YouTube Tools",
        "Facebook Hoaxes",
        "TikTok Ads Guide",
        "YouTube Income Calculator",
        "X’s Flight School",
    ],
)
def test_lines_that_name_a_network_keep_no_category(line: str) -> None:
    assert _category(line) == ""
