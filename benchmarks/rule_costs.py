"""HTML path, rule by rule: how much of the gold each rule takes out, and how much chrome.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/rule_costs.py --split dev            # the tuning halves
    .venv/bin/python benchmarks/rule_costs.py --split held-out --set aeb --top 20

Every page of the chosen half is cleaned once by :func:`cleanscrape.process.clean_html_document`
with ``trace=True``: the very run ``clean`` makes, which reports what each step took out. The
HTML stages' removals come from the result's ``html_trace`` (a container pruned before
extraction by its reason, ``class:related``, ``hidden`` ...; a hover card, a repeated copy; a
line taken off the extracted text: ``teasers``, ``tail``, ``link_tail``, ``heading``,
``shortcode``, ``date_row``), the strip stage's from its per-line verdicts (the reason of each
dropped line, ``headline`` for the page's headline, which goes to the title).

Per rule and page, the removed texts are joined and cut into the benchmark's 4-token shingles
(:func:`common.aeb_score`'s tokens). The gold cost is the count of those shingles that are gold
and missing from the page's output (a shingle the output still holds costs no recall); the
gain is the count that are not gold at all (precision won). A container pruned before
extraction is counted by its whole visible text, which the extractor might not have printed:
its columns are an upper bound, to be read against a run with the rule switched off. The row
``(not extracted)`` counts the gold shingles missing from the output that no rule took out:
what the extractor left out (and the fallback did not bring). Pages and sites count where
the rule removed anything; "gold sites" where it removed gold.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.document import CleanResult
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_html_document
from cleanscrape.text import decode_bytes
from common import Page, add_page_arguments, chosen_pages

_TOKEN = re.compile(r"\w+")
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\d?\.)?([^/:?#]+)", re.IGNORECASE)
#: Rules of the HTML stages that remove a container before extraction (the rest take lines off
#: the extracted text); a pruned container's reason is ``attribute:word`` or ``hidden``.
_BEFORE_EXTRACTION = ("hover_card", "share_label", "tag_row", "copy", "hidden", "aria-label")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """4-token shingles of ``text`` as the AEB metric cuts them (``\\w+`` tokens)."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


#: The gold missing from a page's output that no rule took out: the extractor left it out.
NOT_EXTRACTED = "(not extracted)"


def stage_of(rule: str) -> str:
    """``"prune"`` (a container removed before extraction), ``"lines"`` (a line taken off the
    extracted text by the HTML path), ``"strip"`` (a line dropped by the strip stage) or
    ``"extractor"`` (:data:`NOT_EXTRACTED`)."""
    if rule.startswith("strip:"):
        return "strip"
    if rule == NOT_EXTRACTED:
        return "extractor"
    html = rule.removeprefix("html:")
    if ":" in html or html in _BEFORE_EXTRACTION:
        return "prune"
    return "lines"


def removals(result: CleanResult) -> list[tuple[str, str]]:
    """Every ``(rule, text)`` the run of ``result`` took out (it must be run with ``trace``):
    the HTML stages' as ``html:<rule>``, the strip stage's as ``strip:<reason>``."""
    if result.trace is None:
        raise ValueError("the result holds no trace: clean with trace=True")
    out = [(f"html:{rule}", text) for rule, text in result.html_trace or ()]
    out += [(f"strip:{v.reason}", v.text) for v in result.trace if not v.keep]
    return out


@dataclass(frozen=True, slots=True)
class PageCost:
    """What one rule took out of one page: gold shingles lost, non-gold shingles removed."""

    rule: str
    removed: int  # containers or lines
    gold: int
    other: int


def page_costs(result: CleanResult, gold: str) -> list[PageCost]:
    """Per rule, what the run of ``result`` took out of the page whose gold text is ``gold``."""
    want = shingles(gold)
    missing = want - shingles(result.text)
    texts: dict[str, list[str]] = {}
    for rule, text in removals(result):
        texts.setdefault(rule, []).append(text)
    out = []
    unexplained = missing
    for rule, parts in texts.items():
        taken = shingles("\n".join(parts))
        gold, other = sum((taken & missing).values()), sum((taken - want).values())
        out.append(PageCost(rule, len(parts), gold, other))
        unexplained = unexplained - taken
    if unexplained:
        out.append(PageCost(NOT_EXTRACTED, 0, unexplained.total(), 0))
    return out


@dataclass(slots=True)
class RuleCost:
    """One rule's totals over the pages of a half."""

    rule: str
    removed: int = 0
    gold: int = 0
    other: int = 0
    pages: int = 0
    sites: set[str] = field(default_factory=set)
    gold_pages: int = 0
    gold_sites: set[str] = field(default_factory=set)

    def add(self, cost: PageCost, site: str) -> None:
        self.removed += cost.removed
        self.gold += cost.gold
        self.other += cost.other
        self.pages += 1
        self.sites.add(site)
        if cost.gold:
            self.gold_pages += 1
            self.gold_sites.add(site)

    @property
    def candidate(self) -> bool:
        """Gold-heavy: costs at least what it gains, or takes gold out on three sites or more."""
        if self.rule == NOT_EXTRACTED or not self.gold:
            return False
        return self.gold >= self.other or len(self.gold_sites) >= 3


def site_of(page: Page) -> str:
    m = _HOST.match(page.url or "")
    return m.group(1).lower() if m else page.id


def clean_page(page: Page, options: CleanOptions) -> CleanResult:
    markup = decode_bytes(page.html, source=page.id, html=True).text
    return clean_html_document(markup, options, url=page.url, source=page.id, trace=True)


def rule_costs(pages: Iterable[Page], options: CleanOptions | None = None) -> dict[str, RuleCost]:
    """Every rule's :class:`RuleCost` over ``pages``."""
    options = options or CleanOptions(dedup=False)
    totals: dict[str, RuleCost] = {}
    for page in pages:
        site = site_of(page)
        for cost in page_costs(clean_page(page, options), page.gold):
            totals.setdefault(cost.rule, RuleCost(cost.rule)).add(cost, site)
    return totals


def table(title: str, totals: dict[str, RuleCost], pages: int, top: int | None) -> str:
    rows = [
        f"##### {title} ({pages} pages)",
        "",
        "| rule | stage | removed | gold shingles lost | non-gold shingles removed | pages "
        "| sites | pages with gold lost | sites with gold lost | candidate |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    ranked = sorted(totals.values(), key=lambda c: (-c.gold, -c.other, c.rule))
    for c in ranked[:top]:
        rows.append(
            f"| `{c.rule}` | {stage_of(c.rule)} | {c.removed or ''} | {c.gold} | {c.other} "
            f"| {c.pages} "
            f"| {len(c.sites)} | {c.gold_pages} | {len(c.gold_sites)} "
            f"| {'yes' if c.candidate else ''} |"
        )
    if top is not None and len(ranked) > top:
        rest = ranked[top:]
        rows.append(
            f"| ({len(rest)} more rules) | | {sum(c.removed for c in rest)} "
            f"| {sum(c.gold for c in rest)} | {sum(c.other for c in rest)} | | | | | |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_page_arguments(ap)
    ap.add_argument("--top", type=int, default=None, help="the N costliest rules of each table")
    args = ap.parse_args(argv)
    out = []
    for name, half, pages in chosen_pages(args):
        out += [table(f"{name}, {half}", rule_costs(pages), len(pages), args.top), ""]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
