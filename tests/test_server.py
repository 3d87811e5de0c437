"""A real Oxigraph server: serve a graph read-only, push to a store, query over HTTP with httpx."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from conflictkg.errors import ServerError
from conflictkg.exports import rdf, server
from conflictkg.graph.kg import KnowledgeGraph
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


def test_serve_refuses_updates(graph_file):
    with server.running_server(graph_file) as url:
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


def test_serve_on_a_busy_port_fails_clearly(graph_file):
    with server.running_server(graph_file) as url:
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


def test_push_failures_are_server_errors(graph_file, store):
    with server.running_server(graph_file) as url:  # read-only: refuses writes
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
