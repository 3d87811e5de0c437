"""Parquet: the relations table (:func:`conflictkg.graph.frames.relations_frame`) through pyarrow.

An optional extra, like the frames it is written from (``pip install 'conflictkg[pandas]'``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from conflictkg.errors import MissingDependencyError
from conflictkg.exports import Exporter, register
from conflictkg.files import write_bytes
from conflictkg.graph.frames import relations_frame

if TYPE_CHECKING:
    from conflictkg.graph.kg import KnowledgeGraph


def _write_parquet(kg: "KnowledgeGraph", path: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise MissingDependencyError("Parquet needs pyarrow: pip install 'conflictkg[pandas]'") from None
    buf = io.BytesIO()
    relations_frame(kg).to_parquet(buf, engine="pyarrow", index=False)
    write_bytes(path, buf.getvalue())


register(Exporter("parquet", (".parquet",), "application/vnd.apache.parquet", _write_parquet))
