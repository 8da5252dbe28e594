"""Site templates learned across a batch: lines that recur on many pages of one site.

A line kept by the per-document strip stage is still chrome when it appears on most distinct
articles of the same site (a slogan, a newsletter blurb, a standard disclaimer). The site is the
URL's host when known, else the document's parent folder. Recurrence is counted over distinct
*articles*, not documents: copies of one article (re-crawls, the same file twice) count once,
so two copies never strip each other's body.

A page the strip stage kept whole (flagged ``low_prose``: too little was left of it) keeps its
site's chrome too, and that chrome recurs on the few such pages only, so the rule above misses
it. Its lines that the site's other pages dropped as chrome are chrome on it as well
(:func:`_chrome_of_site`): each page hands over the hashes of the lines it dropped. So are
the lines a page kept after its story that the site's other pages drop as chrome
(:func:`_chrome_tail`): an outlet's block under every story, read as the article's
continuation where the story above it is short.
"""

from __future__ import annotations

import hashlib
import math
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

from ..document import LOW_PROSE, CleanResult, DocResult, LineVerdict, Removal
from ..lexicon.folding import fold_lines
from ..options import CleanOptions
from .features import OUTLET_HEAD
from .memo import LineMemo

SITE_TEMPLATE = "site_template"
#: Reasons given by strip rules that judge a line by its neighbours (see
#: :mod:`cleanscrape.verdicts`).
NEIGHBOUR_DEPENDENT = frozenset({"inline_link"})
#: Reasons of dropped lines that are the page's own article, not its site's chrome.
NOT_CHROME = frozenset({"headline"})


def site_key(result: DocResult) -> str:
    """Host of the document's URL (without ``www.``), else its parent folder."""
    url = result.url or (result.result.metadata.get("url") if result.result else None)
    if isinstance(url, str) and url:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        if host:
            return host.removeprefix("www.")
    return "folder:" + posixpath.dirname(result.id.replace("\\", "/"))


def stripped_whole(flags: Sequence[str], options: CleanOptions) -> bool | None:
    """Whether the strip stage kept a page whole (the document's ``flags`` hold ``low_prose``),
    as the de-duplication's rules of pages kept whole read it; ``None`` when no strip stage ran
    (``strip_chrome`` off: every text is its page, and the flag says nothing)."""
    return LOW_PROSE in flags if options.strip_chrome else None


def _article_key(keys: list[str]) -> str:
    """Identity of an article: its longest line (copies of one article share it)."""
    # (the greatest of the longest lines: the line max() by (length, line) picks)
    longest = max(map(len, keys), default=0)
    return max(filter(lambda k: len(k) == longest, keys), default="")[:300]


def _hash(key: str) -> int:
    """A stable 64-bit hash (the same in every process); 0 is kept for the empty key."""
    if not key:
        return 0
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") or 1


@dataclass(slots=True)
class LineKeys:
    """What the template stage needs of one document: no text, one hash per kept line.

    ``keys[i]`` is the hash of the matching form of kept line ``i`` (0 when it has no letters
    or digits), ``lengths[i]`` its length in characters; ``dropped`` holds the hashes of the
    lines a neighbour-dependent rule removed, ``dropped_reasons`` their reasons; ``chrome``
    the distinct hashes of every line the strip stage dropped as chrome (sorted), ``head``
    those it dropped as the outlet's lines under its own story's head
    (:data:`~.features.OUTLET_HEAD`), ``whole`` whether the strip stage kept the page whole.
    """

    site: str
    article: int
    keys: npt.NDArray[np.uint64]
    lengths: npt.NDArray[np.int64]
    dropped: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    dropped_reasons: list[str] = field(default_factory=list)
    chrome: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))
    whole: bool = False
    head: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, dtype=np.uint64))


def line_keys(
    r: DocResult, memo: LineMemo | None = None, hashes: dict[str, int] | None = None
) -> LineKeys | None:
    """The :class:`LineKeys` of a kept document with text, else ``None``. ``memo``: the keys
    the strip stage worked out for the lines of the batch (the same keys; those it does not
    hold are folded here). ``hashes``: the hash of each key met before, held by the caller
    for the documents of one batch (filled here): a site's pages and copies of one story
    repeat most of their lines."""
    if r.status != "kept" or r.result is None or not r.result.text:
        return None
    # (one pass over the page, the same keys as fold() per line)
    fold = fold_lines if memo is None else memo.keys
    lines = r.result.text.split("\n")
    keys = fold(lines)
    removed = [x for x in r.result.removed if x.reason not in NOT_CHROME]
    folded = fold([x.line for x in removed])
    if hashes is None:
        values, gone = list(map(_hash, keys)), list(map(_hash, folded))
    else:
        hashes.update((k, _hash(k)) for k in chain(keys, folded) if k not in hashes)
        values, gone = list(map(hashes.__getitem__, keys)), list(map(hashes.__getitem__, folded))
    dropped = [
        (h, x.reason)
        for x, h in zip(removed, gone, strict=True)
        if h and x.reason in NEIGHBOUR_DEPENDENT
    ]
    chrome = np.unique(
        np.array(
            [h for x, h in zip(removed, gone, strict=True) if x.reason not in NEIGHBOUR_DEPENDENT],
            dtype=np.uint64,
        )
    )
    return LineKeys(
        site_key(r),
        _hash(_article_key(keys)),
        np.array(values, dtype=np.uint64),
        np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)),
        np.array([h for h, _ in dropped], dtype=np.uint64),
        [reason for _, reason in dropped],
        chrome[chrome != 0],
        LOW_PROSE in r.result.flags,
        np.unique(
            np.array(
                [h for x, h in zip(removed, gone, strict=True) if h and x.reason == OUTLET_HEAD],
                dtype=np.uint64,
            )
        ),
    )


def _articles(docs: Sequence[LineKeys]) -> list[int]:
    """The article of each document of one site: its longest line, unless that line is the
    site's chrome.

    Documents that share their longest line are copies of one article when the lines most of
    them share make up at least two thirds of each one's text. A document whose shared lines
    are less than that shares chrome only (a long disclaimer or site description longer than
    any body line): its article is its longest line outside the shared ones. Without this,
    every page of such a site would count as one article and none of its chrome would recur.
    """
    ids = [d.article for d in docs]
    groups: dict[int, list[int]] = {}
    for k, d in enumerate(docs):
        groups.setdefault(d.article, []).append(k)
    for group in groups.values():
        if len(group) < 2:
            continue
        values, counts = _held_by([docs[k].keys] for k in group)
        shared = values[(counts >= max(2, math.ceil(len(group) / 2))) & (values != 0)]
        for k in group:
            d = docs[k]
            in_shared = np.isin(d.keys, shared)
            if 3 * int(d.lengths[in_shared].sum()) >= 2 * int(d.lengths.sum()):
                continue
            own = np.flatnonzero(~in_shared & (d.keys != 0))
            if own.size:
                # longest own line, then the smallest key: the same choice in every copy
                best = own[np.lexsort((d.keys[own], -d.lengths[own]))[0]]
                ids[k] = int(d.keys[best])
    return ids


def template_drops(
    docs: Sequence[LineKeys | None], options: CleanOptions
) -> dict[int, npt.NDArray[np.bool_]]:
    """Site template lines: ``{document index: mask of its kept lines to drop}``.

    A line is template when it occurs in at least ``template_min_pages`` distinct articles of
    the site and in at least ``template_min_share`` of them. A document that would be left
    with less than ``min_kept_ratio`` of its text keeps it. A page the strip stage kept whole
    also loses the lines its site's other pages drop as chrome (:func:`_chrome_of_site`; the
    share it keeps is no guard there), and any other page those of them after its last line
    of its own (:func:`_chrome_tail`).
    """
    if not options.site_templates:
        return {}
    sites: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        if d is not None:
            sites.setdefault(d.site, []).append(i)
    drops: dict[int, npt.NDArray[np.bool_]] = {}
    for members in sites.values():
        articles: dict[int, list[npt.NDArray[np.uint64]]] = {}
        printed: dict[int, list[npt.NDArray[np.uint64]]] = {}  # ... kept or dropped as chrome
        heads: dict[int, list[npt.NDArray[np.uint64]]] = {}  # ... dropped as the outlet's head
        site_docs = [d for d in (docs[i] for i in members) if d is not None]
        article_of = _articles(site_docs)
        for d, article in zip(site_docs, article_of, strict=True):
            articles.setdefault(article, []).append(d.keys)
            printed.setdefault(article, []).extend((d.keys, d.chrome))
            heads.setdefault(article, []).append(d.head)
        n = len(articles)
        if n < options.template_min_pages:
            continue
        need = max(options.template_min_pages, math.ceil(options.template_min_share * n))
        values, counts = _held_by(articles.values())
        template = values[(counts >= need) & (values != 0)]
        counted = _kept_and_dropped(values, counts, (printed, heads), need)
        template = np.union1d(template, counted)
        chrome = _chrome_of_site(site_docs, article_of, need, options.template_min_pages)
        if not template.size and not chrome.size:
            continue
        # the site's pages' lines looked up at once, then cut page by page
        found = np.isin(np.concatenate([d.keys for d in site_docs]), template)
        ends = np.cumsum([d.keys.size for d in site_docs]).tolist()
        for i, d, end in zip(members, site_docs, ends, strict=True):
            drop = found[end - d.keys.size : end]
            whole = _whole_page_drop(d, drop, chrome) if d.whole and chrome.size else None
            if whole is not None:
                drops[i] = whole
                continue
            if d.lengths[~drop].sum() < options.min_kept_ratio * d.lengths.sum():
                drop = np.zeros(d.keys.size, dtype=np.bool_)  # the page keeps its text
            if chrome.size:
                # (never the page's own lines, so no share of it to guard)
                drop = drop | _chrome_tail(d, drop, chrome)
            if drop.any():
                drops[i] = drop
    return drops


#: The fewest distinct articles of a site that keep a line for the pages that drop it as chrome
#: to count towards its recurrence (:func:`_kept_and_dropped`).
_KEPT_ARTICLES = 2


def _kept_and_dropped(
    values: npt.NDArray[np.uint64],
    counts: npt.NDArray[np.int64],
    groups: tuple[dict[int, list[npt.NDArray[np.uint64]]], dict[int, list[npt.NDArray[np.uint64]]]],
    need: int,
) -> npt.NDArray[np.uint64]:
    """Template lines counted over the articles that print them: of ``values`` (the lines the
    site's pages keep, each kept by ``counts`` distinct articles), those kept by
    :data:`_KEPT_ARTICLES` articles or more, or dropped by a page as the outlet's lines under its
    own story's head (:data:`~.features.OUTLET_HEAD`), that ``need`` articles print, kept or
    dropped as chrome (``groups``: each article's kept lines and the lines it dropped, and the
    lines it dropped as the outlet's head).

    A line the outlet prints on every page is its template whatever the strip stage made of it
    on each: where one page's rules read it as chrome (it stands above the story's own
    headline there, or in a box), the pages that keep it are not fewer for it, and without
    this count one page's better verdict would leave the line on the others. A line kept by one
    article alone is that article's own (a story's headline or lede, which the site's other
    pages list on a card and drop) and stays, unless a page dropped it as its outlet's head: a
    line under the outlet's own dated story head, above the story the page carries, is never a
    story's (the page it stays on has the same head over its story, read otherwise)."""
    printed, heads = groups
    both = _groups_holding(values, printed)
    outlet = (counts >= _KEPT_ARTICLES) | (_groups_holding(values, heads) > 0)
    found: npt.NDArray[np.uint64] = values[outlet & (both >= need) & (values != 0)]
    return found


def _chrome_of_site(
    docs: Sequence[LineKeys], article_of: Sequence[int], need: int, min_pages: int
) -> npt.NDArray[np.uint64]:
    """The lines of a site's pages kept whole that its other pages drop as chrome.

    A line is the site's chrome when at least ``min_pages`` distinct articles drop it (copies
    of one article count once, as for template lines), when the articles that drop it and
    those kept whole that hold it make ``need`` (the template rule's count), and when at least
    as many pages drop it as keep it on pages not kept whole (pages counted one by one, as
    :mod:`cleanscrape.verdicts` counts them: a story's paragraph that a few of its copies drop
    stays the story's). Every page's lines are looked at: the pages kept whole lose them
    anywhere (:func:`_whole_page_drop`), the others at their end only (:func:`_chrome_tail`).
    """
    if not docs:
        return np.zeros(0, dtype=np.uint64)
    lines = np.unique(np.concatenate([d.keys for d in docs]))
    lines = lines[lines != 0]
    dropping: dict[int, list[npt.NDArray[np.uint64]]] = {}
    holding: dict[int, list[npt.NDArray[np.uint64]]] = {}
    for d, article in zip(docs, article_of, strict=True):
        dropping.setdefault(article, []).append(d.chrome)
        if d.whole:
            holding.setdefault(article, []).append(d.keys)
    dropped, whole = _groups_holding(lines, dropping), _groups_holding(lines, holding)
    pages = {k: [d.chrome] for k, d in enumerate(docs)}
    keeping = {k: [d.keys] for k, d in enumerate(docs) if not d.whole}
    votes = _groups_holding(lines, pages) - _groups_holding(lines, keeping)
    chrome = (dropped >= min_pages) & (dropped + whole >= need) & (votes >= 0)
    found: npt.NDArray[np.uint64] = lines[chrome]
    return found


def _held_by(
    groups: Iterable[Sequence[npt.NDArray[np.uint64]]],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """The line hashes ``groups`` hold (each group an article's or a page's arrays of them),
    sorted, and how many of the groups hold each: every group's distinct hashes, counted
    together."""
    each = [np.unique(np.concatenate(arrays)) for arrays in groups]
    if not each:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    values, counts = np.unique(np.concatenate(each), return_counts=True)
    return values, counts.astype(np.int64, copy=False)


def _groups_holding(
    lines: npt.NDArray[np.uint64], groups: dict[int, list[npt.NDArray[np.uint64]]]
) -> npt.NDArray[np.int64]:
    """How many of ``groups`` (an article's or a page's arrays of line hashes) hold each of
    ``lines`` (:func:`_held_by`, looked up)."""
    values, counts = _held_by(groups.values())
    if not values.size:
        return np.zeros(lines.size, dtype=np.int64)
    at = np.minimum(np.searchsorted(values, lines), values.size - 1)
    found: npt.NDArray[np.int64] = np.where(values[at] == lines, counts[at], 0)
    return found


def _whole_page_drop(
    d: LineKeys, template: npt.NDArray[np.bool_], chrome: npt.NDArray[np.uint64]
) -> npt.NDArray[np.bool_] | None:
    """The lines of a page kept whole to drop: its template lines and its site's chrome
    (:func:`_chrome_of_site`), whatever share of the page is left (the page was kept whole
    because little of it is the article); ``None`` when none of its lines is the site's chrome
    or no line with letters or digits would be left (then the template rule alone decides)."""
    own = np.isin(d.keys, chrome)
    if not own.any():
        return None
    drop = template | own
    return drop if bool((d.keys[~drop] != 0).any()) else None


def _chrome_tail(
    d: LineKeys, template: npt.NDArray[np.bool_], chrome: npt.NDArray[np.uint64]
) -> npt.NDArray[np.bool_]:
    """The site's chrome (:func:`_chrome_of_site`) a page's strip stage kept after its story:
    the lines at the end of its text, up to its last line that is neither the site's chrome
    nor a template line (a line without letters or digits does not end the stretch, and stays).

    An outlet prints the same block under every story (an "about us" box, a fact-checking
    notice, an FAQ teaser list, footer links); the strip stage reads it as chrome on most of
    the site's pages and, where the story above it is short, as the article's continuation.
    Two such pages then share the block and little else, and their stories are lost in it.
    Only the end of the text is taken: a story's headline and lede that other pages of the
    site list as a teaser stand at its head, followed by its own paragraphs, and stay. A
    page whose text would be all the site's chrome keeps it (the pages kept whole are read by
    :func:`_whole_page_drop`)."""
    chrome_line = np.isin(d.keys, chrome) | template
    own = np.flatnonzero(~chrome_line & (d.keys != 0))
    tail = np.zeros(d.keys.size, dtype=np.bool_)
    if not own.size:
        return tail
    tail[own[-1] + 1 :] = True
    return tail & chrome_line


def drop_lines(
    result: CleanResult, drop: npt.NDArray[np.bool_], reason: str = SITE_TEMPLATE
) -> int:
    """Remove the kept lines ``drop`` marks from ``result`` (text, removals, trace), giving
    ``reason``."""
    lines = result.text.split("\n")
    flags = drop.tolist()
    result.removed.extend(Removal(reason, ln) for ln, d in zip(lines, flags, strict=True) if d)
    result.text = "\n".join(ln for ln, d in zip(lines, flags, strict=True) if not d)
    if result.trace is not None:
        marks = iter(flags)
        result.trace = [
            LineVerdict(v.lineno, False, reason, v.text) if v.keep and next(marks) else v
            for v in result.trace
        ]
    return sum(flags)
