"""HTML path: what the printed text holds that is not the article, and who printed it.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/extra_text.py --split dev            # the tuning halves
    .venv/bin/python benchmarks/extra_text.py --set wcxb --top 30 --examples 3

:mod:`rule_costs` and :mod:`missing_gold` count the gold a run leaves out; this script counts
the other side. Every page of the chosen half is cleaned once by
:func:`cleanscrape.process.clean_html_document` with ``trace=True`` (the run ``clean``
makes). The printed text is the strip stage's kept lines (its trace); the output is cut into
the benchmark's 4-token shingles (:func:`common.aeb_score`'s tokens) and a shingle that the
gold's multiset does not hold (the metric's false positives, in output order) is an extra
shingle, counted to the line that holds most of its tokens (the later one on a tie).

Each line with extra shingles is attributed to

* its origin, from the run's own trace (:attr:`cleanscrape.document.CleanResult.html_added`):
  ``trafilatura`` (the extractor's line, kept by the line stage), ``recovered`` /
  ``recovered_head`` (a block put back by the recovery step, between kept blocks or in the
  opening run above them), ``recovered_content`` / ``recovered_content_head`` (the same, from
  the article's nodes by content score), ``article_element`` (an ``<article>`` printed in one
  piece, laid out again), ``visible`` (the visible-text fallback); and the phrase-lexicon
  category the line stage's features gave the line (``lexicon:<category>``) when the line was
  kept all the same;
* its kind, read from the page: the line is found in the visible text of the parsed page
  (not pruned; blocks as :func:`missing_gold.page_blocks` cuts them; where its first
  :data:`~cleanscrape.html.recover.KEY_CHARS` word characters first occur) and its block's
  context read: the class, id, ``itemprop`` and ``role`` tokens of it and its ancestors,
  the elements around it (``figure``, ``footer``, ``nav``, ``time``), its link share; when
  nothing there names it, its place against the gold in the output (``body gap`` between gold
  lines, ``prose after`` / ``prose before`` the gold for a line of 12 words or more, ``short
  line after`` / ``before``). A line most of whose shingles are gold (its extra shingles are
  the ones that join it to a line the gold does not hold next to it, or a few words the gold
  spells otherwise) is counted apart: ``partly gold (edges)``, origin ``(mostly gold)``.

The kinds are read from markup names and are a first sorting, not a verdict: a ``related``
in a class can name the article's own box, and most of the extra text sits in boxes that no
name tells apart from the article's.

Per class: extra shingles, lines, pages, sites, and the points of the mean page precision the
class costs (its extra shingles over each page's printed shingles, averaged over the pages of
the half, as the metric averages precision).
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

from cleanscrape.chrome.memo import page_lines
from cleanscrape.document import CleanResult
from cleanscrape.html.extract import parse_html
from cleanscrape.html.recover import KEY_CHARS, letters
from cleanscrape.options import CleanOptions
from cleanscrape.text import decode_bytes
from common import Page, add_page_arguments, chosen_pages
from missing_gold import page_blocks
from rule_costs import clean_page, site_of

_TOKEN = re.compile(r"\w+")
#: Kinds named by the class, id, itemprop and role tokens of a block or its ancestors, in the
#: order they are tried (the nearest named element decides first).
KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comments", re.compile(r"comment|disqus|respond|reply|discussion")),
    ("newsletter/consent/promo", re.compile(
        r"newsletter|subscri|signup|sign-up|cookie|consent|gdpr|paywall|promo|cta\b|donat|"
        r"advert|\bads?\b|sponsor|banner")),
    ("caption/credit", re.compile(r"caption|credit|gallery|\bphoto|\bimage|\bmedia\b|\bimg")),
    ("byline/date/meta", re.compile(
        r"byline|author|\bdate|datePublished|dateModified|timestamp|\bmeta\b|post-meta|"
        r"entry-meta|dateline|posted|publish")),
    ("related/teaser", re.compile(
        r"related|recommend|teaser|popular|trending|read-?more|also|story-list|headlines|"
        r"outbrain|taboola|sidebar")),
    ("share/social", re.compile(r"share|social|follow|facebook|twitter")),
    ("tags/categories", re.compile(r"\btags?\b|categor|topic|keyword|breadcrumb")),
    ("legal/footer/bio", re.compile(r"footer|copyright|disclaimer|legal|licen|\bbio\b|about")),
    ("navigation/header", re.compile(r"\bnav|menu|header|masthead|toolbar")),
)  # fmt: skip
#: Elements whose presence around a block names its kind (first found, nearest first).
KIND_TAGS = {
    "figure": "caption/credit",
    "figcaption": "caption/credit",
    "time": "byline/date/meta",
    "address": "byline/date/meta",
    "footer": "legal/footer/bio",
    "nav": "navigation/header",
    "header": "navigation/header",
    "aside": "related/teaser",
    "form": "newsletter/consent/promo",
}
#: Ancestors read for a block's kind (nearest first); the article's wrappers are further out.
KIND_DEPTH = 4
#: A block whose link text is more than this share of its text is a list of links.
LINK_SHARE = 0.5
#: A line of this many words or more is prose (a paragraph), not a label.
PROSE_WORDS = 12


def _names(el: lxml_html.HtmlElement) -> str:
    return " ".join(
        v for v in (el.get("class"), el.get("id"), el.get("itemprop"), el.get("role")) if v
    ).lower()


def block_kind(el: lxml_html.HtmlElement) -> str | None:
    """The kind of text the block ``el`` holds, as its markup names it (``None`` when nothing
    does): it and its nearest ancestors are read (at most :data:`KIND_DEPTH`, and none that
    holds :data:`WRAPPER_TIMES` its text and more than :data:`WRAPPER_CHARS` word characters:
    the article's own wrappers, whose class tokens name the post's categories and author).
    An ``<article>`` or an ``articleBody`` ends the climb too."""
    own = len(letters(el.text_content()))
    for depth, a in enumerate((el, *el.iterancestors())):
        if depth > KIND_DEPTH or (a is not el and _wrapper(a, own)):
            break
        if a.tag in KIND_TAGS:
            return KIND_TAGS[str(a.tag)]
        if a is el and next(el.iter("time"), None) is not None:
            return "byline/date/meta"
        names = _names(a)
        if names:
            for kind, pattern in KIND_WORDS:
                if pattern.search(names):
                    return kind
    linked = sum(len(letters(a.text_content())) for a in el.iter("a"))
    if own and linked > LINK_SHARE * own:
        return "links (unnamed)"
    return None


#: An ancestor with this many times a block's text, and more than WRAPPER_CHARS word
#: characters, is a wrapper of the page's layout, not the block's box.
WRAPPER_TIMES = 8
WRAPPER_CHARS = 2000


def _wrapper(a: lxml_html.HtmlElement, own: int) -> bool:
    if a.tag in ("article", "body", "main") or "articlebody" in (a.get("itemprop") or "").lower():
        return True
    size = len(letters(a.text_content()))
    return size > WRAPPER_CHARS and size > WRAPPER_TIMES * own


class _PageText:
    """The visible blocks of a page, found by a line's letters."""

    def __init__(self, tree: lxml_html.HtmlElement) -> None:
        self.blocks = page_blocks(tree)
        keys = [letters(t) for _, t in self.blocks]
        self.joined = "".join(keys)
        self.starts: list[int] = []
        at = 0
        for k in keys:
            self.starts.append(at)
            at += len(k)

    def find(self, line: str) -> lxml_html.HtmlElement | None:
        key = letters(line)[:KEY_CHARS]
        at = self.joined.find(key) if key else -1
        if at < 0:
            return None
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:  # the last block starting at or before ``at``
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= at:
                lo = mid
            else:
                hi = mid - 1
        return self.blocks[lo][0]


@dataclass(slots=True)
class ClassCount:
    extra: int = 0
    lines: int = 0
    points: float = 0.0  # summed per-page precision share; divided by the pages at the end
    pages: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)
    examples: list[str] = field(default_factory=list)

    def add(self, n: int, share: float, page: str, site: str, limit: int, text: str) -> None:
        self.extra += n
        self.lines += 1
        self.points += share
        self.pages.add(page)
        self.sites.add(site)
        if len(self.examples) < limit and site not in {e.split(" ")[0] for e in self.examples}:
            self.examples.append(f"{site} {text[:100]!r}")


@dataclass(frozen=True, slots=True)
class ExtraLine:
    """A printed line of a page with the extra shingles counted to it."""

    text: str
    extra: int
    origin: str
    lexicon: str
    kind: str


def printed_lines(result: CleanResult) -> list[str]:
    """The lines of the output, as the strip stage kept them (its trace)."""
    if result.trace is None:
        raise ValueError("the result holds no trace: clean with trace=True")
    return [v.text for v in result.trace if v.keep]


def extra_counts(lines: Sequence[str], gold: str) -> tuple[list[int], list[bool], int]:
    """Per line: its extra shingles (not in the gold multiset, in output order) and whether
    most of its shingles are gold; and the printed shingles in all. A shingle goes to the line
    that holds most of its tokens (the later one on a tie)."""
    tokens: list[str] = []
    owner: list[int] = []
    for i, line in enumerate(lines):
        found = _TOKEN.findall(line)
        tokens += found
        owner += [i] * len(found)
    want = Counter(tuple(t) for t in _shingle_runs(_TOKEN.findall(gold)))
    extra = [0] * len(lines)
    gold_n = [0] * len(lines)
    total = 0
    for s in range(len(tokens) - 3):
        total += 1
        held = Counter(owner[s : s + 4])
        top = max(held.values())
        i = max(k for k, v in held.items() if v == top)
        sh = tuple(tokens[s : s + 4])
        if want[sh] > 0:
            want[sh] -= 1
            gold_n[i] += 1
        else:
            extra[i] += 1
    return extra, [g > 0 and g >= e for g, e in zip(gold_n, extra, strict=True)], total


def _shingle_runs(tokens: list[str]) -> list[list[str]]:
    return [tokens[i : i + 4] for i in range(max(0, len(tokens) - 3))]


def _place(i: int, golden: list[bool], words: int) -> str:
    first = next((k for k, g in enumerate(golden) if g), None)
    last = max((k for k, g in enumerate(golden) if g), default=None)
    size = "prose" if words >= PROSE_WORDS else "short line"
    if first is None or last is None:
        return f"{size}, no gold printed"
    if i < first:
        return f"{size} before the gold"
    if i > last:
        return f"{size} after the gold"
    return f"{size} in a body gap"


def page_extras(page: Page, options: CleanOptions) -> tuple[list[ExtraLine], int]:
    """The printed lines of ``page`` that hold extra shingles, attributed; and the page's
    printed shingles."""
    result = clean_page(page, options)
    lines = printed_lines(result)
    extra, golden, total = extra_counts(lines, page.gold)
    if not any(extra):
        return [], total
    origins = {letters(t): o for o, t in result.html_added or ()}
    lexicon = [ln.lexicon for ln in page_lines(lines, None)] if lines else []
    markup = decode_bytes(page.html, source=page.id, html=True).text
    text = _PageText(parse_html(markup, source=page.id))
    out = []
    for i, line in enumerate(lines):
        if not extra[i]:
            continue
        if golden[i]:  # a gold line: its extra shingles are at its edges or variants of it
            out.append(ExtraLine(line, extra[i], "(mostly gold)", "", "partly gold (edges)"))
            continue
        origin = origins.get(letters(line), "trafilatura")
        if result.metadata.get("extraction") == "visible":
            origin = "visible"
        el = text.find(line)
        kind = block_kind(el) if el is not None else None
        if kind is None:
            kind = _place(i, golden, len(line.split()))
            if el is None:
                kind += " (not found in the page)"
        cat = lexicon[i] if i < len(lexicon) else ""
        out.append(ExtraLine(line, extra[i], origin, f"lexicon:{cat}" if cat else "", kind))
    return out, total


def table(title: str, head: str, totals: dict[str, ClassCount], pages: int, top: int) -> str:
    rows = [
        f"##### {title} ({pages} pages)",
        "",
        f"| {head} | extra shingles | lines | precision points | pages | sites |",
        "|---|---|---|---|---|---|",
    ]
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1].extra, kv[0]))
    for name, c in ranked[:top]:
        rows.append(
            f"| {name} | {c.extra} | {c.lines} | {100 * c.points / max(pages, 1):.2f} "
            f"| {len(c.pages)} | {len(c.sites)} |"
        )
    if len(ranked) > top:
        rest = [c for _, c in ranked[top:]]
        rows.append(f"| ({len(rest)} more) | {sum(c.extra for c in rest)} | | | | |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_page_arguments(ap)
    ap.add_argument("--top", type=int, default=25, help="the N largest classes of each table")
    ap.add_argument("--examples", type=int, default=0, help="lines shown per kind")
    args = ap.parse_args(argv)
    options = CleanOptions(dedup=False)
    out = []
    for name, half, pages in chosen_pages(args):
        kinds: dict[str, ClassCount] = {}
        origins: dict[str, ClassCount] = {}
        lexicon: dict[str, ClassCount] = {}
        for page in pages:
            site = site_of(page)
            found, total = page_extras(page, options)
            for x in found:
                share = x.extra / max(total, 1)
                for totals, key in (
                    (kinds, x.kind),
                    (origins, x.origin),
                    (lexicon, x.lexicon or "(none)"),
                ):
                    totals.setdefault(key, ClassCount()).add(
                        x.extra, share, page.id, site, args.examples, x.text
                    )
        where = f"{name}, {half}"
        out += [table(f"{where}: extra text by kind", "kind", kinds, len(pages), args.top), ""]
        out += [table(f"{where}: by origin", "origin", origins, len(pages), args.top), ""]
        out += [
            table(f"{where}: by the phrase-lexicon category of the kept line", "category",
                  lexicon, len(pages), args.top),
            "",
        ]  # fmt: skip
        if args.examples:
            ranked = sorted(kinds.items(), key=lambda kv: -kv[1].extra)[: args.top]
            for cls, c in ranked:
                out += [f"{cls}:", *(f"    {e}" for e in c.examples)]
            out.append("")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
