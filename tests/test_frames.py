"""pandas frames of a graph, and Parquet read back by pyarrow."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

from conflictkg import exports  # noqa: E402
from conflictkg.cli import main  # noqa: E402
from conflictkg.graph.frames import actors_frame, evidence_frame, relations_frame  # noqa: E402
from conflictkg.graph.kg import KnowledgeGraph  # noqa: E402
from conflictkg.graph.model import Actor, Document, Relation  # noqa: E402
from conflictkg.ontology import QUALIFIERS  # noqa: E402
from relations_helpers import evidence  # noqa: E402

KESTRIA = Actor.create("Kestria", "STATE", external_ids=(("wikidata", "Q0000001"),))
FRONT = Actor.create("Varn Front", "ARMED_GROUP", aliases=("VF", "the Front"))
LUSK = Actor.create("Lusk", "LOCATION")


@pytest.fixture
def kg() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(Document("a", "...", title="Lusk falls", url="https://example.org/a", published="2025-01-10"), [
        Relation(FRONT, "captures", LUSK, date="2025-01", evidence=evidence("a", "The Front took Lusk.")),
        Relation(KESTRIA, "supports", FRONT, negated=True, evidence=evidence("a", "Kestria denied arming the Front.")),
    ])
    kg.add_document(Document("b", "...", published="2025-02-20"), [
        Relation(FRONT, "captures", LUSK, evidence=evidence("b", "Lusk fell to the Front.")),
        Relation(KESTRIA, "designates", FRONT, designation="terrorist organization", former=True,
                 evidence=evidence("b", "Kestria once listed the Front as a terrorist group.")),
    ])
    return kg


def test_relations_frame_has_one_row_per_relation_with_qualifiers_and_dates(kg):
    frame = relations_frame(kg)
    assert len(frame) == 3
    assert set(QUALIFIERS) <= set(frame.columns)
    capture = frame[frame.predicate == "captures"].iloc[0]
    assert (capture.subject, capture.object, capture.sources, capture.evidence) == ("Varn Front", "Lusk", 2, 2)
    assert capture.date == "2025-01" and capture.date_start == pd.Timestamp("2025-01-01")
    assert capture.first_reported == pd.Timestamp("2025-01-10") and capture.last_reported == pd.Timestamp("2025-02-20")
    assert pd.api.types.is_datetime64_any_dtype(frame.first_reported)
    denial = frame[frame.predicate == "supports"].iloc[0]
    assert bool(denial.negated) is True and bool(denial.former) is False
    listing = frame[frame.predicate == "designates"].iloc[0]
    assert listing.designation == "terrorist organization" and bool(listing.former) is True


def test_actors_and_evidence_frames(kg):
    actors = actors_frame(kg).set_index("name")
    assert actors.loc["Varn Front", "aliases"] == ["VF", "the Front"]
    assert actors.loc["Kestria", "id_wikidata"] == "Q0000001"
    assert actors.loc["Lusk", "relations"] == 1
    evidence = evidence_frame(kg)
    assert len(evidence) == 4
    row = evidence[evidence.sentence == "The Front took Lusk."].iloc[0]
    assert (row.document, row.title, row.url) == ("a", "Lusk falls", "https://example.org/a")
    assert row.published == pd.Timestamp("2025-01-10")


def test_empty_graph_gives_empty_frames_with_columns():
    frame = relations_frame(KnowledgeGraph())
    assert frame.empty and "predicate" in frame.columns and "first_reported" in frame.columns


def test_parquet_reads_back_with_pyarrow(kg, tmp_path, capsys):
    saved = exports.write(kg, tmp_path / "g.ttl")
    assert main(["convert", str(saved), str(tmp_path / "r.parquet")]) == 0
    table = pq.read_table(tmp_path / "r.parquet")
    assert table.num_rows == 3
    back = table.to_pandas()
    assert sorted(back.predicate) == ["captures", "designates", "supports"]
    assert back[back.predicate == "captures"].iloc[0].sources == 2
