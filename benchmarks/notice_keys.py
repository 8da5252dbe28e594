"""What a copyright notice under a text costs the dedup stage's keys (``keyed_texts``).

Usage::

    .venv/bin/python benchmarks/notice_keys.py --docs 1000 --repeat 7

A batch's texts are keyed line by line, each distinct line folded once (copies of one story
share most of their lines), but a text that holds a copyright notice is folded whole: a notice
may run over lines and to the text's end (:mod:`cleanscrape.dedup.notices`). The corpus is
``throughput.seed_corpus`` (varied copies of the seeds, near-copies of each other, as a
batch of syndicated copies is); each text is keyed as it is (no notice: the baseline) and
with the agency's notice of the test pages under it, on a line of its own ("© 2019 Associated
Press. All Rights Reserved. ...") and broken over two lines. CPU ms per text
(``time.process_time``), median of ``--repeat`` rounds, the three batches taking turns in one
process; the ratio is each batch's against the baseline's. The last column says whether the
keys of each batch are the baseline's keys plus empty keys for the notice's lines. To compare
with an older tree, run the script with that tree's ``src`` first on ``PYTHONPATH``. Then the
cost of reading notices on pages of many marks (a tenth of the texts, the notice's owner on a
line under every paragraph, or the notice run into every paragraph): ``without_notices``
alone, CPU ms per text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleanscrape.dedup.key import keyed_texts
from cleanscrape.dedup.notices import without_notices
from throughput import seed_corpus

#: The agency's notice as the test pages print it
#: (``tests/data/dumps/summed_listing_under_tag_row/agency_full.txt``).
NOTICE = (
    "© 2019 Associated Press. All Rights Reserved. This material may not be published, "
    "broadcast, rewritten, or redistributed."
)


def _keys(texts: list[str]) -> tuple[float, list[list[str]]]:
    """CPU seconds of keying ``texts`` as one batch, and the keys."""
    start = time.process_time()
    keys = [k for _, k, _ in keyed_texts(texts)]
    return time.process_time() - start, keys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="seed variants")
    ap.add_argument("--repeat", type=int, default=7, help="rounds")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed_corpus(Path(tmp), args.docs)
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).rglob("*.txt"))]
    first, rest = NOTICE.split(" All Rights", 1)
    batches = {
        "no notice (baseline)": texts,
        "a notice line under each": [t.rstrip("\n") + "\n" + NOTICE + "\n" for t in texts],
        "a notice over two lines": [
            t.rstrip("\n") + f"\n{first}\nAll Rights{rest}\n" for t in texts
        ],
    }
    base_keys = _keys(texts)[1]
    cut: dict[str, str] = {}
    for name, batch in batches.items():
        keys = _keys(batch)[1]
        extra = {"no notice (baseline)": 0, "a notice line under each": 1}.get(name, 2)
        cut[name] = "yes" if keys == [k + [""] * extra for k in base_keys] else "**no**"
    times: dict[str, list[float]] = {name: [] for name in batches}
    for _ in range(args.repeat):
        for name, batch in batches.items():
            times[name].append(_keys(batch)[0])
    # pages of many marks: the notice's owner under every paragraph, the notice run into
    # every paragraph (no page is so, but a notice is read line by line from each mark)
    many = {
        "the owner's line under every paragraph": [
            t.replace("\n", f"\n{first}\n") for t in texts[: max(1, len(texts) // 10)]
        ],
        "the notice run into every paragraph": [
            t.replace("\n", f" {NOTICE}\n") for t in texts[: max(1, len(texts) // 10)]
        ],
    }
    cuts: dict[str, list[float]] = {name: [] for name in many}
    for _ in range(args.repeat):
        for name, batch in many.items():
            start = time.process_time()
            for text in batch:
                without_notices(text)
            cuts[name].append((time.process_time() - start) / len(batch))
    base = statistics.median(times["no notice (baseline)"])
    print(f"{len(texts)} texts, median of {args.repeat} rounds (CPU)\n")
    print("| batch | CPU ms per text | ratio to the baseline | keys: the baseline's, notice out |")
    print("|---|---:|---:|---|")
    for name, t in times.items():
        med = statistics.median(t)
        print(f"| {name} | {1000 * med / len(texts):.3f} | {med / base:.2f} | {cut[name]} |")
    print("\n| page of many marks (`without_notices` alone) | CPU ms per text |")
    print("|---|---:|")
    for name, t in cuts.items():
        print(f"| {name} | {1000 * statistics.median(t):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
