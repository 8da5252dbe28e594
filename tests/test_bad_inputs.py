"""Bad input in a batch: each bad file is reported by name with its problem, the good ones are
still cleaned and written, inputs are never modified, outputs are written atomically."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape.cli import main
from cleanscrape.io.readers import MAX_FILE_BYTES, iter_documents
from cleanscrape.io.writers import atomic as writers
from cleanscrape.process import MAX_LINE_CHARS

from .adversarial import (
    BROKEN_HTML,
    article_lines,
    corrupt_gzip,
    invalid_utf8,
    page_html,
    png_bytes,
    random_bytes,
    single_line,
    truncated_gzip,
)
from .conftest import DATA, SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))

#: id in report.json -> words its error message must contain (besides the id itself)
EXPECTED_ERRORS: dict[str, tuple[str, ...]] = {
    "bin/image.txt": ("binary",),
    "bin/image.html": ("binary",),
    "bin/noise.html": ("binary",),
    "bin/noise.txt": ("binary",),
    "empty/zero.txt": ("empty", "0 bytes"),
    "empty/zero.html": ("empty", "0 bytes"),
    "empty/spaces.txt": ("empty", "white space"),
    "empty/spaces-utf16.txt": ("empty", "white space"),
    "invalid/bytes.txt": ("not valid UTF-8", "offset"),
    "html/only-comment.html": ("HTML could not be parsed", "a text dump goes in a .txt file"),
    "unreadable/fifo.txt": ("cannot read", "named pipe"),
    "unreadable/dangling.txt": ("cannot read", "broken symbolic link", "point it at a file"),
    "unreadable/loop.html": ("cannot read",),
    "gz/corrupt.html.gz": ("cannot read", "gzip"),
    "gz/truncated.txt.gz": ("cannot read", "gzip"),
    "gz/not-gzip.html.gz": ("cannot read", "gzip"),
    "gz/corrupt.jsonl.gz": ("cannot read", "gzip"),
    "feed.jsonl:2": ("feed.jsonl", "line 2", "not valid JSON", "one JSON object per line"),
    "feed.jsonl:3": ("feed.jsonl", "line 3", "expected a JSON object with a 'text' or 'html'"),
    "feed.jsonl:4": ("feed.jsonl", "line 4", "'text' or 'html'"),
    "feed.jsonl:5": ("feed.jsonl", "line 5", "'text' or 'html'"),
    "feed.jsonl:6": ("feed.jsonl", "line 6", "not valid JSON"),
    "feed.jsonl#blank-text": ("feed.jsonl", "line 7", "empty", "white space"),
    "html/deep-nesting.html": ("nested more than 255 elements deep",),
}

#: broken HTML that carries no text: reported (not kept), never silently emptied
EXPECTED_EMPTY = ("html/html-only.html",)


def _make_bad_batch(src: Path) -> None:
    seed = (SEEDS / SEED_NAMES[0]).read_text(encoding="utf-8")
    for name in SEED_NAMES:  # the good documents
        shutil.copy(SEEDS / name, src / name)
    shutil.copytree(DATA / "aeb" / "html", src / "aeb")  # and real HTML pages
    (src / "bin").mkdir()
    (src / "bin" / "image.txt").write_bytes(png_bytes())
    (src / "bin" / "image.html").write_bytes(png_bytes(64, 32))
    (src / "bin" / "noise.html").write_bytes(random_bytes(20_000))
    (src / "bin" / "noise.txt").write_bytes(random_bytes(3_000, seed=11))
    (src / "empty").mkdir()
    (src / "empty" / "zero.txt").write_bytes(b"")
    (src / "empty" / "zero.html").write_bytes(b"")
    (src / "empty" / "spaces.txt").write_bytes(b" \n\t\r\n  \n")
    (src / "empty" / "spaces-utf16.txt").write_bytes(" \n \n\t".encode("utf-16"))
    (src / "invalid").mkdir()
    (src / "invalid" / "bytes.txt").write_bytes(invalid_utf8(seed))
    (src / "html").mkdir()
    for name, markup in BROKEN_HTML.items():
        (src / "html" / f"{name.replace('_', '-')}.html").write_text(markup, encoding="utf-8")
    (src / "unreadable").mkdir()
    os.mkfifo(src / "unreadable" / "fifo.txt")
    os.symlink(src / "unreadable" / "gone.txt", src / "unreadable" / "dangling.txt")
    os.symlink("loop.html", src / "unreadable" / "loop.html")
    (src / "gz").mkdir()
    (src / "gz" / "corrupt.html.gz").write_bytes(corrupt_gzip(page_html(seed).encode("utf-8")))
    (src / "gz" / "truncated.txt.gz").write_bytes(truncated_gzip(seed.encode("utf-8")))
    (src / "gz" / "not-gzip.html.gz").write_bytes(page_html(seed).encode("utf-8"))
    lines = [json.dumps({"id": f"j{i}", "text": "x"}) for i in range(3)]
    (src / "gz" / "corrupt.jsonl.gz").write_bytes(truncated_gzip("\n".join(lines).encode()))
    second = (SEEDS / SEED_NAMES[1]).read_text(encoding="utf-8")
    feed = [
        json.dumps({"id": "feed-ok", "text": second, "url": "https://example.vn/a"}).encode(),
        b'{"id": "cut", "text": "a line cut in the mid',
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "no-body", "title": "only a title"}).encode(),
        json.dumps({"id": "bad-type", "text": 42}).encode(),
        b'{"id": "latin1", "text": "caf\xe9 au lait"}',  # not UTF-8
        json.dumps({"id": "blank-text", "text": "  \n "}).encode(),
        b"",
        json.dumps({"id": "feed-html", "html": page_html(second)}).encode(),
    ]
    data = b"\n".join(feed)
    (src / "feed.jsonl").write_bytes(data)


def _snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Mode and content hash of every entry below ``root`` (FIFOs and links are not opened)."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            if stat.S_ISREG(st.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                digest = os.readlink(path)
            else:
                digest = ""
            snap[path.relative_to(root).as_posix()] = (st.st_mode, digest)
    return snap


def _run(src: Path, out: Path, *extra: str) -> tuple[int, dict]:
    rc = main(["clean", str(src), "-o", str(out), "--quiet", *extra])
    return rc, json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture
def bad_batch(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    _make_bad_batch(src)
    return src


def _no_temp_files(root: Path) -> bool:
    return not [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def test_every_bad_input_is_reported_and_the_batch_goes_on(bad_batch: Path, tmp_path: Path) -> None:
    before = _snapshot(bad_batch)
    rc, report = _run(bad_batch, tmp_path / "out", "-j", "1")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    for doc_id, words in EXPECTED_ERRORS.items():
        doc = docs[doc_id]
        assert doc["status"] == "error", doc
        assert doc["error"].startswith(doc_id.split(":")[0].split("#")[0]), doc["error"]
        for word in words:
            assert word in doc["error"], (doc_id, doc["error"])
        assert doc["chars_out"] == 0
        assert doc["output"] is None
    for doc_id in EXPECTED_EMPTY:
        assert docs[doc_id]["status"] == "empty"
        assert docs[doc_id]["error"].startswith(doc_id)
    assert report["stats"]["errors"] == len(EXPECTED_ERRORS)
    # the good documents are all cleaned and written, exactly as in a batch of their own
    rc_good, _ = _run(SEEDS, tmp_path / "good", "-j", "1")
    assert rc_good == 0
    for name in SEED_NAMES:
        assert docs[name]["status"] == "kept"
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "good" / name).read_bytes()
    aeb = sorted(doc_id for doc_id in docs if doc_id.startswith("aeb/"))
    assert len(aeb) == 4
    for doc_id in aeb:
        assert docs[doc_id]["status"] == "kept"
        assert (tmp_path / "out" / docs[doc_id]["output"]).read_text(encoding="utf-8").strip()
    # the good lines of the JSONL feed too (the text one is a duplicate of the second seed)
    assert docs["feed.jsonl#feed-ok"]["status"] == "duplicate"
    assert docs["feed.jsonl#feed-ok"]["duplicate_of"] == SEED_NAMES[1]
    assert docs["feed.jsonl#feed-html"]["status"] in ("kept", "duplicate")
    # broken HTML that still carries text keeps it
    unclosed = (tmp_path / "out" / "html" / "unclosed-everything.txt").read_text(encoding="utf-8")
    assert "Paragraph one of an article whose tags are never closed" in unclosed
    # inputs untouched, no temp file anywhere
    assert _snapshot(bad_batch) == before
    assert _no_temp_files(tmp_path / "out")


def test_errors_are_listed_on_stderr_with_the_file_name(
    bad_batch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["clean", str(bad_batch), "-o", str(tmp_path / "out"), "-j", "1"])
    assert rc == 1
    err = capsys.readouterr().err
    for doc_id in EXPECTED_ERRORS:
        assert f"error: {doc_id.split(':')[0].split('#')[0]}" in err
    assert f"{len(EXPECTED_ERRORS)} errors" in err


def test_bad_batch_is_deterministic_for_any_worker_count(bad_batch: Path, tmp_path: Path) -> None:
    # duplicates (seed copies, the JSONL twin of a seed) and errors in one batch; the same
    # batch made again in a folder elsewhere must give the same bytes too
    elsewhere = tmp_path / "a" / "deeper" / "copy"
    elsewhere.mkdir(parents=True)
    _make_bad_batch(elsewhere)
    for src in (bad_batch, elsewhere):
        shutil.copytree(SEEDS, src / "copies")
    outputs = {}
    for src, jobs in ((bad_batch, "1"), (bad_batch, "2"), (elsewhere, "2")):
        out = tmp_path / f"out-{src.name}-{jobs}"
        rc, _ = _run(src, out, "-j", jobs)
        assert rc == 1
        outputs[src.name, jobs] = {
            p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*"))
            if p.is_file()
        }
    assert outputs[bad_batch.name, "1"] == outputs[bad_batch.name, "2"]
    assert outputs[bad_batch.name, "1"] == outputs[elsewhere.name, "2"]
    report = json.loads(outputs[bad_batch.name, "1"]["report.json"])
    dups = [d for d in report["documents"] if d["status"] == "duplicate"]
    assert {d["id"] for d in dups} >= {f"copies/{n}" for n in SEED_NAMES}


# --- one case at a time ------------------------------------------------------------------------


def test_fifo_given_as_the_input_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    docs = list(iter_documents(fifo))
    assert [d.id for d in docs] == ["pipe.txt"]
    assert docs[0].error is not None and "named pipe" in docs[0].error


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    """chmod 000 stops reads for every user but root; as root the check runs as 'nobody'."""
    base = Path(tempfile.mkdtemp(prefix="cleanscrape-perm-"))
    try:
        base.chmod(0o777)
        src = base / "in"
        src.mkdir()
        src.chmod(0o755)
        shutil.copy(SEEDS / SEED_NAMES[0], src / "ok.txt")
        (src / "ok.txt").chmod(0o644)
        (src / "locked.txt").write_bytes((SEEDS / SEED_NAMES[1]).read_bytes())
        (src / "locked.txt").chmod(0o000)
        out = base / "out"
        with _as_unprivileged_user():
            rc = main(["clean", str(src), "-o", str(out), "--quiet", "-j", "1"])
        assert rc == 1
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        docs = {d["id"]: d for d in report["documents"]}
        assert docs["ok.txt"]["status"] == "kept"
        assert docs["locked.txt"]["status"] == "error"
        assert docs["locked.txt"]["error"] == "locked.txt: cannot read: permission denied"
        assert (out / "ok.txt").is_file()
        assert stat.S_IMODE((src / "locked.txt").stat().st_mode) == 0
    finally:
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def _as_unprivileged_user() -> Iterator[None]:
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)  # 'nobody': permission bits apply again
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_twenty_megabyte_single_line_is_refused_quickly(tmp_path: Path, suffix: str) -> None:
    seed = (SEEDS / SEED_NAMES[2]).read_text(encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    line = single_line(20_000_000, seed)
    assert len(line) >= 20_000_000 and b"\n" not in line
    if suffix == ".jsonl":
        body = json.dumps({"id": "huge", "text": line.decode("utf-8")}, ensure_ascii=False)
        (src / "huge.jsonl").write_text(body + "\n", encoding="utf-8")
        huge_id, named = "huge.jsonl#huge", "huge.jsonl: line 1 (id huge)"
    else:
        (src / "huge.txt").write_bytes(line)
        huge_id = named = "huge.txt"
    del line
    shutil.copy(SEEDS / SEED_NAMES[0], src / "good.txt")
    rc, report = _run(src, tmp_path / "out", "-j", "1")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["good.txt"]["status"] == "kept"
    huge = docs[huge_id]
    assert huge["status"] == "error"
    assert huge["error"].startswith(named)
    assert f"limit {MAX_LINE_CHARS:,}" in huge["error"]
    assert not (tmp_path / "out" / "huge.txt").exists()


def test_a_twenty_megabyte_single_line_html_ends_reported(tmp_path: Path) -> None:
    seed = (SEEDS / SEED_NAMES[2]).read_text(encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "huge.html").write_bytes(b"<html><body><p>" + single_line(20_000_000, seed) + b"</p>")
    shutil.copy(SEEDS / SEED_NAMES[0], src / "good.txt")
    rc, report = _run(src, tmp_path / "out", "-j", "1")
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["good.txt"]["status"] == "kept"
    assert docs["huge.html"]["status"] == "error"
    assert docs["huge.html"]["error"].startswith("huge.html: has a run of ")
    assert "characters of text without markup (limit 1,000,000)" in docs["huge.html"]["error"]
    assert rc == 1


def test_minified_single_line_html_is_still_cleaned() -> None:
    # one line, no newline anywhere, but ordinary text runs between tags: a normal page
    seed = (SEEDS / SEED_NAMES[2]).read_text(encoding="utf-8")
    paragraphs = [ln for ln in seed.splitlines() if len(ln) > 200]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs * 200)
    page += "</article></body></html>"
    assert "\n" not in page and len(page) > 1_000_000
    result = cleanscrape.clean_html(page, dedup=False)
    assert paragraphs[0] in result.text


def test_clean_text_refuses_a_huge_line_with_an_input_error() -> None:
    seed = (SEEDS / SEED_NAMES[2]).read_text(encoding="utf-8")
    with pytest.raises(cleanscrape.InputError, match="limit"):
        cleanscrape.clean_text(single_line(2 * MAX_LINE_CHARS, seed).decode("utf-8"))


def test_long_lines_split_by_carriage_returns_only_are_accepted() -> None:
    seed = (SEEDS / SEED_NAMES[2]).read_text(encoding="utf-8")
    line = seed.replace("\n", " ")
    text = "\r".join([line] * (MAX_LINE_CHARS // len(line) + 2))  # old Mac line ends
    assert len(text) > MAX_LINE_CHARS
    out = cleanscrape.clean_text(text, strip_chrome=False).text.split("\n")
    assert out == [line.strip()] * (MAX_LINE_CHARS // len(line) + 2)


def test_clean_html_of_empty_or_binary_bytes_raises_input_errors() -> None:
    with pytest.raises(cleanscrape.DecodeError, match="binary"):
        cleanscrape.clean_html(png_bytes(), url="https://example.vn/x.png")
    with pytest.raises(cleanscrape.InputError, match="empty"):
        cleanscrape.clean_html(b"   \n")


# --- atomic output -----------------------------------------------------------------------------


def test_interrupted_run_keeps_every_file_already_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rc, _ = _run(SEEDS, tmp_path / "full", "-j", "1")
    assert rc == 0
    real_replace, calls = os.replace, []

    def interrupt_third(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 3:  # the third output file: "Ctrl-C" in the middle of writing it
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(writers.os, "replace", interrupt_third)
    out = tmp_path / "cut"
    rc = main(["clean", str(SEEDS), "-o", str(out), "--quiet", "-j", "1"])
    assert rc == 130
    written = sorted(p.name for p in out.iterdir())
    assert written == SEED_NAMES[:2]  # the third was never put in place, no report yet
    for name in written:
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes()
    assert _no_temp_files(out)


def test_an_unwritable_output_is_reported_and_the_rest_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / SEED_NAMES[1]).mkdir(parents=True)  # something in the way of one output file
    rc, report = _run(SEEDS, out, "-j", "1")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    assert docs[SEED_NAMES[1]]["status"] == "error"
    assert docs[SEED_NAMES[1]]["error"].startswith(f"{SEED_NAMES[1]}: cannot write output")
    for name in SEED_NAMES[:1] + SEED_NAMES[2:]:
        assert docs[name]["status"] == "kept"
        assert (out / name).read_text(encoding="utf-8").strip()
    assert _no_temp_files(out)


def test_atomic_write_replaces_whole_files_and_leaves_no_temp_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    writers.atomic_write_text(target, "first version\n")
    writers.atomic_write_text(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    blocked = tmp_path / "a" / "dir.txt"
    blocked.mkdir()
    with pytest.raises(OSError):
        writers.atomic_write_text(blocked, "x")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["b.txt", "dir.txt"]


def test_gzip_of_a_good_page_is_read(tmp_path: Path) -> None:
    seed = (SEEDS / SEED_NAMES[3]).read_text(encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.txt.gz").write_bytes(gzip.compress(seed.encode("utf-8")))
    rc, _ = _run(src, tmp_path / "out", "-j", "1", "--no-strip")
    assert rc == 0
    lines = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8").splitlines()
    assert lines == article_lines(seed)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    with open(src / "dump.txt", "wb") as fh:  # sparse: no disk used, nothing read
        fh.truncate(MAX_FILE_BYTES + 1)
    shutil.copy(SEEDS / SEED_NAMES[0], src / "good.txt")
    rc, report = _run(src, tmp_path / "out", "-j", "1")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["good.txt"]["status"] == "kept"
    assert docs["dump.txt"]["status"] == "error"
    assert docs["dump.txt"]["error"].startswith("dump.txt: cannot read: ")
    assert f"{MAX_FILE_BYTES:,}-byte limit" in docs["dump.txt"]["error"]


def test_a_page_with_a_few_stray_nul_bytes_is_kept_without_them(tmp_path: Path) -> None:
    seed = (SEEDS / SEED_NAMES[1]).read_bytes()
    cut = seed.index(b"\n", len(seed) // 2)
    src = tmp_path / "in"
    src.mkdir()
    (src / "nul.txt").write_bytes(b"\x00" + seed[:cut] + b"\x00\x00" + seed[cut:])
    (src / "packed.txt").write_bytes(gzip.compress(seed))  # compressed, but not named .gz
    rc, report = _run(src, tmp_path / "out", "-j", "1", "--no-strip")
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["nul.txt"]["status"] == "kept"
    text = (tmp_path / "out" / "nul.txt").read_text(encoding="utf-8")
    assert text.splitlines() == article_lines(seed.decode("utf-8"))
    assert docs["packed.txt"]["status"] == "error"
    assert "binary" in docs["packed.txt"]["error"]
    assert rc == 1


def test_a_report_that_cannot_be_written_is_a_clear_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import importlib
    from collections.abc import Iterable

    report = importlib.import_module("cleanscrape.report")  # report.json is written in pieces
    real_write = report.atomic_write_chunks

    def disk_full_for_the_report(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
        if Path(path).name == "report.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write(path, chunks)

    monkeypatch.setattr(report, "atomic_write_chunks", disk_full_for_the_report)
    out = tmp_path / "out"
    rc = main(["clean", str(SEEDS), "-o", str(out), "--quiet", "-j", "1"])
    assert rc == 1
    err = capsys.readouterr().err
    assert f"cannot write {out / 'report.json'}: no space left on device" in err
    assert "Traceback" not in err
    # the articles written before the report are complete
    for name in SEED_NAMES:
        assert (out / name).read_text(encoding="utf-8").strip()
    assert not (out / "report.json").exists()
    assert _no_temp_files(out)
