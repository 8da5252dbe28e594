"""Legacy Vietnamese encodings: round trips of the Vietnamese corpus, false repairs, cost.

1. Round trips: every seed (the Vietnamese corpus; the AEB and WCXB-dev sets have no Vietnamese
   page) is written in each legacy encoding (TCVN3, VNI, VISCII, VPS), the bytes are read the
   usual wrong ways (windows-1252, Latin-1, windows-1258 as a browser shows them, and through
   ``decode_bytes`` as cleanscrape reads an undeclared file), and the text goes through
   ``repair_text`` (the per-document repair). Figures: documents back byte-identical, and
   characters back (difflib over the whole text). Also UTF-8 read as windows-1258. Letters an
   encoding has no code for are replaced before encoding (Ð -> Đ, which every table has; any
   other -> "?"), as the page would have been written.
2. False repairs: ``repair_vietnamese`` on every AEB and WCXB-dev gold text, on the lines
   trafilatura extracts from their HTML (what the HTML path repairs, line by line) and on the
   seeds: the number of texts changed (target 0).
3. Cost on texts that need no repair: CPU time of ``repair_vietnamese`` per text (the median
   of ``--repeat`` runs of each text, after one untimed run), then the median and 90th
   percentile over the texts (target: median under 0.5 ms per page).

    python benchmarks/vietnamese.py               # all three
    python benchmarks/vietnamese.py --quick       # skip the HTML extraction (gold texts and seeds)
    python benchmarks/vietnamese.py --repeat 5    # each text timed 5 times (default 3)
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.html import extract_html
from cleanscrape.text import decode_bytes, repair_text
from cleanscrape.text.vietnamese import (
    BYTE_TABLES,
    LEGACY_ENCODINGS,
    VNI_TABLE,
    encode_legacy,
    read_as,
    repair_vietnamese,
)
from common import SEEDS, aeb_pages, wcxb_pages

READERS = ("cp1252", "latin-1", "cp1258", "detected")


def writable(text: str, encoding: str) -> str:
    """``text`` with the characters ``encoding`` cannot hold replaced (Ð -> Đ, else "?").

    Characters outside the table that have a windows-1252 byte the table does not use (curly
    quotes, dashes in TCVN3 and VNI) stay: a legacy file holds them as windows-1252 bytes.
    """
    text = unicodedata.normalize("NFC", text.replace("Ð", "Đ"))
    if encoding == "vni":
        used = {b for data in VNI_TABLE.values() for b in data if b >= 0x80}
        known = set(VNI_TABLE)
    else:
        used = set(BYTE_TABLES[encoding])
        known = set(BYTE_TABLES[encoding].values())
        if encoding == "tcvn3":
            known |= {ch.upper() for ch in known}
    out = []
    for ch in text:
        if (ord(ch) < 0x80 and ord(ch) not in used) or ch in known:
            out.append(ch)
            continue
        try:
            b = ch.encode("cp1252")[0]
        except UnicodeEncodeError:
            b = -1
        out.append(ch if b >= 0 and b not in used else "?")
    return "".join(out)


def legacy_bytes(text: str, encoding: str) -> bytes:
    return encode_legacy(text, encoding)


def misread(data: bytes, reader: str) -> str:
    if reader == "detected":
        return decode_bytes(data, source="<bench>").text
    return read_as(data, reader)


def char_accuracy(expected: str, got: str) -> float:
    """Share of ``expected``'s characters found in ``got`` (lines compared pairwise)."""
    exp_lines, got_lines = expected.split("\n"), got.split("\n")
    if len(exp_lines) != len(got_lines):
        exp_lines, got_lines = [expected], [got]
    same = 0
    for a, b in zip(exp_lines, got_lines, strict=True):
        if a == b:
            same += len(a) + 1
        else:
            sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
            same += sum(block.size for block in sm.get_matching_blocks()) + 1
    return min(same / (len(expected) + 1), 1.0)


def round_trips() -> None:
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    print(f"## Round trips: {len(seeds)} seeds, {sum(len(t) for _, t in seeds):,} characters")
    print("| encoding | read as | identical | characters back | repaired as |")
    print("|---|---|---|---|---|")
    for enc in (*LEGACY_ENCODINGS, "utf-8"):
        for reader in READERS if enc != "utf-8" else ("cp1258",):
            same = 0
            chars = total = 0.0
            reasons: set[str] = set()
            for _name, text in seeds:
                if enc == "utf-8":
                    expected = text.replace("Ð", "Đ")
                    data = expected.encode("utf-8")
                else:
                    expected = writable(text, enc)
                    data = legacy_bytes(expected, enc)
                expected = repair_text(expected)  # what the Unicode file itself gives
                misread_text = misread(data, reader)
                found: list[str] = []
                got = repair_text(misread_text, repairs=found)
                reasons.update(found)
                same += got == expected
                chars += char_accuracy(expected, got) * len(expected)
                total += len(expected)
            print(
                f"| {enc} | {reader} | {same}/{len(seeds)} | {100 * chars / total:.3f} % "
                f"| {', '.join(sorted(reasons)) or '-'} |"
            )


def false_repairs(quick: bool, repeat: int) -> list[tuple[str, float]]:
    """Texts needing no repair: count the ones changed; return (kind, CPU ms) per text."""
    texts: list[tuple[str, str, list[str]]] = []  # (kind, id, units repaired one by one)
    pages = aeb_pages() + wcxb_pages()
    for p in pages:
        texts.append(("gold", p.id, [p.gold]))
        if not quick:
            html = decode_bytes(p.html, source=p.id, html=True).text
            lines = extract_html(html, source=p.id).lines
            texts.append(("html lines", p.id, lines))
    for path in sorted(SEEDS.glob("*.txt")):
        texts.append(("seed", path.name, [path.read_text(encoding="utf-8")]))
    changed: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    costs: list[tuple[str, float]] = []
    for kind, tid, units in texts:
        counts[kind] = counts.get(kind, 0) + 1
        outs = [repair_vietnamese(u) for u in units]  # untimed: first-call set-up, caches
        runs = []
        for _ in range(repeat):
            t0 = time.process_time()
            for u in units:
                repair_vietnamese(u)
            runs.append((time.process_time() - t0) * 1000)
        costs.append((kind, statistics.median(runs)))
        if any(out != u for (out, _), u in zip(outs, units, strict=True)):
            changed.setdefault(kind, []).append(tid)
    print("\n## False repairs (texts that need none)")
    print("| texts | count | changed |")
    print("|---|---|---|")
    for kind, n in counts.items():
        ids = changed.get(kind, [])
        print(f"| {kind} | {n} | {len(ids)} {' '.join(ids[:5])} |")
    return costs


def costs_table(costs: list[tuple[str, float]]) -> None:
    print("\n## Detection cost per text (CPU ms, median of the runs of each text)")
    print("| texts | median | p90 | max |")
    print("|---|---|---|---|")
    kinds = sorted({k for k, _ in costs})
    for kind in (*kinds, "all"):
        ms = sorted(c for k, c in costs if kind in (k, "all"))
        p90 = ms[int(0.9 * (len(ms) - 1))]
        print(f"| {kind} | {statistics.median(ms):.3f} | {p90:.3f} | {ms[-1]:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="no HTML extraction")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each text (default 3)")
    args = ap.parse_args()
    round_trips()
    costs = false_repairs(args.quick, max(1, args.repeat))
    costs_table(costs)


if __name__ == "__main__":
    main()
