"""GraphML and GEXF read back by networkx (and the GEXF by a plain XML parser) lose nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from conflictkg import exports
from conflictkg.cli import main
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Relation
from relations_helpers import evidence

KESTRIA = Actor.create("Kestria", "STATE", aliases=("Kestrian government",), external_ids=(("wikidata", "Q0000001"),))
FRONT = Actor.create("Front <of> \"Varn\" & Lusk", "ARMED_GROUP", aliases=("FVL", "the Front"))
LUSK = Actor.create("Lusk", "LOCATION")


@pytest.fixture
def kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.graph.graph["extracted_at"] = "2025-03-04T10:00:00+00:00"
    kg.add_document(Document("a", "...", published="2025-01-10"), [
        Relation(FRONT, "captures", LUSK, date="2025-01-09", evidence=evidence("a", "The Front took Lusk.")),
        Relation(KESTRIA, "supports", FRONT, negated=True, evidence=evidence("a", "Kestria denied arming the Front.")),
    ])
    kg.add_document(Document("b", "...", published="2025-02-20"), [
        Relation(FRONT, "captures", LUSK, evidence=evidence("b", "Lusk fell to the Front.")),
        Relation(KESTRIA, "attacks", FRONT, modality="alleged", evidence=evidence("b", "Kestria allegedly bombed the Front.")),
    ])
    return kg


def test_graphml_round_trips_actors_and_relations(kg, tmp_path):
    path = exports.write(kg, tmp_path / "g.graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 3
    front = g.nodes[FRONT.id]
    assert front["label"] == FRONT.name and front["type"] == "ARMED_GROUP"
    assert front["aliases"].split(" | ") == list(FRONT.aliases)
    assert g.nodes[KESTRIA.id]["id_wikidata"] == "Q0000001"
    (capture,) = g.get_edge_data(FRONT.id, LUSK.id).values()
    assert capture["predicate"] == "captures" and capture["negated"] is False
    assert capture["sources"] == 2 and capture["date"] == "2025-01-09"
    assert (capture["first_reported"], capture["last_reported"]) == ("2025-01-10", "2025-02-20")
    edges = {(d["predicate"], d["negated"]): d for _, _, d in g.edges(data=True)}
    assert edges[("supports", True)]["label"] == "NOT supports"
    assert edges[("attacks", False)]["modality"] == "alleged"


def test_gexf_carries_reporting_periods_as_spells(kg, tmp_path):
    path = exports.write(kg, tmp_path / "g.gexf")
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == 3 and g.number_of_edges() == 3
    assert g.graph["mode"] == "dynamic"
    # A second parser: the spells Gephi's timeline reads.
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    assert graph.get("timeformat") == "date"
    spells = {}
    for edge in graph.iter("{http://www.gexf.net/1.2draft}edge"):
        (spell,) = edge.findall("g:spells/g:spell", ns)
        spells[edge.get("label")] = (spell.get("start"), spell.get("end"))
    assert spells == {"captures": ("2025-01-10", "2025-02-20"), "NOT supports": ("2025-01-10", "2025-01-10"),
                      "attacks": ("2025-02-20", "2025-02-20")}
    labels = {n.get("label") for n in graph.iter("{http://www.gexf.net/1.2draft}node")}
    assert FRONT.name in labels  # markup characters escaped, not lost
    assert root.find("g:meta", ns).get("lastmodifieddate") == "2025-03-04"


def test_gexf_and_graphml_are_byte_identical_across_runs(kg, tmp_path):
    for ext in ("gexf", "graphml"):
        a = exports.write(kg, tmp_path / f"a.{ext}").read_bytes()
        b = exports.write(kg, tmp_path / f"b.{ext}").read_bytes()
        assert a == b


def test_convert_writes_both_from_a_saved_graph(kg, tmp_path, capsys):
    saved = exports.write(kg, tmp_path / "g.ttl")
    for ext in ("graphml", "gexf"):
        assert main(["convert", str(saved), str(tmp_path / f"out.{ext}")]) == 0
    g = nx.read_graphml(tmp_path / "out.graphml", force_multigraph=True)
    assert {d["predicate"] for _, _, d in g.edges(data=True)} == {"captures", "supports", "attacks"}
