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
) -> None:
    """Export the ledger: articles.jsonl (and events, quotes, actors as stages fill them).

    Examples:
      newsledger export --db news.duckdb --format jsonl --out export/
      newsledger export --format parquet --out export/
    Fields follow the export contract in DESIGN.md.
    """
    with open_store(db) as store:
        try:
            written = run_export(store, out, fmt)
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    for name, n in written.items():
        console.print(f"{n:8d}  {escape(str(out / name))}")
