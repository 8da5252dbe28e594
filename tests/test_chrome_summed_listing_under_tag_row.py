"""A blog's listing of dated cards under a short story's tag row closes the story.

The pages (``data/dumps/summed_listing_under_tag_row/``): one short agency report (AP) as two
outlets print it. ``agency_abridged`` (a database vendor's blog) prints three of its sentences,
the last one with the agency's notice run into it ("... against mosquito bites. © 2019
Associated Press. All Rights Reserved. ..."), then its tag row, two footnotes and its listing
of posts, each a date, a headline and a one-sentence summary. The cards are prose by their
length and outweighed the three-line story in the copy's matching key. ``agency_full`` (a
legal-services site) prints the whole report. With the listing left out, the abridged copy's
key is the story's sentences and the notice run into the last one: that notice alone still
keeps the copy under the containment threshold (the pair is not joined; see the project's
benchmark notes on the run-in notice).
"""

from __future__ import annotations

from .outlet_pages import kept_lines, opens_a_line, read_pages

PAGES = read_pages("summed_listing_under_tag_row", ("agency_abridged", "agency_full"))
#: The story's last sentence, which the abridged copy runs the notice into.
LAST = "He says residents in the affected areas should continue to take precautions"
NOTICE = "© 2019 Associated Press. All Rights Reserved."


def test_the_pages_are_as_described() -> None:
    abridged, full = PAGES["agency_abridged"], PAGES["agency_full"]
    run_in = next(line for line in abridged if line.startswith(LAST))
    assert NOTICE in run_in and not run_in.startswith(NOTICE)
    assert any(line.startswith(NOTICE) for line in full)
    row = next(k for k, line in enumerate(abridged) if line.startswith("Tags: "))
    assert abridged[row + 4 : row + 7] == [
        "November 25, 2025",
        "CedarDB Takes to the Slopes!",
        "Challenges with a time series data set prompt us to investigate how CedarDB keeps "
        "query latency in check.",
    ]


def test_the_listing_under_the_tag_row_closes_the_story() -> None:
    kept = kept_lines(PAGES["agency_abridged"])
    assert opens_a_line(kept, LAST)
    assert not opens_a_line(kept, "CedarDB Takes to the Slopes!")
    assert not opens_a_line(kept, "Challenges with a time series data set")
    assert not opens_a_line(kept, "Ever wondered why C++ makes you write")
