"""SHACL compiled to SPARQL: each constraint of the shapes becomes one query run once over the whole graph.

pyshacl checks a graph focus node by focus node, in Python; on a million triples that
takes most of an hour. Here every constraint of every shape is compiled into one SPARQL
SELECT that finds *all* its violations at once, and pyoxigraph runs the queries, so
validation time grows linearly with the graph. The results are the same
:class:`~conflictkg.exports.shacl.Violation` objects pyshacl's report gives (same
severity, focus node, path, value and source shape; tests run both engines and compare).

The compiler reads the shapes graph, never a list of known shapes, and supports the
subset of SHACL Core the conflictkg shapes use, plus SPARQL-based constraints
(``sh:sparql`` with ``sh:select``):

* targets: ``sh:targetClass``, ``sh:targetNode``, ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
* property shapes whose ``sh:path`` is one predicate IRI;
* ``sh:minCount``, ``sh:maxCount``, ``sh:hasValue``, ``sh:qualifiedValueShape`` with
  ``sh:qualifiedMinCount``/``sh:qualifiedMaxCount``, ``sh:node``;
* on each value node: ``sh:class``, ``sh:datatype``, ``sh:nodeKind``, ``sh:in``,
  ``sh:minLength``, ``sh:maxLength``, ``sh:pattern`` (``sh:flags``),
  ``sh:minInclusive``, ``sh:maxInclusive``, ``sh:minExclusive``, ``sh:maxExclusive``,
  ``sh:or`` (of shapes made of these);
* ``sh:severity``, ``sh:message``, ``sh:deactivated``, and the non-validating
  ``sh:name``, ``sh:description``, ``sh:order``, ``sh:group``.

Any other SHACL term on a shape raises :class:`~conflictkg.errors.ShapeError` naming the
shape and the term, so a new shape is never silently skipped (pyshacl still checks it:
``validate(..., engine="pyshacl")``).

A SPARQL-based constraint runs as written, so its cost is the query's: Oxigraph
evaluates a ``NOT EXISTS`` of several triple patterns at O(graph) per row, and the
conflictkg shapes write such an anti-join as one pattern from a bound variable
with its other conditions as one-pattern ``EXISTS`` tests.

>>> checks = compile_shapes(shapes_graph)          # doctest: +SKIP
>>> violations = run(checks, store)                 # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator

import pyoxigraph as ox

from conflictkg.errors import ShapeError

if TYPE_CHECKING:
    import rdflib

    from conflictkg.exports.shacl import Violation

__all__ = ["Check", "compile_shapes", "run"]

SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = f"<{_RDF}type>"
_INSTANCE = f"{_TYPE}/<{_RDFS}subClassOf>*"  # SHACL instance: rdf:type/rdfs:subClassOf*

# Constraints checked on each value node, one at a time (the "value type" components).
_VALUE = {"class", "datatype", "nodeKind", "in", "minLength", "maxLength", "pattern", "flags",
          "minInclusive", "maxInclusive", "minExclusive", "maxExclusive", "or"}
_DESCRIPTIVE = {"name", "description", "order", "group", "severity", "message", "deactivated"}
_TARGETS = {"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"}
_NODE_SHAPE = _VALUE | _DESCRIPTIVE | _TARGETS | {"property", "sparql", "node", "hasValue"}
_PROPERTY_SHAPE = _VALUE | _DESCRIPTIVE | {"path", "minCount", "maxCount", "hasValue", "node", "qualifiedValueShape",
                                           "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint",
                                           "sparql"}
# Datatypes whose lexical form SPARQL can check by casting (an ill-typed literal fails sh:datatype).
_CASTS = {"integer", "decimal", "double", "float", "boolean", "date", "dateTime", "time"}


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a SELECT over the whole graph whose rows are violations.

    Rows bind ``?this`` (the focus node) and, where the result has one, ``?value``.
    ``kind`` says how rows become results: ``"value"`` and ``"count"`` as they are,
    ``"sparql"`` with the message's ``{?var}`` filled in from the row, ``"node"`` by
    keeping the rows whose value fails the checks in ``inner`` (``sh:node``), whose
    results are reported as well.
    """

    query: str
    shape: str  # the source shape, as pyshacl names it (a blank node's id for a property shape)
    severity: str
    message: str
    path: str | None = None
    kind: str = "value"
    inner: tuple["Check", ...] = field(default=())


def _term(node: "rdflib.term.Node") -> str:
    """A shapes-graph term written for a SPARQL query."""
    from rdflib import BNode

    if isinstance(node, BNode):
        raise ShapeError(f"shapes: a blank node {node} where an IRI or literal was expected")
    return node.n3()


class _Compiler:
    def __init__(self, graph: "rdflib.Graph") -> None:
        self.g = graph
        self.fresh = 0

    # -- reading shapes ------------------------------------------------------------

    def name(self, node) -> str:
        return node.n3(self.g.namespace_manager) if hasattr(node, "n3") else str(node)

    def values(self, shape, key: str) -> list:
        from rdflib import URIRef

        return list(self.g.objects(shape, URIRef(SH + key)))

    def one(self, shape, key: str):
        found = self.values(shape, key)
        if len(found) > 1:
            raise ShapeError(f"shapes: {self.name(shape)} has {len(found)} values for sh:{key}, the engine takes one")
        return found[0] if found else None

    def keys(self, shape, allowed: set[str]) -> set[str]:
        """The sh: terms on ``shape``; any outside ``allowed`` is refused."""
        found = {str(p)[len(SH):] for p in self.g.predicates(shape, None) if str(p).startswith(SH)}
        unsupported = sorted(found - allowed)
        if unsupported:
            raise ShapeError(f"shapes: {self.name(shape)} uses sh:{unsupported[0]}, which the oxigraph engine does not "
                             f"support; validate with engine='pyshacl'")
        return found

    def list_of(self, node) -> list:
        from rdflib.collection import Collection

        return list(Collection(self.g, node))

    def severity(self, shape) -> str:
        value = self.one(shape, "severity")
        return "Violation" if value is None else str(value)[len(SH):] if str(value).startswith(SH) else str(value)

    def message(self, shape, default: str) -> str:
        messages = sorted(self.values(shape, "message"), key=str)
        return str(messages[0]) if messages else default

    def deactivated(self, shape) -> bool:
        value = self.one(shape, "deactivated")
        return value is not None and value.toPython() is True

    # -- compiling -----------------------------------------------------------------

    def var(self) -> str:
        self.fresh += 1
        return f"?_v{self.fresh}"

    def focus(self, shape) -> str | None:
        """A group pattern binding ``?this`` to each focus node of ``shape`` once, or None if it has no target."""
        parts = []
        for c in self.values(shape, "targetClass"):
            parts.append(f"?this {_INSTANCE} {_term(c)} .")
        for n in self.values(shape, "targetNode"):
            parts.append(f"VALUES ?this {{ {_term(n)} }}")
        for p in self.values(shape, "targetSubjectsOf"):
            parts.append(f"?this {_term(p)} {self.var()} .")
        for p in self.values(shape, "targetObjectsOf"):
            parts.append(f"{self.var()} {_term(p)} ?this .")
        if not parts:
            return None
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(f"{{ {p} }}" for p in parts) + " } }"

    def shapes(self) -> list:
        """Every shape with a target (shapes without one only run when another refers to them)."""
        from rdflib import URIRef

        found = set()
        for key in _TARGETS:
            found.update(self.g.subjects(URIRef(SH + key), None))
        for shape in self.g.subjects(URIRef(_RDF + "type"), URIRef(_RDFS + "Class")):
            if (shape, URIRef(_RDF + "type"), URIRef(SH + "NodeShape")) in self.g:
                raise ShapeError(f"shapes: {self.name(shape)} is a class and a shape (an implicit class target), "
                                 f"which the oxigraph engine does not support; validate with engine='pyshacl'")
        return sorted(found, key=str)

    def node_shape(self, shape, focus: str, stack: tuple = ()) -> list[Check]:
        """The checks of a node shape over the focus nodes ``focus`` binds to ``?this``."""
        if shape in stack:
            raise ShapeError(f"shapes: {self.name(shape)} refers to itself through sh:node, which the oxigraph engine "
                             f"does not support")
        keys = self.keys(shape, _NODE_SHAPE)
        if self.deactivated(shape):
            return []
        stack = (*stack, shape)
        severity, source = self.severity(shape), str(shape)
        checks = self.value_checks(shape, focus, "?this", "", severity, source, None, stack)
        if "hasValue" in keys:
            for v in self.values(shape, "hasValue"):
                checks.append(Check(f"SELECT ?this ?value WHERE {{ {focus} BIND(?this AS ?value) "
                                    f"FILTER(!sameTerm(?this, {_term(v)})) }}", source, severity,
                                    self.message(shape, f"value is not {self.name(v)}")))
        for prop in self.values(shape, "property"):
            checks += self.property_shape(prop, focus, stack)
        for constraint in self.values(shape, "sparql"):
            checks += self.sparql(shape, constraint, focus, severity, None)
        return checks

    def property_shape(self, shape, focus: str, stack: tuple) -> list[Check]:
        from rdflib import URIRef

        keys = self.keys(shape, _PROPERTY_SHAPE)
        if self.deactivated(shape):
            return []
        path = self.one(shape, "path")
        if not isinstance(path, URIRef):
            raise ShapeError(f"shapes: {self.name(shape)} has a sh:path that is not one predicate IRI, which the "
                             f"oxigraph engine does not support; validate with engine='pyshacl'")
        p, severity, source = _term(path), self.severity(shape), str(shape)
        pattern = f"?this {p} ?value ."
        checks = self.value_checks(shape, focus, "?value", pattern, severity, source, str(path), stack)

        def add(query: str, message: str) -> None:
            checks.append(Check(query, source, severity, self.message(shape, message), str(path), "count"))

        low, high = self.one(shape, "minCount"), self.one(shape, "maxCount")
        if low is not None and int(low) == 1:  # the usual case, cheaper than counting
            add(f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {p} ?value }} }}",
                f"less than 1 value for {self.name(path)}")
        elif low is not None and int(low) > 1:
            add(f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {p} ?value }} }} GROUP BY ?this "
                f"HAVING(COUNT(DISTINCT ?value) < {int(low)})", f"less than {int(low)} values for {self.name(path)}")
        if high is not None:
            add(f"SELECT ?this WHERE {{ {focus} ?this {p} ?value }} GROUP BY ?this "
                f"HAVING(COUNT(DISTINCT ?value) > {int(high)})", f"more than {int(high)} values for {self.name(path)}")
        for v in self.values(shape, "hasValue"):
            add(f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {p} {_term(v)} }} }}",
                f"no value {self.name(v)} for {self.name(path)}")
        qualified = self.one(shape, "qualifiedValueShape")
        if qualified is not None:
            disjoint = self.one(shape, "qualifiedValueShapesDisjoint")
            if disjoint is not None and disjoint.toPython() is True:
                raise ShapeError(f"shapes: {self.name(shape)} uses sh:qualifiedValueShapesDisjoint true, which the "
                                 f"oxigraph engine does not support; validate with engine='pyshacl'")
            ok = self.conforms(qualified, "?value")
            counted = (f"SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ {focus} "
                       f"OPTIONAL {{ ?this {p} ?value FILTER({ok}) }} }} GROUP BY ?this")
            for key, op, words in (("qualifiedMinCount", "<", "less"), ("qualifiedMaxCount", ">", "more")):
                n = self.one(shape, key)
                if n is not None:
                    add(f"{counted} HAVING(COUNT(DISTINCT ?value) {op} {int(n)})",
                        f"{words} than {int(n)} values for {self.name(path)} conform to the qualified shape")
        elif {"qualifiedMinCount", "qualifiedMaxCount"} & keys:
            raise ShapeError(f"shapes: {self.name(shape)} has a qualified count without sh:qualifiedValueShape")
        for constraint in self.values(shape, "sparql"):
            checks += self.sparql(shape, constraint, focus, severity, path)
        return checks

    def value_checks(self, shape, focus: str, value: str, pattern: str, severity: str,
                     source: str, path: str | None, stack: tuple) -> list[Check]:
        """One check per value-type constraint of ``shape``, and one per sh:node."""
        checks = []
        bind = "" if value == "?value" else "BIND(?this AS ?value) "
        for key, ok, default in self.constraints(shape, "?value"):
            query = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {pattern} {bind}FILTER(!({ok})) }}"
            checks.append(Check(query, source, severity, self.message(shape, default), path))
        for node in self.values(shape, "node"):
            inner_focus = self.nested_focus(focus, pattern)
            inner = tuple(self.node_shape(node, inner_focus, stack))
            query = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {pattern} {bind}}}"
            checks.append(Check(query, source, severity, self.message(shape, f"value does not conform to "
                                                                               f"{self.name(node)}"),
                                path, "node", inner))
        return checks

    def nested_focus(self, focus: str, pattern: str) -> str:
        """The value nodes of ``focus``/``pattern`` as the focus nodes (``?this``) of a nested shape."""
        if not pattern:
            return focus
        outer = self.var()
        return (f"{{ SELECT DISTINCT ?this WHERE {{ {focus.replace('?this', outer)} "
                f"{pattern.replace('?this', outer).replace('?value', '?this')} }} }}")

    def constraints(self, shape, v: str) -> Iterator[tuple[str, str, str]]:
        """(component, SPARQL condition true when ``v`` satisfies it, default message) per value-type constraint."""
        for c in self.values(shape, "class"):
            yield "class", f"EXISTS {{ {v} {_INSTANCE} {_term(c)} }}", f"value does not have class {self.name(c)}"
        for d in self.values(shape, "datatype"):
            yield "datatype", _datatype(v, str(d)), f"value does not have datatype {self.name(d)}"
        for kind in self.values(shape, "nodeKind"):
            yield "nodeKind", _node_kind(v, str(kind), self.name(shape)), f"value is not of kind {self.name(kind)}"
        for members in self.values(shape, "in"):
            items = self.list_of(members)
            test = " || ".join(f"sameTerm({v}, {_term(i)})" for i in items) or "false"
            yield "in", test, f"value is not one of {', '.join(self.name(i) for i in items)}"
        for key, op in (("minLength", ">="), ("maxLength", "<=")):
            for n in self.values(shape, key):
                yield key, f"(!isBlank({v}) && STRLEN(STR({v})) {op} {int(n)})", f"value fails sh:{key} {int(n)}"
        for pattern in self.values(shape, "pattern"):
            flags = self.one(shape, "flags")
            args = f"STR({v}), {_term(pattern)}" + (f", {_term(flags)}" if flags is not None else "")
            yield "pattern", f"(!isBlank({v}) && REGEX({args}))", f"value does not match {pattern}"
        for key, op in (("minInclusive", ">="), ("maxInclusive", "<="), ("minExclusive", ">"), ("maxExclusive", "<")):
            for bound in self.values(shape, key):
                yield key, f"COALESCE({v} {op} {_term(bound)}, false)", f"value fails sh:{key} {bound}"
        for members in self.values(shape, "or"):
            options = [self.conforms(s, v) for s in self.list_of(members)]
            yield "or", " || ".join(f"({o})" for o in options) or "false", "value does not conform to any of sh:or"

    def conforms(self, shape, v: str) -> str:
        """A SPARQL condition true when ``v`` conforms to ``shape``, a shape made of value-type constraints only."""
        self.keys(shape, _VALUE | _DESCRIPTIVE)
        tests = [ok for _, ok, _ in self.constraints(shape, v)]
        return " && ".join(f"({t})" for t in tests) or "true"

    def sparql(self, shape, constraint, focus: str, severity: str, path) -> list[Check]:
        """A SPARQL-based constraint: its SELECT, run once with ``$this`` bound to every focus node."""
        from rdflib import URIRef

        self.keys(constraint, {"select", "message", "prefixes", "deactivated"})
        if self.deactivated(constraint):
            return []
        select = self.one(constraint, "select")
        if select is None:
            raise ShapeError(f"shapes: a sh:sparql constraint of {self.name(shape)} has no sh:select (only SELECT "
                             f"constraints are supported)")
        text = str(select)
        for variable in ("$shapesGraph", "$currentShape", "?shapesGraph", "?currentShape"):
            if variable in text:
                raise ShapeError(f"shapes: a sh:sparql constraint of {self.name(shape)} uses {variable}, which the "
                                 f"oxigraph engine does not support")
        if re.search(r"\b(MINUS|VALUES|SERVICE)\b", text, re.I) or len(re.findall(r"\bSELECT\b", text, re.I)) > 1:
            raise ShapeError(f"shapes: a sh:sparql constraint of {self.name(shape)} uses MINUS, VALUES, SERVICE or a "
                             f"subquery, which SHACL does not allow with $this pre-bound")
        if path is not None:
            text = re.sub(r"\$PATH\b", _term(path), text)
        text = re.sub(r"\$this\b", "?this", text)
        where = re.search(r"\{", text)
        if where is None or not re.search(r"SELECT\b[^{]*\?this\b", text, re.I | re.S):
            raise ShapeError(f"shapes: a sh:sparql constraint of {self.name(shape)} must SELECT $this")
        # Pre-binding $this: the focus nodes join the query's outermost group, so EXISTS and
        # FILTER see ?this bound exactly as pyshacl's per-node run does.
        query = text[:where.end()] + f" {focus} " + text[where.end():]
        prefixes = []
        for ontology in self.values(constraint, "prefixes"):
            for declaration in self.values(ontology, "declare"):
                prefix, namespace = self.one(declaration, "prefix"), self.one(declaration, "namespace")
                prefixes.append(f"PREFIX {prefix}: <{namespace}>")
        messages = sorted(self.values(constraint, "message"), key=str)
        message = str(messages[0]) if messages else self.message(shape, "SPARQL constraint violated")
        return [Check("\n".join([*prefixes, query]), str(shape), severity, message,
                      None if path is None else str(path), "sparql")]


def _datatype(v: str, datatype: str) -> str:
    """True when ``v`` is a literal of ``datatype`` whose lexical form is valid for it."""
    if datatype == _RDF + "langString":
        return f"(isLiteral({v}) && LANG({v}) != \"\")"
    test = f"(isLiteral({v}) && sameTerm(DATATYPE({v}), <{datatype}>)"
    local = datatype[len(_XSD):] if datatype.startswith(_XSD) else None
    if local in _CASTS:
        test += f" && COALESCE(isLiteral(<{datatype}>(STR({v}))), false)"
    return test + ")"


def _node_kind(v: str, kind: str, shape: str) -> str:
    tests = {"IRI": f"isIRI({v})", "BlankNode": f"isBlank({v})", "Literal": f"isLiteral({v})",
             "BlankNodeOrIRI": f"!isLiteral({v})", "BlankNodeOrLiteral": f"!isIRI({v})",
             "IRIOrLiteral": f"!isBlank({v})"}
    local = kind[len(SH):] if kind.startswith(SH) else None
    if local not in tests:
        raise ShapeError(f"shapes: {shape} has sh:nodeKind {kind}, not a SHACL node kind")
    return tests[local]


def compile_shapes(graph: "rdflib.Graph") -> list[Check]:
    """Every check of every targeted shape of ``graph`` (a SHACL shapes graph).

    Raises :class:`~conflictkg.errors.ShapeError` on a SHACL feature outside the supported subset.

    >>> len(compile_shapes(shapes())) > 50     # doctest: +SKIP
    True
    """
    compiler = _Compiler(graph)
    checks = []
    for shape in compiler.shapes():
        checks += compiler.node_shape(shape, compiler.focus(shape))
    return checks


def _results(check: Check, store: ox.Store) -> Iterator["Violation"]:
    from conflictkg.exports.shacl import Violation

    rows = store.query(check.query, use_default_graph_as_union=True)
    if check.kind == "node":
        # A value conforms to the nested shape if it has no result there at all; like pyshacl
        # (its sh:detail), the nested results are reported too, saying what is wrong.
        inner = [v for c in check.inner for v in _results(c, store)]
        failing = {v.focus for v in inner}
        for row in rows:
            if row["value"].value in failing:
                yield Violation(check.severity, row["this"].value, check.path, row["value"].value, check.message,
                                check.shape)
        yield from inner
        return
    names = [v.value for v in rows.variables]
    for row in rows:
        focus = row["this"].value
        value = row["value"].value if "value" in names and row["value"] is not None else None
        message, path = check.message, check.path
        if check.kind == "sparql":
            # As pyshacl: ?value and ?path bound by the query name the result's value and path;
            # else a node shape's value is the focus node.
            value = focus if value is None and check.path is None else value
            path = row["path"].value if "path" in names and row["path"] is not None else path
            for name in names:
                if row[name] is not None:
                    message = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m, t=row[name].value: t, message)
        yield Violation(check.severity, focus, path, value, message, check.shape)


def run(checks: Iterable[Check], store: ox.Store) -> list["Violation"]:
    """Run compiled checks over every graph of ``store`` (their union); one result per violation."""
    found: list[Violation] = []
    for check in checks:
        found.extend(_results(check, store))
    return list(dict.fromkeys(found))
