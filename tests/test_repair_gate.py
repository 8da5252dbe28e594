"""Repair runs ftfy only on the lines that need it: the result must be ftfy's, byte for byte.

The reference is ``ftfy.fix_text(text, FIX_CONFIG)`` on the whole text. It is compared with
:func:`cleanscrape.text.repair._fix_text` on real text: the seeds, the benchmark pages' gold
text and raw HTML (entities, ``<`` that switches entity decoding off for the rest of the text),
and broken versions of them (UTF-8 read as windows-1252, latin-1, windows-1251 and MacRoman,
decomposed accents, Windows line ends, stray control characters, no-break spaces made spaces).
Where ftfy would join two words (a byte a transcoder dropped), the repair differs from it on
purpose (``tests/test_decode.py``); no text here holds such a line. The benchmark pages are
read from ``CLEANSCRAPE_BENCH_DATA`` or ``../shared/benchmarks``; the AEB pages kept in
``tests/data`` are always used.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import ftfy
import pytest

from cleanscrape.text.repair import FIX_CONFIG, _fix_text, suspect_lines

from .aeb import BENCH, BENCH_AEB, pages_with_gold
from .conftest import DATA, SEEDS


def _gold_and_html(root: Path) -> Iterator[tuple[str, str]]:
    for _, text, html in pages_with_gold(root):
        yield text, html


def _wcxb(root: Path) -> Iterator[tuple[str, str]]:
    for gt in sorted((root / "ground-truth").glob("*.json")):
        item = json.loads(gt.read_text(encoding="utf-8"))
        path = root / "html" / f"{item.get('file_id') or gt.stem}.html.gz"
        if path.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            yield str(item["ground_truth"]["main_content"]), html


def _pages() -> list[tuple[str, str]]:
    pages = list(_gold_and_html(DATA / "aeb"))
    if (BENCH_AEB / "ground-truth.json").exists():
        pages += list(_gold_and_html(BENCH_AEB))
    if (BENCH / "wcxb-dev" / "ground-truth").is_dir():
        pages += list(_wcxb(BENCH / "wcxb-dev"))
    return pages


def _broken(text: str) -> Iterator[str]:
    """The ways real pages arrive damaged."""
    raw = text.encode("utf-8")
    for codec in ("sloppy-windows-1252", "latin-1", "sloppy-windows-1251", "macroman"):
        yield raw.decode(codec)
    # a transcoder that also made the no-break spaces spaces: ftfy reads them back as the byte
    # 0xA0 ("NgÃ y" for "Ngày"), and the repair's guard against joined words leaves that as is
    yield raw.decode("sloppy-windows-1252").replace("\u00a0", " ")
    yield unicodedata.normalize("NFD", text)
    yield text.replace("\n", "\r\n")
    lines = text.split("\n")
    yield "\n".join(ln + "\x00\u200b\x1b[0m" if i % 7 == 3 else ln for i, ln in enumerate(lines))


def _assert_same(texts: list[str]) -> None:
    differ = [t[:80] for t in texts if _fix_text(t) != ftfy.fix_text(t, FIX_CONFIG)]
    assert not differ, f"{len(differ)} of {len(texts)} texts differ from ftfy: {differ[:3]}"


def test_seeds_and_their_broken_versions_come_out_as_ftfy_makes_them() -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert len(seeds) == 5
    _assert_same(seeds + [b for s in seeds for b in _broken(s)])


@pytest.mark.slow
def test_benchmark_pages_come_out_as_ftfy_makes_them() -> None:
    pages = _pages()
    assert pages
    golds = [gold for gold, _ in pages]
    _assert_same(golds)
    # raw HTML: entities, markup, and every sixth page's gold text broken in each way
    _assert_same([html for _, html in pages[::16]])
    _assert_same([b for gold in golds[::6] for b in _broken(gold)])


def test_clean_pages_send_no_line_to_ftfy(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        assert suspect_lines(text) == set(), name


def test_only_the_broken_line_is_sent_to_ftfy(seed_texts: dict[str, str]) -> None:
    text = next(iter(seed_texts.values()))
    lines = text.split("\n")
    k = next(i for i, ln in enumerate(lines) if len(ln) > 100)
    lines[k] = lines[k].encode("utf-8").decode("sloppy-windows-1252")
    broken = "\n".join(lines)
    assert suspect_lines(broken) == {k}
    assert _fix_text(broken) == text


def test_markup_turns_entity_decoding_off_for_later_lines_as_in_ftfy() -> None:
    text = "Fish &amp; chips\nsee <b>here</b>\nsalt &amp; vinegar"
    assert _fix_text(text) == ftfy.fix_text(text, FIX_CONFIG)
    assert _fix_text(text).split("\n") == [
        "Fish & chips",
        "see <b>here</b>",
        "salt &amp; vinegar",
    ]


def _flagged_by_whole_pattern(text: str) -> set[int]:
    """The lines whose text, in a window around a character of the anchor class, matches
    ftfy's whole mojibake pattern (what the gate did before it tried each character's own
    alternatives)."""
    from cleanscrape.text.repair import _ANCHORS, _BADNESS_LINES, _MAX_WIDTH

    assert _ANCHORS is not None
    flagged: set[int] = set()
    for m in _ANCHORS.finditer(text):
        p = m.start()
        start = text.rfind("\n", 0, p) + 1
        end = text.find("\n", p) + 1 or len(text)
        lo, hi = max(start, p - _MAX_WIDTH + 1), min(end, p + _MAX_WIDTH)
        if _BADNESS_LINES.search(text, lo, hi):
            flagged.add(text.count("\n", 0, p))
    return flagged


def test_each_anchor_tries_its_own_alternatives_with_the_same_outcome() -> None:
    """Around a character of the anchor class the gate tries only the alternatives of ftfy's
    pattern that character anchors (a match holding it is one of them; one elsewhere holds an
    anchor of its own): the lines flagged are those the whole pattern flags, on the seeds and
    the ways they arrive broken. Compiled apart, every alternative is kept."""
    from cleanscrape.text.repair import _ANCHORS, _BY_ANCHOR

    assert _ANCHORS is not None and _BY_ANCHOR
    assert set(_BY_ANCHOR) == set(_ANCHORS.pattern[1:-1].replace("\\", ""))
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts = seeds + [b for s in seeds for b in _broken(s)]
    texts += [s.encode("utf-8").decode("cp1250", errors="replace") for s in seeds]
    assert any(_flagged_by_whole_pattern(t) for t in texts)
    for t in texts:
        assert suspect_lines(t) - _other_fix_lines(t) == _flagged_by_whole_pattern(
            t
        ) - _other_fix_lines(t)


def _other_fix_lines(text: str) -> set[int]:
    """Lines flagged for an entity or a control character (not by the mojibake pattern)."""
    from cleanscrape.text.repair import _OTHER_FIXES

    return {text.count("\n", 0, m.start()) for m in _OTHER_FIXES.finditer(text)}
