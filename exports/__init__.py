"""Exporters keyed by format name, as rdflib registers its serialisers.

Each format module registers its :class:`Exporter` at import; ``get("turtle")``
returns it, ``for_path("graph.ttl")`` chooses one by extension, and an unknown name
fails with the list of what is available.

>>> from conflictkg import exports
>>> exports.get("turtle").extensions
('.ttl',)
>>> exports.for_path("out/graph.jsonld").name
'json-ld'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from conflictkg.errors import FormatError

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph

__all__ = ["Exporter", "register", "get", "for_path", "available", "write", "read"]


@dataclass(frozen=True)
class Exporter:
    """A named output format: how to write a graph to a file, and (for RDF) read it back."""

    name: str
    extensions: tuple[str, ...]
    media_type: str
    write: Callable[["KnowledgeGraph", Path], None]
    read: Callable[[Path], "KnowledgeGraph"] | None = None
    rdf: bool = False  # an RDF serialisation, readable by query/validate/serve/render
    folder: bool = False  # writes a folder of files (chosen for a path ending in "/" or an existing folder)


_REGISTRY: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add ``exporter`` to the registry under its name."""
    _REGISTRY[exporter.name] = exporter
    return exporter


def available(rdf_only: bool = False) -> list[str]:
    """The registered format names."""
    return [name for name, e in _REGISTRY.items() if e.rdf or not rdf_only]


def get(name: str) -> Exporter:
    """The exporter registered as ``name``; :class:`FormatError` lists the others."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise FormatError(f"unknown format {name!r}; available: {', '.join(available())}") from None


def for_path(path: str | os.PathLike, rdf_only: bool = False) -> Exporter:
    """The exporter whose extension matches ``path`` (``.ttl``, ``.jsonld``, ``.html``...)."""
    trailing_slash = str(path).endswith(("/", os.sep))
    suffix = Path(path).suffix.lower()
    for exporter in _REGISTRY.values():
        if suffix and suffix in exporter.extensions and (exporter.rdf or not rdf_only) and not trailing_slash:
            return exporter
    if not rdf_only and (trailing_slash or Path(path).is_dir()):
        folders = [e for e in _REGISTRY.values() if e.folder]
        if len(folders) == 1:
            return folders[0]
    known = sorted(ext for e in _REGISTRY.values() if e.rdf or not rdf_only for ext in e.extensions)
    raise FormatError(f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; known: {', '.join(known)}")


def write(kg: "KnowledgeGraph", path: str | os.PathLike, format: str | None = None) -> Path:
    """Write ``kg`` to ``path`` in ``format`` (default: by extension); the write is atomic."""
    exporter = get(format) if format else for_path(path)
    exporter.write(kg, Path(path))
    return Path(path)


def read(path: str | os.PathLike, format: str | None = None) -> "KnowledgeGraph":
    """Read a graph saved in an RDF format (by ``format`` or the extension), or a whole store folder."""
    from conflictkg.exports.store import is_store, read_store

    if format is None and is_store(path):
        return read_store(path)
    exporter = get(format) if format else for_path(path, rdf_only=True)
    if exporter.read is None:
        raise FormatError(f"{path}: the {exporter.name} format cannot be read back as a graph")
    return exporter.read(Path(path))


# Importing the format modules registers them.
from conflictkg.exports import tables  # noqa: E402,F401
from conflictkg.exports import html  # noqa: E402,F401
from conflictkg.exports import rdf  # noqa: E402,F401
from conflictkg.exports import networks  # noqa: E402,F401
from conflictkg.exports import parquet  # noqa: E402,F401
from conflictkg.exports import neo4j  # noqa: E402,F401
