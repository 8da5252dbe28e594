"""Why two texts are (or are not) duplicates: body similarity, containment both ways, whether
the headlines match, and the lines that differ.

The figures are the ones the de-duplication decides on (the same matching key, the same shingle
hashes, the same headline/lede/body rule), so ``cleanscrape compare`` cannot disagree with
``cleanscrape clean``. Lines are compared by their matching keys (an NFD or re-quoted copy of a
line is the same line) with :mod:`difflib`, and shown as written.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..options import CleanOptions, MatchOn
from .body import TextParts, split_lines, split_text
from .key import join_keys, keyed_lines, keyed_texts, matching_key
from .signature import U64, containment, jaccard

Relation = str  # "exact", "near", "contained", "contains", "different"


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two texts side by side, ``a`` first.

    ``similarity`` is the exact Jaccard of the shingles of what is matched (the body with
    ``match="body"``); ``a_in_b`` is the share of ``a``'s matched shingles found anywhere in
    ``b`` (its whole text, as ``--containment`` looks), of those inside one sentence of ``a``
    (:mod:`.sentences`: a copy that drops sentences lies whole in the original), ``b_in_a``
    the other way round;
    ``headline_match`` is ``None`` unless both have a headline; ``relation`` says what the
    de-duplication makes of the pair under the options given (``"contained"`` or
    ``"contains"`` at the default setting, containment off, only for a text that lies in a
    page of another site kept whole, :func:`.core.in_chrome_of`); ``apart_because`` names the rule
    that keeps apart a pair whose figures reach a threshold (a key of
    :data:`.core.APART_REASONS`, the rule the de-duplication itself applied), ``None`` otherwise.
    """

    similarity: float
    a_in_b: float
    b_in_a: float
    headline_a: str | None
    headline_b: str | None
    headline_match: bool | None
    relation: Relation
    only_in_a: list[str]
    only_in_b: list[str]
    apart_because: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "similarity": self.similarity,
            "a_in_b": self.a_in_b,
            "b_in_a": self.b_in_a,
            "headline_match": self.headline_match,
            "relation": self.relation,
            "only_in_a": self.only_in_a,
            "only_in_b": self.only_in_b,
            "apart_because": self.apart_because,
        }


def headline_match(a: TextParts, b: TextParts) -> bool | None:
    """Whether two texts' headlines have the same matching key (``None``: one has none)."""
    return titles_match(a.headline, b.headline)


def titles_match(a: str | None, b: str | None) -> bool | None:
    """Whether two headlines (or page titles) have the same matching key (``None``: one is
    missing). A page's title, when its extraction moved the headline out of the text, is its
    headline."""
    if not a or not b:
        return None
    return matching_key(a) == matching_key(b)


@dataclass(frozen=True, slots=True)
class TextView:
    """What a comparison needs of one text, worked out once: its parts, lines and line keys
    (and where its body's lines are, from which its matching keys are joined)."""

    parts: TextParts
    lines: list[str]
    keys: list[str]
    body_lines: list[int] = dataclasses.field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> TextView:
        return cls.keyed(*keyed_lines(text))

    @classmethod
    def keyed(cls, lines: list[str], keys: list[str], words: list[int] | None = None) -> TextView:
        """The view of a text whose non-blank lines (stripped), their keys and maybe their
        word counts are given."""
        parts, body = split_lines(lines, words)
        return cls(parts, lines, keys, body)

    @classmethod
    def all_of(cls, texts: Sequence[str]) -> list[TextView]:
        """:meth:`of` each of ``texts``, a line met again worked out once
        (:func:`.key.keyed_texts`)."""
        return [cls.keyed(*keyed) for keyed in keyed_texts(texts)]

    def whole_key(self) -> str:
        """:func:`~.key.matching_key` of the whole text."""
        return join_keys(self.keys)

    def match_key(self, match: MatchOn) -> str:
        """:func:`~.key.matching_key` of what duplicates are judged on (``match``)."""
        if match == "full":
            return self.whole_key()
        keys = self.keys
        return join_keys(keys[k] for k in self.body_lines)


def differing_lines(a: str | TextView, b: str | TextView) -> tuple[list[str], list[str]]:
    """Lines of ``a`` not in ``b`` and of ``b`` not in ``a``, in order (difflib on line keys)."""
    va = a if isinstance(a, TextView) else TextView.of(a)
    vb = b if isinstance(b, TextView) else TextView.of(b)
    only_a: list[str] = []
    only_b: list[str] = []
    matcher = difflib.SequenceMatcher(None, va.keys, vb.keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            only_a.extend(va.lines[i1:i2])
            only_b.extend(vb.lines[j1:j2])
    return only_a, only_b


def relation(
    similarity: float, a_in_b: float, b_in_a: float, exact: bool, opts: CleanOptions
) -> str:
    """What the de-duplication makes of a pair (``a`` against ``b``) under ``opts``."""
    if exact:
        return "exact"
    mutual = opts.match == "body" and min(a_in_b, b_in_a) >= opts.dedup_threshold
    if similarity >= opts.dedup_threshold or mutual:  # mutual: core.mutually_contained
        return "near"
    if opts.containment:
        if a_in_b >= opts.containment_threshold and a_in_b >= b_in_a:
            return "contained"
        if b_in_a >= opts.containment_threshold:
            return "contains"
    return "different"


@dataclass(frozen=True, slots=True)
class Figures:
    """What the de-duplication measured of a text against another (``a`` against ``b``): the
    figures of a :class:`Comparison` that come from shingle hashes alone (no text needed)."""

    similarity: float
    a_in_b: float
    b_in_a: float
    exact: bool


def measure(
    matched: tuple[U64, U64], whole: tuple[U64, U64], exact: bool, inside: tuple[U64, U64]
) -> Figures:
    """The :class:`Figures` of ``a`` against ``b`` from the shingle hashes of what is matched
    (the bodies), of the whole texts (what a body is looked for in) and of what containment
    measures of the bodies (``inside``: their shingles inside one sentence, or all of them,
    :meth:`.prints.Prints.inside`)."""
    (ha, hb), (fa, fb), (ia, ib) = matched, whole, inside
    return Figures(
        similarity=round(jaccard(ha, hb), 4),
        a_in_b=round(containment(ia, fb), 4),
        b_in_a=round(containment(ib, fa), 4),
        exact=exact,
    )


def compare_measured(
    a: str | TextView,
    b: str | TextView,
    figures: Figures,
    opts: CleanOptions,
    *,
    lines: bool = True,
) -> Comparison:
    """The :class:`Comparison` of two texts whose :class:`Figures` are known: the headlines and
    the differing lines come from the texts (``lines=False``: no differing lines, both empty)."""
    f = figures
    only_a: list[str] = []
    only_b: list[str] = []
    if lines:
        va = a if isinstance(a, TextView) else TextView.of(a)
        vb = b if isinstance(b, TextView) else TextView.of(b)
        pa, pb = va.parts, vb.parts
        only_a, only_b = differing_lines(va, vb)
    else:
        pa = a.parts if isinstance(a, TextView) else split_text(a)
        pb = b.parts if isinstance(b, TextView) else split_text(b)
    return Comparison(
        similarity=f.similarity,
        a_in_b=f.a_in_b,
        b_in_a=f.b_in_a,
        headline_a=pa.headline,
        headline_b=pb.headline,
        headline_match=headline_match(pa, pb),
        relation=relation(f.similarity, f.a_in_b, f.b_in_a, f.exact, opts),
        only_in_a=only_a,
        only_in_b=only_b,
    )


def compare_figures(figures: Figures, opts: CleanOptions) -> Comparison:
    """The :class:`Comparison` that :class:`Figures` give without the texts: no headlines
    (``None``, so ``headline_match`` is ``None``) and no differing lines; for a caller that puts
    the pages' titles as the headlines (:func:`with_titles`)."""
    f = figures
    return Comparison(
        similarity=f.similarity,
        a_in_b=f.a_in_b,
        b_in_a=f.b_in_a,
        headline_a=None,
        headline_b=None,
        headline_match=None,
        relation=relation(f.similarity, f.a_in_b, f.b_in_a, f.exact, opts),
        only_in_a=[],
        only_in_b=[],
    )


def compare_texts(
    a: str,
    b: str,
    options: CleanOptions | None = None,
    *,
    titles: tuple[str | None, str | None] = (None, None),
    sites: tuple[str | None, str | None] = (None, None),
    whole_pages: tuple[bool | None, bool | None] = (None, None),
) -> Comparison:
    """Compare two clean texts as the de-duplication does (see :class:`Comparison`).

    ``relation`` is what :func:`~.core.find_duplicates` makes of the two texts alone in a batch
    given their ``sites`` (``None`` when not known; a batch gives each page its host) and
    ``whole_pages`` (whether the strip stage kept each page whole, ``None`` when not known;
    a batch gives each page's ``low_prose`` flag): figures
    that reach a threshold give ``"different"`` when the de-duplication does not join the pair,
    and ``apart_because`` then names the rule that kept them apart, as the de-duplication's own
    code path gives it (:func:`~.core.pair_apart`; the words: :data:`.core.APART_REASONS`).

    >>> body = "\\nMột hai ba bốn năm sáu bảy.\\nTám chín mười."
    >>> c = compare_texts("Mưa lớn" + body, "MƯA LỚN Ở HÀ NỘI" + body)
    >>> c.similarity, c.relation, c.headline_match, c.only_in_a, c.only_in_b
    (1.0, 'exact', False, ['Mưa lớn'], ['MƯA LỚN Ở HÀ NỘI'])
    """
    opts = options or CleanOptions()
    from .core import pair_apart  # core and prints build on this module
    from .prints import PrintList

    views = TextView.all_of([a, b])
    prints = PrintList([a, b], opts, views=views)
    prints.read_wholes([0, 1])
    figures = measure(
        (prints.hashes(0), prints.hashes(1)),
        (prints.whole(0), prints.whole(1)),
        bool(prints.key(0)) and prints.key(0) == prints.key(1),
        (prints.inside(0), prints.inside(1)),
    )
    c = compare_measured(views[0], views[1], figures, opts)

    if c.relation != "different":
        apart = pair_apart(a, b, opts, sites, whole_pages)
        if apart is not None:
            c = dataclasses.replace(c, relation="different", apart_because=apart)
    elif (
        may_lie_in_chrome(c, opts, whole_pages)
        and pair_apart(a, b, opts, sites, whole_pages) is None
    ):
        c = dataclasses.replace(c, relation="contained" if c.a_in_b >= c.b_in_a else "contains")
    if titles[0] and titles[1]:
        return with_titles(c, *titles)
    return c


def may_lie_in_chrome(
    c: Comparison, opts: CleanOptions, whole_pages: tuple[bool | None, bool | None]
) -> bool:
    """Whether the default setting (containment off) may join two texts whose figures reach
    no threshold because one lies in the other, a page the strip stage kept whole (the rule:
    :func:`.core.in_chrome_of`; :func:`.core.pair_apart` tells whether the batch joins them).
    """
    return (
        not opts.containment
        and any(whole_pages)
        and max(c.a_in_b, c.b_in_a) >= opts.containment_threshold
    )


def with_titles(c: Comparison, title_a: str | None, title_b: str | None) -> Comparison:
    """``c`` with the headlines taken from the pages' titles (when both have one): cleaning
    moves a headline it recognises out of the text into the title."""
    if not title_a or not title_b:
        return c
    return dataclasses.replace(
        c, headline_a=title_a, headline_b=title_b, headline_match=titles_match(title_a, title_b)
    )
