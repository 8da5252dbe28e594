"""``--format jsonl``: ``OUT/articles.jsonl``, one JSON object per kept article, atomically.

Each line holds ``id``, ``url``, ``title``, ``text`` (the body), ``confidence`` (0-1),
``metadata`` (author, published, sitename, canonical, language ... as in report.json) and
``removed`` (dropped lines per reason).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ...document import METADATA_KEYS, DocResult
from .atomic import discard, temporary_beside, write_run_output
from .base import BaseWriter

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


class JsonlWriter(BaseWriter):
    """Appends each article to a temporary file beside ``OUT/articles.jsonl`` as it comes;
    :meth:`close` moves it into place (all of it or none of it). :meth:`commit` puts a copy of
    what was written so far in place, atomically too."""

    def __init__(self, out: Path, input_root: Path) -> None:
        self.target = out / ARTICLES_FILE
        self._tmp: Path | None = None
        self._fh: IO[str] | None = None

    def _file(self) -> IO[str]:
        if self._fh is None:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = temporary_beside(self.target)
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self._fh

    def write(self, r: DocResult) -> None:
        r.output = ARTICLES_FILE
        write_run_output(self.target, lambda: self._file().write(dumps_articles([r])))

    def extend_from(self, part: Path) -> None:
        def copy() -> None:
            out = self._file()
            with part.open(encoding="utf-8", newline="\n") as src:
                shutil.copyfileobj(src, out)

        write_run_output(self.target, copy)

    def _sync(self) -> Path:
        fh = self._file()
        fh.flush()
        os.fsync(fh.fileno())
        assert self._tmp is not None
        return self._tmp

    def commit(self) -> None:
        def publish() -> None:
            tmp = self._sync()
            fd, copy = temporary_beside(self.target)
            try:
                with os.fdopen(fd, "wb") as dst, tmp.open("rb") as src:
                    shutil.copyfileobj(src, dst)
                    dst.flush()
                    os.fsync(dst.fileno())
                os.replace(copy, self.target)
            except BaseException:
                discard(copy)
                raise

        write_run_output(self.target, publish)

    def close(self) -> None:
        def finish() -> None:
            tmp = self._sync()
            assert self._fh is not None
            self._fh.close()
            self._fh = None
            os.replace(tmp, self.target)
            self._tmp = None

        write_run_output(self.target, finish)

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._tmp is not None:
            discard(self._tmp)
            self._tmp = None
