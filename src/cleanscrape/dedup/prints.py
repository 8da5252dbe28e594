"""Fingerprints: what the de-duplication needs of a clean text, computed where it is cleaned.

A :class:`TextPrint` holds, for one text, a digest of its matching key (exact duplicates have
equal digests), the sorted shingle hashes of the matching key, the shingle hashes of the whole
text's key (only when it differs and is needed), the MinHash signature, the text's length and
the shingle hashes containment measures (those inside one sentence, :mod:`.sentences`).
The clustering (:mod:`.core`) works on a :class:`Prints` collection and never sees a text.

Two collections:

* :class:`PrintList`: prints in memory (the API: :func:`~cleanscrape.dedup.find_duplicates`).
* :class:`PrintStore`: a streaming batch's prints. Per text, memory holds the key digest, the
  signature, the length and where its shingle hashes are (an offset and a count); the hashes
  themselves go to a :class:`Blobs` file (the batch's spool) and are read back when a candidate
  pair is verified. Its prints carry the whole texts' hashes (``text_prints(..., whole=True)``).

>>> prints = text_prints(["Một hai ba bốn năm sáu.", "MỘT HAI BA BỐN NĂM SÁU!"], CleanOptions())
>>> prints[0].key == prints[1].key, prints[0].hashes.size, prints[0].signature.shape
(True, 2, (128,))
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..options import CleanOptions
from .compare import TextView
from .key import matching_key
from .sentences import inside_hashes
from .signature import U32, U64, shingle_hashes_batch
from .words import LineWords, openings, shingled

#: Bytes of a matching key's digest.
KEY_BYTES = 16


def key_digest(key: str) -> bytes:
    """Digest of a matching key (``b""`` for an empty key: such texts are never duplicates)."""
    if not key:
        return b""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=KEY_BYTES).digest()


@dataclass(frozen=True, slots=True)
class TextPrint:
    """The fingerprint of one clean text (see the module documentation).

    ``whole`` is ``None`` when the whole text's key is the matching key (``match="full"``, or a
    text that is all body) or when it was not asked for.
    """

    key: bytes
    hashes: U64
    signature: U32
    length: int
    whole: U64 | None = None
    whole_known: bool = False  # whether ``whole`` was computed (None then means: same hashes)
    #: shingle hashes of the body's opening (:func:`.body.opening_key`)
    opening: U64 = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    #: the shingle hashes containment measures (:func:`measured`), ``None`` when all of
    #: ``hashes``
    inside: U64 | None = None


def measured(hashes: U64, inside: U64) -> U64 | None:
    """What containment measures of a text whose matched shingle hashes are ``hashes`` and
    whose shingles inside one sentence are ``inside`` (:func:`.sentences.inside_hashes`):
    those when they are at least half of ``hashes``, else all of ``hashes`` (a text of short
    sentences or lines; ``None``, as when ``inside`` is all of them)."""
    if inside.size == hashes.size or 2 * inside.size < hashes.size:
        return None
    return inside


def text_prints(
    texts: Sequence[str],
    options: CleanOptions,
    *,
    whole: bool = False,
    views: Sequence[TextView] | None = None,
) -> list[TextPrint]:
    """Fingerprints of ``texts`` (``whole``: also the whole texts' hashes). ``views``: the
    texts' :class:`~.compare.TextView` when the caller has them (else made here)."""
    if views is None:
        views = TextView.all_of(texts)
    return _Batch(texts, views, options, whole=whole).prints


class _Batch:
    """The prints of some texts, with their lines' word hashes and each text's matched word
    count (from which :class:`PrintList` makes a whole text's hashes when asked)."""

    __slots__ = ("_differs", "matched_words", "prints", "words")

    def __init__(
        self,
        texts: Sequence[str],
        views: Sequence[TextView],
        options: CleanOptions,
        *,
        whole: bool = False,
    ) -> None:
        n, size = len(texts), options.shingle_size
        keys = [v.match_key(options.match) for v in views]
        # the keys' word hashes from their lines' (each distinct line hashed once), then the
        # shingles of the matching keys, the openings and the whole texts' keys
        self.words = LineWords(views)
        #: which texts' whole text holds more words than what is matched (worked out when a
        #: whole text's hashes are first asked for)
        self._differs: list[bool] | None = None
        everyone = range(n)
        bodies = [v.body_lines for v in views]
        body, body_count = self.words.gather(everyone, bodies)
        if options.match == "full":
            matched, self.matched_words = self.words.gather(everyone, [None] * n)
        else:
            matched, self.matched_words = body, body_count
        hashes = shingled(matched, self.matched_words, size)
        opened = shingled(*openings(body, body_count), size)
        matched_lines = [None] * n if options.match == "full" else bodies
        sigs = self.words.signatures(
            everyone, matched_lines, hashes, size, options.num_perm, options.seed
        )
        fulls: list[U64 | None] = [None] * n
        if whole and options.match != "full":
            fulls = self.wholes(everyone, size)
        insides = self._insides(views, matched, matched_lines, size)
        self.prints = [
            TextPrint(
                key_digest(k), h, sigs[i], len(t), fulls[i], whole, opened[i], measured(h, ins)
            )
            for i, (t, k, h, ins) in enumerate(zip(texts, keys, hashes, insides, strict=True))
        ]

    def _insides(
        self,
        views: Sequence[TextView],
        matched: U64,
        lines: Sequence[Sequence[int] | None],
        size: int,
    ) -> list[U64]:
        """The shingle hashes inside one sentence of each text's matched lines (``matched``:
        their words' hashes, :func:`.sentences.inside_hashes`)."""
        line_words, per_text = self.words.line_counts(range(len(views)), lines)
        written = [
            v.lines[k]
            for v, sel in zip(views, lines, strict=True)
            for k in (range(len(v.lines)) if sel is None else sel)
        ]
        return inside_hashes(matched, written, line_words, per_text, size)

    def wholes(self, texts: Sequence[int], size: int) -> list[U64 | None]:
        """The whole texts' hashes of ``texts``, ``None`` where they are the matched hashes,
        made in one vectorised call."""
        if self._differs is None:
            everyone = range(self.matched_words.size)
            self._differs = (self.words.sizes(everyone) != self.matched_words).tolist()
        differs = self._differs
        # (the matched lines are some of the text's: the same word count, the same words)
        todo = [i for i in texts if differs[i]]
        made = iter(shingled(*self.words.gather(todo, [None] * len(todo)), size))
        return [next(made) if differs[i] else None for i in texts]


def whole_prints(
    views: Sequence[TextView], keys: Sequence[str], options: CleanOptions
) -> list[U64 | None]:
    """Shingle hashes of the whole texts of ``views`` whose matching ``keys`` are not their
    whole text's key; ``None`` where they are (the whole hashes are the matching hashes)."""
    whole_keys = [v.whole_key() for v in views]
    todo = [i for i, k in enumerate(whole_keys) if k != keys[i]]
    made = shingle_hashes_batch([whole_keys[i] for i in todo], options.shingle_size)
    out: list[U64 | None] = [None] * len(views)
    for i, h in zip(todo, made, strict=True):
        out[i] = h
    return out


def whole_hashes(text: str, options: CleanOptions) -> U64:
    """Shingle hashes of a whole text's matching key (what a body is looked for in)."""
    return shingle_hashes_batch([matching_key(text)], options.shingle_size)[0]


class Prints(Protocol):
    """The fingerprints of a batch's texts, by position (what :mod:`.core` clusters)."""

    def __len__(self) -> int: ...

    def key(self, i: int) -> bytes:
        """Matching key digest of text ``i`` (``b""``: empty key)."""
        ...

    def hashes(self, i: int) -> U64:
        """Sorted shingle hashes of text ``i``'s matching key."""
        ...

    def whole(self, i: int) -> U64:
        """Sorted shingle hashes of text ``i``'s whole text."""
        ...

    def read_wholes(self, rows: Sequence[int]) -> None:
        """Make ready the whole texts' hashes of ``rows``, which are about to be read (in one
        vectorised call where they are made on demand)."""
        ...

    def opening(self, i: int) -> U64:
        """Sorted shingle hashes of the opening of text ``i``'s body."""
        ...

    def inside(self, i: int) -> U64:
        """The sorted shingle hashes of text ``i``'s matching key that containment measures
        (:func:`measured`): its shingles inside one sentence, or all of them."""
        ...

    def signatures(self, rows: Sequence[int]) -> U32:
        """MinHash signatures of the texts ``rows``, shape ``(len(rows), num_perm)``."""
        ...

    def site(self, i: int) -> int:
        """The site text ``i`` was published on, as a number (texts of one site have the
        same one), or -1 when not known."""
        ...

    def length(self, i: int) -> int:
        """Characters of text ``i``."""
        ...

    def whole_page(self, i: int) -> bool | None:
        """Whether text ``i`` is a page the strip stage kept whole (its ``low_prose`` flag),
        ``None`` when not known (see :func:`.core.kept_whole`)."""
        ...

    def story(self, i: int) -> U64 | None:
        """Text ``i``'s whole-text hashes that are not its site's text (:func:`outlet_text`
        over the site's texts with a key), or ``None`` when the site prints no such text
        (site not known, fewer than :data:`OUTLET_TEXTS` texts, or none held by enough)."""
        ...


#: The fewest texts of one site that hold a shingle for it to be the site's text
#: (:func:`outlet_text`): two texts and a third, so that what only a pair shares is never the
#: site's.
OUTLET_TEXTS = 3


def outlet_text(wholes: Sequence[U64]) -> U64:
    """The shingle hashes that at least half of one site's texts hold, and at least
    :data:`OUTLET_TEXTS` of them (``wholes``: each text's whole-text hashes, sorted and
    distinct within a text), sorted: the text the outlet prints around its stories.

    One outlet prints the same text on its pages (a standard paragraph, a writers' blurb, a
    list of its posts, menu lines the strip stage kept); a third page of the site prints it
    too. A story is printed by its copies only: a few re-crawls of one page, or a few
    variants of one story among a site's many pages, are fewer than half of the site's
    texts, so their story is not taken for the outlet's text.

    >>> a, b, c = (np.array(x, dtype=np.uint64) for x in ([1, 2, 3], [2, 3, 4, 5], [3, 4]))
    >>> outlet_text([a, b, c]).tolist(), outlet_text([a, b]).tolist()
    ([3], [])
    """
    least = max(OUTLET_TEXTS, (len(wholes) + 1) // 2)
    if len(wholes) < least:
        return np.empty(0, dtype=np.uint64)
    values, counts = np.unique(np.concatenate(wholes), return_counts=True)
    held: U64 = values[counts >= least]
    return held


def outside(whole: U64, text: U64) -> U64:
    """The hashes of ``whole`` not in ``text`` (both sorted)."""
    if text.size == 0:
        return whole
    at = np.minimum(np.searchsorted(text, whole), text.size - 1)
    rest: U64 = whole[text[at] != whole]
    return rest


class SiteText:
    """Each known site's text (:func:`outlet_text`), found when a text of the site is first
    asked for, over the site's texts that have a key (the texts de-duplication takes part
    in); :meth:`story` gives a text's hashes outside it."""

    __slots__ = ("_members", "_text", "_whole")

    def __init__(
        self,
        sites: npt.NDArray[np.int64],
        keyed: npt.NDArray[np.bool_],
        whole: Callable[[Sequence[int]], list[U64]],
    ) -> None:
        #: positions of each known site's texts with a key
        self._members = _members_by_site(sites, keyed)
        self._text: dict[int, U64] = {}
        self._whole = whole

    def story(self, i: int, site: int) -> U64 | None:
        """Text ``i``'s whole hashes outside its ``site``'s text (``None``: site not known,
        or it has no text of its own)."""
        if site < 0:
            return None
        if site not in self._text:
            rows = self._members.get(site, np.empty(0, np.int64)).tolist()
            few = len(rows) < OUTLET_TEXTS  # (no third text: no hash read)
            self._text[site] = np.empty(0, np.uint64) if few else outlet_text(self._whole(rows))
        text = self._text[site]
        if text.size == 0:
            return None
        return outside(self._whole([i])[0], text)


def _members_by_site(
    sites: npt.NDArray[np.int64], keyed: npt.NDArray[np.bool_]
) -> dict[int, npt.NDArray[np.int64]]:
    """Positions of the texts with a key of each known site, ascending."""
    texts = np.flatnonzero((sites >= 0) & keyed)
    by_site = texts[np.argsort(sites[texts], kind="stable")]
    values = sites[by_site]
    cuts = np.flatnonzero(values[1:] != values[:-1]) + 1
    return {int(sites[g[0]]): g for g in np.split(by_site, cuts) if g.size}


def whole_page_marks(whole_pages: Sequence[bool | None]) -> list[int]:
    """Each text's mark of a page kept whole, as a column holds it: 1 kept whole, 0 not, -1
    not known (:func:`whole_page_of` reads it back).

    >>> whole_page_marks([True, None, False])
    [1, -1, 0]
    """
    return [-1 if w is None else int(w) for w in whole_pages]


def whole_page_of(mark: int) -> bool | None:
    """A mark of :func:`whole_page_marks` as :meth:`Prints.whole_page` gives it."""
    return None if mark < 0 else bool(mark)


def site_numbers(sites: Sequence[str | None]) -> list[int]:
    """Each site as a number: the same for equal names, in order of first appearance; -1 for
    ``None`` or an empty name (not known).

    >>> site_numbers(["a.vn", None, "b.vn", "a.vn"])
    [0, -1, 1, 0]
    """
    numbers: dict[str, int] = {}
    return [numbers.setdefault(s, len(numbers)) if s else -1 for s in sites]


class PrintList:
    """:class:`Prints` of texts in memory; whole-text hashes made on first use, or many at once
    by :meth:`read_wholes` (and kept).

    ``lazy``: a text's print is made when first asked for (for callers that need the prints of
    a few texts only), else all at once. ``sites``: the site of each text (``None``: not
    known); ``whole_pages``: whether the strip stage kept each page whole (``None``: not
    known).
    """

    def __init__(
        self,
        texts: Sequence[str],
        options: CleanOptions,
        *,
        lazy: bool = False,
        views: Sequence[TextView] | None = None,
        sites: Sequence[str | None] | None = None,
        whole_pages: Sequence[bool | None] | None = None,
    ) -> None:
        self.texts = texts
        self.options = options
        self._sites = site_numbers(sites) if sites is not None else None
        self._whole_pages = list(whole_pages) if whole_pages is not None else None
        #: the texts' views when the caller has them (their keys make the whole hashes)
        self.views = views
        self._prints: dict[int, TextPrint] = {}
        #: all texts' prints and their lines' word hashes (``None`` when ``lazy``)
        self._batch: _Batch | None = None
        if not lazy:
            if self.views is None:
                self.views = TextView.all_of(texts)
            self._batch = _Batch(texts, self.views, options)
            self._prints = dict(enumerate(self._batch.prints))
        self._whole: dict[int, U64] = {}
        self._site_text: SiteText | None = None

    def _print(self, i: int) -> TextPrint:
        if i not in self._prints:
            view = [self.views[i]] if self.views is not None else None
            self._prints[i] = text_prints([self.texts[i]], self.options, views=view)[0]
        return self._prints[i]

    def __len__(self) -> int:
        return len(self.texts)

    def key(self, i: int) -> bytes:
        return self._print(i).key

    def hashes(self, i: int) -> U64:
        return self._print(i).hashes

    def whole(self, i: int) -> U64:
        if self.options.match == "full":
            return self.hashes(i)
        if i not in self._whole:
            if self._batch is not None:
                self.read_wholes([i])
            else:
                view = self.views[i] if self.views is not None else TextView.of(self.texts[i])
                full = whole_prints([view], [view.match_key(self.options.match)], self.options)[0]
                self._whole[i] = self.hashes(i) if full is None else full
        return self._whole[i]

    def read_wholes(self, rows: Sequence[int]) -> None:
        if self._batch is None or self.options.match == "full":
            return  # (made one by one when lazy; the matched hashes with match="full")
        todo = [i for i in dict.fromkeys(rows) if i not in self._whole]
        for i, full in zip(todo, self._batch.wholes(todo, self.options.shingle_size), strict=True):
            self._whole[i] = self.hashes(i) if full is None else full

    def opening(self, i: int) -> U64:
        return self._print(i).opening

    def inside(self, i: int) -> U64:
        p = self._print(i)
        return p.hashes if p.inside is None else p.inside

    def signatures(self, rows: Sequence[int]) -> U32:
        if not rows:
            return np.empty((0, self.options.num_perm), dtype=np.uint32)
        return np.stack([self._print(i).signature for i in rows])

    def length(self, i: int) -> int:
        return len(self.texts[i])

    def site(self, i: int) -> int:
        return -1 if self._sites is None else self._sites[i]

    def whole_page(self, i: int) -> bool | None:
        return None if self._whole_pages is None else self._whole_pages[i]

    def story(self, i: int) -> U64 | None:
        if self._sites is None:
            return None
        if self._site_text is None:
            keyed = np.array([bool(self.key(k)) for k in range(len(self))], dtype=np.bool_)
            sites = np.array(self._sites, dtype=np.int64)
            self._site_text = SiteText(sites, keyed, self._wholes)
        return self._site_text.story(i, self.site(i))

    def _wholes(self, rows: Sequence[int]) -> list[U64]:
        """The whole texts' hashes of ``rows`` (made at once where they are made on demand)."""
        self.read_wholes(rows)
        return [self.whole(i) for i in rows]


class Blobs(Protocol):
    """Where a :class:`PrintStore` keeps shingle hashes: bytes in, ``(offset, size)`` out."""

    def put_bytes(self, data: bytes) -> tuple[int, int]: ...

    def get_bytes(self, at: tuple[int, int]) -> bytes: ...


_EMPTY_KEY = bytes(KEY_BYTES)
_SAME = -1  # offset of whole hashes that are the matching hashes


class _Column:
    """A growing numpy array (capacity doubles): compact per-text columns."""

    def __init__(self, dtype: np.dtype[np.generic] | type, width: int = 0) -> None:
        shape = (64, width) if width else (64,)
        self.data = np.zeros(shape, dtype=dtype)
        self.size = 0

    def append(self, value: object) -> int:
        if self.size == len(self.data):
            grown = np.zeros((2 * len(self.data), *self.data.shape[1:]), dtype=self.data.dtype)
            grown[: self.size] = self.data
            self.data = grown
        self.data[self.size] = value
        self.size += 1
        return self.size - 1

    def view(self) -> np.ndarray:
        return self.data[: self.size]


class PrintStore:
    """:class:`Prints` of a streaming batch: compact columns in memory, hashes in ``blobs``
    (about ``4 * num_perm + 100`` bytes of memory per text)."""

    def __init__(self, options: CleanOptions, blobs: Blobs) -> None:
        self.options = options
        self.blobs = blobs
        self._keys = _Column(np.uint8, KEY_BYTES)
        self._empty = _Column(np.bool_)
        self._sigs = _Column(np.uint32, options.num_perm)
        self._length = _Column(np.int64)
        self._site = _Column(np.int64)
        self._site_numbers: dict[str, int] = {}
        self._whole_page = _Column(np.int8)  # (:func:`whole_page_marks`)
        # offset and count of the matching hashes, of the whole hashes (or _SAME), of the
        # opening's hashes, of the hashes containment measures (or _SAME)
        self._at = _Column(np.int64, 8)
        #: each site's text (found on first use, after the last print is stored)
        self._site_text: SiteText | None = None

    def __len__(self) -> int:
        return self._keys.size

    def _put(self, values: U64) -> int:
        if values.size == 0:
            return 0
        return self.blobs.put_bytes(np.ascontiguousarray(values, dtype="<u8").tobytes())[0]

    def _location(self, p: TextPrint) -> tuple[int, ...]:
        at = (self._put(p.hashes), int(p.hashes.size))
        opening = (self._put(p.opening), int(p.opening.size))
        inside = (_SAME, 0) if p.inside is None else (self._put(p.inside), int(p.inside.size))
        if p.whole is not None:
            return (*at, self._put(p.whole), int(p.whole.size), *opening, *inside)
        if p.whole_known or self.options.match == "full":
            return (*at, _SAME, 0, *opening, *inside)
        raise ValueError("a stored print needs its whole text's hashes: text_prints(whole=True)")

    def add(self, p: TextPrint, site: str | None = None, whole_page: bool | None = None) -> int:
        """Store a print (of a text published on ``site``, of a page the strip stage kept
        whole or not, ``whole_page``: ``None`` when not known); returns its position."""
        number = self._site_numbers.setdefault(site, len(self._site_numbers)) if site else -1
        self._site_text = None
        self._site.append(number)
        self._whole_page.append(whole_page_marks([whole_page])[0])
        self._keys.append(np.frombuffer(p.key or _EMPTY_KEY, dtype=np.uint8))
        self._empty.append(not p.key)
        self._sigs.append(p.signature)
        self._length.append(p.length)
        return self._at.append(self._location(p))

    def replace(self, i: int, p: TextPrint) -> None:
        """Put a new print at position ``i`` (a text changed after it was fingerprinted)."""
        self._site_text = None
        self._keys.data[i] = np.frombuffer(p.key or _EMPTY_KEY, dtype=np.uint8)
        self._empty.data[i] = not p.key
        self._sigs.data[i] = p.signature
        self._length.data[i] = p.length
        self._at.data[i] = self._location(p)

    def _get(self, offset: int, count: int) -> U64:
        if count == 0:
            return np.empty(0, dtype=np.uint64)
        data = self.blobs.get_bytes((offset, 8 * count))
        return np.frombuffer(data, dtype="<u8").astype(np.uint64)

    def key(self, i: int) -> bytes:
        return b"" if self._empty.data[i] else self._keys.data[i].tobytes()

    def hashes(self, i: int) -> U64:
        offset, count = self._at.data[i, :2].tolist()
        return self._get(offset, count)

    def whole(self, i: int) -> U64:
        offset, count = self._at.data[i, 2:4].tolist()
        if offset == _SAME:
            return self.hashes(i)
        return self._get(offset, count)

    def read_wholes(self, rows: Sequence[int]) -> None:
        """(Nothing to make: a stored print holds its whole text's hashes.)"""

    def opening(self, i: int) -> U64:
        offset, count = self._at.data[i, 4:6].tolist()
        return self._get(offset, count)

    def inside(self, i: int) -> U64:
        offset, count = self._at.data[i, 6:].tolist()
        if offset == _SAME:
            return self.hashes(i)
        return self._get(offset, count)

    def signatures(self, rows: Sequence[int]) -> U32:
        sigs: U32 = self._sigs.view()[np.asarray(rows, dtype=np.int64)]
        return sigs

    def length(self, i: int) -> int:
        return int(self._length.data[i])

    def site(self, i: int) -> int:
        return int(self._site.data[i])

    def whole_page(self, i: int) -> bool | None:
        return whole_page_of(int(self._whole_page.data[i]))

    def story(self, i: int) -> U64 | None:
        if self._site_text is None:
            keyed = ~self._empty.view()
            self._site_text = SiteText(
                self._site.view(), keyed, lambda rows: list(map(self.whole, rows))
            )
        return self._site_text.story(i, self.site(i))
