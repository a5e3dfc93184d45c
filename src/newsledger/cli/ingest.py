"""`newsledger ingest`: read raw pages and store clean articles."""

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
from rich.table import Table

from newsledger import registry
from newsledger.cli.annotate import annotate_db
from newsledger.cli.app import DB_HELP, app, console, err, open_store
from newsledger.errors import NewsledgerError
from newsledger.ingest.run import ingest as run_ingest
from newsledger.ingest.sources import kind_of
from newsledger.model import PageResult, RawPage
from newsledger.settings import Settings, default_jobs

MAX_SHOWN_FAILURES = 30


def _count_files(paths: list[str]) -> int | None:
    """Count plain page files up front for the progress bar (None when JSONL/WARC hide it)."""
    total = 0
    for given in paths:
        p = Path(given)
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            kind = kind_of(f)
            if kind in ("jsonl", "warc"):
                return None
            if kind is not None or not p.is_dir():
                total += 1
    return total


@app.command(rich_help_panel="Build the ledger")
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or folders: .txt, .html/.htm, .jsonl, .warc/.warc.gz; any may be .gz",
            show_default=False,
        ),
    ] = None,
    manifest: Annotated[
        str | None,
        typer.Option(
            "--manifest",
            help="JSONL, one page a line: path (or text/html), url, published, outlet, title",
            rich_help_panel="Input",
        ),
    ] = None,
    db: Annotated[str, typer.Option("--db", help=DB_HELP, rich_help_panel="Output")] = "newsledger.duckdb",
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="worker processes \\[default: CPU cores]",
            rich_help_panel="Performance",
            show_default=False,
        ),
    ] = 0,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            min=0.1,
            help="seconds one page may take before its worker is replaced",
            rich_help_panel="Performance",
        ),
    ] = 30.0,
    cleaner: Annotated[
        str,
        typer.Option(
            "--cleaner", help="cleaner back end (see `newsledger backends`)", rich_help_panel="Back ends"
        ),
    ] = "rules.v1",
    html_extractor: Annotated[
        str, typer.Option("--html-extractor", help="HTML extractor back end", rich_help_panel="Back ends")
    ] = "trafilatura.v1",
    rules: Annotated[
        str | None,
        typer.Option(
            "--rules",
            help="folder of extra pattern tables layered over ours (same file names)",
            rich_help_panel="Back ends",
        ),
    ] = None,
    annotate: Annotated[
        bool,
        typer.Option(
            "--annotate/--no-annotate",
            help="then annotate the new articles: actors, dates, quotes, events (`newsledger annotate`)",
        ),
    ] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="no progress bar; print only the summary")
    ] = False,
) -> None:
    """Read raw news pages, store clean articles, and annotate them.

    Examples:
      newsledger ingest pages/ --db news.duckdb
      newsledger ingest --manifest crawl.jsonl --jobs 8
      newsledger ingest crawl.warc.gz --no-annotate     clean and store only

    Ingesting the same pages again adds nothing; an interrupted run, started again,
    finishes the job. A page that cannot be read is listed with the reason, and the batch
    goes on. Then the new articles are annotated, as `newsledger annotate` does; after
    that, `newsledger export` writes the ledger.
    """
    paths = paths or []
    if not paths and not manifest:
        err.print("nothing to ingest: give files or folders, or --manifest FILE.jsonl")
        raise typer.Exit(2)
    settings = Settings(
        cleaner=cleaner,
        html_extractor=html_extractor,
        rules_dir=rules,
        page_timeout=timeout,
        jobs=jobs or default_jobs(),
    )
    shown = 0
    try:  # fail on a misspelt back end here, not once per page in every worker
        registry.get("cleaners", cleaner)
        if html_extractor not in registry.names("html_extractors"):
            registry.get("html_extractors", html_extractor)
    except NewsledgerError as exc:
        err.print(f"[red]{escape(exc.message)}[/]")
        raise typer.Exit(2) from exc

    with (
        open_store(db, read_only=False) as store,
        Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.0f} pages/s"),
            TextColumn("failed {task.fields[failed]}"),
            TimeElapsedColumn(),
            console=err,
            disable=quiet,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task(
            "ingest", total=None if manifest else _count_files(paths), rate=0.0, failed=0
        )
        state = {"n": 0, "failed": 0}

        def on_result(raw: RawPage | None, res: PageResult) -> None:
            nonlocal shown
            state["n"] += 1
            if res.failure is not None:
                state["failed"] += 1
            if res.failure is not None and shown < MAX_SHOWN_FAILURES:
                shown += 1
                f = res.failure
                style = "yellow" if f.reason in ("unsupported_language", "no_article") else "red"
                progress.console.print(
                    f"[{style}]{escape(f.reason)}[/] {escape(f.source)}: {escape(f.message)}"
                )
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=state["n"] / elapsed, failed=state["failed"])

        try:
            report = run_ingest(paths, store, settings, manifest=manifest, on_result=on_result)
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    if len(report.failures) > shown:
        err.print(f"... and {len(report.failures) - shown} more; see `newsledger stats --db {db}`")
    table = Table(title=None, show_header=True, header_style="bold")
    for col in ("new", "unchanged", "failed", "skipped", "pages/s", "database"):
        table.add_column(col, justify="right" if col not in ("database",) else "left")
    table.add_row(
        str(report.new),
        str(report.unchanged),
        str(report.failed),
        str(report.skipped),
        f"{report.rate:.0f}",
        escape(str(Path(db).resolve())),
    )
    console.print(table)
    if report.interrupted:
        err.print("[yellow]interrupted[/]: what finished is stored; run the same command again to finish")
        raise typer.Exit(130)
    if annotate:
        annotate_db(db, settings, quiet=quiet)
