"""The HTML explorer: one self-contained, offline page per graph.

The page inlines vis-network (9.1.2, read at render time from the installed pyvis
package, which pins it) and its own script and style from ``templates/``; it loads nothing from any URL, and a Content-Security-Policy
with the hashes of its two scripts forbids it to. The graph goes in as JSON inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and the JavaScript
line separators escaped, and the page puts names, sentences and titles into the DOM as
text only -- article text is untrusted and is never parsed as HTML or run as script.

pyvis is the source of vis-network here, not of the page: its template loads Bootstrap
and more from CDNs, and ``Network.add_edge`` scans every edge already added, which is
quadratic at 30,000 edges; the nodes and edges are plain JSON built below instead.

Small graphs are laid out in the browser by vis-network's physics with a fixed seed,
which then stops; above :data:`LAYOUT_THRESHOLD` actors, positions are computed here
(:mod:`conflictkg.exports.layout`) and physics is off, so 10,000 actors draw at once.

>>> from conflictkg.graph.kg import KnowledgeGraph
>>> page = render_html(KnowledgeGraph(), title="Empty")
>>> "<script src=" in page, page.startswith("<!DOCTYPE html>")
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictkg.errors import FormatError
from conflictkg.exports import Exporter, register
from conflictkg.exports.layout import spring_positions
from conflictkg.files import write_text
from conflictkg.ontology import ENTITY_TYPES, PREDICATES, QUALIFIERS, VERSION

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph
    from conflictkg.graph.model import Relation

__all__ = ["render_html", "write_html", "notebook_html", "explorer_data", "LAYOUT_THRESHOLD"]

#: The vis-network build inlined in the page, from pyvis's ``lib/`` folder.
VIS_NETWORK = "vis-9.1.2"

#: Above this many actors, positions are computed in Python and physics is off.
LAYOUT_THRESHOLD = 300

_TEMPLATES = resources.files(__name__.rpartition(".")[0]).joinpath("templates")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
# What must not reach an inline <script>: the HTML parser would end the element at
# "</script", and U+2028/2029 end a JavaScript string in older engines.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def render_html(kg: "KnowledgeGraph", *, title: str | None = None) -> str:
    """The explorer page for ``kg`` as a string.

    >>> from conflictkg.graph.kg import KnowledgeGraph
    >>> "vis.Network" in render_html(KnowledgeGraph())
    True
    """
    title = title or _default_title(kg)
    data = explorer_data(kg, title=title)
    vis_js = _asset("vis-network.min.js")
    app_js = _asset("explorer.js")
    parts = {
        "TITLE": html.escape(title),
        "CSP": html.escape(_csp(vis_js, app_js), quote=False),  # in double quotes; has none
        "VIS_CSS": _asset("vis-network.css"),
        "APP_CSS": _asset("explorer.css"),
        "DATA": json_for_script(data),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "GENERATOR": html.escape(f"conflictkg {VERSION}"),
    }
    # One pass: text substituted in is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("explorer.html"))


def write_html(kg: "KnowledgeGraph", path: str | Path, *, title: str | None = None) -> Path:
    """Write the explorer for ``kg`` to ``path`` (atomically) and return the path.

    >>> write_html(kg, "out/graph.html")      # doctest: +SKIP
    PosixPath('out/graph.html')
    """
    return write_text(path, render_html(kg, title=title))


def notebook_html(kg: "KnowledgeGraph", *, title: str | None = None, height: int = 600) -> str:
    """The explorer for a notebook cell: the page in a sandboxed ``<iframe srcdoc>``.

    The sandbox allows scripts but not the notebook's origin, so the page (article text
    included) can reach neither the notebook nor its kernel; its own CSP still forbids
    every request.

    >>> from conflictkg.graph.kg import KnowledgeGraph
    >>> notebook_html(KnowledgeGraph()).startswith('<iframe sandbox="allow-scripts"')
    True
    """
    page = html.escape(render_html(kg, title=title), quote=True)
    return (f'<iframe sandbox="allow-scripts" srcdoc="{page}" '
            f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe>')


def json_for_script(value: Any) -> str:
    r"""``value`` as JSON that is safe inside an HTML ``<script>`` element.

    >>> print(json_for_script({"name": "</script><b>"}))
    {"name":"\u003c/script\u003e\u003cb\u003e"}
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def explorer_data(kg: "KnowledgeGraph", *, title: str = "") -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data (sorted, so the output is stable).

    ``actors`` and ``relations`` are lists; a relation names its ends by actor id
    and its evidence documents by index into ``documents``.
    """
    actors = sorted(kg.actors(), key=lambda a: a.id)
    relations = sorted(kg, key=lambda r: (r.subject.id, r.object.id, r.predicate, r.negated))
    doc_ids = sorted(set(kg.documents) | {ev.document_id for r in relations for ev in r.evidence})
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    documents = []
    for d in doc_ids:
        doc = kg.documents.get(d)
        documents.append({
            "id": d,
            "title": (doc.title if doc else "") or "",
            "url": (doc.url if doc else "") or "",
            "published": str(doc.published) if doc and doc.published else None,
        })

    degree: dict[str, int] = defaultdict(int)
    actor_docs: dict[str, set[str]] = defaultdict(set)
    for rel in relations:
        for end in {rel.subject.id, rel.object.id}:
            degree[end] += 1
            actor_docs[end].update(rel.documents)

    positions: dict[str, tuple[float, float]] = {}
    precomputed = len(actors) > LAYOUT_THRESHOLD
    if precomputed:
        positions = spring_positions([a.id for a in actors], [(r.subject.id, r.object.id) for r in relations])

    actor_rows = []
    for a in actors:
        row: dict[str, Any] = {
            "id": a.id,
            "name": a.name,
            "type": a.type,
            "aliases": list(a.aliases),
            "ids": [list(pair) for pair in a.external_ids],
            "degree": degree[a.id],
            "sources": len(actor_docs[a.id]),
        }
        if a.id in positions:
            row["x"], row["y"] = positions[a.id]
        actor_rows.append(row)

    relation_rows = [_relation_row(i, rel, documents, doc_index) for i, rel in enumerate(relations)]
    # Contested: one source asserts what another denies (the same ends and predicate, both polarities).
    polarities: dict[tuple[str, str, str], set[bool]] = {}
    for rel in relations:
        s, _, o, _ = rel.key
        polarities.setdefault((s, rel.predicate, o), set()).add(rel.negated)
    for row, rel in zip(relation_rows, relations):
        s, _, o, _ = rel.key
        row["contested"] = len(polarities[(s, rel.predicate, o)]) == 2
    _curve_parallel_edges(relation_rows)

    dated = [r for r in relation_rows if r["span"]]
    dates = sorted({r["when"] for r in relation_rows if r["span"]}, key=lambda d: (_start(d), _end(d)))
    return {
        "title": title,
        "generator": f"conflictkg {VERSION}",
        "vocabulary": {
            "types": {k: {"label": t.label, "color": t.color, "shape": t.shape} for k, t in ENTITY_TYPES.items()},
            "predicates": {k: {"label": p.label, "color": p.color, "symmetric": p.symmetric} for k, p in PREDICATES.items()},
            "qualifiers": {k: {"label": q.label, "datatype": q.datatype} for k, q in QUALIFIERS.items()},
        },
        "layout": {"precomputed": precomputed, "threshold": LAYOUT_THRESHOLD, "seed": 7},
        "documents": documents,
        "actors": actor_rows,
        "relations": relation_rows,
        "dates": dates,
        "summary": {
            "actors": len(actor_rows),
            "relations": len(relation_rows),
            "negated": sum(1 for r in relation_rows if r["negated"]),
            "hedged": sum(1 for r in relation_rows if r["modality"] is not None),
            "contested": sum(1 for r in relation_rows if r["contested"]),
            "sources": len(doc_ids),
            # The earliest and latest dates as written ("2018", "2024-12-06").
            "first": min(dated, key=lambda r: r["span"][0])["when"] if dated else None,
            "last": max(dated, key=lambda r: r["span"][1])["when"] if dated else None,
        },
    }


def _relation_row(i: int, rel: "Relation", documents: list[dict], doc_index: dict[str, int]) -> dict[str, Any]:
    evidence = [
        [doc_index[ev.document_id], ev.sentence, ev.rule, _number(ev.confidence)]
        for ev in rel.evidence
    ]
    # The date a relation is filtered by: its own, else the earliest publication date
    # of the documents that state it ("as reported on").
    when, when_from = _iso(rel.date), "relation"
    if when is None:
        published = sorted(p for p in (_iso(documents[e[0]]["published"]) for e in evidence) if p)
        when, when_from = (published[0], "published") if published else (None, None)
    return {
        "id": i,
        "s": rel.subject.id,
        "o": rel.object.id,
        "predicate": rel.predicate,
        "negated": rel.negated,
        **{name: getattr(rel, name) for name in QUALIFIERS},
        "when": when,
        "when_from": when_from,
        "span": [_start(when), _end(when)] if when else None,
        "confidence": _number(rel.confidence),
        "rule": rel.rule,
        "sources": len(rel.documents),
        "evidence": evidence,
        "curve": None,
    }


def _curve_parallel_edges(rows: list[dict[str, Any]]) -> None:
    """Bend the second, third... edge between the same two actors so none hides another."""
    between: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        between[tuple(sorted((row["s"], row["o"])))].append(row)
    for group in between.values():
        for k, row in enumerate(group[1:], start=1):
            # Alternate sides relative to the pair's sorted order, not the edge's direction.
            side = 1 if k % 2 else -1
            if row["s"] > row["o"]:
                side = -side
            row["curve"] = {"type": "curvedCW" if side > 0 else "curvedCCW", "roundness": round(0.18 * math.ceil(k / 2), 2)}


def _number(value: float | None) -> float | None:
    """A JSON-safe number: NaN and infinities (JSON has neither) become None."""
    return value if value is not None and math.isfinite(value) else None


def _iso(value: str | None) -> str | None:
    """The ISO date prefix of ``value`` ("2024", "2024-12", "2024-12-05"), or None."""
    if not value:
        return None
    m = _ISO_DATE.match(str(value).strip())
    return m.group() if m else None


def _start(date: str) -> str:
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def _end(date: str) -> str:
    # Comparing strings, "-31" is the end of any month.
    return (date + "-12-31")[:10] if len(date) == 4 else (date + "-31")[:10]


def _default_title(kg: "KnowledgeGraph") -> str:
    titles = sorted({d.title for d in kg.documents.values() if d.title})
    if len(titles) == 1:
        return f"conflictkg: {titles[0]}"
    return "conflictkg explorer"


def _vis_network(name: str) -> str:
    """vis-network's ``name`` as the installed pyvis ships it: the repository keeps no copy."""
    # Located without importing pyvis (its import pulls in IPython-era modules, ~0.2 s).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise FormatError("the HTML explorer needs the pyvis package (it ships vis-network): pip install pyvis")
    path = Path(next(iter(spec.submodule_search_locations))) / "lib" / VIS_NETWORK / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FormatError(f"{path}: missing from the installed pyvis; conflictkg expects pyvis with {VIS_NETWORK}") from None
    # One line ending, and no source map reference: developer tools would try to fetch the map.
    text = text.replace("\r\n", "\n")
    return re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)


def _asset(name: str) -> str:
    if name.startswith("vis-network"):
        text = _vis_network(name)
    else:
        text = _TEMPLATES.joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".js") and re.search(r"</script|<!--", text, re.I):
        raise ValueError(f"templates/{name} contains '</script' or '<!--' and cannot be inlined")
    if name.endswith(".css") and re.search(r"</style", text, re.I):
        raise ValueError(f"templates/{name} contains '</style' and cannot be inlined")
    return text


def _csp(*scripts: str) -> str:
    """A policy that lets only our own inline scripts run and forbids every fetch."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )


def _write(kg: "KnowledgeGraph", path: Path) -> None:
    write_html(kg, path)


register(Exporter("html", (".html",), "text/html", _write, read=None, rdf=False))
