"""The example notebook runs (nbclient), and a KnowledgeGraph displays itself in Jupyter."""

from __future__ import annotations

from pathlib import Path

import pytest

import conflictkg
from conflictkg import KnowledgeGraph

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "example.ipynb"


def test_a_graph_shows_as_a_sandboxed_explorer_and_a_one_line_summary():
    kg = conflictkg.build(processes=1)
    html = kg._repr_html_()
    assert html.startswith('<iframe sandbox="allow-scripts" srcdoc="')
    assert "allow-same-origin" not in html  # the page cannot reach the notebook's origin
    assert "<script" not in html.split('srcdoc="', 1)[1].split('"', 1)[0]  # the page is escaped in the attribute
    assert repr(kg) == "<KnowledgeGraph: 1 document(s), 15 actors, 20 relations (2 negated)>"
    assert repr(KnowledgeGraph()) == "<KnowledgeGraph: 0 document(s), 0 actors, 0 relations (0 negated)>"


def test_the_example_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o for o in outputs if o.output_type in ("display_data", "execute_result")]
    assert any("text/html" in o.data and "<iframe sandbox" in o.data["text/html"] for o in shown)
    assert any("Turkey" in o.data.get("text/plain", "") or "Turkey" in o.data.get("text/html", "") for o in shown)
