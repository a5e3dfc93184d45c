"""`newsledger events`: the PLOVER events found, dated, with modality and the evidence."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, find_article_id, open_store
from newsledger.errors import NewsledgerError
from newsledger.ledger.read import EventFilter, find_events, sides
from newsledger.store.export import jsonable

MODALITY_MARK = {"asserted": "", "negated": "NOT ", "future": "PLANNED ", "hypothetical": "MAYBE "}


def when(date: dict[str, Any] | None) -> str:
    """A date for people: ``2022-10-27``, ``2022-02-01..2022-02-28 (month)``, ``undated``."""
    if not date:
        return "undated"
    start, end = str(date["start"]), str(date["end"])
    return start if start == end else f"{start}..{end} ({date['precision']})"


def print_events(rows: list[dict[str, Any]], *, as_json: bool, evidence: bool = True) -> None:
    """Print events one block each (or one JSON object per line)."""
    for r in rows:
        if as_json:
            typer.echo(json.dumps(jsonable(r), ensure_ascii=False))
            continue
        kind = r["type"] + (f"/{r['mode']}" if r["mode"] else "")
        mark = MODALITY_MARK.get(r["modality"], r["modality"].upper() + " ")
        console.print(
            f"[bold]{escape(when(r['date']))}[/]  [yellow]{escape(mark)}[/][bold cyan]{escape(kind)}[/]"
            f"  {escape(sides(r['actor']))} → {escape(sides(r['recipient']))}"
            + (f"  [dim]{escape(', '.join(r['context']))}[/]" if r["context"] else "")
            + (f"  [green]{len(r['articles'])} articles[/]" if len(r.get("articles") or ()) > 1 else "")
        )
        if not evidence:
            continue
        for m in r["mentions"] or []:
            console.print(f"    [dim]“{escape(m['sentence'])}” (article {m['article_id']} @{m['start']})[/]")


def _day(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(
            value if len(value) > 7 else value + "-01" if len(value) == 7 else value + "-01-01"
        )
    except ValueError as exc:
        err.print(f"{flag} {escape(value)}: not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
        raise typer.Exit(2) from exc


@app.command(rich_help_panel="Read the ledger")
def events(
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor", help="either side is this: a country or group code (CHN, NATO) or part of a name"
        ),
    ] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="PLOVER type: CONSULT, AGREE, ACCUSE, ASSAULT, ...")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="events that happened on or after this date (YYYY[-MM[-DD]])"),
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="events that happened on or before this date")
    ] = None,
    article: Annotated[
        str | None, typer.Option("--article", help="only this article (id or its first characters)")
    ] = None,
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    limit: Annotated[int, typer.Option("--limit", min=1, help="events to show")] = 100,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per line (the export's fields)")
    ] = False,
) -> None:
    """List the events found, by the date they happened (not the publication date).

    Each line: date, modality (NOT, PLANNED, MAYBE; nothing when it happened), PLOVER
    type/mode, actor → recipient, contexts; then the sentences that say so. One event
    reported by several articles is listed once, with each article's sentence.

    Examples:
      newsledger events --actor RUS --type CONSULT
      newsledger events --since 2023-01 --json
      newsledger timeline --dyad CHN,RUS       one actor pair

    Run `newsledger annotate` first. A --since or --until leaves out undated events.
    """
    flt = EventFilter(
        actor=actor, type=type_, since=_day(since, "--since"), until=_day(until, "--until"), limit=limit
    )
    with open_store(db) as store:
        if article:
            flt = EventFilter(**{**flt.__dict__, "article_id": find_article_id(store, article)})
        try:
            rows = find_events(store, flt)
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    if not rows and not as_json:
        err.print("no events match; run `newsledger annotate` first if you have not")
        raise typer.Exit(1)
    print_events(rows, as_json=as_json)
