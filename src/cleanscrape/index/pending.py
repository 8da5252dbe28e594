"""Documents inserted in the current write transaction, held in memory until it commits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .fingerprint import U64, Fingerprint


@dataclass(frozen=True, slots=True)
class PendingDoc:
    id: str
    canonical: int | None
    length: int
    fp: Fingerprint

    @property
    def shingles(self) -> U64:
        return self.fp.shingles


@dataclass(slots=True)
class Pending:
    """Documents inserted in the current transaction, found by lookups in it before they are
    written; band keys are indexed in memory lazily."""

    run: int
    run_name: str
    now: float
    docs: dict[int, PendingDoc] = field(default_factory=dict)
    by_key: dict[int, list[int]] = field(default_factory=dict)
    unkeyed: list[int] = field(default_factory=list)  # added but not yet in ``by_key``

    def add(self, doc: int, entry: PendingDoc) -> None:
        self.docs[doc] = entry
        self.unkeyed.append(doc)

    def candidates(self, fp: Fingerprint) -> list[tuple[int, int]]:
        """``(head, doc)`` of pending documents sharing a band key with ``fp``."""
        for doc in self.unkeyed:  # keyed lazily: lookups that skip this run never pay for it
            for key in self.docs[doc].fp.band_keys.tolist():
                self.by_key.setdefault(key, []).append(doc)
        self.unkeyed.clear()
        docs: set[int] = set()
        for key in fp.band_keys.tolist():
            docs.update(self.by_key.get(key, ()))
        out = []
        for doc in docs:
            canonical = self.docs[doc].canonical
            out.append((canonical if canonical is not None else doc, doc))
        return out
