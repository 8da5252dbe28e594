"""Matching keys: the form of a text that duplicates are judged on (never shown to users).

Two copies of one story often differ only in how their text is encoded: NFC vs NFD, old vs new
Vietnamese tone-mark placement ("hoà" vs "hòa", "thuý" vs "thúy", "uỳ" vs "ùy"), the Icelandic
eth Ð (U+00D0) typed for the Vietnamese Đ (U+0110), straight vs curly quotes, spacing. The
matching key erases all of these so that such copies have identical keys:

1. NFC, then lower case;
2. ð (U+00F0) and ɖ (U+0256) folded to đ (U+0111);
3. every character that is not a letter, digit or whitespace (punctuation, quotes, symbols, the
   underscore) becomes a space;
4. Vietnamese tone placement is canonicalised to the new style: in a word-final "oa", "oe" or
   "uy" the tone goes on the second vowel ("hòa" -> "hoà", "thúy" -> "thuý", "qúy" -> "quý");
   these open syllables are the only ones where the old and new styles differ;
5. runs of whitespace become one space.

>>> matching_key("Hoà bình") == matching_key("HÒA  bình!")
True
>>> matching_key("“Ðà Nẵng”") == matching_key('"Đà Nẵng"')
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: Not a letter, digit or whitespace (checked on NFC text, where Vietnamese letters are
#: precomposed); the underscore counts as punctuation.
_PUNCT = re.compile(r"[^\w\s]+|_+")
#: The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below).
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _toned(vowel: str) -> list[str]:
    return [unicodedata.normalize("NFC", vowel + mark) for mark in _TONES]


def _placement_table() -> dict[str, str]:
    """Old-style open syllables ("hòa", "hòe", "thúy") -> new style ("hoà", "hoè", "thuý")."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for old, new in zip(_toned(first), _toned(second), strict=True):
            table[old + second] = first + new
    return table


_PLACEMENT = _placement_table()
#: A toned first vowel of "oa", "oe", "uy" that ends its word: the only syllables whose
#: tone placement differs between the old and the new Vietnamese style.
_OLD_STYLE = re.compile("(?:" + "|".join(sorted(_PLACEMENT)) + r")\b")


def matching_key(text: str) -> str:
    """The matching key of ``text``: see the module documentation for the exact folding."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("\u00f0", "\u0111").replace("\u0256", "\u0111")
    text = _PUNCT.sub(" ", text)
    text = _OLD_STYLE.sub(lambda m: _PLACEMENT[m.group()], text)
    return " ".join(text.split())


def line_keys(text: str) -> list[str]:
    """The matching key of every non-blank line of ``text`` (as :func:`matching_key` of each
    line, folded in one pass over the whole text)."""
    return keyed_lines(text)[1]


def keyed_lines(text: str) -> tuple[list[str], list[str]]:
    """The non-blank lines of ``text`` (stripped) and their matching keys (:func:`line_keys`).

    The folding works character by character and a line break is never part of a word, so
    the matching key of any lines of the text joined by line breaks is their non-empty keys
    joined by spaces (:func:`join_keys`): the whole text's key, or its body's, needs no
    second pass.
    """
    folded = unicodedata.normalize("NFC", text).lower()
    folded = folded.replace("\u00f0", "\u0111").replace("\u0256", "\u0111")
    folded = _OLD_STYLE.sub(lambda m: _PLACEMENT[m.group()], _PUNCT.sub(" ", folded))
    lines: list[str] = []
    keys: list[str] = []
    for line, key in zip(text.splitlines(), folded.splitlines(), strict=True):
        line = line.strip()
        if line:
            lines.append(line)
            keys.append(" ".join(key.split()))
    return lines, keys


def join_keys(keys: Iterable[str]) -> str:
    """The matching key of lines whose keys are ``keys`` (see :func:`keyed_lines`)."""
    return " ".join(k for k in keys if k)


def shingles(key: str, size: int = 5) -> set[str]:
    """Word ``size``-grams of a matching key, as strings (for display and tests).

    A key with fewer than ``size`` words is one shingle: the whole key. So two short texts only
    match when their keys are identical, and different short texts never collapse into one.
    :func:`cleanscrape.dedup.shingle_hashes` hashes exactly these shingles.
    """
    words = key.split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
