"""Output writers chosen by format: txt files and articles.jsonl, atomic, nothing left half-done."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleanscrape import UsageError, clean_text
from cleanscrape.document import DocResult
from cleanscrape.io.writers import FORMATS, open_writer

from .conftest import SEEDS


@pytest.fixture(scope="module")
def results() -> list[DocResult]:
    out = []
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        raw = p.read_text(encoding="utf-8")
        out.append(
            DocResult(
                id=p.name, url=None, kind="text", chars_in=len(raw), output=p.name,
                result=clean_text(raw),
            )
        )  # fmt: skip
    return out


def _left_over(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_formats_and_an_unknown_one(tmp_path: Path) -> None:
    assert FORMATS == ("txt", "jsonl", "parquet")
    with pytest.raises(UsageError, match="one of txt, jsonl, parquet, got 'xml'"):
        open_writer("xml", tmp_path, tmp_path / "in")


def test_txt_writes_each_article_to_its_file(tmp_path: Path, results: list[DocResult]) -> None:
    with open_writer("txt", tmp_path / "out", tmp_path / "in") as writer:
        for r in results:
            writer.write(r)
    for r in results:
        assert r.result is not None and r.result.title
        written = (tmp_path / "out" / r.id).read_text(encoding="utf-8")
        assert written == f"{r.result.title}\n{r.text}\n"  # the headline, then the body


def test_jsonl_commit_publishes_what_was_written_and_an_error_keeps_it(
    tmp_path: Path, results: list[DocResult]
) -> None:
    out = tmp_path / "out"
    target = out / "articles.jsonl"
    with pytest.raises(RuntimeError), open_writer("jsonl", out, tmp_path / "in") as writer:
        writer.write(results[0])
        writer.commit()
        committed = target.read_bytes()
        writer.write(results[1])
        assert target.read_bytes() == committed  # not visible before the next commit
        raise RuntimeError("the run fails here")
    # the last committed state stays, complete; no temporary file is left behind
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [results[0].id]
    assert json.loads(lines[0])["text"] == results[0].text
    assert _left_over(out) == []


def test_jsonl_close_writes_every_article_in_order(
    tmp_path: Path, results: list[DocResult]
) -> None:
    out = tmp_path / "out"
    with open_writer("jsonl", out, tmp_path / "in") as writer:
        for r in results:
            writer.write(r)
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [x["id"] for x in records] == [r.id for r in results]
    assert [x["text"] for x in records] == [r.text for r in results]
    assert all(r.output == "articles.jsonl" for r in results)
    assert _left_over(out) == []


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_temporary_file_that_cannot_take_its_mode_is_not_left_behind(
    tmp_path: Path, results: list[DocResult], monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The temporary file beside the output is made with the mode ``open()`` would give; when
    that fails the write fails, and neither the file nor its descriptor is left behind."""
    from cleanscrape import OutputError
    from cleanscrape.io.writers import atomic

    opened: list[int] = []

    def refused(fd: int, mode: int) -> None:
        opened.append(fd)
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "fchmod", refused)
    out = tmp_path / "out"
    with (
        pytest.raises(OutputError, match="operation not permitted"),
        open_writer(fmt, out, tmp_path / "in") as writer,
    ):
        for r in results:
            writer.write(r)
        writer.commit()
    assert _left_over(out) == []
    with pytest.raises(OSError):
        os.fstat(opened[0])  # closed


def test_jsonl_with_nothing_kept_is_an_empty_file(tmp_path: Path) -> None:
    with open_writer("jsonl", tmp_path / "out", tmp_path / "in"):
        pass
    assert (tmp_path / "out" / "articles.jsonl").read_bytes() == b""


def test_article_files_are_synced_together_before_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fsync per article file: one sync of OUT's file system once they are all in place,
    before report.json is written."""
    from cleanscrape.cli import main
    from cleanscrape.io.writers import atomic, txt

    seeds = sorted(SEEDS.glob("*.txt"))
    src = tmp_path / "in"
    src.mkdir()
    for p in seeds:
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    synced: list[list[str]] = []
    real_sync = atomic.sync_file_system

    def recording_sync(folder: Path) -> None:
        synced.append(sorted(p.name for p in out.iterdir() if not p.name.startswith(".")))
        real_sync(folder)

    fsynced: list[int] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        fsynced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(txt, "sync_file_system", recording_sync)
    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    assert main(["clean", str(src), "-o", str(out), "--quiet", "-j", "1", "--no-html-report"]) == 0
    articles = sorted(p.name for p in seeds)
    assert synced == [articles]  # one sync, every article in place, no report.json yet
    assert len(fsynced) == 1  # report.json alone is fsynced on its own
    assert (out / "report.json").exists()
