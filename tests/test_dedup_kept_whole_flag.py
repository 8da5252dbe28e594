"""Two short stories of one outlet whose pages the strip stage kept whole (``low_prose``), too
short for the texts alone to tell: a realtors' association prints some 450 lines of menus
around each story (a headline, two paragraphs and a tag row), and the two pages are 2,139 and
2,128 words, whose whole texts lie in each other for 0.94 (Jaccard 0.885) and whose openings
are the same menu. Each holds 85-94 shingles of its own story outside the other, but the
body's opening (96 shingles) is 0.065 of the whole text's 1,470-1,479 distinct shingles (the
menus are printed twice), not under the twentieth :func:`cleanscrape.dedup.core.kept_whole`
reads a page kept whole by: the two stories were joined at every setting. The strip
stage's own flag, handed to the de-duplication with each text as its site is, tells the
rules of pages kept whole (:func:`cleanscrape.dedup.core.own_stories_in_chrome`) that both
are, in every engine and in ``cleanscrape compare``; a re-crawl of a page, its first line
and tag row drawn again, is still joined. Texts whose flag is not known (``compare
--as-is``, ``find_duplicates`` without ``whole_pages``) are read by their shingles, as
before. The strip stage now reads each story by the tag row right under its paragraphs and
keeps it alone (no page kept whole): the texts handed with the flag below are the pages as a
page kept whole gives them, lines unchanged.

The pages are a dev draw of the syndication benchmark (seed 1357, ``--negative-paragraphs 2
--negative-words 150``), as the draw prints them (``tests/data/dumps/README.md``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.dedup import compare_texts, find_duplicates

from .outlet_pages import recrawl

DATA = Path(__file__).parent / "data" / "dumps" / "kept_whole_flagged"
PAGE = (DATA / "crm_software.txt").read_text(encoding="utf-8")
OTHER = (DATA / "home_depot_sales.txt").read_text(encoding="utf-8")
SETTINGS = [
    CleanOptions(match=match, containment=containment)  # type: ignore[arg-type]
    for match in ("body", "full")
    for containment in (False, True)
]


def pages() -> list[Document]:
    """The two stories and a re-crawl of the first, on one site."""
    return [
        Document(f"p{k}", text, url=f"https://realtors.example/news/p{k}")
        for k, text in enumerate([PAGE, OTHER, recrawl(PAGE, OTHER)])
    ]


@pytest.mark.parametrize("opts", SETTINGS, ids=lambda o: f"{o.match}-{o.containment}")
def test_two_pages_kept_whole_are_apart_by_the_strip_stage_s_flag(opts: CleanOptions) -> None:
    """The two stories apart, the re-crawl joined to its page, in memory and streamed (each
    story found above its tag row: no page kept whole)."""
    batch = Pipeline(opts).run(pages())
    assert all(r.result and not r.result.flags for r in batch.results)
    assert [r.status for r in batch.results] == ["kept", "kept", "duplicate"]
    assert [r.duplicate_of for r in batch.results] == [None, None, "p0"]


def test_a_streamed_batch_hands_the_flag_with_the_fingerprints(tmp_path: Path) -> None:
    """The fingerprints of a streamed batch carry each page's flag beside its site."""
    for opts in SETTINGS:
        with Pipeline(opts).run_streamed(iter(pages()), tmp_path / "spool") as streamed:
            assert [r.entry["duplicate_of"] for r in streamed.records] == [None, None, "p0"]


def test_the_texts_alone_are_read_by_their_shingles() -> None:
    """Without the flags (texts given as they are) the texts' shingles cannot tell these
    pages kept whole, and the stories are joined, as before; with them, apart."""
    texts = [PAGE, OTHER]  # (as a page kept whole gives them, lines unchanged)
    sites = ["realtors.example"] * 2
    for opts in SETTINGS:
        assert find_duplicates(texts, opts, sites=sites).duplicate_of == [None, 0]
        found = find_duplicates(texts, opts, sites=sites, whole_pages=[True, True])
        assert found.duplicate_of == [None, None]


def test_compare_cleans_the_pages_and_names_the_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``compare_texts`` with the flags names the rule the batch applies to the pages kept
    whole; ``cleanscrape compare`` on the raw pages (it runs the strip stage) finds each story
    alone, different; ``--as-is`` on the raw pages has no flags and gives the figures'
    verdict."""
    c = compare_texts(PAGE, OTHER, sites=("s", "s"), whole_pages=(True, True))
    assert c.relation == "different" and c.apart_because == "own_stories_in_chrome"
    files = []
    for name, page in (("crm_software", PAGE), ("home_depot_sales", OTHER)):
        (tmp_path / f"{name}.txt").write_text(page, encoding="utf-8")
        files.append(str(tmp_path / f"{name}.txt"))
    assert main(["compare", *files]) == 0
    out = capsys.readouterr().out
    assert "verdict: different" in out  # (the strip stage: each story alone)
    assert "pages kept whole (low_prose): A no; B no" in out
    assert main(["compare", *files, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["relation"] == "different" and said["whole_pages"] == [False, False]
    assert main(["compare", *files, "--as-is", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["relation"] == "near" and said["whole_pages"] == [None, None]
