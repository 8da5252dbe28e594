"""Fast paths give what their plain definitions give, on real text.

Several per-document steps replace a scan or a per-item Python loop by a cheaper equivalent
(a look at a line's end instead of a regex search, ``str.split`` instead of ``\\S+``, a byte
deletion table instead of a per-byte loop, one folding pass per page instead of one per line).
Each is checked here against the plain definition on the seeds, the AEB pages kept in
``tests/data`` (gold text and raw HTML) and lines written to the shapes that matter.
"""

from __future__ import annotations

import math
import re

import pytest

from cleanscrape.chrome.citations import _BEFORE_COMMA, _INITIALS
from cleanscrape.chrome.consent import _COOKIE, _COOKIE_KEYS, consent_panels
from cleanscrape.chrome.features import (
    _DATE,
    _DATELINE,
    _DAY_FIRST_DATE,
    _SEPARATOR,
    _SLUG_START,
    _TERMINAL_CHARS,
    CLOSERS,
    _dateline,
    _doubled,
    _may_end_with_face,
    _page_chars,
    line_features,
)
from cleanscrape.chrome.templates import line_keys
from cleanscrape.confidence import _CJK, _SENTENCE_END, _ends_sentence, signals
from cleanscrape.document import Document
from cleanscrape.lexicon.folding import code_units, fold, fold_block
from cleanscrape.options import CleanOptions
from cleanscrape.process import clean_document
from cleanscrape.text.decode import looks_binary
from cleanscrape.text.lines import line_indexes, lines_holding

from .aeb import gold, page_markup, page_path
from .conftest import DATA, SEEDS, html_dumps

_WORD = re.compile(r"\S+")

#: Line ends the sentence test must get right (closing quotes and brackets, nothing left).
EDGE_LINES = [
    "",
    ".",
    '"',
    "”»",
    'Ông nói: "Hết."',
    "Xem thêm (ảnh)",
    "Giá tăng 5%;",
    "Chiều nay…",
    "Kết thúc.)]",
    "Tin mới ”",
    "Câu hỏi?»",
    "東京で会議。",
    "Read more »",
    "Tags: a, b",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    truth = gold(DATA / "aeb")
    for pid in sorted(truth):
        texts.append(str(truth[pid]["articleBody"]))
        if page_path(DATA / "aeb", pid).exists():
            texts.append(page_markup(pid, DATA / "aeb"))
    return texts


@pytest.fixture(scope="module")
def lines() -> list[str]:
    out = [ln for text in _texts() for ln in text.split("\n")]
    return out + [ln.strip() for ln in out] + EDGE_LINES


def test_sentence_end_is_the_regex(lines: list[str]) -> None:
    for ln in lines:
        assert _ends_sentence(ln) == bool(_SENTENCE_END.search(ln)), ln


def test_split_counts_what_the_word_pattern_counts(lines: list[str]) -> None:
    for ln in lines:
        assert len(ln.split()) == len(_WORD.findall(ln)), ln
    # every white-space character the pattern knows splits words for str.split too
    for cp in (0x09, 0x0B, 0x1C, 0x1F, 0x85, 0xA0, 0x1680, 0x2000, 0x2028, 0x3000):
        ln = f"a{chr(cp)}b"
        assert len(ln.split()) == len(_WORD.findall(ln)) == 2, hex(cp)


def _reference_signals(lines: list[str], flags: list[str], removed_chars: int) -> tuple[float, ...]:
    """The signals as documented, each computed on its own from the patterns."""

    def words(ln: str) -> int:
        return len(_WORD.findall(ln)) + len(_CJK.findall(ln)) // 2

    total = sum(len(ln) for ln in lines)
    n_words = sum(words(ln) for ln in lines)
    prose = sum(
        len(ln) for ln in lines if (words(ln) >= 10 and _SENTENCE_END.search(ln)) or words(ln) >= 40
    )
    short = sum(1 for ln in lines if words(ln) <= 8 and not _SENTENCE_END.search(ln))
    return (
        min(1.0, math.log1p(n_words) / math.log1p(400)),
        prose / total if total else 0.0,
        short / len(lines) if lines else 1.0,
        total / (total + removed_chars) if total + removed_chars else 0.0,
    )


def test_signals_of_clean_pages_match_their_definition() -> None:
    pages = [*_texts(), "東京で会議が開かれた。参加者は多かった。\n会議の後\nMenu | Home"]
    for text in pages:
        res = clean_document(Document("p.txt", text, kind="text"), CleanOptions())
        assert res.result is not None
        lines = res.result.text.split("\n") if res.result.text else []
        removed = sum(len(r.line) for r in res.result.removed)
        sig = signals(lines, flags=res.result.flags, removed_chars=removed)
        assert (sig.body, sig.prose, sig.short, sig.kept) == _reference_signals(
            lines, res.result.flags, removed
        )


def test_control_byte_count_on_text_and_binary_files() -> None:
    def reference(data: bytes) -> bool:
        head = data[:8192]
        if head.count(0) > len(head) // 1000:
            return True
        return sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) * 0.05

    files = [*sorted(SEEDS.glob("*.txt")), *sorted((DATA / "aeb" / "html").glob("*.gz"))]
    samples = [p.read_bytes() for p in files]
    # text with a few control bytes, and a page of mostly control bytes without NULs
    samples += [b"ab\x01\x02cd" * 40, bytes(range(1, 32)) * 100, b"\x1b[0m" * 500]
    seen = set()
    for data in samples:
        seen.add(looks_binary(data))
        assert looks_binary(data) == reference(data)
    assert seen == {True, False}


def test_template_keys_are_fold_of_each_kept_line(seed_texts: dict[str, str]) -> None:
    from cleanscrape.chrome.templates import _hash

    for name, text in seed_texts.items():
        res = clean_document(Document(name, text, kind="text"), CleanOptions())
        keys = line_keys(res)
        assert keys is not None
        lines = res.text.split("\n")
        assert keys.keys.tolist() == [_hash(fold(ln)) for ln in lines]


def test_other_fixes_pattern_matches_entities_and_characters_as_the_alternation() -> None:
    from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE

    from cleanscrape.text.repair import _OTHER_FIXES

    plain = re.compile(
        HTML_ENTITY_RE.pattern
        + "|["
        + "".join(re.escape(chr(c)) for c in sorted(CONTROL_CHARS))
        + r"\x0b-\x0d\x7f-\x9f\u2028\u2029\ud800-\udfff]"
    )
    texts = [*_texts(), "&amp; &&amp;; &#x41; &#12; &bogus & \x0b\x85\u2028 &\x0c &#; a&b\x7f&amp"]
    for text in texts:
        assert [m.span() for m in _OTHER_FIXES.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_line_indexes_name_the_line_each_offset_falls_on(seed_texts: dict[str, str]) -> None:
    """The offset -> line helper the page-at-once features and the repair gate share gives,
    for every sentence start of every seed, the line a split at ``\\n`` puts it on."""
    for text in seed_texts.values():
        offsets = [m.start() for m in re.finditer(r"(?<=[.!?] )\w", text)]
        assert offsets
        expected = {text.count("\n", 0, at) for at in offsets}
        assert line_indexes(text, reversed(offsets)) == expected
        assert line_indexes(text, []) == set()


def _doubled_plainly(text: str) -> bool:
    """A title written twice on one line: its two halves alike, or alike once folded."""
    half = len(text) // 2
    if text[:half].strip() == text[half:].strip():
        return True
    if text.find(text[:12], half - 2) < 0:
        return False
    kb = fold(text[half:])
    return len(fold(text[: half + 1])) > 8 and kb in (fold(text[: half + 1]), fold(text[:half]))


def test_doubled_lines_are_found_as_by_comparing_halves(lines: list[str]) -> None:
    # the substring search ahead of the comparison rules out no line that has two equal halves:
    # halves of every length around the twelve characters it searches, blanks between them
    shapes = [ln.strip() for ln in lines if len(ln.strip()) >= 20]
    for ln in shapes[:3000]:
        words = ln.split()
        for n in range(1, 5):
            head = " ".join(words[:n])
            for sep in (" ", "  ", "   ", "\xa0"):
                shapes += [head + sep + head, head + sep + head.upper(), f"{head},{sep}{head}"]
        for cut in (3, 8, 10, 11, 12, 13):
            shapes += [ln[:cut] + " " * 10 + ln[:cut], ln[:cut] + "         " + ln[:cut] + "."]
    shapes = [s.strip() for s in shapes if len(s.strip()) >= 20]
    assert any(_doubled_plainly(s) for s in shapes)
    assert [_doubled(s) for s in shapes] == [_doubled_plainly(s) for s in shapes]


def test_block_rule_scans_find_the_lines_of_their_patterns() -> None:
    """The consent rule's cookie words (substring searches) and the citation rule's initials
    (the comma found first, the initials before it checked after) find the lines the plain
    patterns find, on the seeds, the AEB pages and lines written to the shapes."""
    cookie = re.compile("cookie|Cookie|COOKIE|куки|Куки|КУКИ|쿠키|クッキー")
    initials = re.compile(r" [A-Z]{1,3}, (?:[A-Z]|et al)")
    shapes = "\n".join(
        [
            "Pierceall EA, Keim MC. Stress and Coping. 2007;31(9):703-712.",
            "Zhu A, et al. X AB, CD, E , F ABCD, G\nCOOKIE cOokie Куки 쿠키 クッキー cookiecookie",
            "A, B\n AB,  C\nx QRS, et al",
        ]
    )
    found = 0
    for text in [*_texts(), shapes]:
        plain = line_indexes(text, (m.start() for m in initials.finditer(text)))
        fast = line_indexes(
            text,
            (
                m.start()
                for m in _INITIALS.finditer(text)
                if _BEFORE_COMMA.search(text, max(0, m.start() - 4), m.start())
            ),
        )
        assert fast == plain
        assert lines_holding(text, _COOKIE) == line_indexes(
            text, (m.start() for m in cookie.finditer(text))
        )
        found += len(plain)
    assert found >= 3  # (the shapes hold three lines with initials)


def test_cookie_words_of_a_line_are_in_its_key(lines: list[str]) -> None:
    """The consent rule asks the page's folded keys before its text: every line holding a
    cookie word (any case, any script of the rule, whatever stands around it) has a key holding
    the word's folded form, so a page whose keys hold none has no panel to look for."""
    shapes = [
        "«Cookie»-Einstellungen",
        "We use COOKIES.",
        "Политика КУКИ-файлов",
        "쿠키 설정",
        "クッキーの使用について",
        "e\u0301cookie_policy",
        "ﬁCookie\u00adBanner",
        "Σ COOKIE",
    ]
    held = 0
    for text in [*lines, *shapes]:
        if any(word in text for word in _COOKIE):
            held += 1
            key = fold(text)
            assert any(word in key for word in _COOKIE_KEYS), text
    assert held >= len(shapes)
    assert consent_panels(line_features(["Bake the cookies for 12 minutes."])) == set()


def test_line_ends_from_the_character_pass_are_those_of_the_texts(lines: list[str]) -> None:
    """The character pass tells each line's first and last character apart for the text
    features (sentence marks, closing quotes, slugs, media tags, separators, teasers' dots):
    the same lines as the texts' own first and last characters, on the seeds, the AEB pages
    and lines written to the edges (one character, a first line of one dot, characters
    outside the BMP at either end)."""
    shapes = [
        ".",
        "…",
        "a.",
        "..",
        "Loading...",
        "ends with an ellipsis…",
        "\U0001d7d9 opens outside the BMP.",
        "ends outside the BMP \U0001f600",
        "[Video] A tag",
        "(Photo: AP)",
        "— a dash",
        "«quoted»",
        "x",
    ]
    texts = [t for t in (ln.strip() for ln in [*shapes[:1], *lines, *shapes]) if t]
    pages = [texts[k : k + 200] for k in range(0, len(texts), 200)]
    pages = [page for page in pages if "\n".join(page).count("\n") == len(page) - 1]
    assert sum(map(len, pages)) >= len(texts) - 400
    for page in pages:
        edges = _page_chars("\n".join(page)).edges
        assert edges.stops == [t[-1] in _TERMINAL_CHARS for t in page]
        assert edges.closed == [
            k for k, t in enumerate(page) if t[-1] in CLOSERS or _may_end_with_face(t)
        ]
        assert edges.slugs == [k for k, t in enumerate(page) if t[0] in _SLUG_START]
        assert edges.media == [k for k, t in enumerate(page) if t[0] in "[("]
        assert edges.separators == [k for k, t in enumerate(page) if _SEPARATOR.match(t[0])]
        assert edges.dotted == [k for k, t in enumerate(page) if t.endswith(("..", "…"))]


def test_code_units_read_once_fold_and_mark_the_page_alike(lines: list[str]) -> None:
    """The page's UTF-16 code units are read once for folding and for the character pass:
    each gives with them what it gives reading them itself, and folding gives each line's
    :func:`fold` (seeds, AEB pages, lines with characters outside the BMP, Korean, emoji)."""
    shapes = ["\U0001d7d9 opens outside the BMP", "안녕하세요 세계", "Đà Nẵng 🙂 “hôm nay”"]
    texts = [t for t in (ln.strip() for ln in [*lines, *shapes]) if t]
    pages = [texts[k : k + 150] for k in range(0, len(texts), 150)]
    pages = [page for page in pages if "\n".join(page).count("\n") == len(page) - 1]
    assert len(pages) >= 10
    for page in pages:
        block = "\n".join(page)
        units = code_units(block)
        assert fold_block(block, units) == fold_block(block)
        assert fold_block(block, units).split("\n") == [fold(t) for t in page]
        assert _page_chars(block, units) == _page_chars(block)


#: Lines whose lead-in before the date is near 40 characters, with separators after it.
DATELINE_SHAPES = [
    "12/03/2024 08:15",
    "Updated: 12/03/2024 08:15 GMT",
    "Thứ Hai, 2.12.2024 - 09:30 (GMT+7)",
    "Posted by the editorial desk of the morning, 12/03/2024",
    "Posted by the editorial desk of the morning paper 12/03/2024",
    "Posted by the editorial desk of the morning |  ,  12/03/2024",
    "Posted by the editorial desk of the morning paper, | 12/03/2024",
    "A lead-in of exactly forty characters ok 12/03/2024",
    "A lead-in of exactly forty characters o,  12/03/2024",
    "30. Juli 2018, 14:05 Uhr",
    "2013年04月09日 (水)",
    "Published 12 March 2024 by Jane Roe",
    "Room 12/3 on floor 2",
    "Score 3-1 after 90 minutes",
]


def test_the_atomic_dateline_lead_in_matches_what_the_lazy_one_does(lines: list[str]) -> None:
    """The dateline's lead-in, written as an atomic group (it holds no figure and every
    date it precedes opens with one), matches the lines the lazy lead-in tried at every
    length matches: every line of the seeds and AEB pages (their text and their dumps), and
    lead-ins near 40 characters."""
    lazy = _dateline(f"{_DATE}|{_DAY_FIRST_DATE}")
    assert lazy.pattern != _DATELINE.pattern
    dumps = html_dumps(sorted((DATA / "aeb" / "html").glob("*.html.gz")))
    texts = [ln.strip() for ln in [*lines, *DATELINE_SHAPES, *"\n".join(dumps).split("\n")]]
    assert sum(1 for t in texts if lazy.match(t)) > 10
    for text in texts:
        assert bool(_DATELINE.match(text)) is bool(lazy.match(text)), text
    # a lead-in of 40 characters before its separators is one, 41 or more is not
    assert _DATELINE.match(DATELINE_SHAPES[7]) and _DATELINE.match(DATELINE_SHAPES[8])
    assert not _DATELINE.match(DATELINE_SHAPES[4]) and not _DATELINE.match(DATELINE_SHAPES[6])


def test_legacy_signals_from_the_tables_are_where_the_pattern_matches(
    seed_texts: dict[str, str],
) -> None:
    """``signal_starts`` tells the legacy-Vietnamese signals from tables of the code points
    around each candidate character: the positions ``_SIGNAL`` finds scanning the text, on
    the seeds, their damaged and legacy-encoded versions, the AEB pages, text with characters
    outside the BMP (the pattern's scan then), and every candidate character at a text's
    start and end beside every kind of neighbour, in texts with enough candidates for the
    tables (and with a few, where the pattern is tried at each)."""
    from cleanscrape.text.chars import MAX_CANDIDATES
    from cleanscrape.text.repair import _CHAR_TABLE
    from cleanscrape.text.vietnamese import _SIGNAL, SIGNAL_CHARS, signal_starts

    from .test_repair_chars import _texts as repair_texts

    def scanned(text: str) -> list[int]:
        return [m.start() for m in _SIGNAL.finditer(text)]

    texts = repair_texts(seed_texts) + _texts()
    assert any(len(scanned(t)) >= 2 for t in texts)  # pages the judge reads are among them
    for text in texts:
        marks = _CHAR_TABLE.find(text)
        assert signal_starts(text, marks) == scanned(text), text[:60]
        assert signal_starts(text) == scanned(text)
    every = "".join(map(chr, range(0x10000)))
    firsts = SIGNAL_CHARS.findall(every)
    # a neighbour of each kind the tests tell apart: letters of the pairs, other letters,
    # digits, the underscore, marks, blanks, line breaks, CJK, a character outside the BMP
    near = "aAeEoOuUyYôöÔÖzZđĐ_5٣\u0301 \n\t中µÐ🙂" + "".join(firsts[::7])
    filler = " à" * (MAX_CANDIDATES + 1)  # candidates, none a signal
    for c in firsts:
        for n in near:
            for text in (c + n + filler, filler + n + c, filler + n + c + n, c + filler, c + n):
                assert signal_starts(text, _CHAR_TABLE.find(text)) == scanned(text), repr(text)


def test_legacy_check_with_a_batch_s_spellings_is_the_check_without(
    seed_texts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words the legacy-Vietnamese check judged on earlier pages of a batch
    (``Spellings``) give every page the repair it gets alone: on the seeds (one writes "Ð" for
    "Đ", so its lines go to the judge), their damaged and legacy-encoded versions and the AEB
    pages, with one batch's spellings, twice over, and with spellings emptied again and again;
    a page seen before judges no word again, and a copy sent to another process starts
    empty."""
    import pickle

    from cleanscrape.chrome.memo import LineMemo
    from cleanscrape.text import vietnamese
    from cleanscrape.text.repair import _CHAR_TABLE, repair_text
    from cleanscrape.text.vietnamese import Spellings, repair_vietnamese

    from .test_repair_chars import _texts as repair_texts

    texts = repair_texts(seed_texts)
    alone = [repair_vietnamese(t, _CHAR_TABLE.find(t)) for t in texts]
    assert any(found for _, found in alone)  # legacy pages repaired among them
    batch, small = Spellings(), Spellings(capacity=40)
    for _ in range(2):
        for text, want in zip(texts, alone, strict=True):
            marks = _CHAR_TABLE.find(text)
            assert repair_vietnamese(text, marks, batch) == want
            assert repair_vietnamese(text, marks, small) == want
            assert repair_text(text, spellings=batch) == repair_text(text)
        assert len(small) <= 40 + max(len(t.split()) for t in texts)
    assert len(batch) > 100
    judged: list[str] = []
    plain = vietnamese.is_syllable
    monkeypatch.setattr(vietnamese, "is_syllable", lambda w: judged.append(w) or plain(w))
    for text in texts:
        repair_vietnamese(text, _CHAR_TABLE.find(text), batch)
    assert not judged  # every word held
    repair_vietnamese(texts[3], _CHAR_TABLE.find(texts[3]))
    assert judged  # (the seed with "Ð", judged again without the batch's words)
    memo = LineMemo()
    memo.spellings = batch
    assert len(pickle.loads(pickle.dumps(memo)).spellings) == 0
    assert len(pickle.loads(pickle.dumps(batch))) == 0


def test_word_counts_of_a_page_at_once_are_each_line_s(lines: list[str]) -> None:
    """The confidence signals count every line's words (and CJK characters) in one pass over
    the page's code units: the counts of ``\\S+`` and ``_CJK`` line by line, on the seeds, the
    AEB pages cut into pages of 50 lines, the edge lines, empty and blank lines, characters
    outside the BMP, lone surrogates and every white-space character."""
    from cleanscrape.confidence import _word_counts, _words

    spaces = [chr(c) for c in range(0x10000) if chr(c).isspace() and chr(c) != "\n"]
    odd = ["", " ", "🙂 a🙂b", "\ud800 z", "東京で会議。 x", *(f"a{s}b{s}" for s in spaces)]
    pages = [lines[k : k + 50] for k in range(0, len(lines), 50)] + [odd, [""], ["", ""]]
    for page in pages:
        page = [ln.replace("\n", " ") for ln in page]  # (a line holds no line break)
        assert _word_counts(page) == [_words(ln) for ln in page]
