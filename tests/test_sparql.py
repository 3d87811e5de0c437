"""SPARQL: the named query library on a hand-built graph, and the guards on ad-hoc queries."""

from __future__ import annotations

import csv
import io
import json
import time

import pytest

from conflictkg import exports
from conflictkg.errors import QueryError
from conflictkg.exports import sparql
from conflictkg.exports.sparql import QUERIES, query
from conflictkg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation


def build() -> KnowledgeGraph:
    a = {
        "turkey": Actor.create("Turkey", "STATE", aliases=("Türkiye",)),
        "hts": Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",)),
        "us": Actor.create("United States", "STATE", aliases=("US",)),
        "assad": Actor.create("Assad government", "GOVERNMENT", aliases=("Syrian government",)),
        "russia": Actor.create("Russia", "STATE"),
        "iran": Actor.create("Iran", "STATE"),
        "hezbollah": Actor.create("Hezbollah", "ARMED_GROUP"),
        "sdf": Actor.create("Syrian Democratic Forces", "ARMED_GROUP", aliases=("SDF",)),
        "hama": Actor.create("Hama", "LOCATION"),
        "aleppo": Actor.create("Aleppo", "LOCATION"),
    }

    def rel(s, p, o, doc, sentence="...", **kw):
        return Relation(a[s], p, a[o], evidence=(Evidence(doc, sentence, 0, len(sentence), rule="test"),), **kw)

    kg = KnowledgeGraph()
    kg.add_document(Document("d1", "text one", title="Hama falls", url="https://example.org/1", published="2024-12-06"), [
        rel("turkey", "supports", "hts", "d1", "Turkey backs HTS."),
        rel("us", "supports", "hts", "d1", "The US refused to back HTS.", negated=True),
        rel("hts", "opposes", "assad", "d1"),
        rel("hts", "attacks", "hama", "d1", date="2024-12-04"),
        rel("hts", "captures", "hama", "d1", "HTS captured Hama.", date="2024-12-05"),
        rel("assad", "withdraws_from", "hama", "d1", date="2024-12-05"),
        rel("russia", "allied_with", "assad", "d1"),
        rel("iran", "supports", "assad", "d1", "Iran backs Damascus."),
    ])
    kg.add_document(Document("d2", "text two", title="Second report", published="2024-12-08"), [
        rel("turkey", "supports", "hts", "d2", "Ankara supports HTS."),
        rel("sdf", "attacks", "hts", "d2"),
        rel("hezbollah", "supports", "assad", "d2"),
        rel("iran", "supports", "assad", "d2", "Iran denied backing Damascus.", negated=True),
        rel("hts", "captures", "hama", "d2", "HTS fighters hold Hama.", negated=True),
    ])
    kg.add_document(Document("d3", "text three", title="Aleppo", published="2024-11-30"), [
        rel("hts", "captures", "aleppo", "d3", "HTS took Aleppo."),
        rel("us", "supports", "sdf", "d3"),
    ])
    return kg


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return build()


def column(result, name):
    return [row[result.vars.index(name)] for row in result.rows]


def test_library_is_documented():
    expected = {"supporters", "opponents", "attackers", "actor_relations", "timeline", "allies_of_enemies",
                "contested", "single_source", "sources"}
    assert expected <= set(QUERIES)
    for q in QUERIES.values():
        assert len(q.description) > 20, q.name
        assert all(p.description for p in q.parameters), q.name
        assert q.text.lstrip().startswith("#"), q.name


def test_supporters_leaves_out_denied_support(kg):
    result = query(kg, name="supporters", params={"actor": "Hayat Tahrir al-Sham"})
    assert column(result, "supporterName") == ["Turkey"]
    assert column(result, "sources") == ["2"]


@pytest.mark.parametrize("name", ["HTS", "hts", "Hayat Tahrir al-Sham"])
def test_actor_parameter_matches_a_label_or_alias(kg, name):
    assert column(query(kg, name="supporters", params={"actor": name}), "supporterName") == ["Turkey"]


def test_knowledge_graph_query_api(kg):
    assert column(kg.query(name="supporters", actor="HTS"), "supporterName") == ["Turkey"]


def test_opponents_is_symmetric(kg):
    assert column(query(kg, name="opponents", params={"actor": "Syrian government"}), "opponentName") == ["Hayat Tahrir al-Sham"]
    assert column(query(kg, name="opponents", params={"actor": "HTS"}), "opponentName") == ["Assad government"]


def test_attackers(kg):
    result = query(kg, name="attackers", params={"actor": "Hama"})
    assert column(result, "attackerName") == ["Hayat Tahrir al-Sham"]
    assert column(result, "date") == ["2024-12-04"]
    assert column(query(kg, name="attackers", params={"actor": "HTS"}), "attackerName") == ["Syrian Democratic Forces"]


def test_actor_relations_include_denials_with_their_evidence(kg):
    result = query(kg, name="actor_relations", params={"actor": "US"})
    rows = {(r[0], r[1], r[2], r[3], r[result.vars.index("sentence")]) for r in result.rows}
    assert ("United States", "supports", "Hayat Tahrir al-Sham", "true", "The US refused to back HTS.") in rows
    assert ("United States", "supports", "Syrian Democratic Forces", "false", "...") in rows
    assert set(column(result, "documentId")) == {"d1", "d3"}


def test_timeline_orders_captures_and_withdrawals(kg):
    result = query(kg, name="timeline")
    events = [(r[0], r[1], r[2], r[3], r[4]) for r in result.rows]
    assert events == [
        (None, "2024-11-30", "Hayat Tahrir al-Sham", "captures", "Aleppo"),
        ("2024-12-05", "2024-12-06", "Assad government", "withdraws_from", "Hama"),
        ("2024-12-05", "2024-12-06", "Hayat Tahrir al-Sham", "captures", "Hama"),
    ]
    only_aleppo = query(kg, name="timeline", params={"place": "aleppo"})
    assert column(only_aleppo, "placeName") == ["Aleppo"]
    assert column(query(kg, name="timeline", params={"actor": "Syrian government"}), "event") == ["withdraws_from"]


def test_allies_of_enemies(kg):
    result = query(kg, name="allies_of_enemies", params={"actor": "HTS"})
    found = {(r[result.vars.index("allyName")], r[result.vars.index("link")], r[result.vars.index("enemyName")]) for r in result.rows}
    assert found == {
        ("Russia", "allied_with", "Assad government"),
        ("Hezbollah", "supports", "Assad government"),
        ("Iran", "supports", "Assad government"),
        ("United States", "supports", "Syrian Democratic Forces"),
    }


def test_contested_relations(kg):
    result = query(kg, name="contested")
    rows = [(r[0], r[1], r[2], r[3], r[4]) for r in result.rows]
    assert rows == [
        ("Hayat Tahrir al-Sham", "captures", "Hama", "d1", "d2"),
        ("Iran", "supports", "Assad government", "d1", "d2"),
    ]


def test_single_source_relations(kg):
    result = query(kg, name="single_source")
    pairs = {(r[0], r[1], r[2], r[3]) for r in result.rows}
    assert ("Turkey", "supports", "Hayat Tahrir al-Sham", "false") not in pairs  # two sources
    assert ("United States", "supports", "Hayat Tahrir al-Sham", "true") in pairs
    assert ("Hayat Tahrir al-Sham", "captures", "Aleppo", "false") in pairs
    assert len(result.rows) == len([r for r in kg if len(r.documents) == 1])


def test_sources_of_a_relation(kg):
    result = query(kg, name="sources", params={"subject": "Turkey", "predicate": "supports", "object": "HTS"})
    assert column(result, "documentId") == ["d1", "d2"]
    assert column(result, "sentence") == ["Turkey backs HTS.", "Ankara supports HTS."]
    assert column(result, "url") == ["https://example.org/1", None]
    everything_about_iran = query(kg, name="sources", params={"subject": "Iran"})
    assert column(everything_about_iran, "negated") == ["false", "true"]


def test_parameters_are_bound_as_literals_not_pasted(kg):
    hostile = 'HTS") } } SELECT ?s WHERE { ?s ?p ?o } #'
    result = query(kg, name="supporters", params={"actor": hostile})
    assert result.rows == []
    quoted = query(kg, "SELECT ?x WHERE { BIND(?value AS ?x) }", params={"value": 'a "quoted"\nvalue \\ here'})
    assert result.kind == "SELECT" and quoted.rows == [['a "quoted"\nvalue \\ here']]


def test_parameter_errors(kg):
    with pytest.raises(QueryError, match="needs the parameter actor"):
        query(kg, name="supporters")
    with pytest.raises(QueryError, match="no parameter nme"):
        query(kg, name="supporters", params={"actor": "HTS", "nme": "x"})
    with pytest.raises(QueryError, match="no query named 'supporter'"):
        query(kg, name="supporter")
    with pytest.raises(QueryError, match="either"):
        query(kg, "ASK {}", name="supporters")


@pytest.mark.parametrize("text", [
    "SELECT ?a WHERE { ?a ck:suports ?b }",
    "PREFIX c: <https://w3id.org/conflictkg/ontology#> SELECT ?a WHERE { ?a c:suports ?b }",
    "SELECT ?a WHERE { ?a <https://w3id.org/conflictkg/ontology#suports> ?b }",
    r"SELECT ?a WHERE { ?a <https://w3id.org/conflictkg/ontology#\u0073uports> ?b }",
    "BASE <https://w3id.org/conflictkg/> SELECT ?a WHERE { ?a <ontology#suports> ?b }",
])
def test_unknown_ontology_term_is_an_error_naming_it(kg, text):
    with pytest.raises(QueryError, match=r"ck:suports.*did you mean ck:supports"):
        query(kg, text)


def test_known_terms_in_strings_and_comments_are_not_checked(kg):
    result = query(kg, 'SELECT ?x WHERE { BIND("ck:suports" AS ?x) } # ck:nothing here')
    assert result.rows == [["ck:suports"]]


def test_service_is_refused_unless_allowed(kg):
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE"):
        query(kg, text)
    with pytest.raises(QueryError, match="SERVICE"):
        query(kg, text.replace("SERVICE", "service"))
    with pytest.raises(QueryError) as info:  # allowed: the engine tries, and fails on the closed port
        query(kg, text, allow_service=True)
    assert "refused (allow it" not in str(info.value)


def test_running_time_is_bounded(kg):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    start = time.monotonic()
    with pytest.raises(QueryError, match="time limit"):
        query(kg, slow, timeout=1)
    assert time.monotonic() - start < 15


def test_syntax_error_is_a_query_error(kg):
    with pytest.raises(QueryError):
        query(kg, "SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError, match="not a SPARQL query"):
        query(kg, "DROP ALL")


def test_select_serialises_as_sparql_json_and_csv(kg):
    result = query(kg, name="supporters", params={"actor": "HTS"})
    data = json.loads(result.serialize("json"))
    assert data["head"]["vars"] == result.vars
    assert data["results"]["bindings"][0]["supporterName"]["value"] == "Turkey"
    rows = list(csv.reader(io.StringIO(result.serialize("csv"))))
    assert rows[0] == result.vars and rows[1][1] == "Turkey"


def test_ask_construct_and_describe(kg):
    ask = query(kg, "ASK { ?a ck:supports ?b }")
    assert ask.kind == "ASK" and ask.boolean is True
    assert json.loads(ask.serialize("json"))["boolean"] is True
    construct = query(kg, "CONSTRUCT { ?a ck:supports ?b } WHERE { ?a ck:supports ?b }")
    assert construct.kind == "CONSTRUCT" and construct.vars == ["subject", "predicate", "object"]
    assert len(construct.rows) == 4 and len(construct.graph) == 4
    assert "ck:supports" in construct.serialize("turtle")
    assert len(list(csv.reader(io.StringIO(construct.serialize("csv"))))) == 5
    assert len(json.loads(construct.serialize("json"))["results"]["bindings"]) == 4
    describe = query(kg, "DESCRIBE ?a WHERE { ?a rdfs:label \"Hama\" }")
    assert describe.kind == "DESCRIBE" and describe.rows
    with pytest.raises(QueryError):
        ask.serialize("turtle")


def test_construct_with_parameters(kg):
    result = query(kg, "CONSTRUCT { ?a ck:supports ?b } WHERE { ?b rdfs:label ?name . ?a ck:supports ?b }",
                   params={"name": "Hayat Tahrir al-Sham"})
    assert len(result.rows) == 1


@pytest.mark.parametrize("name", exports.available(rdf_only=True))
def test_query_a_saved_graph_in_every_format(kg, tmp_path, name):
    path = exports.write(kg, tmp_path / f"graph{exports.get(name).extensions[0]}")
    assert column(query(path, name="supporters", params={"actor": "HTS"}), "supporterName") == ["Turkey"]
    assert column(query(str(path), name="contested"), "predicate") == ["captures", "supports"]


def test_query_an_rdflib_dataset_and_without_a_time_limit(kg):
    ds = kg.to_rdf()
    assert query(ds, "ASK { ?a ck:captures ?b }", timeout=None).boolean is True


def test_check_query_reports_the_form():
    assert sparql.check_query("PREFIX x: <http://x/> DESCRIBE <http://x/a>") == "DESCRIBE"


def test_in_process_and_worker_results_agree(kg):
    worker = query(kg, name="sources", params={"subject": "Turkey"})
    local = query(kg, name="sources", params={"subject": "Turkey"}, timeout=None)
    assert worker.vars == local.vars and worker.rows == local.rows
    assert json.loads(worker.serialize("json")) == json.loads(local.serialize("json"))
    assert worker.serialize("csv") == local.serialize("csv")


# -- memory, and SERVICE found by parsing ----------------------------------------------
CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SORTED_CROSS_JOIN = CROSS_JOIN + " ORDER BY ?a ?c ?f ?i ?l"


def wide_graph(path, n: int = 600):
    """``n`` distinct triples, about the size of the bundled sample: a 4-way cross join has n**4 rows."""
    path.write_text("".join(f"<http://example.org/s{i % 37}> <http://example.org/p{i % 7}> \"v{i}\" .\n" for i in range(n)))
    return path


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { OPTIONAL { SeRvIcE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
    "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",  # \u escapes are expanded before parsing
    "SELECT * WHERE { ?s ?p ?o . FILTER EXISTS { SERVICE ?endpoint { ?s ?p ?o } } }",
])
def test_service_is_found_by_parsing(text):
    assert sparql.uses_service(text)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",
    "SELECT ?service WHERE { ?service <http://example.org/SERVICE> ?o }",
])
def test_service_in_strings_comments_and_names_is_not_a_service(kg, text):
    assert not sparql.uses_service(text)
    query(kg, text)  # not refused


def test_memory_is_bounded(tmp_path):
    start = time.monotonic()
    with pytest.raises(QueryError, match="memory limit of 200 MiB"):
        query(wide_graph(tmp_path / "g.nt"), SORTED_CROSS_JOIN, timeout=60, max_memory="200M")
    assert time.monotonic() - start < 60  # stopped by the memory bound, not the time bound


def test_memory_limit_must_be_a_size(kg):
    with pytest.raises(Exception, match="memory limit 'lots'"):
        query(kg, "ASK {}", max_memory="lots")


def test_knowledge_graph_query_takes_the_limits(kg):
    with pytest.raises(QueryError, match="time limit of 1 s"):
        kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
                 timeout=1, max_memory="1G")


@pytest.mark.parametrize("text, limit", [(CROSS_JOIN, "time limit of 3 s"), (SORTED_CROSS_JOIN, "memory limit of 300 MiB")])
def test_cli_query_stops_a_runaway_query_with_one_line(tmp_path, text, limit):
    import subprocess
    import sys

    graph = wide_graph(tmp_path / "g.nt")
    done = subprocess.run([sys.executable, "-m", "conflictkg", "query", str(graph), text, "--timeout", "3", "--max-memory", "300M"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    # Under load either limit may be reached first; what matters is that one stops it, in one line.
    assert len(lines) == 1 and (limit in lines[0] or "limit of" in lines[0]), done.stderr
