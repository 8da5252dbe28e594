"""The headline the text path picks (``CleanResult.title``), against the page's real headline.

Two sets, each by half (``common.split_of``; tune on ``dev``, read ``held-out`` once):

* ``syndication``: the pages of ``dedup.py syndication`` (``dedup_corpus.build_syndication``
  over ``load_stories(None)``, one draw per ``--seeds`` seed), cleaned as that benchmark
  cleans them (``Pipeline`` without dedup, site templates included). Each page knows the
  headline and the lede it prints, so the picked title is classed as the **headline**, the
  **lede** (a line of it), a **body** line, a **chrome** line (anything else: the outlet's
  menus, section labels, cards) or **none**.
* ``dumps``: the text benchmark's dumps (``extraction.py --path text``, ``--converter``),
  each cleaned alone (``clean_text_document``), against the page's real titles: WCXB's gold
  title where it gives one, the page's first ``<h1>``, its ``og:title`` and its ``<title>``
  (any of them). Classes: **headline**, **body** (a line of the gold text), **chrome**,
  **none**.

A picked title is the headline when its matching form (``lexicon.folding.fold``) equals the
real one's, or one holds the other and the shorter has at least half the longer's words (a
title with its site's name after a bar, a headline cut at its colon).

    export CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks
    .venv/bin/python benchmarks/headline.py syndication --seeds 201-260 300-320 --split dev
    .venv/bin/python benchmarks/headline.py dumps --converter inscriptis --split dev
    # --show N: N wrong picks of each class on the dev half, to class them (never held-out)
"""

from __future__ import annotations

import argparse
import html as html_lib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.chrome.templates import site_key
from cleanscrape.dedup import find_duplicates
from cleanscrape.lexicon.folding import fold
from cleanscrape.process import clean_text_document
from common import CONVERTERS, SPLITS, Page, aeb_pages, prepare_dumps, seed_ranges, wcxb_pages
from dedup import _full_copies_found
from dedup_corpus import SyndDoc, build_syndication, cluster_pairs, load_stories, story_pairs

_SYND_CLASSES = ("headline", "lede", "body", "chrome", "none")
_DUMP_CLASSES = ("headline", "body", "chrome", "none")
_H1 = re.compile(rb"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_OG_TITLE = re.compile(
    rb"<meta[^>]+property=[\"']og:title[\"'][^>]+content=[\"']([^\"']+)[\"']", re.I
)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.S | re.I)
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\d?\.)?([^/:?#]+)", re.I)


def same_headline(picked: str, real: str) -> bool:
    """``picked`` is ``real`` in matching form, or one holds the other and the shorter has at
    least half the longer's words."""
    a, b = fold(picked), fold(real)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return f" {short} " in f" {long} " and 2 * len(short.split()) >= len(long.split())


def _in_lines(picked: str, lines: str) -> bool:
    """``picked`` (in matching form) is one of ``lines`` or a part of one."""
    key = fold(picked)
    return bool(key) and any(key in fold(line) for line in lines.split("\n") if line.strip())


def _rows(
    name: str, counts: dict[str, Counter[str]], classes: tuple[str, ...], owners: dict
) -> None:
    """One table row per half: pages, and each class's share (with its count)."""
    print(f"\n{name}\n")
    print("| half | pages | " + " | ".join(classes) + " | sites/outlets of the wrong picks |")
    print("|---|---:|" + "---:|" * len(classes) + "---|")
    for half in SPLITS:
        c = counts.get(half)
        if not c:
            continue
        total = sum(c.values())
        cells = " | ".join(f"{c[k] / total:.3f} ({c[k]})" for k in classes)
        wrong = ", ".join(f"{k} {len(owners[half][k])}" for k in classes[1:] if owners[half][k])
        print(f"| {half} | {total} | {cells} | {wrong or '-'} |")


def _synd_kind(picked: str, doc: SyndDoc) -> str:
    """The class of the title picked on a syndication page (see the module documentation)."""
    if not picked:
        return "none"
    if same_headline(picked, doc.headline):
        return "headline"
    if _in_lines(picked, doc.lede):
        return "lede"
    return "body" if _in_lines(picked, doc.body) else "chrome"


def _default_row(docs: list[SyndDoc], kept: list) -> tuple[int, int, int, int, int, int]:
    """``(true pairs, predicted, found, different stories joined, copies not abridged of body
    Jaccard 0.80 or more found, such copies)`` of the default setting on the kept pages' clean
    texts, as ``dedup.py syndication`` counts them."""
    ids = [r.id for r in kept]
    found = find_duplicates(
        [r.text for r in kept], CleanOptions(), sites=[site_key(r) for r in kept]
    )
    pred = cluster_pairs([[ids[m] for m in c.members] for c in found.clusters])
    truth = story_pairs(docs)
    story = {d.id: d.story for d in docs}
    merged = sum(1 for a, b in pred if story[a] != story[b])
    full, copies = map(int, _full_copies_found(docs, truth, pred).split("/"))
    return len(truth), len(pred), len(pred & truth), merged, full, copies


def syndication(seeds: Iterable[int], halves: tuple[str, ...], show: int) -> None:
    """The syndication pages' picked titles by class (see the module documentation), and the
    default dedup row of each seed (found of true pairs, predicted, different stories joined)."""
    stories, sites = load_stories(None)
    counts: dict[str, Counter[str]] = {}
    owners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    shown: Counter[str] = Counter()
    for seed in seeds:
        for half in halves:
            docs = build_syndication(
                [s for s in stories if s.split == half],
                [site for site in sites if site.split == half],
                n_stories=60,
                singles=40,
                negatives=8,
                seed=seed,
            )
            batch = Pipeline(CleanOptions(dedup=False)).run([Document(d.id, d.page) for d in docs])
            by_id = {d.id: d for d in docs}
            kept = [r for r in batch.results if r.status == "kept"]
            c = counts.setdefault(half, Counter())
            right = 0
            for r in kept:
                d = by_id[r.id]
                picked = (r.result.title if r.result is not None else None) or ""
                kind = _synd_kind(picked, d)
                c[kind] += 1
                right += kind == "headline"
                if kind != "headline":
                    owners[half][kind].add(d.outlet)
                    if half == "dev" and shown[kind] < show:
                        shown[kind] += 1
                        print(
                            f"{kind}\tseed {seed} {d.id}\n\tpicked: {picked}\n\treal: {d.headline}"
                        )
            row = _default_row(docs, kept)
            rows[half] = [a + b for a, b in zip(rows[half], row, strict=True)]
            print(
                f"seed {seed} {half}: headline {right}/{len(kept)};"
                f" default: found {row[2]}/{row[0]}, predicted {row[1]},"
                f" different stories joined {row[3]}, copies {row[4]}/{row[5]}"
            )
    _rows(
        "Syndication pages (`dedup.py syndication` defaults), picked title by class",
        counts,
        _SYND_CLASSES,
        owners,
    )
    for half, (truth, pred, found, merged, full, copies) in rows.items():
        print(
            f"\n{half}, the default setting over the seeds: {found:,} of {truth:,} true pairs"
            f" found, {pred:,} predicted, {merged} pairs of different stories joined; copies not"
            f" abridged of body Jaccard 0.80 or more found: {full:,} of {copies:,}"
        )


def _text(raw: bytes) -> str:
    """Markup bytes as plain text (tags dropped, entities read, spaces collapsed)."""
    plain = _TAG.sub(" ", html_lib.unescape(raw.decode("utf-8", errors="replace")))
    return " ".join(plain.split())


def real_titles(page: Page) -> list[str]:
    """The page's real titles: WCXB's gold title (when it gives one), the page's first
    ``<h1>``, its ``og:title`` and its ``<title>``."""
    found = [page.title] if page.title else []
    for pattern in (_H1, _OG_TITLE, _TITLE):
        m = pattern.search(page.html)
        if m and _text(m.group(1)):
            found.append(_text(m.group(1)))
    return found


def _host(page: Page) -> str:
    """The page's site (its URL's host name; its id when it has no URL)."""
    m = _HOST.match(page.url or "")
    return m.group(1).lower() if m else page.id


def dumps(converter: str, halves: tuple[str, ...], show: int) -> None:
    """The text benchmark's dumps' picked titles by class (see the module documentation)."""
    dump = CONVERTERS[converter]
    opts = CleanOptions()
    for name, pages in (("AEB", aeb_pages()), ("WCXB-dev", wcxb_pages())):
        pages = [p for p in pages if p.split in halves and real_titles(p)]
        prepare_dumps(converter, pages)
        counts: dict[str, Counter[str]] = {}
        owners: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        shown: Counter[str] = Counter()
        for p in pages:
            picked = clean_text_document(dump(p.html), opts).title or ""
            real = real_titles(p)
            if not picked:
                kind = "none"
            elif any(same_headline(picked, t) for t in real):
                kind = "headline"
            elif _in_lines(picked, p.gold):
                kind = "body"
            else:
                kind = "chrome"
            counts.setdefault(p.split, Counter())[kind] += 1
            if kind != "headline":
                owners[p.split][kind].add(_host(p))
                if p.split == "dev" and shown[kind] < show:
                    shown[kind] += 1
                    print(f"{kind}\t{name} {p.id}\n\tpicked: {picked}\n\treal: {real[0]}")
        _rows(f"{name}, {converter} dumps, picked title by class", counts, _DUMP_CLASSES, owners)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    sub = ap.add_subparsers(dest="set", required=True)
    y = sub.add_parser("syndication")
    y.add_argument("--seeds", nargs="+", default=["201-260", "300-320"])
    d = sub.add_parser("dumps")
    d.add_argument("--converter", choices=["html-text", "inscriptis"], default="html-text")
    for p in (y, d):
        p.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
        p.add_argument("--show", type=int, default=0, help="wrong picks shown per class (dev)")
    args = ap.parse_args()
    halves = SPLITS if args.split == "all" else (args.split,)
    if args.set == "syndication":
        syndication(seed_ranges(args.seeds), halves, args.show)
    else:
        dumps(args.converter, halves, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
