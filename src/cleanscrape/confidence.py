"""Page-level confidence: how likely the clean text is the article, and only the article.

A score in [0, 1] from what the per-document path already knows, no second extraction:

* ``body``: how much body text is left (a few words are rarely a whole article);
* ``prose``: the share of the body's characters in sentence-like lines (at least ten words
  ending like a sentence); menus, link lists and comment snippets that slip through lower it;
* ``agreement`` (HTML): trafilatura's text against the page's main prose block (the
  paragraphs of one parent); far less or far more than that block is a doubtful extraction;
* ``short``: the share of body lines that are short and end without a sentence mark
  (headings are few in an article; menus and link lists are made of such lines);
* ``kept``: the share of the characters the chrome stage kept (very little kept means the
  region was hard to find; everything kept on a text dump means nothing looked like chrome);
* ``fallback``: the text is the page's visible text, cleaned like a text dump;
* ``low_prose``: the chrome stage could not tell the article from the rest and kept it all;
* ``outside`` (HTML): the share of the body's characters in lines that are not text of the
  article's area on the page (the area of its main prose block): a second story, product
  blurbs or comments that extraction took beside the article have an article's shape, but
  they are not where the article is. 0 when the page has no such area (and on text dumps);
* ``gap`` (HTML): how far the body's length is from that of the article's nodes by content
  score (:mod:`cleanscrape.html.score`, the page's own tree read as readability reads it), in
  word characters: ``1 - min(r, 1 / r)`` of their ratio ``r``. A body that took a second
  block beside the article, or kept a part of it, or a page whose best-scored element is not
  what extraction found, is far from it. 0 when no paragraph of the page votes (and on text
  dumps).

The weights are a logistic model fitted once to per-page F1 on the tuning half of the
benchmark pages (``benchmarks/confidence.py`` refits it and shows the calibration on the
held-out half). Pages under :data:`LOW_CONFIDENCE` (per ``favor`` preset) get the
``low_confidence`` flag, so that a user can route them elsewhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
import numpy.typing as npt

from .document import LOW_PROSE
from .options import Favor
from .text.chars import class_bits, word_units

#: ``low_confidence`` below this score, per ``CleanOptions.favor`` preset.
LOW_CONFIDENCE: Mapping[Favor, float] = MappingProxyType(
    {"precision": 0.8, "balanced": 0.7, "recall": 0.5}
)

_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]*$")
_WORD = re.compile(r"\S+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

#: Logistic weights: bias, body, prose, agreement, short, kept, fallback, low_prose, outside,
#: gap (fitted, see above).
WEIGHTS = (-1.69, 2.68, 1.22, 0.6, -1.43, 1.46, -1.24, -2.41, -0.85, -1.83)


@dataclass(frozen=True, slots=True)
class Signals:
    """The inputs of the score, each in [0, 1]."""

    body: float
    prose: float
    agreement: float
    short: float
    kept: float
    fallback: float
    low_prose: float
    outside: float = 0.0
    gap: float = 0.0

    def vector(self) -> tuple[float, ...]:
        return (
            1.0,
            self.body,
            self.prose,
            self.agreement,
            self.short,
            self.kept,
            self.fallback,
            self.low_prose,
            self.outside,
            self.gap,
        )


#: What :data:`_SENTENCE_END` allows after the sentence mark, and the marks themselves.
_CLOSERS = "\"'”’»)]"
_ENDS = frozenset(".!?。！？…:;")


def _words(line: str) -> int:
    n = len(_WORD.findall(line))
    if not line.isascii():
        n += len(_CJK.findall(line)) // 2
    return n


#: Per UTF-16 code unit: bit 0 white space (what ``str.split`` splits on: ``\s``), bit 1 a
#: character of :data:`_CJK`.
_UNIT_BITS = class_bits([re.compile(r"\s"), _CJK])


def _word_counts(lines: list[str]) -> list[int]:
    """:func:`_words` of each of ``lines`` (none holding a ``\n``), for all of them at once:
    a word starts at each code unit that is not white space after one that is (a surrogate
    pair is two units of one word), the CJK characters are units of their own; both counted
    over each line's units by one ``reduceat`` (each line's span ends with its ``\n``)."""
    units = np.frombuffer(
        ("\n".join(lines) + "\n").encode("utf-16-le", "surrogatepass"), dtype=np.uint16
    )
    bits = _UNIT_BITS.take(units)
    space = (bits & 1).astype(np.bool_)
    starts: npt.NDArray[np.bool_] = ~space
    starts[1:] &= space[:-1]
    first = np.flatnonzero(units == 10)[:-1] + 1
    first = np.concatenate(([0], first))
    words = np.add.reduceat(starts.astype(np.int64), first)
    cjk = np.add.reduceat((bits >> 1).astype(np.int64), first)
    counts: list[int] = (words + cjk // 2).tolist()
    return counts


def _ends_sentence(line: str) -> bool:
    """``_SENTENCE_END.search(line)`` by a look at the line's end (no scan of the line)."""
    return line.rstrip(_CLOSERS)[-1:] in _ENDS


def outside_share(lines: list[str], in_article: Callable[[str], bool] | None) -> float:
    """The share of the characters of ``lines`` in lines for which ``in_article`` is false
    (text that is not the article's area on the page); 0.0 without ``in_article``."""
    if in_article is None:
        return 0.0
    total = sum(map(len, lines))
    if not total:
        return 0.0
    return sum([len(ln) for ln in lines if ln and not in_article(ln)]) / total


def content_gap(lines: list[str], content_chars: int) -> float:
    """``1 - min(r, 1 / r)`` of ``r``, the word characters of ``lines`` over ``content_chars``
    (those of the article's nodes by content score); 0.0 without such nodes."""
    if content_chars <= 0:
        return 0.0
    ratio = word_units("\n".join(lines)) / content_chars
    return 1.0 - min(ratio, 1.0 / ratio) if ratio > 0 else 1.0


def signals(
    lines: list[str],
    *,
    flags: list[str],
    removed_chars: int = 0,
    fallback: bool = False,
    prose_chars: int = 0,
    found_chars: int = 0,
    in_article: Callable[[str], bool] | None = None,
    content_chars: int = 0,
) -> Signals:
    """:class:`Signals` of a clean body (its lines) and what extraction reported
    (``in_article``: whether a line is text of the article's area on the page, HTML;
    ``content_chars``: the word characters of the article's nodes by content score, HTML)."""
    total = sum(map(len, lines))
    counts = _word_counts(lines) if lines else []
    words = sum(counts)
    # ``_ends_sentence`` of each line, written out (a call per line costs more than the test)
    ends = [ln.rstrip(_CLOSERS)[-1:] in _ENDS for ln in lines]
    prose = sum(
        [
            len(ln)
            for ln, n, end in zip(lines, counts, ends, strict=True)
            if (n >= 10 and end) or n >= 40
        ]
    )
    body = min(1.0, math.log1p(words) / math.log1p(400))
    short = [n <= 8 and not end for n, end in zip(counts, ends, strict=True)].count(True)
    if prose_chars > 0:
        ratio = found_chars / prose_chars
        agreement = min(ratio, 1.0 / ratio) if ratio > 0 else 0.0
    else:
        agreement = 0.5  # no prose block on the page (or a text dump): no evidence either way
    return Signals(
        body=body,
        prose=prose / total if total else 0.0,
        agreement=agreement,
        short=short / len(lines) if lines else 1.0,
        kept=total / (total + removed_chars) if total + removed_chars else 0.0,
        fallback=1.0 if fallback else 0.0,
        low_prose=1.0 if LOW_PROSE in flags else 0.0,
        outside=outside_share(lines, in_article),
        gap=content_gap(lines, content_chars),
    )


def score(sig: Signals, weights: tuple[float, ...] = WEIGHTS) -> float:
    """Confidence in [0, 1] (rounded to 3 places, so it is the same on every platform)."""
    z = sum(w * x for w, x in zip(weights, sig.vector(), strict=True))
    return round(1.0 / (1.0 + math.exp(-z)), 3)
