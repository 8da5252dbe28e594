"""``benchmarks/page_losses.py``: a page's losses against its gold, missing gold and kept
non-gold apart, and the pages of a half ranked by them."""

from __future__ import annotations

import sys
from pathlib import Path

from cleanscrape.options import CleanOptions

from .test_html_extract import _PRINCIPLES, _PRINCIPLES_POST, _principles_list, _rich_text_page

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import Page  # noqa: E402
from page_losses import page_record, table  # noqa: E402


def test_kept_text_the_gold_leaves_out_is_counted_to_its_origin() -> None:
    # the gold of this page leaves the list out: the recovery step printed it
    html = _rich_text_page(_principles_list()).encode()
    intro = "Here is a general list of the principles:"
    gold = "\n".join([*_PRINCIPLES_POST[:2], intro, _PRINCIPLES_POST[2]])
    rec = page_record(Page("p", html, gold, "https://example.org/post"), CleanOptions(dedup=False))
    # (the gold joins the lead-in to the paragraph after the list: a few shingles across them)
    assert int(rec["missing"]) < int(rec["extra"])  # type: ignore[call-overload]
    assert rec["extra"] > 0 and float(rec["precision"]) < 1.0  # type: ignore[arg-type]
    assert "recovered" in rec["extra_by_origin"]  # type: ignore[operator]
    assert len(_PRINCIPLES) == sum(1 for x in rec["extra_lines"] if x[1] == "recovered")  # type: ignore[attr-defined]


def test_pages_are_ranked_by_what_they_take_from_precision_and_recall() -> None:
    def rec(page: str, p: float, r: float) -> dict[str, object]:
        return {
            "page": page, "site": f"{page}.example", "precision": p, "recall": r,
            "missing": 0, "extra": 0, "missing_by_stage": {}, "missing_by_block": {},
            "extra_by_origin": {},
        }  # fmt: skip

    out = table("set, dev half", [rec("a", 0.99, 0.99), rec("b", 0.5, 1.0), rec("c", 0.9, 0.7)], 2)
    rows = [ln for ln in out.splitlines() if ln.startswith("| ") and "example" in ln]
    assert [r.split(" | ")[0] for r in rows] == ["| b", "| c"]
