"""`newsledger show`: one article's clean text, or its page with removed lines marked."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, open_store


@app.command(rich_help_panel="Read the ledger")
def show(
    article_id: Annotated[
        str, typer.Argument(help="article id, or its first characters", show_default=False)
    ],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    removed: Annotated[
        bool,
        typer.Option("--removed", help="show the whole page: removed lines struck through with their reason"),
    ] = False,
) -> None:
    """Show an article's metadata and clean text (one paragraph per line).

    Examples:
      newsledger show 3fa2c1
      newsledger show 3fa2c1 --removed    the page, removed lines marked with why
    """
    with open_store(db) as store:
        art = store.find_article(article_id)
        if art is None:
            err.print(f"{escape(article_id)}: no article with this id; list them with `newsledger articles`")
            raise typer.Exit(1)
        page = store.query("SELECT text FROM pages WHERE id = ?", [art["page_id"]])
        gone = {
            r["line_no"]: r
            for r in store.query(
                "SELECT line_no, reason, detail FROM removed_lines WHERE page_id = ?", [art["page_id"]]
            )
        }
    console.print(f"[bold]{escape(art['title'] or '(no title)')}[/]")
    meta = [
        f"id {art['id']}",
        f"source {art['source']}",
        f"published {art['published'] or '-'} ({art['published_from'] or 'unknown'})",
        f"outlet {art['outlet'] or '-'}",
        f"authors {', '.join(art['authors'] or []) or '-'}",
    ]
    for m in meta:
        console.print(f"[dim]{escape(m)}[/]")
    console.print()
    if not removed:
        console.print(escape(art["text"]))
        return
    body = set(art["line_nos"] or [])
    for no, line in enumerate(page[0]["text"].split("\n") if page else [], start=1):
        if not line.strip():
            continue
        if no in gone:
            console.print(
                f"[dim]{no:4d}[/] [red strike]{escape(line)}[/]  [yellow]({escape(gone[no]['reason'])})[/]"
            )
        elif no in body:
            console.print(f"[dim]{no:4d}[/] {escape(line)}")
        else:
            console.print(f"[dim]{no:4d} {escape(line)}  (another article on this page)[/]")
