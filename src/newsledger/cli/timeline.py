"""`newsledger timeline --dyad A,B`: what one pair of actors did to each other, in date order."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from newsledger.cli.app import DB_HELP, app, console, err, open_store
from newsledger.cli.events import print_events
from newsledger.errors import NewsledgerError
from newsledger.ledger.read import EventFilter, find_events, parse_dyad


@app.command(rich_help_panel="Read the ledger")
def timeline(
    dyad: Annotated[
        str,
        typer.Option(
            "--dyad", help="two actor codes, either direction: CHN,RUS or USA,NATO", show_default=False
        ),
    ],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = "newsledger.duckdb",
    undated: Annotated[
        bool, typer.Option("--undated/--dated-only", help="also list events with no date")
    ] = True,
    evidence: Annotated[bool, typer.Option("--evidence/--brief", help="print each event's sentences")] = True,
    as_json: Annotated[
        bool, typer.Option("--json", help="one JSON object per line (the export's fields)")
    ] = False,
) -> None:
    """Show one actor pair's events as a dated list, oldest first, with modality and evidence.

    Examples:
      newsledger timeline --dyad CHN,RUS
      newsledger timeline --dyad USA,CHN --brief
      newsledger timeline --dyad RUS,UKR --json > rus-ukr.jsonl

    Dates are when the events happened, as the articles give them; planned (PLANNED),
    denied or not done (NOT) and possible (MAYBE) events are marked.
    """
    try:
        pair = parse_dyad(dyad)
    except NewsledgerError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2) from exc
    with open_store(db) as store:
        try:
            rows = find_events(store, EventFilter(dyad=pair))
        except NewsledgerError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            raise typer.Exit(1) from exc
    if not undated:
        rows = [r for r in rows if r["date"]]
    if not as_json:
        dated = sum(1 for r in rows if r["date"])
        console.print(f"[bold]{pair[0]} ↔ {pair[1]}[/]: {len(rows)} events, {dated} dated")
    print_events(rows, as_json=as_json, evidence=evidence)
