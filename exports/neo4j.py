"""Neo4j: CSV files for ``neo4j-admin database import`` and a Cypher script for ``LOAD CSV``.

A folder format: ``conflictkg convert graph.ttl neo4j/`` writes

* ``nodes_<Type>.csv`` -- one file per actor type; every node is an ``:Actor`` and
  carries its type's label (``:State``, ``:ArmedGroup``...); aliases are a string array;
* ``relationships_<PREDICATE>.csv`` -- one file per relationship type; a negated
  relation is its own type, ``NOT_<PREDICATE>`` (and ``negated: true``), so a query for
  ``:SUPPORTS`` never returns a denial;
* ``import.sh`` (the ``neo4j-admin`` command) and ``load.cypher`` (the same files
  through ``LOAD CSV``, for a running database).

The headers are neo4j-admin's (``id:ID``, ``:START_ID``, ``confidence:double``...);
``load.cypher`` reads the same files, naming those columns with backticks.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from conflictkg.errors import InputError
from conflictkg.exports import Exporter, register
from conflictkg.files import swap_folder
from conflictkg.ontology import ENTITY_TYPES, QUALIFIERS
from conflictkg.ontology.namespace import type_class

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["neo4j_files"]

ARRAY_DELIMITER = ";"
_NODE_HEADER = ["id:ID", "name", "type", "aliases:string[]", "ids:string[]", ":LABEL"]
_NEO4J_TYPES = {"boolean": "boolean", "string": "string", "date": "string"}  # partial dates stay text
_REL_HEADER = [":START_ID", ":END_ID", ":TYPE", "negated:boolean", "confidence:double",
               *(f"{name}:{_NEO4J_TYPES[q.datatype]}" for name, q in QUALIFIERS.items()),
               "sources:int", "documents:string[]", "evidence:string[]", "rule"]


def _label(type_name: str) -> str:
    return str(type_class(type_name)).rsplit("#", 1)[-1]  # the ontology's class: ARMED_GROUP -> ArmedGroup


def _rel_type(predicate: str, negated: bool) -> str:
    return ("NOT_" if negated else "") + predicate.upper()


def _array(values) -> str:
    # neo4j-admin splits arrays on the delimiter; one inside a value would split it.
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in values)


def _csv(header: list[str], rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    # Values stay as stated (no spreadsheet apostrophe, as in relations.csv): these files are
    # for the database's importer, which would keep the apostrophe.
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue()


def neo4j_files(kg: "KnowledgeGraph") -> dict[str, str]:
    """The files of the import folder, by name."""
    files: dict[str, str] = {}
    nodes: dict[str, list[list]] = {}
    for actor in sorted(kg.actors(), key=lambda a: a.id):
        labels = _array(["Actor", _label(actor.type)])
        nodes.setdefault(actor.type, []).append([
            actor.id, actor.name, actor.type, _array(actor.aliases),
            _array(f"{scheme}:{value}" for scheme, value in actor.external_ids), labels])
    for type_name in ENTITY_TYPES:
        if type_name in nodes:
            files[f"nodes_{_label(type_name)}.csv"] = _csv(_NODE_HEADER, nodes[type_name])
    rels: dict[str, list[list]] = {}
    for rel in sorted(kg.relations(), key=lambda r: (r.predicate, r.negated, r.subject.id, r.object.id)):
        qualifiers = rel.qualifiers()
        kind = _rel_type(rel.predicate, rel.negated)
        rels.setdefault(kind, []).append([
            rel.subject.id, rel.object.id, kind, str(rel.negated).lower(), rel.confidence,
            *(_value(qualifiers.get(name)) for name in QUALIFIERS),
            len(rel.documents), _array(rel.documents), _array(e.sentence for e in rel.evidence), rel.rule])
    for kind in sorted(rels):
        files[f"relationships_{kind}.csv"] = _csv(_REL_HEADER, rels[kind])
    files["import.sh"] = _import_script(files)
    files["load.cypher"] = _cypher(files)
    return files


def _value(value):
    return str(value).lower() if isinstance(value, bool) else value


def _import_script(files: dict[str, str]) -> str:
    args = [f"    --nodes={name} \\" for name in files if name.startswith("nodes_")]
    args += [f"    --relationships={name} \\" for name in files if name.startswith("relationships_")]
    return "\n".join([
        "#!/bin/sh",
        "# Run in this folder with the database stopped; replaces the database named below (default: neo4j).",
        "set -e",
        f'neo4j-admin database import full --array-delimiter="{ARRAY_DELIMITER}" --overwrite-destination \\',
        *args,
        '    "${1:-neo4j}"',
        "",
    ])


def _cypher(files: dict[str, str]) -> str:
    lines = [
        "// Load the CSV files of this folder into a running database: copy them into its import/",
        "// folder, then run this script (cypher-shell -f load.cypher).",
        "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;",
    ]
    for name in files:
        if name.startswith("nodes_"):
            label = name[len("nodes_"):-len(".csv")]
            lines.append(
                f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row\n"
                f"MERGE (a:Actor {{id: row.`id:ID`}})\n"
                f"SET a:{label}, a.name = row.name, a.type = row.type,\n"
                f"    a.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '{ARRAY_DELIMITER}') END,\n"
                f"    a.ids = CASE row.`ids:string[]` WHEN '' THEN [] ELSE split(row.`ids:string[]`, '{ARRAY_DELIMITER}') END;")
    for name in files:
        if name.startswith("relationships_"):
            kind = name[len("relationships_"):-len(".csv")]
            props = ", ".join(
                ["negated: toBoolean(row.`negated:boolean`)", "confidence: toFloat(row.`confidence:double`)"]
                + [f"{q}: " + (f"toBoolean(row.`{q}:boolean`)" if QUALIFIERS[q].datatype == "boolean"
                               else f"row.`{q}:string`") for q in QUALIFIERS]
                + ["sources: toInteger(row.`sources:int`)",
                   f"documents: split(row.`documents:string[]`, '{ARRAY_DELIMITER}')",
                   f"evidence: split(row.`evidence:string[]`, '{ARRAY_DELIMITER}')", "rule: row.rule"])
            lines.append(
                f"LOAD CSV WITH HEADERS FROM 'file:///{name}' AS row\n"
                f"MATCH (s:Actor {{id: row.`:START_ID`}}), (o:Actor {{id: row.`:END_ID`}})\n"
                f"CREATE (s)-[:{kind} {{{props}}}]->(o);")
    return "\n".join(lines) + "\n"


def _write_folder(kg: "KnowledgeGraph", path: Path) -> None:
    """Write the folder whole or not at all: files go to a temporary sibling, renamed at the end."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: exists and is not a folder")
    files = neo4j_files(kg)
    parent = path.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent))
    try:
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8")
        os.chmod(tmp / "import.sh", 0o755)
        swap_folder(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


register(Exporter("neo4j", (), "text/csv", _write_folder, folder=True))
