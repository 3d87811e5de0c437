"""Extraction on a Dask distributed cluster: ``--engine dask [--scheduler ADDRESS]``.

Documents are cut into chunks as they are read (so a corpus of any size streams);
each chunk becomes a ``dask.bag`` whose partitions are extracted on the workers --
each worker loads the spaCy pipeline once (:func:`load_pipeline` is cached per
process) -- and the relations come back, partition by partition in input order, to be
reduced into one graph by the caller exactly as a local build does. Because the
graph's cross-document merge does not depend on order, the graph is byte-identical to
a single-process build.

Without a scheduler address a ``LocalCluster`` of ``workers`` processes is started and
stopped here. Workers of a remote cluster need conflictkg (and its model) installed.

>>> for doc, relations, actors in extract_documents_dask(docs, scheduler="tcp://10.0.0.5:8786"):  # doctest: +SKIP
...     print(doc.id, len(relations))
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import Iterable, Iterator

from conflictkg.errors import ConflictKGError
from conflictkg.graph.model import Actor, Document, Relation

__all__ = ["extract_documents_dask", "extract_partition"]


def extract_partition(documents: list[Document], model: str | None, gazetteer: str | None) -> list[tuple]:
    """Run on a worker: extract one partition (the pipeline is loaded once per worker process)."""
    from conflictkg.graph.pipeline import extract_documents

    return [(doc.id, relations, actors)
            for doc, relations, actors in extract_documents(documents, model=model, gazetteer=gazetteer)]


def _client(scheduler: str | None, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ConflictKGError("--engine dask needs dask.distributed: pip install 'conflictkg[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as exc:
            raise ConflictKGError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def extract_documents_dask(
    documents: Iterable[Document], *, scheduler: str | None = None, workers: int = 2, model: str | None = None,
    gazetteer: str | None = None, partition_size: int = 16, chunk_partitions: int = 8,
) -> Iterator[tuple[Document, list[Relation], list[Actor]]]:
    """Like :func:`conflictkg.graph.pipeline.extract_documents`, on a Dask cluster.

    Reads ``partition_size * chunk_partitions`` documents per worker at a time; yields
    every document in input order with its relations and actors.
    """
    import dask.bag as db

    client, cluster = _client(scheduler, workers)
    try:
        width = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        documents = iter(documents)
        size = partition_size * chunk_partitions * width

        def submit() -> bool:
            chunk = list(itertools.islice(documents, size))
            if chunk:
                # Partitions of partition_size, but at least one per worker: a short input is shared too.
                bag = db.from_sequence(chunk, npartitions=min(len(chunk), max(width, -(-len(chunk) // partition_size))))
                in_flight.append((chunk, client.compute(bag.map_partitions(extract_partition, model, gazetteer))))
            return bool(chunk)

        # Two chunks in flight: the workers parse the next while this process merges the last.
        in_flight: deque = deque()
        submit() and submit()
        while in_flight:
            chunk, future = in_flight.popleft()
            results = future.result()
            submit()
            for document, (doc_id, relations, actors) in zip(chunk, results, strict=True):
                if doc_id != document.id:  # bags keep order; anything else is a bug, not bad input
                    raise RuntimeError(f"dask returned {doc_id} in place of {document.id}")
                yield document, relations, actors
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
