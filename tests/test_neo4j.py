"""The Neo4j import folder: neo4j-admin headers, labels per type, a relationship type per predicate."""

from __future__ import annotations

import csv
import re

import pytest

from conflictkg import exports
from conflictkg.cli import main
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Relation
from relations_helpers import evidence

KESTRIA = Actor.create("Kestria", "STATE", aliases=("Kestrian government", "the; odd alias"),
                       external_ids=(("wikidata", "Q0000001"),))
FRONT = Actor.create("Varn Front", "ARMED_GROUP", aliases=("VF",))
LUSK = Actor.create("Lusk", "LOCATION")


@pytest.fixture
def kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(Document("a", "...", published="2025-01-10"), [
        Relation(FRONT, "captures", LUSK, date="2025-01", evidence=evidence("a", "The Front took Lusk.")),
        Relation(KESTRIA, "supports", FRONT, negated=True, evidence=evidence("a", "Kestria denied arming the Front.")),
        Relation(KESTRIA, "supports", FRONT, modality="alleged", evidence=evidence("a", "Kestria allegedly armed the Front.")),
    ])
    return kg


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_nodes_and_relationships_files(kg, tmp_path):
    out = tmp_path / "neo4j"
    exports.write(kg, str(out) + "/")
    names = sorted(p.name for p in out.iterdir())
    assert names == ["import.sh", "load.cypher", "nodes_ArmedGroup.csv", "nodes_Location.csv", "nodes_State.csv",
                     "relationships_CAPTURES.csv", "relationships_NOT_SUPPORTS.csv", "relationships_SUPPORTS.csv"]
    (state,) = rows(out / "nodes_State.csv")
    assert state["id:ID"] == KESTRIA.id and state[":LABEL"] == "Actor;State"
    assert state["aliases:string[]"].split(";") == ["Kestrian government", "the, odd alias"]  # no stray split
    assert state["ids:string[]"] == "wikidata:Q0000001"
    (denial,) = rows(out / "relationships_NOT_SUPPORTS.csv")
    assert (denial[":START_ID"], denial[":END_ID"], denial[":TYPE"]) == (KESTRIA.id, FRONT.id, "NOT_SUPPORTS")
    assert denial["negated:boolean"] == "true"
    (claim,) = rows(out / "relationships_SUPPORTS.csv")
    assert claim["modality:string"] == "alleged" and claim["negated:boolean"] == "false"
    (capture,) = rows(out / "relationships_CAPTURES.csv")
    assert capture["date:string"] == "2025-01" and capture["sources:int"] == "1"
    # Every id a relationship points at is a node.
    ids = {r["id:ID"] for p in out.glob("nodes_*.csv") for r in rows(p)}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for p in out.glob("relationships_*.csv") for r in rows(p))


def test_import_script_and_cypher_name_every_file(kg, tmp_path):
    out = tmp_path / "neo4j"
    exports.write(kg, out, "neo4j")
    script = (out / "import.sh").read_text()
    cypher = (out / "load.cypher").read_text()
    for p in out.glob("*.csv"):
        assert f"={p.name} " in script and f"'file:///{p.name}'" in cypher
    assert "neo4j-admin database import full" in script
    assert re.search(r"CREATE \(s\)-\[:NOT_SUPPORTS \{negated: toBoolean", cypher)
    # Column names with a colon are quoted with backticks in Cypher.
    assert "row.`id:ID`" in cypher and "row.id:ID" not in cypher


def test_rewriting_replaces_the_folder_whole(kg, tmp_path, capsys):
    saved = exports.write(kg, tmp_path / "g.ttl")
    out = tmp_path / "neo4j"
    out.mkdir()
    (out / "stale.csv").write_text("old")
    assert main(["convert", str(saved), str(out) + "/"]) == 0
    assert not (out / "stale.csv").exists() and (out / "nodes_State.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
    (tmp_path / "file").write_text("x")
    assert main(["convert", str(saved), str(tmp_path / "file"), "--format", "neo4j"]) == 2
    assert "not a folder" in capsys.readouterr().err
