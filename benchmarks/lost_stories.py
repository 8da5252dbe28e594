"""Syndication draws: the pages whose story the strip stage loses.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/lost_stories.py --short 2001-2020 --regular 2513-2522
    # the held-out half counted too (its pages are never listed):
    .venv/bin/python benchmarks/lost_stories.py --short 2021-2030 --split dev held-out
    # every page's shares as JSON lines, to be read with ``cleanscrape explain``:
    .venv/bin/python benchmarks/lost_stories.py --short 2001 --records /tmp/pages.jsonl

Each draw is built as ``dedup.py syndication`` builds it (``dedup_corpus.build_syndication``,
60 stories republished, 40 published once, 20 groups of hard negatives; a short draw prints a
hard negative's first 2 paragraphs, 150 words at most, a regular draw its whole story of 150
words at most) and its pages run through the pipeline as that benchmark does (``Pipeline``
without dedup: the strip stage with the draw's site templates). For every page, the share of
its story the kept text holds: the story's word 5-grams (its lede ``SyndDoc.lede`` and body
``SyndDoc.body``, lower-cased words, within each line; a line under 5 words counts as one
gram) that the kept text's 5-grams hold. A page the pipeline drops keeps nothing.

A page whose share is under ``--under`` (default 0.5) has lost its story. On a hard negative
(a short story printed under its outlet's standard paragraph) the kept text is then mostly that
paragraph, which the outlet's other pages of the group hold too, and ``--containment`` joins
two different stories; on any other page the copy's pair is missed. Joins show such losses
only when the other page keeps the paragraph and the pair passes the threshold; this counts
them directly.

Prints, per draw and split: pages, lost pages (hard negatives among them), the mean share;
then every lost page of the dev half with its draw, id, shares of lede and body, kept words
and whether its standard paragraph was kept. Pages of the held-out half are counted, never
listed (their stories are not read for tuning).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape import CleanOptions, Document, Pipeline
from common import SPLITS, seed_ranges
from dedup_corpus import Site, Story, SyndDoc, build_syndication, load_stories

_WORD = re.compile(r"\w+")
#: A short draw: a hard negative prints its story's first 2 paragraphs, 150 words at most.
SHORT = {"negative_paragraphs": 2, "negative_words": 150}


@dataclass(frozen=True, slots=True)
class PageShare:
    """What one page of a draw kept of its story."""

    draw: str  # "short 2001", "regular 2513"
    split: str
    id: str
    negative: bool  # a hard negative: a short story under its outlet's standard paragraph
    share: float  # of the story's grams (lede and body) in the kept text
    lede: float
    body: float
    kept_words: int
    opening_kept: bool  # a hard negative's standard paragraph is in the kept text


def grams(text: str, size: int = 5) -> set[tuple[str, ...]]:
    """The word ``size``-grams of each line of ``text`` (lower-cased), a shorter line whole."""
    out: set[tuple[str, ...]] = set()
    for line in text.split("\n"):
        words = [w.lower() for w in _WORD.findall(line)]
        if 0 < len(words) < size:
            out.add(tuple(words))
        out.update(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
    return out


def held(part: set[tuple[str, ...]], kept: str) -> float:
    """The share of ``part``'s grams in ``kept`` (whose grams run across its lines, so that a
    paragraph the pipeline joined or re-broke still counts); 1.0 for an empty part."""
    if not part:
        return 1.0
    words = [w.lower() for w in _WORD.findall(kept)]
    sizes = {len(g) for g in part}
    have = {tuple(words[i : i + n]) for n in sizes for i in range(len(words) - n + 1)}
    return len(part & have) / len(part)


def page_share(draw: str, doc: SyndDoc, kept: str) -> PageShare:
    """The shares of ``doc``'s story (lede, body, both) that ``kept`` holds."""
    lede, body = grams(doc.lede), grams(doc.body)
    opening = grams(doc.opening)
    return PageShare(
        draw=draw,
        split=doc.split,
        id=doc.id,
        negative=doc.negative,
        share=held(lede | body, kept),
        lede=held(lede, kept),
        body=held(body, kept),
        kept_words=len(kept.split()),
        opening_kept=bool(opening) and held(opening, kept) >= 0.5,
    )


def kept_texts(docs: Sequence[SyndDoc]) -> dict[str, str]:
    """Each page's text as the pipeline keeps it (as ``dedup.py syndication`` runs it: the
    per-document stages with the draw's site templates, no dedup); "" for a dropped page."""
    batch = Pipeline(CleanOptions(dedup=False)).run([Document(d.id, d.page) for d in docs])
    return {r.id: r.text if r.status == "kept" else "" for r in batch.results}


def draw_docs(stories: list[Story], sites: list[Site], kind: str, seed: int) -> list[SyndDoc]:
    """One split's draw as ``dedup.py syndication --seed SEED --negatives 20`` builds it."""
    options = SHORT if kind == "short" else {}
    return build_syndication(
        stories, sites, n_stories=60, singles=40, negatives=20, seed=seed, **options
    )


def measure(
    kind: str, seed: int, split: str, material: tuple[list[Story], list[Site]]
) -> list[PageShare]:
    """Every page's share in one draw of one split."""
    stories = [s for s in material[0] if s.split == split]
    sites = [s for s in material[1] if s.split == split]
    docs = draw_docs(stories, sites, kind, seed)
    text = kept_texts(docs)
    return [page_share(f"{kind} {seed}", d, text[d.id]) for d in docs]


def seeds(spec: str) -> list[int]:
    """``"2001-2020"`` or ``"2001,2005"`` (or a mix) as a list of seeds."""
    return seed_ranges(spec.split(","))


def draw_row(rows: list[PageShare], under: float) -> str:
    lost = [r for r in rows if r.share < under]
    mean = sum(r.share for r in rows) / len(rows) if rows else 0.0
    negatives = sum(r.negative for r in rows)
    return (
        f"| {rows[0].draw} | {rows[0].split} | {len(rows)} | {len(lost)} "
        f"| {sum(r.negative for r in lost)}/{negatives} | {mean:.3f} |"
    )


def lost_rows(rows: Iterable[PageShare], under: float) -> list[str]:
    return [
        f"| {r.draw} | `{r.id}` | {'yes' if r.negative else 'no'} | {r.share:.2f} | {r.lede:.2f} "
        f"| {r.body:.2f} | {r.kept_words} | {'yes' if r.opening_kept else '-'} |"
        for r in rows
        if r.share < under and r.split == "dev"
    ]


def report(draws: list[list[PageShare]], under: float) -> None:
    print(f"Pages whose kept text holds under {under:.0%} of their story's word 5-grams\n")
    print("| draw | split | pages | lost | lost hard negatives / hard negatives | mean share |")
    print("|---|---|---:|---:|---:|---:|")
    for rows in draws:
        print(draw_row(rows, under))
    for split in dict.fromkeys(r.split for rows in draws for r in rows):
        part = [r for rows in draws for r in rows if r.split == split]
        lost = [r for r in part if r.share < under]
        print(
            f"| all | {split} | {len(part)} | {len(lost)} "
            f"| {sum(r.negative for r in lost)}/{sum(r.negative for r in part)} "
            f"| {sum(r.share for r in part) / len(part):.3f} |"
        )
    listed = [line for rows in draws for line in lost_rows(rows, under)]
    if listed:
        print("\nLost pages of the dev half\n")
        print("| draw | page | hard negative | share | lede | body | kept words | opening kept |")
        print("|---|---|---|---:|---:|---:|---:|---|")
        print("\n".join(listed))


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--short", default="", help="seeds of short draws: 2001-2020 or 1,5,9")
    ap.add_argument("--regular", default="", help="seeds of regular draws")
    ap.add_argument("--split", nargs="+", choices=SPLITS, default=["dev"])
    ap.add_argument("--under", type=float, default=0.5, help="a page under this share is lost")
    ap.add_argument("--records", type=Path, help="write every dev page's shares as JSON lines")
    args = ap.parse_args(argv)
    material = load_stories(None)
    plan = [("short", s) for s in seeds(args.short)] if args.short else []
    plan += [("regular", s) for s in seeds(args.regular)] if args.regular else []
    draws = [measure(kind, seed, split, material) for kind, seed in plan for split in args.split]
    report(draws, args.under)
    if args.records:
        with args.records.open("w", encoding="utf-8") as out:
            for row in (r for rows in draws for r in rows if r.split == "dev"):
                out.write(json.dumps(asdict(row)) + "\n")


if __name__ == "__main__":
    main()
