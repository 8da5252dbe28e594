"""report.json: one entry per input document, the duplicate clusters, and batch statistics."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .dedup.compare import Comparison, with_titles
from .document import METADATA_KEYS, DocResult
from .io.writers.atomic import atomic_write_chunks

if TYPE_CHECKING:
    from .batch import Batch, ClusterInfo
    from .index.incremental import IndexOutcome

REPORT_VERSION = 1


def document_entry(r: DocResult) -> dict[str, Any]:
    result = r.result
    entry: dict[str, Any] = {
        "id": r.id,
        "status": r.status,
        "duplicate_of": r.duplicate_of,
        "similarity": r.similarity,
        "chars_in": r.chars_in,
        "chars_out": len(r.text) if r.status == "kept" else 0,
        "removed": result.removed_counts() if result else {},
        "error": r.error,
        "output": r.output if r.status == "kept" else None,
        "kind": r.kind,
        "flags": list(result.flags) if result else [],
        "confidence": result.confidence if result else None,
    }
    meta = result.metadata if result else {}
    entry["metadata"] = {k: meta[k] for k in METADATA_KEYS if meta.get(k)}
    return entry


def match_summary(c: Comparison) -> dict[str, Any]:
    """A duplicate against the text it duplicates: what the dedup decided on (the body, or the
    whole text with ``--match full``), both containments and whether the headlines match."""
    return {
        "body_similarity": c.similarity,
        "contained_in_kept": c.a_in_b,
        "kept_contained": c.b_in_a,
        "headline_match": c.headline_match,
        "relation": c.relation,
    }


def member_comparison(member: str, c: Comparison) -> dict[str, Any]:
    """:func:`match_summary` of one cluster member, with the lines that differ (as written)."""
    return {
        "id": member,
        **match_summary(c),
        "lines_only_here": c.only_in_a,
        "lines_only_in_kept": c.only_in_b,
    }


def build_report(
    batch: Batch,
    *,
    skipped: list[str] | None = None,
    settings: dict[str, Any] | None = None,
    index: IndexOutcome | None = None,
) -> dict[str, Any]:
    return report_of(
        [document_entry(r) for r in batch.results],
        batch.clusters,
        skipped=skipped,
        settings=settings,
        index=index,
        internal_errors=sum(1 for r in batch.results if r.internal_error),
    )


#: ``compare(cluster, lines)``: a cluster's member comparisons made from the texts (``None``
#: for the kept one), with the differing lines or without them.
CompareMembers = Callable[["ClusterInfo", bool], Sequence[Comparison | None]]


def report_of(
    docs: list[dict[str, Any]],
    clusters: list[ClusterInfo],
    *,
    skipped: list[str] | None = None,
    settings: dict[str, Any] | None = None,
    index: IndexOutcome | None = None,
    internal_errors: int = 0,
    compare: CompareMembers | None = None,
) -> dict[str, Any]:
    """The report from each document's :func:`document_entry` (in input order) and clusters.

    A cluster without comparisons in memory but with ``figures`` (a streamed batch) is compared
    by ``compare`` without the differing lines: its ``comparisons`` entries here are
    :func:`match_summary` with the member's id, and :func:`write_report` adds the lines while it
    writes (``compare`` again, one cluster at a time).
    """
    titles = _titles(docs)
    compared: list[list[tuple[str, Comparison]]] = []
    for c in clusters:
        lazy = not c.comparisons and bool(c.figures) and compare is not None
        found = compare(c, False) if lazy and compare is not None else c.comparisons
        compared.append(_member_pairs(c, found, titles))
    matches = {m: x for pairs in compared for m, x in pairs}
    for d in docs:  # why a duplicate is one (--index matches are added below)
        match = matches.get(d["id"])
        if match is not None and d["status"] == "duplicate":
            d["match"] = match_summary(match)
    del matches
    if index is not None:  # a run with --index: name the earlier run of each duplicate
        for d in docs:
            d["duplicate_run"] = index.duplicate_run.get(d["id"])
    status = Counter(d["status"] for d in docs)
    removed: Counter[str] = Counter()
    for d in docs:
        removed.update(d["removed"])
    chars_in = sum(d["chars_in"] for d in docs)
    chars_out = sum(d["chars_out"] for d in docs)
    stats: dict[str, Any] = {
        "documents": len(docs),
        "kept": status.get("kept", 0),
        "duplicates": status.get("duplicate", 0),
        "empty": status.get("empty", 0),
        "errors": status.get("error", 0),
        "internal_errors": internal_errors,  # of the errors, unexpected exceptions (bugs)
        "flagged": sum(1 for d in docs if d["flags"]),
        "chars_in": chars_in,
        "chars_out": chars_out,
        "chars_removed": chars_in - chars_out,
        "removed_lines": dict(sorted(removed.items())),
        "skipped_files": sorted(skipped or []),
    }
    if index is not None:
        stats["index"] = index.to_dict()
    return {
        "version": REPORT_VERSION,
        "documents": docs,
        "clusters": [
            {
                "kept": c.kept,
                "members": c.members,
                "similarities": c.similarities,
                "comparisons": [
                    member_comparison(m, x) if c.comparisons else {"id": m, **match_summary(x)}
                    for m, x in pairs
                ],
            }
            for c, pairs in zip(clusters, compared, strict=True)
        ],
        "stats": stats,
        "settings": settings or {},
    }


def _titles(docs: list[dict[str, Any]]) -> dict[str, str | None]:
    """Document id -> page title: the headline of a page whose extraction moved it out of the
    text is its title."""
    return {d["id"]: d.get("metadata", {}).get("title") for d in docs}


def _member_pairs(
    c: ClusterInfo, comparisons: Sequence[Comparison | None], titles: dict[str, str | None]
) -> list[tuple[str, Comparison]]:
    """``(member, comparison)`` of every member but the kept one, headlines from the titles."""
    return [
        (m, with_titles(x, titles.get(m), titles.get(c.kept)))
        # an engine that does not compare members leaves comparisons empty
        for m, x in zip(c.members, comparisons or [None] * len(c.members), strict=True)
        if x is not None
    ]


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _dumps_at(value: Any, level: int) -> str:
    """``value`` as :func:`dumps` writes it ``level`` levels deep (a JSON string holds no raw
    line break, so indenting every line break indents the value)."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("\n", "\n" + " " * level) if level else text


def _array(
    items: Iterable[Any], level: int, item: Callable[[Any, int], Iterator[str]]
) -> Iterator[str]:
    """A JSON array, ``level`` deep, as :func:`dumps` writes it, item by item."""
    first = True
    for value in items:
        yield ("[\n" if first else ",\n") + " " * (level + 1)
        yield from item(value, level + 1)
        first = False
    yield "[]" if first else "\n" + " " * level + "]"


def _object(pairs: Iterable[tuple[str, Iterator[str]]], level: int) -> Iterator[str]:
    """A JSON object, ``level`` deep, from ``(key, chunks of its value)``."""
    first = True
    for key, chunks in pairs:
        name = json.dumps(key, ensure_ascii=False)
        yield ("{\n" if first else ",\n") + " " * (level + 1) + name + ": "
        yield from chunks
        first = False
    yield "{}" if first else "\n" + " " * level + "}"


def _leaf(value: Any, level: int) -> Iterator[str]:
    yield _dumps_at(value, level)


def report_chunks(
    report: dict[str, Any],
    clusters: Sequence[ClusterInfo] = (),
    compare: CompareMembers | None = None,
) -> Iterator[str]:
    """:func:`dumps` of ``report`` piece by piece, one document and one cluster member at a
    time: the same characters. With ``compare``, the comparisons of a cluster that has none in
    memory (see :func:`report_of`) are made with their differing lines while they are written,
    one cluster at a time (``clusters`` are the ones ``report`` was made from)."""
    titles = _titles(report["documents"]) if compare is not None else {}

    def cluster(k: int, level: int) -> Iterator[str]:
        entry = report["clusters"][k]
        info = clusters[k] if compare is not None else None
        if info is None or info.comparisons or not info.figures or compare is None:
            yield _dumps_at(entry, level)
            return

        def members() -> Iterator[dict[str, Any]]:
            assert info is not None and compare is not None
            for m, x in _member_pairs(info, compare(info, True), titles):
                yield member_comparison(m, x)

        fields = [
            (key, _leaf(value, level + 1)) for key, value in entry.items() if key != "comparisons"
        ]
        fields.append(("comparisons", _array(members(), level + 1, _leaf)))
        yield from _object(fields, level)

    def value(key: str, level: int) -> Iterator[str]:
        if key == "documents":
            return _array(report[key], level, _leaf)
        if key == "clusters":
            return _array(range(len(report[key])), level, cluster)
        return _leaf(report[key], level)

    yield from _object(((key, value(key, 1)) for key in report), 0)
    yield "\n"


def write_report(
    path: Path,
    report: dict[str, Any],
    clusters: Sequence[ClusterInfo] = (),
    compare: CompareMembers | None = None,
) -> None:
    """Write report.json atomically, streamed (see :func:`report_chunks`), in chunks of about
    a megabyte."""

    def encoded() -> Iterator[bytes]:
        parts: list[str] = []
        size = 0
        for chunk in report_chunks(report, clusters, compare):
            parts.append(chunk)
            size += len(chunk)
            if size >= 1 << 20:
                yield "".join(parts).encode("utf-8")
                parts, size = [], 0
        yield "".join(parts).encode("utf-8")

    atomic_write_chunks(path, encoded())
