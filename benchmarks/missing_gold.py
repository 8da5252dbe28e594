"""HTML path: where the gold text the extractor never printed sits in the page.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/missing_gold.py --split dev            # the tuning halves
    .venv/bin/python benchmarks/missing_gold.py --set wcxb --top 30 --examples 3

:mod:`rule_costs` counts, per page, the gold 4-token shingles missing from the output that no
rule took out (``(not extracted)``). This script finds each of them in the page: the page is
parsed and pruned as :func:`cleanscrape.html.extract.extract_html` prunes it, its main prose
block and the article's area found the same way (:func:`cleanscrape.html.recover.article_area`),
and its visible text cut into blocks: every text node belongs to its nearest block element
(paragraph, list item, table cell, heading, caption, quote, ``<div>``/``<section>`` ... with
text of its own). The blocks' tokens, in document order, are one run: a missing shingle is
found where it first starts in it and goes to the block that holds most of its four tokens
(the later one on a tie), so a block shorter than a shingle (a heading of three words) is
counted too. A shingle the run does not hold (it joins two lines of the gold that are not
next to each other in the page, or its text is not in the visible text of the pruned page) is
counted apart. A block is kept when at least half of its shingles (or its one short line)
are in the output.

Each missing shingle is classed by

* kind: the block's tag read in its context (``li``, ``td``/``th``, ``h2``..``h6``,
  ``figcaption``, ``div-text`` for text of a ``<div>``/``<section>``/``<span>`` ... with no
  ``<p>``, ``p`` ...; ``in-table`` / ``in-figure`` / ``in-aside`` when inside one);
* place: ``area`` when the block is inside the article's area, ``outside`` otherwise; and
  where it is in document order against the kept blocks (``before`` the first, ``between``,
  ``after`` the last, ``none-kept``).

Per class: gold shingles, blocks, pages and sites; with ``--examples`` the start of a few
blocks of each class and the class/id tokens of the block's nearest named ancestor. With
``--why``, the blocks of the area between kept blocks once more, by the reason
:func:`cleanscrape.html.recover.recover_blocks` did not put them back, read as it reads the page
(this script's kept blocks standing for the extractor's lines): not a block of its walk (inside
another block, under a table or an aside, or its text in inline children that the walk took
one by one), not recoverable, its parent beside no kept text, or recoverable (kept in part: a
few shingles at its edges). A block inside a block of the walk (an item of a list) is told
apart by whether other blocks of the one it is in were kept (a list kept in part) or none were
(then why that block as a whole was left out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lxml import html as lxml_html

from cleanscrape.html.extract import _main_block, parse_html
from cleanscrape.html.prune import prune_chrome
from cleanscrape.html.recover import _NOT_TEXT, _recoverable, article_area, text_blocks
from cleanscrape.html.visibility import hidden_reason
from cleanscrape.options import CleanOptions
from cleanscrape.text import decode_bytes
from common import Page, add_page_arguments, chosen_pages
from rule_costs import NOT_EXTRACTED, clean_page, removals, shingles, site_of

#: Elements that hold a block of text of their own.
_BLOCK_TAGS = frozenset(
    {"p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption",
     "blockquote", "pre", "caption", "div", "section", "article", "aside", "header", "footer",
     "main", "nav", "body", "table", "ul", "ol", "dl", "figure", "form", "address", "summary",
     "details", "label", "button", "tr"}
)  # fmt: skip
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_CONTEXTS = ("table", "figure", "aside", "nav", "footer", "header", "form")
UNFOUND = "(not a run of the page's visible text)"
_TOKEN = re.compile(r"\w+")


def _kind(el: lxml_html.HtmlElement) -> str:
    tag = str(el.tag)
    if tag in {"div", "section", "article", "span", "main", "body", "header", "footer"}:
        tag = "div-text"
    for ctx in _CONTEXTS:
        if el.tag != ctx and any(True for _ in el.iterancestors(ctx)):
            return f"{tag} in-{ctx}"
    return tag


def _named(el: lxml_html.HtmlElement) -> str:
    for a in (el, *el.iterancestors()):
        name = " ".join(x for x in (a.get("class"), a.get("id")) if x)
        if name:
            return f"{a.tag}.{' '.join(name.split())[:50]}"
    return "-"


def page_blocks(tree: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, str]]:
    """The visible text blocks of ``tree`` in document order (nearest block element per text
    node; the texts of one block joined)."""
    texts: dict[lxml_html.HtmlElement, list[str]] = {}
    body = tree.find("body")
    if body is None:
        return []
    hidden: set[lxml_html.HtmlElement] = set()
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if el.tag in _SKIP or parent in hidden or hidden_reason(el) is not None:
            hidden.add(el)
            continue
        if el.text and el.text.strip():
            owner = el if el.tag in _BLOCK_TAGS else _owner(el)
            texts.setdefault(owner, []).append(el.text)
        if el.tail and el.tail.strip() and parent is not None and parent not in hidden:
            owner = parent if parent.tag in _BLOCK_TAGS else _owner(parent)
            texts.setdefault(owner, []).append(el.tail)
    order = {el: i for i, el in enumerate(body.iter())}
    return sorted(((el, " ".join(t)) for el, t in texts.items()), key=lambda x: order[x[0]])


def _owner(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    for a in el.iterancestors():
        if a.tag in _BLOCK_TAGS:
            return a
    return el


@dataclass(slots=True)
class ClassCount:
    shingles: int = 0
    blocks: int = 0
    pages: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    examples: list[str] = field(default_factory=list)

    def add(self, n: int, page: str, site: str, limit: int, example: str) -> None:
        """Count a block of ``n`` gold shingles of ``page`` on ``site``; keep ``example``
        (text beginning with the site's name) while there are fewer than ``limit`` examples and
        none of that site yet."""
        self.shingles += n
        self.blocks += 1
        self.pages.add(page)
        self.sites.add(site)
        if len(self.examples) < limit and site not in {e.split(" ")[0] for e in self.examples}:
            self.examples.append(example)


def _why(
    el: lxml_html.HtmlElement,
    walked: set[lxml_html.HtmlElement],
    beside: set[lxml_html.HtmlElement],
    kept: set[lxml_html.HtmlElement],
) -> str:
    """Why the recovery step did not put ``el`` (a block of the area between kept blocks) back:
    as it reads the page, with this script's kept blocks standing for the extractor's lines.

    For a block inside a block of the walk (an item of a list): whether other blocks of that
    block were kept (a list kept in part), or else why that block as a whole was left out."""
    if el not in walked:
        inside = next((a for a in el.iterancestors() if a in walked), None)
        if inside is not None:
            if any(d in kept for d in inside.iter() if d is not el):
                return f"inside the block <{inside.tag}>, others of it kept"
            return f"inside the block <{inside.tag}>, none of it kept: " + _why(
                inside, walked, beside, kept
            )
        under = next((a.tag for a in el.iterancestors() if a.tag in _NOT_TEXT), None)
        if under is not None:
            return f"under <{under}>"
        return "its text in inline children, each read as a block"
    if not _recoverable(el):
        return "not recoverable (tag, links, image, length)"
    if el.getparent() not in beside:
        return "its parent neither a section of the area nor beside a kept block"
    return "recoverable: kept in part, or no kept block after it"


def locate(
    page: Page,
    options: CleanOptions,
    totals: dict[str, ClassCount],
    examples: int,
    why: dict[str, ClassCount] | None = None,
) -> None:
    """Add the ``(not extracted)`` gold shingles of ``page`` to ``totals`` by class, and with
    ``why`` those of the area's blocks between kept blocks by the reason recovery left them."""
    result = clean_page(page, options)
    want = shingles(page.gold)
    out = shingles(result.text)
    missing = want - out
    texts: dict[str, list[str]] = {}
    for rule, text in removals(result):
        texts.setdefault(rule, []).append(text)
    for parts in texts.values():  # as rule_costs counts them: a rule's texts joined
        missing = missing - shingles("\n".join(parts))
    if not missing:
        return
    markup = decode_bytes(page.html, source=page.id, html=True).text
    tree = parse_html(markup, source=page.id)
    pruned = prune_chrome(tree)
    block, _ = _main_block(pruned.prose)
    area_list = article_area(block) if block is not None else []
    area = set(area_list)
    walked = set(text_blocks(area_list)) if why is not None else set()
    blocks = page_blocks(tree)
    cut = [shingles(t) for _, t in blocks]
    kept: list[bool] = []
    for (_, text), sh in zip(blocks, cut, strict=True):
        if sh:
            kept.append(sum((sh & out).values()) * 2 >= sh.total())
        else:
            kept.append(bool(text.strip()) and " ".join(text.split()) in result.text)
    idx = [i for i, k in enumerate(kept) if k]
    first, last = (idx[0], idx[-1]) if idx else (None, None)
    beside = area | {blocks[i][0].getparent() for i in idx}
    kept_els = {blocks[i][0] for i in idx}
    site = site_of(page)
    # the page's text as one run of tokens, each token's block known: a shingle is found
    # where it starts, and goes to the block that holds most of its tokens (the later one on
    # a tie), so a shingle across two blocks and a block shorter than a shingle are counted
    tokens: list[str] = []
    owner: list[int] = []
    for i, (_, text) in enumerate(blocks):
        got = _TOKEN.findall(text)
        tokens += got
        owner += [i] * len(got)
    starts: dict[tuple[str, ...], list[int]] = {}
    for at in range(len(tokens) - 3):
        starts.setdefault(tuple(tokens[at : at + 4]), []).append(at)
    per_block: Counter[int] = Counter()
    unfound = 0
    for gram, n in missing.items():
        found = starts.get(gram, [])
        for at in found[:n]:
            held = Counter(owner[at : at + 4])
            per_block[max(held, key=lambda b: (held[b], b))] += 1
        unfound += max(0, n - len(found))
    for i, n in sorted(per_block.items()):
        el, text = blocks[i]
        inside = any(a in area for a in (el, *el.iterancestors()))
        if first is None or last is None:
            where = "none-kept"
        elif i < first:
            where = "before"
        elif i > last:
            where = "after"
        else:
            where = "between"
        name = f"{_kind(el)} | {'area' if inside else 'outside'} | {where}"
        example = f"{site} {_named(el)}: {' '.join(text.split())[:90]!r}"
        totals.setdefault(name, ClassCount()).add(n, page.id, site, examples, example)
        if why is not None and inside and where == "between":
            w = why.setdefault(f"{_kind(el)} | {_why(el, walked, beside, kept_els)}", ClassCount())
            w.add(n, page.id, site, examples, example)
    if unfound:
        c = totals.setdefault(UNFOUND, ClassCount())
        c.shingles += unfound
        c.pages.add(page.id)
        c.sites.add(site)


def table(title: str, totals: dict[str, ClassCount], pages: int, top: int | None) -> str:
    rows = [
        f"##### {title} ({pages} pages; {NOT_EXTRACTED} gold shingles by where they sit)",
        "",
        "| kind | place | against kept blocks | gold shingles | blocks | pages | sites |",
        "|---|---|---|---|---|---|---|",
    ]
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1].shingles, kv[0]))
    for name, c in ranked[:top]:
        parts = [*name.split(" | "), "", ""][:3]
        rows.append(
            f"| {parts[0]} | {parts[1]} | {parts[2]} | {c.shingles} | {c.blocks or ''} "
            f"| {len(c.pages)} | {len(c.sites)} |"
        )
    if top is not None and len(ranked) > top:
        rest = [c for _, c in ranked[top:]]
        rows.append(f"| ({len(rest)} more classes) | | | {sum(c.shingles for c in rest)} |||||")
    rows.append(f"| total | | | {sum(c.shingles for c in totals.values())} | | | |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_page_arguments(ap)
    ap.add_argument("--top", type=int, default=25, help="the N largest classes of each table")
    ap.add_argument("--examples", type=int, default=0, help="blocks shown per class")
    ap.add_argument(
        "--why", action="store_true", help="why recovery left the area's blocks between kept ones"
    )
    args = ap.parse_args(argv)
    options = CleanOptions(dedup=False)
    out = []
    for name, half, pages in chosen_pages(args):
        totals: dict[str, ClassCount] = {}
        why: dict[str, ClassCount] | None = {} if args.why else None
        for page in pages:
            locate(page, options, totals, args.examples, why)
        out += [table(f"{name}, {half}", totals, len(pages), args.top), ""]
        if args.examples:
            ranked = sorted(totals.items(), key=lambda kv: -kv[1].shingles)[: args.top]
            for cls, c in ranked:
                out += [f"{cls}:", *(f"    {e}" for e in c.examples)]
            out.append("")
        if why is not None:
            out += [
                f"##### {name}, {half}: the area's blocks between kept blocks, why recovery "
                "left them",
                "",
                "| kind | reason | gold shingles | blocks | pages | sites |",
                "|---|---|---|---|---|---|",
            ]
            ranked = sorted(why.items(), key=lambda kv: (-kv[1].shingles, kv[0]))
            for cls, c in ranked[: args.top]:
                kind, reason = cls.split(" | ", 1)
                out.append(
                    f"| {kind} | {reason} | {c.shingles} | {c.blocks} | {len(c.pages)} "
                    f"| {len(c.sites)} |"
                )
            out.append("")
            if args.examples:
                for cls, c in ranked[: args.top]:
                    out += [f"{cls}:", *(f"    {e}" for e in c.examples)]
                out.append("")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
