"""Faults a user meets, and the guarantees behind them (docs/guarantees.md).

Each test injects one fault — a full disk (a small tmpfs), a read-only OUT, unreadable folders,
a kill mid-run, names at the file system's limit, a broken pipe, Ctrl-C — and checks what the
run promises under it: no article lost, every failure listed in the report and on stderr with
exit code 1, nothing silent.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
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


# -- names at the file system's limit --------------------------------------------------------


def test_a_name_at_the_file_system_limit_is_written_under_a_short_stable_name(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    long_name = "tin-" + "a" * (NAME_MAX - len("tin-") - len(".txt")) + ".txt"
    assert len(long_name.encode()) == NAME_MAX
    shutil.copy(SEED_PATHS[0], src / long_name)
    shutil.copy(SEED_PATHS[1], src / "short.txt")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    docs = _docs(_report(out / "report.json"))
    entry = docs[long_name]
    assert entry["status"] == "kept", entry
    written = out / entry["output"]
    assert written.is_file()
    assert len(written.name.encode()) < NAME_MAX - 20  # room for the temporary name
    assert written.read_text(encoding="utf-8").strip()
    # stable: the same name on a second run
    out2 = tmp_path / "out2"
    assert main(["clean", str(src), "-o", str(out2), "-q", "-j", "1"]) == 0
    assert _docs(_report(out2 / "report.json"))[long_name]["output"] == entry["output"]


def test_jsonl_ids_of_hundreds_of_characters_are_written_and_errors_stay_short(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    other = SEED_PATHS[1].read_text(encoding="utf-8")
    rows = [
        {"id": "x" * 300, "text": seed},
        {"id": "y" * 100_000, "text": "   "},  # an error whose message must not be 200 kB
        {"id": "z", "text": other},
    ]
    (src / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [*CLI, "clean", str(src), "-o", str(out), "-q", "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1  # the blank row is an error
    docs = _report(out / "report.json")["documents"]
    kept = [d for d in docs if d["status"] == "kept"]
    assert len(kept) == 2, docs
    for d in kept:
        assert (out / d["output"]).is_file()
    errors = [d for d in docs if d["status"] == "error"]
    assert len(errors) == 1
    assert "feed.jsonl" in errors[0]["error"] and "line 2" in errors[0]["error"]
    assert len(errors[0]["error"]) < 1000
    assert max(map(len, done.stderr.splitlines())) < 1000


def test_index_keeps_both_documents_of_two_files_with_the_same_id(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, seed in (("a.jsonl", SEED_PATHS[0]), ("b.jsonl", SEED_PATHS[1])):
        row = {"id": "story-1", "text": seed.read_text(encoding="utf-8")}
        (src / name).write_text(json.dumps(row) + "\n", encoding="utf-8")
    index = tmp_path / "seen.sqlite"
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1", "--index", str(index)]) == 0
    assert len(_docs(_report(out / "report.json"))) == 2
    # a second run sees both as already indexed: nothing claims an output that was not written
    out2 = tmp_path / "out2"
    assert main(["clean", str(src), "-o", str(out2), "-q", "-j", "1", "--index", str(index)]) == 0
    for d in _report(out2 / "report.json")["documents"]:
        assert d["status"] == "duplicate", d
        assert d["output"] is None


# -- write failures: no article lost ---------------------------------------------------------


def test_a_full_disk_loses_no_article_silently(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEED_PATHS]
    for i in range(60):  # distinct articles: every one should be written
        lines = texts[i % len(texts)].splitlines()
        body = [ln for ln in lines if len(ln) > 80]
        rotated = body[i % len(body) :] + body[: i % len(body)]
        (src / f"doc{i:03d}.txt").write_text(
            "\n".join([f"Bài {i}", *rotated, *(f"{ln} ({i}, {j})" for j, ln in enumerate(body))]),
            encoding="utf-8",
        )
    report_path = tmp_path / "report.json"
    # room for the clean texts kept until the batch stages are done, not for all the outputs
    with _tmpfs("1800k") as mnt:
        out = mnt / "out"
        args = ["clean", str(src), "-o", str(out), "-q", "-j1", "--no-dedup", "--no-html-report"]
        done = subprocess.run(
            [*CLI, *args, "--report", str(report_path)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 1, done.stderr[-2000:]
        report = _report(report_path)
        failed = [d for d in report["documents"] if d["status"] == "error"]
        assert failed, "1.8 MB cannot hold the kept texts and 60 articles"
        for d in report["documents"]:
            if d["status"] == "kept":
                assert (out / d["output"]).is_file(), d
            else:
                assert d["status"] == "error" and "space" in d["error"], d
                assert d["id"] in done.stderr
        assert "Traceback" not in done.stderr
        leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
        assert leftovers == []


def test_an_out_that_fills_before_any_article_is_written_stops_with_a_clear_error(
    tmp_path: Path,
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, seed in enumerate(SEED_PATHS * 40):
        (src / f"d{i:03d}.txt").write_text(
            seed.read_text(encoding="utf-8") + f"\nBản {i}", encoding="utf-8"
        )
    with _tmpfs("1100k") as mnt:
        done = subprocess.run(
            [*CLI, "clean", str(src), "-o", str(mnt / "out"), "-q", "-j", "1"],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert done.returncode == 1
    assert "cannot keep the clean texts" in done.stderr and "no space" in done.stderr
    assert "Traceback" not in done.stderr


def test_when_the_kept_copy_cannot_be_written_the_next_member_is_promoted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleanscrape.io.writers import atomic as writers

    src = tmp_path / "in"
    src.mkdir()
    seed = SEED_PATHS[0].read_text(encoding="utf-8")
    (src / "a.txt").write_text(seed, encoding="utf-8")
    (src / "b.txt").write_text(seed.replace("Lào", "Lao", 1), encoding="utf-8")
    real = writers.atomic_write_bytes

    def failing(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
        if Path(path).name == "a.txt":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data, durable=durable)

    monkeypatch.setattr(writers, "atomic_write_bytes", failing)
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 1
    docs = _docs(_report(out / "report.json"))
    assert docs["a.txt"]["status"] == "error"
    assert "space" in docs["a.txt"]["error"]
    assert docs["b.txt"]["status"] == "kept", docs["b.txt"]
    assert (out / "b.txt").is_file()


# -- OUT checked before the work -------------------------------------------------------------


def test_an_out_without_room_is_refused_before_any_work(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    with _tmpfs("96k") as mnt:
        done = subprocess.run(
            [*CLI, "clean", str(src), "-o", str(mnt / "out"), "-q", "-j", "1"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert not any(p.suffix == ".txt" for p in (mnt / "out").rglob("*"))
    assert done.returncode == 1
    assert "bytes free" in done.stderr and "nothing was cleaned" in done.stderr


def test_a_read_only_out_is_refused_before_any_work(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    with _tmpfs("1m", "ro") as mnt:
        done = subprocess.run(
            [*CLI, "clean", str(src), "-o", str(mnt / "out"), "-q", "-j", "1"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode in (1, 2)
    assert "read-only" in done.stderr
    assert "written" not in done.stderr.replace("not written", "")
    assert "Traceback" not in done.stderr


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


# -- nothing skipped silently ----------------------------------------------------------------


# -- bounded work per document ---------------------------------------------------------------


def test_a_huge_text_document_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seed = SEED_PATHS[2].read_bytes()
    with (src / "huge.txt").open("wb") as fh:
        while fh.tell() < 40 * 1024 * 1024:
            fh.write(seed)
    shutil.copy(SEED_PATHS[0], src / "good.txt")
    out = tmp_path / "out"
    t0 = time.process_time()
    rc = main(["clean", str(src), "-o", str(out), "-q", "-j", "1"])
    assert time.process_time() - t0 < 30
    docs = _docs(_report(out / "report.json"))
    assert rc == 1
    assert docs["good.txt"]["status"] == "kept"
    assert docs["huge.txt"]["status"] == "error"
    assert "MB" in docs["huge.txt"]["error"] and "limit" in docs["huge.txt"]["error"]


def test_the_page_time_limit_applies_to_text_dumps(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seed = SEED_PATHS[2].read_text(encoding="utf-8")
    (src / "long.txt").write_text(seed * 300, encoding="utf-8")  # real lines, ~2 MB
    out = tmp_path / "out"
    rc = main(["clean", str(src), "-o", str(out), "-q", "-j", "1", "--page-timeout", "0.01"])
    entry = _docs(_report(out / "report.json"))["long.txt"]
    assert rc == 1
    assert entry["status"] == "error" and "time limit" in entry["error"]


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


def test_ctrl_c_stops_cleanly_without_worker_tracebacks(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    # enough pages that the batch is still running half a second after the workers start,
    # however fast cleaning gets (hard links: the same bytes, no extra disk)
    for i in range(4000):
        seed, page = SEED_PATHS[i % len(SEED_PATHS)], src / f"d{i:04d}.txt"
        try:
            os.link(seed, page)
        except OSError:  # another file system
            shutil.copy(seed, page)
    proc = subprocess.Popen(
        [*CLI, "-vv", "clean", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "2"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # a test run started in the background has SIGINT ignored, and a child inherits that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:  # wait until the workers are at work
        seen.append(line)
        if "worker processes ready" in line:
            break
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to every process of the group
    try:
        _, rest = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    err = "".join(seen) + rest
    assert proc.returncode == 130, err[-2000:]
    assert "Traceback" not in err
    assert "interrupted" in err


def test_progress_bar_knows_the_total(tmp_path: Path) -> None:
    """On a terminal the bar shows n/total and a label per stage (run under a pseudo-terminal)."""
    import fcntl
    import pty
    import struct
    import termios

    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    pid, fd = pty.fork()
    if pid == 0:  # child: stderr is the terminal
        os.execv(sys.executable, [*CLI, "clean", str(src), "-o", str(out), "-j", "1"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column tty
    chunks = []
    with contextlib.suppress(OSError):
        while True:
            data = os.read(fd, 4096)
            if not data:
                break
            chunks.append(data)
    os.waitpid(pid, 0)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "5/5" in screen, screen[-2000:]
    assert "dedup" in screen
