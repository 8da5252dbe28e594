"""The obvious pipeline, measured beside ``cleanscrape`` in one run (used by throughput.py).

What a user would write in an afternoon for the same job on text dumps:

* ``ftfy.fix_text`` on every page;
* jusText over the page's lines (each line one ``<p>``), with the language's stoplist (English
  for the AEB/WCXB dumps, Vietnamese for the seeds), keeping the non-boilerplate paragraphs;
* datasketch ``MinHash(num_perm)`` with ``update_batch`` over word 5-gram shingles of the kept
  text, then ``MinHashLSH(threshold)`` insert + query for near-duplicates.

With ``jobs > 1`` the first two steps run in a ``multiprocessing`` pool (``fork``), the LSH in
the main process, as cleanscrape does.
"""

from __future__ import annotations

import html
import multiprocessing
import re
from collections.abc import Iterable
from pathlib import Path

_WORD = re.compile(r"\w+")


def _stoplist(language: str) -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist(language))


def clean_one(args: tuple[bytes, str]) -> str:
    """ftfy + jusText on one page; the kept text."""
    import ftfy
    import justext

    raw, language = args
    text = ftfy.fix_text(raw.decode("utf-8", errors="replace"))
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
    paragraphs = justext.justext(f"<html><body>{body}</body></html>", _stoplist(language))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def shingles(text: str, n: int = 5) -> list[bytes]:
    words = _WORD.findall(text.lower())
    return [" ".join(words[i : i + n]).encode("utf-8") for i in range(max(1, len(words) - n + 1))]


def run(files: Iterable[Path], language: str, *, jobs: int, num_perm: int, threshold: float) -> int:
    """The whole obvious pipeline over ``files``; the number of near-duplicates found."""
    from datasketch import MinHash, MinHashLSH

    tasks = [(p.read_bytes(), language) for p in files]
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            texts = pool.map(clean_one, tasks, chunksize=8)
    else:
        texts = [clean_one(t) for t in tasks]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    dups = 0
    for i, text in enumerate(texts):
        m = MinHash(num_perm=num_perm)
        m.update_batch(shingles(text))
        if lsh.query(m):
            dups += 1
        else:
            lsh.insert(str(i), m)
    return dups
