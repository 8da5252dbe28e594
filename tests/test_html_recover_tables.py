"""Tables of data in the article that the extractor leaves out are put back, a row a line."""

from __future__ import annotations

import pytest
import trafilatura

from cleanscrape import clean_html

# the pattern of a real WCXB dev page (an insurer's guide on a site builder's blog): the
# article's comparison table sits in an embed box of its own, a ``<style>`` beside it,
# between the article's paragraphs; the extractor keeps the paragraphs and drops the table
_PARAS = [
    "Selecting the right health insurance provider requires careful consideration of multiple "
    "factors that directly impact your healthcare experience. The American health insurance "
    "market features numerous companies competing for your business, each with distinct "
    "strengths and specializations.",
    "The health insurance landscape in 2025 shows significant growth among industry leaders. "
    "UnitedHealth Group projects revenues between $450-455 billion for 2025, while other major "
    "players like Elevance Health, Centene, and Cigna have also announced strong financial "
    "outlooks for the year.",
    "When people look up types of health insurance companies they are usually wondering who "
    "sells coverage and how those carriers differ behind the scenes, from national insurers to "
    "regional plans and integrated systems.",
]
_ROWS = [
    ["Company", "Type", "Membership (Est.)", "States Served", "Notable Features"],
    ["UnitedHealthcare", "For-Profit", "~47M", "All 50", "Largest insurer; diverse plan options"],
    ["Elevance Health (Anthem)", "For-Profit", "~45M", "14+", "Focus on digital health tools"],
    ["Kaiser Permanente", "Non-Profit", "~12.6M", "8", "Integrated care model (hospitals + "
     "insurance)"],
]  # fmt: skip


def _page(table: str) -> str:
    return (
        "<html><body><div class='blog-post-content'><div class='blog-rich-text w-richtext'>"
        f"<p>{_PARAS[0]}</p><p>{_PARAS[1]}</p>"
        "<div class='w-embed'><style>table { width: 100%; } th, td { padding: 10px; }</style>"
        f"{table}</div><p>{_PARAS[2]}</p></div></div></body></html>"
    )


def _data_table() -> str:
    head = "".join(f"<th>{c}</th>" for c in _ROWS[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def test_a_data_table_between_kept_paragraphs_is_put_back_a_row_a_line() -> None:
    page = _page(_data_table())
    extracted = trafilatura.extract(page) or ""
    assert _PARAS[2] in extracted and "Kaiser" not in extracted  # the premise
    assert clean_html(page).text.split("\n") == [
        _PARAS[0],
        _PARAS[1],
        *("\t".join(r) for r in _ROWS),
        _PARAS[2],
    ]


# a grid of related posts laid out in a table (each cell a linked headline, or a picture
# and its headline), and a table that lays out a box of the page (a heading in a cell)
_LINK_GRID = (
    "<table><tr><td><a href='/a'>Best health insurance for families in 2025</a></td>"
    "<td><a href='/b'>How to compare Medicare Advantage plans</a></td></tr>"
    "<tr><td><a href='/c'>What is an HMO and how does it work</a></td>"
    "<td><a href='/d'>Open enrollment dates you should not miss</a></td></tr></table>"
)
_CARD_GRID = (
    "<table><tr><td><img src='/a.jpg' alt=''>Best health insurance for families</td>"
    "<td><img src='/b.jpg' alt=''>How to compare Medicare Advantage plans</td></tr>"
    "<tr><td><img src='/c.jpg' alt=''>What is an HMO and how does it work</td>"
    "<td><img src='/d.jpg' alt=''>Open enrollment dates you should not miss</td></tr></table>"
)
_LAYOUT = (
    "<table><tr><td><h3>Get a free quote</h3></td><td>Compare plans from top carriers in "
    "minutes</td></tr><tr><td><h3>Talk to an agent</h3></td><td>Licensed agents are "
    "available seven days a week</td></tr></table>"
)


@pytest.mark.parametrize("table", [_LINK_GRID, _CARD_GRID, _LAYOUT])
def test_grids_of_links_or_cards_and_layout_tables_stay_out(table: str) -> None:
    page = _page(table)
    extracted = trafilatura.extract(page) or ""
    assert _PARAS[2] in extracted and "seven days" not in extracted  # the premise
    assert "HMO" not in extracted
    assert clean_html(page).text.split("\n") == _PARAS
