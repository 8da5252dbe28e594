"""The repair stage finds the characters its patterns start with in one pass over a page
(:class:`cleanscrape.text.chars.CharTable`) and tries the patterns only there: the results must
be those of the patterns scanning the whole text.

The references kept here are the regular expressions themselves (``finditer`` over the text,
``search``) and ftfy on the whole text. Texts: the seeds, the AEB pages kept in ``tests/data``
(gold text and raw HTML) and, when the benchmark data is there, the AEB and WCXB-dev pages, with
the ways real pages arrive damaged (mojibake, decomposed accents, Windows line ends, controls),
legacy Vietnamese, and characters outside the Basic Multilingual Plane next to the classes'.
"""

from __future__ import annotations

import re

import ftfy
import pytest

from cleanscrape.text.chars import CharTable
from cleanscrape.text.decode import CONTROL_CHARS
from cleanscrape.text.repair import (
    _ANCHORS,
    _CHAR_TABLE,
    _OTHER_FIRST,
    _OTHER_FIXES,
    FIX_CONFIG,
    _fix_text,
    repair_text,
    suspect_lines,
)
from cleanscrape.text.vietnamese import (
    _PIECE_WORD,
    _SIGNAL,
    _UTF8_SIGNAL,
    SIGNAL_CHARS,
    UTF8_AS_CP1252,
    UTF8_FOLLOWERS,
    UTF8_LEADS,
    encode_legacy,
    read_as,
    repair_vietnamese,
)

from .test_repair_gate import _broken, _pages

_CLASSES = [SIGNAL_CHARS, UTF8_LEADS, UTF8_FOLLOWERS, _OTHER_FIRST, _ANCHORS, CONTROL_CHARS]


def _texts(seed_texts: dict[str, str]) -> list[str]:
    seeds = list(seed_texts.values())
    pages = _pages()
    texts = seeds + [b for s in seeds for b in _broken(s)]
    texts += [gold for gold, _ in pages[::8]] + [html for _, html in pages[::50]]
    texts += [b for gold, _ in pages[::80] for b in _broken(gold)]
    # legacy Vietnamese read the wrong way, and UTF-8 read as windows-1258
    texts += [read_as(encode_legacy(s.replace("Ð", "Đ"), "vni"), "cp1252") for s in seeds[:2]]
    texts.append(read_as(seeds[2].encode("utf-8"), "cp1258"))
    # characters outside the BMP (emoji, a CJK extension) against the classes' characters
    texts.append("🙂&amp; 😀\x00é🙂Ã©\n𠀋Ã\u00a9 🙂\u2028x\ud800🙂")
    return texts


def test_every_repair_class_is_in_the_table() -> None:
    assert all(c is not None for c in _CLASSES)
    assert len(_CLASSES) == 6  # the table's classes, all of them tested below


def test_positions_are_where_each_class_matches(seed_texts: dict[str, str]) -> None:
    for text in _texts(seed_texts):
        marks = _CHAR_TABLE.find(text)
        for cls in _CLASSES:
            assert cls is not None
            assert marks.at(cls) == [m.start() for m in cls.finditer(text)], cls.pattern[:40]
            assert marks.count(cls) == len(cls.findall(text))
        pair = re.compile(UTF8_LEADS.pattern + UTF8_FOLLOWERS.pattern)
        assert marks.followed(UTF8_LEADS, UTF8_FOLLOWERS) == (pair.search(text) is not None)


def test_the_patterns_match_where_they_match_in_the_whole_text(seed_texts: dict[str, str]) -> None:
    for text in _texts(seed_texts):
        marks = _CHAR_TABLE.find(text)
        # a Vietnamese signal is one character: a match at each candidate is a match of the scan
        at = marks.at(SIGNAL_CHARS) or []
        assert [p for p in at if _SIGNAL.match(text, p)] == [
            m.start() for m in _SIGNAL.finditer(text)
        ]
        assert marks.followed(UTF8_LEADS, UTF8_FOLLOWERS) == bool(_UTF8_SIGNAL.search(text))
        at = marks.at(_OTHER_FIRST) or []
        assert [p for p in at if _OTHER_FIXES.match(text, p)] == [
            m.start() for m in _OTHER_FIXES.finditer(text)
        ]


def test_repairs_with_the_marks_are_the_repairs_without(seed_texts: dict[str, str]) -> None:
    for text in _texts(seed_texts):
        marks = _CHAR_TABLE.find(text)
        assert suspect_lines(text, marks) == suspect_lines(text)
        assert repair_vietnamese(text, marks) == repair_vietnamese(text)
        fixed = _fix_text(text, marks)
        assert fixed == _fix_text(text)
        _assert_ftfy_but_utf8_pieces(text, fixed)


def _assert_ftfy_but_utf8_pieces(text: str, fixed: str) -> None:
    """``fixed`` is ftfy's repair of ``text`` but for words ftfy left as UTF-8 read as
    windows-1252 in a line that showed such UTF-8 ("cá»§a" in a line of UTF-8 read as
    windows-1258, which ftfy repairs a piece at a time): each read again as one word."""
    reference = ftfy.fix_text(text, FIX_CONFIG).split("\n")
    for got, want in zip(fixed.split("\n"), reference, strict=True):
        if got == want:
            continue
        assert UTF8_AS_CP1252.search(text)
        pairs = list(zip(got.split(" "), want.split(" "), strict=True))
        assert all(g == w or _PIECE_WORD.fullmatch(w) for g, w in pairs)


def test_repair_text_is_ftfy_and_the_control_pass(seed_texts: dict[str, str]) -> None:
    """The reference: the legacy repair, ftfy on the whole text, line ends, controls removed."""
    for text in _texts(seed_texts):
        fixed = ftfy.fix_text(repair_vietnamese(text)[0], FIX_CONFIG)
        want = CONTROL_CHARS.sub("", fixed.replace("\r\n", "\n").replace("\r", "\n"))
        assert repair_text(text) == want


def test_a_table_holds_at_most_eight_classes() -> None:
    with pytest.raises(ValueError, match="at most 8"):
        CharTable([re.compile("[a]")] * 9)


def test_a_class_the_table_does_not_hold_is_unknown() -> None:
    marks = CharTable([re.compile("[&]")]).find("a & b")
    other = re.compile("[b]")
    assert marks.at(other) is None and marks.count(other) is None
    assert marks.followed(other, other) is None


def test_followed_is_a_character_of_one_class_right_before_one_of_the_other() -> None:
    """``Marks.followed`` on the seeds and their windows-1258 mojibake, and on every small
    pair of position sets: as looking at each position and the one after it."""
    import itertools

    import numpy as np

    from cleanscrape.text.chars import Marks
    from cleanscrape.text.repair import _CHAR_TABLE
    from cleanscrape.text.vietnamese import UTF8_FOLLOWERS, UTF8_LEADS

    from .conftest import SEEDS

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts = seeds + [s.encode("utf-8").decode("cp1258", errors="replace") for s in seeds]
    for text in texts:
        expected = any(
            UTF8_LEADS.match(a) and UTF8_FOLLOWERS.match(b) for a, b in itertools.pairwise(text)
        )
        assert _CHAR_TABLE.find(text).followed(UTF8_LEADS, UTF8_FOLLOWERS) == expected
    cases = [
        np.array(c, dtype=np.intp) for n in range(4) for c in itertools.combinations(range(6), n)
    ]
    for a, b in itertools.product(cases, repeat=2):
        marks = Marks([UTF8_LEADS, UTF8_FOLLOWERS], [a, b])
        assert marks.followed(UTF8_LEADS, UTF8_FOLLOWERS) == bool(
            set((a + 1).tolist()) & set(b.tolist())
        )
