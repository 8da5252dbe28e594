"""What a lookup in the index finds: :class:`IndexMatch` (public) and :class:`Found`."""

from __future__ import annotations

from dataclasses import dataclass

from .fingerprint import U64


@dataclass(frozen=True, slots=True)
class IndexMatch:
    """The earlier document a text duplicates.

    ``id`` is the document that was kept when it was indexed (if the text matched a copy that
    was itself a duplicate, ``id`` is what that copy duplicates), ``run`` the run that indexed
    it, ``similarity`` the exact Jaccard similarity of the two shingle sets, ``first_seen`` a
    Unix time.
    """

    id: str
    run: str
    similarity: float
    first_seen: float


@dataclass(frozen=True, slots=True)
class Found:
    """A verified match inside a write transaction (used by the incremental runner)."""

    match: IndexMatch
    doc: int  # the document number of ``match.id``
    shingles: U64  # ... and its shingle hashes
    identical: bool  # some indexed document has exactly the same shingle set
