"""Layers point one way: ontology <- graph <- exports <- conflictkg (API, CLI).

Every import in every module is read from the source (function-level imports too, which
a lazy import would hide from a run-time check); none may reach a layer above its own.
``conflictkg.errors`` and ``conflictkg.files`` are leaves every layer may use: they
import nothing of the project but each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {"ontology": 0, "graph": 1, "exports": 2}
API = 3
SHARED = {"conflictkg.errors", "conflictkg.files"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    # graph/, ontology/ and exports/ install as conflictkg.graph, conflictkg.ontology, conflictkg.exports.
    return ".".join(parts if parts[0] == "conflictkg" else ["conflictkg", *parts])


def layer(module: str) -> int | None:
    if module in SHARED or any(module.startswith(s + ".") for s in SHARED):
        return None
    parts = module.split(".")
    return LAYERS.get(parts[1], API) if len(parts) > 1 else API


def imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from conflictkg import exports" imports conflictkg.exports.
            found += [(node.lineno, f"{node.module}.{a.name}" if node.module == "conflictkg" else node.module)
                      for a in node.names]
    return [(line, name) for line, name in found if name.split(".")[0] == "conflictkg"]


MODULES = sorted(p for d in ("ontology", "graph", "exports", "conflictkg") for p in (ROOT / d).rglob("*.py"))


def test_the_layers_are_where_the_brief_puts_them():
    names = {module_name(p) for p in MODULES}
    assert {"conflictkg.ontology", "conflictkg.graph.kg", "conflictkg.exports.rdf", "conflictkg.cli"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_a_layer_above_its_own(path):
    module = module_name(path)
    own = layer(module)
    upward = []
    for line, name in imports(path):
        target = layer(name if name != "conflictkg.__version__" else "conflictkg")
        if own is None:
            if target is not None:
                upward.append(f"line {line}: {name} (a shared leaf imports the project)")
        elif target is not None and target > own:
            upward.append(f"line {line}: {name}")
    assert upward == [], f"{module} imports above its layer: {upward}"
