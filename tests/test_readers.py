"""Readers: which files are read, in which order, as which kind, with which output name."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from cleanscrape.cli import main
from cleanscrape.io.readers import iter_documents, output_name

from .adversarial import encode_cp1258, page_html
from .conftest import DATA, SEEDS

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
AEB_HTML = sorted((DATA / "aeb" / "html").glob("*.html.gz"))


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A scraper's folder: nested sites, every supported suffix, hidden and foreign files."""
    root = tmp_path / "crawl"
    (root / "site-b" / "2024").mkdir(parents=True)
    (root / "site-a").mkdir()
    (root / ".cache").mkdir()
    seeds = [(SEEDS / n).read_bytes() for n in SEED_NAMES]
    (root / "site-b" / "2024" / "story.TXT").write_bytes(seeds[0])
    (root / "site-b" / "story.text").write_bytes(seeds[1])
    (root / "site-a" / "page.htm").write_bytes(page_html(seeds[2].decode()).encode())
    (root / "site-a" / "page2.XHTML").write_bytes(page_html(seeds[3].decode()).encode())
    shutil.copy(AEB_HTML[0], root / "site-a" / "aeb.html.gz")
    (root / "site-a" / "dump.txt.gz").write_bytes(gzip.compress(seeds[4]))
    (root / "site-a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not read")
    (root / "notes.md").write_text("# not a page\n", encoding="utf-8")
    (root / ".hidden.txt").write_bytes(seeds[0])
    (root / ".cache" / "old.html").write_bytes(b"<p>old</p>")
    return root


def test_folder_is_read_recursively_in_sorted_order(tree: Path) -> None:
    skipped: list[str] = []
    docs = list(iter_documents(tree, skipped=skipped))
    assert [d.id for d in docs] == [
        "site-a/aeb.html.gz",
        "site-a/dump.txt.gz",
        "site-a/page.htm",
        "site-a/page2.XHTML",
        "site-b/2024/story.TXT",
        "site-b/story.text",
    ]
    assert [d.kind for d in docs] == ["html", "text", "html", "html", "text", "text"]
    assert [d.output for d in docs] == [
        "site-a/aeb.txt",
        "site-a/dump.txt",
        "site-a/page.txt",
        "site-a/page2.txt",
        "site-b/2024/story.txt",
        "site-b/story.txt",
    ]
    assert skipped == ["notes.md", "site-a/photo.jpg"]
    assert all(d.error is None for d in docs)


def test_raw_bytes_are_the_file_bytes_and_gzip_is_decompressed(tree: Path) -> None:
    docs = {d.id: d for d in iter_documents(tree)}
    assert docs["site-b/story.text"].raw == (SEEDS / SEED_NAMES[1]).read_bytes()
    assert docs["site-a/dump.txt.gz"].raw == (SEEDS / SEED_NAMES[4]).read_bytes()
    assert docs["site-a/aeb.html.gz"].raw == gzip.decompress(AEB_HTML[0].read_bytes())


def test_single_file_input_uses_its_name(tmp_path: Path) -> None:
    docs = list(iter_documents(SEEDS / SEED_NAMES[0]))
    assert [(d.id, d.output, d.kind) for d in docs] == [(SEED_NAMES[0], SEED_NAMES[0], "text")]


@pytest.mark.parametrize(
    ("rel", "out"),
    [
        ("a/b/page.html.gz", "a/b/page.txt"),
        ("page.HTM", "page.txt"),
        ("x/feed.jsonl", "x/feed.txt"),
        ("v1.2/bài-viết.xhtml", "v1.2/bài-viết.txt"),
        ("story.text", "story.txt"),
        ("archive.tar.gz", "archive.tar.txt"),
    ],
)
def test_output_name_replaces_the_extension(rel: str, out: str) -> None:
    assert output_name(rel) == out


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(SEEDS / SEED_NAMES[0], root / "a.txt")
    os.symlink(root, root / "loop")  # would recurse forever if followed
    os.symlink(root / "a.txt", root / "alias.txt")  # a symlinked file is read like a file
    docs = list(iter_documents(root))
    assert [d.id for d in docs] == ["a.txt", "alias.txt"]
    assert docs[0].raw == docs[1].raw


def test_jsonl_documents_carry_id_url_and_kind(tmp_path: Path) -> None:
    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in SEED_NAMES]
    lines = [
        {"id": "vn/1", "url": "https://baoquocte.vn/a", "text": texts[0], "lang": "vi"},
        {"id": 42, "html": page_html(texts[1]), "source": "crawler"},
        {"text": texts[2]},  # no id: the file and line number name it
        {"id": "vn/1", "text": texts[3]},  # id already used: file and line number instead
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2])
        + "\n\n"  # a blank line is not a document
        + "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[2:])
        + "\n",
        encoding="utf-8",
    )
    docs = list(iter_documents(path))
    assert [d.id for d in docs] == [
        "feed.jsonl#vn/1",
        "feed.jsonl#42",
        "feed.jsonl:4",
        "feed.jsonl:5",
    ]
    assert [d.kind for d in docs] == ["text", "html", "text", "text"]
    assert docs[0].url == "https://baoquocte.vn/a"
    assert docs[0].raw == texts[0]
    assert [d.output for d in docs] == [
        "feed/vn_1.txt",
        "feed/42.txt",
        "feed/0000004.txt",
        "feed/vn_1.txt",
    ]


def test_jsonl_through_the_cli_gives_each_document_its_own_file(tmp_path: Path) -> None:
    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in SEED_NAMES]
    src = tmp_path / "in"
    src.mkdir()
    (src / "feed.jsonl").write_text(
        "\n".join(json.dumps({"id": "same", "text": t}, ensure_ascii=False) for t in texts[:3]),
        encoding="utf-8",
    )
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "--quiet", "-j", "1"])
    assert rc == 0
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.txt")
    )
    assert written == ["feed/same.2.txt", "feed/same.3.txt", "feed/same.txt"]


def test_clashing_output_names_get_numbered(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.html").write_text(page_html((SEEDS / SEED_NAMES[0]).read_text()), "utf-8")
    shutil.copy(SEEDS / SEED_NAMES[1], src / "story.txt")
    shutil.copy(SEEDS / SEED_NAMES[2], src / "STORY.text")
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "--quiet", "-j", "1"])
    assert rc == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    outputs = {d["id"]: d["output"] for d in report["documents"]}
    assert outputs == {
        "STORY.text": "STORY.txt",
        "story.html": "story.2.txt",
        "story.txt": "story.3.txt",
    }
    for doc_id, out in outputs.items():
        assert (tmp_path / "out" / out).read_text(encoding="utf-8").strip(), doc_id


def test_file_name_that_is_not_utf8_is_reported_and_written(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    name = encode_cp1258("bài-viết-café") + b".txt"  # a name saved by a Windows-1258 tool
    assert name == b"b\xe0i-vi\xea\xect-caf\xe9.txt"
    with open(os.path.join(os.fsencode(src), name), "wb") as fh:
        fh.write((SEEDS / SEED_NAMES[0]).read_bytes())
    shutil.copy(SEEDS / SEED_NAMES[1], src / "ok.txt")
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "--quiet", "-j", "1"])
    assert rc == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    ids = [d["id"] for d in report["documents"]]
    assert ids == ["b\\xe0i-vi\\xea\\xect-caf\\xe9.txt", "ok.txt"]
    assert (tmp_path / "out" / ids[0]).read_text(encoding="utf-8").strip()


def test_jsonl_ids_and_urls_with_lone_surrogates_are_made_printable(tmp_path: Path) -> None:
    text = (SEEDS / SEED_NAMES[0]).read_text(encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    line = json.dumps({"id": "a\ud800b", "url": "https://x.vn/\udfff", "text": text})
    feed.write_text(line + "\n", encoding="utf-8")  # json.dumps escapes them: valid UTF-8
    (doc,) = iter_documents(feed)
    assert doc.id == "feed.jsonl#a\\ud800b"
    assert doc.url == "https://x.vn/\\udfff"
    assert doc.output == "feed/a_b.txt"
    rc = main(["clean", str(feed), "-o", str(tmp_path / "out"), "--quiet", "-j", "1"])
    assert rc == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["feed.jsonl#a\\ud800b"]


def test_html_saved_as_txt_is_cleaned_as_html(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    page = gzip.decompress(AEB_HTML[1].read_bytes())
    (src / "page-saved-as.txt").write_bytes(page)
    (src / "page.html").write_bytes(page)
    seed = (SEEDS / SEED_NAMES[0]).read_bytes()
    (src / "talks-about-html.txt").write_bytes(b"How to write <html> by hand\n" + seed)
    docs = {d.id: d for d in iter_documents(src)}
    assert docs["page-saved-as.txt"].kind == "html"
    assert docs["talks-about-html.txt"].kind == "text"
    rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1", "--no-dedup"])
    assert rc == 0
    out = tmp_path / "out"
    assert (out / "page-saved-as.txt").read_bytes() == (out / "page.txt").read_bytes()
    assert b"<div" not in (out / "page.txt").read_bytes()
