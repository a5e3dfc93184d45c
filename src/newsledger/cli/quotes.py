"""`newsledger quotes`: who said what (to whom), with the cue and where it was said."""

from __future__ import annotations

import enum
import json
from typing import Annotated, Any

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, find_article_id, open_store
from newsledger.errors import NewsledgerError
from newsledger.ledger.read import find_quotes
from newsledger.store.export import jsonable


class QuoteKindChoice(enum.StrEnum):
    """The kinds of quote ``--kind`` takes."""

    direct = "direct"
    indirect = "indirect"


def _who(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "(unattributed)"
    country = ref.get("country")
    return f"{ref['name']} ({country})" if country and country != ref["name"] else str(ref["name"])


@app.command(rich_help_panel="Read the ledger")
def quotes(
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", help="only quotes by this speaker: part of a name, an actor id or a country code"
        ),
    ] = None,
    article: Annotated[
        str | None, typer.Option("--article", help="only this article (id or its first characters)")
    ] = None,
    kind: Annotated[
        QuoteKindChoice | None, typer.Option("--kind", help="direct (in quote marks) or indirect (reported)")
    ] = None,
    verbatim: Annotated[
        bool,
        typer.Option(
            "--verbatim",
            help="only quotes giving the speaker's own words: direct quotes, and reported speech quoting"
            " a clause of them (what `export` writes by default)",
        ),
    ] = False,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    limit: Annotated[int, typer.Option("--limit", min=1, help="quotes to show")] = 100,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per line (the export's fields)")
    ] = False,
) -> None:
    """List statements attributed to someone: speaker, addressee, cue and the words.

    Direct quotes are shown in quote marks, reported speech without them.

    Examples:
      newsledger quotes --speaker Lavrov
      newsledger quotes --article 3fa2c1
      newsledger quotes --speaker CHN --kind direct --json
      newsledger quotes --verbatim

    Run `newsledger annotate` first.
    """
    with open_store(db) as store:
        article_id = find_article_id(store, article) if article else None
        try:
            rows = find_quotes(
                store,
                speaker=speaker,
                article_id=article_id,
                kind=kind.value if kind else None,
                verbatim=verbatim,
                limit=limit,
            )
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    if as_json:
        for r in rows:
            typer.echo(json.dumps(jsonable(r), ensure_ascii=False))
        return
    if not rows:
        err.print("no quotes match; run `newsledger annotate` first if you have not")
        raise typer.Exit(1)
    for r in rows:
        head = f"[bold]{escape(_who(r['speaker']))}[/]"
        if r["addressee"]:
            head += f" → {escape(_who(r['addressee']))}"
        head += f" [dim]({escape(r['cue'] or '-')}, {r['kind']})[/]"
        if r["source_chain"]:
            head += f" [dim]via {escape(' ← '.join(r['source_chain']))}[/]"
        console.print(head)
        words = f"“{r['text']}”" if r["kind"] == "direct" else r["text"]
        console.print(f"  {escape(words)}")
        console.print(f"  [dim]article {r['article_id']} @{r['start']}[/]")
