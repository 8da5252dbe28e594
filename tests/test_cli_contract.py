"""``cleanscrape clean`` per the design contract, on the real seed pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cleanscrape.cli import main

from .conftest import SEEDS


def _run(tmp_path: Path, *extra: str, src: Path = SEEDS, out: str = "out") -> tuple[int, dict]:
    out_dir = tmp_path / out
    rc = main(["clean", str(src), "-o", str(out_dir), "--quiet", *extra])
    report_file = out_dir / "report.json"
    report = json.loads(report_file.read_text(encoding="utf-8")) if report_file.exists() else {}
    return rc, report


def test_clean_seeds_writes_mirrored_txt_and_report(tmp_path: Path, seed_paths: list[Path]) -> None:
    rc, report = _run(tmp_path, "-j", "1")
    assert rc == 0
    ids = [d["id"] for d in report["documents"]]
    assert ids == [p.name for p in seed_paths]
    for doc, path in zip(report["documents"], seed_paths, strict=True):
        assert set(doc) >= {
            "id",
            "status",
            "duplicate_of",
            "similarity",
            "chars_in",
            "chars_out",
            "removed",
            "error",
        }
        assert doc["status"] == "kept"
        out = tmp_path / "out" / path.name
        text = out.read_text(encoding="utf-8")
        # the .txt file is the headline line, then the body; chars_out counts the body
        assert doc["chars_out"] == len(text.rstrip("\n").split("\n", 1)[1])
        assert 0 < doc["chars_out"] <= doc["chars_in"]
        # the article's title survives as the first line (seeds 003/004 open with a
        # breadcrumb or a topic kicker above the title, so look among the first lines)
        head = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        assert text.splitlines()[0] in head[:4]
    assert report["stats"]["documents"] == 5
    assert report["stats"]["kept"] == 5


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    rc, _ = _run(tmp_path, src=src)
    assert rc == 0
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before


@pytest.mark.parametrize("out", ["in", "in/sub"])
def test_refuses_out_equal_to_or_inside_input(tmp_path: Path, out: str, capsys) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    rc = main(["clean", str(src), "-o", str(tmp_path / out), "--quiet"])
    assert rc == 2
    assert "inside the input folder" in capsys.readouterr().err
    assert sorted(p.name for p in src.iterdir()) == sorted(p.name for p in SEEDS.iterdir())


def test_missing_input_is_a_usage_error(tmp_path: Path, capsys) -> None:
    rc = main(["clean", str(tmp_path / "nope"), "-o", str(tmp_path / "out"), "--quiet"])
    assert rc == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["clean", str(SEEDS), "-o", str(tmp_path / "o"), "--threshold", "1.5"])
    assert exc.value.code == 2


def test_output_identical_for_any_worker_count(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src / "a")
    shutil.copytree(SEEDS, src / "b")  # exact copies: dedup must pick the same ones either way
    outputs = {}
    for jobs in ("1", "2"):
        rc, report = _run(tmp_path, "-j", jobs, src=src, out=f"out{jobs}")
        assert rc == 0
        files = {
            p.relative_to(tmp_path / f"out{jobs}").as_posix(): p.read_bytes()
            for p in sorted((tmp_path / f"out{jobs}").rglob("*"))
            if p.is_file()
        }
        outputs[jobs] = files
    assert outputs["1"] == outputs["2"]
    report = json.loads(outputs["1"]["report.json"])
    statuses = {d["id"]: d["status"] for d in report["documents"]}
    assert all(statuses[f"a/{p.name}"] == "kept" for p in SEEDS.glob("*.txt"))
    assert all(statuses[f"b/{p.name}"] == "duplicate" for p in SEEDS.glob("*.txt"))
    assert {d["duplicate_of"] for d in report["documents"] if d["status"] == "duplicate"} == {
        f"a/{p.name}" for p in SEEDS.glob("*.txt")
    }
