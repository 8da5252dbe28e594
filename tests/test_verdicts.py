"""One line, one verdict across a batch: a line a neighbour-dependent rule drops in one copy of
a story is not kept in another copy only because its neighbours differ there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.cli import main
from cleanscrape.process import clean_document


@pytest.fixture(scope="module")
def copies(seed_texts: dict[str, str]) -> tuple[str, str, str]:
    """Seed 003's page, where two related headlines between the lede and the body are dropped
    as ``inline_link`` (a run of headline-like lines), and another outlet's copy of the page
    that prints only the first of them (one headline-like line alone, which reads as a
    subheading and is kept); and that headline."""
    page = sorted(seed_texts.items())[3][1]
    lines = page.split("\n")
    headline = lines[7]
    assert headline.startswith("Lãnh đạo Lào điện thăm hỏi")
    return page, "\n".join(lines[:8] + lines[9:]), headline


def _has(text: str, line: str) -> bool:
    return line in text.split("\n")


def test_a_line_gets_one_verdict_in_a_batch(copies: tuple[str, str, str]) -> None:
    page, copy, headline = copies
    opts = CleanOptions(dedup=False)
    # alone, each page judges the headline by its own neighbours: two verdicts
    assert not _has(clean_document(Document("a.txt", page), opts).text, headline)
    assert _has(clean_document(Document("b.txt", copy), opts).text, headline)
    # together, the page that shows it among related links settles it for both
    batch = Pipeline(opts).run([Document("x/a.txt", page), Document("y/b.txt", copy)])
    for r in batch.results:
        assert r.result is not None
        assert not _has(r.text, headline)
        assert [x.reason for x in r.result.removed if x.line == headline] == ["inline_link"]
    # when more documents keep the line than drop it, it stays where it was kept
    docs = [Document("x/a.txt", page), Document("y/b.txt", copy), Document("z/b.txt", copy)]
    batch = Pipeline(opts).run(docs)
    assert [_has(r.text, headline) for r in batch.results] == [False, True, True]


def test_the_streamed_batch_settles_the_same_way(
    tmp_path: Path, copies: tuple[str, str, str]
) -> None:
    page, copy, headline = copies
    (tmp_path / "in" / "x").mkdir(parents=True)
    (tmp_path / "in" / "y").mkdir(parents=True)
    (tmp_path / "in" / "x" / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "y" / "b.txt").write_text(copy, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / "in"), "-o", str(out), "-q", "--no-dedup"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for doc in report["documents"]:
        text = (out / doc["output"]).read_text(encoding="utf-8")
        assert not _has(text, headline)
        assert doc["removed"]["inline_link"] >= 1


def test_report_html_gives_the_settled_reason(tmp_path: Path, copies: tuple[str, str, str]) -> None:
    """The per-line view of a streamed batch names the rule that dropped a settled line, not the
    site-template stage."""
    from cleanscrape.htmlreport import streamed_details

    page, copy, headline = copies
    docs = [Document("x/a.txt", page), Document("y/b.txt", copy)]
    pipeline = Pipeline(CleanOptions(dedup=False), trace=True)
    with pipeline.run_streamed(iter(docs), tmp_path) as batch:
        for _, lines in streamed_details(batch):
            reasons = [ln["reason"] for ln in lines if ln["text"] == headline]
            assert reasons == ["inline_link"]
