"""HTML path on pages without modern markup: the benchmark pages rewritten the way older sites
lay out, scored for cleanscrape, trafilatura and readability-lxml in one run.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks .venv/bin/python benchmarks/old_markup.py
    .venv/bin/python benchmarks/old_markup.py --split dev --only-cleanscrape
    .venv/bin/python benchmarks/old_markup.py --variants original,all --set aeb

Every page of AEB and WCXB-dev (the half kept by :func:`common.split_of`) is decoded as the
HTML benchmark decodes it, parsed with lxml, rewritten by deterministic transforms and
serialized again; the gold stays the page's gold. The transforms (each a function of this
module, run on the parsed document in place):

* ``semantic`` (:func:`plain_elements`): ``article main section header footer nav aside
  figure figcaption hgroup`` renamed to ``div``, ``time`` to ``span``;
* ``attributes`` (:func:`bare_attributes`): ``class``, ``id``, ``role``, ``itemprop``,
  ``itemscope``, ``itemtype``, ``data-*`` and ``aria-*`` attributes removed everywhere;
* ``paragraphs`` (:func:`broken_paragraphs`): every ``<p>`` replaced by its content followed
  by ``<br><br>`` in its parent;
* ``table`` (:func:`layout_table`): the body's top blocks (below any single wrapper) put in a
  layout ``<table>``: the block with the most text is the content cell, the first block
  before it the header row, the other blocks before it the navigation cell, the last block
  after it the footer row, the other blocks after it a sidebar cell (document order kept).

Variants (``--variants``, comma-separated): ``original`` (the page as stored, as
``extraction_html.py`` reads it), ``reparsed`` (parsed and serialized by lxml, no transform:
the control for the others), each transform alone, and ``all`` (``table``, then
``semantic``, ``attributes``, ``paragraphs``). Score: the AEB shingle metric
(:func:`common.aeb_score`) per set and half, each system's precision, recall and F1.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
from lxml.etree import SubElement, _Element

from cleanscrape.options import CleanOptions
from common import SPLITS, Page, aeb_score, chosen_pages
from extraction_html import (
    Extractor,
    Run,
    _cleanscrape_factory,
    _decode,
    _readability,
    _trafilatura,
)

Transform = Callable[[lxml.html.HtmlElement], None]

#: Elements of HTML5 that older pages do not have: renamed ``div`` (``time``: ``span``).
SEMANTIC = (
    "article",
    "main",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "hgroup",
)
_INLINE_SEMANTIC = ("time",)
#: Attributes removed by :func:`bare_attributes` (besides every ``data-*`` and ``aria-*``).
BARE = frozenset({"class", "id", "role", "itemprop", "itemscope", "itemtype"})
_PREFIXES = ("data-", "aria-")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: Children that carry no layout block of their own (left where they are by :func:`layout_table`).
_NOT_BLOCKS = frozenset({"script", "style", "noscript", "template", "link", "meta"})


def plain_elements(doc: lxml.html.HtmlElement) -> None:
    """Rename the semantic elements of HTML5 to ``div`` (``time`` to ``span``)."""
    for el in doc.iter(*SEMANTIC):
        el.tag = "div"
    for el in doc.iter(*_INLINE_SEMANTIC):
        el.tag = "span"


def bare_attributes(doc: lxml.html.HtmlElement) -> None:
    """Remove the attributes that name a block's part: class, id, role, microdata, ``data-*``
    and ``aria-*``."""
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for name in [k for k in el.attrib if k in BARE or k.startswith(_PREFIXES)]:
            del el.attrib[name]


def broken_paragraphs(doc: lxml.html.HtmlElement) -> None:
    """Replace every ``<p>`` by its content followed by ``<br><br>`` in its parent."""
    for p in list(doc.iter("p")):
        if p.getparent() is None:
            continue
        p.append(lxml.html.Element("br"))
        p.append(lxml.html.Element("br"))
        p.drop_tag()


def _text_size(el: _Element) -> int:
    """Characters of text under ``el``, spaces left out (so unspaced scripts count too)."""
    return sum(len(word) for word in "".join(el.itertext()).split())


def _blocks(body: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, list[_Element]]:
    """The element whose children are the page's top blocks (below every wrapper that is the
    only block of its parent) and those children."""
    holder = body
    while True:
        blocks = [c for c in holder if isinstance(c.tag, str) and c.tag not in _NOT_BLOCKS]
        if len(blocks) != 1 or (holder.text or "").strip():
            return holder, blocks
        holder = blocks[0]


def _cell(row: _Element, blocks: list[_Element], **attrs: str) -> None:
    td = lxml.html.Element("td", **attrs)
    row.append(td)
    for block in blocks:
        td.append(block)


def layout_table(doc: lxml.html.HtmlElement) -> None:
    """Put the body's top blocks in a layout table of three rows: header; navigation, content,
    sidebar; footer (see the module's docstring)."""
    body = doc.find("body")
    if body is None:
        return
    _, blocks = _blocks(body)
    if not blocks:
        return
    main = max(range(len(blocks)), key=lambda i: _text_size(blocks[i]))
    before, after = blocks[:main], blocks[main + 1 :]
    table = lxml.html.Element("table", width="100%", border="0", cellpadding="0", cellspacing="0")
    blocks[0].addprevious(table)
    top, middle, bottom = (SubElement(table, "tr") for _ in range(3))
    _cell(top, before[:1], colspan="3")
    _cell(middle, before[1:], width="160", valign="top")
    _cell(middle, [blocks[main]], valign="top")
    _cell(middle, after[:-1], width="160", valign="top")
    _cell(bottom, after[-1:], colspan="3")


TRANSFORMS: dict[str, Transform] = {
    "semantic": plain_elements,
    "attributes": bare_attributes,
    "paragraphs": broken_paragraphs,
    "table": layout_table,
}
#: The order of ``all``: the table first, while the blocks still have their tags.
ALL = ("table", "semantic", "attributes", "paragraphs")
VARIANTS = ("original", "reparsed", *TRANSFORMS, "all")


def parse(markup: str) -> lxml.html.HtmlElement:
    """The page as an lxml document (an XML declaration, which lxml refuses in a string, left
    out)."""
    return lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))


def serialize(doc: lxml.html.HtmlElement) -> str:
    """The document as HTML text, with its doctype."""
    doctype = doc.getroottree().docinfo.doctype
    return str(lxml.html.tostring(doc, encoding="unicode", doctype=doctype or None))


def rewrite(markup: str, transforms: Sequence[str]) -> str:
    """``markup`` parsed, rewritten by ``transforms`` (names of :data:`TRANSFORMS`, in order)
    and serialized."""
    doc = parse(markup)
    for name in transforms:
        TRANSFORMS[name](doc)
    return serialize(doc)


def variant(markup: str, name: str) -> str:
    """The page's markup as variant ``name`` of :data:`VARIANTS` makes it."""
    if name == "original":
        return markup
    if name == "reparsed":
        return rewrite(markup, ())
    return rewrite(markup, ALL if name == "all" else (name,))


def run_variant(pages: list[Page], systems: dict[str, Extractor], name: str) -> dict[str, Run]:
    """Every system on every page's variant ``name`` (failures printed and scored empty)."""
    runs = {s: Run(s) for s in systems}
    for page in pages:
        markup = variant(_decode(page), name)
        for system, fn in systems.items():
            try:
                out = fn(markup, page.url)
            except Exception as exc:  # a benchmark reports failures, it does not stop
                print(f"{system}: {name}: {page.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                out, failed = "", True
            else:
                failed = False
            runs[system].outputs.append(out)
            runs[system].failed.append(failed)
    return runs


def _table(title: str, pages: list[Page], results: dict[str, dict[str, Run]]) -> list[str]:
    systems = list(next(iter(results.values())))
    head = "| variant | " + " | ".join(f"{s} P | R | F1" for s in systems) + " |"
    rows = [f"#### {title} ({len(pages)} pages)", "", head, "|---|" + "---|---|---|" * len(systems)]
    gold = [p.gold for p in pages]
    for name, runs in results.items():
        cells = []
        for system in systems:
            score = aeb_score(zip(runs[system].outputs, gold, strict=True))
            cells.append(f"{score.precision:.3f} | {score.recall:.3f} | {score.f1:.5f}")
        errors = sum(r.errors for r in runs.values())
        note = f" ({errors} errors)" if errors else ""
        rows.append(f"| {name}{note} | " + " | ".join(cells) + " |")
    return [*rows, ""]


def _half(results: dict[str, dict[str, Run]], keep: list[bool]) -> dict[str, dict[str, Run]]:
    out: dict[str, dict[str, Run]] = {}
    for name, runs in results.items():
        out[name] = {}
        for system, run in runs.items():
            sub = Run(system)
            sub.outputs = [o for o, k in zip(run.outputs, keep, strict=True) if k]
            sub.failed = [f for f, k in zip(run.failed, keep, strict=True) if k]
            out[name][system] = sub
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["aeb", "wcxb", "both"], default="both")
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument(
        "--variants",
        default=",".join(VARIANTS),
        help=f"comma-separated, of {', '.join(VARIANTS)} (default: all of them)",
    )
    parser.add_argument("--only-cleanscrape", action="store_true", help="skip the baselines")
    args = parser.parse_args(argv)
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    systems: dict[str, Extractor] = {"cleanscrape": _cleanscrape_factory(CleanOptions(dedup=False))}
    if not args.only_cleanscrape:
        systems["trafilatura"] = _trafilatura
        readability = _readability()
        if readability is None:
            print("readability-lxml is not installed: no readability figures", file=sys.stderr)
        else:
            systems["readability-lxml"] = readability
    out = ["## HTML path on markup-poor variants of the pages (shingle P, R, F1)", ""]
    for set_name, _, pages in chosen_pages(args):
        results = {name: run_variant(pages, systems, name) for name in names}
        halves = SPLITS if args.split == "all" else (args.split,)
        for split in halves:
            keep = [p.split == split for p in pages]
            sub = [p for p, k in zip(pages, keep, strict=True) if k]
            out += _table(f"{set_name}, {split} half", sub, _half(results, keep))
        if args.split == "all":
            out += _table(f"{set_name}, all", pages, results)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
