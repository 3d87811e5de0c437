"""The ``trim_entities`` component: entity spans the small NER model draws too wide.

``en_core_web_sm`` sometimes swallows a locative phrase into a name ("the National
Penitentiary in Port-au-Prince" as one ORG). Names from the gazetteer are exact and
left alone; a statistical span that contains " in ", " near " or " at " followed by a
capitalised word is cut there, and the place after the preposition becomes its own
entity (GPE), so "X in Y" can be read as two places.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["trim_entities"]

_CUT = {"in", "near", "at", "outside"}


@Language.component("trim_entities", requires=["doc.ents"], assigns=["doc.ents"])
def trim_entities(doc: Doc) -> Doc:
    ents = []
    changed = False
    for ent in doc.ents:
        cut = None
        if not ent.ent_id_:
            for tok in ent[1:-1]:
                if tok.lower_ in _CUT and doc[tok.i + 1].text[:1].isupper():
                    cut = tok.i
                    break
        if cut is None:
            ents.append(ent)
            continue
        changed = True
        ents.append(Span(doc, ent.start, cut, label=ent.label_))
        ents.append(Span(doc, cut + 1, ent.end, label="GPE"))
    if changed:
        doc.ents = ents
    return doc
