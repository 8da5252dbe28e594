"""Walk an input folder (or take one file) and read every supported file in it.

Nothing below the input is skipped silently: a folder that cannot be listed and a link that
leaves the input become error documents (the report names them and the run exits with 1).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ...document import Document
from ..parquet import ParquetColumns
from .base import error_document, printable, read_problem
from .registry import broken_link, is_supported, output_name, read_file


def _walk(root: Path) -> list[tuple[str, Path, OSError | None]]:
    """``(relative path, path, None)`` for every file below ``root`` and ``(relative path, path,
    error)`` for every folder that could not be listed, sorted by relative path."""
    found: list[tuple[str, Path, OSError | None]] = []

    def unreadable(exc: OSError) -> None:
        path = Path(exc.filename) if exc.filename is not None else root
        rel = path.relative_to(root).as_posix() if path != root else "."
        found.append((rel, path, exc))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).as_posix(), path, None))
    found.sort(key=lambda entry: entry[0])
    return found


def iter_files(root: Path) -> Iterator[Path]:
    """Files below ``root`` sorted by relative path (as ``find | sort``), hidden ones skipped.

    Symbolic links to folders are not followed (no loops); links to files are listed. Folders
    that cannot be listed are left out here; :func:`iter_documents` reports them.
    """
    for _, path, problem in _walk(root):
        if problem is None:
            yield path


def _outside(path: Path, root: Path) -> bool:
    """Whether the symbolic link ``path`` ends at a file outside ``root`` (already resolved)."""
    target = path.resolve()
    return target != root and root not in target.parents


def iter_documents(
    source: str | os.PathLike[str],
    *,
    skipped: list[str] | None = None,
    follow_links: bool = False,
    columns: ParquetColumns | None = None,
) -> Iterator[Document]:
    """Every document below ``source`` (a folder, searched recursively, or one file).

    Files whose extension is not supported are not read; their relative paths are appended to
    ``skipped`` when a list is given. A folder that cannot be listed (the input itself or one
    below it) is an error document named by its relative path (``.`` for the input). A
    symbolic link to a file outside ``source`` is an error document unless ``follow_links``;
    links to folders are never followed. ``columns`` names the columns of Parquet files.
    """
    for item in iter_sources(source, skipped=skipped, follow_links=follow_links):
        if isinstance(item, Document):
            yield item
        else:
            yield from read_file(*item, columns)


#: One entry of :func:`iter_sources`: a file to read (its path and its name in ids), or an
#: error document for something that cannot be read at all.
SourceItem = Document | tuple[Path, str]


def iter_sources(
    source: str | os.PathLike[str],
    *,
    skipped: list[str] | None = None,
    follow_links: bool = False,
) -> Iterator[SourceItem]:
    """What :func:`iter_documents` reads, in the same order, without reading it: ``(path,
    rel)`` for each file (``read_file(path, rel)`` gives its documents, wherever that runs),
    and error documents for folders that cannot be listed and links that may not be followed.
    """
    root = Path(source)
    try:
        is_dir = root.is_dir()
    except OSError as exc:  # a path below a folder that cannot be entered
        name = printable(root.name or str(root))
        yield error_document(name, f"{name}: cannot read: {read_problem(exc)}")
        return
    if not is_dir:  # a file, or a FIFO / broken link that read_file reports
        yield root, printable(root.name)
        return
    real_root = root.resolve()
    for rel_path, path, problem in _walk(root):
        rel = printable(rel_path)
        if problem is not None:
            shown = printable(str(root)) if rel == "." else rel
            yield error_document(
                rel,
                f"{shown}: cannot read the folder: {read_problem(problem)}; "
                "its files were not read",
            )
            continue
        if not is_supported(path):
            if skipped is not None:
                skipped.append(rel)
            continue
        if path.is_symlink():
            if not path.exists():
                yield broken_link(rel)
                continue
            if not follow_links and _outside(path, real_root):
                yield error_document(
                    rel,
                    f"{rel}: not read: a symbolic link that points outside the input; "
                    "--follow-links follows it",
                    output=output_name(rel),
                )
                continue
        yield path, rel
