"""Matching keys: the form of a text that duplicates are judged on (never shown to users)."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+", re.UNICODE)


def matching_key(text: str) -> str:
    """NFC, lower case, Đ/Ð folded, punctuation dropped, whitespace folded."""
    text = unicodedata.normalize("NFC", text).lower().replace("ð", "đ")
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def shingles(key: str, size: int = 5) -> set[str]:
    """Word ``size``-grams of a matching key; a text shorter than ``size`` words is one shingle."""
    words = key.split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
