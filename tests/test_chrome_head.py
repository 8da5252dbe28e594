"""The head of the article in whole-page text dumps, written to the pattern of real pages: the
lines between the headline and the first paragraph of the body (datelines printed twice, the
headline printed again with its standfirst, a lede without its full stop) and what they say
about where the body starts."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines


def _blocks(lines: list[str]) -> list[str]:
    """Every line a block of its own, as text dumps of most pages give them."""
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out


_SPORTS_MENU = ["Sign In", "Account", "Sign Out", "Tennis", "ATP", "ATP Odds", "WTA"]
_DAVIS_CUP = [
    "MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez "
    "completed the comeback in the decisive doubles match to give the hosts a 2-1 win over "
    "Russia in the inaugural Davis Cup Finals.",
    "Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the "
    "victory for Spain in a marathon series that ended close to 2 a.m. local time (0100 GMT) "
    "on Wednesday.",
    "The top-ranked Nadal earlier defeated Khachanov 6-3, 7-6 (7) to level the series 1-1 after "
    "Rublev had rallied to beat Roberto Bautista-Agut 3-6, 6-3, 7-6 (0) in the first match.",
    '"It was a difficult situation for us," Lopez said. "We needed this win, otherwise we could '
    'be close to being out of the tournament. Now we are in a good position to advance."',
]


def test_a_dateline_printed_twice_is_no_card_and_the_lede_under_it_stays() -> None:
    # (a title written twice in a row is a card's title and image link, and the line under it
    # its teaser; a date written twice, as a sticky header prints it, is neither)
    lines = _blocks(
        [
            *_SPORTS_MENU,
            "Nadal keeps Spain alive against Russia in Davis Cup Finals",
            "Associated Press November 19, 2019, 9:02 AM",
            "Associated Press November 19, 2019, 9:02 AM",
            *_DAVIS_CUP,
            "Terms of Use",
        ]
    )
    result = strip_lines(lines)
    assert result.lines == _DAVIS_CUP
    assert result.metadata["published"] == "2019-11-19T09:02"
