"""HTML path: the text blocks of the content score's article that the output lacks.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/score_recall.py --split dev            # the tuning halves
    .venv/bin/python benchmarks/score_recall.py --set wcxb --split dev --records /tmp/r.jsonl

:mod:`cleanscrape.html.score` finds the article's element by a content score on the page's
pruned tree (:func:`cleanscrape.html.score.content_nodes`). This script asks whether that
element holds text the output lacks and the gold keeps: per page, the page is parsed and
pruned as :func:`cleanscrape.html.extract.extract_html` does, scored, and the text blocks of
the article's nodes are walked as the recovery step walks the article's area
(:func:`cleanscrape.html.recover.text_blocks`: paragraphs, lists, quotes, subheadings, tables
of data, text of a ``<div>``). A block is kept when the first word characters of its text are
in the output; a block that is not kept, and whose text no rule of the run took out (its text
is not among the trace's removals: the strip stage or a line rule dropped it), is missing.
Each missing block's 4-token shingles (as :mod:`rule_costs` cuts them) that the output lacks
are counted as gold (in the page's gold text) or not; the block is classed by where it sits
against the kept blocks of the walk (``before`` the first, ``between``, ``after`` the last,
``none-kept``), by whether it is inside the top candidate itself or in a sibling or section
joined to it, by its tag, by whether :func:`cleanscrape.html.recover._recoverable` would take
it, and by whether it is inside the article's area the recovery step reads (the main prose
block's template: ``area``) or not. The gold shingles are recall a rule could win, the others
what it would cost in precision.

``--records`` writes one JSON object per missing block (the fields of the classes, its
length, link share and the start of its text), for slicing the classes further.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


from cleanscrape.html.cards import drop_hover_cards
from cleanscrape.html.extract import _main_block, parse_html
from cleanscrape.html.layout import unwrap_layout_tables
from cleanscrape.html.prune import prune_chrome
from cleanscrape.html.recover import (
    TEXT_NODES,
    _block_lines,
    _link_share,
    _recoverable,
    _text,
    article_area,
    key_ends,
    letters_each,
    text_blocks,
)
from cleanscrape.html.score import content_nodes
from cleanscrape.options import CleanOptions
from cleanscrape.text import decode_bytes
from common import Page, add_page_arguments, chosen_pages
from rule_costs import clean_page, removals, shingles, site_of


@dataclass(slots=True)
class Count:
    gold: int = 0
    other: int = 0
    blocks: int = 0
    pages: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)


def page_records(page: Page, options: CleanOptions) -> list[dict[str, object]]:
    """The missing blocks of the content score's article on ``page`` (see the module's text)."""
    result = clean_page(page, options)
    gold = shingles(page.gold)
    out = shingles(result.text)
    joined = "".join(letters_each(result.text.splitlines()))
    taken = "".join(letters_each([t for _, t in removals(result)]))
    markup = decode_bytes(page.html, source=page.id, html=True).text
    tree = parse_html(markup, source=page.id)
    body = tree.find("body")
    if body is None:
        return []
    drop_hover_cards(body)
    pruned = prune_chrome(tree)
    unwrap_layout_tables(body, pruned.prose)
    content = content_nodes(body)
    if content is None:
        return []
    block, _ = _main_block(pruned.prose)
    area = set(article_area(block)) if block is not None else set()
    blocks = text_blocks(list(content.nodes))
    kept: list[bool] = []
    for el in blocks:
        head = key_ends(" ".join(TEXT_NODES(el)))[0]
        kept.append(bool(head) and head in joined)
    idx = [i for i, k in enumerate(kept) if k]
    records: list[dict[str, object]] = []
    for i, el in enumerate(blocks):
        if kept[i]:
            continue
        head = key_ends(" ".join(TEXT_NODES(el)))[0]
        if not head or head in taken:
            continue
        lost = shingles("\n".join(_block_lines(el))) - out
        if not lost:
            continue
        g = sum(min(n, gold[s]) for s, n in lost.items() if s in gold)
        if not idx:
            where = "none-kept"
        elif i < idx[0]:
            where = "before"
        elif i > idx[-1]:
            where = "after"
        else:
            where = "between"
        in_top = any(a is content.top for a in (el, *el.iterancestors()))
        records.append(
            {
                "page": page.id,
                "site": site_of(page),
                "where": where,
                "node": "top" if in_top else "joined",
                "tag": str(el.tag),
                "recoverable": _recoverable(el),
                "area": any(a in area for a in (el, *el.iterancestors())),
                "chars": len(_text(el)),
                "links": round(_link_share(el), 3),
                "gold": g,
                "other": lost.total() - g,
                "text": _text(el)[:100],
            }
        )
    return records


def table(title: str, records: list[dict[str, object]], keys: Sequence[str], top: int) -> str:
    counts: dict[tuple[object, ...], Count] = {}
    for r in records:
        c = counts.setdefault(tuple(r[k] for k in keys), Count())
        c.gold += int(str(r["gold"]))
        c.other += int(str(r["other"]))
        c.blocks += 1
        c.pages.add(str(r["page"]))
        c.sites.add(str(r["site"]))
    rows = [
        f"##### {title}",
        "",
        f"| {' | '.join(keys)} | gold shingles | other shingles | blocks | pages | sites |",
        "|" + "---|" * (len(keys) + 5),
    ]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1].gold - kv[1].other, kv[0]))
    for key, c in ranked[:top]:
        cells = " | ".join(str(k) for k in key)
        rows.append(
            f"| {cells} | {c.gold} | {c.other} | {c.blocks} | {len(c.pages)} | {len(c.sites)} |"
        )
    if len(ranked) > top:
        rest = [c for _, c in ranked[top:]]
        rows.append(
            f"| ({len(rest)} more) |{' |' * (len(keys) - 1)} {sum(c.gold for c in rest)} "
            f"| {sum(c.other for c in rest)} | | | |"
        )
    rows.append(
        f"| total |{' |' * (len(keys) - 1)} {sum(c.gold for c in counts.values())} "
        f"| {sum(c.other for c in counts.values())} | | | |"
    )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_page_arguments(ap)
    ap.add_argument("--top", type=int, default=20, help="the N largest classes of each table")
    ap.add_argument("--records", type=Path, help="write the missing blocks here (JSON lines)")
    args = ap.parse_args(argv)
    options = CleanOptions(dedup=False)
    out: list[str] = []
    everything: list[dict[str, object]] = []
    for name, half, pages in chosen_pages(args):
        records = [{"set": name, **r} for p in pages for r in page_records(p, options)]
        everything += records
        title = f"{name}, {half} ({len(pages)} pages)"
        out += [table(f"{title}: by place", records, ("where", "node"), args.top), ""]
        out += [
            table(
                f"{title}: by place, tag, recoverable, area",
                records,
                ("where", "tag", "recoverable", "area"),
                args.top,
            ),
            "",
        ]
    if args.records is not None:
        args.records.write_text("".join(json.dumps(r) + "\n" for r in everything))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
