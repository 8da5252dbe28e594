"""Readers' comment threads on the dev halves of the text path: where they are kept, and which
shapes of a thread that lost its header lines the strip stage would keep.

Usage::

    CLEANSCRAPE_BENCH_DATA=/work/shared/benchmarks .venv/bin/python benchmarks/thread_shapes.py
    .venv/bin/python benchmarks/thread_shapes.py --converter chromium --pages

Only the dev half of each set is read (``common.split_of``). Each page's dump is cleaned with
``trace=True``. A page holds a readers' thread when, below the last kept line the gold holds
(half of its 4-token shingles or more in the gold), three lines or more are dropped as
``comments`` and the lines between the first and the last of them hold 40 words or more of
comments (lines of five words or more that are no header). Two tables:

* **kept**: per set, the pages holding a thread, its words, and the chrome the page keeps
  inside the thread's span (its shingles that the gold does not hold, as a share of the
  page's output over twice the number of pages: F1 to first order, as in
  ``extraction_errors.py``).
* **shapes**: the same threads, their page written again with the header lines taken out
  as comment systems and converters lose them, then cleaned again; how many threads keep some
  of their comments, and how many comment words are kept. The shapes: ``headers`` (each
  comment's name line, date line, header of one line ("Jane on May 2, 2019 at 4:47 pm
  said:", "Posted by: Jane at ...") and "Reply" line taken out, the thread's first
  comments line, its heading, kept), ``dates`` (the same but the date lines: each comment
  under its date alone), ``replies`` (the same but the "Reply" lines), ``bare`` (the
  heading taken out too: the comments alone under the story).

The script reads the tree on ``PYTHONPATH`` (``cleanscrape`` of the worktree by default), so a
variant of a rule is measured by putting its ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape import lexicon as lx
from cleanscrape.chrome.features import Line, comment_header, line_features
from cleanscrape.document import LineVerdict
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document
from common import CONVERTERS, aeb_pages, prepare_dumps, wcxb_pages
from extraction_errors import _shingles, shingle_counts

_REPLY = frozenset(lx.phrases(lx.REPLY))
_HEADER_WORDS = 14  # a header line (a name, a date, "Jane on May 2, 2019 at 4:47 pm said:")
_COMMENT_WORDS = 5  # a line of a comment counted as its text
_THREAD_LINES = 3
_THREAD_WORDS = 40
SHAPES = ("headers", "dates", "replies", "bare")


def _gold_lines(trace: list[LineVerdict], gold: str) -> list[int]:
    want = set(_shingles(gold))
    return [
        k
        for k, v in enumerate(trace)
        if v.keep and (sh := _shingles(v.text)) and 2 * sum(s in want for s in sh) >= len(sh)
    ]


def thread_span(trace: list[LineVerdict], gold: str) -> tuple[int, int] | None:
    """First and last ``comments`` line of the readers' thread below the article, else None."""
    gold_lines = _gold_lines(trace, gold)
    last = gold_lines[-1] if gold_lines else -1
    marks = [k for k in range(last + 1, len(trace)) if trace[k].reason == "comments"]
    if len(marks) < _THREAD_LINES:
        return None
    return marks[0], marks[-1]


def _roles(feats: list[Line], a: int, b: int) -> dict[int, str]:
    """What each header line of the thread ``[a, b]`` is: ``heading`` (line ``a``), ``reply``,
    ``date``, ``name`` (a short line over a date line) or ``header`` (a name and date on one
    line, "said:")."""
    roles = {a: "heading"}
    for k in range(a + 1, b + 1):
        ln = feats[k]
        below = feats[k + 1] if k + 1 < len(feats) else None
        if ln.key in _REPLY:
            roles[k] = "reply"
        elif comment_header(ln) or (
            ln.words <= _HEADER_WORDS and (ln.text.endswith(":") or "posted by" in ln.key)
        ):
            roles[k] = "header"
        elif ln.dateline and ln.words <= _HEADER_WORDS:
            roles[k] = "date"
        elif (
            ln.words <= _HEADER_WORDS
            and not ln.terminal
            and below is not None
            and below.dateline
            and below.words <= _HEADER_WORDS
        ):
            roles[k] = "name"
    return roles


#: The header lines each shape takes out.
_TAKEN = {
    "headers": {"reply", "date", "name", "header"},
    "dates": {"reply", "name", "header"},
    "replies": {"date", "name", "header"},
    "bare": {"heading", "reply", "date", "name", "header"},
}


def kept_cost(trace: list[LineVerdict], gold: str, span: tuple[int, int], pages: int) -> float:
    """F1 cost (first order) of the chrome kept inside ``span``."""
    want, out = shingle_counts(trace, gold)
    excess = {s: n - want.get(s, 0) for s, n in out.items() if n > want.get(s, 0)}
    n_out = max(1, sum(out.values()))
    lost = 0
    for k, v in enumerate(trace):
        if not v.keep:
            continue
        for s in _shingles(v.text):
            if excess.get(s, 0) > 0:
                excess[s] -= 1
                lost += span[0] <= k <= span[1]
    return lost / n_out / (2 * pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--converter", choices=sorted(CONVERTERS), default="html-text")
    parser.add_argument("--pages", action="store_true", help="list the pages of each table")
    args = parser.parse_args()
    convert = CONVERTERS[args.converter]
    kept_rows: list[str] = []
    shape_counts = {s: [0, 0, 0] for s in SHAPES}  # threads, comment words, threads kept
    shape_kept = dict.fromkeys(SHAPES, 0)
    listed: list[str] = []
    for name, load in (("AEB", aeb_pages), ("WCXB-dev", wcxb_pages)):
        dev = [p for p in load() if p.split == "dev"]
        prepare_dumps(args.converter, dev)
        threads = words = 0
        cost = 0.0
        for p in dev:
            dump = convert(p.html)
            result = clean_text_document(dump, CleanOptions(), trace=True)
            trace = result.trace or []
            span = thread_span(trace, p.gold)
            if span is None:
                continue
            texts = [v.text for v in trace]
            feats = line_features(texts)
            a, b = span
            roles = _roles(feats, a, b)
            body = [
                k for k in range(a, b + 1) if k not in roles and feats[k].words >= _COMMENT_WORDS
            ]
            n_words = sum(feats[k].words for k in body)
            if n_words < _THREAD_WORDS:
                continue
            threads += 1
            words += n_words
            page_cost = kept_cost(trace, p.gold, span, len(dev))
            cost += page_cost
            if page_cost:
                listed.append(f"kept: {name}/{p.id[:8]} {page_cost:.5f}")
            for shape in SHAPES:
                taken = {k for k, role in roles.items() if role in _TAKEN[shape]}
                page = [t for k, t in enumerate(texts) if k not in taken]
                again = clean_text_document("\n".join(page), CleanOptions(), trace=True)
                kept_texts = {v.text for v in again.trace or [] if v.keep}
                n_kept = sum(feats[k].words for k in body if texts[k] in kept_texts)
                counts = shape_counts[shape]
                counts[0] += 1
                counts[1] += n_words
                counts[2] += n_kept > 0
                shape_kept[shape] += n_kept
                if n_kept:
                    listed.append(f"{shape}: {name}/{p.id[:8]} {n_kept} of {n_words} words kept")
        kept_rows.append(f"| {name} dev | {len(dev)} | {threads} | {words:,} | {cost:.5f} |")
    print(f"## Readers' threads on the dev halves ({args.converter})\n")
    print("| set | pages | pages holding a thread | comment words | chrome kept in it (F1) |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(kept_rows))
    print(
        "\n| shape (header lines taken out) | threads | comment words | threads keeping comments"
        " | comment words kept |"
    )
    print("|---|---:|---:|---:|---:|")
    for shape in SHAPES:
        n, w, k = shape_counts[shape]
        print(f"| {shape} | {n} | {w:,} | {k} | {shape_kept[shape]:,} |")
    if args.pages:
        print()
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
