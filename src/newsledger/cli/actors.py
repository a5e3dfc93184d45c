"""`newsledger actors`: list the resolved actors with how often they are mentioned."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from newsledger.cli.app import DB_HELP, app, console, err
from newsledger.store.duck import Store

LIST_SQL = """
SELECT coalesce(m.actor_id, '') AS id, coalesce(a.name, any_value(m.name)) AS name,
       coalesce(a.kind, any_value(m.kind)) AS kind, coalesce(a.country, any_value(m.country)) AS country,
       count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id
WHERE (? IS NULL OR m.article_id = ?)
GROUP BY m.actor_id, a.name, a.kind, a.country, CASE WHEN m.actor_id IS NULL THEN m.name END
ORDER BY mentions DESC, name
LIMIT ?
"""


@app.command(rich_help_panel="Read the ledger")
def actors(
    article: Annotated[
        str | None, typer.Option("--article", help="only this article (id or its first characters)")
    ] = None,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    limit: Annotated[int, typer.Option("--limit", min=1, help="rows to show")] = 50,
) -> None:
    """List resolved actors (people, states, organisations, groups) with their mention counts.

    Examples:
      newsledger actors
      newsledger actors --article 3fa2c1

    Run `newsledger annotate` first. Mentions the resolver could describe but not identify
    ("Chinese officials") are listed by what the text says, with no id.
    """
    with Store(db, read_only=True) as store:
        article_id = None
        if article is not None:
            found = store.find_article(article)
            if found is None:
                err.print(f"{escape(article)}: no article with this id; list them with `newsledger articles`")
                raise typer.Exit(1)
            article_id = found["id"]
        rows = store.query(LIST_SQL, [article_id, article_id, limit])
    if not rows:
        err.print("no actor mentions; run `newsledger annotate` first")
        raise typer.Exit(1)
    table = Table(show_header=True, header_style="bold")
    for col in ("id", "name", "kind", "country", "mentions", "articles"):
        table.add_column(col, justify="right" if col in ("mentions", "articles") else "left")
    for r in rows:
        table.add_row(
            escape(r["id"]), escape(r["name"] or ""), r["kind"] or "", r["country"] or "",
            str(r["mentions"]), str(r["articles"]),
        )  # fmt: skip
    console.print(table)
