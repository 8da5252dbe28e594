"""What ``cleanscrape clean`` prints and returns: progress bar, summary line, exit codes."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from cleanscrape.cli import main

from .adversarial import BROKEN_HTML, png_bytes
from .conftest import SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SUMMARY = re.compile(
    r"^(\d+) documents: (\d+) kept, (\d+) duplicates, (\d+) empty, (\d+) errors; "
    r"([\d,]+) of ([\d,]+) characters removed; report: (.+)$",
    re.MULTILINE,
)


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, as an interactive shell's is."""

    def isatty(self) -> bool:
        return True


def _batch(tmp_path: Path) -> Path:
    """Seeds, one exact copy (a duplicate), one binary file (an error), one empty page."""
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    shutil.copy(SEEDS / SEED_NAMES[0], src / "zz-copy.txt")
    (src / "logo.txt").write_bytes(png_bytes())
    (src / "blank.html").write_text(BROKEN_HTML["html_only"], encoding="utf-8")
    return src


def _run_on_terminal(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> tuple[int, str]:
    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    rc = main(argv)
    return rc, term.getvalue()


def test_summary_line_matches_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, out = _batch(tmp_path), tmp_path / "out"
    rc = main(["clean", str(src), "-o", str(out), "-j", "1"])
    assert rc == 1
    err = capsys.readouterr().err
    stats = json.loads((out / "report.json").read_text(encoding="utf-8"))["stats"]
    (m,) = SUMMARY.findall(err)
    assert [int(x.replace(",", "")) for x in m[:7]] == [
        stats["documents"],
        stats["kept"],
        stats["duplicates"],
        stats["empty"],
        stats["errors"],
        stats["chars_removed"],
        stats["chars_in"],
    ]
    assert m[:5] == ("8", "5", "1", "1", "1")
    assert m[7] == str(out / "report.json")
    assert "error: logo.txt: looks like a binary file" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["clean", str(SEEDS), "-o", str(tmp_path / "out"), "-j", "1"])
    assert rc == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and SUMMARY.search(err)  # the summary and nothing else
    assert "\r" not in err and "doc/s" not in err and "cleaning" not in err


def test_progress_bar_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["clean", str(SEEDS), "-o", str(tmp_path / "out"), "-j", "1"]
    rc, err = _run_on_terminal(monkeypatch, argv)
    assert rc == 0
    assert "cleaning" in err and "\r" in err
    assert re.search(r"\b5/5\b", err)  # the bar knew the total and counted all five
    assert SUMMARY.search(err)


def test_quiet_on_a_terminal_prints_nothing_when_all_is_well(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["clean", str(SEEDS), "-o", str(tmp_path / "out"), "-j", "1", "--quiet"]
    rc, err = _run_on_terminal(monkeypatch, argv)
    assert rc == 0
    assert err == ""
    assert (tmp_path / "out" / "report.json").is_file()


def test_quiet_still_lists_each_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _batch(tmp_path)
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "1", "--quiet"])
    assert rc == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "error: logo.txt: looks like a binary file (NUL or control bytes), not a text or HTML "
        "page; remove it from the input or check the scraper's output"
    ]


def test_report_option_writes_the_report_elsewhere(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "run1.json"
    rc = main(["clean", str(SEEDS), "-o", str(tmp_path / "out"), "--report", str(report), "-q"])
    assert rc == 0
    assert json.loads(report.read_text(encoding="utf-8"))["stats"]["kept"] == 5
    assert not (tmp_path / "out" / "report.json").exists()


def test_exit_code_0_with_duplicates_and_empty_pages(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    shutil.copy(SEEDS / SEED_NAMES[0], src / "zz-copy.txt")
    (src / "blank.html").write_text(BROKEN_HTML["html_only"], encoding="utf-8")
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1"])
    assert rc == 0  # a duplicate or an empty page is an outcome, not a failure
    stats = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["stats"]
    assert (stats["duplicates"], stats["empty"], stats["errors"]) == (1, 1, 0)


def test_exit_code_1_when_a_document_fails(tmp_path: Path) -> None:
    rc = main(["clean", str(_batch(tmp_path)), "-o", str(tmp_path / "out"), "-q", "-j", "1"])
    assert rc == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", str(SEEDS)],  # no -o
        ["clean", str(SEEDS), "-o", "OUT", "--jobs", "0"],
        ["clean", str(SEEDS), "-o", "OUT", "--jobs", "many"],
        ["clean", str(SEEDS), "-o", "OUT", "--keep", "oldest"],
        ["clean", str(SEEDS), "-o", "OUT", "--no-such-option"],
        ["tidy", str(SEEDS)],
        [],
    ],
)
def test_exit_code_2_on_usage_errors(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_exit_code_2_when_out_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.txt"
    out.write_text("not a folder\n", encoding="utf-8")
    rc = main(["clean", str(SEEDS), "-o", str(out), "-q"])
    assert rc == 2
    assert "not a folder" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "not a folder\n"


def test_exit_code_2_when_a_file_input_is_its_own_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(SEEDS / SEED_NAMES[0], page)
    rc = main(["clean", str(page), "-o", str(page), "-q"])
    assert rc == 2
    assert page.read_bytes() == (SEEDS / SEED_NAMES[0]).read_bytes()


def test_exit_code_2_when_out_cannot_be_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder would have to be\n", encoding="utf-8")
    rc = main(["clean", str(SEEDS), "-o", str(blocker / "out"), "-q"])
    assert rc == 2
    assert f"{blocker} is a file" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "a file where a folder would have to be\n"


@pytest.mark.parametrize("where", ["an input file", "inside the input", "the input file"])
def test_exit_code_2_when_the_report_would_touch_the_input(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    if where == "an input file":
        argv = [str(src), "--report", str(src / SEED_NAMES[0])]
    elif where == "inside the input":
        argv = [str(src), "--report", str(src / "reports" / "report.json")]
    else:
        argv = [str(src / SEED_NAMES[0]), "--report", str(src / SEED_NAMES[0])]
    rc = main(["clean", *argv, "-o", str(tmp_path / "out"), "-q"])
    assert rc == 2
    assert "would be written into the input" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before
    assert not (tmp_path / "out").exists()


def test_exit_code_2_when_the_report_path_is_a_folder_or_under_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    assert main(["clean", str(SEEDS), "-o", str(tmp_path / "o1"), "--report", str(folder)]) == 2
    assert "is a folder" in capsys.readouterr().err
    note = tmp_path / "note.txt"
    note.write_text("x\n", encoding="utf-8")
    rc = main(["clean", str(SEEDS), "-o", str(tmp_path / "o2"), "--report", str(note / "r.json")])
    assert rc == 2
    assert f"{note} is a file; choose another path for --report" in capsys.readouterr().err
    assert note.read_text(encoding="utf-8") == "x\n"
