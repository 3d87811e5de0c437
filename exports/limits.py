"""Resource limits for processes that run untrusted queries: sizes, memory caps, orphan safety.

A query's memory is bounded by the kernel, not by watching it: the worker process that
runs it lowers its own address-space limit (``RLIMIT_AS``) to what it already holds
plus the allowance, so an allocation beyond that fails at once (pyoxigraph aborts the
worker, Python raises :class:`MemoryError`) instead of the machine swapping.

>>> parse_size("300M"), parse_size("2GiB"), parse_size(1024)
(314572800, 2147483648, 1024)
>>> format_size(2 * 1024**3)
'2 GiB'
"""

from __future__ import annotations

import os
import re
import signal
import sys

from conflictkg.errors import InputError

__all__ = ["DEFAULT_MEMORY", "parse_size", "format_size", "limit_memory", "address_space", "die_with_parent", "quiet_stderr"]

DEFAULT_MEMORY = 2 * 1024**3  # 2 GiB, per query

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)


def parse_size(value: int | float | str) -> int:
    """Bytes in ``value``: a number of bytes, or ``300M``, ``2G``, ``2GiB``, ``512MB`` (binary units)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value <= 0:
            raise InputError(f"memory limit {value!r}: must be positive")
        return int(value)
    m = _SIZE.fullmatch(str(value))
    if not m or float(m.group(1)) <= 0:
        raise InputError(f"memory limit {value!r}: expected a positive size such as 300M or 2G")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower()])


def format_size(n: int) -> str:
    """``n`` bytes in the largest binary unit that keeps it readable: ``300 MiB``, ``2 GiB``."""
    for unit, factor in (("TiB", 1024**4), ("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} B"


def address_space() -> int | None:
    """The virtual memory this process holds now, in bytes (None where /proc is missing)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_memory(allowance: int) -> bool:
    """Let this process allocate at most ``allowance`` more bytes; no core dumps. False if unsupported.

    Call it in the worker, after its imports and any warm-up, so the allowance is the
    query's alone.
    """
    try:
        import resource
    except ImportError:  # Windows
        return False
    held = address_space()
    if held is None:
        return False
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an aborted worker must not write gigabytes of core
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    soft = held + allowance
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    return True


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (even by SIGKILL); no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def quiet_stderr() -> None:
    """Send this process's file descriptor 2 to /dev/null.

    A worker that runs out of memory dies inside the query engine, which prints its own
    message; the parent reports the failure in one line of its own instead.
    """
    import faulthandler

    faulthandler.disable()  # else it reports the abort on a descriptor of its own
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
