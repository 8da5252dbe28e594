"""Consistent verdicts across a batch: one line, one verdict.

Some strip rules decide a line by its neighbours: a headline-like line between paragraphs is
an ``inline_link`` when it sits in a run of such lines or against a chrome line, and kept when
it does not. So the same line (a subheading, a caption, a related headline) can be kept in one
copy of a story and dropped in another, and the copies then differ by it. After the
per-document stages this batch stage settles such lines, by counting documents:

* only lines dropped by a neighbour-dependent rule (:data:`NEIGHBOUR_DEPENDENT`) somewhere in
  the batch are considered, identified by their matching form (:func:`~.lexicon.folding.fold`);
* when at least as many documents drop the line by such a rule as keep it, the documents that
  kept it drop it too, for the same reason: those pages showed what the line is;
* when more documents keep it, nothing changes (a dropped line's place in its text is not
  known any more, so it is not put back).

Counting is per document, in input order, so the result does not depend on worker count,
chunking or engine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .chrome.templates import NEIGHBOUR_DEPENDENT, LineKeys

__all__ = ["NEIGHBOUR_DEPENDENT", "settle_drops"]


def settle_drops(
    docs: Sequence[LineKeys | None],
) -> dict[int, tuple[npt.NDArray[np.bool_], str]]:
    """``{document index: (mask of its kept lines to drop, reason)}`` by the rule above."""
    dropped: dict[int, str] = {}  # line hash -> reason (the first document's)
    drops_of: Counter[int] = Counter()
    for d in docs:
        if d is None:
            continue
        for h, reason in zip(d.dropped.tolist(), d.dropped_reasons, strict=True):
            dropped.setdefault(h, reason)
        drops_of.update(set(d.dropped.tolist()))
    if not dropped:
        return {}
    # every document's kept lines at once: one look-up for the batch, not one a document
    live = [(i, d) for i, d in enumerate(docs) if d is not None]
    keys = np.concatenate([d.keys for _, d in live])
    owner = np.repeat(np.arange(len(live)), [d.keys.size for _, d in live])
    wanted = np.fromiter(dropped, dtype=np.uint64, count=len(dropped))
    kept = np.isin(keys, wanted)
    # (a line counts once a document: the distinct (document, line) pairs, counted by line)
    pairs = np.unique(np.stack((owner[kept].astype(np.uint64), keys[kept])), axis=1)
    lines, counts = np.unique(pairs[1], return_counts=True)
    keeps_of = dict(zip(lines.tolist(), counts.tolist(), strict=True))
    settle = [h for h in dropped if keeps_of.get(h, 0) and drops_of[h] >= keeps_of[h]]
    if not settle:
        return {}
    masks = np.isin(keys, np.array(settle, dtype=np.uint64))
    ends = np.cumsum([d.keys.size for _, d in live])
    out: dict[int, tuple[npt.NDArray[np.bool_], str]] = {}
    for k in np.unique(owner[masks]).tolist():
        i, d = live[k]
        mask = masks[ends[k] - d.keys.size : ends[k]]
        reasons = {dropped[h] for h in d.keys[mask].tolist()}
        out[i] = (mask, min(reasons))
    return out


def combined(
    template: npt.NDArray[np.bool_] | None,
    settled: tuple[npt.NDArray[np.bool_], str] | None,
) -> tuple[npt.NDArray[np.bool_] | None, tuple[npt.NDArray[np.bool_], str] | None]:
    """A document's site-template mask, and the settled lines left after it (as a mask over
    the lines the template stage kept), from two masks over its kept lines."""
    if settled is None or template is None:
        return template, settled
    mask, reason = settled
    rest = mask[~template]
    return template, ((rest, reason) if rest.any() else None)
