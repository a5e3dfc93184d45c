"""Read the ledger: events and quotes with filters, in the export contract's shape.

The CLI, the export and (later) the web UI and API read through these functions, so a
filter means the same thing everywhere. Every value reaches DuckDB as a parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsledger.errors import NewsledgerError
from newsledger.ledger.merge import merge_events
from newsledger.store.duck import Store
from newsledger.store.export import EVENTS_SELECT, REFS, quotes_select, verbatim_test

_CODE = re.compile(r"[A-Z]{3}|[A-Z]{2,6}")


class LedgerError(NewsledgerError):
    """A ledger query that cannot run: a bad filter, or a database not annotated yet."""

    stage = "ledger"


@dataclass(frozen=True)
class EventFilter:
    """Which events to read. ``actor`` matches a country or group code (``CHN``, ``NATO``)
    or part of a name on either side; ``dyad`` is two such codes, in either direction."""

    actor: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    article_id: str | None = None
    dyad: tuple[str, str] | None = None
    modality: str | None = None
    limit: int | None = None


def parse_dyad(text: str) -> tuple[str, str]:
    """Parse ``CHN,RUS`` (or ``CHN-RUS``, ``chn rus``) into two upper-case codes."""
    parts = [p for p in re.split(r"[,\s/\-]+", text.strip().upper()) if p]
    if len(parts) != 2 or not all(_CODE.fullmatch(p) for p in parts):
        raise LedgerError(text, "bad_dyad", "a dyad is two actor codes, e.g. CHN,RUS or USA,NATO")
    return parts[0], parts[1]


def _side(column: str) -> str:
    """SQL for the country codes of one side of an event (a list of VARCHAR)."""
    return f"list_transform(from_json({column}, '{REFS}'), lambda r: upper(coalesce(r.country, '')))"


def _names(column: str) -> str:
    return f"list_transform(from_json({column}, '{REFS}'), lambda r: lower(coalesce(r.name, '')))"


def _require(store: Store, table: str) -> None:
    have = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?", [table])
    if not have[0]["n"]:
        raise LedgerError(
            store.path, "not_annotated", "this database has no annotations; run `newsledger annotate`"
        )


def find_events(store: Store, flt: EventFilter, *, merged: bool = True) -> list[dict[str, Any]]:
    """Return the events that pass ``flt``, dated ones in date order, then undated ones.

    ``merged``: reports of one happening in several articles come back as one event
    (``ledger/merge.py``); with ``flt.article_id``, or ``merged=False``, each article's own.
    """
    _require(store, "events")
    where: list[str] = []
    params: list[Any] = []
    if flt.type:
        where.append("e.type = ?")
        params.append(flt.type.upper())
    if flt.modality:
        where.append("e.modality = ?")
        params.append(flt.modality)
    if flt.article_id:
        where.append("e.article_id = ?")
        params.append(flt.article_id)
    if flt.since:
        where.append("e.date_end >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("e.date_start <= ?")
        params.append(flt.until)
    if flt.actor:
        where.append(
            f"(list_contains({_side('e.actor')} || {_side('e.recipient')}, upper(?))"
            f" OR len(list_filter({_names('e.actor')} || {_names('e.recipient')},"
            " lambda n: contains(n, lower(?)))) > 0)"
        )
        params += [flt.actor, flt.actor]
    if flt.dyad:
        a, b = flt.dyad
        where.append(
            f"((list_contains({_side('e.actor')}, ?) AND list_contains({_side('e.recipient')}, ?))"
            f" OR (list_contains({_side('e.actor')}, ?) AND list_contains({_side('e.recipient')}, ?)))"
        )
        params += [a, b, b, a]
    sql = (
        EVENTS_SELECT
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date_start NULLS LAST, e.date_end, e.article_id, e.id"
    )
    if merged and not flt.article_id:
        rows = merge_events(store.query(sql, params))
        return rows[: flt.limit] if flt.limit else rows
    if flt.limit:
        sql += " LIMIT ?"
        params.append(flt.limit)
    return store.query(sql, params)


def find_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    article_id: str | None = None,
    kind: str | None = None,
    verbatim: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Return quotes, by article and position; ``speaker`` matches part of a name, an actor id
    or a country code; ``kind`` is ``direct`` or ``indirect``; ``verbatim`` keeps only quotes
    giving the speaker's own words (``Quote.verbatim``, what the export writes by default)."""
    _require(store, "quotes")
    where: list[str] = []
    params: list[Any] = []
    if verbatim:
        where.append(verbatim_test(store))
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if speaker:
        # the name as the article spells it, or the actor's own name and aliases (a quote of
        # "Gerhard Schroeder" is found by "Schröder")
        where.append(
            "(contains(lower(speaker_name), lower(?)) OR speaker_id = ? OR upper(speaker_country) = upper(?)"
            " OR speaker_id IN (SELECT id FROM actors WHERE contains(lower(name), lower(?))"
            " OR list_has_any(list_transform(aliases, lambda a: lower(a)), [lower(?)])))"
        )
        params += [speaker, speaker, speaker, speaker, speaker]
    if article_id:
        where.append("article_id = ?")
        params.append(article_id)
    sql = (
        quotes_select(store)
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY article_id, start, id"
    )
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return store.query(sql, params)


def sides(refs: Sequence[dict[str, Any]] | None) -> str:
    """Name one side of an event for people: ``Xi Jinping (CHN), Russia``."""
    out = []
    for r in refs or []:
        name, country = r.get("name") or "?", r.get("country")
        out.append(name if not country or country.upper() == name.upper() else f"{name} ({country})")
    return ", ".join(out) or "-"
