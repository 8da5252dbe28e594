"""Exact and near-duplicate clustering of clean texts, with a deterministic keep policy.

1. Every text gets a matching key (:mod:`.key`) of what duplicates are judged on: its article
   body, without headline and lede (:mod:`.body`), or the whole text with ``match="full"``;
   texts with identical keys are exact duplicates, unless both are of one known site (one
   key there may be two stories under the site's paragraph): such a pair is verified by the
   stages below, with the rules of one site (:func:`own_lines_both`).
2. Each text is fingerprinted (:mod:`.signature`): sorted shingle hashes and a MinHash
   signature (datasketch's affine32 values).
3. The signatures are banded by :func:`.signature.candidate_bands` (bucket keys as datasketch's
   ``MinHashLSH`` makes them) so that a pair right at ``dedup_threshold`` shares a bucket with
   probability >= 0.999. Every text with a key is visited in order (not one per key: texts
   with one key share their body, not the whole text that containment both ways and the
   openings look in) and verified by the exact Jaccard of the two shingle sets against the
   earlier texts in their buckets, cluster by
   cluster: the first few members of each cluster first, the others only while the text has not
   joined that cluster (:func:`_near_pairs`). Pairs at or above ``dedup_threshold`` are joined
   (with ``match="body"`` also pairs whose bodies each lie in the other's text at that share,
   and pairs of two known sites where one text is the other's story under prose of its own
   outlet: :func:`near_pair`), when they share an article opening (:func:`openings_refusal`):
   the extra candidates cost a check, never precision, and near-copies of one story cost about
   one check per text at any count. With ``match="body"``, texts of two known sites that
   differ are also candidates when one's body holds half of the other's sampled opening
   (:func:`opened_candidates`: a copy under its outlet's prose, which LSH misses when the
   prose weighs on the Jaccard), verified the same way.
4. With ``containment`` on, texts whose body lies mostly inside another text (a teaser page or
   an abridged copy and the full article; measured, as every containment here, on the body's
   shingles inside one sentence, :mod:`.sentences`) are also found, every text with a key again as
   container and as contained text: a consistent sample of shingle hashes
   proposes candidates (MinHash LSH cannot: a teaser's Jaccard with its article is tiny); a
   text whose exact containment reaches ``containment_threshold`` joins its best container
   (highest containment, then lowest index) among the texts that are not its near-duplicates
   (those are joined in step 3), and, with ``match="body"``, the other containers related to
   that one (one holds at least half of the other's body: copies of one story), not the
   others, so a shared teaser cannot chain two different articles together.
5. Union-find gives the clusters; the keep policy picks the kept member (with ``containment``,
   ``keep="first"`` picks the first member not contained in another: the full article). Each
   member is compared with the kept one (:mod:`.compare`) for the report. Nothing depends on
   input chunking, worker count or hash-table iteration order: same texts, same result.
"""

from __future__ import annotations

import logging
from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ..errors import UsageError
from ..options import DEFAULTS, CleanOptions
from .body import OPENING_WORDS
from .compare import Comparison, Figures, TextView, compare_measured, measure
from .prints import PrintList, Prints
from .signature import (
    U32,
    U64,
    candidate_bands,
    containment,
    containment_reaches,
    intersection_size,
    jaccard,
    jaccard_reaches,
)

log = logging.getLogger(__name__)

#: A text needs at least this many shingles to be judged "contained" in a longer one: shorter
#: snippets (a headline, a byline) occur inside many unrelated articles.
MIN_CONTAINED_SHINGLES = 10
#: Another container of a contained text is joined too when one of it and the best container
#: holds at least this share of the other's body (see :func:`chosen_containers`).
RELATED_SHARE = 0.5
#: Containment candidates use the shingle hashes below this value: a consistent 1/4 sample.
_SAMPLE_BELOW = np.uint64(1 << 62)
#: Members of a cluster in an LSH bucket that a text is verified against first (the rest only
#: when none of these matches).
FIRST_CHECKED = 4
#: A sampled hash shared by more texts than this is boilerplate and ignored for candidates.
_MAX_POSTING = 256


@dataclass(slots=True)
class Cluster:
    """One group of duplicates: the kept index, all members (ascending), and each member's
    similarity to the kept one (1.0 for the kept one and for exact duplicates)."""

    kept: int
    members: list[int]
    similarities: list[float] = field(default_factory=list)
    #: each member against the kept one (``None`` for the kept one): why they are duplicates.
    #: Filled by :func:`find_duplicates`; a streaming batch makes them from the texts on disk
    #: when it writes the report (:func:`compare_member`), from ``figures``.
    comparisons: list[Comparison | None] = field(default_factory=list)
    #: what was measured of each member against the kept one (``None`` for the kept one)
    figures: list[Figures | None] = field(default_factory=list)


@dataclass(slots=True)
class DedupResult:
    """``duplicate_of[i]`` is the kept index text ``i`` duplicates (``None`` if it is kept or
    unique), ``similarity[i]`` its similarity to that text; ``clusters`` lists every group of two
    or more. ``fingerprints[i]`` is text ``i``'s shingle hashes and MinHash signature (``None``
    for a text without words), for a later stage (the persistent index) to reuse."""

    duplicate_of: list[int | None]
    similarity: list[float | None]
    clusters: list[Cluster]
    fingerprints: list[tuple[U64, U32] | None] = field(
        default_factory=list, compare=False, repr=False
    )


class _UnionFind:
    """Disjoint sets whose root is always the smallest index (order of unions is irrelevant)."""

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: Bytes of shingle hashes :class:`_Hashes` keeps of the texts verified last.
_RECENT_BYTES = 32 << 20


class _Hashes(Mapping[int, U64]):
    """The matching shingle hashes of some texts of a :class:`Prints`, by position; the ones
    verified last are kept (up to :data:`_RECENT_BYTES`): the first members of a large cluster
    are verified against again and again."""

    def __init__(self, prints: Prints) -> None:
        self.prints = prints
        self._recent: OrderedDict[int, U64] = OrderedDict()
        self._bytes = 0

    def __getitem__(self, i: int) -> U64:
        found = self._recent.get(i)
        if found is not None:
            self._recent.move_to_end(i)
            return found
        found = self.prints.hashes(i)
        self._recent[i] = found
        self._bytes += found.nbytes
        while self._bytes > _RECENT_BYTES and len(self._recent) > 1:
            self._bytes -= self._recent.popitem(last=False)[1].nbytes
        return found

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(range(len(self.prints)))

    def __len__(self) -> int:
        return len(self.prints)


def find_duplicates(
    texts: Sequence[str],
    options: CleanOptions | None = None,
    *,
    published: Sequence[str | None] | None = None,
    sites: Sequence[str | None] | None = None,
    whole_pages: Sequence[bool | None] | None = None,
) -> DedupResult:
    """Cluster ``texts``; in each cluster one is kept and the rest point at it.

    ``published`` (ISO dates, one per text) is used by ``keep="newest"``. ``sites`` (one per
    text: the site each was published on, ``None`` when unknown) makes a text contained in
    another of its site share their openings both ways to join it (:func:`openings_refusal`,
    with ``containment``). ``whole_pages`` (one per text: whether the strip stage kept the
    page whole, its ``low_prose`` flag; ``None`` when not known, and then the texts' shingles
    tell, :func:`kept_whole`) serves the rules of two pages of one site kept whole. Texts
    whose matching key is empty (no letters or digits) are never duplicates.

    >>> r = find_duplicates(["Hoà bình, độc lập.", "HÒA BÌNH – ĐỘC LẬP", "Tin khác hẳn."])
    >>> r.duplicate_of
    [None, 0, None]
    """
    opts = options or CleanOptions()
    if published is not None and len(published) != len(texts):
        raise UsageError(
            f"published has {len(published)} dates for {len(texts)} texts; give one per text"
        )
    if sites is not None and len(sites) != len(texts):
        raise UsageError(
            f"sites has {len(sites)} entries for {len(texts)} texts; give one per text"
        )
    if whole_pages is not None and len(whole_pages) != len(texts):
        raise UsageError(
            f"whole_pages has {len(whole_pages)} entries for {len(texts)} texts; give one per text"
        )
    views = TextView.all_of(texts)  # lines, keys and parts: made once per text
    prints = PrintList(texts, opts, views=views, sites=sites, whole_pages=whole_pages)
    result, rep_of = _find(prints, opts, published)
    add_comparisons(result, texts, opts, views=views)
    reps = sorted({r for r in rep_of if r >= 0})
    sig_of = dict(zip(reps, prints.signatures(reps), strict=True))
    result.fingerprints = [(prints.hashes(r), sig_of[r]) if r >= 0 else None for r in rep_of]
    return result


def pair_apart(
    a: str,
    b: str,
    options: CleanOptions,
    sites: tuple[str | None, str | None] = (None, None),
    whole_pages: tuple[bool | None, bool | None] = (None, None),
) -> str | None:
    """Why :func:`find_duplicates` keeps ``a`` and ``b``, alone in a batch (no dates; their
    ``sites`` and ``whole_pages`` as a batch gives them, ``None`` when not known), in two
    clusters (a key of :data:`APART_REASONS`), or ``None`` when it joins them: the verdict
    ``cleanscrape compare`` gives, for two texts whose figures reach a threshold.

    The reason is the first refusal the batch's own stages give as they run (:class:`_Apart`):
    the near-duplicate stage's openings rules for a pair it verifies, then the containment
    stage's for a body that lies in the other text; when no stage verified the pair, the
    stage whose candidates missed it (:func:`_not_proposed`)."""
    prints = PrintList([a, b], options, sites=list(sites), whole_pages=list(whole_pages))
    apart = _Apart()
    result, _ = _find(prints, options, None, apart)
    if result.duplicate_of != [None, None]:
        return None
    return apart.reason or _not_proposed(prints, options)


def _not_proposed(prints: Prints, opts: CleanOptions) -> str:
    """Whose candidates missed texts 0 and 1 of ``prints`` (a batch of two no stage verified):
    the near-duplicate stage's (``"no_shared_band"``: LSH bands, and on two known sites the
    openings in bodies) when the two are near-duplicates by its own test (:func:`near_pair`)
    or ``containment`` is off; else the containment stage's (``"no_container_proposed"``: a
    sample of shingle hashes), which leaves near-duplicates to the other stage."""
    near = near_pair(
        (prints.hashes(1), prints.hashes(0)),
        _wholes(prints, 1, 0),
        opts,
        insides=_insides(prints, 1, 0),
        openings=lambda: (prints.opening(1), prints.opening(0)),
        sites=(prints.site(1), prints.site(0)),
    )
    return "no_shared_band" if near or not opts.containment else "no_container_proposed"


@dataclass(slots=True)
class _Apart:
    """The first rule by which a batch's stages refused to join a pair they verified (a key of
    :data:`APART_REASONS`), noted as they run: what :func:`pair_apart` reports, so that the
    order of the stages is the batch's own."""

    reason: str | None = None

    def allows(self, reason: str | None) -> bool:
        """Whether the openings rules allow a join (``reason``, :func:`openings_refusal`'s
        answer, is ``None``); a refusal is noted when it is the first."""
        if reason is None:
            return True
        if self.reason is None:
            self.reason = reason
        return False


def find_print_duplicates(
    prints: Prints,
    options: CleanOptions | None = None,
    *,
    published: Sequence[str | None] | None = None,
) -> DedupResult:
    """:func:`find_duplicates` over the texts' fingerprints (:mod:`.prints`): the same
    clusters, similarities and :class:`~.compare.Figures`; no comparisons (they need the texts:
    :func:`compare_member`) and no ``fingerprints`` (the prints are the caller's)."""
    opts = options or CleanOptions()
    if published is not None and len(published) != len(prints):
        raise UsageError(
            f"published has {len(published)} dates for {len(prints)} texts; give one per text"
        )
    return _find(prints, opts, published)[0]


def _find(
    prints: Prints,
    opts: CleanOptions,
    published: Sequence[str | None] | None,
    apart: _Apart | None = None,
) -> tuple[DedupResult, list[int]]:
    """The stages in their order (see the module's docstring); ``apart`` notes the first rule
    by which a stage refused a pair it verified."""
    said = _Apart() if apart is None else apart
    n = len(prints)
    uf = _UnionFind(n)
    first_with_key: dict[bytes, int] = {}
    rep_of = [-1] * n
    exact = 0
    for i in range(n):
        k = prints.key(i)
        if not k:
            continue
        j = rep_of[i] = first_with_key.setdefault(k, i)
        # one key on one site may be two stories under the site's paragraph: verified below
        if j != i and not one_site(prints.site(i), prints.site(j)):
            uf.union(j, i)
            exact += 1
    del first_with_key
    hashes = _Hashes(prints)
    # every text with a key takes part, not one per key: texts with one key share their body,
    # not their whole text, which the containment both ways and the openings look in
    keyed = [i for i in range(n) if rep_of[i] >= 0]
    candidates, verified = _near_pairs(
        keyed, prints.signatures(keyed), hashes, uf, opts, prints, said
    )
    log.debug(
        "dedup of %d texts: %d exact duplicates, %d candidate pairs, %d verified",
        n,
        exact,
        candidates,
        verified,
    )
    if opts.match == "body":
        candidates, verified = _opened_pairs(keyed, rep_of, hashes, uf, opts, prints, said)
        log.debug("openings in bodies: %d candidate pairs, %d verified", candidates, verified)
    contained: set[int] = set()
    chrome: set[int] = set()  # pages kept whole that a copy of another site lies in
    if opts.containment:
        # every text with a key again: one key's texts differ in the whole text a contained
        # text lies in and in the site whose openings rule applies
        candidates, verified = _contained(keyed, rep_of, prints, uf, opts, contained, said)
        log.debug("containment: %d candidate pairs, %d joins", candidates, verified)
    elif any(prints.whole_page(i) for i in keyed):
        candidates, verified = _contained(
            keyed, rep_of, prints, uf, opts, set(), said, chrome=chrome
        )
        log.debug("in pages kept whole: %d candidate pairs, %d joins", candidates, verified)
    return _clusters(prints, rep_of, uf, published, opts, contained, chrome), rep_of


def _near_pairs(
    reps: list[int],
    sigs: U32,
    hashes: Mapping[int, U64],
    uf: _UnionFind,
    opts: CleanOptions,
    prints: Prints,
    apart: _Apart,
) -> tuple[int, int]:
    """LSH candidates among the texts ``reps``, each verified by exact Jaccard, without
    enumerating all pairs inside a bucket.

    The texts are banded as ``MinHashLSH`` bands them (:func:`.signature.band_keys`:
    the same bucket keys) and visited in index order. A bucket holds the earlier texts grouped
    by cluster. A text is first verified against the first :data:`FIRST_CHECKED` members of each
    cluster in its buckets (most shared bands first); a cluster it joins needs no further check.
    Only for a cluster it has not joined are that cluster's other members in the shared buckets
    verified, until one matches. So every pair that shares a bucket and reaches the threshold
    ends up in one cluster, exactly as if all pairs were verified, while a batch of thousands of
    near-copies of a few stories costs about one check per text.

    Buckets are numbered per band up front (:func:`_bucket_numbers`); a bucket only one text
    falls in is never stored.
    """
    if len(reps) < 2:
        return 0, 0
    bands, rows = candidate_bands(opts.dedup_threshold, opts.num_perm)
    numbers = _bucket_numbers(sigs, bands, rows)
    if opts.match != "full":  # (a text sharing a bucket is verified: its whole text is read)
        prints.read_wholes([reps[p] for p in np.flatnonzero((numbers >= 0).any(axis=1))])
    buckets: list[dict[int, dict[int, list[int]]]] = [{} for _ in range(bands)]
    counts = [0, 0]  # candidate pairs checked, pairs verified
    for pos, i in enumerate(reps):
        shared_bands = [(band, b) for band, b in enumerate(numbers[pos].tolist()) if b >= 0]
        found = [
            _by_cluster(bucket, uf)
            for bucket in (buckets[band].get(b) for band, b in shared_bands)
            if bucket
        ]
        checked: set[int] = set()
        shared: Counter[int] = Counter()  # first members of each cluster -> bands shared
        for bucket in found:
            for members in bucket.values():
                shared.update(members[:FIRST_CHECKED])
        for j in sorted(shared, key=lambda j: (-shared[j], j)):
            if uf.find(j) != uf.find(i):
                checked.add(j)
                counts[0] += 1
                _join_if_similar(i, j, hashes, uf, opts, counts, prints, apart)
        for bucket in found:
            for root, members in bucket.items():
                for j in members[FIRST_CHECKED:]:
                    if uf.find(root) == uf.find(i):
                        break
                    if j not in checked:
                        checked.add(j)
                        counts[0] += 1
                        if _join_if_similar(i, j, hashes, uf, opts, counts, prints, apart):
                            break
        root_i = uf.find(i)
        for band, b in shared_bands:
            bucket = buckets[band].setdefault(b, {})
            _by_cluster(bucket, uf).setdefault(root_i, []).append(i)
    return counts[0], counts[1]


def opened_candidates(
    texts: Sequence[int],
    rep_of: Sequence[int],
    body: Callable[[int], U64],
    opening: Callable[[int], U64],
    site: Callable[[int], int],
) -> npt.NDArray[np.int64]:
    """Pairs ``(x, y)`` of ``texts`` (rows of the array, sorted) of two known sites that
    differ where at least half of ``y``'s usable sampled opening hashes lie in ``x``'s body:
    the candidates of a copy whose body holds the story under (or over) prose of its own
    outlet, which MinHash LSH misses when that prose weighs on the bodies' Jaccard
    (:func:`_opened_pairs`). A body and its opening are a key's: only the first text of each
    key (``rep_of``: each text's) takes part, with its site.

    The sample is the containment stage's (hashes below :data:`_SAMPLE_BELOW`, the same in
    every text). A hash the bodies of more than :data:`_MAX_POSTING` keys hold is
    boilerplate, neither a posting nor usable, and a text whose sampled opening is mostly
    boilerplate proposes nothing: an outlet's standard paragraph, or a story printed by
    hundreds of outlets (whose near-copies LSH finds), costs no pairs. So each key costs its
    sampled hashes and at most :data:`_MAX_POSTING` postings per usable opening hash."""
    none = np.empty((0, 2), dtype=np.int64)
    known = [i for i in texts if rep_of[i] == i and site(i) >= 0]
    if len(known) < 2:
        return none
    n = max(known) + 1
    site_of = np.full(n, -1, dtype=np.int64)
    site_of[known] = [site(i) for i in known]
    ph, pt = _sampled(known, body)
    if ph.size == 0:
        return none
    by_hash = np.lexsort((pt, ph))
    ph, pt = ph[by_hash], pt[by_hash]
    uniq, start, count = np.unique(ph, return_index=True, return_counts=True)
    oh, oy = _sampled(known, opening)
    sampled = np.bincount(oy, minlength=n)
    usable_h = ~np.isin(oh, uniq[count > _MAX_POSTING])
    oh, oy = oh[usable_h], oy[usable_h]
    usable = np.bincount(oy, minlength=n)
    at = np.minimum(np.searchsorted(uniq, oh), uniq.size - 1)
    held = uniq[at] == oh
    at, oy = at[held], oy[held]
    present = np.bincount(oy, minlength=n)
    # a text proposes pairs when most of its opening is usable and half of it is held
    proposing = (usable > 0) & (2 * usable >= sampled) & (2 * present >= usable)
    at, oy = at[proposing[oy]], oy[proposing[oy]]
    lens = count[at]
    ends = np.cumsum(lens)
    # texts in chunks of about _PAIR_CHUNK postings (a text's hashes in one chunk)
    text_first = np.flatnonzero(np.r_[True, oy[1:] != oy[:-1]]) if oy.size else oy
    cuts = text_first[np.flatnonzero(np.diff((ends - lens)[text_first] // _PAIR_CHUNK)) + 1]
    found = [
        _opened_chunk(pt, start[a], count[a], y, n)
        for a, y in zip(np.split(at, cuts), np.split(oy, cuts), strict=True)
    ]
    x, y = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    hits = np.concatenate([f[2] for f in found])
    keep = (2 * hits >= usable[y]) & (site_of[x] != site_of[y])
    out = np.stack((x[keep], y[keep]), axis=1)
    return out[np.lexsort((out[:, 1], out[:, 0]))]


#: Postings expanded at once by :func:`opened_candidates` (memory bound, not a result).
_PAIR_CHUNK = 1 << 22


def _opened_chunk(
    postings: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    lens: npt.NDArray[np.int64],
    opened: npt.NDArray[np.int64],
    n: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Holders, opening texts and shared hashes of the pairs of some opening hashes (each
    held by ``postings[first:first + lens]``, ``opened``: whose opening holds it)."""
    start = np.repeat(first - np.cumsum(lens) + lens, lens)
    holder = postings[start + np.arange(int(lens.sum()))]
    pair, hits = np.unique(np.repeat(opened, lens) * n + holder, return_counts=True)
    y, x = np.divmod(pair, n)
    return x, y, hits


def _sampled(texts: list[int], hashes: Callable[[int], U64]) -> tuple[U64, npt.NDArray[np.int64]]:
    """The sampled hashes (below :data:`_SAMPLE_BELOW`) of each of ``texts``, and whose."""
    values = [h[h < _SAMPLE_BELOW] for h in map(hashes, texts)]
    owner = np.repeat(np.asarray(texts, dtype=np.int64), [v.size for v in values])
    return np.concatenate(values), owner


def _opened_pairs(
    keyed: list[int],
    rep_of: list[int],
    hashes: Mapping[int, U64],
    uf: _UnionFind,
    opts: CleanOptions,
    prints: Prints,
    apart: _Apart,
) -> tuple[int, int]:
    """The pairs of :func:`opened_candidates` not joined yet, each verified as an LSH
    candidate is (:func:`_join_if_similar`: the same rules, so they cost a check, never
    precision). A copy under prose of its own outlet whose bodies' Jaccard LSH does not
    reach (the prose outweighs a third of the copy's body) holds the other copy's opening in
    its body: so does a copy with prose at its foot, and one with prose at either end."""
    counts = [0, 0]
    pairs = opened_candidates(keyed, rep_of, prints.hashes, prints.opening, prints.site)
    if pairs.size == 0:
        return 0, 0
    root = np.array([uf.find(i) for i in range(len(rep_of))], dtype=np.int64)
    pairs = pairs[root[pairs[:, 0]] != root[pairs[:, 1]]]
    prints.read_wholes(np.unique(pairs).tolist())
    for x, y in pairs.tolist():
        if uf.find(x) != uf.find(y):
            counts[0] += 1
            _join_if_similar(x, y, hashes, uf, opts, counts, prints, apart)
    return counts[0], counts[1]


def _bucket_numbers(sigs: U32, bands: int, rows: int) -> npt.NDArray[np.int64]:
    """For each signature and band, the number of its LSH bucket in that band, or -1 when no
    other signature falls in it; shape ``(len(sigs), bands)``.

    Two signatures share a bucket of a band exactly when their ``rows`` values in that band are
    equal: the bucket keys of :func:`.signature.band_keys`, compared whole (no hash).
    """
    n = sigs.shape[0]
    if bands * rows > sigs.shape[1]:
        raise ValueError(f"{bands} bands x {rows} rows exceed signatures of {sigs.shape[1]}")
    out = np.full((n, bands), -1, dtype=np.int64)
    key = np.dtype((np.void, 4 * rows))
    for band in range(bands):
        values = np.ascontiguousarray(sigs[:, band * rows : (band + 1) * rows])
        _, number, count = np.unique(
            values.view(key).ravel(), return_inverse=True, return_counts=True
        )
        number = number.ravel()
        shared = count[number] > 1
        out[shared, band] = number[shared]
    return out


def _join_if_similar(
    i: int,
    j: int,
    hashes: Mapping[int, U64],
    uf: _UnionFind,
    opts: CleanOptions,
    counts: list[int],
    prints: Prints,
    apart: _Apart,
) -> bool:
    """Join ``i`` and ``j`` when they are near-duplicates (:func:`near_pair`: exact
    Jaccard, else each body in the other's whole text, at the threshold, else on two sites
    one the other's story under its outlet's prose) and share an article opening
    (:func:`openings_refusal`; ``apart`` notes the rule that refuses them)."""
    bodies = (hashes[i], hashes[j])
    if near_pair(
        bodies,
        _wholes(prints, i, j),
        opts,
        insides=_insides(prints, i, j),
        openings=lambda: (prints.opening(i), prints.opening(j)),
        sites=(prints.site(i), prints.site(j)),
    ) and apart.allows(openings_refusal(i, j, prints)):
        counts[1] += 1
        uf.union(i, j)
        return True
    return False


def _by_cluster(bucket: dict[int, list[int]], uf: _UnionFind) -> dict[int, list[int]]:
    """A bucket's texts keyed by their current cluster root (entries of clusters joined since
    they were stored are merged, in place)."""
    for root in [r for r in bucket if uf.find(r) != r]:
        members = bucket.pop(root)
        bucket.setdefault(uf.find(root), []).extend(members)
    return bucket


def _contained(
    keyed: list[int],
    rep_of: list[int],
    prints: Prints,
    uf: _UnionFind,
    opts: CleanOptions,
    contained: set[int],
    apart: _Apart,
    *,
    chrome: set[int] | None = None,
) -> tuple[int, int]:
    """Join each text mostly contained in a longer one to its best container (and add it to
    ``contained``; ``apart`` notes the rule that refuses a container). With ``chrome`` (the
    default setting, containment off), only containers that are pages kept whole of another
    site are looked at (:func:`in_chrome_of`), and the containers joined are added to
    ``chrome`` instead.

    What is contained is what duplicates are judged on (the body with ``match="body"``); it is
    looked for in the container's whole text, so a teaser (headline and lede) lies in its
    article, and an abridged copy with its own headline and lede lies in the original.
    Candidates come from a consistent sample of shingle hashes (the same hashes are sampled in
    every text, so a contained text's sample is inside its container's sample): texts sharing at
    least half of a text's sampled hashes are checked by exact containment. A container that is
    also a near-duplicate of the text (body Jaccard at or above ``dedup_threshold``) is not
    chosen: the near-duplicate stage joins those already, and choosing one would leave the text
    outside the fuller copy that contains it and its near-duplicate both (two abridged copies of
    one story, each the other's best container, and the original). Of the other containers,
    :func:`chosen_containers` picks the ones joined.

    Every text with a key (``keyed``; ``rep_of``: the first text of each one's key) is a
    container and a contained text: texts of one key share their body, not their whole text
    (one copy prints the lede whole, another cuts it), so a body can lie in one of them and not
    in the other; and the openings rule of one site (:func:`openings_refusal`) depends on each
    text's site. The containments of a body are measured once per key. A sampled hash is
    boilerplate when the texts of more than :data:`_MAX_POSTING` keys hold it (exact copies
    of one page do not make its text boilerplate).
    """
    postings: dict[int, list[int]] = {}
    whole_size: dict[int, int] = {}
    # (the default setting's containers are the pages kept whole only)
    containers = keyed if chrome is None else [i for i in keyed if prints.whole_page(i)]
    prints.read_wholes(containers)
    for i in containers:
        full = prints.whole(i)
        whole_size[i] = int(full.size)
        for h in full[full < _SAMPLE_BELOW].tolist():
            postings.setdefault(h, []).append(i)
    common = {
        h
        for h, posting in postings.items()
        if len(posting) > _MAX_POSTING and len({rep_of[j] for j in posting}) > _MAX_POSTING
    }
    held = {h: np.array(posting, dtype=np.int64) for h, posting in postings.items()}
    del postings
    candidates = joins = 0
    texts_of: dict[int, list[int]] = {}
    for i in keyed:
        texts_of.setdefault(rep_of[i], []).append(i)
    for r, texts in texts_of.items():
        # the key's body (the same for each of its texts), as containment measures it
        hashes, body = prints.inside(r), prints.hashes(r)
        size = int(hashes.size)
        if size < MIN_CONTAINED_SHINGLES:
            continue
        sample = [h for h in hashes[hashes < _SAMPLE_BELOW].tolist() if h not in common]
        usable = len(sample)
        holders = [held[h] for h in sample if h in held]
        texts_seen, counts = np.unique(
            np.concatenate(holders) if holders else np.empty(0, dtype=np.int64),
            return_counts=True,
        )
        # the containers the body lies in at the threshold that are not near-duplicates, and
        # whether the body's opening lies in each
        measured: list[tuple[float, int, bool]] = []
        near: dict[int, bool] = {}  # per key of a candidate: a near-duplicate body
        for j, count in zip(texts_seen.tolist(), counts.tolist(), strict=True):
            rj = rep_of[j]
            if rj == r or whole_size[j] < size or 2 * count < usable:
                continue
            candidates += 1
            if rj not in near:
                near[rj] = near_duplicate(body, prints.hashes(rj), opts)
            if near[rj]:
                continue
            c = containment(hashes, prints.whole(j))
            if c >= opts.containment_threshold:
                measured.append((c, j, opening_in(prints.opening(r), prints.whole(j))))
        chosen: dict[tuple[int, ...], list[int]] = {}  # the key's texts mostly join the same
        for i in texts:
            found = [
                (c, j)
                for c, j, opened in measured
                if (chrome is None or in_chrome_of(prints.site(i), prints.site(j)))
                and apart.allows(openings_refusal(i, j, prints, by_site=True, i_in_j=opened))
            ]
            if not found:
                continue
            joins += 1
            if chrome is None:
                contained.add(i)
            else:
                chrome.update(j for _, j in found)
            picked = tuple(j for _, j in found)
            if picked not in chosen:
                chosen[picked] = chosen_containers(found, prints.hashes, prints.whole, opts)
                for j in chosen[picked][1:]:  # the containers together once, ...
                    uf.union(chosen[picked][0], j)
            uf.union(i, chosen[picked][0])  # ... and each text with them
    return candidates, joins


def chosen_containers(
    found: list[tuple[float, int]],
    body: Callable[[int], U64],
    whole: Callable[[int], U64],
    opts: CleanOptions,
) -> list[int]:
    """The containers a contained text joins, of ``found`` (containment, container) pairs at or
    above the threshold: the best (highest containment, then lowest index), and every other one
    related to the best, that is holding at least :data:`RELATED_SHARE` of its body or having
    that share of its own body in it. Two copies of one story that hold the same abridged copy
    share their article; two different articles that hold the same teaser share the teaser
    only (their bodies, without the shared lede, lie elsewhere), so the teaser joins one.

    With ``match="full"`` only the best is joined: whole texts carry their pages' chrome, which
    the pages of one site share, so two different articles of one outlet look related."""
    best = min(found, key=lambda f: (-f[0], f[1]))[1]
    chosen = [best]
    if opts.match == "full":
        return chosen
    for _, j in sorted(found, key=lambda f: f[1]):
        if j != best and (
            containment_reaches(body(j), whole(best), RELATED_SHARE)
            or containment_reaches(body(best), whole(j), RELATED_SHARE)
        ):
            chosen.append(j)
    return chosen


#: Share of one text's article opening the other text must hold (:func:`openings_refusal`).
OPENING_SHARE = 0.35


def openings_refusal(
    i: int,
    j: int,
    prints: Prints,
    *,
    by_site: bool = False,
    i_in_j: bool | None = None,
) -> str | None:
    """The rule by which texts ``i`` and ``j`` are kept apart by where their shared text lies
    (a key of :data:`APART_REASONS`), or ``None`` when their openings allow the join: the one
    code path both the batch and ``cleanscrape compare`` ask. They may be duplicates when the
    opening of one of them (:func:`.body.opening_key`: the body's first words, with either
    ``match``) lies, for at least :data:`OPENING_SHARE` of its shingles, in the other's whole
    text; with ``by_site`` (a containment join), for two texts of one site, see below.
    ``i_in_j``: whether ``i``'s opening lies in ``j``'s text, when the caller knows it (it is
    the same for every text of ``i``'s key).

    Two pages of one outlet can share most of their kept text when the outlet's chrome prose
    (readers' comments, an author box, a standard paragraph, another article printed under
    every page) outweighs a short story: their bodies are then near-duplicates or one lies in
    the other, while the stories themselves, which open the articles, differ. Copies of one
    story share their opening (an abridged copy keeps most of it, a rewritten lede is not part
    of it), so this costs them nothing.

    A text contained in another of its own site (:meth:`.prints.Prints.site`) must share
    their openings both ways, unless one of them is short (:data:`SHORT_TEXT`: a teaser page
    of the site, its headline and lede, has little besides its opening). A page of one outlet
    whose article was lost keeps only that outlet's prose (an FAQ, disclaimers), which another
    page of the outlet prints after its own article: the lost
    page's "opening" lies in the other page, one way only. Copies of one story on one site
    carry the same chrome, so each one's opening lies in the other. Copies on different sites
    need one way only (an outlet may print prose before the article, which then opens its
    body), and so do near-duplicates (a page of one site updated at the top and cut at the
    bottom shares most of its text with the earlier page, not its opening).

    Two texts of one site, joined any way, whose openings each hold text the other lacks
    (each lies in the other's text for less than :data:`OWN_OPENING_SHARE`) are different
    stories under what the site prints around them (:func:`own_openings`); so are two that
    share little besides the text a third page of the site prints (:func:`outlet_shared`).
    """
    one = one_site(prints.site(i), prints.site(j))
    if i_in_j and not one:
        return None  # (what opening_refusal answers, without reading the texts' hashes)
    same_site = by_site and one
    return opening_refusal(
        prints.opening(i),
        prints.whole(i),
        prints.opening(j),
        prints.whole(j),
        same_site=same_site,
        body_a=prints.inside(i) if same_site else None,
        a_in_b=i_in_j,
        one_site=one,
        stories=(prints.story(i), prints.story(j)) if one else (None, None),
        kept=(prints.whole_page(i), prints.whole_page(j)),
    )


#: Why the default setting joins a text to a page that holds it (``cleanscrape compare``'s
#: words for :func:`in_chrome_of`).
IN_CHROME_JOIN = (
    "clean joins the two at the default: one lies whole in the other, a page of another site"
    " that the strip stage kept whole (its menus and listings around the story)"
)


def in_chrome_of(site: int, whole_site: int) -> bool:
    """Whether a text of site number ``site`` may join, at the default setting (containment
    off), a page of ``whole_site`` that the strip stage kept whole and its body lies in: the
    two sites are known and differ.

    A page kept whole (flagged ``low_prose``: the strip stage kept too little of it) is the
    outlet's menus, panels and listings around its story; a copy of the story on another site,
    cleaned, is a short text that lies whole in it, while their Jaccard is the story's share
    of the page (0.1-0.3). The containment stage joins them only when it runs; at the default
    this rule joins them, the clean copy kept (:func:`_clusters`). Two pages of one site share
    their chrome, and a text of that site lies in a page kept whole for the chrome alone:
    those are left to the rules of one site. A flag not known (``None``) is not a page kept
    whole here."""
    return site >= 0 and whole_site >= 0 and site != whole_site


def one_site(a: int, b: int) -> bool:
    """Whether site numbers ``a`` and ``b`` (-1: not known) are one known site."""
    return a >= 0 and a == b


#: A whole text with fewer shingles than this (two openings' words) is a teaser at most: a
#: headline, a lede of up to 90 words and a line or two (see :func:`openings_refusal`).
SHORT_TEXT = 2 * OPENING_WORDS


#: Why the openings rules keep two texts apart, by the name :func:`opening_refusal` gives:
#: the words ``cleanscrape compare`` prints (the one table of them).
APART_REASONS: dict[str, str] = {
    "outlet_shared": (
        "of one site, the two share little besides text a third page of the site prints"
    ),
    "own_openings": ("of one site, each opens with a story the other does not hold"),
    "story_lost_in_chrome": (
        "of one site, one page was kept whole and its story lies nowhere in the other"
    ),
    "own_stories_in_chrome": (
        "of one site, each page was kept whole and holds a story the other lacks"
    ),
    "own_lines_both": ("of one site, each text holds lines of its own outside the other"),
    "outlet_only": (
        "of one site, the contained text holds nothing but what the site prints on its pages"
    ),
    "whole_inside": ("of one site, the contained text does not lie whole in the other"),
    "openings_one_way": (
        "of one site, the openings must lie in each other both ways, and one does not"
    ),
    "no_shared_opening": "neither text's article opening lies in the other",
    "no_shared_band": (
        "clean never verifies the two as near-duplicates: their signatures share no LSH band"
        " (and, of two known sites, neither's body holds half of the other's opening)"
    ),
    "no_container_proposed": (
        "clean never measures one inside the other: the containment stage proposes neither as"
        " the other's container (it proposes a body of 10 shingles or more for a text that"
        " holds half of its sampled shingle hashes)"
    ),
}


def opening_refusal(
    open_a: U64,
    whole_a: U64,
    open_b: U64,
    whole_b: U64,
    *,
    same_site: bool = False,
    body_a: U64 | None = None,
    a_in_b: bool | None = None,
    one_site: bool = False,
    stories: tuple[U64 | None, U64 | None] = (None, None),
    kept: tuple[bool | None, bool | None] = (None, None),
) -> str | None:
    """:func:`openings_refusal` on two texts' opening and whole-text shingle hashes
    (``same_site``: the two come from one site and the openings must lie in each other both
    ways, and the first text, the contained one, must lie in the second whole,
    :func:`whole_inside`, ``body_a`` its body as containment measures it, and hold text
    outside its site's, :func:`outlet_only`; ``a_in_b``:
    whether the first opening lies in the second text, when known;
    ``one_site``: the two come from one known site, whatever joins them, so that
    :func:`own_openings` and :func:`outlet_shared` apply; ``stories``: the two texts' hashes
    outside their site's text, :meth:`.prints.Prints.story`; ``kept``: whether the strip
    stage kept each page whole, ``None`` when not known, :meth:`.prints.Prints.whole_page`,
    for the rules of pages kept whole). Returns the name of the rule
    that keeps the two apart (a key of :data:`APART_REASONS`, a constant: no string is built),
    or ``None`` when the openings allow the join."""
    if one_site:
        if outlet_shared(*stories):
            return "outlet_shared"
        if own_openings(open_a, whole_a, open_b, whole_b):
            return "own_openings"
        if story_lost_in_chrome(open_a, whole_a, whole_b, kept[0]) or story_lost_in_chrome(
            open_b, whole_b, whole_a, kept[1]
        ):
            return "story_lost_in_chrome"
        if own_stories_in_chrome(open_a, whole_a, open_b, whole_b, kept):
            return "own_stories_in_chrome"
        if own_lines_both(whole_a, whole_b):
            return "own_lines_both"
    if same_site:
        if outlet_only(stories[0]):
            return "outlet_only"
        if not whole_inside(whole_a, whole_b, body_a):
            return "whole_inside"
    if a_in_b is None:
        a_in_b = opening_in(open_a, whole_b)
    one_way = not same_site or min(whole_a.size, whole_b.size) < SHORT_TEXT
    if a_in_b and one_way:
        return None
    if not a_in_b and not one_way:
        return "openings_one_way"
    if opening_in(open_b, whole_a):
        return None
    return "no_shared_opening" if one_way else "openings_one_way"


#: The share of a contained text's whole text that must lie in its container's whole text
#: when the two come from one site (:func:`whole_inside`): the containment threshold's default.
SITE_WHOLE_SHARE = 0.8
#: The share of it that must lie there when its part outside the container is more than a
#: seam's few shingles (:data:`OWN_LINE_SHINGLES` or more; :func:`whole_inside`).
SITE_OWN_SHARE = 0.9
#: The most shingles one seam gives a text that another lacks, where a line of it was cut or a
#: sentence dropped: the windows of ``shingle_size`` words that span the seam (the default's).
SEAM_SHINGLES = DEFAULTS.shingle_size - 1
#: The fewest of a contained text's whole-text hashes outside its container of one site that
#: are a line of its own rather than a seam (:func:`own_lines_outside`): more than one seam's.
OWN_LINE_SHINGLES = SEAM_SHINGLES + 1


def whole_inside(whole_a: U64, whole_b: U64, body_a: U64 | None = None) -> bool:
    """Whether a text contained in another of its own site (its body lies in the other's
    text) lies there whole: for at least :data:`SITE_WHOLE_SHARE` of its whole text, and for
    :data:`SITE_OWN_SHARE` when :data:`OWN_LINE_SHINGLES` or more of its hashes lie
    outside the other text (:func:`own_lines_outside`); and so does its body (``body_a``: the
    hashes containment measures of it, :meth:`.prints.Prints.inside`), when given, for
    :data:`SITE_OWN_SHARE` when it holds lines outside the other text.

    Pages of one site print the same chrome around their bodies, so a copy of a story that
    lies in another page of its site (a teaser, an abridged or cut re-crawl) lies there with
    its headline and whatever the strip stage kept around its body. A page whose body lies in
    another page of its site only through the text the site prints on its pages (a standard
    paragraph above a short story) keeps its own story outside the body's matched part (its
    headline, a story line or two read as chrome) or past it, which the other page lacks:
    different stories, whose bodies meet in the site's paragraph."""
    size = int(whole_a.size)
    if not size or min(size, whole_b.size) / size < SITE_WHOLE_SHARE:
        return False  # (the sizes decide, as in containment_reaches: nothing counted)
    inside = intersection_size(whole_a, whole_b)
    if inside / size < SITE_WHOLE_SHARE or own_lines_outside(inside, size):
        return False
    # (a page whose kept chrome outweighs its story lies in the other page whole through
    # that chrome: its story's lines are then a part of its body, outside the other)
    return body_a is None or not own_lines_outside(
        intersection_size(body_a, whole_b), int(body_a.size)
    )


def own_lines_both(whole_a: U64, whole_b: U64) -> bool:
    """Whether each of two texts of one site holds lines of its own outside the other
    (:func:`own_lines_outside` both ways: more hashes than one seam gives, and under
    :data:`SITE_OWN_SHARE` of it in the other).

    Two short stories of one outlet under the paragraph it prints above each of them, whose
    story lines the matching key does not read as prose (two list items, a headline printed
    twice), have one body, the paragraph, and one key; what tells them apart is those lines,
    whole lines on each side that the other page lacks. A re-crawl of a page, cut or abridged,
    differs from it on one side only (the page's lines it dropped), and an identical one on
    neither; the exact stage leaves texts of one site with one key to this check
    (:func:`_find`)."""
    inside = intersection_size(whole_a, whole_b)
    return own_lines_outside(inside, int(whole_a.size)) and own_lines_outside(
        inside, int(whole_b.size)
    )


def own_lines_outside(inside: int, size: int) -> bool:
    """Whether a text of one site that lies in another for :data:`SITE_WHOLE_SHARE` (``inside``
    of its ``size`` whole-text hashes in the other's) still holds lines of its own outside it:
    more of its hashes than one seam gives (:data:`OWN_LINE_SHINGLES` or more), and it lies in
    the other for less than :data:`SITE_OWN_SHARE`.

    A copy of a page on its own site prints the page's chrome and the page's lines, and
    differs from it only where it was cut or abridged: each seam, where a line was cut or a
    sentence dropped, gives it at most :data:`SEAM_SHINGLES` shingles the page lacks (none
    where the copy ends at the cut), under a tenth of a text that has several seams. A short
    story printed under the site's standard paragraph, whose headline the strip stage lost,
    keeps its one or two story lines ("an establishment where meals are served to
    customers."): whole lines the other page does not print, a line of ``n`` words giving
    ``n`` shingles outside it at the text's end and ``n + SEAM_SHINGLES`` between two lines,
    a seventh to a fifth of a text made of the paragraph and those lines (measured: 16-21
    shingles of 98-117; 9 of 64 where one line of 9 words is left, "The information provided
    is based on the published date."), within the fifth :data:`SITE_WHOLE_SHARE` leaves
    outside."""
    return size - inside >= OWN_LINE_SHINGLES and inside / size < SITE_OWN_SHARE


#: Two texts of one site are different stories when each one's opening lies in the other's
#: text for less than this share (:func:`own_openings`): a fifth of each opening that the
#: other page lacks, as when a story of two short paragraphs gives its body's opening a few
#: dozen words before the outlet's text.
OWN_OPENING_SHARE = 0.8


def own_openings(open_a: U64, whole_a: U64, open_b: U64, whole_b: U64) -> bool:
    """Whether each of two texts' openings holds text the other lacks: less than
    :data:`OWN_OPENING_SHARE` of it lies in the other's whole text (for two texts of one site,
    see :func:`openings_refusal`).

    One outlet prints the same text around each of its stories: a standard paragraph, a
    list of countries or of its other stories that the strip stage kept. Under a short story
    that shared text can be most of each page, so that two different stories' bodies are
    near-duplicates, or each lies in the other's text. Their stories still open their bodies
    (the standard paragraph above them is their lede, or the stories are what comes first after
    it), and each opening is then, for a fifth of it or more, a story the other page lacks: a
    story of two short paragraphs gives the opening a few dozen words before the outlet's
    text. Copies of one story on one site differ
    little in their openings: a page updated at the top has an opening of its own, but the
    earlier page's opening lies in it. Openings of fewer than :data:`MIN_CONTAINED_SHINGLES`
    shingles are too short to tell."""
    return (
        min(open_a.size, open_b.size) >= MIN_CONTAINED_SHINGLES
        and not containment_reaches(open_a, whole_b, OWN_OPENING_SHARE)
        and not containment_reaches(open_b, whole_a, OWN_OPENING_SHARE)
    )


#: A text whose body's opening is under this share of its whole text is mostly what surrounds
#: its article: the share of a page's characters under which the strip stage keeps the page
#: whole (``min_kept_ratio``'s default), read here on shingles (:func:`story_lost_in_chrome`).
KEPT_WHOLE_SHARE = DEFAULTS.min_kept_ratio


def kept_whole(opening: U64, whole: U64, flag: bool | None = None) -> bool:
    """Whether a text is a page the strip stage kept whole: ``flag``, the strip stage's own
    word (the document's ``low_prose`` flag, :meth:`.prints.Prints.whole_page`), when it is
    known; else its body's opening weighs under :data:`KEPT_WHOLE_SHARE` of its whole text
    (see :func:`story_lost_in_chrome`).

    The opening's share holds only for texts of about ``OPENING_WORDS / KEPT_WHOLE_SHARE``
    distinct shingles or more (an opening is at most :data:`.body.OPENING_WORDS` of them): a
    page kept whole of 1,000-2,000 words, its menus printed twice counted once, has an
    opening of a tenth of it, and a long article that the strip stage kept has an opening
    under a twentieth. The flag tells both; the share serves texts whose flag is not known
    (clean texts compared as they are, texts given to :func:`find_duplicates` without it)."""
    if flag is not None:
        return flag and bool(opening.size)
    return bool(opening.size) and opening.size < KEPT_WHOLE_SHARE * whole.size


def story_lost_in_chrome(
    open_a: U64, whole_a: U64, whole_b: U64, kept_a: bool | None = None
) -> bool:
    """Whether a text of one site is a page whose story another page of the site lacks while
    the site's chrome makes them alike: its body's opening (``open_a``, at least
    :data:`MIN_CONTAINED_SHINGLES`) lies in the other's whole text (``whole_b``) for less than
    :data:`OPENING_ABSENT`, and the text is a page kept whole (:func:`kept_whole`, ``kept_a``
    the strip stage's flag when known).

    When the strip stage keeps too little of a page it keeps the page whole (flagged
    ``low_prose``): a short story under a site's long chrome (a cloud provider's page of a
    thousand menu and product lines) is then a twentieth of its text or less, and two such
    pages of one site are near-duplicates by their whole texts (``match="full"``) whatever
    their stories. The other page's opening can still lie in it (the site's standard paragraph
    above both stories, read as one page's lede and as the other's opening), so the openings
    one way do not tell (:func:`own_openings` asks both). Re-crawls of one page kept whole
    share their story, opening included. A page updated at the top has an opening of its own,
    but where the strip stage kept its article the opening is more than a twentieth of its
    text (an article of fewer than some 2,000 words), and it is not asked.
    """
    return (
        open_a.size >= MIN_CONTAINED_SHINGLES
        and kept_whole(open_a, whole_a, kept_a)
        and not containment_reaches(open_a, whole_b, OPENING_ABSENT)
    )


#: The fewest whole-text shingles each of two pages of one site kept whole must hold outside
#: the other for each to tell a story of its own (:func:`own_stories_in_chrome`): half an
#: opening's words, a short paragraph; a line of chrome drawn again for each page (a row of
#: menu items, a tag row) gives fewer.
OWN_STORY_SHINGLES = OPENING_WORDS // 2


def own_stories_in_chrome(
    open_a: U64,
    whole_a: U64,
    open_b: U64,
    whole_b: U64,
    kept: tuple[bool | None, bool | None] = (None, None),
) -> bool:
    """Whether two texts of one site are pages kept whole (:func:`kept_whole`, ``kept`` the
    strip stage's flags when known) that each hold
    a story the other lacks: at least :data:`OWN_STORY_SHINGLES` of each one's whole-text
    hashes lie outside the other's.

    A page kept whole opens with its site's chrome (a menu, a product list), so its body's
    opening is that chrome and lies in every other page of the site: the openings do not tell
    two such pages apart (:func:`own_openings`, :func:`story_lost_in_chrome`), and their
    site's text is known only when a third page of the site prints that chrome
    (:func:`outlet_shared`), which a page whose article the strip stage kept does not. What
    each page holds outside the other is then its story (a headline and a paragraph or two)
    beside the lines of chrome the site draws for each page. A re-crawl of a page kept whole
    prints the same story and differs from the page in those lines only (a row of menu items,
    a tag row: mostly fewer than :data:`OWN_STORY_SHINGLES`); a page updated with a paragraph
    holds it on one side only.

    The bodies do not tell the two cases apart: the body of a page kept whole is its largest
    runs of prose (:func:`.body.article_runs`), the site's own text, and a short story's run
    beside them is left out, so two different stories of one site kept whole have the same
    body as a page and its re-crawl do. A re-crawl whose drawn lines (cards' headlines,
    counters) exceed :data:`OWN_STORY_SHINGLES` stays apart (a cloud vendor's page of 4,500
    shingles: 124 and 154 outside each other).
    """
    if not (kept_whole(open_a, whole_a, kept[0]) and kept_whole(open_b, whole_b, kept[1])):
        return False
    return smaller_outside(whole_a, whole_b) >= OWN_STORY_SHINGLES


def smaller_outside(a: U64, b: U64) -> int:
    """How many hashes of the smaller of two sorted unique hash arrays lie outside the other:
    the fewest any of the two holds of its own, so at least that many lie outside the other
    on each side (:func:`own_stories_in_chrome`)."""
    return min(a.size, b.size) - intersection_size(a, b)


#: Two texts of one site that share, outside the text their site prints on a third page, less
#: than this share of each one's own part are different stories (:func:`outlet_shared`).
#: Measured: different stories of one outlet joined under its text share under 0.05 of their
#: own parts (29 of 38 such pairs of one site on dev draws; none 0.05-0.15); two variants of
#: one story on a site of its variants alone (their own parts a borrowed paragraph and where
#: their paragraphs meet) 0.17, which a share of 0.2 kept apart.
PAIR_STORY_SHARE = 0.05


def outlet_shared(story_a: U64 | None, story_b: U64 | None) -> bool:
    """Whether two texts of one site share little besides their site's text: of the hashes
    of each one's whole text outside the site's text (``story_a``, ``story_b``:
    :meth:`.prints.Prints.story`; ``None`` when the site prints no such text), the two share
    less than :data:`PAIR_STORY_SHARE` of each one's, and each has at least
    :data:`MIN_CONTAINED_SHINGLES` (fewer are too few to tell).

    An outlet prints the same text around each of its stories (a writers' blurb and
    disclaimers, a list of its posts, hundreds of menu lines the strip stage kept), and under
    that text two different stories' texts can be near-duplicates, with each one's body's
    opening in the other text when the story is shorter than the opening or starts below it
    (:func:`own_openings` misses them). A third page of the site prints that text too, and
    what the two share besides it is a few shingles at most. Two versions of one page (a
    re-crawl, an edited copy) share their story, which no third page prints, and a teaser of
    one shares all of its own part with the article. The verdict is the pair's: pages of the
    site that print neither text change what is the site's text only by their count.
    """
    if story_a is None or story_b is None:
        return False
    if min(story_a.size, story_b.size) < MIN_CONTAINED_SHINGLES:
        return False
    shared = intersection_size(story_a, story_b)
    return shared < PAIR_STORY_SHARE * min(story_a.size, story_b.size)


def outlet_only(story: U64 | None) -> bool:
    """Whether a text holds nothing but its site's text: fewer than
    :data:`MIN_CONTAINED_SHINGLES` of its whole-text hashes lie outside what the site prints on
    most of its pages (``story``: :meth:`.prints.Prints.story`; ``None`` when the site prints
    no such text, or it is not known).

    A page whose story the strip stage lost keeps only what its outlet prints on every page
    (a standard paragraph above the story, a box of its services): a teaser's shape, which lies
    whole in any other page of the outlet. Such a text tells no story, so it is contained in
    none of its site's pages (:func:`opening_refusal` with ``same_site``); a teaser of a story
    keeps the story's headline and lede, which at most a few pages of the site print. Texts of
    one site joined as near-duplicates (two re-crawls of one page) are not asked."""
    return story is not None and story.size < MIN_CONTAINED_SHINGLES


def opening_in(opening: U64, whole: U64) -> bool:
    """Whether an opening lies in a whole text for at least :data:`OPENING_SHARE`."""
    return containment_reaches(opening, whole, OPENING_SHARE)


def near_pair(
    bodies: tuple[U64, U64],
    wholes: tuple[U64, U64] | Callable[[], tuple[U64, U64]],
    opts: CleanOptions,
    *,
    insides: tuple[U64, U64] | Callable[[], tuple[U64, U64]],
    openings: tuple[U64, U64] | Callable[[], tuple[U64, U64]] | None = None,
    sites: tuple[int, int] = (-1, -1),
) -> bool:
    """Whether the near-duplicate stage joins two texts (their openings aside): the exact
    Jaccard of their matched shingle hashes (``bodies``) reaches ``dedup_threshold``
    (:func:`near_duplicate`), or with ``match="body"`` each one's matched hashes lie in the
    other's whole text for at least that share (:func:`mutually_contained`; ``wholes``: the
    two whole texts' hashes, and ``insides``: the two texts' hashes containment measures,
    :meth:`.prints.Prints.inside`, or functions giving them, called only when the Jaccard
    falls short), or, for two texts of known ``sites`` that differ (site numbers, -1: not known),
    one is the other's story under prose of its own outlet (:func:`prose_above`;
    ``openings``: the two bodies' opening hashes, or a function giving them)."""
    a, b = bodies
    if near_duplicate(a, b, opts):
        return True
    if opts.match == "full":  # the matched text is the whole text: Jaccard alone
        return False
    whole = wholes() if callable(wholes) else wholes
    if mutually_contained(insides() if callable(insides) else insides, whole, opts):
        return True
    if openings is None or min(sites) < 0 or sites[0] == sites[1]:
        return False
    return prose_above(bodies, whole, openings() if callable(openings) else openings, opts)


def near_duplicate(a: U64, b: U64, opts: CleanOptions) -> bool:
    """Whether two texts' matched shingle hashes are near-duplicates (exact Jaccard at or
    above ``dedup_threshold``): such a pair is joined by the near-duplicate stage (LSH makes
    it a candidate), so it is not a text's container (see :func:`_contained`)."""
    return jaccard_reaches(a, b, opts.dedup_threshold)


#: The share of the fuller copy's body the other copy's text must hold (:func:`prose_above`).
SHARED_MIN = 0.5
#: A body opens with text another text lacks when less than this share of its opening lies
#: in that text (:func:`prose_above`): a copy abridged, its lede cut or its sentences
#: reordered still holds more of the story's opening than this.
OPENING_ABSENT = 0.1


def prose_above(
    bodies: tuple[U64, U64],
    wholes: tuple[U64, U64],
    openings: tuple[U64, U64],
    opts: CleanOptions,
) -> bool:
    """Whether one of two texts of different sites is the other's story under prose of its
    own outlet: the other's body lies in its text for at least ``dedup_threshold``, most of
    its own body (:data:`SHARED_MIN`) lies in the other's text, and its body opens with text
    the other's lacks (less than :data:`OPENING_ABSENT` of its opening is in the other's
    text). The other's body has at least :data:`SHORT_TEXT` shingles (a story, not a teaser
    or one paragraph that two pages hold), or is a short story that lies in the first one's
    body past its opening (:func:`story_past_opening`). The caller checks the sites
    (:func:`near_pair`).

    The strip stage can keep an outlet's prose above the story (another article, a blurb of
    the site, a menu whose items carry a description) as part of the article's runs: the
    copy's body then holds the story and that prose, and its Jaccard with a copy printed
    without it falls under the threshold, although every sentence of the other copy is in
    it. The prose stands at the top, where no copy of the story differs: a copy cut short,
    abridged or edited keeps the story's opening (and ``containment`` joins those). Pages of
    one site print the same prose above different stories, and one whose article was lost
    keeps that prose alone; so the rule needs two known sites that differ. Different stories
    that open with one standard paragraph share their openings, and each one's own story is
    not in the other's text."""
    (a, b), (wa, wb), (oa, ob) = bodies, wholes, openings
    t = opts.dedup_threshold
    return any(
        _story_under_prose(x, wx, ox, y, wy, t)
        for x, wx, ox, y, wy in ((a, wa, oa, b, wb), (b, wb, ob, a, wa))
    )


def _story_under_prose(x: U64, wx: U64, ox: U64, y: U64, wy: U64, share: float) -> bool:
    """One way of :func:`prose_above`: ``y``'s story lies in the text ``wx`` of ``x``'s body,
    under prose of ``x``'s outlet in its opening ``ox``. The hashes of ``x`` past its opening
    (:func:`past_opening`), which both the short story's test and the opening's test read, are
    taken once, and only when one of them asks."""
    rest: U64 | None = None
    if y.size < SHORT_TEXT:
        if y.size < SHORT_COPY:
            return False
        rest = past_opening(x, ox)
        if not story_past_opening(y, rest, share):
            return False
    if not (containment_reaches(y, wx, share) and containment_reaches(x, wy, SHARED_MIN)):
        return False
    if containment(ox, wy) < OPENING_ABSENT:
        return True
    return past_opening_in(past_opening(x, ox) if rest is None else rest, wy, share)


#: A short copy's body has at least this many shingles (an opening's words and a half): fewer
#: are a teaser or one paragraph two pages hold at most, such as a paragraph of 105 words that
#: lies past another page's 98-word opening (:func:`story_past_opening`).
SHORT_COPY = 3 * OPENING_WORDS // 2


def past_opening(body: U64, opening: U64) -> U64:
    """A body's hashes past its opening: those not in ``opening`` (the body's prose below the
    words an outlet may print above a story, :func:`prose_above`)."""
    return np.setdiff1d(body, opening, assume_unique=True)


def story_past_opening(short: U64, rest: U64, share: float) -> bool:
    """Whether a body shorter than :data:`SHORT_TEXT` but of at least :data:`SHORT_COPY`
    shingles (``short``) lies, for at least ``share`` of its hashes, in another body past that
    body's opening (``rest``, :func:`past_opening`): the short text is the story the other copy
    prints under prose of its outlet, not that prose (:func:`prose_above`).

    A short story's copy (a few paragraphs, its lede dropped as a teaser) falls under the
    floor that keeps a teaser or a paragraph two pages hold from joining. What two pages of
    different stories share under one outlet's prose is that prose, at the top of both
    bodies (a standard paragraph, a box of the outlet's network), so it lies in the other
    body's opening; a teaser is one paragraph, under an opening's words. The story of a short
    copy lies in the fuller copy below the prose its outlet printed above it."""
    if not SHORT_COPY <= short.size < SHORT_TEXT:
        return False
    return rest.size > 0 and containment_reaches(short, rest, share)


def past_opening_in(rest: U64, whole: U64, share: float) -> bool:
    """Whether a body's hashes past its opening (``rest``, :func:`past_opening`) lie in another
    text's ``whole`` for at least ``share`` of them: what the body holds beyond that text
    stands in its opening (:func:`prose_above`).

    Prose of the outlet's shorter than an opening sits above the story in one copy (a line of
    the outlet's taken for the lede, a sentence of its own), or a line of that outlet's read
    as the lede pushes the story's lede down into the body, which the other copy left out or
    printed in another form. The copy's opening then holds both that text and the story's
    first words, so it is not absent from the other copy's text; what follows the opening is
    the story as the other copy prints it. An abridged copy lacks sentences further down, and
    a page printing another story below this one holds them past its opening too."""
    return rest.size > 0 and containment_reaches(rest, whole, share)


def _wholes(prints: Prints, i: int, j: int) -> Callable[[], tuple[U64, U64]]:
    return lambda: (prints.whole(i), prints.whole(j))


def _insides(prints: Prints, i: int, j: int) -> Callable[[], tuple[U64, U64]]:
    return lambda: (prints.inside(i), prints.inside(j))


def mutually_contained(
    insides: tuple[U64, U64], wholes: tuple[U64, U64], opts: CleanOptions
) -> bool:
    """Whether each of two texts' matched hashes lies, for at least ``dedup_threshold`` of
    them, in the other's whole text (containment both ways, measured on the hashes of
    ``insides``: :meth:`.prints.Prints.inside`).

    Two copies of one story can fall under the Jaccard threshold only because the body rule
    splits them differently: one outlet prints the lede as one sentence per line, so its body
    starts with sentences the other keeps in its lede; a short story's first paragraph is its
    lede in one copy and body in the other. Every sentence of each copy is still in the other
    copy's text. An abridged or cut copy is not: the fuller copy's body does not lie in it (that
    is ``containment``'s job), nor is a page whose body holds more (another article's prose)."""
    (a, b), (wa, wb) = insides, wholes
    t = opts.dedup_threshold
    return containment_reaches(a, wb, t) and containment_reaches(b, wa, t)


def _clusters(
    prints: Prints,
    rep_of: list[int],
    uf: _UnionFind,
    published: Sequence[str | None] | None,
    opts: CleanOptions,
    contained: set[int],
    chrome: frozenset[int] | set[int] = frozenset(),
) -> DedupResult:
    """Clusters from the union-find, the keep policy, and each member's
    :class:`~.compare.Figures` against the kept one (from the fingerprints; an exact duplicate's
    body lies whole in the other's text, so it needs no whole-text hashes)."""
    n = len(rep_of)
    contained_keys = {rep_of[c] for c in contained}
    groups: dict[int, list[int]] = {}
    for i in range(n):
        if rep_of[i] >= 0:
            groups.setdefault(uf.find(i), []).append(i)
    duplicate_of: list[int | None] = [None] * n
    similarity: list[float | None] = [None] * n
    clusters: list[Cluster] = []
    for root in sorted(groups):
        members = groups[root]
        if len(members) < 2:
            continue
        # with containment, "first" is the first full text: a text contained in another (an
        # abridged copy, a teaser) is kept only when every member is contained in another one
        # (a key is contained when one of its texts is)
        # and a page kept whole that a copy of another site lies in (:func:`in_chrome_of`) is
        # kept only when every member is one
        full = [m for m in members if rep_of[m] not in contained_keys and m not in chrome]
        full = full or members
        kept = _choose(full if opts.keep == "first" else members, prints, published, opts)
        b = rep_of[kept]
        hb, ib = prints.hashes(b), prints.inside(b)
        fb: U64 | None = None  # the kept text's whole hashes, read once a member needs them
        sims: list[float] = []
        figures: list[Figures | None] = []
        for m in members:
            a = rep_of[m]
            if m == kept:
                sims.append(1.0)
                figures.append(None)
                continue
            ha = prints.hashes(a)
            inside = (prints.inside(a), ib)
            if a == b:
                f = measure((ha, hb), (ha, hb), True, inside)
            else:
                if fb is None:
                    fb = prints.whole(b)
                f = measure((ha, hb), (prints.whole(a), fb), False, inside)
            # with containment on: the larger of Jaccard and the containment either way
            sim = 1.0 if a == b else f.similarity
            if opts.containment:
                sim = max(sim, f.a_in_b, f.b_in_a)
            duplicate_of[m] = kept
            similarity[m] = sim
            sims.append(sim)
            figures.append(f)
        clusters.append(Cluster(kept, members, sims, figures=figures))
    return DedupResult(duplicate_of, similarity, clusters)


def compare_member(
    member: str | TextView, kept: str | TextView, figures: Figures, opts: CleanOptions
) -> Comparison:
    """A cluster member against its kept text, as the report shows it: the dedup's figures,
    the headlines and the differing lines (from the texts)."""
    return compare_measured(member, kept, figures, opts)


def add_comparisons(
    result: DedupResult,
    texts: Sequence[str],
    opts: CleanOptions,
    *,
    views: Sequence[TextView] | None = None,
) -> None:
    """Fill each cluster's ``comparisons`` from its ``figures`` and the texts in memory
    (``views``: the texts' views, when the caller has them)."""

    def view(i: int) -> TextView:
        return views[i] if views is not None else TextView.of(texts[i])

    for c in result.clusters:
        if c.comparisons or not c.figures:
            continue
        kept = view(c.kept)
        c.comparisons = [
            None if f is None else compare_member(view(m), kept, f, opts)
            for m, f in zip(c.members, c.figures, strict=True)
        ]


def _similarity(a: int, b: int, hashes: Mapping[int, U64], opts: CleanOptions) -> float:
    """Exact Jaccard of representatives ``a`` and ``b`` (with containment on: the larger of
    Jaccard and the containment of the smaller text in the larger); the distributed engine's
    similarity, which does not compute containment."""
    if a == b:
        return 1.0
    x, y = hashes[a], hashes[b]
    sim = jaccard(x, y)
    if opts.containment:
        small, large = (x, y) if x.size <= y.size else (y, x)
        sim = max(sim, containment(small, large))
    return sim


def _choose(
    members: list[int],
    prints: Prints,
    published: Sequence[str | None] | None,
    opts: CleanOptions,
) -> int:
    if opts.keep == "longest":
        return min(members, key=lambda i: (-prints.length(i), i))
    if opts.keep == "newest" and published is not None:
        return min(members, key=lambda i: (_newest_first(published[i]), i))
    return min(members)


def _newest_first(date: str | None) -> tuple[int, str]:
    """Sort key: dated before undated, later ISO dates before earlier ones."""
    if not date:
        return (1, "")
    return (0, "".join(chr(0x10FFFF - ord(c)) for c in date))
