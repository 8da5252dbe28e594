"""``clean --index``: after the in-batch dedup, drop what earlier runs already have.

The batch's own clusters are taken as units: a kept document with the in-batch duplicates that
point at it. Each member of a unit is looked up in the index (documents from *other* runs only;
inside this run the batch dedup has already decided). If any member matches, the whole unit
duplicates that earlier document: nothing of it is written, and every member is reported as a
duplicate of the earlier id, with the earlier run's name. Otherwise the kept document is written.

Every member is then indexed (the kept one, and its duplicates pointing at it), unless its
shingle set is identical to one already indexed, so that a later text close to a duplicate but
not to the kept original is still caught: a run split in two finds what one run over all of the
input finds. Units go through the index in transactions of about ``batch_size`` documents, and
a unit's output file is written *before* its transaction commits: a run killed at any point
leaves an index that only lists documents whose files are complete, and a re-run writes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..dedup import jaccard
from ..document import DocResult
from .fingerprint import Known
from .index import DedupIndex
from .matches import Found

#: Documents per index transaction when the caller does not say (``clean --index-batch``).
DEFAULT_BATCH = 5000


@dataclass(slots=True)
class IndexOutcome:
    """What one run did with the index (``report.json`` shows it)."""

    run: str | None
    matched: int = 0  # documents found to duplicate earlier runs
    added: int = 0  # documents added to the index
    duplicate_run: dict[str, str] = field(default_factory=dict)  # doc id -> earlier run
    index: dict[str, Any] = field(default_factory=dict)  # DedupIndex.stats() after the run

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run, "matched": self.matched, "added": self.added, **self.index}


def _units(results: list[DocResult]) -> list[list[DocResult]]:
    """Kept documents with their in-batch duplicates, in input order of the kept one."""
    live = [r for r in results if r.status in ("kept", "duplicate") and r.text.strip()]
    heads = {r.id: [r] for r in live if r.status == "kept"}
    orphans: list[list[DocResult]] = []
    for r in live:
        if r.status == "duplicate":
            unit = heads.get(r.duplicate_of or "")
            if unit is not None:
                unit.append(r)
            else:  # a duplicate of something not kept here: indexed, never written
                orphans.append([r])
    return list(heads.values()) + orphans


def apply_index(
    results: list[DocResult],
    index: DedupIndex,
    write: Callable[[DocResult], None],
    *,
    batch_size: int,
    before_commit: Callable[[], None] | None = None,
    fingerprints: Mapping[str, Known] | None = None,
) -> IndexOutcome:
    """Check the batch against ``index``, write new kept documents with ``write``, index them.

    ``before_commit`` runs before each transaction commits (a writer that collects documents
    makes them durable there, so the index never lists a document whose output is missing).
    ``fingerprints`` (document id -> shingle hashes and signature, made as the index makes them:
    the batch de-duplication's) spares fingerprinting those texts a second time.
    """
    known = fingerprints or {}
    units = _units(results)
    written_ids = {id(u[0]) for u in units if u[0].status == "kept"}
    outcome = IndexOutcome(run=None)
    seen: set[bytes] = set()
    start = 0
    while start < len(units):
        stop, size = start, 0
        while stop < len(units) and (stop == start or size < batch_size):
            size += len(units[stop])
            stop += 1
        chunk = units[start:stop]
        members = [r for unit in chunk for r in unit]
        made = index.fingerprints(
            [r.text for r in members], known=[known.get(r.id) for r in members]
        )
        fps = dict(zip(map(id, members), made, strict=True))
        with index.writing() as w:
            w.prefetch(list(fps.values()))
            for unit in chunk:
                found = {id(r): w.find(fps[id(r)], other_runs_only=True) for r in unit}
                hits = [f for f in found.values() if f is not None]
                target: Found | None = min(hits, key=lambda f: f.doc) if hits else None
                if target is not None:
                    for r in unit:
                        r.status = "duplicate"
                        r.duplicate_of = target.match.id
                        r.similarity = round(jaccard(fps[id(r)].shingles, target.shingles), 4)
                        outcome.duplicate_run[r.id] = target.match.run
                    outcome.matched += len(unit)
                elif id(unit[0]) in written_ids:
                    write(unit[0])
                    if unit[0].status == "error":  # not written: not indexed, a re-run retries
                        continue
                head: int | None = target.doc if target is not None else None
                for r in unit:
                    fp = fps[id(r)]
                    f = found[id(r)]
                    if fp.digest in seen or (f is not None and f.identical):
                        continue
                    seen.add(fp.digest)
                    doc = w.insert(r.id, fp, canonical=head)
                    if head is None:
                        head = doc
            if before_commit is not None:
                before_commit()
        start = stop
    outcome.added = index.added
    outcome.run = index.run
    return outcome
