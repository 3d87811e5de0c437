"""Precomputed node positions for the HTML explorer.

Large graphs are laid out here, in Python, so that the browser only has to draw them:
each connected component with igraph's Fruchterman-Reingold (grid variant, fast at
10,000 nodes), then the components packed in rows, largest first, and actors with
no relation in a block at the end. A force layout of the whole graph would push
the small components and lone actors to the edges and crush the big one.

The layout is seeded and the input sorted, so the same graph gives the same picture.

>>> pos = spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"]
True
>>> pos == spring_positions(["c", "b", "a"], [("b", "c"), ("a", "b")])
True
"""

from __future__ import annotations

import math
import random
from typing import Iterable, Sequence

import igraph

__all__ = ["spring_positions"]


def spring_positions(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    *,
    seed: int = 7,
    spacing: float = 110.0,
    niter: int = 500,
) -> dict[str, tuple[float, float]]:
    """Positions for ``nodes`` (ids) joined by ``edges``, in screen-like units.

    Each node gets about ``spacing`` pixels of room; the picture is centred on (0, 0).
    Nodes and edges are sorted first, so their order does not change the result.
    """
    ids = sorted(set(nodes))
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    pairs = sorted({tuple(sorted((index[s], index[o]))) for s, o in edges if s in index and o in index and s != o})
    graph = igraph.Graph(n=len(ids), edges=pairs, directed=False)

    # Components, largest first; ties broken by their smallest node (sorted ids).
    components = sorted(graph.connected_components(), key=lambda c: (-len(c), min(c)))
    blocks: list[tuple[list[int], list[tuple[float, float]]]] = []
    lone: list[int] = []
    # igraph draws its initial positions from a Python RNG: give it a seeded one,
    # then put back the default so nobody else's random numbers change.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        for members in components:
            if len(members) == 1:
                lone.extend(members)
                continue
            sub = graph.induced_subgraph(members)
            coords = sub.layout_fruchterman_reingold(niter=niter, grid="auto").coords
            blocks.append((list(members), _fit(coords, spacing * math.sqrt(len(members)))))
    finally:
        igraph.set_random_number_generator(random)
    if lone:
        side = math.ceil(math.sqrt(len(lone)))
        step = spacing * 0.6
        blocks.append((lone, [((i % side) * step, (i // side) * step) for i in range(len(lone))]))

    placed = _pack(blocks, gap=spacing)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {ids[i]: (round(x - cx, 1), round(y - cy, 1)) for i, (x, y) in sorted(placed.items())}


def _fit(coords: list[list[float]], side: float) -> list[tuple[float, float]]:
    """Scale ``coords`` so the larger side of their box is ``side``, with the box at (0, 0)."""
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    left, top = min(xs), min(ys)  # once: inside the comprehension they made this quadratic
    width, height = (max(xs) - left) or 1.0, (max(ys) - top) or 1.0
    scale = side / max(width, height)
    return [((x - left) * scale, (y - top) * scale) for x, y in zip(xs, ys)]


def _pack(blocks: list[tuple[list[int], list[tuple[float, float]]]], gap: float) -> dict[int, tuple[float, float]]:
    """Place blocks (already at the origin) left to right in rows about as wide as the total is tall."""
    sizes = [(max(x for x, _ in pts), max(y for _, y in pts)) for _, pts in blocks]
    area = sum((w + gap) * (h + gap) for w, h in sizes)
    row_width = max(math.sqrt(area) * 1.3, max(w for w, _ in sizes))
    placed: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (members, pts), (w, h) in zip(blocks, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in zip(members, pts):
            placed[node] = (x + px, y + py)
        x += w + gap
        row_height = max(row_height, h)
    return placed
