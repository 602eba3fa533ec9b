"""Command line `kg`: arguments -> one library call -> printed result; library errors -> one line and an exit code."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path

# numpy's OpenBLAS starts a pool of threads (one per core) when numpy is imported; kg does no multi-threaded
# linear algebra (spaCy's models multiply through BLIS, one thread), and any second thread in the process
# makes spaCy's parser and entity recogniser a quarter dearer in CPU time (measured: an idle thread alone
# does it; glibc's allocator takes its single-thread fast path only while a process has one thread, and
# their C++ code allocates many small objects). So one BLAS thread, set before anything imports numpy
# (worker processes inherit it); a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click  # noqa: E402

from . import __version__  # noqa: E402
from .display import TERMINAL_CONTROL  # noqa: E402
from .errors import KGError  # noqa: E402
from .iris import DEFAULT_BASE  # noqa: E402

#: Where `kg build` writes and every command that reads a graph looks, unless told otherwise.
DEFAULT_GRAPH = Path("exports")

__all__ = ["cli", "main"]

# Labels come from articles: keep terminal control sequences out of what we print.
_CONTROL = TERMINAL_CONTROL


class _OneLineError(click.ClickException):
    """A library error shown as `kg: error: ...` on stderr, with the error's own exit code."""

    def __init__(self, message: str, exit_code: int, detail: str | None = None) -> None:
        super().__init__(_CONTROL.sub("\ufffd", " ".join(message.split())) or "unknown error")
        self.exit_code = exit_code
        self.detail = None if detail is None else "\n".join(_CONTROL.sub("\ufffd", line) for line in detail.split("\n"))

    def show(self, file=None) -> None:
        click.echo(f"kg: error: {self.format_message()}", err=True)
        if self.detail:
            click.echo(self.detail, err=True)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise _OneLineError(str(exc), exc.exit_code, getattr(exc, "detail", None)) from exc
        except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise _OneLineError(f"{where}{exc.strerror or exc}", 2) from exc


@click.group(name="kg", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg", message="%(prog)s %(version)s")
def cli() -> None:
    """Build a knowledge graph of who is who and who did what to whom from news articles.

    \b
    kg build seeds --out exports     read articles, write the graph in every format
    kg build seeds --store store     ... or keep it in an on-disk store
    kg add more/ --store store       add articles to the store without a full rebuild
    kg stats exports                 count what the graph holds
    kg entities --type Person        every entity with its names and counts
    kg entities --explain NAME       why an entity's mentions were joined and its label chosen
    kg correct merge A B             correct the graph (kept in corrections.toml, applied by every build)
    kg query exports -f criticises   run a SPARQL query (bundled or your own)
    kg serve exports                 SPARQL endpoint and network browser on 127.0.0.1:8000
    kg eval gold.json exports        score the graph against a gold file
    kg figures exports --conflicts   figures that disagree, with their sources
    kg validate exports              check the graph against the SHACL shapes
    kg push --endpoint URL           send the graph to a triple store (what changed since last time)

    Errors are one line on stderr. Exit status: 0 ok, 1 some inputs skipped (build, add)
    or violations found (validate), 2 a usage mistake (missing path, unknown format),
    3 a query that does not parse or is refused, 4 a query stopped at its time limit,
    5 a triple store that refused or could not be reached (push).
    """


# ---------------------------------------------------------------- build


#: Seconds between redraws of the progress bar at most (rich's own refresh rate is 10 a second).
_REDRAW = 0.1


@contextmanager
def _progress_bar(first: str = "loading the language model"):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    # redrawn as the pipeline reports, not by rich's refresh thread: a second thread in the process makes
    # the parse dearer (see the top of this module)
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal, auto_refresh=False) as bar:
        task = bar.add_task(first, total=None)
        bar.refresh()
        drawn = [time.monotonic()]

        def update(done: int, total: int, description: str) -> None:
            # the pipeline names each stage ("extracting a.txt", "resolving entities", "writing graph.nt")
            bar.update(task, completed=done, total=total or None, description=_CONTROL.sub("\ufffd", description))
            now = time.monotonic()
            if now - drawn[0] >= _REDRAW or done == total:
                bar.refresh()
                drawn[0] = now

        yield update


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _print_summary(ctx: click.Context, summary, verb: str, target: Path | None) -> None:
    if summary.out_dir is None and summary.store_dir is None:
        click.echo(f"Nothing {verb.split()[0].lower()}: not one article could be read; {target}/ was left as it was")
        _print_skipped(ctx, summary)
        return
    entities = sum(summary.entities_by_type.values())
    relations = sum(summary.relations_by_type.values())
    places = [f"{p}/" for p in (summary.out_dir, summary.store_dir) if p is not None]
    click.echo(f"{verb} the graph of {summary.articles} article(s) into {' and '.join(places)}")
    if summary.added or summary.replaced:
        click.echo(f"  added       {len(summary.added):>5}  replaced {len(summary.replaced)} (read again)")
    click.echo(f"  entities    {entities:>5}  ({_counts(summary.entities_by_type)})")
    click.echo(f"  relations   {relations:>5}  ({_counts(summary.relations_by_type)})")
    click.echo(f"  quotations  {summary.quotations:>5}")
    click.echo(f"  figures     {summary.figures:>5}  ({summary.figure_groups} groups, {summary.conflicting_groups} conflicting)")
    if summary.files:
        click.echo(f"  files       {', '.join(Path(f).name for f in summary.files)}")
    if summary.store_dir is not None:
        click.echo(f"  store       {summary.store_dir}/ (query or serve it like a build folder)")
    if summary.corrections_file is not None:
        stale = summary.stale_corrections
        click.echo(f"  corrections {summary.corrected:>5}  applied from {summary.corrections_file}"
                   + (f"; {len(stale)} no longer apply:" if stale else ""))
        for command, why in stale:
            line = _printable(f"kg correct {command}: {why}")
            click.echo(f"    - {line}")
            click.echo(f"kg: warning: a correction no longer applies: {line}", err=True)
    _print_skipped(ctx, summary)


def _print_skipped(ctx: click.Context, summary) -> None:
    if summary.skipped:
        click.echo(f"  skipped     {len(summary.skipped):>5}")
        for s in summary.skipped:
            # file names and reasons may hold terminal control sequences: one line each, shown inert
            click.echo(f"    - {_printable(s.source)}: {_printable(s.reason)}")
        ctx.exit(1)


def _printable(text: str) -> str:
    return _CONTROL.sub("\ufffd", " ".join(str(text).split()))


_CORRECTIONS_OPTION = click.option(
    "--corrections", "corrections_file", type=click.Path(path_type=Path, dir_okay=False), default=None, metavar="FILE",
    help="Apply the corrections of this file (made by `kg correct`) instead of the corrections.toml kept with the "
         "store or the articles.")


@cli.command()
@click.argument("inputs", metavar="[INPUT]...", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", "out_dir", default=DEFAULT_GRAPH, show_default=True,
              type=click.Path(path_type=Path, file_okay=False), help="Folder to write the exports into.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Keep the graph in an on-disk store in this folder (for `kg add`, `kg query`, `kg serve`); "
                   "the exports are then written only if --out is given too.")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extract with N processes (default 1). With --dask local: the number of Dask workers "
                   "(default: one per CPU). The graph is the same for any N.")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Run the extraction as a Dask distributed job on the scheduler at ADDRESS "
                   "(e.g. tcp://10.0.0.5:8786), or on a local cluster with 'local'. "
                   "Needs: pip install 'news-kg[dask]'.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Entities and articles in the HTML page's starting picture, best connected first "
                   "(default 300); every other node is reached through the search box.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, metavar="IRI",
              help="Mint the graph's IRIs under this base (<IRI>id/entity/...), e.g. your own domain, to "
                   "publish them with `kg serve` behind it; only the base changes, the paths stay.")
@click.option("--ids", "ids_file", type=click.Path(path_type=Path, dir_okay=False), default=None, metavar="FILE",
              help="Keep the entity ids of this registry (the ids.json of an earlier build) instead of the one "
                   "in --out or the store.")
@click.option("--fresh-ids", is_flag=True,
              help="Mint every entity id afresh from its label, ignoring the ids of earlier builds "
                   "(links and queries saved with the old ids may break).")
@_CORRECTIONS_OPTION
@click.pass_context
def build(ctx: click.Context, inputs: tuple[Path, ...], out_dir: Path, store_dir: Path | None, workers: int | None,
          dask_address: str | None, max_nodes: int | None, base: str, ids_file: Path | None, fresh_ids: bool,
          corrections_file: Path | None) -> None:
    """Read articles and write the graph in every export format, or into a store.

    The exports are Turtle, N-Triples, JSON-LD, TriG, N-Quads, GraphML, an HTML
    page, the ontology, a VoID description (void.ttl) and the entity id registry (ids.json). INPUT is an article file or a folder of them (default: seeds/). A closing summary
    lists what was built and every input that was skipped, with the reason.

    With --store DIR the graph (with its provenance: one named graph per article) goes into
    an on-disk store that `kg add` can later add articles to without a full rebuild.

    Extraction can use several processes (--workers) or a Dask cluster (--dask); the
    exports are byte-identical whichever runs it.

    Entity ids (and so IRIs) are stable: a build into a folder (or store) that holds an
    earlier build keeps every entity's id, read from its ids.json; an id merged into another
    entity stays as owl:sameAs the survivor. --ids FILE starts from another registry,
    --fresh-ids from none.

    Corrections (`kg correct`) are applied after entity resolution: those of --corrections
    FILE, else the store's corrections.toml (with --store), else the corrections.toml in the
    first INPUT folder. One that no longer applies is named on stderr and in the summary.

    \b
    Exit status: 0 every input was read; 1 some inputs were skipped (see the summary;
    if none could be read, nothing is written: --out and --store are left as they were);
    2 a usage mistake: no INPUT path exists or holds article files, or --out is unusable.
    """
    from .pipeline import build as build_graph_files

    if store_dir is not None and ctx.get_parameter_source("out_dir") is click.core.ParameterSource.DEFAULT:
        out_dir = None
    if ids_file is not None and fresh_ids:
        raise click.UsageError("give at most one of --ids and --fresh-ids")
    with _progress_bar() as progress:
        summary = build_graph_files(list(inputs) or [Path("seeds")], out_dir, progress, store_dir=store_dir,
                                    workers=workers, dask=dask_address, max_nodes=max_nodes, base=base,
                                    ids=ids_file, fresh_ids=fresh_ids, corrections=corrections_file)
    _print_summary(ctx, summary, "Built", store_dir if out_dir is None else out_dir)


@cli.command()
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The store folder made by `kg build --store`.")
@click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also write the exports of the whole updated graph into this folder.")
@_CORRECTIONS_OPTION
@click.pass_context
def add(ctx: click.Context, inputs: tuple[Path, ...], store_dir: Path, out_dir: Path | None,
        corrections_file: Path | None) -> None:
    """Add articles to a store without a full rebuild.

    Only the new articles are read (the slow part); their entities are then resolved
    together with every article already in the store, so the result is the graph a full
    `kg build --store` of all the articles would give. An article already in the store
    (same id, i.e. same file name) is replaced by the new reading. Readers of the store
    (`kg serve`, `kg query`) see the old graph or the new one, never a mix. The corrections
    of the store's corrections.toml (or --corrections FILE) are applied, as by `kg build`.

    \b
    Example: kg add new-articles/ --store my-store
    Exit status as for `kg build`.
    """
    from .pipeline import add as add_articles

    with _progress_bar() as progress:
        summary = add_articles(list(inputs), store_dir, progress, out_dir=out_dir, corrections=corrections_file)
    _print_summary(ctx, summary, "Added to", store_dir)


# ---------------------------------------------------------------- correct


def _corrections_target(path: Path) -> Path:
    """The corrections file `kg correct` writes: PATH itself (a .toml file) or PATH/corrections.toml (a folder)."""
    from .building.corrections import FILENAME

    if path.is_dir():
        return path / FILENAME
    if path.suffix.lower() == ".toml":
        return path
    raise click.BadParameter(f"{path} is neither a folder (of articles, or a store) nor a .toml file",
                             param_hint="--corrections")


def _correction_options(command):
    command = click.option("--corrections", "target", type=click.Path(path_type=Path), default=Path("seeds"),
                           show_default=True, metavar="FOLDER|FILE",
                           help="Where to keep it: the folder of the articles or the store (its corrections.toml, "
                                "which `kg build` and `kg add` read), or a .toml file (give it to --corrections).")(command)
    command = click.option("--date", default=None, metavar="YYYY-MM-DD", help="When it was made (default: today).")(command)
    return click.option("--note", default="", metavar="TEXT", help="Why: kept with the correction and in the RDF.")(command)


def _write_correction(action: str, args, note: str, date: str | None, target: Path) -> None:
    import datetime as dt

    from .building.corrections import check_correction, write_correction

    correction = check_correction(action, args, note, date or dt.date.today().isoformat())
    path = _corrections_target(target)
    replaced = write_correction(path, correction)
    click.echo(f"{'Replaced in' if replaced else 'Added to'} {path}: {_printable(correction.command)}"
               f" (applied by the next `kg build` or `kg add`)")


@cli.group(cls=click.Group)
def correct() -> None:
    """Correct the graph: merge, split, rename, retype or drop entities, drop or add edges and speakers.

    Each command adds one correction to a corrections file (TOML) kept with the articles or the
    store (--corrections; default seeds/corrections.toml). `kg build` and `kg add` apply the file
    after entity resolution, every time, so a correction outlives rebuilds; each applied one is
    in the RDF (a kg:Correction with its note and date, linked from what it changed by
    kg:correctedBy), and one whose names are gone is reported, never skipped silently.
    The same action on the same names again replaces the earlier one (a new note or date).

    Name an entity by its label, another of its names or its id (see `kg entities`).

    \b
    kg correct merge "Harbour City FC" "Harbour City Football Club" --note "same club"
    kg correct split "Jane Okafor" "J. Okafor" --note "another person"
    kg correct rename "Twitter" "X"
    kg correct type "Amazon" Organization
    kg correct drop entity "Monday Club"
    kg correct drop edge "Jane Okafor" criticises "Harbour City FC"
    kg correct drop speaker "we are delighted to welcome"
    kg correct add edge "Tom Reyes" worksFor "Harbour City FC"
    kg correct add speaker "we are delighted to welcome" "Tom Reyes"
    kg correct list
    """


@correct.group(name="drop", cls=click.Group)
def correct_drop() -> None:
    """Drop an entity, an edge or a quotation's speaker."""


@correct.group(name="add", cls=click.Group)
def correct_add() -> None:
    """Add an edge, or set a quotation's speaker."""


_PREDICATES = "PREDICATE: criticises, reportsTo, cites, worksFor, owns, callsOn, partnersWith"
#: Each `kg correct` command: its group, name, the correction action (its arguments are the action's
#: fields, corrections.ACTIONS) and its help.
_CORRECT_COMMANDS = (
    (correct, "merge", "merge", "ENTITY and OTHER are one entity: ENTITY keeps its id, OTHER's id becomes owl:sameAs it."),
    (correct, "split", "split", "ALIAS is not ENTITY: its mentions (and those that follow them) become an entity of their own."),
    (correct, "rename", "rename", "ENTITY is labelled LABEL (its id stays; the old label stays one of its other names)."),
    (correct, "type", "type", "ENTITY is of TYPE: Person, Organization, Product, Place, Legislation or Event (its id stays)."),
    (correct_drop, "entity", "drop-entity", "ENTITY is no entity: it goes, with its edges; its quotations lose their speaker."),
    (correct_drop, "edge", "drop-edge", f"The relation SUBJECT PREDICATE OBJECT is wrong ({_PREDICATES})."),
    (correct_drop, "speaker", "drop-speaker", "The quotation that contains the words QUOTATION (or has that id) has no known speaker."),
    (correct_add, "edge", "add-edge", f"The relation SUBJECT PREDICATE OBJECT holds ({_PREDICATES}); its evidence is the correction."),
    (correct_add, "speaker", "add-speaker", "The quotation that contains the words QUOTATION (or has that id) was said by SPEAKER."),
)


def _correct_command(group: click.Group, name: str, action: str, text: str) -> None:
    from .building.corrections import ACTIONS

    fields = ACTIONS[action]

    def run(note: str, date: str | None, target: Path, **values: str) -> None:
        _write_correction(action, [values[f] for f in fields], note, date, target)

    command = _correction_options(click.Command(name, callback=run, help=text))
    for f in fields:  # on a Command (not a function), each parameter is appended in turn
        command = click.argument(f, metavar=f.upper())(command)
    group.add_command(command)


for _group, _name, _action, _text in _CORRECT_COMMANDS:
    _correct_command(_group, _name, _action, _text)


@correct.command(name="list")
@click.option("--corrections", "target", type=click.Path(path_type=Path), default=Path("seeds"), show_default=True,
              metavar="FOLDER|FILE", help="The folder of the articles or the store, or a corrections .toml file.")
def correct_list(target: Path) -> None:
    """List the corrections of a corrections file, in the order they are applied."""
    import shlex

    from .building.corrections import read_corrections

    path = _corrections_target(target)
    fixes = read_corrections(path) if path.exists() else ()
    for c in fixes:
        extra = "".join(f" --{k} {shlex.quote(v)}" for k, v in (("note", c.note), ("date", c.date)) if v)
        click.echo(_printable(f"kg correct {c.command}{extra}"))
    click.echo(f"{len(fixes)} correction(s) in {path}")


# ---------------------------------------------------------------- query and stats


def _graph_and_query(graph: str | None, sparql: str | None, query_file: str | None) -> tuple[Path, str | None]:
    """`kg query [GRAPH] [SPARQL]`: a lone argument is the query when it is SPARQL text (or '-') and
    no such file or folder exists; otherwise it is the graph (default exports/)."""
    if graph is not None and sparql is None and query_file is None and not Path(graph).exists():
        if graph == "-" or re.search(r"[\s{]", graph) or re.match(r"(?i)\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", graph):
            return DEFAULT_GRAPH, graph
    return (DEFAULT_GRAPH if graph is None else Path(graph)), sparql


@cli.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", metavar="FILE|NAME",
              help="Read the query from a .rq file, or name a bundled example query (graph/queries/NAME.rq).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output: an aligned table, SPARQL CSV results or SPARQL JSON results.")
@click.option("--timeout", type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Stop the query after this many seconds (it then runs in a worker process that can be killed).")
def query(graph: str | None, sparql: str | None, query_file: str | None, fmt: str, timeout: float | None) -> None:
    """Run a read-only SPARQL query over a graph.

    Give the query as SPARQL text ('-' reads stdin) or with --file, not both. The
    prefixes kg:, id:, schema:, rdf:, rdfs:, owl:, skos:, xsd:, prov: and dcterms: are
    predeclared, and triples in named graphs are part of the default graph. SPARQL
    Update and SERVICE are refused. A query that does not parse exits with status 3.

    GRAPH is a build folder (graph.nq, else graph.trig, graph.ttl ...), a store made by
    `kg build --store`, or one RDF file (default: exports/; a lone argument that is SPARQL
    text, not a path, is the query).

    \b
    Example: kg query 'SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }'
    Example: kg query exports --file most_mentioned
    Exit status 4: the query was stopped at --timeout.
    """
    from .using.load import load_store
    from .using.query import read_query_file, run_query
    from .using.results import format_table, to_csv, to_json

    graph, sparql = _graph_and_query(graph, sparql, query_file)

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give exactly one of SPARQL text or --file")
    text = read_query_file(query_file) if query_file is not None else (sys.stdin.read() if sparql == "-" else sparql)
    if timeout is not None:
        from .using.pool import QueryPool

        with QueryPool(graph, workers=1, timeout=timeout, max_rows=None) as pool:
            result = pool.run(text)
    else:
        result = run_query(load_store(graph), text)
    if fmt == "csv":
        click.echo(to_csv(result), nl=False)
    elif fmt == "json":
        click.echo(to_json(result))
    else:
        click.echo(format_table(result, width=shutil.get_terminal_size((120, 24)).columns), nl=False)


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(graph: Path, as_json: bool) -> None:
    """Count what a graph holds.

    Articles, entities by type, relations by type, quotations, figures (with their
    groups and how many conflict) and triples.

    GRAPH is a build folder (graph.nq, else graph.trig, graph.ttl ...), a store or one RDF file
    (default: exports/).
    """
    from .using.load import load_store
    from .using.stats import graph_stats

    counts = graph_stats(load_store(graph))
    if as_json:
        click.echo(json.dumps(counts, indent=2))
        return
    click.echo(f"articles    {counts['articles']:>6}")
    click.echo(f"entities    {counts['entities']:>6}  ({_counts(counts['entities_by_type'])})")
    click.echo(f"relations   {counts['relations']:>6}  ({_counts(counts['relations_by_type'])})")
    click.echo(f"quotations  {counts['quotations']:>6}")
    click.echo(f"figures     {counts['figures']:>6}  ({counts['figure_groups']} groups, {counts['conflicting_groups']} conflicting)")
    click.echo(f"triples     {counts['triples']:>6}")


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--type", "etype", metavar="TYPE", default=None,
              help="Only entities of this type: Person, Organization, Product, Place, Legislation, Event.")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON (id, iri, type, label, aliases, "
                                                     "mentions, articles, merged), or the explanation.")
@click.option("--explain", "explain", metavar="NAME", default=None,
              help="Explain one entity (its id, label or another of its names): why its mentions were joined "
                   "(each rule with the mentions it joined: article, offsets, sentence), why its label was "
                   "chosen, the ids merged into it and the corrections that changed it.")
def entities(graph: Path, etype: str | None, as_json: bool, explain: str | None) -> None:
    """List every entity with its other names, mention and article counts.

    Most articles first. "merged" lists the ids a later build joined into the entity
    (they stay reachable: owl:sameAs, and `kg serve` redirects them; docs/identity.md).
    With --explain NAME, say instead why that one entity is what it is.

    GRAPH is a build folder, a store or one RDF file (default: exports/).

    \b
    Example: kg entities exports --type Person
    Example: kg entities exports --explain "Jane Okafor"
    """
    from .using.entities import check_type, explain_entity, list_entities
    from .using.load import load_store

    check_type(etype)  # a usage mistake before loading anything
    if explain is not None:
        if etype is not None:
            raise click.UsageError("give at most one of --type and --explain")
        _print_explanation(explain_entity(load_store(graph), explain), as_json)
        return
    rows = list_entities(load_store(graph), etype)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    click.echo(f"{'articles':>8} {'mentions':>8}  {'type':<12} label (id): other names")
    for r in rows:
        also = f": {'; '.join(r['aliases'])}" if r["aliases"] else ""
        merged = f" [merged: {', '.join(r['merged'])}]" if r["merged"] else ""
        text = _printable(f"{r['label']} ({r['id']}){also}{merged}")  # names from articles: one line, inert
        click.echo(f"{r['articles']:>8} {r['mentions']:>8}  {r['type']:<12} {text}")
    click.echo(f"{len(rows)} entities")


def _print_explanation(e: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(e, indent=2, ensure_ascii=False))
        return
    echo = lambda text: click.echo(_printable(text))  # noqa: E731 -- names and sentences come from articles
    echo(f"{e['label']} ({e['id']}), {e['type']}: {e['mentions']} mention(s)")
    echo(f"label: \"{e['label']}\" ({e['label_rule']}): {e['label_reason']}; "
         f"{e['label_mentions']} of {e['mentions']} mention(s) use it")
    for join in e["joins"]:
        echo(f"joined by {join['rule']} ({len(join['mentions'])}): {join['meaning']}")
        for m in join["mentions"]:
            where = m["source"] or m["article"]
            said = f": {m['sentence']}" if m["sentence"] else ""
            click.echo("  - " + _printable(f"\"{m['text']}\" in {where} at {m['start']}-{m['end']}{said}"))
    if e["merged"]:
        echo(f"merged into it (owl:sameAs): {', '.join(e['merged'])}")
    for c in e["corrections"]:
        echo(f"corrected {c['date'] or '(no date)'}: kg correct {c['command']}" + (f" -- {c['note']}" if c["note"] else ""))


# ---------------------------------------------------------------- figures


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Show only groups of figures that disagree.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def figures(graph: Path, conflicts_only: bool, as_json: bool) -> None:
    """List the figures of a graph by measure, with who states them and their sources.

    Figures about the same measure are grouped across articles; a group is marked
    CONFLICT when its figures disagree (different values for the same period, or the
    same value for different periods), and each disagreeing pair is shown with its reason.

    GRAPH is a build folder (graph.nq, else graph.trig, graph.ttl ...) or one RDF file
    (default: exports/).
    """
    from .using.figures import figure_report, format_report, report_dict
    from .using.load import load_store

    report = figure_report(load_store(graph), conflicts_only=conflicts_only)
    if as_json:
        click.echo(json.dumps(report_dict(report), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report), nl=False)
# ---------------------------------------------------------------- serve


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; anything but 127.0.0.1/localhost exposes the graph to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Time limit of each query; a query past it is stopped and answered with an error.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Row cap of each answer (SELECT rows, CONSTRUCT/DESCRIBE triples); more are cut off.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries answered at the same time).")
@click.option("--max-body", default=256 * 1024, show_default=True, type=click.IntRange(min=1024), metavar="BYTES",
              help="Largest request body (a POSTed query) accepted; larger ones get 413.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. http://localhost:3000; repeat for more, or '*' for any) "
                   "query the graph and read the answers. Off by default: with '*', every page you visit "
                   "could read a graph served on 127.0.0.1.")
def serve(graph: Path, host: str, port: int, timeout: float, max_rows: int, workers: int, max_body: int,
          cors: tuple[str, ...]) -> None:
    """Serve a graph: a SPARQL 1.1 endpoint and the network browser.

    \b
    /sparql        SPARQL 1.1 Protocol: GET ?query=, POST form query= or application/sparql-query;
                   results as SPARQL JSON, XML, CSV or TSV (CONSTRUCT/DESCRIBE: Turtle,
                   N-Triples, JSON-LD, RDF/XML) by the Accept header or ?format=;
                   without a query, the SPARQL service description (RDF)
    /id/...        every IRI of the graph, dereferenced: <base>id/... is served at /id/...
                   (Turtle, N-Triples, JSON-LD or RDF/XML by Accept; a browser gets the page)
    /.well-known/void   the VoID description of the graph (the counts of `kg stats`)
    /              the network browser, with a SPARQL box and the example queries
    /entity/ID     an entity's page (HTML), or its JSON (Accept: application/json)

    GRAPH is a build folder (default: exports/), a store made by `kg build --store` (it follows
    `kg add` as it happens) or one RDF file. Read-only: SPARQL Update, LOAD and SERVICE are
    refused. Errors are JSON: {"error": {"code": ..., "message": ...}}. Stop with Ctrl+C.

    CORS is off unless --cors names the origins whose pages may read the answers (YASGUI on
    another site, a notebook): a browser lets any page you visit send requests to 127.0.0.1,
    and only CORS decides whether that page may read what comes back.

    \b
    Example: curl -H 'Accept: text/csv' http://127.0.0.1:8000/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
    """
    from .using.server import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: listening on {host}: anyone who can reach it can read the graph "
                   "(read-only, no authentication)", err=True)

    def announce(url: str) -> None:
        click.echo(f"Serving {graph} at {url} (SPARQL endpoint {url}sparql); Ctrl+C to stop", err=True)

    try:
        run_server(graph, host, port, timeout=timeout, max_rows=max_rows, workers=workers, max_body=max_body,
                   cors=cors, announce=announce)
    except KeyboardInterrupt:  # uvicorn hands Ctrl+C on after its clean shutdown: that is a normal stop
        pass
    # uvicorn re-raises the signal it caught; once, in a CI run under load, it returned instead (exit 0, no
    # KeyboardInterrupt): a return after its shutdown is a normal stop too
    click.echo("Stopped.", err=True)


# ---------------------------------------------------------------- validate


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.pass_context
def validate(ctx: click.Context, graph: Path) -> None:
    """Check a graph against the SHACL shapes of the graph contract.

    Every entity typed with one of the six classes and labelled; every relation
    and quotation with evidence; every evidence record, quotation and mention with
    its article and offsets inside the article's text (graph/shapes.ttl).
    Violations are listed one per line: node (label): property: message.

    GRAPH is a build folder (graph.nq, else graph.trig, graph.ttl ...) or one RDF file
    (default: exports/).

    \b
    Exit status: 0 the graph conforms; 1 it does not; 2 no graph there.
    """
    from .using.validate import validate_graph

    report = validate_graph(graph)
    if report.conforms:
        click.echo(f"{graph}: conforms to the graph contract ({report.triples} triples checked)")
        return
    click.echo(f"{graph}: {len(report.violations)} violation(s) of the graph contract ({report.triples} triples checked)")
    for v in report.violations:
        click.echo(f"  - {_printable(str(v))}")
    ctx.exit(1)


# ---------------------------------------------------------------- push


@cli.command()
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL",
              help="The triple store's SPARQL 1.1 Graph Store Protocol URL (Oxigraph: http://HOST:7878/store; "
                   "Fuseki: http://HOST:3030/DATASET/data).")
@click.option("--graph-prefix", metavar="IRI", default=None,
              help="Name the article graphs <IRI><article> in the store instead of their own IRIs.")
@click.option("--user", envvar="KG_PUSH_USER", default=None, show_envvar=True,
              help="User name for HTTP basic authentication (the password comes from KG_PUSH_PASSWORD only).")
@click.option("--force", is_flag=True, help="Send every graph, whatever the store's record of the last push says.")
@click.option("--dry-run", is_flag=True, help="Say what would be sent and deleted; write nothing.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1), metavar="SECONDS",
              help="Time limit of each request.")
def push(graph: Path, endpoint: str, graph_prefix: str | None, user: str | None, force: bool, dry_run: bool,
         timeout: float) -> None:
    """Send a graph to a triple store: one named graph per article and the merged default graph.

    Only what changed since the last push to that store is sent, and article graphs no longer
    in GRAPH are deleted there: the store keeps a record of what was pushed (the SHA-256 of
    each graph) in one small named graph, <BASE>id/graph/kg-push-state (or under
    --graph-prefix). Each PUT replaces that graph in the store.

    GRAPH is a build folder, a store (`kg build --store`) or one RDF file (default: exports/).
    With a login, set KG_PUSH_USER and KG_PUSH_PASSWORD in the environment (a password is
    never taken on the command line, where other users and the shell history see it).

    \b
    kg push --endpoint http://127.0.0.1:7878/store             Oxigraph (`oxigraph serve`)
    kg push exports --endpoint http://127.0.0.1:3030/news/data Apache Jena Fuseki

    \b
    Exit status: 0 sent (or nothing to send); 2 no graph there or a bad option;
    5 the store refused a request or could not be reached (the message says which).
    """
    import os

    from .using.push import push_path

    password = os.environ.get("KG_PUSH_PASSWORD")
    if password is not None and not user:
        raise click.UsageError("KG_PUSH_PASSWORD is set but no user: give --user or set KG_PUSH_USER")
    auth = (user, password or "") if user else None
    with _progress_bar("reading the graph") as progress:
        summary = push_path(graph, endpoint, graph_prefix=graph_prefix, auth=auth, force=force, dry_run=dry_run,
                            timeout=timeout, progress=progress)
    verb = "Would send" if summary.dry_run else "Sent"
    articles = sum(1 for g in summary.sent if g != "default")
    default = " and the default graph" if "default" in summary.sent else ""
    click.echo(f"{verb} {articles} article graph(s){default} to {_printable(summary.endpoint)} "
               f"({summary.triples_sent} triples); {summary.unchanged} of {summary.graphs} graph(s) unchanged since the last push")
    if summary.deleted:
        click.echo(f"  {'would delete' if summary.dry_run else 'deleted'} {len(summary.deleted)} article graph(s) no longer in {graph}:")
        for g in summary.deleted:
            click.echo(f"    - {_printable(g)}")
    click.echo(f"  record      <{_printable(summary.state_graph)}>")


# ---------------------------------------------------------------- eval


def _print_report(report, show_errors: bool) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    def fmt(x):
        return "–" if x is None else f"{x:.3f}"

    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for name in ("metric", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(name, justify="left" if name == "metric" else "right")
    for name, s in report.rows():
        table.add_row(name, fmt(s.precision), fmt(s.recall), fmt(s.f1), str(s.tp), str(s.fp), str(s.fn))
    Console(highlight=False, width=max(100, shutil.get_terminal_size((100, 24)).columns)).print(table)
    for name, value in report.accuracies():
        click.echo(f"{name}: {value}")
    if show_errors:
        for title, items in report.error_sections():
            click.echo(f"\n{title} ({len(items)}):")
            for item in items:
                click.echo(f"  - {_CONTROL.sub(chr(0xFFFD), item)}")


@cli.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("graph", required=False, default=DEFAULT_GRAPH, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report (scores and error lists) as JSON.")
@click.option("--markdown", is_flag=True, help="Print the scores as a Markdown table (for docs/evaluation.md).")
@click.option("--figures", "figures_file", type=click.Path(path_type=Path), default=None,
              help="A figures answer key kept apart from GOLD (a JSON object with a 'figures' list, "
                   "as seeds.figures.json); it replaces GOLD's own 'figures' list.")
@click.option("--show-errors/--no-show-errors", default=True, show_default=True,
              help="List the false positives, misses, splits and wrong speakers under the scores.")
def eval_(gold: Path, graph: Path, as_json: bool, markdown: bool, figures_file: Path | None, show_errors: bool) -> None:
    """Score a graph against a gold file.

    Precision, recall and F1 for entities, relations (per type and micro-averaged),
    quotations and figures, with speaker, stated-by and worksFor role accuracy.
    Figures are scored when GOLD has a 'figures' list or --figures gives one.

    GOLD is a *.gold.json file (see eval/GUIDELINES.md, "Scoring"). GRAPH is a build
    folder (default: exports/) or one RDF file; the graph is read back from its RDF export,
    so the score is that of what was exported. Exit status 0 whatever the scores.
    """
    from .using.evaluate import evaluate, load_figures, load_gold
    from .using.load import load_store

    if as_json and markdown:
        raise click.UsageError("give at most one of --json and --markdown")
    answers = load_gold(gold)
    if figures_file is not None:
        answers = {**answers, "figures": load_figures(figures_file)}
    report = evaluate(answers, load_store(graph))
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif markdown:
        click.echo(report.to_markdown(errors=show_errors), nl=False)
    else:
        _print_report(report, show_errors)


def main() -> None:
    """Entry point of the `kg` script and of `python -m graph`."""
    cli(prog_name="kg")


if __name__ == "__main__":  # `python -m graph.cli` as well as `python -m graph` and `kg`
    main()
