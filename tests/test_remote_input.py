"""Inputs given as fsspec URLs read as the same files on a local disk (same ids, same output),
a filesystem whose package is missing is named with what to install, and the Parquet column
flags reach the reader."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleanscrape import UsageError
from cleanscrape.cli import main
from cleanscrape.io.remote import url_sources
from cleanscrape.runner import clean_path

from .conftest import SEEDS

fsspec = pytest.importorskip("fsspec")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SEED_PATHS = sorted(SEEDS.glob("*.txt"))


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def make_mixed_input(root: Path) -> None:
    """The seeds as a JSONL feed (one line broken), a Parquet file with other column names, two
    page files in a sub-folder, a hidden file and a file of an unknown type."""
    texts = [p.read_text(encoding="utf-8") for p in SEED_PATHS]
    root.mkdir(parents=True)
    with (root / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for p, text in zip(SEED_PATHS[:3], texts, strict=False):
            fh.write(json.dumps({"id": p.stem, "text": text, "url": f"https://a.vn/{p.stem}"}))
            fh.write("\n")
        fh.write("{not json\n")
    pq.write_table(
        pa.table(
            {"key": [p.stem for p in SEED_PATHS[2:]], "body": texts[2:]},
        ),
        root / "rows.parquet",
        row_group_size=2,
    )
    (root / "pages").mkdir()
    for p in SEED_PATHS[3:]:
        shutil.copy(p, root / "pages" / p.name)
    (root / ".hidden.txt").write_text(texts[0], encoding="utf-8")
    (root / "notes.md").write_text("not read", encoding="utf-8")


COLUMN_FLAGS = ["--parquet-id-column", "key", "--parquet-text-column", "body"]


@pytest.fixture
def memory_input(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The mixed input on disk and the same files in fsspec's in-memory filesystem."""
    local = tmp_path / "in"
    make_mixed_input(local)
    fs = fsspec.filesystem("memory")
    base = f"/cleanscrape-{uuid.uuid4().hex}"
    for p in local.rglob("*"):
        if p.is_file():
            fs.pipe(f"{base}/{p.relative_to(local).as_posix()}", p.read_bytes())
    yield f"memory://{base}", local
    fs.rm(base, recursive=True)


def test_a_memory_url_gives_the_output_of_the_same_folder(
    memory_input: tuple[str, Path], tmp_path: Path
) -> None:
    url, local = memory_input
    codes = [
        main(["clean", src, "-o", str(tmp_path / name), "-q", "-j", "1", *COLUMN_FLAGS])
        for src, name in ((str(local), "from-disk"), (url, "from-url"))
    ]
    assert codes == [1, 1]  # the broken JSONL line is reported, the batch goes on
    from_disk, from_url = _tree(tmp_path / "from-disk"), _tree(tmp_path / "from-url")
    report = json.loads(from_url["report.json"])
    ids = [d["id"] for d in report["documents"]]
    assert ids[:4] == [f"feed.jsonl#{SEED_PATHS[0].stem}", *ids[1:3], "feed.jsonl:4"]
    assert f"rows.parquet#{SEED_PATHS[4].stem}" in ids
    assert f"pages/{SEED_PATHS[4].name}" in ids
    assert report["stats"]["skipped_files"] == ["notes.md"]
    assert from_url == from_disk


def test_a_file_url_of_one_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_mixed_input(src)
    out = tmp_path / "out"
    code = main(["clean", (src / "rows.parquet").as_uri(), "-o", str(out), "-q", *COLUMN_FLAGS])
    assert code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == [
        f"rows.parquet#{p.stem}" for p in SEED_PATHS[2:]
    ]


def test_a_missing_filesystem_package_is_named(tmp_path: Path) -> None:
    pytest.importorskip("fsspec.implementations.memory")
    try:
        import s3fs  # noqa: F401
    except ImportError:
        pass
    else:  # pragma: no cover - depends on the environment
        pytest.skip("s3fs is installed")
    with pytest.raises(UsageError, match=r"s3://bucket/crawl.*s3fs"):
        clean_path("s3://bucket/crawl/", tmp_path / "out")
    assert not (tmp_path / "out").exists()  # refused before any work
    with pytest.raises(UsageError, match="nosuchfs://x"):
        list(url_sources("nosuchfs://x"))


def test_parquet_column_flags_name_the_columns(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_mixed_input(src)
    parquet = src / "rows.parquet"
    out = tmp_path / "out"
    assert main(["clean", str(parquet), "-o", str(out), "-q", *COLUMN_FLAGS]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in report["documents"]] == ["kept"] * 3
    written = (out / "rows" / f"{SEED_PATHS[2].stem}.txt").read_text(encoding="utf-8")
    assert written == (_clean_seed(tmp_path, SEED_PATHS[2]))
    # without the flags the columns are id/text/html/url: the file is an error that says so
    assert main(["clean", str(parquet), "-o", str(tmp_path / "plain"), "-q"]) == 1
    report = json.loads((tmp_path / "plain" / "report.json").read_text(encoding="utf-8"))
    (doc,) = report["documents"]
    assert "no column 'text' or 'html'" in doc["error"]
    assert "--parquet-text-column" in doc["error"]


def _clean_seed(tmp_path: Path, seed: Path) -> str:
    out = tmp_path / "seed-out"
    assert main(["clean", str(seed), "-o", str(out), "-q"]) == 0
    return (out / seed.name).read_text(encoding="utf-8")
