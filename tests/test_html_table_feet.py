"""A table's header row repeated in its ``<tfoot>`` is printed once, above the table's rows."""

from __future__ import annotations

import trafilatura

from cleanscrape import clean_html

from .aeb import bench_page

# the pattern of a real AEB dev page (a team blog's snap counts): each position's table repeats
# its header row in a <tfoot> written before the <tbody>, between the article's paragraphs
_PARAS = [
    "Below, we analyze the snap counts and stats on defense for the Cleveland Browns’ Week 11 "
    "game against the Pittsburgh Steelers.",
    "This was an amazing game for Joe Schobert, who filled up the stat sheet in impressive "
    "fashion. Take a look at what PFF said about his performance.",
]
_HEAD = ["Pos", "Player", "Plays", "%", "Stats"]
_ROWS = [
    ["LB", "Joe Schobert", "74", "100%", "7 tackles, 3 assists (10 combined). 1 sack, 2 TFL."],
    ["LB", "Mack Wilson", "74", "100%", "1 tackle, 4 assists (5 combined). 1 pass defended."],
    ["LB", "Sione Takitaki", "6", "8%", "No stats registered."],
]


def _row(cells: list[str], cell: str = "td") -> str:
    return "<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in cells) + "</tr>"


def _page(foot: list[str]) -> str:
    body = "".join(_row(r) for r in _ROWS)
    table = (
        f"<table class='p-data-table'><thead>{_row(_HEAD, 'th')}</thead>"
        f"<tfoot>{_row(foot, 'th')}</tfoot><tbody>{body}</tbody></table>"
    )
    return (
        "<html><body><div class='c-entry-content'>"
        f"<p>{_PARAS[0]}</p><h3>Linebacker</h3>{table}<p>{_PARAS[1]}</p>"
        "</div></body></html>"
    )


def test_a_header_row_repeated_in_the_tables_foot_is_printed_once() -> None:
    page = _page(_HEAD)
    extracted = (trafilatura.extract(page, include_tables=True) or "").split("\n")
    assert sum("Player" in ln for ln in extracted) == 2  # the premise: the extractor prints both
    assert clean_html(page).text.split("\n") == [
        _PARAS[0],
        "Linebacker",
        *("\t".join(r) for r in (_HEAD, *_ROWS)),
        _PARAS[1],
    ]
    # a foot with words of its own (a total row) is the table's text: it stays
    total = ["LB", "Total", "154", "", "8 tackles, 7 assists (15 combined)."]
    lines = clean_html(_page(total)).text.split("\n")
    assert lines.count("\t".join(_HEAD)) == 1
    assert any("Total" in ln and "15 combined" in ln for ln in lines)


def test_the_snap_count_page_prints_each_tables_header_once() -> None:
    name = "6a72de37e8f98f4eee6c0821e593b35ce536cef6c8b424c5e1dd747ebe6621ba"
    page, gold = bench_page(name)
    lines = clean_html(page).text.split("\n")
    header = "Pos\tPlayer\tPlays\t%\tStats"
    # four tables (defensive line, linebackers, cornerbacks, safeties): four headers, as the
    # gold prints them, each followed by the table's first data row
    assert gold.count("Pos Player Plays % Stats") == 4
    assert lines.count(header) == 4
    assert all(lines[i + 1] != header for i, ln in enumerate(lines) if ln == header)
