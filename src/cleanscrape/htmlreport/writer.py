"""Write ``report.html`` and its on-demand detail files from a report dict."""

from __future__ import annotations

import json
import math
import os
import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import __version__
from ..io import atomic_write_text
from .details import LineDetail

REPORT_HTML = "report.html"
#: Folder beside report.html holding the per-document detail (``docs/<n>.js``).
FILES_DIR = "report.files"
#: Documents per detail file.
CHUNK_SIZE = 100
#: Above this many documents, line detail is written for a stated sample only.
DETAIL_LIMIT = 10_000
#: Sites shown in the "removed lines by site" chart (the rest are summed as "other sites").
TOP_SITES = 15

_CHUNK_NAME = re.compile(r"^[0-9]+\.js$")


def site_of(entry: Mapping[str, Any]) -> str:
    """The site of a report entry: its URL's host (without ``www.``), else its folder."""
    meta = entry.get("metadata") or {}
    for key in ("hostname", "url", "canonical"):
        value = meta.get(key)
        if isinstance(value, str) and value:
            host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
            if host:
                return host.removeprefix("www.")
    folder = posixpath.dirname(str(entry.get("id", "")).replace("\\", "/"))
    return f"folder:{folder or '.'}"


def _detail_plan(report: Mapping[str, Any], limit: int) -> tuple[set[int], str]:
    """Which documents (by position) get line detail, and the rule in words."""
    docs = report["documents"]
    n = len(docs)
    if n <= limit:
        return set(range(n)), "Line detail is included for every document."
    pos = {d["id"]: i for i, d in enumerate(docs)}
    chosen: set[int] = set()
    half = limit // 2
    for c in report.get("clusters", []):
        members = [pos[m] for m in c["members"] if m in pos]
        if len(chosen) + len(members) > half:
            break
        chosen.update(members)
    rest = [i for i in range(n) if i not in chosen]
    step = max(1, math.ceil(len(rest) / (limit - len(chosen))))
    chosen.update(rest[::step])
    rule = (
        f"This run has {n:,} documents, more than {limit:,}: line detail is included for the "
        f"members of the first duplicate clusters ({len(chosen) - len(rest[::step]):,} documents) "
        f"and for every {step:,}th other document in input order ({len(rest[::step]):,}); "
        "the table lists all documents. Use `cleanscrape explain FILE` for any other one."
    )
    return chosen, rule


def _asset(name: str) -> str:
    return (
        resources.files(__package__).joinpath("assets").joinpath(name).read_text(encoding="utf-8")
    )


def _script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>``, no HTML comment openers)."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _by_site(report: Mapping[str, Any], sites: list[str]) -> list[dict[str, Any]]:
    totals: dict[str, Counter[str]] = {}
    for d, site in zip(report["documents"], sites, strict=True):
        if d.get("removed"):
            totals.setdefault(site, Counter()).update(d["removed"])
    ranked = sorted(totals.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    rows: list[dict[str, Any]] = [
        {"site": s, "removed": dict(sorted(c.items()))} for s, c in ranked[:TOP_SITES]
    ]
    if len(ranked) > TOP_SITES:
        other: Counter[str] = Counter()
        for _s, c in ranked[TOP_SITES:]:
            other.update(c)
        rows.append(
            {
                "site": f"{len(ranked) - TOP_SITES} other sites",
                "removed": dict(sorted(other.items())),
                "other": True,
            }
        )
    return rows


def _chars_by_site(report: Mapping[str, Any], sites: list[str]) -> list[dict[str, Any]]:
    totals: dict[str, list[int]] = {}
    for d, site in zip(report["documents"], sites, strict=True):
        t = totals.setdefault(site, [0, 0])
        t[0] += d.get("chars_out", 0)
        t[1] += d.get("chars_in", 0) - d.get("chars_out", 0)
    ranked = sorted(totals.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    rows = [{"site": s, "kept": t[0], "removed": t[1]} for s, t in ranked[:TOP_SITES]]
    if len(ranked) > TOP_SITES:
        rest = ranked[TOP_SITES:]
        rows.append(
            {
                "site": f"{len(rest)} other sites",
                "kept": sum(t[0] for _s, t in rest),
                "removed": sum(t[1] for _s, t in rest),
                "other": True,
            }
        )
    return rows


def page_data(report: Mapping[str, Any], detail: set[int], rule: str) -> dict[str, Any]:
    """Everything report.html shows except per-line detail, in compact form."""
    docs = report["documents"]
    sites = [site_of(d) for d in docs]
    site_names = sorted(set(sites))
    site_ix = {s: i for i, s in enumerate(site_names)}
    flag_names = sorted({f for d in docs for f in d.get("flags") or []})
    flag_ix = {f: i for i, f in enumerate(flag_names)}
    pos = {d["id"]: i for i, d in enumerate(docs)}
    order = sorted(detail)
    chunk_of = {i: k // CHUNK_SIZE for k, i in enumerate(order)}
    has_conf = any("confidence" in d for d in docs)
    rows = []
    for i, d in enumerate(docs):
        dup = d.get("duplicate_of")
        rows.append(
            [
                d["id"],
                d["status"],
                [flag_ix[f] for f in d.get("flags") or []],
                site_ix[sites[i]],
                d.get("chars_in", 0),
                d.get("chars_out", 0),
                sum((d.get("removed") or {}).values()),
                pos.get(dup, dup) if dup is not None else None,
                d.get("similarity"),
                d.get("confidence") if has_conf else None,
                chunk_of.get(i, -1),
            ]
        )
    clusters = []
    for c in report.get("clusters", []):
        entry: dict[str, Any] = {
            "kept": pos.get(c["kept"], -1),
            "members": [pos.get(m, -1) for m in c["members"]],
            "similarities": c.get("similarities", []),
        }
        comparisons = {x["id"]: x for x in c.get("comparisons") or [] if x}
        if comparisons:  # containment both ways and the headline, per member (not the kept one)
            entry["compared"] = [
                [
                    x.get("contained_in_kept"),
                    x.get("kept_contained"),
                    x.get("headline_match"),
                    x.get("relation"),
                ]
                if (x := comparisons.get(m))
                else None
                for m in c["members"]
            ]
        clusters.append(entry)
    errors = [[i, d.get("error") or ""] for i, d in enumerate(docs) if d["status"] == "error"]
    empty = [[i, d.get("error") or ""] for i, d in enumerate(docs) if d["status"] == "empty"]
    return {
        "version": report.get("version"),
        "generator": f"cleanscrape {__version__}",
        "stats": report.get("stats", {}),
        "settings": report.get("settings", {}),
        "columns": [
            "id",
            "status",
            "flags",
            "site",
            "chars_in",
            "chars_out",
            "removed",
            "duplicate_of",
            "similarity",
            "confidence",
            "chunk",
        ],
        "has_confidence": has_conf,
        "sites": site_names,
        "flags": flag_names,
        "rows": rows,
        "by_site": _by_site(report, sites),
        "chars_by_site": _chars_by_site(report, sites),
        "clusters": clusters,
        "errors": errors,
        "empty": empty,
        "detail": {"rule": rule, "chunk_size": CHUNK_SIZE, "dir": f"{FILES_DIR}/docs"},
    }


def _doc_payload(entry: Mapping[str, Any], lines: Iterable[LineDetail]) -> dict[str, Any]:
    return {
        "lines": [[ln["lineno"], 1 if ln["keep"] else 0, ln["reason"], ln["text"]] for ln in lines],
        "metadata": entry.get("metadata") or {},
        "output": entry.get("output"),
        "kind": entry.get("kind"),
        "error": entry.get("error"),
        "removed": entry.get("removed") or {},
    }


def _write_chunks(
    target: Path,
    report: Mapping[str, Any],
    details: Iterable[tuple[str, Iterable[LineDetail]]],
    detail: set[int],
) -> int:
    docs = report["documents"]
    pos = {d["id"]: i for i, d in enumerate(docs)}
    order = sorted(detail)
    rank = {i: k for k, i in enumerate(order)}
    folder = target / FILES_DIR / "docs"
    chunk: dict[str, Any] = {}
    current = -1
    written = 0

    def flush() -> None:
        nonlocal written
        if current >= 0:
            body = f"csChunk({current},{_script_json(chunk)});\n"
            atomic_write_text(folder / f"{current}.js", body)
            written = current + 1

    for doc_id, lines in details:
        i = pos.get(doc_id)
        if i is None or i not in rank:
            continue
        k = rank[i] // CHUNK_SIZE
        if k != current:
            flush()
            chunk, current = {}, k
        chunk[str(i)] = _doc_payload(docs[i], lines)
    flush()
    n_chunks = math.ceil(len(order) / CHUNK_SIZE)
    if folder.is_dir():  # detail files of an earlier, larger run
        for p in folder.iterdir():
            if _CHUNK_NAME.match(p.name) and int(p.name[:-3]) >= n_chunks:
                os.unlink(p)
    return max(written, n_chunks)


@dataclass(frozen=True, slots=True)
class DetailPlan:
    """Which documents (positions in report order) have line detail, and the rule in words."""

    documents: frozenset[int]
    rule: str


def write_detail_files(
    out_dir: str | os.PathLike[str],
    report: Mapping[str, Any],
    details: Iterable[tuple[str, Iterable[LineDetail]]],
    *,
    detail_limit: int = DETAIL_LIMIT,
) -> DetailPlan:
    """First step of :func:`write_html_report`: the ``report.files/docs/<n>.js`` files.

    ``report`` needs only ``documents`` (entries with ``id``) and ``clusters`` (with ``kept``
    and ``members`` ids), so a job can write the detail while its line traces are at hand and
    the page (:func:`write_page`) once report.json is final.
    """
    detail, rule = _detail_plan(report, detail_limit)
    _write_chunks(Path(out_dir), report, details, detail)
    return DetailPlan(frozenset(detail), rule)


def write_page(
    out_dir: str | os.PathLike[str], report: Mapping[str, Any], plan: DetailPlan
) -> Path:
    """Second step of :func:`write_html_report`: ``report.html`` itself, atomically."""
    data = page_data(report, set(plan.documents), plan.rule)
    html = (
        _asset("report.html")
        .replace("/*CSS*/", _asset("report.css"))
        .replace("/*JS*/", _asset("report.js"))
        .replace("__DATA__", _script_json(data))
    )
    page = Path(out_dir) / REPORT_HTML
    atomic_write_text(page, html)
    return page


def write_html_report(
    out_dir: str | os.PathLike[str],
    report: Mapping[str, Any],
    details: Iterable[tuple[str, Iterable[LineDetail]]],
    *,
    detail_limit: int = DETAIL_LIMIT,
) -> Path:
    """Write ``out_dir/report.html`` (and ``out_dir/report.files/``); returns the page's path.

    ``report`` is the report.json dict; ``details`` yields ``(doc_id, lines)`` in report order,
    each line a :class:`~cleanscrape.htmlreport.LineDetail` (see :func:`doc_details`). Above
    ``detail_limit`` documents, line detail is kept for a sample whose rule the page states.
    Detail files are written first and the page last, each atomically.
    """
    plan = write_detail_files(out_dir, report, details, detail_limit=detail_limit)
    return write_page(out_dir, report, plan)
