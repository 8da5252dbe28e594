"""Text path: chrome stripping of whole-page text dumps, scored against gold article text.

Usage::

    .venv/bin/python benchmarks/extraction.py                 # --path text: AEB, WCXB-dev, seeds
    .venv/bin/python benchmarks/extraction.py --limit 40      # quick run
    .venv/bin/python benchmarks/extraction.py --path all      # and the HTML path (extraction_html)
    .venv/bin/python benchmarks/extraction.py --by-language   # cleanscrape per half and <html lang>
    .venv/bin/python benchmarks/extraction.py --converter inscriptis  # dumps of a second converter
    .venv/bin/python benchmarks/extraction.py --converter chromium    # dumps a browser makes

Pages of AEB and WCXB-dev are turned into whole-page text dumps (``html_to_dump``: every
visible line kept, html-text with guess_layout; with ``--converter inscriptis`` the dumps
inscriptis makes instead: indented bulleted list items, table cells on one line, no title
line; with ``--converter chromium`` the ``innerText`` of the page rendered offline by the
system's headless Chromium, below its title line, see ``browser_dumps.py``: skipped with a
message when there is no ``chromium``) and each system sees only the dump:

* ``keep everything``: the dump as is;
* ``jusText (dump lines)``: jusText over the dump with each line as a paragraph, stoplist of
  the page's ``<html lang>`` (English when missing or unknown);
* ``cleanscrape``: :func:`cleanscrape.process.clean_text_document` with default options. Its
  output starts with the headline it found; the gold excludes the title, so that first line is
  dropped before scoring (the body is scored, as in ``extraction_html.py``).

Scores use the AEB shingle metric (``aeb_score``); WCXB-dev also with its word-level metric.
The seeds are scored line by line against the hand-written labels in
``tests/data/seed_labels``: precision/recall/F1 of the lines kept as article text.
Time: ms/page of the strip stage on the dump vs ``trafilatura.extract`` on the page's HTML.
"""

from __future__ import annotations

import argparse
import html as html_lib
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_dumps import NoBrowser
from cleanscrape.chrome.strip import classify_lines, strip_lines
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_text_document
from common import (
    CONVERTERS,
    ROOT,
    SPLITS,
    Page,
    aeb_pages,
    aeb_score,
    prepare_dumps,
    seed_texts,
    wcxb_pages,
    word_score,
)

LABELS = ROOT / "tests" / "data" / "seed_labels"
_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)
_STOPLISTS = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "id": "Indonesian",
    "ru": "Russian",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "pl": "Polish",
    "ko": "Korean",
    "tr": "Turkish",
}

System = Callable[[str, str], str]  # (dump, language) -> text
Converter = Callable[[bytes], str]  # page HTML -> whole-page text dump


def page_language(raw: bytes) -> str:
    m = _LANG.search(raw[:20000])
    return m.group(1).decode("ascii").lower() if m else "en"


def keep_everything(dump: str, lang: str) -> str:
    return dump


def justext_lines(dump: str, lang: str) -> str:
    import justext

    lines = [ln.strip() for ln in dump.split("\n") if ln.strip()]
    if not lines:
        return ""
    markup = "<html><body>" + "".join(f"<p>{html_lib.escape(ln)}</p>" for ln in lines)
    markup += "</body></html>"
    stoplist = justext.get_stoplist(_STOPLISTS.get(lang, "English"))
    paragraphs = justext.justext(markup.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


_OPTIONS = CleanOptions()


def cleanscrape_text(dump: str, lang: str) -> str:
    return clean_text_document(dump, _OPTIONS).text  # the body: the headline is the title


SYSTEMS: dict[str, System] = {
    "keep everything": keep_everything,
    "jusText (dump lines)": justext_lines,
    "cleanscrape": cleanscrape_text,
}


def score_set(name: str, pages: Sequence[Page], dump: Converter, *, words: bool) -> list[str]:
    """Rows per system for the dev half, the held-out half and all pages (``split_of``)."""
    dumps = [(dump(p.html), page_language(p.html), p.gold, p.split) for p in pages]
    rows = []
    for sys_name, fn in SYSTEMS.items():
        outputs = [(fn(d, lang), gold, split) for d, lang, gold, split in dumps]
        for half in (*SPLITS, "all"):
            pairs = [(o, g) for o, g, sp in outputs if half in ("all", sp)]
            s = aeb_score(pairs)
            row = f"| {name} ({half}) | {sys_name} | {s.pages} | {s.row()} |"
            if words:
                w = word_score(pairs)
                row += f" {w.f1:.3f} |"
            else:
                row += " |"
            rows.append(row)
    return rows


def read_labels(path: Path, n_lines: int) -> dict[int, bool]:
    """0-based line index -> True when the line is article text."""
    out: dict[int, bool] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        row = row.split("#", 1)[0].strip()
        if not row:
            continue
        span, verdict = row.split("\t")[:2]
        first, _, last = span.partition("-")
        lo, hi = int(first), int(last or first)
        for k in range(lo - 1, min(hi, n_lines)):
            out[k] = verdict.strip() == "keep"
    return out


def justext_kept_lines(lines: list[str], lang: str) -> set[int]:
    """Indices of the non-blank lines jusText keeps (one paragraph per line)."""
    import justext

    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    markup = "<html><body>"
    markup += "".join(f"<p>{html_lib.escape(lines[i].strip())}</p>" for i in idx)
    markup += "</body></html>"
    stoplist = justext.get_stoplist(_STOPLISTS.get(lang, "English"))
    paragraphs = justext.justext(markup.encode("utf-8"), stoplist, encoding="utf-8")
    if len(paragraphs) != len(idx):
        raise RuntimeError("jusText merged or split paragraphs; cannot map them to lines")
    return {i for i, p in zip(idx, paragraphs, strict=True) if not p.is_boilerplate}


def _count(lines: list[str], labels: dict[int, bool], kept: set[int]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for k, is_article in labels.items():
        if not lines[k].strip():
            continue
        if k in kept and is_article:
            tp += 1
        elif k in kept:
            fp += 1
        elif is_article:
            fn += 1
    return tp, fp, fn


def seed_rows() -> list[str]:
    systems = ("cleanscrape", "jusText (dump lines)", "keep everything")
    counts = {k: [0, 0, 0] for k in systems}  # tp, fp, fn
    per_seed = []
    for name, text in seed_texts():
        lines = text.split("\n")
        labels = read_labels(LABELS / (Path(name).stem + ".labels"), len(lines))
        kept_by = {
            "cleanscrape": {v.lineno for v in classify_lines(lines).verdicts if v.article},
            "jusText (dump lines)": justext_kept_lines(lines, "vi"),
            "keep everything": {i for i, ln in enumerate(lines) if ln.strip()},
        }
        for k in systems:
            got = _count(lines, labels, kept_by[k])
            for j in range(3):
                counts[k][j] += got[j]
        tp, fp, fn = _count(lines, labels, kept_by["cleanscrape"])
        per_seed.append(f"| {name} | {tp} | {fp} | {fn} |")
    rows = []
    for k, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"| {k} | {tp} | {fp} | {fn} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return [
        *rows,
        "",
        "| seed | kept article | kept chrome | dropped article |",
        "|---|---|---|---|",
        *per_seed,
    ]


def timing_rows(pages: Sequence[Page], dump: Converter) -> list[str]:
    import trafilatura

    strip_ms, traf_ms = [], []
    for p in pages:
        lines = dump(p.html).split("\n")
        t0 = time.perf_counter()
        strip_lines(lines)
        strip_ms.append((time.perf_counter() - t0) * 1000)
        markup = p.html.decode("utf-8", errors="replace")
        t0 = time.perf_counter()
        trafilatura.extract(markup, url=p.url)
        traf_ms.append((time.perf_counter() - t0) * 1000)
    med_s, med_t = statistics.median(strip_ms), statistics.median(traf_ms)
    mean_s, mean_t = statistics.fmean(strip_ms), statistics.fmean(traf_ms)
    return [
        f"| strip (text dump) | {med_s:.2f} | {mean_s:.2f} |",
        f"| trafilatura.extract (HTML) | {med_t:.2f} | {mean_t:.2f} |",
        f"| ratio strip / trafilatura | {med_s / med_t:.3f} | {mean_s / mean_t:.3f} |",
    ]


def language_rows(name: str, pages: Sequence[Page], dump: Converter) -> list[str]:
    """cleanscrape's F1 (AEB metric, five decimals) per half and per ``<html lang>`` of the
    page (English when missing), and for the whole half."""
    outputs = []
    for p in pages:
        lang = page_language(p.html)
        outputs.append((lang, p.split, cleanscrape_text(dump(p.html), lang), p.gold))
    rows = []
    for half in SPLITS:
        in_half = [(lang, o, g) for lang, sp, o, g in outputs if sp == half]
        s = aeb_score([(o, g) for _, o, g in in_half])
        rows.append(f"| {name} | {half} | all | {s.pages} | {s.f1:.5f} |")
        for code in sorted({lang for lang, _, _ in in_half}):
            s = aeb_score([(o, g) for lang, o, g in in_half if lang == code])
            rows.append(f"| {name} | {half} | {code} | {s.pages} | {s.f1:.5f} |")
    return rows


def run_languages(args: argparse.Namespace) -> None:
    dump = CONVERTERS[args.converter]
    aeb = aeb_pages(args.limit) if args.set in ("aeb", "all") else []
    wcxb = wcxb_pages(args.limit) if args.set in ("wcxb", "all") else []
    prepare_dumps(args.converter, [*aeb, *wcxb])
    print(f"## Text path by language (cleanscrape, F1 by the AEB metric; {args.converter})\n")
    print("| set | half | lang | pages | F1 |")
    print("|---|---|---|---|---|")
    if aeb:
        for row in language_rows("AEB", aeb, dump):
            print(row)
    if wcxb:
        for row in language_rows("WCXB-dev", wcxb, dump):
            print(row)


def run_text(args: argparse.Namespace) -> None:
    dump = CONVERTERS[args.converter]
    aeb = aeb_pages(args.limit) if args.set in ("aeb", "all") else []
    wcxb = wcxb_pages(args.limit) if args.set in ("wcxb", "all") else []
    prepare_dumps(args.converter, [*aeb, *wcxb])
    print(f"## Text path: whole-page dumps ({args.converter})\n")
    print("| set | system | pages | precision | recall | F1 (AEB metric) | F1 (word) |")
    print("|---|---|---|---|---|---|---|")
    if aeb:
        for row in score_set("AEB", aeb, dump, words=False):
            print(row)
    if wcxb:
        for row in score_set("WCXB-dev", wcxb, dump, words=True):
            print(row)
    print("\n## Seeds against hand-written line labels (article lines)\n")
    print("| system | TP | FP | FN | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|")
    for row in seed_rows():
        print(row)
    if not args.no_timing:
        print("\n## Time per page (AEB; same pages, same run)\n")
        print("| stage | median ms/page | mean ms/page |")
        print("|---|---|---|")
        for row in timing_rows(aeb_pages(args.limit), dump):
            print(row)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--path", choices=["text", "html", "all"], default="text")
    parser.add_argument("--set", choices=["aeb", "wcxb", "all"], default="all")
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument(
        "--converter",
        choices=sorted(CONVERTERS),
        default="html-text",
        help="text path: the tool that turns each page into its whole-page dump",
    )
    parser.add_argument(
        "--by-language", action="store_true", help="text path: cleanscrape's F1 per half and lang"
    )
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except NoBrowser as exc:  # --converter chromium on a machine without it
        print(f"skipped: {exc}")
        return 0


def _run(args: argparse.Namespace) -> int:
    if args.by_language:
        run_languages(args)
        return 0
    if args.path in ("text", "all"):
        run_text(args)
    if args.path in ("html", "all"):
        html_bench = Path(__file__).resolve().parent / "extraction_html.py"
        if not html_bench.exists():
            print("\nbenchmarks/extraction_html.py is missing: no HTML-path figures")
        else:
            import importlib

            module = importlib.import_module("extraction_html")  # benchmarks/ is on sys.path
            extra = ["--limit", str(args.limit)] if args.limit else []
            rc = module.main(extra)
            return int(rc or 0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
