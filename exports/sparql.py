"""SPARQL over a graph, with pyoxigraph: ad-hoc queries and a library of named, parameterised ones.

>>> result = query("graph.ttl", name="supporters", params={"actor": "HTS"})   # doctest: +SKIP
>>> [row[1] for row in result.rows]                                         # doctest: +SKIP
['Turkey']

Guards, because a query may come from anyone:

* ``SERVICE`` (which makes the engine call out over HTTP) is refused unless ``allow_service``:
  the query is parsed (rdflib's SPARQL grammar, which also expands ``\\u`` escapes) and
  refused if any ``SERVICE`` pattern appears, or if a ``SERVICE`` keyword appears outside
  strings, IRIs and comments in a query that grammar cannot read;
* the running time and memory are bounded: the query runs in a forked worker process
  that may allocate at most ``max_memory`` bytes (``RLIMIT_AS``) and is killed after
  ``timeout`` seconds (on platforms without ``fork`` it runs in a thread, the caller
  stops waiting, and memory is not bounded);
* the ``ck:`` ontology is closed: a query naming a term it does not declare
  (``ck:suports``) fails with a :class:`QueryError` naming the term, instead of
  silently matching nothing;
* parameters are bound as literals in a ``VALUES`` block opening the ``WHERE`` group,
  each value written by a term serialiser (escaped), so a value can never change the
  query's structure; it is never pasted in as text. (pyoxigraph's own substitutions,
  which rdflib's ``initBindings`` maps to, only bind variables the query projects.)

The default graph of every query is the union of all graphs (a query needs no
``GRAPH`` clause to see what each document states), and the usual prefixes
(``ck:``, ``rdf:``, ``rdfs:``, ``skos:``, ``prov:``, ``schema:``, ``dcterms:``, ``xsd:``,
``owl:``, ``actor:``...) are predeclared.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import math
import multiprocessing
import os
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping
from urllib.parse import urljoin

import pyoxigraph as ox

from conflictkg.errors import QueryError
from conflictkg.exports.limits import DEFAULT_MEMORY, format_size, limit_memory, parse_size, quiet_stderr
from conflictkg.ontology import NAMESPACE, data_path
from conflictkg.ontology.namespace import CK, PREFIXES

if TYPE_CHECKING:
    import rdflib

    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["query", "QueryResult", "NamedQuery", "Parameter", "QUERIES", "load_queries", "check_query", "uses_service"]

_TERMS = frozenset(CK.__annotations__)


# -- the query library --------------------------------------------------------------
@dataclass(frozen=True)
class Parameter:
    """A parameter of a named query: a variable bound to a literal."""

    name: str
    description: str
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library (``ontology/queries/NAME.rq``): its header documents it."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str = field(repr=False)


_PARAM = re.compile(r"@param\s+(\w+)\s*(\(optional\))?\s*:?\s*(.*)")


def _parse_header(name: str, text: str) -> NamedQuery:
    description, params = [], []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if m := _PARAM.match(body):
            params.append(Parameter(m.group(1), m.group(3).strip(), required=not m.group(2)))
        elif params and body:
            # A continuation line of the last parameter's description.
            last = params[-1]
            params[-1] = Parameter(last.name, f"{last.description} {body}", last.required)
        elif body or description:
            description.append(body)
    return NamedQuery(name, " ".join(" ".join(description).split()), tuple(params), text)


def load_queries() -> dict[str, NamedQuery]:
    """The named queries shipped in ``ontology/queries``, by name (the file name without ``.rq``)."""
    folder = data_path("queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_header(name, entry.read_text(encoding="utf-8"))
    return out


QUERIES: dict[str, NamedQuery] = load_queries()


# -- results ------------------------------------------------------------------------
@dataclass
class QueryResult:
    """What a query returned.

    ``kind`` is ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``. A SELECT has ``vars``
    and ``rows`` (IRIs and literal values as strings, blank nodes as ``_:id``, unbound
    as None); an ASK has ``boolean``; a CONSTRUCT or DESCRIBE has ``graph`` (an rdflib
    Graph) and, to print it as a table, ``vars == ["subject", "predicate", "object"]``
    with one row per triple.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    _raw: bytes = field(default=b"", repr=False)  # SPARQL results JSON, or N-Triples for graphs
    _terms: list | None = field(default=None, repr=False)  # SELECT run in process: the terms, JSON made on demand

    @property
    def raw(self) -> bytes:
        """The result as the engine gave it: SPARQL results JSON, or N-Triples for a graph."""
        if not self._raw and self._terms is not None:
            bindings = [{v: _term_json(t) for v, t in zip(self.vars, row) if t is not None} for row in self._terms]
            self._raw = json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
        return self._raw

    @cached_property
    def graph(self) -> "rdflib.Graph | None":
        if self.kind not in ("CONSTRUCT", "DESCRIBE"):
            return None
        import rdflib

        return rdflib.Graph().parse(data=self.raw, format="nt")

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def serialize(self, format: str = "json") -> str:
        """The result as text.

        ``json``: SPARQL 1.1 Query Results JSON (for CONSTRUCT/DESCRIBE, the same
        shape with the variables ``subject``, ``predicate``, ``object``); ``csv``: SPARQL
        CSV (one row per triple for graphs; ``true``/``false`` for ASK); ``tsv``/``xml``:
        the SPARQL TSV and XML results formats (SELECT, ASK); for CONSTRUCT/DESCRIBE
        also ``turtle``, ``nt`` (N-Triples) and ``json-ld``.
        """
        graph = self.kind in ("CONSTRUCT", "DESCRIBE")
        if format == "json":
            return self.raw.decode("utf-8") if not graph else json.dumps(_bindings_json(self.raw), ensure_ascii=False)
        if format == "csv":
            if graph:
                buf = io.StringIO()
                writer = csv.writer(buf, lineterminator="\r\n")
                writer.writerow(self.vars)
                writer.writerows(self.rows)
                return buf.getvalue()
            return self._results("csv")
        if format in ("tsv", "xml") and not graph:
            return self._results(format)
        if graph and format in ("turtle", "nt", "json-ld"):
            triples = (q.triple for q in ox.parse(self.raw, ox.RdfFormat.N_TRIPLES))
            fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}[format]
            return ox.serialize(triples, format=fmt, prefixes=PREFIXES if format == "turtle" else None).decode("utf-8")
        known = "json, csv, turtle, nt, json-ld" if graph else "json, csv, tsv, xml"
        raise QueryError(f"cannot write a {self.kind} result as {format!r}; known: {known}")

    def _results(self, format: str) -> str:
        fmt = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[format]
        return ox.parse_query_results(self.raw, ox.QueryResultsFormat.JSON).serialize(format=fmt).decode("utf-8")


def _term_json(t) -> dict:
    """A term as a SPARQL results JSON binding."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def _bindings_json(ntriples: bytes) -> dict:
    bindings = [
        {"subject": _term_json(q.subject), "predicate": _term_json(q.predicate), "object": _term_json(q.object)}
        for q in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)
    ]
    return {"head": {"vars": ["subject", "predicate", "object"]}, "results": {"bindings": bindings}}


def _value(binding: dict | None) -> str | None:
    if binding is None:
        return None
    return f"_:{binding['value']}" if binding["type"] == "bnode" else binding["value"]


# -- checking a query ---------------------------------------------------------------
_TOKENS = re.compile(
    r'''(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\''(?:[^'\\]|\\.|'(?!''))*'\'\''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')'''
    r"""|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)"""
    r"""|(?P<comment>\#[^\n\r]*)"""
    r"""|(?P<pname>(?:[^\W\d_][\w.-]*)?:(?:[\w:%-]|\\.|\.(?=[\w:%\\-]))*)"""
    r"""|(?P<var>[?$]\w+)"""
    r"""|(?P<word>[^\W\d]\w*)"""
    r"""|(?P<brace>[{}])""",
    re.UNICODE,
)
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UNICODE_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}")


@dataclass
class _Checked:
    kind: str
    where: int | None  # offset just after the opening brace of the WHERE group


def check_query(text: str, allow_service: bool = False) -> str:
    """The query form (``SELECT``...) of ``text``, after refusing what :func:`query` refuses.

    >>> check_query("SELECT ?s WHERE { ?s ck:supports ?o }")
    'SELECT'
    >>> check_query("ASK { ?s ck:suports ?o }")
    Traceback (most recent call last):
    ...
    conflictkg.errors.QueryError: unknown term ck:suports in the query: the conflictkg ontology does not declare it (did you mean ck:supports?)
    """
    return _check(text, allow_service).kind


def _check(text: str, allow_service: bool) -> _Checked:
    prefixes = dict(PREFIXES)
    base = None
    kind = None
    where = None
    expect: str | None = None  # what the previous keyword announced: "prefix", "base"
    pending_prefix = None
    depth = 0
    skip_template = False
    for m in _TOKENS.finditer(text):
        group = m.lastgroup
        token = m.group()
        if group in ("string", "comment"):
            continue
        if group == "word":
            upper = token.upper()
            if upper == "SERVICE" and not allow_service:
                raise QueryError(_SERVICE_REFUSED)
            if upper in ("PREFIX", "BASE"):
                expect = upper.lower()
            elif upper in _FORMS and kind is None:
                kind = upper
                skip_template = upper == "CONSTRUCT"
            elif upper == "WHERE" and kind and depth == 0:
                skip_template = False
            continue
        if group == "pname":
            if expect == "prefix" and token.endswith(":") and pending_prefix is None:
                pending_prefix = token[:-1]
                continue
            prefix, _, local = token.partition(":")
            _check_term(prefixes.get(prefix), local.replace("\\", ""))
            continue
        if group == "iri":
            iri = _UNICODE_ESCAPE.sub(lambda e: chr(int(e.group()[2:], 16)), token[1:-1])
            if base and not re.match(r"[A-Za-z][\w+.-]*:", iri):
                iri = urljoin(base, iri)
            if expect == "prefix" and pending_prefix is not None:
                prefixes[pending_prefix] = iri
                expect, pending_prefix = None, None
                continue
            if expect == "base":
                base, expect = iri, None
                continue
            if iri.startswith(NAMESPACE):
                _check_term(NAMESPACE, iri[len(NAMESPACE):])
            continue
        if group == "brace":
            if token == "{":
                if depth == 0 and kind and where is None:
                    if skip_template:
                        skip_template = False  # CONSTRUCT's template: the WHERE group comes next
                    else:
                        where = m.end()
                depth += 1
            else:
                depth -= 1
    if kind is None:
        raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    return _Checked(kind, where)


_SERVICE_REFUSED = "the query uses SERVICE, which would call a remote endpoint; refused (allow it explicitly)"


def uses_service(text: str) -> bool:
    """Whether the SPARQL ``text`` contains a ``SERVICE`` pattern (which makes the engine call out).

    The query is parsed, so a ``SERVICE`` in a comment or a string does not count, and
    one written with ``\\u`` escapes does. A query the grammar cannot read counts if
    the keyword appears outside strings, IRIs and comments.

    >>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service("SELECT * WHERE { ?s ?p 'SERVICE' }  # SERVICE <http://example.org/>")
    False
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        tree = parseQuery(text)
    except (ParseBaseException, RecursionError, ValueError, TypeError, AttributeError):
        expanded = _UNICODE_ESCAPE.sub(lambda e: chr(int(e.group()[2:], 16)), text)
        return any(m.lastgroup == "word" and m.group().upper() == "SERVICE" for m in _TOKENS.finditer(expanded))
    todo: list = [tree]
    while todo:  # iteratively: a deeply nested query must not exhaust the stack here
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            todo.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            todo.extend(node)
    return False


def _check_term(namespace: str | None, local: str) -> None:
    if namespace != NAMESPACE or local in _TERMS:
        return
    close = difflib.get_close_matches(local, _TERMS, n=1)
    hint = f" (did you mean ck:{close[0]}?)" if close else ""
    raise QueryError(f"unknown term ck:{local} in the query: the conflictkg ontology does not declare it{hint}")


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})


def _literal(value: Any) -> str:
    """A SPARQL term for a parameter value: a string literal (escaped), or an integer/decimal/boolean."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) or isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, ox.NamedNode):
        return f"<{value.value}>"
    return f'"{str(value).translate(_ESCAPE)}"'


def _bind(text: str, checked: _Checked, params: Mapping[str, Any]) -> str:
    """``text`` with ``VALUES (?p ...) { (v ...) }`` opening its WHERE group."""
    if not params:
        return text
    for name in params:
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"invalid parameter name {name!r}")
    if checked.where is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    names = " ".join(f"?{n}" for n in params)
    values = " ".join(_literal(v) for v in params.values())
    return f"{text[:checked.where]} VALUES ({names}) {{ ({values}) }} {text[checked.where:]}"


# -- running ------------------------------------------------------------------------
def _store(source: Any) -> ox.Store:
    from conflictkg.exports.rdf import load_store, to_store
    from conflictkg.graph.kg import KnowledgeGraph

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, KnowledgeGraph):
        return to_store(source)
    if isinstance(source, (str, os.PathLike)):
        return load_store(Path(source))
    inner = getattr(getattr(source, "store", None), "_inner", None)  # an rdflib graph over oxrdflib
    if isinstance(inner, ox.Store):
        return inner
    if hasattr(source, "serialize"):  # any other rdflib graph or dataset
        store = ox.Store()
        store.bulk_load(source.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
        return store
    raise QueryError(f"cannot query a {type(source).__name__}: give a KnowledgeGraph, a file or an RDF store")


def _execute(store: ox.Store | str, text: str, kind: str, live: bool = False, allow_service: bool = False) -> tuple[str, Any]:
    """Run the query and return (kind, payload): picklable bytes, or with ``live`` the SELECT's terms.

    ``store`` may be the folder of an on-disk database, opened read-only here. The SERVICE
    check parses the query, so it runs here, inside the time and memory limits.
    """
    if isinstance(store, str):
        store = ox.Store.read_only(store)
    if not allow_service and uses_service(text):
        raise QueryError(_SERVICE_REFUSED)
    result = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return "ASK", bool(result)
    if isinstance(result, ox.QuerySolutions):
        if live:
            return "SELECT", ([v.value for v in result.variables], [list(solution) for solution in result])
        return "SELECT", result.serialize(format=ox.QueryResultsFormat.JSON)
    return kind, ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)


def _child(store, text, kind, allow_service, max_memory, conn) -> None:
    try:
        if isinstance(store, str):  # an on-disk store: opened here, not inherited open across the fork
            store = ox.Store.read_only(store)
        if max_memory:
            import rdflib.plugins.sparql.parser  # noqa: F401 - imported before the limit: the allowance is the query's

            quiet_stderr()
            limit_memory(max_memory)
        conn.send(("ok", _execute(store, text, kind, allow_service=allow_service)))
    except MemoryError:
        conn.send(("memory", ""))
    except QueryError as e:
        conn.send(("error", str(e)))
    except BaseException as e:  # noqa: BLE001 - everything goes back to the parent as a message
        conn.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        conn.close()


def _over_memory(max_memory: int) -> QueryError:
    return QueryError(f"the query needed more than its memory limit of {format_size(max_memory)} and was stopped")


def _run(store: ox.Store | str, text: str, kind: str, timeout: float | None, max_memory: int | None = None,
         allow_service: bool = False) -> tuple[str, Any]:
    if not timeout and not max_memory:
        try:
            return _execute(store, text, kind, live=True, allow_service=allow_service)
        except MemoryError:
            raise QueryError("the query ran out of memory") from None
        except (SyntaxError, OSError, ValueError, RuntimeError, TypeError) as e:
            raise QueryError(f"{type(e).__name__}: {e}") from None
    if "fork" in multiprocessing.get_all_start_methods():
        # A forked child shares the loaded store copy-on-write, so nothing is reloaded,
        # and unlike a thread it can be killed when the time is up.
        ctx = multiprocessing.get_context("fork")
        receiver, sender = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(store, text, kind, allow_service, max_memory, sender), daemon=True)
        proc.start()
        sender.close()
        try:
            if not receiver.poll(timeout or None):
                proc.kill()
                proc.join()
                raise QueryError(f"the query ran past its time limit of {timeout:g} s and was stopped")
            try:
                status, payload = receiver.recv()
            except EOFError:
                proc.join()
                if max_memory and proc.exitcode in (-6, -9, -11, 134, 137):  # aborted on a failed allocation
                    raise _over_memory(max_memory) from None
                raise QueryError(f"the query process died (exit code {proc.exitcode})") from None
            # The worker exits by itself once its answer is sent; multiprocessing reaps it
            # later, so the caller does not wait for a large address space to be torn down.
        finally:
            receiver.close()
    else:
        box: dict = {}

        def work() -> None:
            try:
                box["out"] = ("ok", _execute(store, text, kind, allow_service=allow_service))
            except QueryError as e:
                box["out"] = ("error", str(e))
            except BaseException as e:  # noqa: BLE001
                box["out"] = ("error", f"{type(e).__name__}: {e}")

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            raise QueryError(f"the query ran past its time limit of {timeout:g} s (it is left to finish in the background)")
        status, payload = box["out"]
    if status == "memory":
        raise _over_memory(max_memory or 0)
    if status == "error":
        raise QueryError(payload)
    return payload


def query(
    source: "KnowledgeGraph | str | os.PathLike | Any",
    sparql: str | None = None,
    *,
    name: str | None = None,
    params: Mapping[str, Any] | None = None,
    timeout: float | None = 30.0,
    max_memory: int | str | None = DEFAULT_MEMORY,
    allow_service: bool = False,
) -> QueryResult:
    """Run a SPARQL query, or the named query ``name`` with ``params``, over ``source``.

    ``source`` is a KnowledgeGraph, the path of a graph in any RDF format or of a
    store folder (read in place, see :mod:`conflictkg.exports.store`), a pyoxigraph
    Store or an rdflib graph. ``timeout`` bounds the running time in
    seconds, ``max_memory`` the memory the query may allocate (bytes, or a size such
    as ``"300M"``, ``"2G"``; default 2 GiB); None lifts a bound. Raises
    :class:`QueryError` for a malformed, refused, unknown, too slow or too large
    query, or wrong parameters.

    >>> query(kg, name="supporters", params={"actor": "HTS"}).rows    # doctest: +SKIP
    [['https://w3id.org/conflictkg/actor/turkey-...', 'Turkey', '1', '0.9']]
    >>> query("graph.ttl", "ASK { ?a ck:supports ?b }").boolean         # doctest: +SKIP
    True
    """
    params = dict(params or {})
    if (sparql is None) == (name is None):
        raise QueryError("give either a SPARQL query or the name of a query from the library, not both or neither")
    if name is not None:
        named = QUERIES.get(name)
        if named is None:
            raise QueryError(f"no query named {name!r}; known: {', '.join(QUERIES)}")
        declared = {p.name: p for p in named.parameters}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(f"query {name!r} has no parameter {', '.join(unknown)}; its parameters: {', '.join(declared) or 'none'}")
        missing = [p.name for p in named.parameters if p.required and params.get(p.name) in (None, "")]
        if missing:
            raise QueryError(f"query {name!r} needs the parameter {', '.join(missing)}")
        params = {k: v for k, v in params.items() if v is not None}
        sparql = named.text
    limit = parse_size(max_memory) if max_memory is not None else None
    checked = _check(sparql, allow_service)
    text = _bind(sparql, checked, params)
    from conflictkg.exports.store import GraphStore, is_store

    if isinstance(source, (str, os.PathLike)) and is_store(source):
        with GraphStore.open(source, connect=False) as gs:  # read in place, under the store's lock
            kind, payload = _run(str(gs.database), text, checked.kind, timeout, limit, allow_service)
    else:
        kind, payload = _run(_store(source), text, checked.kind, timeout, limit, allow_service)
    if kind == "ASK":
        return QueryResult("ASK", boolean=bool(payload), _raw=json.dumps({"head": {}, "boolean": bool(payload)}).encode())
    if kind == "SELECT" and isinstance(payload, tuple):
        names, terms = payload
        rows = [[None if t is None else _term(t) for t in row] for row in terms]
        return QueryResult("SELECT", names, rows, _terms=terms)
    if kind == "SELECT":
        data = json.loads(payload)
        names = data["head"].get("vars", [])
        rows = [[_value(b.get(v)) for v in names] for b in data["results"]["bindings"]]
        return QueryResult("SELECT", names, rows, _raw=payload)
    rows = [[_term(q.subject), q.predicate.value, _term(q.object)] for q in ox.parse(payload, ox.RdfFormat.N_TRIPLES)]
    return QueryResult(kind, ["subject", "predicate", "object"], rows, _raw=payload)


def _term(t) -> str:
    return f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value
