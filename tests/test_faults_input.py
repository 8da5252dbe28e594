"""Faults on the input side: nothing below INPUT is skipped silently, links that leave INPUT
are not followed unless asked, and JSONL ids stay unique and short in messages.

Each test injects one fault (an unreadable folder, a bad WARC record, a link out of INPUT,
clashing or huge JSONL ids) and checks that the report names it, the run exits with 1 and the
rest of the batch is cleaned.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleanscrape.cli import main
from cleanscrape.io import iter_documents

from .conftest import SEEDS
from .test_bad_inputs import _as_unprivileged_user

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
CLI = [sys.executable, "-m", "cleanscrape"]


def _report(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _docs(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in report["documents"]}


@pytest.fixture(scope="module")
def _warm(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One run as the current user first: modules imported on first use must load before the
    tests drop to an unprivileged user who may not read the interpreter's own files."""
    src = tmp_path_factory.mktemp("warm") / "in"
    src.mkdir()
    shutil.copy(SEED_PATHS[0], src / "a.txt")
    assert main(["clean", str(src), "-o", str(src.parent / "out"), "-j", "1"]) == 0
    "".encode("ascii")


@pytest.fixture
def unprivileged_tmp(_warm: None) -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="cleanscrape-faults-"))
    base.chmod(0o777)
    try:
        yield base
    finally:
        for p in base.rglob("*"):  # give back permissions taken away by a test
            with contextlib.suppress(OSError):
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o755)
        with contextlib.suppress(OSError):
            (base / "in").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


# -- nothing skipped silently ----------------------------------------------------------------


def test_an_unreadable_subfolder_is_reported(unprivileged_tmp: Path) -> None:
    src = unprivileged_tmp / "in"
    (src / "locked").mkdir(parents=True)
    shutil.copy(SEED_PATHS[0], src / "ok.txt")
    shutil.copy(SEED_PATHS[1], src / "locked" / "hidden.txt")
    (src / "locked").chmod(0o000)
    out = unprivileged_tmp / "out"
    with _as_unprivileged_user():
        rc = main(["clean", str(src), "-o", str(out), "-q", "-j", "1"])
    assert rc == 1
    docs = _docs(_report(out / "report.json"))
    assert docs["ok.txt"]["status"] == "kept"
    assert docs["locked"]["status"] == "error"
    assert "permission denied" in docs["locked"]["error"]
    assert docs["locked"]["error"].startswith("locked: ")
    assert (out / "ok.txt").is_file()


def test_an_unreadable_input_folder_is_an_error_not_zero_documents(
    unprivileged_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = unprivileged_tmp / "in"
    src.mkdir()
    shutil.copy(SEED_PATHS[0], src / "ok.txt")
    src.chmod(0o000)
    with _as_unprivileged_user():
        rc = main(["clean", str(src), "-o", str(unprivileged_tmp / "out"), "-j", "1"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "permission denied" in err and str(src) in err
    assert "0 documents" not in err


def test_a_file_below_a_folder_that_cannot_be_entered_is_a_clean_error(
    unprivileged_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = unprivileged_tmp / "in"
    src.mkdir()
    shutil.copy(SEED_PATHS[0], src / "ok.txt")
    src.chmod(0o000)
    with _as_unprivileged_user():
        rc = main(["clean", str(src / "ok.txt"), "-o", str(unprivileged_tmp / "out"), "-q"])
    err = capsys.readouterr().err
    assert rc in (1, 2)
    assert "permission denied" in err
    assert "Traceback" not in err


def test_a_warc_record_with_a_bad_content_length_is_reported(tmp_path: Path) -> None:
    from .aeb import page_bytes
    from .test_warc import _write_warc

    page = page_bytes("06ee193d")
    src = tmp_path / "in"
    src.mkdir()
    plain = tmp_path / "plain.warc"
    _write_warc(
        plain,
        [
            ("response", "https://example.com/a", "200 OK", "text/html", page),
            ("response", "https://example.com/b", "200 OK", "text/html", page + b" "),
        ],
        gz=False,
    )
    data = plain.read_bytes()
    second = data.index(b"WARC/1.0", 10)
    cl = data.index(b"Content-Length: ", second) + len(b"Content-Length: ")
    (src / "crawl.warc").write_bytes(data[:cl] + b"x" + data[cl:])
    out = tmp_path / "out"
    rc = main(["clean", str(src), "-o", str(out), "-q", "-j", "1"])
    docs = _report(out / "report.json")["documents"]
    assert rc == 1
    assert docs[0]["id"] == "crawl.warc#1" and docs[0]["status"] == "kept"
    bad = [d for d in docs if d["status"] == "error" and "Content-Length" in d["error"]]
    assert len(bad) == 1, docs
    assert bad[0]["error"].startswith("crawl.warc: record 2: ")


# -- links that leave INPUT -------------------------------------------------------------------


def _linked_input(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.copy(SEED_PATHS[1], outside / "secret.txt")
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(SEED_PATHS[0], src / "ok.txt")
    (src / "link.txt").symlink_to(outside / "secret.txt")
    (src / "sub" / "up.txt").symlink_to(Path("..") / ".." / "outside" / "secret.txt")
    (src / "sub" / "inside.txt").symlink_to(Path("..") / "ok.txt")  # stays inside: read
    return src


def test_a_symlink_leaving_the_input_is_not_followed_unless_asked(tmp_path: Path) -> None:
    src = _linked_input(tmp_path)
    out = tmp_path / "out"
    rc = main(["clean", str(src), "-o", str(out), "-q", "-j", "1", "--no-dedup"])
    docs = _docs(_report(out / "report.json"))
    assert rc == 1
    for rel in ("link.txt", "sub/up.txt"):
        assert docs[rel]["status"] == "error"
        assert "outside" in docs[rel]["error"] and "--follow-links" in docs[rel]["error"]
        assert not (out / rel).exists()
    assert docs["sub/inside.txt"]["status"] == "kept"
    out2 = tmp_path / "out2"
    rc = main(["clean", str(src), "-o", str(out2), "-q", "-j", "1", "--follow-links"])
    assert rc == 0
    assert (out2 / "link.txt").read_text(encoding="utf-8").strip()


def test_iter_documents_follows_links_out_of_the_input_only_when_asked(tmp_path: Path) -> None:
    src = _linked_input(tmp_path)
    refused = {d.id: d for d in iter_documents(src)}
    assert refused["link.txt"].error is not None and refused["link.txt"].raw == b""
    followed = {d.id: d for d in iter_documents(src, follow_links=True)}
    secret = SEED_PATHS[1].read_bytes()
    assert followed["link.txt"].error is None and followed["link.txt"].raw == secret
    assert followed["sub/up.txt"].raw == secret


# -- JSONL ids ---------------------------------------------------------------------------------


def test_two_jsonl_files_with_the_same_id_give_distinct_report_ids(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, seed in (("a.jsonl", SEED_PATHS[0]), ("b.jsonl", SEED_PATHS[1])):
        row = {"id": "story-1", "text": seed.read_text(encoding="utf-8")}
        (src / name).write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = _report(out / "report.json")["documents"]
    assert [d["id"] for d in docs] == ["a.jsonl#story-1", "b.jsonl#story-1"]
    outputs = [d["output"] for d in docs]
    assert len(set(outputs)) == 2 and all((out / o).is_file() for o in outputs)


def test_jsonl_cleaning_errors_name_file_and_line_and_stay_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rows = [
        {"id": "a-1", "text": SEED_PATHS[0].read_text(encoding="utf-8")},
        {"id": "y" * 100_000, "text": "   "},  # an error whose message must not be 100 kB
        {"id": "b-2", "text": "\n\n"},
    ]
    (src / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 1
    errors = [d for d in _report(out / "report.json")["documents"] if d["status"] == "error"]
    assert len(errors) == 2
    long_id, short_id = errors
    assert long_id["error"].startswith("feed.jsonl: line 2 (id yyy")
    assert len(long_id["error"]) < 1000 and "…" in long_id["error"]
    assert short_id["error"].startswith("feed.jsonl: line 3 (id b-2): ")
    assert max(map(len, capsys.readouterr().err.splitlines())) < 1000
