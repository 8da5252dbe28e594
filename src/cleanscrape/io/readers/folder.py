"""Walk an input folder (or take one file) and read every supported file in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ...document import Document
from .base import printable
from .registry import broken_link, is_supported, read_file


def iter_files(root: Path) -> Iterator[Path]:
    """Files below ``root`` sorted by relative path (as ``find | sort``), hidden ones skipped.

    Symbolic links to folders are not followed (no loops); links to files are listed.
    """
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).as_posix(), path))
    found.sort()
    for _, path in found:
        yield path


def iter_documents(
    source: str | os.PathLike[str], *, skipped: list[str] | None = None
) -> Iterator[Document]:
    """Every document below ``source`` (a folder, searched recursively, or one file).

    Files whose extension is not supported are not read; their relative paths are appended to
    ``skipped`` when a list is given.
    """
    root = Path(source)
    if not root.is_dir():  # a file, or a FIFO / broken link that read_file reports
        yield from read_file(root, printable(root.name))
        return
    for path in iter_files(root):
        rel = printable(path.relative_to(root).as_posix())
        if not is_supported(path):
            if skipped is not None:
                skipped.append(rel)
            continue
        if path.is_symlink() and not path.exists():
            yield broken_link(rel)
            continue
        yield from read_file(path, rel)
