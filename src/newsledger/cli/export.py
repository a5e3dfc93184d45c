"""`newsledger export`: write the export files of the contract in DESIGN.md."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, open_store
from newsledger.errors import NewsledgerError
from newsledger.store.export import FORMATS
from newsledger.store.export import export as run_export


@app.command(rich_help_panel="Read the ledger")
def export(
    out: Annotated[
        Path, typer.Option("--out", help="folder to write into (created if missing)", show_default=False)
    ],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    fmt: Annotated[str, typer.Option("--format", help=f"one of {', '.join(FORMATS)}")] = "jsonl",
    quotes: Annotated[
        str,
        typer.Option(
            "--quotes",
            help="verbatim: the speaker's own words (direct quotes, and reported speech quoting a clause"
            " of them); all: also reported speech in the writer's words and quoted labels",
        ),
    ] = "verbatim",
    events: Annotated[
        str,
        typer.Option(
            "--events",
            help="merged: one event per happening, its mentions from every article; article: each"
            " article's own events",
        ),
    ] = "merged",
) -> None:
    """Export the ledger: articles, actors, quotes and events, one file each.

    Examples:
      newsledger export --db news.duckdb --format jsonl --out export/
      newsledger export --format parquet --out export/
      newsledger export --quotes all --out export/     paraphrased statements too
      newsledger export --events article --out export/ events as each article codes them

    Fields follow the export contract in DESIGN.md. Reports of one event in several
    articles are merged (same type, modality, sides and a date that fits; undated events
    stay apart); each mention keeps its article and date. The database keeps every quote
    whatever --quotes says (`newsledger quotes` lists them).
    """
    with open_store(db) as store:
        try:
            written = run_export(store, out, fmt, quotes=quotes, events=events)
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    for name, n in written.items():
        console.print(f"{n:8d}  {escape(str(out / name))}")
