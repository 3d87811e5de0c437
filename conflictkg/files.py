"""Atomic file writes: every file conflictkg writes goes through here."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterator

from conflictkg.errors import OutputError


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; rename it over ``path`` only on success.

    A crash or an exception inside the block leaves ``path`` untouched, so a reader
    never sees a half-written file.

    >>> with atomic_write("out.txt") as fh:   # doctest: +SKIP
    ...     fh.write("done")
    """
    path = Path(path)
    binary = "b" in mode
    if path.is_dir():
        raise OutputError(f"{path}: is a folder, not a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"{path}: a folder on the way is a file") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({reason(exc)})") from None
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600; give the file the mode a plain open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, BrokenPipeError):
            raise
        raise OutputError(f"{path}: could not be written ({reason(exc)}); the file is unchanged") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def reason(exc: OSError) -> str:
    """A file system error in a few words, for a one-line message."""
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "a path component is a file, not a folder"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return exc.strerror or str(exc)


def write_text(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` atomically and return the path."""
    with atomic_write(path) as fh:
        fh.write(text)
    return Path(path)


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return Path(path)


def swap_folder(staging: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Put the folder ``staging`` in the place of ``target`` (replacing it whole) and return it.

    Two renames: if the process dies between them, the old folder waits beside ``target``
    as ``.<name>.old-*/set``, where :mod:`conflictkg.outputs` finds and restores it.
    """
    staging, target = Path(staging), Path(target)
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rename(target, old / "set")
        os.rename(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(staging, target)
    return target


@contextlib.contextmanager
def folder_lock(folder: str | os.PathLike, refused: Callable[[str], Exception], *, shared: bool = False) -> Iterator[None]:
    """Hold an advisory lock (``flock``) on ``.<name>.lock`` beside ``folder`` for the block.

    An exclusive holder (a writer) writes its pid in the file; shared holders (readers)
    may be many at once, never together with a writer. A lock that cannot be had at once
    raises ``refused(holder)``, ``holder`` naming the writer's pid or "readers".

    >>> with folder_lock("out", lambda who: OutputError(f"out: locked by {who}")):   # doctest: +SKIP
    ...     pass
    """
    folder = Path(folder)
    lock_path = folder.parent / f".{folder.name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            # A writer leaves its pid behind; a reader holds the lock only if none is writing.
            raise refused(f"pid {pid}" if pid else "another process") from None
        if not shared:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            if not shared:
                os.ftruncate(fd, 0)
    finally:
        # The lock file stays: unlinking it would let a third process lock a different inode.
        os.close(fd)
