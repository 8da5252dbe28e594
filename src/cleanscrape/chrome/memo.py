"""The features of a line that depend on its text alone, worked out once per distinct text of a
batch.

The pages of one site repeat their chrome (menus, footers, related headings, share rows): a
batch of pages from a few hundred outlets holds most of its chrome lines many times. A
:class:`LineMemo` belongs to one run of the pipeline (it is made by the run and passed down
to the strip stage, never kept by a module) and holds, for each distinct line text it has
seen, the features of :data:`~cleanscrape.chrome.features.TEXT_FEATURES` and the line's
phrase-lexicon category: a page's lines are looked up, and only the texts not yet seen go
through :func:`~cleanscrape.chrome.features.text_columns` and
:func:`~cleanscrape.chrome.features.lexicon_categories`.

Every value held is a function of the text alone, so a page gets the same lines whatever the
memo holds: with it or without it, full or empty, in one process or in several. The memo also
carries the batch's :class:`~cleanscrape.text.vietnamese.Spellings` (the words the repair
stage's legacy-Vietnamese check has judged), which the per-document path hands to the repair
stage.
"""

from __future__ import annotations

from collections import Counter
from itertools import compress, count, repeat
from operator import itemgetter
from typing import Any, cast

from ..lexicon.folding import fold_lines
from ..text.vietnamese import Spellings
from .features import (
    TEXT_FEATURES,
    Line,
    lexicon_categories,
    line_features,
    nonblank_lines,
    set_marks,
    text_columns,
)

#: Distinct line texts a memo holds at most (about 20 MB of texts, keys and rows for the lines
#: of news pages, 400 bytes a text). A memo that would grow past it keeps only the texts found
#: in it again since it was last full (a site's chrome; a paragraph of one article is seen
#: once), or empties itself when those fill it.
CAPACITY = 50_000

#: A row of the memo: the columns of :func:`text_columns`, then the lexicon category.
_Row = tuple[Any, ...]
_SEPARATOR = TEXT_FEATURES.index("separator")


class LineMemo:
    """Text-only features of the lines one batch has seen, at most ``capacity`` texts.

    A copy sent to another process (pickled with the work of a worker) starts empty: each
    process fills its own.
    """

    __slots__ = ("_again", "_rows", "capacity", "spellings")

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        #: the words the repair stage's legacy-Vietnamese check judged in this batch
        self.spellings = Spellings()
        self._rows: dict[str, _Row] = {}
        #: texts found in the memo since it was last full
        self._again: set[str] = set()

    def __len__(self) -> int:
        return len(self._rows)

    def __reduce__(self) -> tuple[type[LineMemo], tuple[int]]:
        return (LineMemo, (self.capacity,))

    def rows(self, texts: list[str]) -> list[_Row | None]:
        """The row held for each of ``texts`` (``None`` for a text not held)."""
        found = list(map(self._rows.get, texts))
        self._again.update(compress(texts, found))  # (a row is a non-empty tuple)
        return found

    def add(self, rows: dict[str, _Row]) -> None:
        """Keep ``rows``; when they do not fit, only the texts found again since the memo was
        last full are kept with them (none, when even those leave no room)."""
        if len(self._rows) + len(rows) > self.capacity:
            again = [t for t in self._again if t in self._rows]
            if len(again) + len(rows) > self.capacity:
                again = []
            self._rows = {t: self._rows[t] for t in again}
            self._again = set()
        if len(rows) <= self.capacity:
            self._rows.update(rows)

    def keys(self, texts: list[str]) -> list[str]:
        """The folded key of each of ``texts`` (:func:`~cleanscrape.lexicon.folding.fold`):
        the memo's where it holds the text, else folded here (not kept)."""
        found = list(map(self._rows.get, texts))
        if None not in found:
            return list(map(_KEY, cast(list[_Row], found)))
        missing = list(compress(texts, map(_is_none, found)))
        folded = dict(zip(missing, fold_lines(missing), strict=True))
        return [
            row[0] if row is not None else folded[t] for row, t in zip(found, texts, strict=True)
        ]


_KEY = itemgetter(0)


def _is_none(row: _Row | None) -> bool:
    return row is None


def page_lines(lines: list[str], memo: LineMemo | None) -> list[Line]:
    """:func:`~cleanscrape.chrome.features.line_features` of a page with each line's
    phrase-lexicon category set (none on separators), the text-only features from ``memo``
    where it holds them (``None``: all worked out for this page)."""
    if memo is None:
        return _with_categories(line_features(lines))
    indexes, texts, starts, marks = nonblank_lines(lines)  # (as line_features reads them)
    if not texts:
        return []
    if "\n".join(texts).count("\n") != len(texts) - 1:
        # (a text with a line break of its own: its page's passes take another path)
        return _with_categories(line_features(lines))
    found = memo.rows(texts)
    new: dict[str, _Row] = {}
    if None in found:
        # the texts not held, worked out together as one page (their lexicon category below)
        missing = list(dict.fromkeys(compress(texts, map(_is_none, found))))
        new = dict(zip(missing, zip(*text_columns(missing), repeat("")), strict=True))
        found = [row if row is not None else new[t] for row, t in zip(found, texts, strict=True)]
    cols = list(zip(*found, strict=True))
    keys = cols[0]
    counts = Counter(keys)
    repeats = [counts[key] - 1 if key else 0 for key in keys]
    feats = list(
        map(Line, indexes, texts, *cols[:10], starts, cols[10], repeats, cols[14], *cols[11:14])
    )
    set_marks(feats, marks)
    if new:
        memo.add(_with_lexicon(new, feats, texts))
    return feats


def _with_categories(feats: list[Line]) -> list[Line]:
    """``feats`` with their lexicon categories set (none on a separator)."""
    lexicon = lexicon_categories(feats)
    for k in compress(count(), lexicon):  # (the few lines with a category)
        if not feats[k].separator:
            feats[k].lexicon = lexicon[k]
    return feats


def _with_lexicon(new: dict[str, _Row], feats: list[Line], texts: list[str]) -> dict[str, _Row]:
    """The rows ``new`` of texts of the page ``feats`` (made with no lexicon category) with
    their category, set on the page's lines of those texts too (none on a separator). The
    rules read text-only fields: one line of each text is asked."""
    at = dict(zip(texts, count()))
    cats = lexicon_categories([feats[at[t]] for t in new])
    found = {t: c for t, c in zip(new, cats, strict=True) if c and not new[t][_SEPARATOR]}
    if found:
        for k in compress(count(), map(found.__contains__, texts)):
            feats[k].lexicon = found[texts[k]]
    return {t: (*row[:-1], found.get(t, "")) for t, row in new.items()}
