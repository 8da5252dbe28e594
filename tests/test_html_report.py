"""report.html: the page's data, the per-document detail files, and the clean job's hook.

The page itself is exercised in a real browser in test_html_report_browser.py.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cleanscrape import CleanOptions, Document, Pipeline, Removal, clean_path
from cleanscrape.cli import main
from cleanscrape.explain import explain_file
from cleanscrape.htmlreport import FILES_DIR, REPORT_HTML, doc_details, line_trace
from cleanscrape.htmlreport.writer import TOP_SITES, site_of, write_html_report
from cleanscrape.htmlreport.writer import page_data as page_data_of_plan
from cleanscrape.process import clean_document
from cleanscrape.report import build_report


def page_data(page: Path) -> dict[str, Any]:
    """The JSON the page embeds (what its script reads)."""
    html = page.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="cs-data">(.*?)</script>', html, re.S)
    assert m, "report.html has no data element"
    return json.loads(m.group(1))  # type: ignore[no-any-return]


def page_data_of(report: dict[str, Any]) -> dict[str, Any]:
    return page_data_of_plan(report, set(range(len(report["documents"]))), "")


def chunk_data(folder: Path, k: int) -> dict[str, Any]:
    body = (folder / FILES_DIR / "docs" / f"{k}.js").read_text(encoding="utf-8")
    m = re.fullmatch(r"csChunk\((\d+),(.*)\);\n", body, re.S)
    assert m and int(m.group(1)) == k
    return json.loads(m.group(2))  # type: ignore[no-any-return]


@pytest.fixture()
def mixed_input(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seeds, a near-copy and an exact copy of two, an empty file, a page that is not HTML
    and a file of an unknown type."""
    src = tmp_path / "in"
    src.mkdir()
    for p in seed_paths:
        shutil.copy(p, src / p.name)
    one = seed_paths[1].read_text(encoding="utf-8")
    (src / "copy_001.txt").write_text(
        one.replace("chia thành 3 phiên", "chia thành 4 phiên", 1), encoding="utf-8"
    )
    shutil.copy(seed_paths[2], src / "again_002.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.html").write_bytes(b"\xff\xfe\x00bad")
    (src / "notes.md").write_text("not a page\n", encoding="utf-8")
    return src


def test_clean_writes_report_html_beside_report_json(mixed_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = clean_path(mixed_input, out, jobs=1)
    page = out / REPORT_HTML
    assert page.is_file()
    data = page_data(page)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["stats"] == report["stats"] == summary.stats
    assert [r[0] for r in data["rows"]] == [d["id"] for d in report["documents"]]
    assert [r[1] for r in data["rows"]] == [d["status"] for d in report["documents"]]
    # every duplicate points at the row of the document it duplicates
    ids = [d["id"] for d in report["documents"]]
    for row, d in zip(data["rows"], report["documents"], strict=True):
        if d["duplicate_of"] is not None:
            assert ids[row[data["columns"].index("duplicate_of")]] == d["duplicate_of"]
    assert len(data["clusters"]) == len(report["clusters"]) == 2
    assert {ids[i] for i, _ in data["errors"]} == {"empty.txt", "broken.html"}
    assert all(msg for _, msg in data["errors"])
    assert report["stats"]["skipped_files"] == ["notes.md"]
    # self-contained: no external resource of any kind
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "@import" not in html


def test_detail_files_hold_every_line_of_every_document(mixed_input: Path, tmp_path: Path) -> None:
    """Each document's lines are explain's (the same per-document path, traced), the kept ones
    are the article file, the dropped ones what report.json counts."""
    out = tmp_path / "out"
    clean_path(mixed_input, out, jobs=2)
    data = page_data(out / REPORT_HTML)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    chunk_col = data["columns"].index("chunk")
    for n, (row, entry) in enumerate(zip(data["rows"], report["documents"], strict=True)):
        detail = chunk_data(out, row[chunk_col])[str(n)]
        if entry["status"] == "error":
            assert detail["lines"] == [] and detail["error"] == entry["error"]
            continue
        verdicts = explain_file(mixed_input / entry["id"]).verdicts
        assert [(ln[0], ln[3]) for ln in detail["lines"]] == [(v.lineno, v.text) for v in verdicts]
        assert [(ln[1], ln[2]) for ln in detail["lines"]] == [
            (v.keep, v.reason) for v in verdicts
        ]  # no site templates in a batch of one folder of different articles
        dropped = Counter(ln[2] for ln in detail["lines"] if not ln[1])
        assert dropped == Counter(entry["removed"])
        if entry["status"] == "kept":
            kept = [ln[3] for ln in detail["lines"] if ln[1]]
            # the article file: the title (moved out of the body) first, then the kept lines
            written = (out / entry["output"]).read_text(encoding="utf-8")
            assert written.endswith("\n".join(kept) + "\n")
    meta = chunk_data(out, 0)["0"]["metadata"]
    assert meta.get("author")  # bylines moved out of the body are shown with the document


def test_site_template_lines_show_that_reason(tmp_path: Path, seed_paths: list[Path]) -> None:
    """A line that a site's template stage drops (here a slogan on every page of one folder)
    is shown with reason site_template where it stood; the rest as explain shows it."""
    src = tmp_path / "in" / "site"
    src.mkdir(parents=True)
    slogan = (
        "Mời bạn đọc gửi ý kiến, bài viết về chuyên mục Hữu nghị qua địa chỉ thư điện tử của tòa "
        "soạn; chúng tôi sẽ biên tập và đăng tải trong thời gian sớm nhất."
    )
    for p in seed_paths:  # the slogan after the first paragraph of each article
        lines = p.read_text(encoding="utf-8").split("\n")
        k = next(i for i, ln in enumerate(lines) if len(ln) > 200) + 1
        (src / p.name).write_text("\n".join([*lines[:k], slogan, *lines[k:]]), encoding="utf-8")
    out = tmp_path / "out"
    clean_path(tmp_path / "in", out, jobs=1)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    data = page_data(out / REPORT_HTML)
    marked = 0
    for n, entry in enumerate(report["documents"]):
        detail = chunk_data(out, data["rows"][n][data["columns"].index("chunk")])[str(n)]
        verdicts = explain_file(src / Path(entry["id"]).name).verdicts
        assert [ln[3] for ln in detail["lines"]] == [v.text for v in verdicts]
        for ln, v in zip(detail["lines"], verdicts, strict=True):
            if ln[2] == "site_template":
                assert v.keep and not ln[1]
                marked += 1
            else:
                assert (ln[1], ln[2]) == (v.keep, v.reason)
        assert Counter(ln[2] for ln in detail["lines"] if not ln[1]) == Counter(entry["removed"])
    assert marked == len(seed_paths)  # the slogan, on every page


def test_line_trace_uses_the_strip_stage_trace_when_results_carry_one(
    seed_paths: list[Path],
) -> None:
    """With a trace (cleaning with trace=True) the lines are the trace's, in its order, and a
    line a batch stage dropped afterwards shows that stage's reason."""
    opts = CleanOptions()
    results = [
        clean_document(Document(p.name, p.read_bytes()), opts, trace=True) for p in seed_paths
    ]
    traces = [list(r.result.trace or []) for r in results if r.result is not None]
    # a batch stage drops one kept line of the first document (as site templates do)
    first = results[0].result
    assert first is not None
    kept = first.text.split("\n")
    late = next(t for t in reversed(kept) if kept.count(t) == 1)
    first.removed.append(Removal("site_template", late))
    first.text = "\n".join(t for t in kept if t != late)
    for r, trace in zip(results, traces, strict=True):
        lines = line_trace(r)
        assert [(ln["lineno"], ln["text"]) for ln in lines] == [(v.lineno, v.text) for v in trace]
        assert [(ln["keep"], ln["reason"]) for ln in lines] == [
            (False, "site_template") if r is results[0] and v.text == late else (v.keep, v.reason)
            for v in trace
        ]
        assert r.result is not None
        assert [ln["text"] for ln in lines if ln["keep"]] == r.result.text.split("\n")


def test_line_trace_without_trace_keeps_the_explain_order_of_each_kind(
    seed_paths: list[Path],
) -> None:
    batch = Pipeline(CleanOptions(dedup=False, site_templates=False)).run(
        Document(p.name, p.read_bytes()) for p in seed_paths
    )
    for p, r in zip(seed_paths, batch.results, strict=True):
        verdicts = explain_file(p).verdicts
        lines = line_trace(r)
        assert [ln["text"] for ln in lines if ln["keep"]] == [v.text for v in verdicts if v.keep]
        assert [(ln["lineno"], ln["reason"], ln["text"]) for ln in lines if not ln["keep"]] == [
            (v.lineno, v.reason, v.text) for v in verdicts if not v.keep
        ]


def test_above_the_detail_limit_a_stated_sample_gets_detail(
    mixed_input: Path, tmp_path: Path
) -> None:
    summary = clean_path(mixed_input, tmp_path / "out", jobs=1, html_report=False)
    results = (
        Pipeline(CleanOptions(), trace=True)
        .run(
            Document(p.name, p.read_bytes(), kind="html" if p.suffix == ".html" else "text")
            for p in sorted(mixed_input.iterdir())
            if p.suffix in (".txt", ".html")
        )
        .results
    )
    assert [r.id for r in results] == [d["id"] for d in summary.report["documents"]]
    out = tmp_path / "sampled"
    write_html_report(out, summary.report, doc_details(results), detail_limit=8)
    data = page_data(out / REPORT_HTML)
    chunk_col = data["columns"].index("chunk")
    with_detail = [n for n, row in enumerate(data["rows"]) if row[chunk_col] >= 0]
    assert 0 < len(with_detail) <= 8 < len(data["rows"])
    ids = [row[0] for row in data["rows"]]
    members = {m for c in summary.report["clusters"] for m in c["members"]}
    assert members <= {ids[n] for n in with_detail}  # clusters can be viewed
    assert "more than 8" in data["detail"]["rule"] and "every" in data["detail"]["rule"]
    # a later, smaller run leaves no detail file of the earlier one behind
    write_html_report(out, summary.report, doc_details(results))
    first = chunk_data(out, 0)
    assert len(first) == len(data["rows"])
    files = sorted(p.name for p in (out / FILES_DIR / "docs").iterdir())
    assert files == ["0.js"]


def test_text_from_pages_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    hostile = "Hostile headline </script><script>document.title='owned'</script> <!-- x"
    body = "A paragraph of article text that is long enough to be kept as article prose."
    batch = Pipeline(CleanOptions(dedup=False)).run(
        [Document("a</script>.txt", f"{hostile}\n{body}\n{body} Again, more words.")]
    )
    report = build_report(batch)
    write_html_report(tmp_path, report, doc_details(batch.results))
    html = (tmp_path / REPORT_HTML).read_text(encoding="utf-8")
    assert html.count("</script>") == 2  # the data element's and the script's own
    assert page_data(tmp_path / REPORT_HTML)["rows"][0][0] == "a</script>.txt"
    chunk = (tmp_path / FILES_DIR / "docs" / "0.js").read_text(encoding="utf-8")
    assert "</script>" not in chunk


def test_site_charts_sum_to_the_batch_figures_beyond_the_top_sites(
    mixed_input: Path, tmp_path: Path
) -> None:
    """With more sites than the charts show, the rest are summed in one "other sites" entry."""
    summary = clean_path(mixed_input, tmp_path / "out", jobs=1, html_report=False)
    docs = [
        {**d, "id": f"site{k:02d}/{d['id']}"}
        for k in range(TOP_SITES + 3)
        for d in summary.report["documents"]
    ]
    data = page_data_of({**summary.report, "documents": docs})
    assert len(data["by_site"]) == len(data["chars_by_site"]) == TOP_SITES + 1
    assert [bool(x.get("other")) for x in data["by_site"]] == [False] * TOP_SITES + [True]
    assert data["by_site"][-1]["site"] == "3 other sites"
    removed: Counter[str] = Counter()
    for x in data["by_site"]:
        removed.update(x["removed"])
    assert removed == {k: (TOP_SITES + 3) * n for k, n in summary.stats["removed_lines"].items()}
    kept = sum(x["kept"] for x in data["chars_by_site"])
    assert kept == (TOP_SITES + 3) * summary.stats["chars_out"]
    assert kept + sum(x["removed"] for x in data["chars_by_site"]) == (
        (TOP_SITES + 3) * summary.stats["chars_in"]
    )


def test_site_is_the_host_else_the_folder() -> None:
    assert site_of({"id": "x/a.html", "metadata": {"url": "https://www.example.com/a"}}) == (
        "example.com"
    )
    assert site_of({"id": "x/y/a.txt", "metadata": {}}) == "folder:x/y"
    assert site_of({"id": "a.txt"}) == "folder:."


def test_cli_no_html_report_and_report_elsewhere(mixed_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["clean", str(mixed_input), "-o", str(out), "-q", "-j", "1", "--no-html-report"]) == 1
    )
    assert (out / "report.json").is_file()
    assert not (out / REPORT_HTML).exists() and not (out / FILES_DIR).exists()
    rep = tmp_path / "reports" / "run.json"
    assert (
        main(["clean", str(mixed_input), "-o", str(out), "-q", "-j", "1", "--report", str(rep)])
        == 1
    )
    assert (rep.parent / REPORT_HTML).is_file() and (
        rep.parent / FILES_DIR / "docs" / "0.js"
    ).is_file()
    assert (
        page_data(rep.parent / REPORT_HTML)["stats"] == json.loads(rep.read_text("utf-8"))["stats"]
    )
