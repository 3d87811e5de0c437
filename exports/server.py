"""A real SPARQL endpoint for a graph (the Oxigraph server), and pushing a graph to any store.

``serve`` loads a graph file (any RDF format conflictkg reads) into a fresh Oxigraph
database with ``oxigraph load``, then runs ``oxigraph serve-read-only`` on it: a SPARQL
1.1 Protocol endpoint at ``http://HOST:PORT/query`` that refuses updates, with a query
time limit and the union of all graphs as the default graph. It binds to 127.0.0.1
unless told otherwise.

``push`` sends a graph to a store through the SPARQL 1.1 Graph Store HTTP Protocol
(Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB ``/repositories/REPO/rdf-graphs/service``,
Virtuoso ``/sparql-graph-crud``): ``PUT`` replaces a graph, ``POST`` adds to it.

>>> with running_server("graph.ttl") as url:          # doctest: +SKIP
...     print(url)
http://127.0.0.1:41235/query
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import quote

import pyoxigraph as ox

from conflictkg.errors import InputError, ServerError

__all__ = ["serve", "running_server", "push", "oxigraph_binary"]


def oxigraph_binary() -> str:
    """The path of the ``oxigraph`` server binary (from the ``oxigraph`` PyPI package)."""
    scripts = Path(sysconfig.get_path("scripts")) / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if scripts.is_file():
        return str(scripts)
    beside = Path(sys.executable).with_name(scripts.name)
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the Oxigraph server is not installed: pip install oxigraph")


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _check_free(host: str, port: int) -> None:
    # Else the readiness probe could be answered by whatever already listens there.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError as e:
            raise ServerError(f"cannot serve on {_bind(host, port)}: {e.strerror or e}") from None


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _load(path: str | os.PathLike, location: Path, workdir: Path) -> None:
    """Parse ``path`` safely, write it as N-Quads and load that into a new database at ``location``."""
    from conflictkg.exports.rdf import load_quads

    nquads = workdir / "graph.nq"
    with open(nquads, "wb") as fh:
        ox.serialize(load_quads(path), fh, ox.RdfFormat.N_QUADS)
    done = subprocess.run(
        [oxigraph_binary(), "load", "--location", str(location), "--file", str(nquads), "--format", "nq"],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise ServerError(f"{path}: oxigraph load failed: {_tail(done.stderr)}")
    nquads.unlink()


def _tail(text: str, lines: int = 3) -> str:
    return " ".join(text.strip().splitlines()[-lines:]) or "(no message)"


@contextlib.contextmanager
def running_server(
    path: str | os.PathLike | None,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout_s: float = 30,
    read_only: bool = True,
    startup_s: float = 30,
) -> Iterator[str]:
    """Run an Oxigraph server loaded with ``path`` for the duration of the block; yield its query URL.

    ``port=0`` picks a free port. ``read_only=False`` runs ``oxigraph serve`` instead
    (updates and Graph Store writes accepted; ``path`` may be None for an empty store),
    e.g. as a target for :func:`push`. The database lives in a temporary directory
    removed afterwards.
    """
    with _server(path, host, port, timeout_s, read_only, startup_s) as (url, _):
        yield url


@contextlib.contextmanager
def _server(path, host, port, timeout_s, read_only, startup_s) -> Iterator[tuple[str, subprocess.Popen]]:
    if port:
        _check_free(host, port)
    port = port or _free_port(host)
    workdir = Path(tempfile.mkdtemp(prefix="conflictkg-oxigraph-"))
    log = None
    proc = None
    try:
        location = workdir / "db"
        if path is not None:
            _load(path, location, workdir)
        elif read_only:
            raise ServerError("a read-only server needs a graph to serve")
        command = [
            oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
            "--bind", _bind(host, port), "--timeout-s", str(max(1, int(round(timeout_s)))), "--union-default-graph",
        ]
        log = open(workdir / "server.log", "w+b")
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        url = f"http://{_bind(host, port)}/query"
        _wait_ready(proc, url.replace("0.0.0.0", "127.0.0.1").replace("[::]", "[::1]"), log, startup_s)
        yield url, proc
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if log is not None:
            log.close()
        shutil.rmtree(workdir, ignore_errors=True)


def _wait_ready(proc: subprocess.Popen, url: str, log, startup_s: float) -> None:
    deadline = time.monotonic() + startup_s
    probe = f"{url}?query={quote('ASK {}')}"
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via an HTTP proxy
    while True:
        if proc.poll() is not None:
            log.seek(0)
            raise ServerError(f"the Oxigraph server stopped at start (exit code {proc.returncode}): {_tail(log.read().decode('utf-8', 'replace'))}")
        try:
            with direct.open(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise ServerError(f"the Oxigraph server did not answer at {url} within {startup_s:g} s")
        time.sleep(0.05)


def serve(
    path: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = 30,
    ready: Callable[[str], None] | None = None,
) -> str:
    """Serve ``path`` read-only as a SPARQL endpoint until interrupted (Ctrl-C); return its URL.

    ``ready(url)`` is called once the endpoint answers (default: print the URL).
    Queries run at most ``timeout_s`` seconds; updates are refused.

    >>> serve("graph.ttl", port=7878)        # doctest: +SKIP
    http://127.0.0.1:7878/query
    """
    with _server(path, host, port, timeout_s, True, 30) as (url, proc):
        try:
            (ready or print)(url)
            while proc.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            return url
        raise ServerError(f"the Oxigraph server at {url} stopped (exit code {proc.returncode})")


# -- Graph Store HTTP Protocol ----------------------------------------------------------
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*")


def _target(endpoint: str, graph: str | None) -> str:
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}default" if graph is None else f"{endpoint}{sep}graph={quote(graph, safe='')}"


def push(
    path: str | os.PathLike,
    endpoint: str,
    graph: str | None = None,
    replace: bool = True,
    timeout: float = 60.0,
) -> int:
    """Send the graph in ``path`` to a Graph Store Protocol ``endpoint``; return the number of triples sent.

    With ``graph`` (an IRI) every triple goes to that named graph; without it each
    graph of the file goes to the graph of the same name (the default graph to the
    store's default graph). ``replace`` uses PUT (the graph's old content is
    dropped), otherwise POST (added). A refused request, an unreachable endpoint or a
    non-2xx answer raises :class:`ServerError`.

    >>> push("graph.trig", "http://127.0.0.1:7878/store")      # doctest: +SKIP
    412
    """
    from conflictkg.exports.rdf import load_quads

    if not re.match(r"https?://", endpoint):
        raise ServerError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    if graph is not None and not _IRI.fullmatch(graph):
        raise InputError(f"{graph!r} is not an absolute IRI to name a graph")
    groups: dict[str | None, dict[ox.Triple, None]] = defaultdict(dict)
    for q in load_quads(path):
        name = graph if graph is not None else (None if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value)
        groups[name][q.triple] = None
    if not groups:
        groups[graph] = {}
    sent = 0
    for name, triples in groups.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        _send(_target(endpoint, name), body, "PUT" if replace else "POST", timeout, endpoint)
        sent += len(triples)
    return sent


def _send(url: str, body: bytes, method: str, timeout: float, endpoint: str) -> None:
    # N-Triples is also valid Turtle, the one syntax every Graph Store implementation reads.
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "text/turtle; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if not 200 <= response.status < 300:
                raise ServerError(f"{endpoint} answered {method} with HTTP {response.status} {response.reason}")
    except urllib.error.HTTPError as e:
        detail = e.read(300).decode("utf-8", "replace").strip()
        hint = ""
        if e.code in (400, 404, 405, 415) and re.search(r"/(query|sparql|update)/?$", endpoint):
            hint = " (is this the Graph Store endpoint? Oxigraph's is /store, Fuseki's /DATASET/data)"
        raise ServerError(f"{endpoint} refused the graph: HTTP {e.code} {e.reason}{': ' + detail if detail else ''}{hint}") from None
    except urllib.error.URLError as e:
        raise ServerError(f"cannot reach {endpoint}: {e.reason}") from None
    except (TimeoutError, socket.timeout):
        raise ServerError(f"{endpoint} did not answer within {timeout:g} s") from None
    except OSError as e:
        raise ServerError(f"cannot reach {endpoint}: {e}") from None
