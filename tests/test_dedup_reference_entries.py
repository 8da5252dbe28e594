"""Two copies of a story whose reference list one outlet prints an entry a line and another
with several entries run together on a line, and some entries bulleted ("- Hirshberg MJ,
Goldberg SB, Rosenkranz M, et al. ...") with no journal volume: the list is dropped from both,
so the copies are joined.

The pages (``data/dumps/reference_list_entries_run_together/``): the story of WCXB dev page
0348 (meditation and mindfulness) in the chrome of pages 4454 and 4594 as a syndication draw
prints it. The first copy prints the story's references an entry a line, and the reference
rule drops them. The second runs two or three entries together on some lines (longer than one
citation's 90 words) and breaks others before "[Epub ahead of print]."; an entry whose only
mark is its authors, after a list's bullet, was no citation either. The list was cut into
runs the rule did not reach, the second copy kept 12 lines of entries the first dropped, and
the bodies' Jaccard was 0.647 (the first body lies in the second copy's text for 0.996, the
second in the first for 0.797): the copies stayed apart at the default."""

from __future__ import annotations

from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome import strip_lines
from cleanscrape.dedup import find_duplicates

_DIR = Path(__file__).parent / "data" / "dumps" / "reference_list_entries_run_together"


def _page(name: str) -> str:
    return (_DIR / f"{name}.txt").read_text()


def test_a_line_of_entries_run_together_and_a_bulleted_entry_are_references() -> None:
    """A line holding three entries (three journals' volumes, 91 words) and a bulleted
    entry whose only mark is its authors are dropped as the reference list, as the first
    copy's entries are."""
    page = _page("entries_run_together")
    lines = page.splitlines()
    run_together = next(ln for ln in lines if ln.startswith("- Rusch HL"))
    bulleted = next(ln for ln in lines if ln.startswith("- Hirshberg MJ"))
    assert run_together.count(" - ") == 2 and len(run_together.split()) > 90
    reasons = {x.line: x.reason for x in strip_lines(lines).removed}
    assert reasons.get(run_together) == "references"
    assert reasons.get(bulleted) == "references"


def test_the_two_copies_are_joined() -> None:
    """The copies' clean texts are near-duplicates at the default setting, on two sites."""
    docs = [Document(n, _page(n)) for n in ("entries_a_line", "entries_run_together")]
    clean = [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]
    assert all("Meditation and mindfulness practices may have" in t for t in clean)
    assert not any("Rusch HL" in t or "Hirshberg MJ" in t for t in clean)
    found = find_duplicates(clean, sites=["a.com", "b.com"])
    assert found.duplicate_of == [None, 0]
