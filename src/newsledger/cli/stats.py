"""`newsledger stats`: what the database holds, and why pages failed or lines were removed."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsledger.cli.app import DB_HELP, app, console, open_store


@app.command(rich_help_panel="Read the ledger")
def stats(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
) -> None:
    """Count what the database holds (pages to events), with why lines were removed or work failed.

    Example: newsledger stats --db news.duckdb
    """
    with open_store(db) as store:
        have = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
        counts = {
            t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for t in ("pages", "articles", "removed_lines", "failures")
        }
        annotations = {
            label: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for label, t in (
                ("annotated articles", "annotated"),
                ("sentences", "sentences"),
                ("actor mentions", "mentions"),
                ("actors", "actors"),
                ("time expressions", "time_exprs"),
                ("quotes", "quotes"),
                ("events (per article, before merging)", "events"),
                ("event mentions", "event_mentions"),
            )
            if t in have
        }
        removed = store.query(
            "SELECT reason, count(*) AS n FROM removed_lines GROUP BY reason ORDER BY n DESC, reason"
        )
        failures = store.query(
            "SELECT stage, reason, count(*) AS n, any_value(source) AS example, any_value(message) AS message "
            "FROM failures GROUP BY stage, reason ORDER BY n DESC, stage, reason"
        )
    table = Table(header_style="bold")
    for col in counts:
        table.add_column(col.replace("_", " "), justify="right")
    table.add_row(*(str(v) for v in counts.values()))
    console.print(table)
    if annotations.get("annotated articles"):
        t = Table("annotations", "count", header_style="bold")
        for label, n in annotations.items():
            t.add_row(label, str(n))
        console.print(t)
    if removed:
        t = Table("removed because", "lines", header_style="bold")
        for r in removed:
            t.add_row(escape(r["reason"]), str(r["n"]))
        console.print(t)
    if failures:
        t = Table("stage", "failed because", "count", "for example", header_style="bold")
        for r in failures:
            t.add_row(
                escape(r["stage"]),
                escape(r["reason"]),
                str(r["n"]),
                escape(f"{r['example']}: {r['message']}"),
            )
        console.print(t)
