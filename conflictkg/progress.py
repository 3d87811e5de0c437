"""Progress of a build: a rich bar on a terminal, plain periodic lines otherwise, or nothing.

A :class:`BuildProgress` is the ``progress`` callback of :func:`conflictkg.build`: it is
called once per document added, with the number of relations read from it.

>>> import io
>>> stream = io.StringIO()
>>> with BuildProgress(total=1, mode="lines", stream=stream) as progress:
...     progress(Document("d1", "Turkey backs HTS."), 1)
>>> line = stream.getvalue().split(", ")
>>> line[0], line[2], line[3]
('conflictkg: extracted 1/1 documents', '1 relations', '0 skipped')
"""

from __future__ import annotations

import sys
import time
from typing import IO, Literal

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from conflictkg.graph.model import Document

__all__ = ["BuildProgress", "progress_mode"]

Mode = Literal["bar", "lines", "none"]


def progress_mode(quiet: bool = False, stream: IO[str] | None = None) -> Mode:
    """``"none"`` when quiet, ``"bar"`` on a terminal, else ``"lines"``."""
    if quiet:
        return "none"
    stream = stream or sys.stderr
    return "bar" if getattr(stream, "isatty", lambda: False)() else "lines"


class BuildProgress:
    """Counts documents, words, relations and skipped documents, and shows them.

    ``total`` (documents) may be None when the input is a stream; then there is no ETA.
    In ``"lines"`` mode a line goes to ``stream`` at most every ``every`` seconds, and
    one at the end.
    """

    def __init__(self, total: int | None = None, *, mode: Mode = "lines", stream: IO[str] | None = None,
                 every: float = 10.0) -> None:
        self.total = total
        self.mode = mode
        self.stream = stream or sys.stderr
        self.every = every
        self.documents = self.words = self.relations = self.skipped = 0
        self._start = self._last = time.monotonic()
        self._bar: Progress | None = None
        self._task = None

    def __enter__(self) -> "BuildProgress":
        self._start = self._last = time.monotonic()
        if self.mode == "bar":
            self._bar = Progress(
                TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                TextColumn("{task.fields[rate]:,.0f} words/s"), TextColumn("{task.fields[relations]:,} relations"),
                TextColumn("{task.fields[skipped]} skipped"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                # No refresh thread: spaCy forks its workers after this starts, and forking a
                # process with threads running can deadlock; we refresh on each update instead.
                console=Console(file=self.stream), transient=False, auto_refresh=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("extract", total=self.total, rate=0.0, relations=0, skipped=0)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._refresh()
            self._bar.__exit__(*exc)
        elif self.mode == "lines" and exc[0] is None:
            self._line(final=True)

    def __call__(self, document: Document, relations: int) -> None:
        """Count one document added, with ``relations`` relations read from it."""
        self.documents += 1
        self.words += len(document.text.split())
        self.relations += relations
        now = time.monotonic()
        if self._bar is not None:
            if now - self._last >= 0.2 or self.documents == self.total:
                self._refresh()
                self._last = now
        elif self.mode == "lines" and now - self._last >= self.every:
            self._line()
            self._last = now

    def skip(self, count: int = 1) -> None:
        """Count ``count`` documents skipped (unreadable or refused)."""
        self.skipped += count

    @property
    def rate(self) -> float:
        """Words per second so far."""
        return self.words / max(time.monotonic() - self._start, 1e-9)

    def _refresh(self) -> None:
        assert self._bar is not None and self._task is not None
        self._bar.update(self._task, completed=self.documents, rate=self.rate, relations=self.relations,
                         skipped=self.skipped)
        self._bar.refresh()

    def _line(self, final: bool = False) -> None:
        elapsed = time.monotonic() - self._start
        done = f"{self.documents:,}" + (f"/{self.total:,}" if self.total is not None else "")
        eta = ""
        if not final and self.total and self.documents:
            left = elapsed / self.documents * (self.total - self.documents)
            eta = f", ETA {_clock(left)}"
        head = "extracted" if final else "extracting"
        self.stream.write(f"conflictkg: {head} {done} documents, {self.rate:,.0f} words/s, {self.relations:,} relations, "
                          f"{self.skipped:,} skipped, {_clock(elapsed)} elapsed{eta}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
