"""A ranking table printed a row a line with its cells set apart by single blanks.

html-text joins a table row's cells with a blank ("1 Kyle Busch 5040 5 1 17 27"), so a
standings table has none of the bars or tabs by which the rows of a table are told, and its
forty short lines weighed as a menu's items: the region went to the site's sidebar below the
story, the two paragraphs above the table, its presenting line and the table went as
``menu``, and a sidebar note was taken for the headline. Rows of figures that open with their
ranks, each the row's place in the table or the rank above it (a tie), weigh nothing, as the
rows of a table with marks do: the region goes on through them.

The page (``data/dumps/ranked_table_standings.txt``): the html-text dump of an AEB page (a
motor-racing site's NASCAR standings, in Portuguese), its tail cut after the sidebar's first
boxes, lines as printed.
"""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome import body_lists, features
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "ranked_table_standings.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)
#: The headline, the paragraphs above the table, its header row, its rows, the notes under it.
_HEADLINE, _ABOVE, _HEADER, _ROWS, _NOTES = 102, (107, 109, 113), 115, range(116, 156), (159, 161)


def _page_as_described() -> None:
    assert _PAGE[_HEADLINE] == "Classificação NASCAR"
    assert _PAGE[113].endswith("após 36 etapas:")
    assert _PAGE[_HEADER].startswith("Pos. Piloto Pontos")
    assert _PAGE[_ROWS[0]] == "1 Kyle Busch 5040 5 1 17 27"
    assert _PAGE[_ROWS[-1]] == "40 Casey Mears 1 0 0 0 0"
    assert _PAGE[_NOTES[0]].startswith("*Somente os 12 primeiros")


def test_the_standings_table_is_the_body() -> None:
    """The paragraphs above the table, its rows and the notes under it are kept, under the
    page's own headline; the site's menu above is not."""
    _page_as_described()
    classified = classify_lines(_PAGE)
    kept = {v.lineno for v in classified.verdicts if v.keep}
    for k in (*_ABOVE, _HEADER, *_ROWS, *_NOTES):
        assert k in kept, _PAGE[k]
    headline = next(v for v in classified.verdicts if v.category == "headline")
    assert headline.text == "Classificação NASCAR"
    assert not any(k in kept for k in range(1, 100))


def test_ranked_rows_are_read_by_their_ranks() -> None:
    """The forty rows are ranked rows; the same rows with a rank out of its place are two
    runs, of which the shorter (four rows) is no table; rows of ties go on a table."""
    feats = features.line_features(_PAGE)
    rows = body_lists.ranked_rows(feats)
    assert {feats[k].index for k in rows} == set(_ROWS)
    page = list(_PAGE)
    page[_ROWS[4]] = "9 " + page[_ROWS[4]].removeprefix("5 ")
    feats = features.line_features(page)
    found = {feats[k].index for k in body_lists.ranked_rows(feats)}
    assert found == set(_ROWS[5:])
    page = list(_PAGE)
    page[_ROWS[1]] = "1 " + page[_ROWS[1]].removeprefix("2 ")  # a tie for first place
    feats = features.line_features(page)
    assert {feats[k].index for k in body_lists.ranked_rows(feats)} == set(_ROWS)
    assert body_lists.ranked_rows(features.line_features(_PAGE[: _ROWS[4]])) == set()


def test_a_numbered_reference_list_is_no_ranked_table() -> None:
    """Entries of a numbered reference list (a WCXB dev page's, as html-text prints them)
    open with their numbers in order and hold figures (years, volumes, pages), but each is a
    sentence: no table row."""
    entries = [
        "1. Xie Y, Wu Z, Sun L, Zhou L, Wang G, Xiao L, Wang H. The effects and mechanisms of "
        "exercise on the treatment of depression. Front Psychiatry. 2021;12:705559. doi: "
        "10.3389/fpsyt.2021.705559. [ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]",
        "2. Schuch FB, Vancampfort D, Richards J, Rosenbaum S, Ward PB, Stubbs B. Physical "
        "activity and incident depression: a meta-analysis of prospective cohort studies. Am J "
        "Psychiatry. 2018;175:631–48. doi: 10.1176/appi.ajp.2018.17111194. [ DOI ] [ PubMed ] "
        "[ Google Scholar ]",
        "3. Smith PJ, Merwin RM. The role of exercise in management of mental health disorders: "
        "an integrative review. Annu Rev Med. 2021;72:45–62. doi: "
        "10.1146/annurev-med-060619-022943. [ DOI ] [ PMC free article ] [ PubMed ] "
        "[ Google Scholar ]",
        "4. Sadri I, Nikookheslat SD, Karimi P, Khani M, Nadimi S. Aerobic exercise training "
        "improves memory function through modulation of brain-derived neurotrophic factor and "
        "synaptic proteins in the hippocampus and prefrontal cortex of type 2 diabetic rats. J "
        "Diabetes Metab Disord. 2023;23:849–58. doi: "
        "10.1007/s40200-023-01360-9. [ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]",
        "5. Phillips C, Baktir MA, Srivatsan M, Salehi A. Neuroprotective effects of physical "
        "activity on the brain: a closer look at trophic factor signaling. Front Cell Neurosci. "
        "2014;8:170. doi: 10.3389/fncel.2014.00170. [ DOI ] [ PMC free article ] [ PubMed ] "
        "[ Google Scholar ]",
    ]
    assert body_lists.ranked_rows(features.line_features(entries)) == set()
