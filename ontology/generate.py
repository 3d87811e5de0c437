"""Write ``conflictkg.ttl`` (OWL) and ``shapes.ttl`` (SHACL) from ``vocabulary.json``.

The vocabulary is defined once, in ``vocabulary.json``; the parts of the ontology
and the shapes that depend on it (a class per entity type, a property per
predicate with its CAMEO/PLOVER mapping, the lists the shapes check against) are
generated from it, so they cannot drift. After editing the vocabulary run::

    python -m conflictkg.ontology.generate

``tests/test_ontology.py`` fails while the shipped files differ from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from conflictkg.ontology import ENTITY_TYPES, NAMESPACE, PREDICATES, QUALIFIERS, SYMMETRIC, VERSION
from conflictkg.ontology.namespace import ONTOLOGY, ONTOLOGY_VERSION, PREFIXES, type_class

__all__ = ["ontology_text", "shapes_text", "context", "context_text", "main", "SHAPES", "CONTEXT_IRI"]

SHAPES = "https://w3id.org/conflictkg/shapes#"
CONTEXT_IRI = "https://w3id.org/conflictkg/context.jsonld"  # an identifier only: never fetched
_XSD = PREFIXES["xsd"]
_FOAF_ORGS = {"http://schema.org/Organization", "http://schema.org/GovernmentOrganization"}
# A state is an actor and also a territory ("captures Syria", "withdraws from Syria"):
# its class is under ck:Place too, and the shapes accept it where a place is expected.
_ALSO_PLACE = ("STATE",)


def _str(text: str) -> str:
    """A Turtle string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _ck(iri: str) -> str:
    return "ck:" + str(iri)[len(NAMESPACE):]


def _header(prefixes: list[str], extra: str = "") -> str:
    lines = [f"@prefix {p}: <{PREFIXES[p]}> ." for p in prefixes]
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"


def _parent(name: str) -> str:
    return "ck:" + name if name in ("Actor", "Place", "Person") else "owl:Thing"


def ontology_text() -> str:
    """The OWL ontology in Turtle."""
    out = [
        "# The conflictkg ontology. GENERATED from vocabulary.json by conflictkg/ontology/generate.py: do not edit.",
        _header(["ck", "rdf", "rdfs", "owl", "xsd", "skos", "prov", "schema", "foaf", "dcterms"]),
        f"""<{ONTOLOGY}> a owl:Ontology ;
    owl:versionIRI <{ONTOLOGY_VERSION}> ;
    owl:versionInfo "{VERSION}" ;
    dcterms:title "conflictkg ontology"@en ;
    rdfs:label "conflictkg ontology"@en ;
    rdfs:comment "Actors and places of armed conflicts, the relations news reports state between them (asserted or denied), and the provenance of each: documents, evidence sentences and the extraction activity. Aligned with PROV-O, schema.org, FOAF and SKOS; each predicate is mapped to its nearest CAMEO root code and PLOVER event type."@en ;
    dcterms:license <https://opensource.org/licenses/MIT> ;
    rdfs:seeAlso <http://www.w3.org/ns/prov#>, <http://schema.org/>, <https://github.com/openeventdata/PLOVER> .
""",
        "# -- Classes -------------------------------------------------------------------\n",
        """ck:Actor a owl:Class ;
    rdfs:label "Actor"@en ;
    rdfs:comment "An actor of a conflict: a state, government, armed group, organisation or person."@en ;
    rdfs:subClassOf prov:Agent, foaf:Agent .

ck:Place a owl:Class ;
    rdfs:label "Place"@en ;
    rdfs:comment "A place of a conflict: a city, region, province or facility."@en ;
    rdfs:subClassOf schema:Place, prov:Location .
""",
    ]
    for t in ENTITY_TYPES.values():
        supers = [f"ck:{t.parent}", f"<{t.schema}>"]
        if t.name in _ALSO_PLACE and t.parent != "Place":
            supers.insert(1, "ck:Place")
        if t.name == "PERSON":
            supers.append("foaf:Person")
        elif t.schema in _FOAF_ORGS:
            supers.append("foaf:Organization")
        out.append(
            f"{_ck(type_class(t.name))} a owl:Class ;\n"
            f"    rdfs:label {_str(t.label)}@en ;\n"
            f"    rdfs:comment {_str(t.comment)}@en ;\n"
            f"    skos:notation {_str(t.name)} ;\n"
            f"    rdfs:subClassOf {', '.join(supers)} .\n"
        )
    out.append("""ck:Relation a owl:Class ;
    rdfs:label "Relation"@en ;
    rdfs:comment "A relation between two actors or places as stated by sources: rdf:subject, rdf:predicate (a conflictkg predicate) and rdf:object, its polarity (ck:negated), qualifiers, confidence and evidence. A positive relation is also stated as a direct triple (subject predicate object); a negated one never is."@en ;
    rdfs:subClassOf rdf:Statement, prov:Entity .

ck:Evidence a owl:Class ;
    rdfs:label "Evidence"@en ;
    rdfs:comment "A sentence of a document that states a relation, with its character offsets in the document text and the extraction rule that read it."@en ;
    rdfs:subClassOf prov:Entity .

ck:Document a owl:Class ;
    rdfs:label "Document"@en ;
    rdfs:comment "A source text (a news report): title, URL, publication date and text."@en ;
    rdfs:subClassOf prov:Entity, schema:CreativeWork .
""")
    out.append("# -- Relation predicates --------------------------------------------------------\n")
    for p in PREDICATES.values():
        kinds = "owl:ObjectProperty, owl:SymmetricProperty" if p.name in SYMMETRIC else "owl:ObjectProperty"
        lines = [
            f"ck:{p.name} a {kinds} ;",
            f"    rdfs:label {_str(p.label)}@en ;",
            f"    rdfs:comment {_str(p.comment)}@en ;",
            f"    skos:notation {_str(p.name)} ;",
            f"    rdfs:domain {_parent(p.domain)} ;",
            f"    rdfs:range {_parent(p.range)} ;",
        ]
        if p.cameo:
            lines.append(f"    ck:cameoCode {_str(p.cameo)} ;")
            lines.append(f"    ck:cameoLabel {_str(p.cameo_label or '')}@en ;")
        if p.plover:
            lines.append(f"    ck:ploverEvent {_str(p.plover)} ;")
        lines[-1] = lines[-1][:-2] + " ."
        out.append("\n".join(lines) + "\n")
    out.append("""# -- Relation nodes --------------------------------------------------------------

ck:negated a owl:DatatypeProperty, owl:FunctionalProperty ;
    rdfs:label "negated"@en ;
    rdfs:comment "True when the source states that the relation does not hold (a denial or refusal)."@en ;
    rdfs:domain ck:Relation ; rdfs:range xsd:boolean .

{QUALIFIER_PROPERTIES}ck:confidence a owl:DatatypeProperty ;
    rdfs:label "confidence"@en ;
    rdfs:comment "Confidence between 0 and 1 of a relation (combined over its evidence) or of one piece of evidence."@en ;
    rdfs:range xsd:double .

ck:rule a owl:DatatypeProperty ;
    rdfs:label "rule"@en ;
    rdfs:comment "The extraction rule that produced a relation or read a piece of evidence."@en ;
    rdfs:range xsd:string .

ck:evidence a owl:ObjectProperty ;
    rdfs:label "evidence"@en ;
    rdfs:comment "A sentence that states the relation."@en ;
    rdfs:domain ck:Relation ; rdfs:range ck:Evidence .

# -- Evidence and documents ------------------------------------------------------

ck:sentence a owl:DatatypeProperty, owl:FunctionalProperty ;
    rdfs:label "sentence"@en ;
    rdfs:comment "The text of the sentence that states the relation."@en ;
    rdfs:domain ck:Evidence ; rdfs:range xsd:string .

ck:start a owl:DatatypeProperty, owl:FunctionalProperty ;
    rdfs:label "start"@en ;
    rdfs:comment "Character offset (Unicode code points, from 0) where the sentence starts in the document text."@en ;
    rdfs:domain ck:Evidence ; rdfs:range xsd:integer .

ck:end a owl:DatatypeProperty, owl:FunctionalProperty ;
    rdfs:label "end"@en ;
    rdfs:comment "Character offset just after the sentence in the document text."@en ;
    rdfs:domain ck:Evidence ; rdfs:range xsd:integer .

ck:position a owl:DatatypeProperty, owl:FunctionalProperty ;
    rdfs:label "position"@en ;
    rdfs:comment "Order of a piece of evidence among those its document gives its relation, from 0; a relation's evidence is read document by document, in document id order."@en ;
    rdfs:domain ck:Evidence ; rdfs:range xsd:integer .

ck:document a owl:ObjectProperty, owl:FunctionalProperty ;
    rdfs:label "document"@en ;
    rdfs:comment "The document the evidence sentence is quoted from."@en ;
    rdfs:subPropertyOf prov:wasQuotedFrom ;
    rdfs:domain ck:Evidence ; rdfs:range ck:Document .

ck:sourceFile a owl:DatatypeProperty ;
    rdfs:label "source file"@en ;
    rdfs:comment "The file a document was read from."@en ;
    rdfs:domain ck:Document ; rdfs:range xsd:string .

# -- Mappings to event datasets --------------------------------------------------

ck:cameoCode a owl:AnnotationProperty ;
    rdfs:label "CAMEO code"@en ;
    rdfs:comment "The nearest CAMEO root event code of a predicate."@en ;
    rdfs:seeAlso <http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf> .

ck:cameoLabel a owl:AnnotationProperty ;
    rdfs:label "CAMEO label"@en ;
    rdfs:comment "The name of the CAMEO code of a predicate."@en .

ck:ploverEvent a owl:AnnotationProperty ;
    rdfs:label "PLOVER event type"@en ;
    rdfs:comment "The nearest PLOVER event type of a predicate."@en ;
    rdfs:seeAlso <https://github.com/openeventdata/PLOVER> .
""".replace("{QUALIFIER_PROPERTIES}", _qualifier_properties()))
    return "\n".join(out)


_QUALIFIER_RANGE = {"boolean": "xsd:boolean", "string": "xsd:string", "date": "rdfs:Literal"}


def _qualifier_properties() -> str:
    """The OWL properties of the relation qualifiers (``QUALIFIERS`` in the vocabulary)."""
    out = []
    for q in QUALIFIERS.values():
        kinds = "owl:DatatypeProperty, owl:FunctionalProperty" if q.datatype == "boolean" else "owl:DatatypeProperty"
        out.append(f"ck:{q.property} a {kinds} ;\n"
                   f"    rdfs:label {_str(q.label)}@en ;\n"
                   f"    rdfs:comment {_str(q.comment)}@en ;\n"
                   f"    rdfs:domain ck:Relation ; rdfs:range {_QUALIFIER_RANGE[q.datatype]} .\n\n")
    return "".join(out)


def _qualifier_shapes() -> str:
    """The SHACL property shapes of the relation qualifiers: at most one each, of their datatype."""
    out = []
    for q in QUALIFIERS.values():
        if q.datatype == "date":
            kind = "sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] [ sh:datatype xsd:string ] )"
        else:
            kind = f"sh:datatype xsd:{q.datatype}"
        out.append(f"      [ sh:path ck:{q.property} ; sh:maxCount 1 ; {kind} ] ,\n")
    return "".join(out)


def _list(items) -> str:
    return "( " + " ".join(items) + " )"


def shapes_text() -> str:
    """The SHACL shapes in Turtle."""
    preds = [f"ck:{p}" for p in PREDICATES]
    sym = [f"ck:{p}" for p in PREDICATES if p in SYMMETRIC]
    classes = [_ck(type_class(t)) for t in ENTITY_TYPES]
    values = ", ".join(preds)
    # The sh:sparql constraints run once over the whole graph in Oxigraph, where a NOT EXISTS
    # of several triple patterns costs O(graph) per row (quadratic overall); one pattern from a
    # bound variable, its other conditions as one-pattern EXISTS tests, is linear there and the
    # fastest form in pyshacl too (OPTIONAL/!BOUND is linear in Oxigraph but slower in rdflib).
    out = [
        "# SHACL shapes for conflictkg graphs. GENERATED from vocabulary.json by conflictkg/ontology/generate.py: do not edit.",
        "# Violations make a graph non-conforming; sh:Warning results (types outside a predicate's",
        "# domain or range, sources not described) are reported but do not.",
        _header(["ck", "rdf", "rdfs", "xsd", "skos", "prov", "schema", "dcterms"], f"@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix cks: <{SHAPES}> ."),
        f"""<{SHAPES.rstrip('#')}> a <http://www.w3.org/2002/07/owl#Ontology> ;
    rdfs:label "conflictkg SHACL shapes"@en ;
    sh:declare [ sh:prefix "ck" ; sh:namespace "{NAMESPACE}"^^xsd:anyURI ] ,
        [ sh:prefix "rdf" ; sh:namespace "{PREFIXES['rdf']}"^^xsd:anyURI ] .
""",
        f"""cks:ActorShape a sh:NodeShape ;
    rdfs:comment "An actor or place: an IRI with one label, one id, aliases and exactly one entity-type class."@en ;
    sh:targetClass ck:Actor, ck:Place ;
    sh:nodeKind sh:IRI ;
    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ;
        sh:message "an actor needs exactly one non-empty rdfs:label" ] ,
      [ sh:path dcterms:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ;
        sh:message "an actor needs exactly one dcterms:identifier (its stable id)" ] ,
      [ sh:path skos:altLabel ; sh:datatype xsd:string ; sh:minLength 1 ;
        sh:message "an alias (skos:altLabel) must be a non-empty string" ] ,
      [ sh:path rdf:type ; sh:qualifiedValueShape [ sh:in {_list(classes)} ] ;
        sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ;
        sh:message "an actor needs exactly one entity-type class" ] ,
      [ sh:path schema:identifier ; sh:node cks:ExternalIdentifierShape ] .

cks:ExternalIdentifierShape a sh:NodeShape ;
    rdfs:comment "An external identifier of an actor (ISO 3166 code, Wikidata id...)."@en ;
    sh:class schema:PropertyValue ;
    sh:property [ sh:path schema:propertyID ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ;
        sh:message "an external identifier needs one schema:propertyID (its scheme)" ] ,
      [ sh:path schema:value ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ;
        sh:message "an external identifier needs one schema:value" ] .

cks:RelationShape a sh:NodeShape ;
    rdfs:comment "A relation node: subject, predicate, object, polarity, qualifiers, confidence and evidence."@en ;
    sh:targetClass ck:Relation ;
    sh:nodeKind sh:IRI ;
    sh:property [ sh:path rdf:subject ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;
        sh:or ( [ sh:class ck:Actor ] [ sh:class ck:Place ] ) ;
        sh:message "a relation needs exactly one rdf:subject, an actor or place" ] ,
      [ sh:path rdf:object ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;
        sh:or ( [ sh:class ck:Actor ] [ sh:class ck:Place ] ) ;
        sh:message "a relation needs exactly one rdf:object, an actor or place" ] ,
      [ sh:path rdf:predicate ; sh:minCount 1 ; sh:maxCount 1 ; sh:in {_list(preds)} ;
        sh:message "a relation needs exactly one rdf:predicate, a conflictkg predicate" ] ,
      [ sh:path ck:negated ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:boolean ;
        sh:message "a relation needs exactly one boolean ck:negated" ] ,
      [ sh:path ck:confidence ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:double ;
        sh:minInclusive "0"^^xsd:double ; sh:maxInclusive "1"^^xsd:double ;
        sh:message "a relation needs one ck:confidence, a double between 0 and 1" ] ,
{_qualifier_shapes()}      [ sh:path ck:rule ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
      [ sh:path ck:evidence ; sh:class ck:Evidence ] ,
      [ sh:path prov:wasDerivedFrom ; sh:nodeKind sh:IRI ] ,
      [ sh:path prov:wasDerivedFrom ; sh:class ck:Document ; sh:severity sh:Warning ;
        sh:message "a relation cites a source that is not described as a ck:Document" ] ;
    sh:sparql [
        sh:message "negated relation {{?s}} {{?p}} {{?o}} is stated as a direct (positive) triple" ;
        sh:prefixes <{SHAPES.rstrip('#')}> ;
        sh:select \"\"\"
            SELECT $this ?s ?p ?o WHERE {{
                $this ck:negated true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                FILTER(EXISTS {{ ?s ?p ?o }} || (?p IN ({", ".join(sym)}) && EXISTS {{ ?o ?p ?s }}))
                FILTER NOT EXISTS {{ ?pos rdf:subject ?s .
                    FILTER(EXISTS {{ ?pos rdf:object ?o }} && EXISTS {{ ?pos rdf:predicate ?p }} && EXISTS {{ ?pos ck:negated false }}) }}
            }}\"\"\" ] ,
      [
        sh:message "positive relation {{?s}} {{?p}} {{?o}} has no direct triple" ;
        sh:prefixes <{SHAPES.rstrip('#')}> ;
        sh:select \"\"\"
            SELECT $this ?s ?p ?o WHERE {{
                $this ck:negated false ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                FILTER NOT EXISTS {{ ?s ?p ?o }}
            }}\"\"\" ] .

cks:DirectTripleShape a sh:NodeShape ;
    rdfs:comment "Every direct relation triple rests on a positive relation node (so a denial never reads as a fact)."@en ;
    sh:targetClass ck:Actor, ck:Place ;
    sh:sparql [
        sh:message "direct triple {{$this}} {{?p}} {{?o}} has no positive ck:Relation node" ;
        sh:prefixes <{SHAPES.rstrip('#')}> ;
        sh:select \"\"\"
            SELECT $this ?p ?o WHERE {{
                $this ?p ?o .
                FILTER(?p IN ({values}))
                FILTER NOT EXISTS {{ ?r rdf:subject $this .
                    FILTER(EXISTS {{ ?r rdf:object ?o }} && EXISTS {{ ?r rdf:predicate ?p }} && EXISTS {{ ?r ck:negated false }}) }}
                FILTER(!(?p IN ({", ".join(sym)})) || NOT EXISTS {{ ?r rdf:subject ?o .
                    FILTER(EXISTS {{ ?r rdf:object $this }} && EXISTS {{ ?r rdf:predicate ?p }} && EXISTS {{ ?r ck:negated false }}) }})
            }}\"\"\" ] .

cks:EvidenceShape a sh:NodeShape ;
    rdfs:comment "A piece of evidence: a sentence of a document, its offsets and rule."@en ;
    sh:targetClass ck:Evidence ;
    sh:nodeKind sh:IRI ;
    sh:property [ sh:path ck:sentence ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ;
        sh:message "evidence needs exactly one ck:sentence" ] ,
      [ sh:path ck:start ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 0 ;
        sh:message "evidence needs one ck:start offset, an integer >= 0" ] ,
      [ sh:path ck:end ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 0 ;
        sh:message "evidence needs one ck:end offset, an integer >= 0" ] ,
      [ sh:path ck:position ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 0 ] ,
      [ sh:path ck:rule ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
      [ sh:path ck:confidence ; sh:maxCount 1 ; sh:datatype xsd:double ;
        sh:minInclusive "0"^^xsd:double ; sh:maxInclusive "1"^^xsd:double ] ,
      [ sh:path ck:document ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;
        sh:message "evidence needs exactly one ck:document" ] ,
      [ sh:path ck:document ; sh:class ck:Document ; sh:severity sh:Warning ;
        sh:message "evidence is quoted from a document that is not described as a ck:Document" ] ;
    sh:sparql [
        sh:message "evidence starts after it ends" ;
        sh:prefixes <{SHAPES.rstrip('#')}> ;
        sh:select "SELECT $this WHERE {{ $this ck:start ?s ; ck:end ?e . FILTER(isNumeric(?s) && isNumeric(?e) && ?s > ?e) }}" ] .

cks:DocumentShape a sh:NodeShape ;
    rdfs:comment "A source document: a prov:Entity with an id, title, URL and publication date."@en ;
    sh:targetClass ck:Document ;
    sh:nodeKind sh:IRI ;
    sh:property [ sh:path rdf:type ; sh:hasValue prov:Entity ;
        sh:message "a document must be typed prov:Entity" ] ,
      [ sh:path dcterms:identifier ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ;
        sh:message "a document needs exactly one dcterms:identifier" ] ,
      [ sh:path dcterms:title ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
      [ sh:path schema:url ; sh:maxCount 1 ; sh:datatype xsd:anyURI ] ,
      [ sh:path schema:text ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
      [ sh:path ck:sourceFile ; sh:maxCount 1 ; sh:datatype xsd:string ] ,
      [ sh:path dcterms:issued ; sh:maxCount 1 ;
        sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYearMonth ] [ sh:datatype xsd:gYear ] [ sh:datatype xsd:dateTime ] [ sh:datatype xsd:string ] ) ] .

cks:ActivityShape a sh:NodeShape ;
    rdfs:comment "The extraction activity: when it ended and which software did it."@en ;
    sh:targetClass prov:Activity ;
    sh:property [ sh:path prov:endedAtTime ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:dateTime ;
        sh:message "the extraction activity needs one prov:endedAtTime" ] ,
      [ sh:path prov:wasAssociatedWith ; sh:minCount 1 ; sh:class prov:SoftwareAgent ;
        sh:message "the extraction activity needs the software agent that ran it" ] .

cks:SoftwareShape a sh:NodeShape ;
    sh:targetClass prov:SoftwareAgent ;
    sh:property [ sh:path schema:softwareVersion ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ;
        sh:message "the software agent needs one schema:softwareVersion" ] .
""",
        "# -- Domain and range of each predicate, on the direct triples (warnings) ----------\n",
    ]
    for p in PREDICATES.values():
        props = []
        if p.domain != "Thing":
            props.append(f"""    {_class_constraint(p.domain)} ;
    sh:message "the subject of ck:{p.name} should be a {_parent(p.domain)}" ;""")
        if p.range != "Thing":
            props.append(f"""    sh:property [ sh:path ck:{p.name} ; {_class_constraint(p.range)} ; sh:severity sh:Warning ;
        sh:message "the object of ck:{p.name} should be a {_parent(p.range)}" ] ;""")
        if not props:
            continue
        body = "\n".join(props)
        out.append(f"cks:{p.name}Shape a sh:NodeShape ;\n    sh:targetSubjectsOf ck:{p.name} ;\n    sh:severity sh:Warning ;\n{body[:-2]} .\n")
    return "\n".join(out)


def context() -> dict:
    """The JSON-LD context of the exports: prefixes, and a short term per property.

    A term with ``"@type"`` coerces its values (IRIs for ``@id``, else a datatype);
    the JSON-LD exporter writes every value so that it expands to exactly the
    literal the other formats hold.
    """
    def iri(curie: str) -> dict:
        return {"@id": curie, "@type": "@id"}

    def typed(curie: str, datatype: str) -> dict:
        return {"@id": curie, "@type": f"xsd:{datatype}"}

    ctx: dict = {p: ns for p, ns in PREFIXES.items() if p != "foaf"}
    ctx.update({
        "label": "rdfs:label",
        "altLabel": "skos:altLabel",
        "identifier": "dcterms:identifier",
        "externalId": iri("schema:identifier"),
        "scheme": "schema:propertyID",
        "value": "schema:value",
        "sameAs": iri("owl:sameAs"),
        "subject": iri("rdf:subject"),
        "predicate": iri("rdf:predicate"),
        "object": iri("rdf:object"),
        "negated": typed("ck:negated", "boolean"),
        "confidence": typed("ck:confidence", "double"),
        "rule": "ck:rule",
        "evidence": iri("ck:evidence"),
        "sentence": "ck:sentence",
        "start": typed("ck:start", "integer"),
        "end": typed("ck:end", "integer"),
        "position": typed("ck:position", "integer"),
        "document": iri("ck:document"),
        "title": "dcterms:title",
        "url": typed("schema:url", "anyURI"),
        "issued": "dcterms:issued",
        "text": "schema:text",
        "sourceFile": "ck:sourceFile",
        "wasDerivedFrom": iri("prov:wasDerivedFrom"),
        "wasGeneratedBy": iri("prov:wasGeneratedBy"),
        "wasAssociatedWith": iri("prov:wasAssociatedWith"),
        "used": iri("prov:used"),
        "endedAtTime": typed("prov:endedAtTime", "dateTime"),
        "softwareVersion": "schema:softwareVersion",
    })
    ctx.update({q.property: typed(f"ck:{q.property}", "boolean") if q.datatype == "boolean" else f"ck:{q.property}"
                for q in QUALIFIERS.values()})
    ctx.update({p: iri(f"ck:{p}") for p in PREDICATES})
    return {"@context": ctx}


def context_text() -> str:
    """``context.jsonld`` as written."""
    import json

    return json.dumps(context(), indent=2, ensure_ascii=False) + "\n"


def _class_constraint(name: str) -> str:
    if name != "Place":
        return f"sh:class {_parent(name)}"
    options = " ".join(f"[ sh:class {c} ]" for c in ["ck:Place", *(_ck(type_class(t)) for t in _ALSO_PLACE)])
    return f"sh:or ( {options} )"


def main() -> None:
    """Rewrite ``conflictkg.ttl``, ``shapes.ttl`` and ``context.jsonld`` beside this module."""
    from conflictkg.files import write_text

    here = Path(__file__).parent
    write_text(here / "conflictkg.ttl", ontology_text())
    write_text(here / "shapes.ttl", shapes_text())
    write_text(here / "context.jsonld", context_text())
    print(f"wrote conflictkg.ttl, shapes.ttl and context.jsonld in {here}")


if __name__ == "__main__":
    main()
