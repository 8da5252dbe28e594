"""Streaming batches: no text of removed lines in the main process, outputs written as soon as a
document's fate is known, and the same result as the in-memory pipeline."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.batch import DocRecord
from cleanscrape.io import iter_documents
from cleanscrape.report import build_report, dumps, report_chunks, report_of

from .conftest import SEEDS


def _seed_docs() -> list[Document]:
    return list(iter_documents(SEEDS))


def test_streamed_batch_matches_the_in_memory_pipeline(tmp_path: Path) -> None:
    # two copies of every seed under another name: duplicates, and enough pages per folder
    # ("site") for site templates to be learned
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        for copy in ("a", "b"):
            shutil.copy(p, src / f"{copy}-{p.name}")
    options = CleanOptions()
    memory = Pipeline(options).run(iter_documents(src))
    with Pipeline(options).run_streamed(iter_documents(src), tmp_path / "spool") as streamed:
        assert [r.id for r in streamed.records] == [r.id for r in memory.results]
        for rec, res in zip(streamed.records, memory.results, strict=True):
            assert rec.status == res.status, rec.id
            if res.status == "kept":
                assert streamed.text(rec) == res.text, rec.id
        expected = build_report(memory)
        for e in expected["documents"]:  # the in-memory entries still carry pre-write fields
            if e["status"] != "kept":
                e["output"] = None
        # the streamed batch compares cluster members from the spooled texts, the differing
        # lines only while report.json is written
        got = report_of(
            [r.entry for r in streamed.records], streamed.clusters, compare=streamed.compare
        )
        written = "".join(report_chunks(got, streamed.clusters, streamed.compare))
    assert expected["stats"]["duplicates"] == 5
    assert got["documents"] == expected["documents"]
    assert written == dumps(expected)
    assert json.loads(written)["clusters"][0]["comparisons"][0]["lines_only_here"] == []
    assert [c["id"] for c in got["clusters"][0]["comparisons"]] == [
        c["id"] for c in expected["clusters"][0]["comparisons"]
    ]


def test_removed_lines_never_reach_the_main_process(tmp_path: Path) -> None:
    seed = SEEDS / "003_6254738474f11f33.txt"
    breadcrumb = next(
        r.line
        for r in Pipeline(CleanOptions(dedup=False))
        .run([Document("x", seed.read_bytes())])
        .results[0]
        .result.removed  # type: ignore[union-attr]
        if r.reason == "breadcrumb"
    )
    with Pipeline(CleanOptions(dedup=False)).run_streamed(iter_documents(seed), tmp_path) as batch:
        (record,) = batch.records
        spooled = batch._spool.get((0, batch._spool.size))
        assert spooled == batch.text(record)  # the spool holds the clean text and nothing else
        assert breadcrumb not in spooled
        assert breadcrumb not in repr(record)
        assert record.entry["removed"]["breadcrumb"] >= 1  # counted, not kept


def test_outputs_are_written_as_soon_as_the_fate_is_known(tmp_path: Path) -> None:
    seen: list[str] = []

    def sink(record: DocRecord, text: str) -> None:
        seen.append(record.id)

    def docs(order: list[str]) -> Iterator[Document]:
        for d in _seed_docs():
            order.append(f"read {d.id}")
            order.append(f"written before: {len(seen)}")
            yield d

    # no batch stage: each document is final when cleaned, so written before the next is read
    order: list[str] = []
    options = CleanOptions(dedup=False, site_templates=False)
    with Pipeline(options).run_streamed(docs(order), tmp_path, sink):
        pass
    assert [x for x in order if x.startswith("written")] == [
        f"written before: {i}" for i in range(5)
    ]
    assert len(seen) == 5
    # with dedup, the fate is known after the batch stage: nothing is written before the end
    seen.clear()
    order = []
    with Pipeline(CleanOptions()).run_streamed(docs(order), tmp_path, sink) as batch:
        assert len(seen) == sum(1 for r in batch.records if r.status == "kept")
    assert [x for x in order if x.startswith("written")] == ["written before: 0"] * 5


def test_every_stage_runs_through_the_engine(tmp_path: Path) -> None:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

    from cleanscrape import clean_path
    from cleanscrape.engines import LocalEngine

    calls: list[str] = []

    class Recording(LocalEngine):
        name = "recording"

        def map_documents(self, work: Callable[[Any], Any], docs: Iterable[Any]) -> Any:
            calls.append("map")
            return super().map_documents(work, docs)

        def site_templates(self, docs: Sequence[Any], options: CleanOptions) -> Any:
            calls.append(f"templates of {len(docs)}")
            return super().site_templates(docs, options)

        def duplicates(self, texts: Sequence[str], published: Sequence[Any], options: Any) -> Any:
            calls.append(f"dedup of {len(texts)}")
            return super().duplicates(texts, published, options)

        def duplicates_of_prints(self, prints: Any, published: Sequence[Any], options: Any) -> Any:
            calls.append(f"dedup of {len(prints)} fingerprints")
            return super().duplicates_of_prints(prints, published, options)

    summary = clean_path(SEEDS, tmp_path / "out", engine=Recording())
    assert calls == ["map", "templates of 5", "dedup of 5 fingerprints"]
    assert summary.stats["kept"] == 5


def test_report_reads_each_titled_member_once(tmp_path: Path) -> None:
    """The report's summaries of a streamed batch's clusters take the headlines of members
    with a title from the titles: such a member is read from the spool once, for its differing
    lines while report.json is written; the report is the one made with two reads."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        for copy in ("a", "b", "c"):
            shutil.copy(p, src / f"{copy}-{p.name}")
    options = CleanOptions()
    expected = build_report(Pipeline(options).run(iter_documents(src)))
    with Pipeline(options).run_streamed(iter_documents(src), tmp_path / "spool") as streamed:
        reads: list[str] = []
        read = streamed.text

        def counted(record: DocRecord) -> str:
            reads.append(record.id)
            return read(record)

        streamed.text = counted  # type: ignore[method-assign]
        got = report_of(
            [r.entry for r in streamed.records], streamed.clusters, compare=streamed.compare
        )
        written = "".join(report_chunks(got, streamed.clusters, streamed.compare))
        titled = {r.id for r in streamed.records if r.entry["metadata"].get("title")}
    for e in expected["documents"]:
        if e["status"] != "kept":
            e["output"] = None
    assert written == dumps(expected)
    members = [m for c in got["clusters"] for m in c["members"] if m != c["kept"] and m in titled]
    assert len(members) >= 5
    assert all(reads.count(m) == 1 for m in members), reads
