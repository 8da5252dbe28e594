"""Logging, internal errors counted apart from input errors, and where the page time limit works."""

from __future__ import annotations

import json
import logging
import shutil
import threading
from pathlib import Path

import pytest

import cleanscrape.process as process
from cleanscrape import CleanOptions, Document, InputError, clean_path
from cleanscrape.cli import main
from cleanscrape.explain import explain_file
from cleanscrape.process import clean_document

from .conftest import SEEDS

OPTIONS = CleanOptions(dedup=False)


def test_an_unexpected_exception_is_logged_and_counted_as_internal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for p in seeds:
        shutil.copy(p, src / p.name)
    (src / "empty.txt").write_bytes(b"")  # an input error, not a bug
    bug = seeds[1].read_text(encoding="utf-8")

    real = process.repair_text

    def repair(text: str, **kw: bool) -> str:
        if text == bug:
            raise KeyError("a bug")
        return real(text, **kw)

    monkeypatch.setattr(process, "repair_text", repair)
    with caplog.at_level(logging.WARNING, logger="cleanscrape"):
        summary = clean_path(src, tmp_path / "out", OPTIONS)
    stats = summary.stats
    assert stats["errors"] == 2 and stats["internal_errors"] == 1, stats
    entry = {d["id"]: d for d in summary.report["documents"]}[seeds[1].name]
    assert entry["status"] == "error" and "unexpected KeyError" in entry["error"]
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 1 and seeds[1].name in logged[0]
    assert "Traceback (most recent call last)" in logged[0] and "KeyError: 'a bug'" in logged[0]
    assert stats["kept"] == 4  # the batch went on


def test_time_limit_off_the_main_thread_says_why_it_is_not_enforced(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = "<html><body><article><p>" + "A sentence of the article. " * 40 + "</p></article>"
    doc = Document("page.html", page, kind="html")
    results = []
    with caplog.at_level(logging.WARNING, logger="cleanscrape"):
        t = threading.Thread(
            target=lambda: results.append(clean_document(doc, CleanOptions(page_timeout=5))),
            name="app-thread",
        )
        t.start()
        t.join()
    assert results[0].status == "kept"
    warned = [r.getMessage() for r in caplog.records if "not enforced" in r.getMessage()]
    assert len(warned) == 1 and "app-thread" in warned[0]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="cleanscrape"):
        clean_document(doc, CleanOptions(page_timeout=5))  # main thread: enforced, no warning
    assert not [r for r in caplog.records if "not enforced" in r.getMessage()]


def test_verbose_logs_the_stages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], src / "a.txt")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    assert "INFO" not in capsys.readouterr().err
    assert main(["-v", "clean", str(src), "-o", str(tmp_path / "out2"), "-q", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert "INFO: cleanscrape.batch: 1 documents cleaned" in err
    report = json.loads((tmp_path / "out2" / "report.json").read_text(encoding="utf-8"))
    assert report["stats"]["internal_errors"] == 0


def test_explain_logs_the_traceback_of_an_unexpected_exception(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[1]

    def repair(text: str, **kw: bool) -> str:
        raise KeyError("a bug")

    monkeypatch.setattr(process, "repair_text", repair)
    with (
        caplog.at_level(logging.WARNING, logger="cleanscrape"),
        pytest.raises(InputError, match="unexpected KeyError while cleaning"),
    ):
        explain_file(seed, OPTIONS)
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 1 and seed.name in logged[0]
    assert "Traceback (most recent call last)" in logged[0] and "KeyError: 'a bug'" in logged[0]
