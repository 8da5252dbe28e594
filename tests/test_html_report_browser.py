"""report.html opened in headless Chromium: no JavaScript error, the figures of report.json,
filtering, sorting, one document's lines, a duplicate cluster side by side, the errors.

Needs the system's Chromium (``apt-get install -y chromium``); without it these tests are
skipped, unless ``CLEANSCRAPE_REQUIRE_BROWSER=1`` (as in CI) makes that a failure.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleanscrape import clean_path
from cleanscrape.htmlreport import REPORT_HTML

from .conftest import DATA
from .report_browser import check_summary, open_browser, require_chromium

require_chromium()
pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with open_browser() as b:
        yield b


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Seeds, a near-copy (one number changed) and an exact copy, a page with markup in its
    headline, an empty file, a file that is not HTML, and one of an unknown type."""
    root = tmp_path_factory.mktemp("mixed")
    src = root / "in"
    src.mkdir()
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for p in seeds:
        shutil.copy(p, src / p.name)
    one = seeds[1].read_text(encoding="utf-8")
    (src / "copy_001.txt").write_text(
        one.replace("đạt gần 4 tỷ USD", "đạt gần 5 tỷ USD", 1), encoding="utf-8"
    )
    shutil.copy(seeds[2], src / "again_002.txt")
    lines = seeds[3].read_text(encoding="utf-8").split("\n")
    lines.insert(1, "<img src=x onerror=\"document.title='owned'\"></script><b>bold</b>")
    (src / "markup_003.txt").write_text("\n".join(lines), encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.html").write_bytes(b"\xff\xfe\x00bad")
    (src / "notes.md").write_text("not a page\n", encoding="utf-8")
    out = root / "out"
    clean_path(src, out, jobs=1)
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_seeds_report_renders_with_the_report_json_figures(browser: Any, tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    clean_path(seeds, tmp_path, jobs=1)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    page = browser.open(tmp_path / REPORT_HTML)
    check_summary(page, report)
    page.goto((tmp_path / REPORT_HTML).resolve().as_uri() + "#documents")
    assert page.count("#doc-table tbody tr") == len(report["documents"])
    shot = tmp_path / "summary.png"
    page.page.goto((tmp_path / REPORT_HTML).resolve().as_uri() + "#summary")
    page.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert page.errors == []


def test_aeb_pages_report_renders(browser: Any, tmp_path: Path) -> None:
    clean_path(DATA / "aeb" / "html", tmp_path, jobs=1)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    page = browser.open(tmp_path / REPORT_HTML)
    check_summary(page, report)
    # characters in and out per site: the sites' sums are the batch's
    sites = page.page.locator("[data-chart=site-chars] rect[data-n]")
    shown = sum(int(sites.nth(i).get_attribute("data-n")) for i in range(sites.count()))
    rest = page.page.locator("[data-chart=site-chars] p.other")
    shown += sum(int(rest.nth(i).get_attribute("data-total")) for i in range(rest.count()))
    assert shown == report["stats"]["chars_in"]
    page.goto((tmp_path / REPORT_HTML).resolve().as_uri() + "#doc/0")
    page.page.wait_for_selector("#doc-lines")
    assert page.text("#doc-meta")  # the page's metadata (title, site...) is shown
    assert page.errors == []


def test_filter_sort_and_open_a_document(
    browser: Any, mixed_run: tuple[Path, dict[str, Any]]
) -> None:
    out, report = mixed_run
    docs = report["documents"]
    page = browser.open(out / REPORT_HTML)
    check_summary(page, report)
    page.page.click("#tabs a[data-tab=documents]")
    page.page.wait_for_selector("#doc-table tbody tr")
    assert page.count("#doc-table tbody tr") == len(docs)

    page.page.select_option("#f-status", "duplicate")
    dups = [d["id"] for d in docs if d["status"] == "duplicate"]
    assert page.text("#doc-count").startswith(f"{len(dups)} of {len(docs)} documents")
    rows = page.page.locator("#doc-table tbody tr td:first-child")
    assert sorted(rows.all_inner_texts()) == sorted(dups)

    page.page.select_option("#f-status", "")
    page.page.fill("#f-q", "copy")
    page.page.wait_for_function("document.querySelectorAll('#doc-table tbody tr').length === 1")
    page.page.fill("#f-q", "")
    page.page.wait_for_function(
        f"document.querySelectorAll('#doc-table tbody tr').length === {len(docs)}"
    )
    page.page.click("#doc-table th[data-col=chars_in]")  # numbers sort largest first
    first = page.page.locator("#doc-table tbody tr").first.locator("td").first.inner_text()
    assert first == max(docs, key=lambda d: (d["chars_in"], -docs.index(d)))["id"]

    # confidence, shown as report.json has it; sorting puts the lowest first on a second click
    page.page.click("#doc-table th[data-col=confidence]")
    page.page.click("#doc-table th[data-col=confidence]")
    col = 1 + page.page.eval_on_selector_all(
        "#doc-table th", "hs => hs.findIndex(h => h.dataset.col === 'confidence')"
    )
    first = page.page.locator(f"#doc-table tbody tr:first-child td:nth-child({col})").inner_text()
    scored = [d["confidence"] for d in docs if d.get("confidence") is not None]
    assert scored and first == f"{min(scored):.3f}"

    # open the document with the most removed lines by clicking its row
    kept = [d for d in docs if d["status"] == "kept"]
    target = max(kept, key=lambda d: sum(d["removed"].values()))
    page.page.fill("#f-q", target["id"])
    page.page.wait_for_function("document.querySelectorAll('#doc-table tbody tr').length === 1")
    page.page.click("#doc-table tbody tr")
    page.page.wait_for_selector("#doc-lines")
    assert page.text("#doc-title") == target["id"]
    drop = page.page.locator("#doc-lines tr.drop td.reason").all_inner_texts()
    keep = page.page.locator("#doc-lines tr.keep td.text").all_inner_texts()
    assert {r: drop.count(r) for r in set(drop)} == target["removed"]
    # the article file: the title (a line dropped as the headline) first, then the kept lines
    article = (out / target["output"]).read_text(encoding="utf-8")
    assert article.endswith("\n".join(keep) + "\n")
    headline = page.page.locator("#doc-lines tr.drop").filter(has_text="headline")
    assert article.split("\n")[0] == headline.first.locator("td.text").inner_text()
    assert set(page.page.locator("#doc-lines tr.keep td.verdict").all_inner_texts()) == {"KEEP"}
    if target["metadata"].get("author"):
        author = page.page.locator("#doc-meta dd[data-key=author]").inner_text()
        assert author == target["metadata"]["author"]
    assert page.errors == []


def test_markup_in_a_page_is_shown_as_text(
    browser: Any, mixed_run: tuple[Path, dict[str, Any]]
) -> None:
    out, report = mixed_run
    n = [d["id"] for d in report["documents"]].index("markup_003.txt")
    page = browser.open(out / REPORT_HTML, f"#doc/{n}")
    page.page.wait_for_selector("#doc-lines")
    texts = page.page.locator("#doc-lines td.text").all_inner_texts()
    assert any("onerror=" in t and "</script>" in t for t in texts)
    assert page.page.title() == "cleanscrape report"
    assert page.count("#doc-lines img, #doc-lines b") == 0
    assert page.errors == []


def test_duplicate_cluster_side_by_side(
    browser: Any, mixed_run: tuple[Path, dict[str, Any]]
) -> None:
    out, report = mixed_run
    page = browser.open(out / REPORT_HTML, "#clusters")
    assert page.count("#cluster-table tbody tr") == len(report["clusters"])
    near = next(k for k, c in enumerate(report["clusters"]) if "copy_001.txt" in c["members"])
    cluster = report["clusters"][near]
    page.page.click(f"#cluster-table tbody tr[data-cluster='{near}']")
    page.page.wait_for_selector("#cluster-side .col")
    cols = page.page.locator("#cluster-side .col")
    assert cols.count() == len(cluster["members"])
    heads = [cols.nth(i).locator("h3 a").inner_text() for i in range(cols.count())]
    assert heads[0] == cluster["kept"] and sorted(heads) == sorted(cluster["members"])
    member = next(m for m in cluster["members"] if m != cluster["kept"])
    sim = cluster["similarities"][cluster["members"].index(member)]
    cmp = next(x for x in cluster["comparisons"] if x and x["id"] == member)
    expected = (
        f"similarity {sim:.3f} · {cmp['relation']}; contained in kept "
        f"{cmp['contained_in_kept']:.3f}, kept contained here {cmp['kept_contained']:.3f}"
        + ("" if cmp["headline_match"] else "; new headline")
    )
    assert cols.nth(1).locator(".sim").inner_text() == expected
    # the one changed word: each side highlights the line with it, nothing else
    for i, word in ((0, "gần 4 tỷ"), (1, "gần 5 tỷ")):
        marked = cols.nth(i).locator("p.diff").all_inner_texts()
        assert marked and all(word in t for t in marked)
    exact = next(k for k, c in enumerate(report["clusters"]) if "again_002.txt" in c["members"])
    page.goto((out / REPORT_HTML).resolve().as_uri() + f"#cluster/{exact}")
    page.page.wait_for_selector("#cluster-side .col p")
    assert page.count("#cluster-side p.diff") == 0
    assert page.errors == []


def test_errors_listed_with_their_messages(
    browser: Any, mixed_run: tuple[Path, dict[str, Any]]
) -> None:
    out, report = mixed_run
    page = browser.open(out / REPORT_HTML, "#errors")
    errors = {d["id"]: d["error"] for d in report["documents"] if d["status"] == "error"}
    assert len(errors) == 2
    rows = page.page.locator("#error-table tbody tr")
    shown = {
        rows.nth(i).locator("td").first.inner_text(): rows.nth(i).locator("td.message").inner_text()
        for i in range(rows.count())
    }
    assert shown == errors
    assert page.page.locator("#skipped li").all_inner_texts() == ["notes.md"]
    page.page.click("#error-table a >> nth=0")
    page.page.wait_for_selector("#doc-error")
    assert page.text("#doc-error") in errors.values()
    assert page.errors == []
