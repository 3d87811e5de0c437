"""The process that runs the SPARQL endpoint's queries, one at a time, inside its limits.

The server (:mod:`conflictkg.exports.server`) starts a few processes running
:func:`run`, forked from a server process that has imported this module once (the
``forkserver`` start method), so a replacement is ready in a fraction of a second. Each
opens the store read-only, caps its own memory (:func:`limit_memory`), then answers
requests on a pipe. A request is a JSON object (``query``, ``accept``,
``default_graph``, ``named_graphs``); the answer is a JSON header (``status``,
``length``, and ``type`` or ``message``) followed by the body in pieces, serialised
completely before the header is sent, so a status is never sent for an answer that
then fails.

The server kills a worker that overruns its time; one that exceeds its memory dies
(or raises :class:`MemoryError`, and then exits after answering). Either way the
server starts a fresh one.
"""

from __future__ import annotations

import io
import json
import signal
from multiprocessing.connection import Connection

import pyoxigraph as ox

from conflictkg.exports.limits import die_with_parent, format_size, limit_memory, quiet_stderr
from conflictkg.exports.sparql import uses_service
from conflictkg.ontology.namespace import PREFIXES

CHUNK = 1 << 20  # bytes of an answer per message to the server

# What each kind of result may be written as (first: the default), by media type.
RESULTS_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


def negotiate(accept: str | None, types: dict) -> str | None:
    """The media type of ``types`` that ``accept`` (an HTTP Accept header) prefers, or None.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("text/html, */*;q=0.8", GRAPH_TYPES)
    'text/turtle'
    """
    if not accept:
        return next(iter(types))
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        q = 1.0
        for p in params:
            key, _, value = p.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in types:
            return media
        if media in ("*/*", "application/*", "text/*"):
            major = media.split("/")[0]
            for candidate in types:
                if major == "*" or candidate.startswith(major + "/"):
                    return candidate
    return None


def answer(store: ox.Store, request: dict, allow_service: bool) -> tuple[dict, bytes]:
    """Run one request; return the header and the body."""
    text = request["query"]
    if not allow_service and uses_service(text):
        return {"status": 403, "message": "the query uses SERVICE, which would make this server call another; "
                                          "refused (the server was started without --allow-service)"}, b""
    default = [ox.NamedNode(g) for g in request.get("default_graph") or []]
    named = [ox.NamedNode(g) for g in request.get("named_graphs") or []]
    try:
        result = store.query(
            text, prefixes=PREFIXES, use_default_graph_as_union=not default,
            default_graph=default or None, named_graphs=named or None,
        )
        graph = not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean))
        types = GRAPH_TYPES if graph else RESULTS_TYPES
        media = negotiate(request.get("accept"), types)
        if media is None:
            return {"status": 406, "message": f"cannot write this result as {request.get('accept')}; "
                                              f"available: {', '.join(types)}"}, b""
        buf = io.BytesIO()
        if graph:
            ox.serialize(result, buf, types[media])
        else:
            result.serialize(buf, types[media])
        return {"status": 200, "type": media}, buf.getvalue()
    except SyntaxError as e:
        return {"status": 400, "message": f"malformed query: {e}"}, b""
    except ValueError as e:
        return {"status": 400, "message": str(e)}, b""


def run(location: str, max_memory: int, allow_service: bool, conn: Connection) -> None:
    """Serve requests from ``conn`` until it closes (the target of the server's worker processes)."""
    die_with_parent()
    # Ctrl-C and a closed terminal reach the whole process group: the server decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    quiet_stderr()
    store = ox.Store.read_only(location)
    store.query("ASK { ?s ?p ?o }")  # warm up, so the allowance below is the queries' own
    uses_service("ASK {}")
    limited = limit_memory(max_memory)
    conn.send_bytes(json.dumps({"ready": True, "memory_limited": limited}).encode())
    while True:
        try:
            frame = conn.recv_bytes()
        except EOFError:  # the server closed the pipe
            return
        recycle = False
        try:
            header, body = answer(store, json.loads(frame), allow_service)
        except MemoryError:
            header, body, recycle = {"status": 503, "recycle": True, "message": f"the query needed more than its memory limit of {format_size(max_memory)} and was stopped"}, b"", True
        except Exception as e:  # noqa: BLE001 - an answer for the client, never a dead worker
            header, body = {"status": 500, "message": f"{type(e).__name__}: {e}"}, b""
        header["length"] = len(body)
        conn.send_bytes(json.dumps(header).encode())
        view = memoryview(body)
        for start in range(0, len(body), CHUNK):  # in pieces: the server relays them without holding them all
            conn.send_bytes(view[start:start + CHUNK])
        del view, body
        if recycle:
            return
