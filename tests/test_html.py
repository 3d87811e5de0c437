"""The HTML explorer, checked without a browser: what goes into the page and how.

The browser-side behaviour (filters, panels, search, hostile text) is in
test_html_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from importlib import resources
from pathlib import Path

import pytest

from conflictkg import exports
from conflictkg.exports import html as html_export
from conflictkg.exports.html import LAYOUT_THRESHOLD, explorer_data, json_for_script, render_html, write_html
from conflictkg.exports.layout import spring_positions
from conflictkg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation
from conflictkg.ontology import ENTITY_TYPES, PREDICATES

TURKEY = Actor.create("Turkey", "STATE", aliases=("Türkiye",), external_ids=(("iso3166-alpha3", "TUR"),))
HTS = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
US = Actor.create("United States", "STATE", aliases=("U.S.",))
HAMA = Actor.create("Hama", "LOCATION")
IRAN = Actor.create("Iran", "STATE")
ASSAD = Actor.create("Assad regime", "GOVERNMENT")


def ev(doc: str, sentence: str, rule: str = "verb:active", confidence: float = 0.9) -> tuple[Evidence, ...]:
    return (Evidence(doc, sentence, 0, len(sentence), rule=rule, confidence=confidence),)


def sample_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(
        Document(id="doc1", text="...", title="Rebels capture Hama", url="https://example.org/hama", published="2024-12-06"),
        [
            Relation(TURKEY, "supports", HTS, rule="verb:active", evidence=ev("doc1", "HTS has received support from Turkey.")),
            Relation(US, "supports", HTS, negated=True, rule="neg:refuse", evidence=ev("doc1", "The U.S. refused to back either side.")),
            Relation(HTS, "captures", HAMA, date="2024-12-05", rule="verb:fell_to", evidence=ev("doc1", "Hama fell to HTS on Thursday.")),
            Relation(IRAN, "supports", ASSAD, modality="reported", rule="noun:aid", evidence=ev("doc1", "The regime reportedly relies on aid from Iran.")),
            Relation(US, "designates", HTS, date="2018", designation="terrorist organization",
                     evidence=ev("doc1", "HTS was designated as a terrorist organization by the United States in 2018.")),
        ],
    )
    kg.add_document(
        Document(id="doc2", text="...", title="Turkey and the north", url="https://example.org/north", published="2024-12-07"),
        [Relation(TURKEY, "supports", HTS, evidence=ev("doc2", "Turkey-backed HTS rebels advanced."))],
    )
    return kg


def embedded_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no JSON data block"
    return json.loads(m.group(1))


def test_registered_as_html_exporter():
    exporter = exports.get("html")
    assert exporter.extensions == (".html",)
    assert exporter.rdf is False and exporter.read is None
    assert exports.for_path("out/graph.html").name == "html"


def test_page_loads_nothing_from_a_url():
    page = render_html(sample_graph())
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"<(img|iframe|embed|object|source|audio|video)\b[^>]*\b(src|data)\s*=", page, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    # vis-network is inlined, licence header included.
    assert "vis-network" in page and "@license" in page and "The MIT License" in page


def test_csp_allows_only_the_inline_scripts():
    page = render_html(sample_graph())
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2  # vis-network and the explorer
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "unsafe-eval" not in csp


def test_data_round_trips_and_cannot_end_the_script_element():
    nasty = 'Al-</script><script>alert(1)</script> "Brigade" & <b>\u2028\u2029'
    kg = KnowledgeGraph()
    bad = Actor.create(nasty, "ARMED_GROUP", aliases=("<img src=x onerror=alert(1)>",))
    kg.add_document(
        Document(id="d", text="...", title="</title><script>alert(2)</script>", url="javascript:alert(1)"),
        [Relation(bad, "attacks", HAMA, evidence=ev("d", "They said </script><!-- and & \u2028 more."))],
    )
    page = render_html(kg, title="<title> & </script>")
    # Only our own closing tags: three scripts (data, vis, explorer).
    assert page.count("</script") == 3
    assert "<!--" not in page.split('id="kg-data">')[1].split("</script>")[0]
    assert "<title>&lt;title&gt; &amp; &lt;/script&gt;</title>" in page
    data = embedded_data(page)
    assert {a["name"] for a in data["actors"]} == {nasty, "Hama"}
    assert data["documents"][0]["url"] == "javascript:alert(1)"  # kept as data; the page never links it
    assert data["relations"][0]["evidence"][0][1] == "They said </script><!-- and & \u2028 more."


def test_json_for_script_escapes():
    text = json_for_script({"a": "<>&\u2028\u2029"})
    assert text == '{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}'
    assert json.loads(text) == {"a": "<>&\u2028\u2029"}


def test_vocabulary_comes_from_the_ontology():
    data = explorer_data(sample_graph())
    assert list(data["vocabulary"]["predicates"]) == list(PREDICATES)
    assert list(data["vocabulary"]["types"]) == list(ENTITY_TYPES)
    for name, p in PREDICATES.items():
        assert data["vocabulary"]["predicates"][name] == {"label": p.label, "color": p.color, "symmetric": p.symmetric}
    for name, t in ENTITY_TYPES.items():
        assert data["vocabulary"]["types"][name] == {"label": t.label, "color": t.color, "shape": t.shape}


def test_relations_carry_polarity_hedging_sources_and_evidence():
    data = explorer_data(sample_graph())
    rels = {(r["s"], r["predicate"], r["o"], r["negated"]): r for r in data["relations"]}
    backing = rels[(TURKEY.id, "supports", HTS.id, False)]
    assert backing["sources"] == 2
    titles = {data["documents"][e[0]]["title"] for e in backing["evidence"]}
    assert titles == {"Rebels capture Hama", "Turkey and the north"}
    refusal = rels[(US.id, "supports", HTS.id, True)]
    assert refusal["negated"] is True and refusal["modality"] is None
    hedged = rels[(IRAN.id, "supports", ASSAD.id, False)]
    assert hedged["modality"] == "reported"
    designation = rels[(US.id, "designates", HTS.id, False)]
    assert designation["designation"] == "terrorist organization"
    assert data["summary"]["negated"] == 1 and data["summary"]["hedged"] == 1 and data["summary"]["sources"] == 2
    actors = {a["id"]: a for a in data["actors"]}
    assert actors[HTS.id]["degree"] == 4 and actors[HTS.id]["sources"] == 2
    assert actors[TURKEY.id]["aliases"] == ["Türkiye"] and actors[TURKEY.id]["ids"] == [["iso3166-alpha3", "TUR"]]


def test_dates_of_relations_and_the_date_span():
    data = explorer_data(sample_graph())
    rels = {(r["s"], r["predicate"], r["o"]): r for r in data["relations"]}
    designation = rels[(US.id, "designates", HTS.id)]
    assert designation["when"] == "2018" and designation["when_from"] == "relation"
    assert designation["span"] == ["2018-01-01", "2018-12-31"]
    capture = rels[(HTS.id, "captures", HAMA.id)]
    assert capture["span"] == ["2024-12-05", "2024-12-05"]
    # No date of its own: the earliest publication date of its sources.
    backing = rels[(TURKEY.id, "supports", HTS.id)]
    assert backing["date"] is None and backing["when"] == "2024-12-06" and backing["when_from"] == "published"
    assert data["dates"] == ["2018", "2024-12-05", "2024-12-06"]
    assert data["summary"]["first"] == "2018" and data["summary"]["last"] == "2024-12-06"


def test_month_dates_and_undated_relations():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(TURKEY, "opposes", US, date="2024-02"))
    kg.add_relation(Relation(IRAN, "supports", ASSAD))  # no date, no evidence
    data = explorer_data(kg)
    spans = {r["predicate"]: r["span"] for r in data["relations"]}
    assert spans == {"opposes": ["2024-02-01", "2024-02-31"], "supports": None}
    assert data["dates"] == ["2024-02"]


def test_numbers_json_cannot_hold_become_null():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(TURKEY, "supports", HTS, confidence=float("nan"),
                             evidence=(Evidence("d", "x", 0, 1, confidence=float("inf")),)))
    row = embedded_data(render_html(kg))["relations"][0]
    assert row["confidence"] is None and row["evidence"][0][3] is None


def test_same_graph_same_page_whatever_the_insertion_order():
    rels = list(sample_graph())
    docs = list(sample_graph().documents.values())
    forward, backward = KnowledgeGraph(), KnowledgeGraph()
    for d in docs:
        forward.add_document(d)
    for d in reversed(docs):
        backward.add_document(d)
    for r in rels:
        forward.add_relation(r)
    for r in reversed(rels):
        backward.add_relation(r)
    assert render_html(forward) == render_html(backward)


def test_parallel_edges_are_curved_apart():
    kg = KnowledgeGraph()
    kg.add_relation(Relation(TURKEY, "supports", HTS))
    kg.add_relation(Relation(TURKEY, "allied_with", HTS))
    kg.add_relation(Relation(HTS, "attacks", TURKEY))
    rows = explorer_data(kg)["relations"]
    assert [r["curve"] for r in rows].count(None) == 1
    # The side an edge bends to, seen from the pair's sorted order (CW flips with direction).
    bends = {
        ((1 if r["curve"]["type"] == "curvedCW" else -1) * (1 if r["s"] < r["o"] else -1), r["curve"]["roundness"])
        for r in rows if r["curve"]
    }
    assert len(bends) == 2


def large_graph(n: int) -> KnowledgeGraph:
    rng = random.Random(3)
    actors = [Actor.create(f"Group {i}", "ARMED_GROUP") for i in range(n)]
    kg = KnowledgeGraph()
    for i in range(n):
        kg.add_relation(Relation(actors[i], "opposes", actors[rng.randrange(n)] if i % 7 else actors[(i + 1) % n]))
    return kg


def test_small_graphs_leave_layout_to_the_browser():
    data = explorer_data(sample_graph())
    assert data["layout"]["precomputed"] is False
    assert all("x" not in a for a in data["actors"])


def test_large_graphs_get_precomputed_stable_positions():
    kg = large_graph(LAYOUT_THRESHOLD + 20)
    data = explorer_data(kg)
    assert data["layout"]["precomputed"] is True
    assert all(isinstance(a["x"], float) and isinstance(a["y"], float) for a in data["actors"])
    again = explorer_data(kg)
    assert [(a["x"], a["y"]) for a in data["actors"]] == [(a["x"], a["y"]) for a in again["actors"]]
    # Spread out, not piled on one point.
    assert len({(a["x"], a["y"]) for a in data["actors"]}) == len(data["actors"])


def test_spring_positions_is_seeded_and_leaves_global_random_alone():
    nodes = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{(i * 7) % 40}") for i in range(40)] + [("n1", "n2")]
    random.seed(99)
    expected_next = random.random()
    random.seed(99)
    first = spring_positions(nodes, edges)
    assert random.random() == expected_next
    assert spring_positions(list(reversed(nodes)), list(reversed(edges))) == first
    assert spring_positions(nodes, edges, seed=8) != first
    assert spring_positions([], []) == {}
    lone = spring_positions(["a", "b", "c"], [])
    assert len(set(lone.values())) == 3


def test_write_html_and_kg_to_html(tmp_path):
    kg = sample_graph()
    path = write_html(kg, tmp_path / "out" / "graph.html", title="Hama")
    text = path.read_text(encoding="utf-8")
    assert "<title>Hama</title>" in text
    exports.write(kg, tmp_path / "via-registry.html")
    kg.to_html(tmp_path / "via-kg.html")
    assert (tmp_path / "via-kg.html").read_text(encoding="utf-8") == (tmp_path / "via-registry.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "via-kg.html", "via-registry.html"]  # no temp files left


def test_default_title_from_the_single_document():
    assert "<title>conflictkg: Rebels capture Hama</title>" in render_html(_one_doc_graph())
    assert "<title>conflictkg explorer</title>" in render_html(sample_graph())


def _one_doc_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(Document(id="doc1", text="...", title="Rebels capture Hama"), [Relation(HTS, "captures", HAMA)])
    return kg


def test_empty_graph_renders():
    data = embedded_data(render_html(KnowledgeGraph()))
    assert data["actors"] == [] and data["relations"] == [] and data["dates"] == []


def test_page_script_never_builds_html_from_strings():
    js = resources.files("conflictkg.exports").joinpath("templates/explorer.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('href'"):
        assert forbidden not in js, forbidden
    # Links get an href only through the http(s) check.
    assert js.count(".href =") == 2  # the checked evidence link and the PNG data URL
    assert "parsed.protocol === 'http:' || parsed.protocol === 'https:'" in js


def test_templates_ship_as_package_data():
    templates = resources.files("conflictkg.exports").joinpath("templates")
    names = {p.name for p in templates.iterdir()}
    assert {"explorer.html", "explorer.js", "explorer.css"} <= names


def test_an_asset_that_would_end_its_element_is_refused(monkeypatch, tmp_path):
    (tmp_path / "explorer.js").write_text("var s = '</script>';", encoding="utf-8")
    monkeypatch.setattr(html_export, "_TEMPLATES", tmp_path)
    with pytest.raises(ValueError, match="cannot be inlined"):
        html_export._asset("explorer.js")


def test_vis_network_comes_from_the_installed_pyvis_not_a_copy():
    import importlib.util

    from conflictkg.exports.html import VIS_NETWORK

    root = Path(__file__).resolve().parents[1]
    minified = [p for p in root.glob("exports/**/*") if p.name.endswith((".min.js", ".min.css")) or "vis-network" in p.name]
    assert minified == [], "third-party builds belong to their package, not the repository"
    pyvis_dir = Path(next(iter(importlib.util.find_spec("pyvis").submodule_search_locations)))
    shipped = (pyvis_dir / "lib" / VIS_NETWORK / "vis-network.min.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    page = render_html(KnowledgeGraph())
    body = shipped.rsplit("//# sourceMappingURL", 1)[0]
    assert body.strip()[-200:] in page and body[:400] in page
    assert "sourceMappingURL" not in page


def test_a_relation_asserted_and_denied_is_marked_contested():
    kg = sample_graph()
    assert explorer_data(kg)["summary"]["contested"] == 0
    kg.add_document(Document(id="doc3", text="...", title="Washington's line", published="2024-12-08"),
                    [Relation(US, "supports", HTS, evidence=ev("doc3", "Washington quietly backs HTS."))])
    data = explorer_data(kg)
    us_hts = [r for r in data["relations"] if r["s"] == US.id and r["o"] == HTS.id and r["predicate"] == "supports"]
    assert sorted(r["negated"] for r in us_hts) == [False, True]
    assert all(r["contested"] for r in us_hts)
    assert data["summary"]["contested"] == 2
    others = [r for r in data["relations"] if r not in us_hts]
    assert not any(r["contested"] for r in others)
