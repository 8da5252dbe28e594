"""WARC input through ``cleanscrape clean``: HTML responses are documents, the rest is skipped."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanscrape.cli import main

from .aeb import gold, page_bytes

GOLD = gold()


def _sentence(name: str) -> str:
    """The first gold paragraph of a benchmark page (article text the output must keep)."""
    return next(p for p in GOLD[name]["articleBody"].split("\n") if len(p) > 60)


def _write_warc(path: Path, records: list[tuple[str, str, str, str, bytes]], *, gz: bool) -> None:
    """``records``: (type, uri, status, content type, body); written with warcio's writer."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for rec_type, uri, status, ctype, body in records:
            if rec_type == "request":
                headers = StatusAndHeaders(
                    f"GET {uri} HTTP/1.1", [("Host", "example.org")], is_http_request=True
                )
            else:
                headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, rec_type, payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            record.raw_stream.close()  # the writer's spooled buffer


def _run(src: Path, out: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    rc = main(["clean", str(src), "-o", str(out), "--quiet", "--jobs", "1", *extra])
    return rc, json.loads((out / "report.json").read_text("utf-8"))


def test_html_responses_become_documents_with_their_target_uri(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "crawls").mkdir(parents=True)
    slash, science = "06ee193d", "14cc2a0c"
    _write_warc(
        src / "crawls" / "day1.warc.gz",
        [
            ("request", GOLD[slash]["url"], "", "", b""),
            (
                "response",
                GOLD[slash]["url"],
                "200 OK",
                "text/html; charset=utf-8",
                page_bytes(slash),
            ),
            ("response", "https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("response", "https://example.org/gone", "404 Not Found", "text/html", b"<p>gone</p>"),
            ("response", GOLD[science]["url"], "200 OK", "text/html", page_bytes(science)),
        ],
        gz=True,
    )
    _write_warc(
        src / "plain.warc",
        [("response", GOLD[science]["url"], "200 OK", "text/html", page_bytes(science))],
        gz=False,
    )
    rc, report = _run(src, tmp_path / "out", "--no-dedup")
    assert rc == 0, report["stats"]
    docs = {d["id"]: d for d in report["documents"]}
    # the request, the PNG and the 404 page are not documents
    assert sorted(docs) == ["crawls/day1.warc.gz#2", "crawls/day1.warc.gz#5", "plain.warc#1"]
    first = docs["crawls/day1.warc.gz#2"]
    assert first["status"] == "kept"
    assert first["metadata"]["url"] == GOLD[slash]["url"]
    assert first["output"] == "crawls/day1/000002.txt"
    text = (tmp_path / "out" / "crawls" / "day1" / "000002.txt").read_text("utf-8")
    assert _sentence(slash) in text
    second = (tmp_path / "out" / "crawls" / "day1" / "000005.txt").read_text("utf-8")
    assert _sentence(science) in second
    assert (tmp_path / "out" / "plain" / "000001.txt").read_text("utf-8") == second


def test_duplicate_records_in_a_warc_are_deduplicated(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    page = page_bytes("14cc2a0c")
    url = GOLD["14cc2a0c"]["url"]
    _write_warc(
        src / "recrawl.warc.gz",
        [
            ("response", url, "200 OK", "text/html", page),
            ("response", url, "200 OK", "text/html", page),
        ],
        gz=True,
    )
    rc, report = _run(src, tmp_path / "out")
    assert rc == 0
    status = {d["id"]: (d["status"], d["duplicate_of"]) for d in report["documents"]}
    assert status == {
        "recrawl.warc.gz#1": ("kept", None),
        "recrawl.warc.gz#2": ("duplicate", "recrawl.warc.gz#1"),
    }


def test_truncated_warc_is_reported_and_the_batch_goes_on(tmp_path: Path, capsys: Any) -> None:
    src = tmp_path / "in"
    src.mkdir()
    names = ["06ee193d", "14cc2a0c", "85439e26"]
    warc = src / "broken.warc.gz"
    _write_warc(
        warc,
        [("response", GOLD[n]["url"], "200 OK", "text/html", page_bytes(n)) for n in names],
        gz=True,
    )
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 2000])  # cut inside the third record
    (src / "zz-page.html").write_bytes(page_bytes("b0cf2bbf"))
    rc, report = _run(src, tmp_path / "out", "--no-dedup")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["broken.warc.gz#1"]["status"] == "kept"
    assert docs["broken.warc.gz#2"]["status"] == "kept"
    error = docs["broken.warc.gz#3"]
    assert error["status"] == "error"
    assert "broken.warc.gz" in error["error"] and "record 3" in error["error"]
    assert "truncated or corrupt" in error["error"]
    assert docs["zz-page.html"]["status"] == "kept"  # the batch went on past the broken file
    assert "record 3" in capsys.readouterr().err


def test_a_file_that_is_not_a_warc_is_an_error_naming_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "fake.warc").write_bytes(b"this is not a web archive\n" * 20)
    (src / "page.html").write_bytes(page_bytes("06ee193d"))
    rc, report = _run(src, tmp_path / "out")
    assert rc == 1
    docs = {d["id"]: d for d in report["documents"]}
    assert docs["fake.warc#1"]["status"] == "error"
    assert docs["fake.warc#1"]["error"].startswith("fake.warc: record 1: cannot read the WARC")
    assert docs["page.html"]["status"] == "kept"
