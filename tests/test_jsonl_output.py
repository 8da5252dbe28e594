"""``cleanscrape clean --format jsonl``: OUT/articles.jsonl, one object per kept article."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from cleanscrape.cli import main

from .aeb import gold, page_bytes

ROOT = Path(__file__).resolve().parent.parent
GOLD = gold()


def _input(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "news").mkdir(parents=True)
    for name in ("06ee193d", "85439e26"):
        (src / "news" / f"{name}.html").write_bytes(page_bytes(name))
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    shutil.copy(seed, src / "a-seed.txt")
    shutil.copy(seed, src / "b-seed.txt")  # a duplicate: not an article of its own
    return src


def _records(out: Path) -> list[dict[str, Any]]:
    lines = (out / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_jsonl_has_one_object_per_kept_article(tmp_path: Path) -> None:
    src, out = _input(tmp_path), tmp_path / "out"
    rc = main(["clean", str(src), "-o", str(out), "--quiet", "--jobs", "1", "--format", "jsonl"])
    assert rc == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    kept = [d for d in report["documents"] if d["status"] == "kept"]
    records = _records(out)
    assert [r["id"] for r in records] == [d["id"] for d in kept]
    assert sorted(r["id"] for r in records) == [
        "a-seed.txt",
        "news/06ee193d.html",
        "news/85439e26.html",
    ]
    assert {d["id"]: d["status"] for d in report["documents"]}["b-seed.txt"] == "duplicate"
    # no per-article .txt files in this mode; the report says where the articles went
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [
        "0.js",  # report.files/docs/0.js: report.html's line detail
        "articles.jsonl",
        "report.html",
        "report.json",
    ]
    assert {d["output"] for d in kept} == {"articles.jsonl"}
    for record, entry in zip(records, kept, strict=True):
        assert set(record) == {"id", "url", "title", "text", "confidence", "metadata", "removed"}
        assert record["confidence"] == entry["confidence"]
        assert 0.0 <= record["confidence"] <= 1.0
        assert record["removed"] == entry["removed"]
        assert len(record["text"]) == entry["chars_out"]


def test_jsonl_records_carry_the_html_metadata(tmp_path: Path) -> None:
    src, out = _input(tmp_path), tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1", "--format", "jsonl"]) == 0
    by_id = {r["id"]: r for r in _records(out)}
    page = by_id["news/06ee193d.html"]
    assert page["url"] == GOLD["06ee193d"]["url"]  # from the page's canonical link
    assert page["title"] not in page["text"].split("\n")  # the headline is not part of the text
    assert page["title"].startswith("The VW ID. SPACE VIZZION")
    meta = page["metadata"]
    assert meta["author"] == "Chris Davies"
    assert meta["published"] == "2019-11-20"
    assert meta["sitename"] == "SlashGear"
    assert meta["language"] == "en-US"
    assert meta["canonical"] == GOLD["06ee193d"]["url"]
    first_gold = next(p for p in GOLD["06ee193d"]["articleBody"].split("\n") if len(p) > 60)
    assert first_gold in page["text"]
    # Japanese text is written as UTF-8 characters, not \\u escapes
    raw = (out / "articles.jsonl").read_text("utf-8")
    assert "商品の改造が商標法違反に" in raw


def test_txt_stays_the_default(tmp_path: Path) -> None:
    src, out = _input(tmp_path), tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == 0
    assert not (out / "articles.jsonl").exists()
    assert (out / "news" / "06ee193d.txt").is_file()


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    src = _input(tmp_path)
    try:
        rc = main(["clean", str(src), "-o", str(tmp_path / "out"), "-q", "--format", "xml"])
    except SystemExit as exc:
        rc = int(exc.code or 0)
    assert rc == 2
