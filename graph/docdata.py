"""What ``conflict_relations`` leaves on a ``Doc``, as plain data that crosses processes.

With ``nlp.pipe(..., n_process=N)`` spaCy sends every parsed ``Doc`` back from its
worker with ``Doc.to_bytes()``, which packs ``doc.user_data`` with msgpack: the
frozen dataclasses of :mod:`conflictkg.graph.model` cannot go through it
(``E871 ... can not serialize 'Relation'``). The component therefore stores
lists, strings and numbers in ``doc._.conflict_data``, and ``doc._.relations``,
``doc._.actors`` and ``doc._.mentions`` are getters that rebuild the dataclasses,
equal field for field to what the component made.

>>> from conflictkg.graph.model import Actor, Relation, Evidence
>>> rel = Relation(Actor.create("Turkey", "STATE", ["Ankara"]), "supports", Actor.create("HTS", "ARMED_GROUP"),
...                evidence=(Evidence("d1", "Turkey backs HTS.", 0, 17, "verb"),), confidence=0.9)
>>> decode_relation(encode_relation(rel)) == rel
True
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from spacy.tokens import Doc

from conflictkg.graph.model import Actor, Evidence, Mention, Relation

__all__ = ["store", "encode_relation", "decode_relation", "encode_actor", "decode_actor"]

_RELATION_FIELDS = tuple(f.name for f in fields(Relation))
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_EVIDENCE_FIELDS = tuple(f.name for f in fields(Evidence))


def encode_actor(actor: Actor) -> list:
    return [actor.id, actor.name, actor.type, list(actor.aliases), [list(p) for p in actor.external_ids]]


def decode_actor(data: list) -> Actor:
    id_, name, type_, aliases, ids = data
    return Actor(id_, name, type_, tuple(aliases), tuple(tuple(p) for p in ids))


def encode_relation(rel: Relation) -> list:
    out: list[Any] = []
    for name in _RELATION_FIELDS:
        value = getattr(rel, name)
        if name in ("subject", "object"):
            value = encode_actor(value)
        elif name == "evidence":
            value = [[getattr(ev, f) for f in _EVIDENCE_FIELDS] for ev in value]
        out.append(value)
    return out


def decode_relation(data: list) -> Relation:
    values: dict[str, Any] = dict(zip(_RELATION_FIELDS, data))
    values["subject"] = decode_actor(values["subject"])
    values["object"] = decode_actor(values["object"])
    values["evidence"] = tuple(Evidence(*ev) for ev in values["evidence"])
    return Relation(**values)


def store(doc: Doc, relations: list[Relation], actors: list[Actor], mentions: list[Mention]) -> None:
    """Put the component's results on ``doc`` as plain data (see the module docstring)."""
    doc._.conflict_data = {
        "relations": [encode_relation(r) for r in relations],
        "actors": [encode_actor(a) for a in actors],
        "mentions": [[getattr(m, f) for f in _MENTION_FIELDS] for m in mentions],
    }


def _get(name: str, decode):
    def getter(doc: Doc):
        data = doc._.conflict_data
        return None if data is None else [decode(item) for item in data[name]]
    return getter


if not Doc.has_extension("conflict_data"):
    Doc.set_extension("conflict_data", default=None)
for _name, _decode in (("relations", decode_relation), ("actors", decode_actor), ("mentions", lambda m: Mention(*m))):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_get(_name, _decode))
