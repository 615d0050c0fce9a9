"""The ``kg`` command: a thin shell over the library.

Exit codes: 0 success; 1 an error (the message says what and where); 2 a usage
error; 3 the command finished but skipped some input (each skip was named).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import KGError

if TYPE_CHECKING:
    from .types import Article, Statement

DEFAULT_STORE = "output/store"
DEFAULT_OUT = "output"
EXIT_SKIPPED = 3

store_option = click.option(
    "--store",
    "store_path",
    default=DEFAULT_STORE,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    envvar="KG_STORE",
    help="Folder of the embedded store (env KG_STORE).",
)


def _err(message: str) -> None:
    click.echo(message, err=True)


# The date options of view, analyze, dyad and report: read by kg.dates, as at every door.
SINCE_HELP = "Only dated statements from this day, or from the start of this year or month: YYYY[-MM[-DD]]."
UNTIL_HELP = "Only dated statements up to this day, or to the end of this year or month: YYYY[-MM[-DD]]."


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Read a --since/--until value as every door does (kg.dates), or a usage error that says why."""
    if value is None:
        return None
    from .dates import parse_date
    from .errors import DateError

    try:
        return parse_date(value, end=param.name == "until").isoformat()
    except DateError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg")
def cli() -> None:
    """Build a knowledge graph of international relations from news articles.

    \b
    Typical use:
      kg build articles/            # extract, store, write output/graph.ttl and graph.html
      kg query who-accused --bind target=NATO
      kg view --actor China --depth 2
    """


# --- extract ----------------------------------------------------------------------


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", "ttl"]),
    default="table",
    show_default=True,
    help="jsonl: one JSON object per statement; table: for reading; ttl: the RDF.",
)
@click.option("--date", help="Publication date (YYYY-MM-DD) for articles that have none.")
def extract(files: Sequence[str], fmt: str, date: str | None) -> None:
    """Print the statements of each article (FILE or - for stdin); nothing is stored."""
    from .extract import extract_articles
    from .ingest import read_articles

    skipped = []

    def on_skip(item) -> None:
        skipped.append(item)
        _err(f"warning: skipped {item}")

    articles = read_articles(
        files,
        date=date,
        on_skip=on_skip,
        on_warning=lambda s, m: _err(f"warning: {s}: {m}"),
        stdin=sys.stdin.buffer,
    )

    def results() -> Iterator[tuple[Article, tuple[Statement, ...]]]:
        for article, extraction in extract_articles(articles):
            for failure in extraction.failures:
                _err(f"warning: {article.source or article.id}: {failure}")
            yield article, extraction.statements

    if fmt == "jsonl":
        for _article, statements in results():
            for stmt in statements:
                click.echo(json.dumps(statement_record(stmt), ensure_ascii=False))
    elif fmt == "table":
        for article, statements in results():
            _print_statements(article, statements)
    else:
        from rdflib import Dataset

        from .rdf import article_graph
        from .store import PREFIXES

        dataset = Dataset()
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns)
        for article, statements in results():
            graph = article_graph(article, statements)
            for triple in graph:
                dataset.add(triple)
        click.echo(dataset.serialize(format="turtle"))
    if skipped:
        sys.exit(EXIT_SKIPPED)


def statement_record(stmt) -> dict[str, Any]:
    """The JSON form of a statement (the ``--format jsonl`` contract)."""
    return {
        "subject": stmt.subject.name,
        "relation": stmt.relation,
        "object": stmt.object.name,
        "subject_type": str(stmt.subject.type),
        "object_type": str(stmt.object.type),
        "subject_code": stmt.subject.code,
        "object_code": stmt.object.code,
        "subject_affiliation": stmt.subject.affiliation.name if stmt.subject.affiliation else None,
        "object_affiliation": stmt.object.affiliation.name if stmt.object.affiliation else None,
        "negated": stmt.negated,
        "hypothetical": stmt.hypothetical,
        "cameo": stmt.event.code,
        "cameo_name": stmt.event.name,
        "quad_class": stmt.event.quad_class,
        "goldstein": stmt.event.goldstein,
        "source": stmt.source.name if stmt.source else None,
        "sentence": stmt.sentence,
        "start": stmt.start,
        "end": stmt.end,
        "article": stmt.article_id,
        "date": stmt.date,
    }


def _print_statements(article, statements) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{article.title or article.id} ({len(statements)} statements)", show_lines=False)
    for column in ("subject", "relation", "object", "CAMEO", "flags"):
        table.add_column(column)
    for stmt in statements:
        flags = ",".join(
            f
            for f, on in (
                ("neg", stmt.negated),
                ("hyp", stmt.hypothetical),
                (f"by {stmt.source.name}" if stmt.source else "", stmt.source),
            )
            if on
        )
        table.add_row(stmt.subject.name, stmt.relation, stmt.object.name, stmt.event.code, flags)
    Console(soft_wrap=False).print(table)


# --- build and push -----------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option(
    "--out",
    "out_dir",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for graph.ttl/graph.trig and graph.html.",
)
@click.option("--date", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "trig"]),
    default="ttl",
    show_default=True,
    help="ttl: all statements in one graph; trig: one named graph per article.",
)
@click.option("--max-bytes", default=50_000_000, show_default=True, help="Skip input files larger than this.")
@click.option("--batch-size", default=32, show_default=True, help="Articles per spaCy batch and worker task.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Worker processes that parse the articles (default: the cores available; 1: this process).",
)
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Parse on a Dask cluster: its scheduler address (tcp://HOST:8786), or 'local' (--jobs workers).",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Also send each article added or replaced to this SPARQL store (its Graph Store Protocol URL).",
)
@click.option("--no-outputs", is_flag=True, help="Only update the store; do not write graph files.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def build(
    paths: Sequence[str],
    store_path: Path,
    out_dir: Path,
    date: str | None,
    fmt: str,
    max_bytes: int,
    batch_size: int,
    jobs: int | None,
    dask: str | None,
    endpoint: str | None,
    no_outputs: bool,
    quiet: bool,
) -> None:
    """Ingest articles (files, folders, or - for stdin) into the store, then write the graph files.

    Reads .txt, .html, .json and .jsonl (one article per record with "text" and
    optional "title", "date", "url", "id"). Articles already stored with the same
    content are skipped before parsing; a changed article with the same id
    replaces the old one. Each article is stored in one transaction: an
    interrupted build keeps what it finished, and running it again does the rest.

    \b
    Examples:
      kg build archive/ --jobs 4
      kg build archive/ --dask tcp://scheduler:8786
      kg build today.jsonl --endpoint http://localhost:7878/store
    """
    from .operations import write_outputs
    from .pipeline import available_cores
    from .pipeline import build as run_build
    from .store import Store

    show = not quiet and sys.stderr.isatty()
    with Store(store_path, write=True) as store, _remote(endpoint) as remote, _progress(show) as tick:
        report = run_build(
            paths,
            store=store,
            date=date,
            max_bytes=max_bytes,
            batch_size=batch_size,
            jobs=jobs or available_cores(),
            dask=dask,
            remote=remote,
            on_progress=tick,
            on_skip=lambda item: _err(f"warning: skipped {item}"),
            on_warning=lambda source, message: _err(f"warning: {source}: {message}"),
            stdin=sys.stdin.buffer,
        )
        outputs = [] if no_outputs else write_outputs(store, out_dir, fmt=fmt)
    if not quiet:
        _err(_build_summary(report))
        if endpoint:
            _err(f"sent {report.pushed} articles to {endpoint}")
        for path in outputs:
            _err(f"wrote {path}")
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _build_summary(report) -> str:
    """One line: what was added, replaced, unchanged and skipped (and why), statements, time."""
    reasons = ", ".join(f"{n} {kind}" for kind, n in report.skip_reasons().items())
    skipped = f"{len(report.skipped)} skipped" + (f" ({reasons})" if reasons else "")
    rate = ""
    if report.parsed and report.seconds:
        rate = f", {report.parsed / report.seconds:.1f} articles/s parsed by {report.extractor}"
    unread = f" ({report.failed_sentences} sentences could not be read)" if report.failed_sentences else ""
    return (
        f"{report.added} articles added, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{skipped}; {report.statements} statements{unread} in {report.seconds:.1f}s{rate}"
    )


@contextlib.contextmanager
def _progress(show: bool) -> Iterator[Any]:
    """A rich progress bar on stderr with articles/s and statements, or a no-op."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    totals = {"articles": 0, "statements": 0}
    with Progress(
        TextColumn("[bold]building[/]"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} articles · {task.fields[rate]:.1f}/s"),
        TextColumn("{task.fields[statements]} statements"),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("build", total=None, rate=0.0, statements=0)

        def tick(progress) -> None:
            totals["articles"] += 1
            totals["statements"] += progress.statements
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, advance=1, rate=totals["articles"] / elapsed, statements=totals["statements"])

        yield tick


@contextlib.contextmanager
def _remote(endpoint: str | None) -> Iterator[Any]:
    """The remote SPARQL store at ``endpoint``, or None."""
    if not endpoint:
        yield None
        return
    from .push import RemoteStore

    with RemoteStore(endpoint) as remote:
        yield remote


@cli.command()
@store_option
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="Graph Store Protocol URL of the SPARQL store, e.g. http://HOST:7878/store (Oxigraph).",
)
@click.option(
    "--retries",
    default=5,
    show_default=True,
    type=click.IntRange(min=0),
    help="Retries after a connection error, waiting 0.5s, 1s, 2s … between them.",
)
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def push(store_path: Path, endpoint: str, retries: int, quiet: bool) -> None:
    """Send the store to a SPARQL 1.1 store over the Graph Store HTTP Protocol.

    Each article goes as a named graph of its own, as do the shared graph of the
    actors and the ontology, replacing the graph of the same name there: pushing
    again brings the remote store up to date. The named queries expect the union
    of the graphs as the default graph there (as here).

    \b
    Examples:
      oxigraph serve --location remote-db --bind 127.0.0.1:7878 --union-default-graph
      kg push --endpoint http://127.0.0.1:7878/store
      kg push --endpoint http://fuseki:3030/news/data
    """
    from .push import RemoteStore, push_store
    from .store import Store

    with Store(store_path) as store, RemoteStore(endpoint, retries=retries) as remote:
        report = push_store(store, remote)
    if not quiet:
        _err(f"sent {report.graphs} graphs ({report.triples} triples) to {endpoint} in {report.seconds:.1f}s")


# --- query ---------------------------------------------------------------------------


@cli.command()
@click.argument("query", required=False)
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output format of SELECT results (CONSTRUCT gives Turtle).",
)
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Parameter of a named query.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
def query(query: str | None, store_path: Path, fmt: str, binds: Sequence[str], list_queries: bool) -> None:
    """Run SPARQL (text, @file.rq, or the name of a shipped query) on the store.

    \b
    Examples:
      kg query --list
      kg query who-accused --bind target=NATO
      kg query 'SELECT ?label WHERE { ?a a kg:Country ; rdfs:label ?label }'
      kg query @my-query.rq --format csv
    The prefixes kg:, cameo:, rdfs:, rdf:, xsd:, skos: and owl: are predefined.
    """
    from . import queries
    from .formatting import format_result
    from .operations import query as run_query

    if list_queries:
        for q in queries.named_queries().values():
            params = " ".join(f"--bind {p.name}=<{p.type}>" for p in q.params)
            click.echo(f"{q.name:<16} {q.description}")
            if params:
                click.echo(f"{'':<16} {params}")
        return
    if not query:
        raise click.UsageError("give a SPARQL query, @file.rq, or a named query (see --list)")
    values = {}
    for item in binds:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--bind takes NAME=VALUE, not {item!r}")
        values[name.strip()] = value
    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise KGError(f"cannot read the query file {query[1:]}: {e.strerror}") from e
    answer = run_query(store_path, query, values)
    if answer.warning:
        _err(f"Warning: {answer.warning}")
    click.echo(format_result(answer.result, fmt, **_terminal()), nl=False)


def _terminal(*, piped_width: int | None = None) -> dict[str, Any]:
    """How wide tables may be and whether to colour them: the terminal's, or ``piped_width`` when piped."""
    import shutil

    if sys.stdout.isatty():
        return {"width": shutil.get_terminal_size().columns, "color": True}
    return {"width": piped_width, "color": False}


# --- view, stats, export -----------------------------------------------------------------


@cli.command()
@store_option
@click.option("--actor", help="Centre the view on this actor.")
@click.option("--depth", default=1, show_default=True, help="How many steps around --actor.")
@click.option("--since", callback=_iso_date, help=SINCE_HELP)
@click.option("--until", callback=_iso_date, help=UNTIL_HELP)
@click.option("--cameo", "cameo", multiple=True, help="Only these CAMEO root classes (01-20); repeatable.")
@click.option(
    "--quad", "quad", multiple=True, type=click.IntRange(1, 4), help="Only these QuadClasses (1-4)."
)
@click.option("--min-weight", default=1, show_default=True, help="Hide edges with fewer statements.")
@click.option("--max-nodes", default=500, show_default=True, help="Keep at most this many actors.")
@click.option(
    "--out",
    "out",
    default="output/graph.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the HTML page.",
)
def view(
    store_path: Path,
    actor: str | None,
    depth: int,
    since: str | None,
    until: str | None,
    cameo: Sequence[str],
    quad: Sequence[int],
    min_weight: int,
    max_nodes: int,
    out: Path,
) -> None:
    """Write the interactive HTML graph of the store, or of the neighbourhood of one actor."""
    from .operations import view_page
    from .output import write_text

    page = view_page(
        store_path,
        actor=actor,
        depth=depth,
        since=since,
        until=until,
        cameo=list(cameo) or None,
        quad=list(quad) or None,
        min_weight=min_weight,
        max_nodes=max_nodes,
    )
    click.echo(str(write_text(out, page)))


@cli.command()
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
def stats(store_path: Path, fmt: str) -> None:
    """Count the articles, statements, actors and triples in the store."""
    from dataclasses import asdict

    from .store import Store

    with Store(store_path) as store:
        counts = asdict(store.stats())
    if fmt == "json":
        click.echo(json.dumps(counts))
    else:
        for key, value in counts.items():
            click.echo(f"{key:<11} {value}")


EXPORT_FORMATS = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nquads": ".nq",
    "ntriples": ".nt",
    "jsonld": ".jsonld",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": ".csv",
}


@cli.command()
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), required=True, help="Output format."
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file (default output/graph.EXT).",
)
@click.option("--with-ontology", is_flag=True, help="Include the ontology and CAMEO scheme (RDF formats).")
def export(store_path: Path, fmt: str, out: Path | None, with_ontology: bool) -> None:
    """Export the store: RDF (turtle, trig, nquads, ntriples, jsonld), GraphML/GEXF for Gephi, or CSV."""
    from .store import Store

    out = out or Path(DEFAULT_OUT) / f"graph{EXPORT_FORMATS[fmt]}"
    with Store(store_path) as store:
        if fmt in ("graphml", "gexf", "csv"):
            from . import export_graph

            writer = {
                "graphml": export_graph.write_graphml,
                "gexf": export_graph.write_gexf,
                "csv": export_graph.write_csv,
            }[fmt]
            writer(out, store.statements())
        else:
            import pyoxigraph as ox

            rdf_format = {
                "turtle": ox.RdfFormat.TURTLE,
                "trig": ox.RdfFormat.TRIG,
                "nquads": ox.RdfFormat.N_QUADS,
                "ntriples": ox.RdfFormat.N_TRIPLES,
                "jsonld": ox.RdfFormat.JSON_LD,
            }[fmt]
            store.dump(out, fmt=rdf_format, with_ontology=with_ontology)
    click.echo(str(out))


# --- analysis: analyze, dyad, report -------------------------------------------------------

#: The width of tables printed into a pipe or file (wide rather than folded).
WIDE = 160

# The orders `kg analyze --sort` accepts (kg.analysis.ACTOR_SORTS; not imported here, to keep startup quick).
ACTOR_SORTS = ["pagerank", "betweenness", "degree", "weighted"]


@contextlib.contextmanager
def _steps(show: bool) -> Iterator[Any]:
    """A callback that shows the current step of a long computation on stderr (rich), or a no-op."""
    if not show:
        yield lambda _step: None
        return
    from rich.console import Console

    with Console(stderr=True).status("[bold]reading the store[/]") as status:
        yield lambda step: status.update(f"[bold]{step}[/]")


@cli.command("analyze")
@store_option
@click.option("--since", callback=_iso_date, help=SINCE_HELP)
@click.option("--until", callback=_iso_date, help=UNTIL_HELP)
@click.option("--top", default=20, show_default=True, help="Rows per table (0: all).")
@click.option(
    "--sort", type=click.Choice(ACTOR_SORTS), default="pagerank", show_default=True, help="Rank actors by."
)
@click.option(
    "--table",
    "which",
    type=click.Choice(["all", "actors", "communities", "dyads"]),
    default="all",
    show_default=True,
    help="Which table to print.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table: for reading; csv: one section per table; json: everything, with the method notes.",
)
def analyze_command(
    store_path: Path, since: str | None, until: str | None, top: int, sort: str, which: str, fmt: str
) -> None:
    """Rank actors (degree, weighted degree, betweenness, PageRank), find blocs and list the top dyads."""
    from .formatting import format_tables, to_json
    from .operations import analysis
    from .report import analysis_tables

    with _steps(sys.stderr.isatty()) as step:
        result = analysis(store_path, since=since, until=until, progress=step).top(top, by=sort)
    if fmt == "json":
        data = result.to_dict()
        if which != "all":
            data = {"meta": data["meta"], which: data[which]}
        click.echo(to_json(data), nl=False)
        return
    tables = [t for t in analysis_tables(result) if which in ("all", t.name)]
    click.echo(format_tables(tables, fmt, **_terminal(piped_width=WIDE)), nl=False)
    _err(result.betweenness.describe())


@cli.command("dyad")
@click.argument("a")
@click.argument("b")
@store_option
@click.option("--since", callback=_iso_date, help=SINCE_HELP)
@click.option("--until", callback=_iso_date, help=UNTIL_HELP)
@click.option(
    "--bucket",
    type=click.Choice(["auto", "day", "week", "month"]),
    default="auto",
    show_default=True,
    help="Time buckets; auto: by day up to two months, by week up to a year, else by month.",
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The plot, .png or .svg (default output/dyad-A-B.png).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="How to print the statements and the series.",
)
def dyad_command(
    a: str,
    b: str,
    store_path: Path,
    since: str | None,
    until: str | None,
    bucket: str,
    out: Path | None,
    fmt: str,
) -> None:
    """Every statement between actors A and B (either direction) over time: Goldstein series and plot."""
    from dataclasses import asdict

    from .formatting import format_tables, to_json
    from .operations import dyad
    from .report import dyad_plot_path, dyad_tables, write_dyad_plot

    series = dyad(store_path, a, b, since=since, until=until, bucket=bucket)
    path = write_dyad_plot(out or dyad_plot_path(series, DEFAULT_OUT), series)
    if fmt == "json":
        click.echo(to_json(asdict(series)), nl=False)
    else:
        click.echo(format_tables(dyad_tables(series), fmt, **_terminal(piped_width=WIDE)), nl=False)
    _err(f"wrote {path}")


@cli.command("report")
@store_option
@click.option("--since", callback=_iso_date, help=SINCE_HELP)
@click.option("--until", callback=_iso_date, help=UNTIL_HELP)
@click.option("--top", default=25, show_default=True, help="Rows per table.")
@click.option("--plots", default=5, show_default=True, help="How many of the top dyads to plot.")
@click.option(
    "--out",
    "out",
    default="output/report.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The report; its graph views go to a folder beside it (report-files/).",
)
def report_command(
    store_path: Path, since: str | None, until: str | None, top: int, plots: int, out: Path
) -> None:
    """Write one self-contained HTML report: summary, central actors, blocs, dyads, plots, graph views."""
    from .operations import report

    with _steps(sys.stderr.isatty()) as step:
        path = report(store_path, out, since=since, until=until, top=top, plots=plots, progress=step)
    click.echo(str(path))


# --- serve ------------------------------------------------------------------------------------


@cli.command()
@store_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (0.0.0.0: every interface, and the Host check is off).",
)
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a query may run before it is stopped (503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most rows (triples for CONSTRUCT) per answer; a cut answer says so (X-KG-Truncated).",
)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update (refused with 403 otherwise).")
@click.option("--cors", is_flag=True, help="Send CORS headers so that pages of other sites may query.")
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Query processes: how many queries run at once (each can be stopped at --timeout).",
)
@click.option(
    "--memory",
    is_flag=True,
    help="Copy each snapshot into the memory of every query process, so that no query reads the disk (the "
    "actor query about 2.5 times faster), for about 450 bytes per triple per process and 7 s per million "
    "triples at each change.",
)
def serve(
    store_path: Path,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    allow_update: bool,
    cors: bool,
    workers: int,
    memory: bool,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql), with graph views and a query page (/query).

    \b
    Examples:
      kg serve --store output/store
      curl -H 'Accept: text/csv' \\
           --data-urlencode 'query=SELECT ?l WHERE { ?x a kg:Country ; rdfs:label ?l }' \\
           http://127.0.0.1:7878/sparql
    The views: / (the whole graph) and /actor/NAME (around one actor); /queries/NAME?param=value runs a
    named query as `kg query NAME --bind param=value` does.
    It serves a snapshot of the store: what `kg build` adds shows up seconds after the build ends.
    """
    from .server import Settings
    from .server import serve as run_server
    from .store import Store

    problem = None
    # no store yet, or a build holds it: the server says so itself
    with contextlib.suppress(KGError), Store(store_path) as store:
        problem = store.lacks_summary()
    if problem:
        _err(f"Warning: {problem}")
    _err(f"serving {store_path} at http://{host}:{port}/sparql (query page: /query); Ctrl-C stops")
    settings = Settings(
        store_path,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        cors=cors,
        workers=workers,
        memory=memory,
    )
    run_server(settings)


# --- entry point ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI; turn expected errors into messages, never tracebacks."""
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort as e:
        # click turns Ctrl-C (KeyboardInterrupt) into Abort when not standalone
        if isinstance(e.__cause__, KeyboardInterrupt):
            _err("Interrupted: articles stored so far are kept; run the same command again to go on.")
        else:
            _err("Aborted.")
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except KGError as e:
        _err(f"Error: {e}")
        sys.exit(1)
    except KeyboardInterrupt:
        _err("Interrupted: articles stored so far are kept; run the same command again to go on.")
        sys.exit(130)
    except BrokenPipeError:
        # output piped into `head` and closed: not an error
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except SystemExit:
        raise
    except Exception as e:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("KG_DEBUG"):
            raise
        _err(
            f"Internal error: {type(e).__name__}: {e}\n"
            "(set KG_DEBUG=1 to see the traceback, and please report it)"
        )
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
