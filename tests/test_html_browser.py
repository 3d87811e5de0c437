"""The HTML explorer in a real browser: Debian's chromium driven by Playwright.

Every page is opened from file:// with all network requests refused; each test
checks that the page asked for nothing but its own file and logged no error.
Waits poll with ``page.evaluate``: ``wait_for_function`` evaluates strings, which
the page's Content-Security-Policy (rightly) forbids.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conflictkg.exports.html import LAYOUT_THRESHOLD, write_html
from conflictkg.graph.kg import KnowledgeGraph
from conflictkg.graph.model import Actor, Document, Evidence, Relation

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[test]')")

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

TURKEY = Actor.create("Turkey", "STATE", aliases=("Türkiye",), external_ids=(("iso3166-alpha3", "TUR"),))
HTS = Actor.create("Hayat Tahrir al-Sham", "ARMED_GROUP", aliases=("HTS",))
US = Actor.create("United States", "STATE", aliases=("U.S.",))
HAMA = Actor.create("Hama", "LOCATION")
SYRIA = Actor.create("Syria", "STATE")
IRAN = Actor.create("Iran", "STATE")
ASSAD = Actor.create("Assad regime", "GOVERNMENT")
QAEDA = Actor.create("al-Qaeda", "ARMED_GROUP")
PAPER = Actor.create("The Times of Israel", "ORGANIZATION")


def ev(doc: str, sentence: str, rule: str = "verb:active", confidence: float = 0.9) -> tuple[Evidence, ...]:
    return (Evidence(doc, sentence, 0, len(sentence), rule=rule, confidence=confidence),)


def sample_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    kg.add_document(
        Document(id="doc1", text="...", title="Rebels capture Hama", url="https://example.org/hama", published="2024-12-06"),
        [
            Relation(TURKEY, "supports", HTS, rule="verb:active", evidence=ev("doc1", "HTS has received support from Turkey.")),
            Relation(US, "supports", HTS, negated=True, rule="neg:refuse", evidence=ev("doc1", "The U.S. refused to back either side.", "neg:refuse")),
            Relation(HTS, "captures", HAMA, date="2024-12-05", evidence=ev("doc1", "Hama fell to HTS on Thursday.", "verb:fell_to")),
            Relation(HAMA, "located_in", SYRIA, evidence=ev("doc1", "Hama, Syria's fourth-largest city.", "apposition")),
            Relation(IRAN, "supports", ASSAD, modality="reported", evidence=ev("doc1", "The regime reportedly relies on aid from Iran.", "noun:aid")),
            Relation(US, "designates", HTS, date="2018", designation="terrorist organization",
                     evidence=ev("doc1", "HTS was designated as a terrorist organization by the United States in 2018.", "designated_as")),
        ],
        actors=[PAPER],
    )
    kg.add_document(
        Document(id="doc2", text="...", title="Turkey and the north", url="https://example.org/north", published="2024-12-07"),
        [Relation(TURKEY, "supports", HTS, evidence=ev("doc2", "Turkey-backed HTS rebels advanced.", "compound:backed", 0.8))],
    )
    kg.add_document(
        Document(id="doc3", text="...", title="Undated memo"),
        [Relation(HTS, "affiliated_with", QAEDA, former=True, evidence=ev("doc3", "HTS was previously affiliated with al-Qaeda.", "former"))],
    )
    return kg


# ---------------------------------------------------------------------- harness
@dataclass
class Loaded:
    page: object
    uri: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def until(self, predicate: str, arg=None, timeout: float = 15.0):
        end = time.monotonic() + timeout
        while True:
            value = self.page.evaluate(predicate, arg)
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {predicate}")
            time.sleep(0.02)

    def settle(self) -> None:
        """Wait for camera animations (focus, fit) to finish."""
        last = None
        for _ in range(100):
            view = self.js("[network.getViewPosition(), network.getScale()]")
            if view == last:
                return
            last = view
            time.sleep(0.1)

    def counts(self) -> dict:
        return self.js("explorer.counts()")

    def node_point(self, actor_id: str) -> tuple[float, float]:
        p = self.js("""(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.getElementById('network').getBoundingClientRect();
            return [p.x + r.left, p.y + r.top];
        }""", actor_id)
        return p[0], p[1]

    def edge_midpoint(self, edge_id: int) -> tuple[float, float]:
        p = self.js("""(id) => {
            const [from, to] = network.getConnectedNodes(id);
            const pos = network.getPositions([from, to]);
            const mid = {x: (pos[from].x + pos[to].x) / 2, y: (pos[from].y + pos[to].y) / 2};
            const d = network.canvasToDOM(mid);
            const r = document.getElementById('network').getBoundingClientRect();
            return [d.x + r.left, d.y + r.top];
        }""", edge_id)
        return p[0], p[1]

    def panel_text(self) -> str:
        return self.js("document.getElementById('panel-body').textContent")

    def assert_clean(self) -> None:
        stray = [u for u in self.requests if u != self.uri and not u.startswith("data:")]
        assert stray == [], f"the page made requests: {stray}"
        assert self.errors == [], f"page errors: {self.errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_graph(browser, tmp_path):
    contexts = []

    def open_(kg: KnowledgeGraph, *, name: str = "graph.html", bypass_csp: bool = False, title: str | None = None) -> Loaded:
        path = write_html(kg, tmp_path / name, title=title)
        uri = path.resolve().as_uri()
        context = browser.new_context(viewport={"width": 1300, "height": 850}, bypass_csp=bypass_csp, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        loaded = Loaded(page, uri)
        page.on("request", lambda r: loaded.requests.append(r.url))
        page.on("pageerror", lambda e: loaded.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: loaded.errors.append(f"console.{m.type}: {m.text}") if m.type in ("error", "assert") else None)

        def on_dialog(d):
            loaded.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        # Only the page itself may load: everything else is refused.
        page.route("**/*", lambda route: route.continue_() if route.request.url == uri else route.abort())
        page.goto(uri)
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
        return loaded

    yield open_
    for context in contexts:
        context.close()


# ---------------------------------------------------------------------- loading
def test_opens_offline_and_draws_the_graph(open_graph):
    kg = sample_graph()
    page = open_graph(kg)
    assert page.js("window.explorerReady") is True
    assert page.js("network.body.data.nodes.length") == kg.graph.number_of_nodes()
    assert page.js("network.body.data.edges.length") == len(kg)
    assert page.js("Object.keys(network.getPositions()).length") == kg.graph.number_of_nodes()
    # Something was painted on the canvas.
    painted = page.js("""() => {
        const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
    }""")
    assert painted > 1000
    summary = page.js("document.getElementById('summary').textContent")
    assert summary == "9 actors \u00b7 7 relations (1 negated) \u00b7 3 sources \u00b7 2018 \u2013 2024-12-06"
    page.assert_clean()


@pytest.mark.parametrize("size", [0, 1])
def test_empty_and_one_actor_graphs_open(open_graph, size):
    kg = KnowledgeGraph()
    if size:
        kg.add_actor(PAPER)
    page = open_graph(kg)
    assert page.counts()["visibleActors"] == size
    assert page.js("document.getElementById('date-section').hidden") is True
    page.assert_clean()


def test_physics_stops_and_the_layout_is_stable(open_graph):
    first = open_graph(sample_graph(), name="a.html")
    second = open_graph(sample_graph(), name="b.html")
    assert first.js("network.physics.physicsEnabled") is False
    a, b = first.js("network.getPositions()"), second.js("network.getPositions()")
    assert a.keys() == b.keys()
    for node in a:
        assert a[node]["x"] == pytest.approx(b[node]["x"], abs=0.01)
        assert a[node]["y"] == pytest.approx(b[node]["y"], abs=0.01)
    first.assert_clean()
    second.assert_clean()


def test_large_graph_uses_precomputed_positions_without_physics(open_graph):
    kg = KnowledgeGraph()
    actors = [Actor.create(f"Brigade {i}", "ARMED_GROUP") for i in range(LAYOUT_THRESHOLD + 50)]
    for i, actor in enumerate(actors):
        kg.add_relation(Relation(actor, "opposes", actors[(i * 7 + 1) % len(actors)], evidence=ev("d", "They clashed.")))
    page = open_graph(kg)
    assert page.js("explorer.data.layout.precomputed") is True
    assert page.js("network.physics.physicsEnabled") is False
    mismatched = page.js("""() => {
        const pos = network.getPositions();
        // getPositions() truncates to whole pixels.
        return explorer.data.actors.filter(a => Math.abs(pos[a.id].x - a.x) >= 1 || Math.abs(pos[a.id].y - a.y) >= 1).length;
    }""")
    assert mismatched == 0
    page.assert_clean()


# ---------------------------------------------------------------------- drawing
def test_edges_and_nodes_follow_the_vocabulary(open_graph):
    page = open_graph(sample_graph())
    # What vis-network draws with: each edge's options after defaults and groups apply.
    items = page.js("""() => explorer.data.relations.map(r => {
        const o = network.body.edges[r.id].options;
        return {predicate: r.predicate, negated: r.negated, hedged: r.modality !== null, label: o.label,
                color: o.color.color, dashes: o.dashes, width: o.width, arrow: o.arrows.to.enabled && o.arrows.to.type,
                vocab: explorer.data.vocabulary.predicates[r.predicate], sources: r.sources};
    })""")
    negated = [e for e in items if e["negated"]]
    assert len(negated) == 1
    neg = negated[0]
    assert neg["label"] == "NOT supports" and neg["dashes"] and neg["arrow"] == "bar" and neg["color"] != neg["vocab"]["color"]
    hedged = [e for e in items if e["hedged"]][0]
    assert hedged["label"] == "supports (reported)" and hedged["dashes"] and hedged["color"] == hedged["vocab"]["color"]
    plain = [e for e in items if not e["negated"] and not e["hedged"]]
    assert all(e["color"] == e["vocab"]["color"] and e["dashes"] is False for e in plain)
    assert all(e["arrow"] == ("arrow" if not e["vocab"]["symmetric"] else False) for e in plain)
    assert {e["label"] for e in plain} >= {"supports", "captures", "located in", "designates", "affiliated with (former)"}
    two = [e for e in plain if e["sources"] == 2][0]
    one = [e for e in plain if e["sources"] == 1][0]
    assert two["width"] > one["width"]
    drawn = page.js("""() => explorer.data.actors.map(a => {
        const o = network.body.nodes[a.id].options;
        return {id: a.id, type: a.type, shape: o.shape, color: o.color.background, size: o.size};
    })""")
    types = page.js("explorer.data.vocabulary.types")
    for n in drawn:
        assert n["shape"] == types[n["type"]]["shape"] and n["color"] == types[n["type"]]["color"]
    sizes = {n["id"]: n["size"] for n in drawn}
    assert sizes[HTS.id] > sizes[SYRIA.id]
    legend = page.js("document.getElementById('legend').textContent")
    for label in ("State", "Armed group", "Location", "supports", "located in", "NOT"):
        assert label in legend
    page.assert_clean()


def test_relation_labels_and_actor_size_can_be_switched(open_graph):
    page = open_graph(sample_graph())
    page.page.locator("#show-negated").uncheck()
    before = page.counts()
    labels = "Object.values(network.body.edges).map(e => e.options.label === undefined ? null : e.options.label)"
    assert "captures" in page.js(labels)
    page.page.locator("#edge-labels").uncheck()
    assert set(page.js(labels)) == {None}
    assert page.counts() == before and page.js("explorer.edges.get().filter(e => e.hidden).length") == 1
    page.page.locator("#edge-labels").check()
    assert "captures" in page.js(labels)
    size = f"network.body.nodes['{HTS.id}'].options.size"
    before = page.js(size)
    page.page.select_option("#size-by", "sources")
    assert page.js(size) < before  # 5 relations, 3 sources
    page.assert_clean()


# ---------------------------------------------------------------------- search
def test_search_suggests_names_and_aliases_and_focuses_the_actor(open_graph):
    page = open_graph(sample_graph())
    page.page.fill("#search", "hts")
    page.until("!document.getElementById('suggestions').hidden")
    first = page.js("document.querySelector('#suggestions li').textContent")
    assert first.startswith("Hayat Tahrir al-Sham") and "(HTS)" in first and "Armed group" in first
    page.page.press("#search", "Enter")
    page.until("network.getSelectedNodes().length === 1")
    assert page.js("network.getSelectedNodes()") == [HTS.id]
    highlighted = page.js("explorer.highlighted()")
    assert highlighted[0] == HTS.id
    assert set(highlighted) == {HTS.id, TURKEY.id, US.id, HAMA.id, QAEDA.id}
    assert page.js("explorer.state.focus") == HTS.id
    assert page.js("explorer.panel()") == {"kind": "actor", "id": HTS.id}
    # Focus moved the view onto the actor (after a short animation).
    page.until(f"""(() => {{
        const p = network.canvasToDOM(network.getPositions(['{HTS.id}'])['{HTS.id}']);
        const r = document.getElementById('network').getBoundingClientRect();
        return Math.abs(p.x - r.width / 2) < 5 && Math.abs(p.y - r.height / 2) < 5;
    }})()""", timeout=5)

    page.page.fill("#search", "Türk")
    page.until("!document.getElementById('suggestions').hidden")
    page.page.locator("#suggestions li").first.click()
    page.until(f"network.getSelectedNodes()[0] === '{TURKEY.id}'")
    assert page.js("explorer.panel()") == {"kind": "actor", "id": TURKEY.id}
    page.assert_clean()


# ---------------------------------------------------------------------- filters
def test_each_filter_changes_what_is_visible(open_graph):
    page = open_graph(sample_graph())
    total = page.counts()
    assert (total["visibleActors"], total["visibleRelations"]) == (9, 7)

    def visible():
        c = page.counts()
        return c["visibleActors"], c["visibleRelations"]

    # Predicate checkbox: 3 supports relations (one negated); Turkey, Iran and the Assad regime lose all theirs.
    page.page.locator("#predicate-filters input[value='supports']").uncheck()
    assert visible() == (6, 4)
    assert page.js("explorer.edges.get().filter(e => e.hidden).length") == 3
    # Actors with no visible relation can be kept.
    page.page.locator("#show-isolated").check()
    assert visible() == (9, 4)
    page.page.locator("#show-isolated").uncheck()
    page.page.locator("#predicate-filters input[value='supports']").check()
    assert visible() == (9, 7)

    # Actor types: hiding places hides Hama, Syria and the relations that touch them.
    page.page.locator("#type-filters input[value='LOCATION']").uncheck()
    assert visible() == (7, 5)
    assert page.js(f"explorer.nodes.get('{HAMA.id}').hidden") is True
    page.page.locator("#type-filters input[value='LOCATION']").check()
    assert visible() == (9, 7)

    # Negated and hedged relations.
    page.page.locator("#show-negated").uncheck()
    assert visible() == (9, 6)
    page.page.locator("#show-negated").check()
    page.page.locator("#show-hedged").uncheck()
    assert visible() == (7, 6)  # Iran and the Assad regime had only the reported relation
    page.page.locator("#show-hedged").check()

    # Minimum number of sources (arrow key on the slider, as a user would).
    page.page.locator("#min-sources").press("ArrowRight")
    assert page.js("document.getElementById('min-sources-value').textContent") == "2"
    assert visible() == (3, 1)  # only Turkey -> HTS has two sources; the paper has no relation at all
    page.page.locator("#min-sources").press("ArrowLeft")
    assert visible() == (9, 7)

    # Date range: up to 2018 leaves the designation and the undated relation.
    page.page.locator("#date-to").press("Home")
    assert page.js("document.getElementById('date-to-value').textContent") == "2018"
    assert visible() == (4, 2)
    page.page.locator("#show-undated").uncheck()
    assert visible() == (3, 1)
    # From 2024-12-05 to 2024-12-06: the capture and what was first reported on the 6th.
    page.page.locator("#date-to").press("End")
    page.page.locator("#date-from").press("ArrowRight")
    assert page.js("[document.getElementById('date-from-value').textContent, document.getElementById('date-to-value').textContent]") == ["2024-12-05", "2024-12-06"]
    assert page.js("explorer.state.dateFrom") == 1
    assert visible() == (8, 5)  # al-Qaeda's only relation is undated

    # Neighbourhood of the focused actor only.
    page.page.click("#reset")
    assert visible() == (9, 7)
    page.js(f"explorer.focus('{HAMA.id}')")
    page.page.locator("#neighbourhood-only").check()
    assert visible() == (3, 2)  # Hama, HTS, Syria
    page.page.click("#reset")
    assert visible() == (9, 7)
    assert page.js("explorer.hidden()") == {"actors": [], "relations": []}
    page.assert_clean()


# ---------------------------------------------------------------------- panels
def test_clicking_an_actor_shows_its_panel(open_graph):
    page = open_graph(sample_graph())
    page.settle()
    x, y = page.node_point(TURKEY.id)
    page.page.mouse.click(x, y)
    page.until(f"(() => {{ const v = explorer.panel(); return v && v.id === '{TURKEY.id}'; }})()")
    text = page.panel_text()
    for expected in ("Turkey", "State", "Türkiye", "iso3166-alpha3", "TUR", "supports (1)", "\u2192 Hayat Tahrir al-Sham", "2 sources"):
        assert expected in text, expected
    assert page.js("network.getSelectedNodes()") == [TURKEY.id]

    page.js(f"explorer.showActor('{US.id}')")
    headings = page.js("Array.from(document.querySelectorAll('#panel-body h3')).map(h => h.textContent.trim())")
    assert headings == ["NOT supports (1)", "designates (1)"]  # in vocabulary order
    page.assert_clean()


def test_clicking_a_relation_shows_its_evidence(open_graph):
    page = open_graph(sample_graph())
    edge = page.js(f"explorer.data.relations.find(r => r.s === '{TURKEY.id}' && r.predicate === 'supports').id")
    page.settle()
    x, y = page.edge_midpoint(edge)
    page.page.mouse.click(x, y)
    page.until(f"(() => {{ const v = explorer.panel(); return v && v.kind === 'relation' && v.id === {edge}; }})()")
    text = page.panel_text()
    for expected in ("Turkey supports Hayat Tahrir al-Sham", "Evidence (2)", "HTS has received support from Turkey.",
                     "Turkey-backed HTS rebels advanced.", "Rebels capture Hama", "Turkey and the north",
                     "2024-12-06", "2024-12-07", "rule verb:active", "rule compound:backed", "confidence 0.9", "confidence 0.8"):
        assert expected in text, expected
    links = page.js("Array.from(document.querySelectorAll('#panel-body a')).map(a => [a.getAttribute('href'), a.textContent, a.rel])")
    assert sorted(links) == [["https://example.org/hama", "https://example.org/hama", "noopener noreferrer"],
                             ["https://example.org/north", "https://example.org/north", "noopener noreferrer"]]

    # The negated relation says so, in the panel as well as on the edge.
    neg = page.js("explorer.data.relations.find(r => r.negated).id")
    page.js(f"explorer.showRelation({neg})")
    text = page.panel_text()
    assert "United States NOT supports Hayat Tahrir al-Sham" in text and "does NOT hold" in text
    assert page.js("network.getSelectedEdges()") == [neg]

    # The hedged one names its modality; the undated one says where its date comes from.
    hedged = page.js("explorer.data.relations.find(r => r.modality).id")
    page.js(f"explorer.showRelation({hedged})")
    assert "Hedged: reported" in page.panel_text()
    designation = page.js("explorer.data.relations.find(r => r.predicate === 'designates').id")
    page.js(f"explorer.showRelation({designation})")
    text = page.panel_text()
    assert "terrorist organization" in text and "2018" in text
    page.assert_clean()


def test_hovering_shows_a_text_tooltip(open_graph):
    page = open_graph(sample_graph())
    x, y = page.node_point(HAMA.id)
    page.page.mouse.move(x, y)
    page.until("!document.getElementById('tooltip').hidden")
    assert page.js("document.getElementById('tooltip').textContent").startswith("HamaLocation")
    page.page.mouse.move(2, 2)
    page.assert_clean()


# ---------------------------------------------------------------------- export
def test_export_png_downloads_the_view(open_graph, tmp_path):
    page = open_graph(sample_graph())
    with page.page.expect_download() as info:
        page.page.click("#export-png")
    download = info.value
    assert download.suggested_filename == "conflictkg-view.png"
    target = tmp_path / "view.png"
    download.save_as(target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert page.js("explorer.toPng()").startswith("data:image/png;base64,")
    page.assert_clean()


# ---------------------------------------------------------------------- safety
PWN = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE_NAME = f'<script>{PWN}</script>"Brigade" \'X\' </script>'
HOSTILE_ALIAS = f'<img src=x onerror="{PWN}">'
HOSTILE_STATE = f"<svg onload='{PWN}'>&amp;"
HOSTILE_TITLE = f'</title><img src=x onerror="{PWN}">'
HOSTILE_URL = f"javascript:{PWN}"
HOSTILE_SENTENCE = f'He said "</script><script>{PWN}</script>" & <img src=x onerror="{PWN}"> <!-- end'
HOSTILE_PAGE_TITLE = f"<script>{PWN}</script> & </title>"


def hostile_graph() -> KnowledgeGraph:
    bad = Actor.create(HOSTILE_NAME, "ARMED_GROUP", aliases=(HOSTILE_ALIAS, "</script><b>bold</b>"))
    state = Actor.create(HOSTILE_STATE, "STATE", external_ids=(("<b>scheme</b>", f"<i onclick='{PWN}'>v</i>"),))
    kg = KnowledgeGraph()
    kg.add_document(
        Document(id="evil", text="...", title=HOSTILE_TITLE, url=HOSTILE_URL, published="2024-01-01"),
        [
            Relation(state, "supports", bad, modality=f"<i>{PWN}</i>", attributed_to=f"<b onmouseover='{PWN}'>someone</b>",
                     designation=HOSTILE_ALIAS, rule=f"<script>{PWN}</script>",
                     evidence=(Evidence("evil", HOSTILE_SENTENCE, 0, 10, rule=f"<img src=x onerror='{PWN}'>"),)),
        ],
    )
    kg.add_document(
        Document(id="ok", text="...", title="Normal", url='https://example.org/a?b=<i>&c="d"', published="2024-01-02"),
        [Relation(bad, "attacks", state, evidence=ev("ok", HOSTILE_SENTENCE))],
    )
    return kg


@pytest.mark.parametrize("bypass_csp", [True, False], ids=["without-csp", "with-csp"])
def test_hostile_article_text_stays_text(open_graph, bypass_csp):
    # Without the CSP (bypassed), only the page's own escaping stands between the text and the DOM.
    kg = hostile_graph()
    page = open_graph(kg, bypass_csp=bypass_csp, title=HOSTILE_PAGE_TITLE)
    bad_id = next(a.id for a in kg.actors() if a.name == HOSTILE_NAME)
    state_id = next(a.id for a in kg.actors() if a.name == HOSTILE_STATE)

    assert page.js("document.title") == HOSTILE_PAGE_TITLE
    assert page.js("document.getElementById('title').textContent") == HOSTILE_PAGE_TITLE

    # Search shows the names and aliases literally.
    page.page.fill("#search", "onerror")
    page.until("!document.getElementById('suggestions').hidden")
    assert HOSTILE_ALIAS in page.js("document.getElementById('suggestions').textContent")
    page.page.press("#search", "Enter")
    page.until(f"network.getSelectedNodes()[0] === {bad_id!r}")

    # Actor panels.
    text = page.panel_text()
    assert HOSTILE_NAME in text and HOSTILE_ALIAS in text and "</script><b>bold</b>" in text
    page.js(f"explorer.showActor({state_id!r})")
    text = page.panel_text()
    assert HOSTILE_STATE in text and "<b>scheme</b>" in text and f"<i onclick='{PWN}'>v</i>" in text

    # Relation panels: sentence, title, modality, designation, rule -- all as text; the javascript: URL is not a link.
    for rel in page.js("explorer.data.relations.map(r => r.id)"):
        page.js(f"explorer.showRelation({rel})")
        text = page.panel_text()
        assert HOSTILE_SENTENCE in text
    supports = page.js("explorer.data.relations.find(r => r.predicate === 'supports').id")
    page.js(f"explorer.showRelation({supports})")
    text = page.panel_text()
    for literal in (HOSTILE_TITLE, HOSTILE_URL, HOSTILE_ALIAS, f"<i>{PWN}</i>", f"<b onmouseover='{PWN}'>someone</b>", f"<script>{PWN}</script>"):
        assert literal in text, literal
    assert page.js("document.querySelector('#panel-body .url-text').textContent") == HOSTILE_URL
    attacks = page.js("explorer.data.relations.find(r => r.predicate === 'attacks').id")
    page.js(f"explorer.showRelation({attacks})")
    hrefs = page.js("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
    assert hrefs == ["https://example.org/a?b=%3Ci%3E&c=%22d%22"]

    # Tooltips too.
    page.settle()
    x, y = page.node_point(bad_id)
    page.page.mouse.move(x, y)
    page.until("!document.getElementById('tooltip').hidden")
    assert page.js("document.getElementById('tooltip').textContent").startswith(HOSTILE_NAME)

    # Nothing ran, nothing was injected, nothing was fetched (an injected <img src=x> would request ./x).
    page.page.wait_for_timeout(200)
    assert page.js("window.__pwned") is None
    assert page.js("document.querySelectorAll('img, svg, iframe, object, embed, b, i').length") == 0
    assert page.js("document.scripts.length") == 3
    assert page.js("Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length") == 0
    page.assert_clean()


def test_long_names_are_shortened_on_the_canvas_and_whole_in_the_panel(open_graph):
    long_name = "Front for the Liberation of the Northern Highlands and the Lakes " * 5
    group = Actor.create(long_name.strip(), "ARMED_GROUP")
    kg = KnowledgeGraph()
    kg.add_document(Document(id="d", text="...", published="2024-01-01"),
                    [Relation(group, "attacks", TURKEY, evidence=ev("d", "The Front attacked Turkey."))])
    page = open_graph(kg)
    label = page.js(f"network.body.data.nodes.get({group.id!r}).label")
    assert len(label) <= 40 and label.endswith("\u2026") and long_name.startswith(label[:-1])
    page.js(f"explorer.showActor({group.id!r})")
    assert group.name in page.panel_text()
    page.assert_clean()


def test_a_contested_relation_says_so_in_its_panel(open_graph):
    kg = sample_graph()
    kg.add_document(Document(id="doc9", text="...", title="Washington's line", published="2024-12-08"),
                    [Relation(US, "supports", HTS, evidence=ev("doc9", "Washington quietly backs HTS."))])
    page = open_graph(kg)
    ids = page.js(f"explorer.data.relations.filter(r => r.s === {US.id!r} && r.predicate === 'supports').map(r => r.id)")
    assert len(ids) == 2
    for rel in ids:
        page.js(f"explorer.showRelation({rel})")
        assert "Contested: other sources state" in page.panel_text()
    page.assert_clean()
