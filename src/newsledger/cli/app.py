"""The typer application every command module registers on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape

from newsledger.errors import NewsledgerError
from newsledger.store.duck import Store

app = typer.Typer(
    name="newsledger",
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Turn raw news pages into a sourced ledger: clean articles, actors, quotes and events.\n\n"
    "Start with [bold]newsledger ingest PAGES/[/bold] (it cleans and annotates), then read with "
    "[bold]newsledger events[/bold], [bold]quotes[/bold] or [bold]timeline --dyad CHN,RUS[/bold], "
    "or write the files with [bold]newsledger export --out DIR[/bold].",
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DB_HELP = "DuckDB file to use [default: newsledger.duckdb]"


@contextmanager
def open_store(db: str, *, read_only: bool = True) -> Iterator[Store]:
    """Open the database for a command; an error is one readable line and exit code 1."""
    try:
        with Store(db, read_only=read_only) as store:
            yield store
    except NewsledgerError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from exc


def find_article_id(store: Store, prefix: str) -> str:
    """Return the id of the article ``prefix`` names, or print why not and exit 1."""
    try:
        found = store.find_article(prefix)
    except NewsledgerError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from exc
    if found is None:
        err.print(f"{escape(prefix)}: no article with this id; list them with `newsledger articles`")
        raise typer.Exit(1)
    return str(found["id"])
