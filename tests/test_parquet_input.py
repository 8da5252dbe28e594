"""Parquet input: one document per row, cleaned exactly as the same page in a file; rows
without a body are reported by row number and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanscrape.cli import main
from cleanscrape.io.parquet import ParquetColumns, read_parquet

from .conftest import SEEDS

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def _write(path: Path, columns: dict[str, list[object]]) -> None:
    pq.write_table(pa.table(columns), path, row_group_size=2)


def test_rows_are_cleaned_like_the_same_pages_in_files(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEED_PATHS]
    src = tmp_path / "in"
    src.mkdir()
    _write(
        src / "crawl.parquet",
        {
            "id": [p.stem for p in SEED_PATHS] + ["no-body", SEED_PATHS[0].stem],
            "text": [*texts, None, texts[1]],
            "url": [f"https://tin.example.vn/{p.stem}" for p in SEED_PATHS] + [None, None],
        },
    )
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in report["documents"]}
    assert [d["id"] for d in report["documents"]] == [
        *(f"crawl.parquet#{p.stem}" for p in SEED_PATHS),
        "crawl.parquet:6",
        "crawl.parquet:7",  # a repeated id falls back to FILE:ROW
    ]
    assert "row 6" in by_id["crawl.parquet:6"]["error"]
    assert by_id["crawl.parquet:7"]["status"] == "duplicate"
    # the same pages as files give the same article text
    assert main(["clean", str(SEEDS), "-o", str(tmp_path / "files"), "-q", "-j", "1"]) == 0
    for p in SEED_PATHS:
        from_row = (tmp_path / "out" / "crawl" / f"{p.stem}.txt").read_text(encoding="utf-8")
        assert from_row == (tmp_path / "files" / p.name).read_text(encoding="utf-8")


def test_columns_are_configurable_and_a_missing_column_is_named(tmp_path: Path) -> None:
    page = SEED_PATHS[2].read_text(encoding="utf-8")
    path = tmp_path / "pages.parquet"
    _write(path, {"doc_id": ["a"], "body": [page], "link": ["https://x.example/a"]})
    docs = list(read_parquet(path, columns=ParquetColumns(id="doc_id", text="body", url="link")))
    assert [(d.id, d.raw, d.url, d.error) for d in docs] == [
        ("pages.parquet#a", page, "https://x.example/a", None)
    ]
    (missing,) = read_parquet(path)
    assert missing.error is not None
    assert "no column 'text' or 'html'" in missing.error and "body" in missing.error


def test_a_broken_parquet_file_is_an_error_entry(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(SEED_PATHS[0].read_bytes()[:300])
    (doc,) = read_parquet(path)
    assert doc.error is not None and "not a readable Parquet file" in doc.error


def test_parquet_output_holds_the_jsonl_records(tmp_path: Path) -> None:
    out_j, out_p = tmp_path / "j", tmp_path / "p"
    assert main(["clean", str(SEEDS), "-o", str(out_j), "-q", "-j", "1", "--format", "jsonl"]) == 0
    args = ["clean", str(SEEDS), "-o", str(out_p), "-q", "-j", "1", "--format", "parquet"]
    assert main([*args, "--no-html-report"]) == 0
    records = [
        json.loads(line)
        for line in (out_j / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    rows = pq.read_table(out_p / "articles.parquet").to_pylist()
    for row in rows:
        row["metadata"] = json.loads(row["metadata"])
        row["removed"] = json.loads(row["removed"])
    assert len(rows) == 5
    assert rows == records
    report = json.loads((out_p / "report.json").read_text(encoding="utf-8"))
    assert {d["output"] for d in report["documents"]} == {"articles.parquet"}
    assert sorted(p.name for p in out_p.iterdir()) == ["articles.parquet", "report.json"]


def test_parquet_output_with_an_index_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["clean", str(SEEDS), "-o", str(out), "-q", "--format", "parquet"]
    assert main([*args, "--index", str(tmp_path / "seen.sqlite")]) == 2
    assert "--format jsonl or txt" in capsys.readouterr().err
    assert not out.exists()
