"""HTML path: the pages of a half ranked by the shingles they lose against the gold.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/page_losses.py --split dev --top 40
    .venv/bin/python benchmarks/page_losses.py --set wcxb --top 40 --records /tmp/pages.jsonl

Every page of a half is cleaned once with ``trace=True`` (:func:`rule_costs.clean_page`) and
scored with the AEB shingle metric. A page's loss is what it takes from the half's mean
precision and mean recall: ``1 - P`` and ``1 - R`` of the page (over the half's pages, the
metric's means). The two sides are kept apart:

* missing gold (``1 - R``): the gold 4-token shingles the output lacks, by the stage that took
  them (:func:`rule_costs.stage_of`: ``prune`` a container removed before extraction,
  ``lines`` a line the HTML path took off, ``strip`` a line the strip stage dropped,
  ``extractor`` gold the extractor never printed), and the never-printed ones by where they
  sit in the page (:func:`missing_gold.locate`: the block's kind, inside the article's area or
  not, against the kept blocks);
* kept text that is not gold (``1 - P``): the printed shingles the gold's multiset does not
  hold, by the origin of their line (:func:`extra_text.page_extras`: ``trafilatura``'s own,
  ``recovered``, ``recovered_content``, ``visible`` ...) and its kind read from the markup.

The table lists the ``--top`` pages by ``1 - P`` plus ``1 - R``, with the two largest classes
of each side; ``--records`` writes every page's figures and classes as JSON lines, to be
classed by eye.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.options import CleanOptions
from common import Page, add_page_arguments, chosen_pages
from extra_text import page_extras
from missing_gold import ClassCount, locate
from rule_costs import clean_page, page_costs, shingles, site_of, stage_of


def page_record(page: Page, options: CleanOptions) -> dict[str, object]:
    """One page's losses: precision and recall, missing gold by stage and by where it sits,
    extra shingles by origin and kind."""
    result = clean_page(page, options)
    want, got = shingles(page.gold), shingles(result.text)
    tp = (want & got).total()
    missing, extra = (want - got).total(), (got - want).total()
    stages: Counter[str] = Counter()
    for cost in page_costs(result, page.gold):
        stages[stage_of(cost.rule)] += cost.gold
    where: dict[str, ClassCount] = {}
    locate(page, options, where, 2)
    lines, _ = page_extras(page, options)
    origins: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for line in lines:
        origins[line.origin] += line.extra
        kinds[line.kind] += line.extra
    return {
        "page": page.id,
        "site": site_of(page),
        "precision": tp / (tp + extra) if tp + extra else 0.0,
        "recall": tp / (tp + missing) if tp + missing else 1.0,
        "gold": want.total(),
        "printed": got.total(),
        "missing": missing,
        "extra": extra,
        "missing_by_stage": dict(stages.most_common()),
        "missing_by_block": {
            k: [c.shingles, c.examples]
            for k, c in sorted(where.items(), key=lambda kv: -kv[1].shingles)
        },
        "extra_by_origin": dict(origins.most_common()),
        "extra_by_kind": dict(kinds.most_common()),
        "extra_lines": [[ln.extra, ln.origin, ln.kind, ln.text[:120]] for ln in lines],
    }


def _top(counts: dict[str, object], n: int = 2) -> str:
    parts = []
    for k, v in list(counts.items())[:n]:
        num = v[0] if isinstance(v, list) else v
        parts.append(f"{k} {num}")
    return "; ".join(parts)


def table(title: str, records: list[dict[str, object]], top: int) -> str:
    def loss(r: dict[str, object]) -> float:
        return 2.0 - float(r["precision"]) - float(r["recall"])  # type: ignore[arg-type]

    ranked = sorted(records, key=lambda r: (-loss(r), str(r["page"])))[:top]
    rows = [
        f"##### {title} ({len(records)} pages; the {len(ranked)} that lose most)",
        "",
        "| page | site | P | R | missing | by stage | where (not extracted) | extra | by origin |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in ranked:
        rows.append(
            f"| {r['page']} | {r['site']} | {float(r['precision']):.3f} "  # type: ignore[arg-type]
            f"| {float(r['recall']):.3f} | {r['missing']} "  # type: ignore[arg-type]
            f"| {_top(r['missing_by_stage'])} | {_top(r['missing_by_block'])} "  # type: ignore[arg-type]
            f"| {r['extra']} | {_top(r['extra_by_origin'])} |"  # type: ignore[arg-type]
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_page_arguments(ap)
    ap.add_argument("--top", type=int, default=40, help="the N pages that lose most")
    ap.add_argument("--records", type=Path, help="write every page's record here (JSON lines)")
    args = ap.parse_args(argv)
    options = CleanOptions(dedup=False)
    out: list[str] = []
    sink = args.records.open("w", encoding="utf-8") if args.records else None
    try:
        for name, half, pages in chosen_pages(args):
            records = []
            for page in pages:
                rec = page_record(page, options)
                rec["set"] = name
                records.append(rec)
                if sink is not None:
                    sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            out += [table(f"{name}, {half}", records, args.top), ""]
    finally:
        if sink is not None:
            sink.close()
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
