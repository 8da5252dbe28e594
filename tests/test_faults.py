"""Faults a user meets, and the guarantees behind them (docs/guarantees.md).

Each test injects one fault — a full disk (a small tmpfs), a read-only OUT, unreadable folders,
a kill mid-run, names at the file system's limit, a broken pipe, Ctrl-C — and checks what the
run promises under it: no article lost, every failure listed in the report and on stderr with
exit code 1, nothing silent.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleanscrape.cli import main

from .conftest import ROOT, SEEDS

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
CLI = [sys.executable, "-m", "cleanscrape"]
NAME_MAX = 255


def _report(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _docs(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {d["id"]: d for d in report["documents"]}


@contextlib.contextmanager
def _tmpfs(size: str, *options: str) -> Iterator[Path]:
    """A small tmpfs mounted for the test (CI and the developers run as root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = Path(tempfile.mkdtemp(prefix="cleanscrape-tmpfs-"))
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join([f"size={size}", *options]), "tmpfs", str(mnt)],
        check=True,
    )
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
        mnt.rmdir()


@pytest.fixture
def unprivileged_tmp() -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="cleanscrape-faults-"))
    base.chmod(0o777)
    try:
        yield base
    finally:
        for p in base.rglob("*"):  # give back permissions taken away by a test
            with contextlib.suppress(OSError):
                if p.is_dir() and not p.is_symlink():
                    p.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


# -- README ----------------------------------------------------------------------------------


def _readme_python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks, inside, current = [], False, []
    for line in text.splitlines():
        if line.strip() == "```python":
            inside, current = True, []
        elif inside and line.strip() == "```":
            inside = False
            blocks.append("\n".join(current) + "\n")
        elif inside:
            current.append(line)
    return blocks


def test_readme_has_python_examples() -> None:
    assert _readme_python_blocks(), "README.md should show the Python API"


@pytest.mark.parametrize("index", range(len(_readme_python_blocks())))
def test_readme_python_example_runs_as_a_script(index: int, tmp_path: Path) -> None:
    """Saved as a file and run as written (workers, if any, must not re-run it or hang)."""
    code = _readme_python_blocks()[index]
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr


# -- OUT checked before the work -------------------------------------------------------------


def test_outputs_honour_the_umask(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    finally:
        os.umask(old)
    for p in [out / "report.json", *out.glob("*.txt")]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o644, p


# -- bounded work per document ---------------------------------------------------------------


def test_page_timeout_zero_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["clean", str(SEEDS), "-o", "/nonexistent/out", "--page-timeout", "0"])
    assert exc.value.code == 2
    assert "page-timeout" in capsys.readouterr().err


def test_deeply_nested_html_says_why_it_failed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    body = SEED_PATHS[0].read_text(encoding="utf-8").replace("\n", "</p><p>")
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{body}</p>" + "</div>" * 100_000
    (src / "deep.html").write_text(page + "</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 1
    entry = _docs(_report(out / "report.json"))["deep.html"]
    assert entry["status"] == "error" and "nested" in entry["error"], entry


# -- the terminal ----------------------------------------------------------------------------


def test_index_stats_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``cleanscrape index stats PATH | head -n 1``: the reader is gone before the output."""
    index = tmp_path / "seen.sqlite"
    out = tmp_path / "out"
    assert main(["clean", str(SEEDS), "-o", str(out), "-q", "--index", str(index)]) == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to the pipe now fails with EPIPE
    try:
        done = subprocess.run(
            [*CLI, "index", "stats", str(index)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 0


