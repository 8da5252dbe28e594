"""explain is the per-document path of clean with tracing on: it keeps what clean writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cleanscrape import CleanOptions, Document, clean_path
from cleanscrape.cli import main
from cleanscrape.explain import explain_file
from cleanscrape.process import clean_document

from .aeb import page_bytes
from .conftest import DATA, SEEDS

# batch stages are not part of one page's explanation: compare with them off
OPTIONS = CleanOptions(dedup=False, site_templates=False)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds, gzipped HTML, HTML saved as .txt, a page that falls back to its visible text."""
    root = tmp_path_factory.mktemp("mixed")
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, root / p.name)
    shutil.copy(DATA / "html" / "aeb" / "06ee193d.html.gz", root / "06ee193d.html.gz")
    aeb = page_bytes("14cc2a0c")
    (root / "saved-as-text.txt").write_bytes(aeb)
    shutil.copy(DATA / "html" / "wcxb" / "4111.html.gz", root / "fallback.html.gz")
    return root


def test_explain_keeps_exactly_the_lines_clean_writes(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = clean_path(mixed, out, OPTIONS)
    entries = {d["id"]: d for d in summary.report["documents"]}
    assert len(entries) == 8 and summary.stats["errors"] == 0
    modes = set()
    for name, entry in sorted(entries.items()):
        exp = explain_file(mixed / name, OPTIONS)
        modes.add((exp.mode, exp.metadata.get("extraction")))
        kept = [v.text for v in exp.verdicts if v.keep]
        written = (out / entry["output"]).read_text(encoding="utf-8").rstrip("\n").split("\n")
        # a .txt output is the headline line, then the body
        assert written[0] == exp.metadata["title"], name
        assert kept == written[1:], name
        assert entry["removed"] == _counts(exp.verdicts), name
    # every kind was there: text dumps, HTML via trafilatura, HTML via the visible-text fallback
    assert modes == {("text", None), ("html", "trafilatura"), ("html", "visible")}


def _counts(verdicts: list) -> dict[str, int]:  # type: ignore[type-arg]
    counts: dict[str, int] = {}
    for v in verdicts:
        if not v.keep:
            counts[v.reason] = counts.get(v.reason, 0) + 1
    return dict(sorted(counts.items()))


def test_explain_takes_the_clean_options(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEEDS / "003_6254738474f11f33.txt"
    assert main(["explain", "--json", "--no-strip", str(seed)]) == 0
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    n_lines = sum(1 for ln in seed.read_text(encoding="utf-8").split("\n") if ln.strip())
    assert len(rows) == n_lines and all(r["keep"] and r["reason"] == "article" for r in rows)
    assert main(["explain", "--json", str(seed)]) == 0
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert set(rows[0]) == {"stage", "lineno", "keep", "reason", "text"}
    assert {r["stage"] for r in rows} == {"lines"}  # a text dump: no HTML stage
    assert any(not r["keep"] and r["reason"] == "breadcrumb" for r in rows)
    assert rows[0]["lineno"] == 1


def test_explain_a_jsonl_record_by_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in seeds[:2]]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    assert main(["explain", str(path)]) == 1  # two records: which one?
    assert "--id" in capsys.readouterr().err
    assert main(["explain", "--json", "--id", seeds[1].stem, str(path)]) == 0
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    doc = Document(seeds[1].stem, records[1]["text"])
    expected = clean_document(doc, CleanOptions()).text.split("\n")
    assert [r["text"] for r in rows if r["keep"]] == expected
    assert any(not r["keep"] for r in rows)


def test_explain_skips_what_clean_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.shtml"
    page.write_bytes(page_bytes("06ee193d"))
    summary = clean_path(tmp_path, tmp_path.parent / "out-shtml", OPTIONS)
    assert summary.stats["skipped_files"] == ["page.shtml"]
    assert main(["explain", str(page)]) == 1
    assert "clean skips it" in capsys.readouterr().err
