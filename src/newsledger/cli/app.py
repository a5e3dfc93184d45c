"""The typer application every command module registers on."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="newsledger",
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Turn raw news pages into a sourced ledger: clean articles, actors, quotes and events.\n\n"
    "Start with [bold]newsledger ingest PAGES/[/bold], then [bold]newsledger articles[/bold].",
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DB_HELP = "DuckDB file to use [default: newsledger.duckdb]"
