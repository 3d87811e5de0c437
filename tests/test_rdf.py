"""RDF exports: every format, the round trip, the graph design, and safe reading of untrusted files."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from conflictkg import exports
from conflictkg.errors import FormatError, InputError, RDFParseError
from conflictkg.exports import rdf
from conflictkg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.ontology import PREDICATES, data_path
from conflictkg.ontology.namespace import CK, RDF, segment

RDF_FORMATS = exports.available(rdf_only=True)
EXTENSION = {name: exports.get(name).extensions[0] for name in RDF_FORMATS}
RDFLIB_FORMAT = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "json-ld": "json-ld", "xml": "xml"}


def build() -> KnowledgeGraph:
    """Two documents; a negated relation; qualifiers; a symmetric relation; awkward text."""
    turkey = Actor.create("Turkey", "STATE", aliases=("Türkiye", "Ankara's \"government\""),
                          external_ids=(("iso3166-alpha3", "TUR"), ("wikidata", "Q43")))
    hts = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS", "<script>alert('x')</script>", "هيئة تحرير الشام"))
    us = Actor.create("United States", "STATE", aliases=("US",))
    assad = Actor.create("Assad government", "GOVERNMENT")
    hama = Actor.create("Hama", "LOCATION")
    aq = Actor.create("al-Qaeda", "ARMED_GROUP")
    odd = Actor("id with spaces/and ü", "Odd \\ name\nwith newline", "PERSON")
    text1 = "Turkey backs HTS. The US refused to back HTS. HTS captured Hama on 5 December."
    kg = KnowledgeGraph()
    kg.graph.graph["extracted_at"] = "2024-12-07T10:00:00+00:00"
    kg.add_document(Document(id="doc1", text=text1, title='Fall of "Hama" <b>', url="https://example.org/a?b=1&c=<2>",
                             published="2024-12-06", source="/data/hama.txt"), [
        Relation(turkey, "supports", hts, confidence=0.85, rule="verb:active",
                 evidence=(Evidence("doc1", "Turkey backs HTS.", 0, 17, rule="verb:active", confidence=0.85),)),
        Relation(us, "supports", hts, negated=True, rule="neg:refuse",
                 evidence=(Evidence("doc1", "The US refused to back HTS.", 18, 45, rule="neg:refuse"),)),
        Relation(hts, "captures", hama, date="2024-12-05", rule="verb",
                 evidence=(Evidence("doc1", "HTS captured Hama on 5 December.", 46, 79, rule="verb"),)),
        Relation(hts, "opposes", assad, modality="reported", attributed_to="Reuters",
                 evidence=(Evidence("doc1", "HTS captured Hama on 5 December.", 46, 79),)),
        Relation(hts, "affiliated_with", aq, former=True, date="2016",
                 evidence=(Evidence("doc1", "HTS, previously affiliated with al-Qaeda", 0, 40, rule="appos"),)),
        Relation(us, "designates", hts, designation="terrorist organization", date="2018-05",
                 evidence=(Evidence("doc1", "designated as a terrorist group by the US in 2018", 0, 50),)),
    ])
    kg.add_document(Document(id="doc 2/ü", text="Ankara supports HTS; Hama fell.", title="Second"), [
        Relation(turkey, "supports", hts, rule="verb:active",
                 evidence=(Evidence("doc 2/ü", "Ankara supports HTS; Hama fell.", 0, 31, rule="metonym", confidence=0.7),)),
        Relation(odd, "leads", hts, evidence=(Evidence("doc 2/ü", "x", 0, 1),)),
    ])
    kg.add_relation(Relation(assad, "allied_with", Actor.create("Iran", "STATE")))  # no evidence at all
    kg.add_relation(Relation(hts, "condemns", us, evidence=(Evidence("ghost", "not a described document", 5, 9),)))
    kg.add_actor(Actor("same-name", "Same", "IGO", aliases=("Same", "Other")))  # an alias equal to the name
    return kg


def snapshot(kg: KnowledgeGraph):
    actors = sorted((a.id, a.name, a.type, a.aliases, a.external_ids) for a in kg.actors())
    relations = sorted(((r.key, r) for r in kg), key=lambda x: x[0])
    return kg.documents, actors, relations, kg.graph.graph.get("extracted_at")


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return build()


@pytest.fixture(scope="module")
def files(kg, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rdf")
    out = {}
    for name in RDF_FORMATS:
        out[name] = exports.write(kg, folder / f"graph{EXTENSION[name]}")
    return out


def test_every_rdf_format_is_registered():
    assert set(RDF_FORMATS) >= {"turtle", "nt", "nquads", "trig", "json-ld", "xml"}
    assert exports.for_path("g.json-ld").name == "json-ld"
    assert exports.for_path("g.rdf").name == "xml"
    assert all(exports.get(n).read is not None for n in RDF_FORMATS)


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_round_trip_loses_nothing(kg, files, name):
    back = exports.read(files[name])
    assert snapshot(back) == snapshot(kg)
    assert back.relations(predicate="supports", negated=True)[0].subject.name == "United States"


def test_reader_builds_the_networkx_graph_add_relation_builds(kg, files):
    back = rdf.read_graph(files["nquads"])
    edges = lambda g: sorted((u, v, k, sorted(d.items(), key=repr)) for u, v, k, d in g.graph.edges(keys=True, data=True))  # noqa: E731
    nodes = lambda g: sorted((n, sorted(d.items(), key=repr)) for n, d in g.graph.nodes(data=True))  # noqa: E731
    assert edges(back) == edges(kg)
    assert nodes(back) == nodes(kg)


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_from_rdf_and_read_graph_agree(kg, files, name):
    assert snapshot(KnowledgeGraph.from_rdf(files[name])) == snapshot(rdf.read_graph(files[name], name))


@pytest.mark.parametrize("name", RDF_FORMATS)
def test_every_format_parses_with_pyoxigraph_and_rdflib_to_the_same_triples(files, name):
    reference = {q.triple for q in ox.parse(path=files["nt"])}
    assert {q.triple for q in ox.parse(path=files[name])} == reference
    ds = rdflib.Dataset()
    ds.parse(files[name], format=RDFLIB_FORMAT[name])
    with_rdflib = {(s.n3(), p.n3(), o.n3()) for s, p, o, _ in ds.quads((None, None, None, None))}
    as_ntriples = {(str(t.subject), str(t.predicate), str(t.object)) for t in reference}
    assert len(with_rdflib) == len(as_ntriples)
    plain = rdflib.Graph().parse(files["nt"], format="nt")
    assert {(s.n3(), p.n3(), o.n3()) for s, p, o in plain} == with_rdflib


def test_dataset_formats_have_one_named_graph_per_document_and_no_triple_twice(kg, files):
    quads = list(ox.parse(path=files["nquads"]))
    graphs = {q.graph_name.value for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert graphs == {rdf.graph_iri(e.document_id) for r in kg for e in r.evidence} == {rdf.graph_iri(d) for d in ("doc1", "doc 2/ü", "ghost")}
    assert len({q.triple for q in quads}) == len(quads)
    assert {q for q in ox.parse(path=files["trig"])} == set(quads)
    assert {q for q in ox.parse(path=files["json-ld"])} == set(quads)
    # Each evidence node lives in the graph of its document.
    for q in quads:
        if q.predicate.value == str(CK.document):
            assert q.graph_name.value == q.object.value.replace("/document/", "/graph/")


def test_negated_relation_is_a_node_and_never_a_direct_triple(kg):
    ds = rdf.to_dataset(kg)
    us = rdflib.URIRef(rdf.actor_iri(kg.actor("United States").id))
    hts = rdflib.URIRef(rdf.actor_iri(kg.actor("HTS").id))
    turkey = rdflib.URIRef(rdf.actor_iri(kg.actor("Turkey").id))
    assert (us, CK.supports, hts) not in ds
    assert (turkey, CK.supports, hts) in ds
    denied = [n for n in ds.subjects(CK.negated, rdflib.Literal(True))]
    assert len(denied) == 1
    assert ds.value(denied[0], RDF.subject) == us and ds.value(denied[0], RDF.predicate) == CK.supports
    assert ds.value(denied[0], RDF.type) == CK.Relation


def test_direct_triples_use_the_predicate_name_and_symmetric_ones_go_both_ways(kg):
    ds = rdf.to_dataset(kg)
    hts = rdflib.URIRef(rdf.actor_iri(kg.actor("HTS").id))
    assad = rdflib.URIRef(rdf.actor_iri(kg.actor("Assad government").id))
    assert (hts, CK.opposes, assad) in ds and (assad, CK.opposes, hts) in ds
    assert str(CK.supports).endswith("#supports") and str(CK.withdraws_from).endswith("#withdraws_from")
    assert all(str(CK[p]).endswith(p) for p in PREDICATES)


def test_to_dataset_is_an_rdflib_dataset_with_provenance(kg):
    ds = rdf.to_dataset(kg)
    assert isinstance(ds, rdflib.Dataset)
    named = {g.identifier for g in ds.graphs() if isinstance(g.identifier, rdflib.URIRef)}
    assert {rdflib.URIRef(rdf.graph_iri(d)) for d in kg.documents} <= named
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    docs = set(ds.subjects(RDF.type, prov.Entity))
    assert {rdflib.URIRef(rdf.document_iri(d)) for d in kg.documents} <= docs
    activity = next(ds.subjects(RDF.type, prov.Activity))
    assert str(ds.value(activity, prov.endedAtTime)) == "2024-12-07T10:00:00+00:00"
    agent = ds.value(activity, prov.wasAssociatedWith)
    assert str(ds.value(agent, rdflib.URIRef("http://schema.org/softwareVersion")))
    # Evidence carries the sentence, its offsets, its document and rule.
    rows = list(ds.query("""
        SELECT ?sentence ?start ?end ?doc WHERE {
          ?r ck:negated true ; ck:evidence ?e . ?e ck:sentence ?sentence ; ck:start ?start ; ck:end ?end ; ck:document ?doc }"""))
    assert [(str(r[0]), int(r[1]), int(r[2])) for r in rows] == [("The US refused to back HTS.", 18, 45)]


def test_iris_are_minted_from_ids_not_text(kg, files):
    nodes = {t.subject.value for t in (q.triple for q in ox.parse(path=files["nt"]))}
    odd = next(a for a in kg.actors() if a.type == "PERSON")
    assert rdf.actor_iri(odd.id) in nodes
    assert rdf.actor_iri(odd.id).endswith(segment(odd.id))
    for iri in nodes:
        assert " " not in iri and "\n" not in iri and "<" not in iri
        assert iri.startswith("https://w3id.org/conflictkg/")


def test_json_ld_inlines_the_shipped_context(files):
    doc = json.loads(files["json-ld"].read_text(encoding="utf-8"))
    shipped = json.loads(data_path("context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == shipped["@context"]


def test_json_ld_naming_our_context_iri_uses_the_shipped_copy(files, tmp_path):
    doc = json.loads(files["json-ld"].read_text(encoding="utf-8"))
    doc["@context"] = "https://w3id.org/conflictkg/context.jsonld"
    path = tmp_path / "named.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert snapshot(rdf.read_graph(path)) == snapshot(rdf.read_graph(files["json-ld"]))


# -- untrusted input ---------------------------------------------------------------
class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        body = json.dumps({"@context": {"name": "http://schema.org/name"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def context_server():
    _Counter.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/context.jsonld", _Counter.hits
    server.shutdown()


def test_json_ld_remote_context_is_never_fetched(tmp_path, context_server):
    url, hits = context_server
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": url, "@id": "http://example.org/x", "name": "x"}))
    with pytest.raises(RDFParseError, match="remote.jsonld"):
        rdf.read_graph(path)
    assert hits == []


def test_json_ld_file_context_is_never_read(tmp_path):
    ctx = tmp_path / "ctx.jsonld"
    ctx.write_text(json.dumps({"@context": {"name": "http://schema.org/name"}}))
    path = tmp_path / "local.jsonld"
    path.write_text(json.dumps({"@context": ctx.as_uri(), "@id": "http://example.org/x", "name": "x"}))
    with pytest.raises(RDFParseError, match="local.jsonld"):
        rdf.read_graph(path)
    with pytest.raises(RDFParseError):
        list(rdf.load_quads(path))


def _finishes(fn, seconds: float = 20.0):
    """Run ``fn`` in a thread; return its exception, failing if it is still running after ``seconds``."""
    box = {}

    def run():
        try:
            fn()
        except BaseException as e:  # noqa: BLE001
            box["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    start = time.monotonic()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return box.get("error"), time.monotonic() - start


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&h;</ex:p></rdf:Description>
</rdf:RDF>
"""


def test_rdf_xml_entity_expansion_is_refused_quickly(tmp_path):
    path = tmp_path / "laughs.rdf"
    path.write_text(BILLION_LAUGHS)
    assert len(BILLION_LAUGHS) < 2000
    for attempt in (lambda: rdf.read_graph(path), lambda: list(rdf.load_quads(path)), lambda: rdf.load_store(path)):
        error, _ = _finishes(attempt)
        assert isinstance(error, RDFParseError) and "laughs.rdf" in str(error) and "entity" in str(error)


def test_rdf_xml_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    path = tmp_path / "xxe.xml"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY s SYSTEM "{secret.as_uri()}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&s;</ex:p></rdf:Description>
</rdf:RDF>
""")
    with pytest.raises(RDFParseError, match="xxe.xml"):
        rdf.read_graph(path)


@pytest.mark.parametrize("name, content, message", [
    ("broken.ttl", "<http://a> <http://b> .", "broken.ttl"),
    ("broken.nt", "not n-triples at all\n", "broken.nt"),
    ("broken.jsonld", "{\"@id\": ", "broken.jsonld"),
    ("broken.rdf", "<rdf:RDF", "broken.rdf"),
    ("foreign.ttl", "<http://a> <http://b> <http://c> .", "no conflictkg"),
    ("badpred.ttl", """@prefix ck: <https://w3id.org/conflictkg/ontology#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <https://w3id.org/conflictkg/actor/a> a ck:State ; <http://www.w3.org/2000/01/rdf-schema#label> "A" .
        <https://w3id.org/conflictkg/relation/r> a ck:Relation ; rdf:subject <https://w3id.org/conflictkg/actor/a> ;
            rdf:object <https://w3id.org/conflictkg/actor/a> ; rdf:predicate ck:likes .""", "unknown predicate"),
    ("dangling.ttl", """@prefix ck: <https://w3id.org/conflictkg/ontology#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <https://w3id.org/conflictkg/relation/r> a ck:Relation ; rdf:subject <https://w3id.org/conflictkg/actor/a> ;
            rdf:object <https://w3id.org/conflictkg/actor/b> ; rdf:predicate ck:supports .""", "not described"),
])
def test_bad_input_raises_rdf_parse_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RDFParseError, match=message) as info:
        rdf.read_graph(path)
    assert name in str(info.value)


def test_convert_between_formats(kg, files, tmp_path):
    out = rdf.convert(files["turtle"], tmp_path / "graph.jsonld")
    assert snapshot(rdf.read_graph(out)) == snapshot(kg)
    csv_out = rdf.convert(files["xml"], tmp_path / "relations.csv")
    assert csv_out.read_text(encoding="utf-8").startswith("subject,")


def test_unwritable_text_is_an_input_error(tmp_path):
    kg = KnowledgeGraph()
    a, b = Actor.create("A", "STATE"), Actor.create("B", "STATE")
    kg.add_relation(Relation(a, "supports", b, evidence=(Evidence("d", "bad \ud800 text", 0, 3),)))
    for name in RDF_FORMATS:
        with pytest.raises(InputError, match="surrogate"):
            exports.write(kg, tmp_path / f"bad{EXTENSION[name]}")
    assert list(tmp_path.iterdir()) == []


def test_missing_file_directory_and_unknown_extension(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        rdf.read_graph(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="directory"):
        rdf.read_graph(tmp_path)
    (tmp_path / "graph.html").write_text("<html>")
    with pytest.raises(FormatError):
        rdf.read_graph(tmp_path / "graph.html")


def test_empty_graph_round_trips(tmp_path):
    kg = KnowledgeGraph()
    for name in RDF_FORMATS:
        path = exports.write(kg, tmp_path / f"empty{EXTENSION[name]}")
        back = exports.read(path)
        assert len(back) == 0 and back.actors() == [] and back.documents == {}


def test_writes_are_atomic(kg, tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old")

    def boom(*args, **kwargs):
        yield "@prefix partial"
        raise RuntimeError("disk full")

    monkeypatch.setattr(rdf, "_turtle", boom)
    with pytest.raises(RuntimeError):
        exports.write(kg, path)
    assert path.read_text() == "old"
    assert list(tmp_path.iterdir()) == [path]


def test_evidence_position_counts_within_its_document_and_reads_back_in_join_order(tmp_path):
    turkey, hts = Actor.create("Turkey", "STATE"), Actor.create("HTS", "ARMED_GROUP")
    kg = KnowledgeGraph()
    for doc, sentences in (("doc-b", ["B one.", "B two."]), ("doc-a", ["A one.", "A two.", "A three."])):
        kg.add_relation(Relation(turkey, "supports", hts, evidence=tuple(
            Evidence(doc, s, i * 10, i * 10 + len(s), "r", 0.6) for i, s in enumerate(sentences))))
    rel = kg.relations()[0]
    assert [e.sentence for e in rel.evidence] == ["A one.", "A two.", "A three.", "B one.", "B two."]
    store = rdf.to_store(kg)
    positions = {q.subject.value: int(q.object.value) for q in store.quads_for_pattern(None, ox.NamedNode(str(CK.position)), None, None)}
    by_sentence = {ev.sentence: positions[rdf.evidence_iri(rel, ev)] for ev in rel.evidence}
    assert by_sentence == {"A one.": 0, "A two.": 1, "A three.": 2, "B one.": 0, "B two.": 1}
    for format in ("turtle", "trig"):
        path = rdf.write(kg, tmp_path / f"g.{EXTENSION[format]}", format)
        assert rdf.read_graph(path).relations()[0].evidence == rel.evidence
