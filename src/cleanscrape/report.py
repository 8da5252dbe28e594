"""report.json: one entry per input document, the duplicate clusters, and batch statistics."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from .dedup.compare import Comparison, with_titles
from .document import METADATA_KEYS, DocResult

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


def report_of(
    docs: list[dict[str, Any]],
    clusters: list[ClusterInfo],
    *,
    skipped: list[str] | None = None,
    settings: dict[str, Any] | None = None,
    index: IndexOutcome | None = None,
    internal_errors: int = 0,
) -> dict[str, Any]:
    """The report from each document's :func:`document_entry` (in input order) and clusters."""
    # the headline of a page whose extraction moved it out of the text is its title
    titles = {d["id"]: d.get("metadata", {}).get("title") for d in docs}
    compared = [
        [
            (m, with_titles(x, titles.get(m), titles.get(c.kept)))
            for m, x in zip(c.members, c.comparisons, strict=True)
            if x is not None
        ]
        for c in clusters
    ]
    matches = {m: x for pairs in compared for m, x in pairs}
    for d in docs:  # why a duplicate is one (--index matches are added below)
        found = matches.get(d["id"])
        if found is not None and d["status"] == "duplicate":
            d["match"] = match_summary(found)
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
                "comparisons": [member_comparison(m, x) for m, x in pairs],
            }
            for c, pairs in zip(clusters, compared, strict=True)
        ],
        "stats": stats,
        "settings": settings or {},
    }


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
