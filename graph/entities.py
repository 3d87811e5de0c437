"""The ``trim_entities`` component: entity spans drawn too wide or too narrow.

``en_core_web_sm`` sometimes swallows a locative phrase into a name ("the National
Penitentiary in Port-au-Prince" as one ORG). Names from the gazetteer are exact and
left alone; a statistical span that contains " in ", " near " or " at " followed by a
capitalised word is cut there, and the place after the preposition becomes its own
entity (GPE), so "X in Y" can be read as two places.

The gazetteer can also draw a name too narrow: "Sudan" inside "the Sudan Shield Forces"
or "the Sudan Liberation Movement". A state or place match followed at once by
capitalised words ending in an organisation's head noun becomes one new ORG entity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["trim_entities"]

_CUT = {"in", "near", "at", "outside"}
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New", "Upper", "Lower"}
_TITLES = {"president", "minister", "premier", "commander", "leader", "chief", "general", "king", "emir",
           "chancellor", "secretary", "spokesman", "spokeswoman", "ambassador", "envoy", "governor", "mayor"}
_FACILITY_HEADS = {"Prison", "Airport", "Base", "Mosque", "Theatre", "Theater", "Hospital", "Stadium", "Palace",
                   "Square", "Bridge", "Dam", "Station", "Forest", "Camp", "Refinery", "University", "Church",
                   "Cathedral", "Market", "Port", "Harbour", "Harbor", "Airfield", "Barracks", "Crossing"}
_ORG_HEADS = {"Forces", "Force", "Army", "Front", "Movement", "Brigade", "Brigades", "Council", "Party", "Alliance",
              "Militia", "Units", "Corps", "Guard", "Guards", "Group", "Battalion", "Coalition", "Authority",
              "Police", "Service", "Brotherhood", "Legion", "Battalions", "Committee", "Union"}


@Language.component("trim_entities", requires=["doc.ents"], assigns=["doc.ents"])
def trim_entities(doc: Doc) -> Doc:
    ents = []
    changed = False
    for ent in _widen(doc):
        if ent.label_ == "PERSON" and not ent.ent_id_ and ent[-1].lower_ in _TITLES:
            changed = True  # "Azerbaijani President" is a title, not a name
            continue
        paren = next((t.i for t in ent if t.text in "()[]"), None)
        if paren is not None:  # "Eastern Front for Justice (EFJ": a name never holds a bracket
            changed = True
            if paren == ent.start:
                continue
            ent = Span(doc, ent.start, paren, label=ent.label_)
        cut = None
        if not ent.ent_id_ and len(ent) > 1 and ent[-1].lower_ in _CUT | {"the", "of", "and"}:
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "the National Penitentiary in"
            changed = True
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
    if changed or ents != list(doc.ents):
        doc.ents = ents
        for ent in ents:  # a widened span is no longer the gazetteer's entry
            if ent.label_ in ("ORG", "FAC") and ent[0].ent_id_:
                for tok in ent:
                    tok.ent_id_ = ""
    return doc


def _widen(doc: Doc) -> list[Span]:
    out: list[Span] = []
    ents = list(doc.ents)
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        end = ent.end
        if ent.label_ == "PERSON" and not ent.ent_id_:  # "Mohammed bin Abdulrahman | Al Thani"
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                    and not doc[end].ent_type_ and doc[end].is_alpha:
                end += 1
            if end > ent.end:
                out.append(Span(doc, ent.start, end, label="PERSON"))
                skip_until = end
                continue
        start = ent.start
        if ent.ent_id_ and ent.label_ == "STATE" and start > 0 and doc[start - 1].text in _COMPASS \
                and not doc[start - 1].ent_type_ and (start < 2 or not doc[start - 2].text[:1].isupper()):
            out.append(Span(doc, start - 1, ent.end, label="LOC"))  # "South Georgia" is not Georgia
            continue
        if ent.ent_id_ and ent.label_ in ("STATE", "LOCATION", "GPE", "PERSON"):  # "Hamid Karzai International Airport"
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end > ent.end and doc[end - 1].text in _ORG_HEADS | _FACILITY_HEADS:
                label = "ORG" if doc[end - 1].text in _ORG_HEADS else "FAC"  # "Hama Central Prison"
                out.append(Span(doc, ent.start, end, label=label))
                skip_until = end
                continue
        out.append(ent)
    return out  # entities come sorted, so a widened span only covers the ones it skipped
