"""Where the text path loses F1 on the dev halves: lost shingles charged to lines, by class.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks .venv/bin/python benchmarks/extraction_errors.py
    .venv/bin/python benchmarks/extraction_errors.py --converter inscriptis --pages 8

``--converter`` picks the tool that makes the dumps (``common.CONVERTERS``, html-text by
default); ``--pages N`` also lists, per class, how many pages and sites it costs (0.0001 of F1
or more) and its N dearest pages.

Only the dev half of each set is read (tuning pages: ``common.split_of``). Each page's dump is
cleaned with ``trace=True`` and scored as ``extraction.py`` scores it (AEB 4-token shingles).
The shingles of a kept line that the gold does not hold (chrome kept) are charged to it as a
share of the page's output shingles; those of a dropped line that the gold holds and the output
lacks (body dropped), as a share of the gold's. A share over twice the number of pages is the
line's cost in F1 (to first order: F1 of the mean precision and the mean recall, the two about
equal). Shingles across line breaks are charged to no line, so the classes sum to less than the
F1 lost. A line's place: above the first kept line that the gold holds, between kept gold
lines, or below the last one.

``--by reason`` classes the lines by the strip stage's own word instead: a dropped line by the
reason its verdict gives (the rule that dropped it), a kept line by its place and, inside the
region, by the lexicon's category of it (the rule that read it and let it stay), so the body
each rule costs and the chrome each rule let through are ranked side by side.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.chrome.features import line_features
from cleanscrape.document import LineVerdict
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document
from common import CONVERTERS, aeb_pages, prepare_dumps, wcxb_pages

_TOKEN = re.compile(r"\w+")
_CAPTION = re.compile(
    r"\b(?:photo|image|getty|reuters|illustration|credit|courtesy|afp|shutterstock|unsplash)\b"
    r"|©|/ ?AP\b",
    re.IGNORECASE,
)
_CODE = re.compile(
    r"[{};]\s*$|^\s*(?:import |from \S+ import|def |function |const |let |var |return |"
    r"#include|public |private |class \w+|if \(|for \(|\$ |npm |pip |git )|=>|</?\w+>"
)
_CALL = re.compile(
    r"\$\d|\b(?:sign up|subscribe|newsletter|get started|learn more|shop|buy|download|"
    r"free trial|get deal|contact us|join)\b",
    re.IGNORECASE,
)
_BIO = re.compile(
    r"\b(?:is an?|has been)\b.{0,60}\b(?:writer|journalist|editor|author|reporter|"
    r"contributor|expert|founder|specialist)\b",
    re.IGNORECASE,
)
_SENTENCE_END = (".", "!", "?", "”", '"')


def _shingles(text: str) -> list[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def line_class(kept: bool, place: str, reason: str, text: str) -> str:
    """The class of a line that cost shingles (see the module docstring)."""
    words = len(text.split())
    sentence = words >= 8 and text.rstrip().endswith(_SENTENCE_END)
    if kept and place == "below":
        return "chrome kept below the article's last body line (tail)"
    if kept and place == "above":
        if _BIO.search(text):
            return "chrome kept above: author cards"
        if sentence:
            return "chrome kept above: standfirsts and summaries the gold leaves out"
        return "chrome kept above: menus, labels, datelines, boxes"
    if kept:
        if _CAPTION.search(text):
            return "chrome kept inside: image captions and credits"
        if _CODE.search(text) and words >= 3:
            return "chrome kept inside: code listings the gold leaves out"
        if _CALL.search(text):
            return "chrome kept inside: calls to action, product and price boxes"
        return "chrome kept inside: other lines (boxes, FAQs, tables the gold leaves out)"
    if place == "above":
        return "body dropped above the region (it starts late)"
    if place == "below":
        if reason == "references":
            return "body dropped below: reference lists the gold keeps"
        if words <= 25 and not sentence:
            return "body dropped below the region: lists, tables, headings (it ends early)"
        return "body dropped below the region: paragraphs (it ends early)"
    if reason == "inline_link":
        return "body dropped inside: list items and table rows taken for related links"
    return "body dropped inside: other"


def reason_class(kept: bool, place: str, reason: str, text: str) -> str:
    """The class of a line that cost shingles by the strip stage's verdict (``--by reason``)."""
    if not kept:
        return f"body dropped as {reason} ({place})"
    return f"chrome kept {place}" + (f": {category(text)}" if place == "inside" else "")


def category(text: str) -> str:
    """The phrase lexicon's category of a kept line, ``prose`` when it knows none."""
    return line_features([text])[0].lexicon or "no category"


def shingle_counts(
    trace: list[LineVerdict], gold: str
) -> tuple[dict[tuple[str, ...], int], dict[tuple[str, ...], int]]:
    """How often each shingle is in the gold and in the page's kept lines."""
    want: dict[tuple[str, ...], int] = defaultdict(int)
    for s in _shingles(gold):
        want[s] += 1
    out: dict[tuple[str, ...], int] = defaultdict(int)
    for s in _shingles("\n".join(v.text for v in trace if v.keep)):
        out[s] += 1
    return want, out


def page_costs(
    trace: list[LineVerdict], gold: str, pages: int, by: str = "place"
) -> dict[str, float]:
    """F1 cost per class of one page's lines (``pages``: pages of the half; ``by``: ``place``
    for :func:`line_class`, ``reason`` for :func:`reason_class`)."""
    classify = reason_class if by == "reason" else line_class
    want, out = shingle_counts(trace, gold)
    missing = {s: n - out.get(s, 0) for s, n in want.items() if n > out.get(s, 0)}
    excess = {s: n - want.get(s, 0) for s, n in out.items() if n > want.get(s, 0)}
    n_out, n_gold = max(1, sum(out.values())), max(1, sum(want.values()))
    gold_lines = [
        k
        for k, v in enumerate(trace)
        if v.keep and (sh := _shingles(v.text)) and 2 * sum(s in want for s in sh) >= len(sh)
    ]
    first, last = (gold_lines[0], gold_lines[-1]) if gold_lines else (len(trace), -1)
    costs: dict[str, float] = defaultdict(float)
    for k, v in enumerate(trace):
        pool = excess if v.keep else missing
        lost = 0
        for s in _shingles(v.text):
            if pool.get(s, 0) > 0:
                pool[s] -= 1
                lost += 1
        if lost:
            place = "above" if k < first else "below" if k > last else "inside"
            share = lost / (n_out if v.keep else n_gold)
            costs[classify(v.keep, place, v.reason, v.text)] += share / (2 * pages)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("aeb", "wcxb", "all"), default="all")
    parser.add_argument("--converter", choices=sorted(CONVERTERS), default="html-text")
    parser.add_argument(
        "--pages",
        type=int,
        default=0,
        metavar="N",
        help="also list, per class, its N dearest pages and how many pages and sites it costs",
    )
    parser.add_argument(
        "--by",
        choices=("place", "reason"),
        default="place",
        help="class lines by their place and shape (default) or by the strip stage's verdict",
    )
    args = parser.parse_args()
    convert = CONVERTERS[args.converter]
    sets = {"AEB": aeb_pages, "WCXB-dev": wcxb_pages}
    totals: dict[str, dict[str, float]] = {}
    where: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    for name, load in sets.items():
        if args.set != "all" and not name.lower().startswith(args.set):
            continue
        dev = [p for p in load() if p.split == "dev"]
        prepare_dumps(args.converter, dev)
        costs: dict[str, float] = defaultdict(float)
        for p in dev:
            result = clean_text_document(convert(p.html), CleanOptions(), trace=True)
            for cls, cost in page_costs(result.trace or [], p.gold, len(dev), args.by).items():
                costs[cls] += cost
                where[cls].append((cost, f"{name}/{p.id}", urlsplit(p.url).netloc))
        totals[name] = costs
    names = list(totals)
    classes = sorted(
        {c for costs in totals.values() for c in costs},
        key=lambda c: -sum(costs.get(c, 0.0) for costs in totals.values()),
    )
    print("| class | " + " | ".join(f"{n} dev" for n in names) + " |")
    print("|---|" + "---:|" * len(names))
    for c in classes:
        print(f"| {c} | " + " | ".join(f"{totals[n].get(c, 0.0):.4f}" for n in names) + " |")
    print("| all classes | " + " | ".join(f"{sum(totals[n].values()):.4f}" for n in names) + " |")
    if args.pages:
        print()
        for c in classes:
            dear = sorted(where[c], reverse=True)
            costly = [w for w in dear if w[0] >= 0.0001]
            sites = len({w[2] for w in costly})
            print(f"- {c}: {len(costly)} pages, {sites} sites costing 0.0001+")
            for cost, page, _site in dear[: args.pages]:
                print(f"  - {page} {cost:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
