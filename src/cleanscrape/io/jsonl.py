"""JSONL output: ``OUT/articles.jsonl``, one JSON object per kept article, written atomically.

Each line holds ``id``, ``url``, ``title``, ``text`` (the body), ``confidence`` (0-1),
``metadata`` (author, published, sitename, canonical, language ... as in report.json) and
``removed`` (dropped lines per reason).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from ..document import METADATA_KEYS, DocResult
from .writers import atomic_write_text

ARTICLES_FILE = "articles.jsonl"


def article_record(r: DocResult) -> dict[str, Any]:
    """The JSON object for one cleaned document."""
    result = r.result
    meta = result.metadata if result is not None else {}
    title = (result.title if result is not None else None) or meta.get("title")
    return {
        "id": r.id,
        "url": r.url or meta.get("url"),
        "title": title,
        "text": r.text,
        "confidence": result.confidence if result is not None else None,
        "metadata": {k: meta[k] for k in METADATA_KEYS if meta.get(k)},
        "removed": result.removed_counts() if result is not None else {},
    }


def dumps_articles(results: Iterable[DocResult]) -> str:
    """JSON Lines text for ``results`` (UTF-8 characters kept, one object per line)."""
    return "".join(
        json.dumps(article_record(r), ensure_ascii=False, sort_keys=False) + "\n" for r in results
    )


def write_articles(path: str | os.PathLike[str], results: Iterable[DocResult]) -> None:
    """Write ``results`` to ``path`` as JSON Lines, atomically (all of it or none of it)."""
    atomic_write_text(path, dumps_articles(results))
