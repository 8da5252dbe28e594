"""Containment measured on a text's shingles inside one sentence (``dedup.sentences``).

An abridged copy keeps whole sentences of the story side by side where the original printed
others between them: its shingles across those places are new. The tests check what is
measured against its definition (the shingles of each sentence's own matching key, made
apart), and that an abridged copy of a story told in short sentences, which the shingles
across its junctions used to pull under the threshold, lies in the original, for both
engines. Real text only: the seeds and an AEB page's gold body (a sports story of short
sentences).
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from cleanscrape import CleanOptions
from cleanscrape.dedup import compare_texts, find_duplicates, matching_key
from cleanscrape.dedup.body import match_text, opening_key
from cleanscrape.dedup.distributed import _best_container
from cleanscrape.dedup.prints import PrintList
from cleanscrape.dedup.sentences import breaks, line_breaks
from cleanscrape.dedup.signature import containment, shingle_hashes_batch

from .aeb import PAGES, gold
from .conftest import DATA
from .ray_rows import inside_column

#: The end of a sentence as the test reads it: a mark, closing quotes or brackets, a space.
_PIECE_END = re.compile(r"(?<=[.!?…])([\"'”’»)\]]*)\s+")
#: The AEB page (tests/data/html/aeb) whose gold body is a story of short sentences.
_SHORT_SENTENCES = "6a72de37"


def _pieces(line: str) -> list[str]:
    """``line`` cut after each sentence end (the closing quotes stay with their sentence)."""
    out, start = [], 0
    for m in _PIECE_END.finditer(line):
        out.append(line[start : m.end(1)])
        start = m.end()
    return [*out, line[start:]]


def _by_definition(text: str, opts: CleanOptions) -> np.ndarray:
    """The shingles inside one sentence of ``text``'s body, as the definition says: the
    shingles of each sentence's own matching key (of five words or more)."""
    keys = [
        matching_key(p)
        for line in match_text(text, opts.match).splitlines()
        for p in _pieces(line.strip())
    ]
    keys = [k for k in keys if k.count(" ") + 1 >= opts.shingle_size]
    made = shingle_hashes_batch(keys, opts.shingle_size)
    return np.unique(np.concatenate(made)) if made else np.empty(0, np.uint64)


def _story() -> tuple[str, list[str]]:
    """The AEB page's gold: the story as paragraphs, and its sentences."""
    body = gold(PAGES)[_SHORT_SENTENCES]["articleBody"]
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return "\n".join(paras), [s for p in paras for s in _pieces(p)]


def test_the_shingles_measured_are_those_of_each_sentence_apart(
    seed_texts: dict[str, str],
) -> None:
    """For the seeds and the AEB story, the hashes containment measures are the shingles of
    each sentence's key made apart (none across a sentence's end or a line's)."""
    opts = CleanOptions()
    texts = [*seed_texts.values(), _story()[0]]
    prints = PrintList(texts, opts)
    for i, text in enumerate(texts):
        inside = prints.inside(i)
        assert inside.size < prints.hashes(i).size  # (every text has sentences to cross)
        assert np.array_equal(inside, _by_definition(text, opts))


def test_a_line_whose_words_are_not_its_keys_is_one_sentence() -> None:
    """The ends are counted in the key's words; a line whose words as written are not its
    key's (here given one word fewer) is taken whole."""
    line = "Kinh tế tăng trưởng mạnh. Xuất khẩu đạt kỷ lục! Nhập khẩu giảm?"
    words = matching_key(line).count(" ") + 1
    assert breaks(line, words) == [5, 10]
    assert breaks(line, words - 1) == []
    # a word whose bytes were lost to U+FFFD is one word, as in the key
    lost = "Nhi\ufffdu người đến. Họ nói vậy. Xong"
    assert breaks(lost, matching_key(lost).count(" ") + 1) == [3, 6]
    # a decimal point is no end; a full stop before a closing quote is
    assert breaks("Giá 2.5 triệu. Tăng", 5) == [4]
    assert breaks("Ông nói: “Tăng giá.” Sau đó", 6) == [4]


def test_a_text_of_short_lines_is_measured_on_all_its_shingles(
    seed_texts: dict[str, str],
) -> None:
    """A text whose lines are shorter than a shingle (a seed's menu items, one a line) has no
    shingle inside a sentence: all of its shingles are measured."""
    lines = [ln.strip() for text in seed_texts.values() for ln in text.splitlines()]
    items = list(dict.fromkeys(ln for ln in lines if 0 < len(ln.split()) < 5))[:15]
    assert len(items) == 15
    prints = PrintList(["\n".join(items)], CleanOptions(match="full"))
    assert prints.hashes(0).size > 10
    assert np.array_equal(prints.inside(0), prints.hashes(0))


def test_an_abridged_copy_of_short_sentences_lies_in_the_original() -> None:
    """A copy keeping three of five sentences of a story told in short sentences, run
    together in one paragraph: across its junctions a fifth of its shingles are new (all its
    shingles lie in the original under 0.8). What is measured, its
    shingles inside one sentence, lies in the original, so ``--containment`` joins it, in
    both engines; the original does not lie in the copy."""
    original, sentences = _story()
    kept = [s for k, s in enumerate(sentences) if (k * 3) % 5 < 3]
    assert 0.55 < len(kept) / len(sentences) < 0.7
    copy = " ".join(kept)
    opts = CleanOptions(containment=True)
    prints = PrintList([copy, original], opts)
    assert containment(prints.hashes(0), prints.whole(1)) < 0.8
    c = compare_texts(copy, original, opts)
    assert c.a_in_b >= 0.9 and c.b_in_a < 0.8 and c.similarity < 0.8
    assert c.relation == "contained"
    assert find_duplicates([original, copy], opts).duplicate_of == [None, 0]
    assert find_duplicates([original, copy]).duplicate_of == [None, None]
    # the Ray engine's containment step measures the same hashes
    texts = (copy, original)
    keys = [matching_key(match_text(t, "body")) for t in texts]
    group = {
        "i": np.array([0, 0]),
        "j": np.array([-1, 1]),
        "whole": np.array([prints.whole(k).tobytes() for k in range(2)], dtype=object),
        "body": np.array([prints.hashes(k).tobytes() for k in range(2)], dtype=object),
        "opening": np.array(
            [shingle_hashes_batch([opening_key(k)], 5)[0].tobytes() for k in keys], dtype=object
        ),
        "inside": inside_column(texts),
    }
    assert _best_container(group, opts)["b"].tolist() == [1]


def _ends_line_by_line(line: str, words: int) -> list[int]:
    """Where sentences end in ``line``, counted a line at a time with patterns: each word of
    the key one "w", then the "w" before each end (the reference for the batch reading)."""
    line = unicodedata.normalize("NFC", line)
    marked = re.sub(r"(?:[^\W_]|\ufffd)+", "w", line)
    if marked.count("w") != words:
        return []
    out: list[int] = []
    for m in re.finditer(r"[.!?…][\"'”’»)\]]*(?=\s)|[。！？][\"'”’»)\]」』]*", marked):
        seen = marked.count("w", 0, m.end())
        if 0 < seen < words and (not out or out[-1] != seen):
            out.append(seen)
    return out


def test_the_batch_reading_agrees_with_a_line_by_line_count(seed_texts: dict[str, str]) -> None:
    """Every line of the seeds and of the test pages' dumps (emoji, CJK and U+FFFD among them),
    read together in one batch, gets the ends a line-by-line count gives."""
    texts = [*seed_texts.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "dumps").rglob("*.txt"))]
    lines = [ln.strip() for t in texts for ln in t.splitlines() if ln.strip()]
    words = np.array([len(matching_key(ln).split()) for ln in lines], dtype=np.int64)
    at, offsets = line_breaks(lines, words)
    found: list[list[int]] = [[] for _ in lines]
    for k, o in zip(at.tolist(), offsets.tolist(), strict=True):
        found[k].append(o)
    expected = [_ends_line_by_line(ln, w) for ln, w in zip(lines, words.tolist(), strict=True)]
    assert sum(map(bool, expected)) > 1000
    assert found == expected
