"""One build, one set of outputs: staged in a temporary folder, swapped in whole, under a lock.

A build writes graph.ttl, graph.html, relations.jsonl... into a fresh folder beside
OUTDIR and, only when every file is written, renames it into place, so a reader never
sees outputs of two builds mixed, and a build that fails, is killed or runs out of disk
leaves the previous set as it was. An advisory lock (``fcntl.flock`` on a file beside
OUTDIR) makes a second build into the same OUTDIR fail at start instead of racing.

>>> with output_set("out") as staging:          # doctest: +SKIP
...     (staging / "graph.ttl").write_text(...)
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Iterator

from conflictkg.errors import InputError, OutputError
from conflictkg.files import folder_lock, reason, swap_folder

__all__ = ["output_set", "terminate_as_interrupt", "MARKER"]

#: Written into every set, so a later build knows the folder is its own to replace.
MARKER = ".conflictkg-build"


def _ours(outdir: Path) -> bool:
    """Whether replacing ``outdir`` loses nothing: empty, marked by a build, or only build outputs
    (a set written before sets were marked)."""
    if (outdir / MARKER).exists():
        return True
    return all(p.is_file() and p.name.startswith(("graph.", "relations.")) for p in outdir.iterdir())


def _siblings(outdir: Path, kind: str) -> list[Path]:
    return sorted(outdir.parent.glob(f".{outdir.name}.{kind}-*"))


def _lock(outdir: Path):
    return folder_lock(outdir, lambda holder: OutputError(
        f"{outdir}: another build is writing there ({holder}); wait for it or choose another --outdir"))


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP unwind like Ctrl-C, so the staging folder is removed on the way out."""
    def raise_interrupt(signum, frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)

    old = {s: signal.signal(s, raise_interrupt) for s in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


@contextlib.contextmanager
def output_set(outdir: str | os.PathLike) -> Iterator[Path]:
    """Lock ``outdir``, yield an empty staging folder, and on success make it ``outdir``.

    Fails at once (:class:`OutputError`) if another build holds ``outdir``, if it is a
    file, or if it is a folder of files that no build wrote (they would be lost).
    """
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: exists and is not a folder")
    if outdir.is_dir() and not _ours(outdir):
        raise OutputError(f"{outdir}: holds files conflictkg did not write; "
                          "give an empty or new folder (a build replaces the whole folder)")
    blocking = next((p for p in outdir.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise OutputError(f"{outdir}: {blocking} is a file, not a folder")
    try:
        outdir.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot create its parent folder ({reason(exc)})") from None
    with _lock(outdir), terminate_as_interrupt():
        _recover(outdir)
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.staging-", dir=outdir.parent))
        except OSError as exc:
            raise OutputError(f"{outdir}: cannot write beside it ({reason(exc)})") from None
        try:
            (staging / MARKER).write_text("", encoding="utf-8")
            yield staging
            os.chmod(staging, 0o777 & ~_umask())
            swap_folder(staging, outdir)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise OutputError(f"{outdir}: could not write the outputs ({reason(exc)}); "
                              "the previous outputs are unchanged") from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _recover(outdir: Path) -> None:
    """Under the lock: undo what a killed build left (its staging folder, a half-done swap)."""
    for stale in _siblings(outdir, "staging"):
        shutil.rmtree(stale, ignore_errors=True)
    for old in _siblings(outdir, "old"):
        if not outdir.exists() and (old / "set").is_dir():
            os.rename(old / "set", outdir)
        shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
