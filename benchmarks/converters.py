"""Text path, page by page: where the dumps of one converter lose against another's.

Every page of AEB and WCXB-dev (one half, ``dev`` by default: the tuning half) is turned into
a whole-page dump by two of the converters (``common.CONVERTERS``: html-text, inscriptis,
chromium), each dump is cleaned by :func:`cleanscrape.process.clean_text_document`, and the
per-page F1 (AEB shingle metric) of both outputs is printed, worst difference first. ``keep``
is the recall of the whole dump, so a page whose dump lacks the article text (the converter's
doing, not the strip stage's) shows a low ``keep``. ``--title-line`` writes the page's
``<title>`` as the first line of the second converter's dumps, as html-text does (inscriptis
prints no title): how much of the difference that line makes. ``--shingles`` adds each page's
precision and recall with either converter and the shingles the second's output holds more
outside the gold (``extra``) and misses more of it (``missed``), for costing classes of pages
by precision and recall apart.

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks \\
      .venv/bin/python benchmarks/converters.py --half dev --top 40
    .venv/bin/python benchmarks/converters.py --dump-dir /tmp/dumps   # also write the dumps
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document
from common import (
    CONVERTERS,
    SPLITS,
    Page,
    aeb_pages,
    aeb_score,
    prepare_dumps,
    shingle_counts,
    wcxb_pages,
)


def title_line(html: bytes) -> str:
    """The text of the page's ``<title>`` ("" when it has none)."""
    import lxml.html

    found = lxml.html.fromstring(html).findtext(".//title")
    return " ".join(found.split()) if found else ""


def page_rows(
    name: str,
    pages: Sequence[Page],
    first: str,
    second: str,
    dump_dir: Path | None,
    *,
    titled: bool = False,
    shingles: bool = False,
) -> tuple[list[tuple[float, str]], list[str]]:
    """(F1 of ``second`` minus F1 of ``first``, table row) per page, and a row of the set's F1
    (AEB metric over its pages) with either converter (``shingles``: the rows also give each
    page's precision and recall with either converter, and the shingles ``second``'s output
    holds more outside the gold and misses more of it)."""
    options = CleanOptions()
    rows = []
    pairs: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], [])
    for p in pages:
        f1s, keeps, scores, counts = [], [], [], []
        for conv in (first, second):
            dump = CONVERTERS[conv](p.html)
            if titled and conv == second:
                dump = title_line(p.html) + "\n\n" + dump
            if dump_dir is not None:
                (dump_dir / f"{name}-{p.id}.{conv}.txt").write_text(dump, encoding="utf-8")
            out = clean_text_document(dump, options).text
            pairs[len(f1s)].append((out, p.gold))
            scores.append(aeb_score([(out, p.gold)]))
            f1s.append(scores[-1].f1)
            keeps.append(aeb_score([(dump, p.gold)]).recall)
            if shingles:
                counts.append(shingle_counts(out, p.gold))
        diff = f1s[1] - f1s[0]
        more = ""
        if shingles:
            a, b = scores
            more = (
                f" {a.precision:.3f} | {b.precision:.3f} | {a.recall:.3f} | {b.recall:.3f} "
                f"| {counts[1][1] - counts[0][1]:+d} | {counts[1][2] - counts[0][2]:+d} |"
            )
        rows.append(
            (
                diff,
                f"| {name}/{p.id} | {f1s[0]:.3f} | {f1s[1]:.3f} | {diff:+.3f} "
                f"| {keeps[0]:.3f} | {keeps[1]:.3f} |{more} {p.url} |",
            )
        )
    a, b = aeb_score(pairs[0]), aeb_score(pairs[1])
    return rows, [f"| {name} | {a.pages} | {a.f1:.4f} | {b.f1:.4f} | {b.f1 - a.f1:+.4f} |"]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=[*SPLITS, "all"], default="dev")
    ap.add_argument("--first", choices=sorted(CONVERTERS), default="html-text")
    ap.add_argument("--second", choices=sorted(CONVERTERS), default="inscriptis")
    ap.add_argument("--top", type=int, default=40, help="rows to print (worst first)")
    ap.add_argument("--limit", type=int, default=None, help="pages per set")
    ap.add_argument("--dump-dir", type=Path, default=None, help="write every dump here")
    ap.add_argument(
        "--title-line", action="store_true", help="the <title> above the second's dumps"
    )
    ap.add_argument(
        "--shingles",
        action="store_true",
        help="per page also precision, recall and the shingles extra / missed",
    )
    args = ap.parse_args(argv)
    if args.dump_dir is not None:
        args.dump_dir.mkdir(parents=True, exist_ok=True)
    rows, totals = [], []
    for name, pages in (("aeb", aeb_pages(args.limit)), ("wcxb", wcxb_pages(args.limit))):
        chosen = [p for p in pages if args.half in ("all", p.split)]
        for conv in (args.first, args.second):
            prepare_dumps(conv, chosen)
        got, total = page_rows(
            name,
            chosen,
            args.first,
            args.second,
            args.dump_dir,
            titled=args.title_line,
            shingles=args.shingles,
        )
        rows += got
        totals += total
    rows.sort(key=lambda r: r[0])
    diffs = [d for d, _ in rows]
    titled = " with the <title> line" if args.title_line else ""
    print(f"## cleanscrape F1 (AEB metric), {args.half} half\n")
    print(f"| set | pages | {args.first} | {args.second}{titled} | difference |")
    print("|---|---|---|---|---|")
    for row in totals:
        print(row)
    print(f"\n## Per-page F1, {args.second}{titled} minus {args.first} ({args.half} half)\n")
    print(
        f"{len(rows)} pages: {sum(d < -0.01 for d in diffs)} lose more than 0.01, "
        f"{sum(d > 0.01 for d in diffs)} win more than 0.01, "
        f"sum of differences {sum(diffs):+.2f}\n"
    )
    more = ""
    if args.shingles:
        more = (
            f" P {args.first} | P {args.second} | R {args.first} | R {args.second} "
            "| extra | missed |"
        )
    print(
        f"| page | F1 {args.first} | F1 {args.second} | diff | keep {args.first} "
        f"| keep {args.second} |{more} url |"
    )
    print("|---|---|---|---|---|---|" + "---|" * (7 if args.shingles else 1))
    for _, row in rows[: args.top]:
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
