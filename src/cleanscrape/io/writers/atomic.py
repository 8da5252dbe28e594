"""Atomic writes: a crash leaves either the old file or the new one, never half of one.

:func:`atomic_write_bytes` also makes the file durable on its own (``fsync`` before the
rename). Many files written in a row (the article files of a run) pass ``durable=False`` and
are made durable together by one :func:`sync_file_system` call: the renames stay atomic, and
one sync of the output file system replaces one ``fsync`` per file (docs/guarantees.md says
what each promises).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ...errors import OutputError, os_error_reason


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def temporary_beside(target: Path) -> tuple[int, Path]:
    """A new file in ``target``'s folder to write ``target`` in before ``os.replace`` moves it
    into place (a rename in one folder never crosses file systems, so it is atomic), open for
    writing (its descriptor) and with the mode ``open()`` would give ``target``, not
    ``mkstemp``'s 0600 (when that fails, neither the file nor its descriptor is left). Named
    ``.<name>.*.tmp``, hidden beside the output."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())
    except BaseException:
        os.close(fd)
        discard(tmp)
        raise
    return fd, Path(tmp)


def discard(tmp: str | os.PathLike[str]) -> None:
    """Remove a temporary file that will not be moved into place (the write failed or the run
    was aborted); one that is gone already is fine."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and ``os.replace``.

    ``durable`` flushes the data to disk (``fsync``) before the rename; without it the caller
    makes the file durable later (:func:`sync_file_system`).
    """
    atomic_write_chunks(path, [data], durable=durable)


def atomic_write_chunks(
    path: str | os.PathLike[str], chunks: Iterable[bytes], *, durable: bool = True
) -> None:
    """:func:`atomic_write_bytes` of data made piece by piece (never all in memory)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_beside(target)
    try:
        with os.fdopen(fd, "wb") as fh:
            for data in chunks:
                fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        discard(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, *, durable: bool = True) -> None:
    """UTF-8 text, ``\\n`` line ends, written atomically."""
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def _syncfs() -> Any:
    """Linux's ``syncfs(fd)`` from the C library, ``None`` where there is none."""
    try:
        func = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError, TypeError):  # no such call (macOS), no CDLL(None) (Windows)
        return None
    func.argtypes = [ctypes.c_int]
    func.restype = ctypes.c_int
    return func


def sync_file_system(folder: str | os.PathLike[str]) -> None:
    """Make every write made so far to the file system holding ``folder`` durable: data of
    the files and their renames. One ``syncfs`` call on Linux, ``os.sync()`` elsewhere."""
    syncfs = _syncfs()
    if syncfs is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(fd) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err), str(folder))
        finally:
            os.close(fd)
    else:
        os.sync()


def write_run_output(target: Path, write: Callable[[], object]) -> None:
    """Run ``write``; an OS error becomes an :class:`OutputError` that says what survived."""
    try:
        write()
    except OSError as exc:
        raise OutputError(
            f"cannot write {target}: {os_error_reason(exc)}; the article files written before "
            "it are complete; free some space or choose another place (-o / --report) and run "
            "again"
        ) from exc
