"""A real Oxigraph server: serve a graph read-only, push to a store, query over HTTP with httpx."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from conflictkg.errors import ServerError
from conflictkg.exports import rdf, server
from conflictkg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation

pytestmark = pytest.mark.server

JSON = "application/sparql-results+json"
SUPPORTERS = """SELECT ?name WHERE {
  ?a <https://w3id.org/conflictkg/ontology#supports> ?b .
  ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name .
  ?b <http://www.w3.org/2000/01/rdf-schema#label> "Hayat Tahrir al-Sham" }"""


def build() -> KnowledgeGraph:
    turkey, us = Actor.create("Turkey", "STATE"), Actor.create("United States", "STATE")
    hts = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
    kg = KnowledgeGraph()
    kg.add_document(Document("doc1", "Turkey backs HTS. The US refused to back HTS."), [
        Relation(turkey, "supports", hts, evidence=(Evidence("doc1", "Turkey backs HTS.", 0, 17),)),
        Relation(us, "supports", hts, negated=True, evidence=(Evidence("doc1", "The US refused to back HTS.", 18, 45),)),
    ])
    kg.add_document(Document("doc2", "Ankara backs HTS."), [
        Relation(turkey, "supports", hts, evidence=(Evidence("doc2", "Ankara backs HTS.", 0, 17),)),
    ])
    return kg


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "graph.trig"
    build().save(path)
    return path


@pytest.fixture(scope="module")
def served(graph_file):
    """One server for the tests that only read (small body and query limits, to test them)."""
    with server.running_server(graph_file, max_body=10_000, max_query=2_000) as url:
        yield url


def select(url: str, query: str) -> httpx.Response:
    return httpx.post(url, content=query, headers={"Content-Type": "application/sparql-query", "Accept": JSON}, timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store(tmp_path):
    """A separately started read-write `oxigraph serve` (not conflictkg code); yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [server.oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(10)


def count(base: str, where: str = "?s ?p ?o") -> int:
    response = select(f"{base}/query", f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    response.raise_for_status()
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("suffix", [".trig", ".ttl", ".jsonld", ".rdf"])
def test_serve_answers_select_with_sparql_json(tmp_path, suffix):
    path = tmp_path / f"graph{suffix}"
    build().save(path)
    with server.running_server(path) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/query")
        response = select(url, SUPPORTERS)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(JSON)
        names = [b["name"]["value"] for b in response.json()["results"]["bindings"]]
        assert names == ["Turkey"]
        # GET works too, as the protocol requires.
        assert httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": JSON}).json()["boolean"] is True


def test_serve_refuses_updates(graph_file, served):
    url = served
    update = url.replace("/query", "/update")
    response = httpx.post(update, content="INSERT DATA { <http://a> <http://b> <http://c> }",
                          headers={"Content-Type": "application/sparql-update"})
    assert response.status_code >= 400
    store = url.replace("/query", "/store")
    assert httpx.put(f"{store}?default", content="<http://a> <http://b> <http://c> .",
                     headers={"Content-Type": "application/n-triples"}).status_code >= 400
    assert count(url.replace("/query", "")) == len(rdf.load_store(graph_file))


def test_serve_blocks_until_interrupted_and_returns_the_url(graph_file):
    port = free_port()
    seen = {}

    def ready(url):
        seen["status"] = select(url, SUPPORTERS).status_code
        raise KeyboardInterrupt

    assert server.serve(graph_file, port=port, ready=ready) == f"http://127.0.0.1:{port}/query"
    assert seen == {"status": 200}
    with pytest.raises(httpx.TransportError):  # stopped
        httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, timeout=2)


def test_serve_on_a_busy_port_fails_clearly(graph_file, served):
    url = served
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(ServerError, match="in use"):
        with server.running_server(graph_file, port=port):
            pass


def test_push_lands_every_graph_in_a_separately_started_store(graph_file, store):
    sent = server.push(graph_file, f"{store}/store")
    quads = list(rdf.load_quads(graph_file))
    assert sent == len(quads)
    assert count(store, "?s ?p ?o") + count(store, "GRAPH ?g { ?s ?p ?o }") == len(quads)
    graphs = select(f"{store}/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").json()["results"]["bindings"]
    assert {b["g"]["value"] for b in graphs} == {rdf.graph_iri("doc1"), rdf.graph_iri("doc2")}
    # Replacing again does not duplicate anything.
    server.push(graph_file, f"{store}/store")
    assert count(store, "?s ?p ?o") + count(store, "GRAPH ?g { ?s ?p ?o }") == len(quads)


def test_push_to_one_named_graph_replace_or_add(graph_file, store, tmp_path):
    target = "https://example.org/graphs/conflict"
    sent = server.push(graph_file, f"{store}/store", graph=target)
    assert count(store, f"GRAPH <{target}> {{ ?s ?p ?o }}") == sent
    other = tmp_path / "other.ttl"
    other.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    server.push(other, f"{store}/store", graph=target, replace=False)
    assert count(store, f"GRAPH <{target}> {{ ?s ?p ?o }}") == sent + 1
    server.push(other, f"{store}/store", graph=target, replace=True)
    assert count(store, f"GRAPH <{target}> {{ ?s ?p ?o }}") == 1


def test_push_failures_are_server_errors(graph_file, store, served):
    url = served  # read-only: refuses writes
    with pytest.raises(ServerError, match="refused the graph: HTTP 403"):
        server.push(graph_file, url.replace("/query", "/store"))
    with pytest.raises(ServerError, match="cannot reach"):
        server.push(graph_file, f"http://127.0.0.1:{free_port()}/store")
    with pytest.raises(ServerError, match="http"):
        server.push(graph_file, "ftp://example.org/store")
    with pytest.raises(ServerError, match="Graph Store endpoint"):
        server.push(graph_file, f"{store}/query")


def test_push_does_not_hang_on_a_silent_server(graph_file):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
    thread.start()
    try:
        with pytest.raises(ServerError, match="did not answer|cannot reach"):
            server.push(graph_file, f"http://127.0.0.1:{port}/store", timeout=1)
    finally:
        listener.close()


# -- a server safe to expose: limits, SERVICE, signals -------------------------------------
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SORTED_CROSS_JOIN = CROSS_JOIN + " ORDER BY ?a ?c ?f ?i ?l"
LIMITS = {"timeout_s": 3, "max_memory": "300M"}


@pytest.fixture(scope="module")
def wide_file(tmp_path_factory) -> Path:
    """600 distinct triples, about the bundled sample: a 4-way cross join has 1.3e11 rows."""
    path = tmp_path_factory.mktemp("wide") / "wide.nt"
    path.write_text("".join(f"<http://example.org/s{i % 37}> <http://example.org/p{i % 7}> \"v{i}\" .\n" for i in range(600)))
    return path


@pytest.fixture(scope="module")
def limited(wide_file):
    with server.running_server(wide_file, **LIMITS) as url:
        yield url


def descendants(pid: int) -> set[int]:
    """The live processes below ``pid``: children, theirs, and so on (from /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents.setdefault(int(fields[1]), set()).add(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), ()):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("text, limit", [
    (CROSS_JOIN, "time limit of 3 s"),
    # Sorting 1.3e11 rows: whichever bound it meets first (the memory one on an idle machine).
    (SORTED_CROSS_JOIN, "memory limit of 300 MiB|time limit of 3 s"),
])
def test_a_runaway_query_is_stopped_while_others_are_answered(limited, text, limit):
    answer = {}

    def runaway():
        start = time.monotonic()
        answer["response"] = httpx.get(limited, params={"query": text}, timeout=60)
        answer["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=runaway)
    thread.start()
    try:
        time.sleep(0.5)
        simple = httpx.get(limited, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, headers={"Accept": JSON}, timeout=30)
        assert simple.status_code == 200
        assert simple.json()["results"]["bindings"][0]["n"]["value"] == "600"
    finally:
        thread.join(60)
    response = answer["response"]
    assert response.status_code == 503
    assert re.search(limit, response.text) and len(response.text.strip().splitlines()) == 1
    assert answer["seconds"] < LIMITS["timeout_s"] + 5  # the time bound (plus slack), never the query's own end
    # The worker was replaced: the server keeps answering.
    assert httpx.get(limited, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": JSON}, timeout=30).json()["boolean"] is True


def test_a_query_past_its_memory_is_stopped(wide_file):
    with server.running_server(wide_file, timeout_s=60, max_memory="300M") as url:
        response = httpx.get(url, params={"query": SORTED_CROSS_JOIN}, timeout=90)
        assert response.status_code == 503
        assert response.text == "the query needed more than its memory limit of 300 MiB and was stopped\n"
        assert select(url, "ASK { ?s ?p ?o }").json()["boolean"] is True


def test_a_client_that_hangs_up_stops_its_query(wide_file):
    others = descendants(os.getpid())
    with server.running_server(wide_file, timeout_s=60, workers=1) as url:
        before = descendants(os.getpid()) - others  # this server's one worker (and a fork server the first time)
        assert before
        with pytest.raises(httpx.TimeoutException):
            httpx.get(url, params={"query": CROSS_JOIN}, timeout=1)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in before) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in before)  # killed long before its 60 s
        assert httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": JSON}, timeout=30).status_code == 200


class Listener:
    """A TCP listener on loopback that records every connection it receives."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(8)
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.received: list[bytes] = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.socket.accept()
            except (socket.timeout, OSError):
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.received.append(conn.recv(4096))
                except OSError:
                    self.received.append(b"")

    def close(self):
        self.running = False
        self.thread.join(5)
        self.socket.close()


@pytest.fixture
def listener():
    spy = Listener()
    yield spy
    spy.close()


SERVICES = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:PORT/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { OPTIONAL { service silent <http://127.0.0.1:PORT/sparql> { ?s ?p ?o } } }",
    "# a comment\nSELECT * WHERE { ?x ?y \"}\" . SERVICE <http://127.0.0.1:PORT/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:PORT/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
]


def test_service_is_refused_and_nothing_reaches_the_network(served, listener):
    url = served
    for text in SERVICES:
        text = text.replace("PORT", str(listener.port))
        for response in (httpx.get(url, params={"query": text}), select(url, text),
                         httpx.post(url, data={"query": text})):
            assert response.status_code == 403, text
            assert "SERVICE" in response.text
    time.sleep(0.5)
    assert listener.received == []


def test_allow_service_lets_the_server_call_out(graph_file, listener):
    """The control for the test above: the same query, allowed, does reach the listener."""
    with server.running_server(graph_file, allow_service=True) as url:
        httpx.get(url, params={"query": SERVICES[0].replace("PORT", str(listener.port))}, timeout=30)
    assert listener.received and listener.received[0].startswith(b"POST /sparql")


def test_request_body_and_query_length_are_bounded(served):
    url = served
    long_query = "ASK { ?s ?p ?o } #" + "x" * 3_000
    assert select(url, long_query).status_code == 413
    assert httpx.get(url, params={"query": long_query}).status_code == 414
    huge = httpx.post(url, content=b"x" * 20_000, headers={"Content-Type": "application/sparql-query"})
    assert huge.status_code == 413 and "request body" in huge.text
    assert httpx.post(url, content=b"ASK {}", headers={"Content-Type": "text/plain"}).status_code == 415
    assert select(url, "ASK { ?s ?p ?o }").json()["boolean"] is True


def test_content_negotiation(served):
    url = served
    csv_answer = httpx.get(url, params={"query": SUPPORTERS}, headers={"Accept": "text/csv"})
    assert csv_answer.headers["content-type"].startswith("text/csv") and "Turkey" in csv_answer.text
    nt = httpx.get(url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": "application/n-triples"})
    assert nt.headers["content-type"].startswith("application/n-triples") and nt.text.rstrip().endswith(".")
    assert httpx.get(url, params={"query": "ASK {}"}, headers={"Accept": "image/png"}).status_code == 406
    bad = httpx.get(url, params={"query": "SELECT * WHERE { ?s ?p "}, headers={"Accept": JSON})
    assert bad.status_code == 400 and "malformed query" in bad.text


def test_the_protocol_dataset_parameters(served, graph_file):
    everything = count(served.replace("/query", ""))
    one = httpx.get(served, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "default-graph-uri": rdf.graph_iri("doc2")},
                    headers={"Accept": JSON}).json()["results"]["bindings"][0]["n"]["value"]
    assert 0 < int(one) < everything  # the default graph is doc2's graph alone, not the union


def test_bind_addresses():
    assert server.parse_bind("0.0.0.0:8080", 7878) == ("0.0.0.0", 8080)
    assert server.parse_bind("[::1]:9000", 7878) == ("::1", 9000)
    assert server.parse_bind("localhost", 7878) == ("localhost", 7878)
    assert server.is_loopback("127.0.0.1") and server.is_loopback("localhost") and server.is_loopback("::1")
    assert not server.is_loopback("0.0.0.0") and not server.is_loopback("192.0.2.1")
    with pytest.raises(Exception, match="--bind"):
        server.parse_bind("host:port", 7878)


@pytest.fixture
def cli_server(graph_file, tmp_path):
    """Start `conflictkg serve` as a user would; yield (process, url, its TMPDIR); always killed."""
    started = []

    def start(*options: str):
        port = free_port()
        tmp = tmp_path / "tmp"
        tmp.mkdir(exist_ok=True)
        proc = subprocess.Popen(
            [sys.executable, "-m", "conflictkg", "serve", str(graph_file), "--port", str(port), *options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(tmp)},
        )
        started.append(proc)
        line = proc.stdout.readline()
        assert "SPARQL endpoint" in line, proc.stderr.read() if proc.poll() is not None else line
        return proc, f"http://127.0.0.1:{port}/query", tmp

    yield start
    for proc in started:
        for pid in descendants(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


@pytest.mark.parametrize("signum, bind", [(signal.SIGTERM, "127.0.0.1"), (signal.SIGINT, "0.0.0.0"), (signal.SIGHUP, "localhost")],
                         ids=["TERM", "INT", "HUP"])
def test_signals_stop_the_server_cleanly(cli_server, signum, bind):
    proc, url, tmp = cli_server("--timeout", "3", "--max-memory", "300M", "--bind", bind)
    assert select(url, SUPPORTERS).status_code == 200
    workers = descendants(proc.pid)
    assert workers and list(tmp.iterdir())  # query processes, and the store in a temporary folder
    proc.send_signal(signum)
    assert proc.wait(20) == 0
    deadline = time.monotonic() + 10  # the fork server leaves when it sees its parent gone
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
    assert list(tmp.iterdir()) == []
    with pytest.raises(httpx.TransportError):
        httpx.get(url, params={"query": "ASK {}"}, timeout=2)
    # --bind warns when the address is reachable from other machines, and only then.
    warned = "warning: serving on 0.0.0.0, reachable from other machines" in proc.stderr.read()
    assert warned == (bind == "0.0.0.0")


def test_after_sigkill_workers_die_and_the_next_server_removes_the_store(cli_server):
    proc, url, tmp = cli_server("--timeout", "3")
    workers = descendants(proc.pid)
    left = list(tmp.glob("conflictkg-serve-*"))
    assert left
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10  # the fork server sees its parent gone; the workers die with it
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
    assert all(path.exists() for path in left)  # nothing could clean up...
    second, _, _ = cli_server("--timeout", "3")
    assert not any(path.exists() for path in left)  # ...until the next server started
    second.send_signal(signal.SIGTERM)
    assert second.wait(20) == 0
    assert list(tmp.glob("conflictkg-serve-*")) == []
