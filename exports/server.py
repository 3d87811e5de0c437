"""A SPARQL endpoint for a graph that is safe to expose, and pushing a graph to any store.

``serve`` loads a graph file (any RDF format conflictkg reads) into a fresh Oxigraph
database in a temporary folder (``oxigraph load``) and answers the SPARQL 1.1
Protocol's query operation at ``http://HOST:PORT/query`` (GET, POST of a form or of
``application/sparql-query``), with the union of all graphs as the default graph. It
is read-only (updates and Graph Store writes get 403), binds to 127.0.0.1 unless told
otherwise, and bounds every request:

* time: ``timeout_s`` from arrival to answer, waiting for a free worker included; the
  query is then killed, as it is when its client hangs up;
* memory: queries run in worker processes (:mod:`conflictkg.exports.query_worker`), each
  of which may allocate at most ``max_memory`` bytes beyond what it holds when idle
  (``RLIMIT_AS``; an idle worker is about 70 MiB resident); a worker killed or out of
  memory is replaced, and the other workers keep answering;
* size: the request body (``max_body``), the query text (``max_query``), the number of
  open connections, and how long a client may take to send its request;
* reach: ``SERVICE`` (the server querying other servers on a client's behalf: request
  forgery) is refused unless ``allow_service``.

A request that hits a limit gets ``503`` (``400``, ``403``, ``413``... for a bad one)
and a one-line plain-text reason. SIGTERM, SIGINT and SIGHUP stop :func:`serve`
cleanly: workers stopped, temporary store removed. After a SIGKILL the workers still
go (they die with their parent) and the next server removes the store left behind.

``push`` sends a graph to a store through the SPARQL 1.1 Graph Store HTTP Protocol
(Oxigraph ``/store``, Fuseki ``/DATASET/data``, GraphDB ``/repositories/REPO/rdf-graphs/service``,
Virtuoso ``/sparql-graph-crud``): ``PUT`` replaces a graph, ``POST`` adds to it.

>>> with running_server("graph.ttl", timeout_s=5, max_memory="500M") as url:    # doctest: +SKIP
...     print(url)
http://127.0.0.1:41235/query
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import multiprocessing
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import parse_qs, quote, urlsplit

import pyoxigraph as ox

from conflictkg.errors import InputError, ServerError
from conflictkg.exports.limits import DEFAULT_MEMORY, format_size, parse_size
from conflictkg.exports import query_worker
from conflictkg.exports.store import GraphStore, is_store

__all__ = ["serve", "running_server", "push", "oxigraph_binary", "is_loopback", "parse_bind", "Limits"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2


@dataclass(frozen=True)
class Limits:
    """What one request may cost the server."""

    timeout_s: float = DEFAULT_TIMEOUT
    max_memory: int = DEFAULT_MEMORY  # bytes a query may allocate in its worker
    max_body: int = 1 << 20  # bytes of a POST body
    max_query: int = 256 * 1024  # bytes of query text
    max_connections: int = 64  # open at once; more are refused at once
    client_timeout: float = 10.0  # seconds a client may stall while sending or reading
    allow_service: bool = False


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


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def parse_bind(address: str, port: int) -> tuple[str, int]:
    """``(host, port)`` from ``HOST``, ``HOST:PORT``, ``[IPV6]`` or ``[IPV6]:PORT`` (``port`` if none).

    >>> parse_bind("0.0.0.0:8080", 7878), parse_bind("[::1]", 7878), parse_bind("::1", 7878)
    (('0.0.0.0', 8080), ('::1', 7878), ('::1', 7878))
    """
    host, given = address.strip(), None
    if host.startswith("["):
        inside, _, rest = host[1:].partition("]")
        host, given = inside, rest[1:] if rest.startswith(":") else (None if not rest else "?")
    elif host.count(":") == 1:
        host, given = host.split(":")
    if given is not None:
        if not given.isdigit() or not 0 <= int(given) <= 65535:
            raise InputError(f"--bind {address!r}: expected HOST, HOST:PORT or [IPV6]:PORT")
        port = int(given)
    if not host:
        raise InputError(f"--bind {address!r}: no address")
    return host, port


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or a name) is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        found = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in found)


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


# -- the workers ---------------------------------------------------------------------
class _Refused(Exception):
    """A request answered with an error status and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


_CONTEXT = None


def _context():
    """Where workers come from: a fork server that has imported the worker code once (spawn elsewhere)."""
    global _CONTEXT
    if _CONTEXT is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            _CONTEXT = multiprocessing.get_context("forkserver")
            _CONTEXT.set_forkserver_preload(["conflictkg.exports.query_worker"])
        else:
            _CONTEXT = multiprocessing.get_context("spawn")
    return _CONTEXT


class _Worker:
    """One query process; the pool hands it to one request at a time."""

    def __init__(self, location: Path, limits: Limits):
        context = _context()
        self.conn, theirs = context.Pipe()
        self.proc = context.Process(
            target=query_worker.run, args=(str(location), limits.max_memory, limits.allow_service, theirs), daemon=True,
        )
        self.proc.start()
        theirs.close()
        self.fd = self.conn.fileno()
        self.ready = False

    def readable(self, deadline: float) -> bool:
        return self.conn.poll(max(0.0, deadline - time.monotonic()))

    def wait_ready(self, deadline: float) -> bool:
        """True once the worker has opened the store; False if it is still starting at ``deadline``."""
        if self.ready:
            return True
        if not self.readable(deadline):
            return False
        try:
            self.conn.recv_bytes()
        except (EOFError, OSError):
            self.proc.join(5)
            raise _Refused(500, f"a query process failed to start (exit code {self.proc.exitcode})") from None
        self.ready = True
        return True

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(10)
        self.conn.close()


class _Pool:
    """A fixed number of workers: a request borrows one, a broken one is replaced."""

    def __init__(self, location: Path, limits: Limits, size: int):
        self.location, self.limits = location, limits
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Condition()
        self._closed = False
        for _ in range(size):
            self._idle.append(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self.location, self.limits)
        with self._lock:
            self._all.add(worker)
        return worker

    def wait_ready(self, startup_s: float) -> None:
        deadline = time.monotonic() + startup_s
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            try:
                if not worker.wait_ready(deadline):
                    raise ServerError(f"the query processes did not start within {startup_s:g} s")
            except _Refused as e:
                raise ServerError(str(e)) from None

    def acquire(self, deadline: float) -> _Worker | None:
        """An idle worker, one that has started rather than one still starting; None at ``deadline``."""
        with self._lock:
            while not self._idle:
                if not self._lock.wait(max(0.0, deadline - time.monotonic())) and not self._idle:
                    return None
            started = [w for w in self._idle if w.ready or w.conn.poll(0)]
            worker = (started or self._idle)[0]
            self._idle.remove(worker)
            return worker

    def release(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)
            self._lock.notify()

    def replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        self.release(self._spawn())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# -- the HTTP endpoint ---------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol query operation at /query; everything else refused."""

    server: "_Endpoint"
    server_version = "conflictkg"
    sys_version = ""

    def setup(self) -> None:
        self.timeout = self.server.limits.client_timeout  # a stalled client cannot hold a thread
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass  # no access log on stderr

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            return self._text(200, "conflictkg SPARQL endpoint (read-only): GET or POST /query")
        if url.path != "/query":
            return self._text(404, f"no such resource: {url.path}; the SPARQL endpoint is /query")
        self._guarded(lambda: self._query(self._form(url.query), get=True))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/query":
            return self._read_only() if url.path in ("/update", "/store") else self._text(404, f"no such resource: {url.path}")
        self._guarded(lambda: self._query(self._post_params(url.query)))

    def _read_only(self) -> None:
        self._text(403, "this endpoint is read-only: updates and Graph Store writes are refused")

    do_PUT = do_DELETE = do_PATCH = _read_only

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
        except _Refused as e:
            self._text(e.status, str(e))

    def _form(self, text: str) -> dict[str, list[str]]:
        try:
            return parse_qs(text, keep_blank_values=True, max_num_fields=100, errors="strict")
        except (ValueError, UnicodeDecodeError) as e:
            raise _Refused(400, f"malformed parameters: {e}") from None

    def _post_params(self, query_string: str) -> dict[str, list[str]]:
        limits = self.server.limits
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise _Refused(411, "a POST needs a Content-Length") from None
        if length < 0 or length > limits.max_body:
            self.close_connection = True
            raise _Refused(413, f"the request body is larger than the limit of {format_size(limits.max_body)}")
        body = self.rfile.read(length)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if kind == "application/sparql-query":
                params = self._form(query_string)
                params["query"] = [body.decode("utf-8")]
                return params
            if kind == "application/x-www-form-urlencoded":
                return self._form(body.decode("ascii"))
        except UnicodeDecodeError:
            raise _Refused(400, "the request body is not valid UTF-8") from None
        raise _Refused(415, f"unsupported Content-Type {kind or '(none)'!r}: use application/sparql-query "
                            "or application/x-www-form-urlencoded")

    def _query(self, params: dict[str, list[str]], get: bool = False) -> None:
        limits = self.server.limits
        deadline = time.monotonic() + limits.timeout_s
        if "update" in params:
            raise _Refused(403, "this endpoint is read-only: updates are refused")
        texts = params.get("query", [])
        if len(texts) != 1:
            raise _Refused(400, "give exactly one 'query' parameter")
        if len(texts[0].encode("utf-8")) > limits.max_query:
            raise _Refused(414 if get else 413, f"the query is longer than the limit of {format_size(limits.max_query)}")
        request = {
            "query": texts[0], "accept": self.headers.get("Accept"),
            "default_graph": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", []),
        }
        self.server.answer(self, request, deadline)

    def _text(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        with contextlib.suppress(OSError):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
        self.close_connection = True


class _ClientGone(Exception):
    pass


class _Endpoint(ThreadingHTTPServer):
    """The listening socket, the connection cap and the pool of query workers."""

    daemon_threads = True
    request_queue_size = 64

    def __init__(self, host: str, port: int, limits: Limits):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.limits = limits
        self.pool: _Pool | None = None
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        try:
            super().__init__((host, port), _Handler)
        except OSError as e:
            raise ServerError(f"cannot serve on {_bind(host, port)}: {e.strerror or e}") from None

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                                b"Content-Length: 21\r\nConnection: close\r\n\r\ntoo many connections\n")
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def answer(self, handler: _Handler, request: dict, deadline: float) -> None:
        """Run ``request`` on a worker within ``deadline`` and send the answer through ``handler``."""
        limits = self.limits
        late = _Refused(503, f"the query ran past the time limit of {limits.timeout_s:g} s and was stopped")
        worker = self.pool.acquire(deadline)
        if worker is None:
            raise _Refused(503, f"the server is busy: no query process came free within {limits.timeout_s:g} s")
        healthy = False
        try:
            if not worker.wait_ready(deadline):
                healthy = True  # still starting: not its fault
                raise _Refused(503, f"the server is busy: no query process came free within {limits.timeout_s:g} s")
            worker.conn.send_bytes(json.dumps(request).encode("utf-8"))
            self._wait(worker, handler.connection, deadline, late)
            try:
                header = json.loads(worker.conn.recv_bytes())
            except EOFError:
                raise self._died(worker) from None
            if header["status"] != 200:
                healthy = not header.get("recycle")
                raise _Refused(header["status"], header["message"])
            handler.send_response(200)
            handler.send_header("Content-Type", f"{header['type']}; charset=utf-8")
            handler.send_header("Content-Length", str(header["length"]))
            handler.send_header("Connection", "close")
            handler.end_headers()
            left = header["length"]
            while left:  # the answer is complete in the worker; relay it without holding it all here
                chunk = worker.conn.recv_bytes()
                handler.wfile.write(chunk)
                left -= len(chunk)
            healthy = True
            handler.close_connection = True
        except (_ClientGone, ConnectionError, TimeoutError, BrokenPipeError, EOFError):
            handler.close_connection = True
        except (OSError, ValueError) as e:
            raise _Refused(500, f"the query process failed: {e}") from None
        finally:
            if healthy:
                self.pool.release(worker)
            else:
                self.pool.replace(worker)

    @staticmethod
    def _wait(worker: _Worker, client: socket.socket, deadline: float, late: _Refused) -> None:
        """Until the worker answers; raise ``late`` at the deadline, _ClientGone if the client hangs up."""
        watch = [worker.fd, client]
        while True:
            ready = select.select(watch, [], [], max(0.0, deadline - time.monotonic()))[0]
            if worker.fd in ready:
                return
            if client in ready:
                try:
                    gone = client.recv(1, socket.MSG_PEEK) == b""
                except (BlockingIOError, InterruptedError):
                    gone = False
                except OSError:
                    gone = True
                if gone:
                    raise _ClientGone()
                watch = [worker.fd]  # it sent more (pipelining): stop watching it
            if not ready and time.monotonic() >= deadline:
                raise late

    def _died(self, worker: _Worker) -> _Refused:
        worker.proc.join(5)
        code = worker.proc.exitcode
        if code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, -signal.SIGBUS):
            return _Refused(503, f"the query needed more than its memory limit of {format_size(self.limits.max_memory)} and was stopped")
        return _Refused(500, f"the query process died (exit code {code})")


_PREFIX = "conflictkg-serve-"


def _remove_orphans() -> None:
    """Remove the temporary stores of servers that died without cleaning up (killed with SIGKILL)."""
    for folder in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        try:
            pid = int((folder / "owner").read_text())
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):  # not ours, or still being created
            continue


@contextlib.contextmanager
def _endpoint(path, host: str, port: int, limits: Limits, workers: int, startup_s: float) -> Iterator[tuple[str, _Endpoint]]:
    """Bind, load ``path`` into a temporary store, start the workers; undo it all on exit."""
    if workers < 1:
        raise InputError(f"workers: {workers}: at least one is needed")
    httpd = _Endpoint(host, port, limits)  # first: a busy port fails before any loading
    _remove_orphans()
    with contextlib.ExitStack() as stack:
        try:
            if is_store(path):
                # A store folder is served in place (its workers open it read-only), locked
                # against builds for as long as it is served.
                location = stack.enter_context(GraphStore.open(path, connect=False)).database
            else:
                workdir = Path(tempfile.mkdtemp(prefix=_PREFIX))
                stack.callback(shutil.rmtree, workdir, ignore_errors=True)
                (workdir / "owner").write_text(str(os.getpid()))
                location = workdir / "db"
                _load(path, location, workdir)
            httpd.pool = _Pool(location, limits, workers)
            httpd.pool.wait_ready(startup_s)
            yield f"http://{_bind(host, httpd.server_address[1])}/query", httpd
        finally:
            httpd.server_close()
            if httpd.pool is not None:
                httpd.pool.close()


def _limits(timeout_s: float, max_memory: int | str, allow_service: bool, **sizes) -> Limits:
    if not timeout_s or timeout_s <= 0:
        raise InputError(f"timeout {timeout_s!r}: must be a positive number of seconds")
    return Limits(timeout_s=float(timeout_s), max_memory=parse_size(max_memory), allow_service=allow_service,
                  **{k: v for k, v in sizes.items() if v is not None})


@contextlib.contextmanager
def running_server(
    path: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 0,
    timeout_s: float = DEFAULT_TIMEOUT,
    max_memory: int | str = DEFAULT_MEMORY,
    allow_service: bool = False,
    workers: int = DEFAULT_WORKERS,
    startup_s: float = 30,
    max_body: int | None = None,
    max_query: int | None = None,
) -> Iterator[str]:
    """Serve ``path`` (see the module's limits) in a background thread for the block; yield its query URL.

    ``port=0`` picks a free port. A graph file is loaded into a temporary store removed
    afterwards; a store folder (:mod:`conflictkg.exports.store`) is served in place, locked
    against builds while it is served.
    """
    limits = _limits(timeout_s, max_memory, allow_service, max_body=max_body, max_query=max_query)
    with _endpoint(path, host, port, limits, workers, startup_s) as (url, httpd), _serving(httpd):
        yield url


@contextlib.contextmanager
def _serving(httpd: _Endpoint) -> Iterator[threading.Thread]:
    """Answer requests in a background thread for the block (the main thread stays free for signals)."""
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        yield thread
    finally:
        httpd.shutdown()
        thread.join()


class _Stop:
    """SIGTERM, SIGINT and SIGHUP become one KeyboardInterrupt in the main thread; later ones are ignored."""

    SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))

    def __enter__(self) -> "_Stop":
        self.stopping = False
        self.previous = {}
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if not self.stopping:  # a second signal must not interrupt the cleanup
            self.stopping = True
            raise KeyboardInterrupt

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)


def serve(
    path: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: float = DEFAULT_TIMEOUT,
    max_memory: int | str = DEFAULT_MEMORY,
    allow_service: bool = False,
    workers: int = DEFAULT_WORKERS,
    ready: Callable[[str], None] | None = None,
) -> str | None:
    """Serve ``path`` (a graph file, or a store folder read in place) read-only as a SPARQL endpoint
    until SIGTERM, SIGINT (Ctrl-C) or SIGHUP; return its URL.

    ``ready(url)`` is called once the endpoint answers (default: print the URL). Each
    request may take ``timeout_s`` seconds and its query ``max_memory`` bytes (or
    ``"300M"``, ``"2G"``); ``workers`` queries run at once, so the server's memory is
    bounded by about ``workers * max_memory``. On return nothing is left running or on disk.

    >>> serve("graph.ttl", port=7878, timeout_s=10, max_memory="1G")        # doctest: +SKIP
    http://127.0.0.1:7878/query
    """
    limits = _limits(timeout_s, max_memory, allow_service)
    url = None
    with _Stop():
        try:
            with _endpoint(path, host, port, limits, workers, 30) as (url, httpd), _serving(httpd) as thread:
                (ready or print)(url)
                while thread.is_alive():
                    thread.join(0.5)
        except KeyboardInterrupt:
            pass
    return url


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
