"""`newsledger articles`: list stored articles."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsledger.cli.app import DB_HELP, app, console, open_store


@app.command(rich_help_panel="Read the ledger")
def articles(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="rows to show")] = 50,
    outlet: Annotated[str | None, typer.Option("--outlet", help="only this outlet (exact name)")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per line instead of a table")
    ] = False,
) -> None:
    """List stored articles: id, date, outlet, title, authors and size.

    Example: newsledger articles --db news.duckdb --limit 20
    Use an id (or its first characters) with `newsledger show ID`.
    """
    with open_store(db) as store:
        where, params = ("WHERE outlet = ?", [outlet]) if outlet else ("", [])
        rows = store.query(
            f"SELECT id, published, outlet, title, authors, source, length(text) AS chars FROM articles {where} "
            "ORDER BY published DESC NULLS LAST, source, id LIMIT ?",
            [*params, limit],
        )
        total = store.query(f"SELECT count(*) AS n FROM articles {where}", params)[0]["n"]
    if as_json:
        for r in rows:
            print(json.dumps(r, default=str, ensure_ascii=False))
        return
    table = Table(header_style="bold", caption=f"{len(rows)} of {total} articles", expand=True)
    for col in ("id", "published", "outlet", "title", "authors", "chars"):
        # ids and dates never wrap; the title takes the room that is left
        fixed = col in ("id", "published", "chars")
        table.add_column(
            col,
            no_wrap=fixed,
            overflow="fold",
            ratio=None if fixed else {"title": 3}.get(col, 2),
            min_width=None if fixed else 8,
        )
    for r in rows:
        title = r["title"] or f"({r['source'].rsplit('/', 1)[-1]})"
        table.add_row(
            r["id"][:10],
            str(r["published"] or "-"),
            escape(r["outlet"] or "-"),
            escape(title),
            escape(", ".join(r["authors"] or []) or "-"),
            str(r["chars"]),
        )
    console.print(table)
