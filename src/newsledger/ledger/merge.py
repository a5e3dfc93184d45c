"""Merge the events articles report into one event per happening, across articles and outlets.

Each article's event coder gives its own events (``events`` and ``event_mentions`` tables).
Two of them are one happening when they agree on what (type and modality: a planned visit
never merges with the visit), on who (the country codes of both sides; for the types of
``ledger/symmetric.v1.tsv`` in either direction, as "X met Y" and "Y met X" are one
meeting), and on when: their dates fit one inside the other, or are days at most a day apart
(outlets in other time zones date a late call a day later). A merged event takes the most
precise date of its members and keeps every mention with its own date and article.

Undated events are never merged into dated ones: which of two visits an undated "Putin
visited Beijing" means is not known, and a ledger that guesses is one no one can trust.

This reads contract-shaped rows (``ledger/read.py``) and returns contract-shaped rows, so
the export, the CLI and the web UI share it; it holds one actor pair's events at a time
when called per dyad, and all of them for a whole export.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from newsledger.resources import load_table

Row = dict[str, Any]
ONE_DAY = dt.timedelta(days=1)


class SymmetricRow(BaseModel):
    """One row of ``ledger/symmetric.v1.tsv``: an event type whose two sides can swap."""

    type: str


@functools.lru_cache(maxsize=4)
def symmetric_types(rules_dir: str | None = None) -> frozenset[str]:
    """The event types that are the same event whichever side the article names first."""
    return frozenset(r.type.upper() for r in load_table("ledger/symmetric.v1.tsv", SymmetricRow, rules_dir))


def codes(refs: Sequence[dict[str, Any]] | None) -> frozenset[str]:
    """The country codes of one side (names, lower-cased, for actors without a country)."""
    out = set()
    for r in refs or []:
        code = r.get("country") or ""
        out.add(code.upper() if code else "name:" + str(r.get("name") or "").lower())
    return frozenset(out)


def _interval(date: dict[str, Any] | None) -> tuple[dt.date, dt.date] | None:
    if not date or date.get("start") is None:
        return None
    start = _day(date["start"])
    return start, _day(date.get("end") or date["start"])


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def fits(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether two event dates can be one happening: one inside the other, or two single days
    at most a day apart."""
    if a[0] == a[1] and b[0] == b[1]:
        return abs(a[0] - b[0]) <= ONE_DAY
    return (a[0] >= b[0] and a[1] <= b[1]) or (b[0] >= a[0] and b[1] <= a[1])


@dataclass
class _Cluster:
    date: tuple[dt.date, dt.date] | None
    members: list[Row] = field(default_factory=list)


def _key(row: Row, symmetric: frozenset[str]) -> tuple[Any, ...]:
    actor, recipient = codes(row.get("actor")), codes(row.get("recipient"))
    sides: tuple[Any, ...] = (
        (frozenset({actor, recipient}),) if row["type"] in symmetric else (actor, recipient)
    )
    return (row["type"], row.get("modality"), *sides)


def _oriented(row: Row, first: Row) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``row``'s sides in the direction of ``first`` (a symmetric event may be told either way)."""
    actor, recipient = list(row.get("actor") or []), list(row.get("recipient") or [])
    if codes(actor) == codes(first.get("recipient")) and codes(recipient) == codes(first.get("actor")):
        return recipient, actor
    return actor, recipient


def _union(lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, Any]] = set()
    for refs in lists:
        for r in refs:
            key = (r.get("name"), r.get("country"))
            if key not in seen:
                seen.add(key)
                out.append(r)
    return out


def merged_id(members: Sequence[Row]) -> str:
    """A merged event's id: a hash of its members' ids (a new member gives a new id)."""
    ids = sorted(str(m["id"]) for m in members)
    return hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:16]


def _merge(members: list[Row]) -> Row:
    first = members[0]
    if len(members) == 1:
        return {**first, "article_events": [first["id"]], "articles": _articles(members)}
    sides = [_oriented(m, first) for m in members]
    mentions = [mt for m in members for mt in (m.get("mentions") or [])]
    mentions.sort(key=lambda mt: (str(mt.get("article_id")), mt.get("start") or 0))
    context: list[str] = []
    for m in members:
        context += [c for c in (m.get("context") or []) if c not in context]
    scores = [m["score"] for m in members if m.get("score") is not None]
    return {
        **first,
        "id": merged_id(members),
        "mode": next((m["mode"] for m in members if m.get("mode")), None),
        "context": context,
        "actor": _union(a for a, _ in sides),
        "recipient": _union(r for _, r in sides),
        "location": next((m["location"] for m in members if m.get("location")), None),
        "score": max(scores) if scores else None,
        "mentions": mentions,
        "article_events": sorted(m["id"] for m in members),
        "articles": _articles(members),
    }


def _articles(members: Sequence[Row]) -> list[str]:
    return sorted({str(m.get("article_id")) for m in members if m.get("article_id")})


def merge_events(rows: Iterable[Row], rules_dir: str | None = None) -> list[Row]:
    """Return one row per happening, members merged as the module says; dated events first in
    date order, then undated ones. Each row gains ``article_events`` (the per-article event
    ids it holds) and ``articles``; ``date`` is its most precise member's."""
    symmetric = symmetric_types(rules_dir)
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in rows:
        groups[_key(row, symmetric)].append(row)
    out: list[Row] = []
    for members in groups.values():
        dated = [(iv, m) for m in members if (iv := _interval(m.get("date"))) is not None]
        # the most precise dates first: they found the clusters wider dates may join
        dated.sort(key=lambda p: (p[0][1] - p[0][0], p[0][0], str(p[1]["id"])))
        clusters: list[_Cluster] = []
        for iv, m in dated:
            homes = [c for c in clusters if c.date is not None and fits(c.date, iv)]
            if len(homes) == 1 or (homes and iv[0] == iv[1]):
                homes[0].members.append(m)
            else:  # no cluster, or a wide date that fits several: which one is not known
                clusters.append(_Cluster(iv, [m]))
        clusters += [_Cluster(None, [m]) for m in members if _interval(m.get("date")) is None]
        out += [_merge(c.members) for c in clusters]
    out.sort(key=_order)
    return out


def _order(row: Row) -> tuple[Any, ...]:
    iv = _interval(row.get("date"))
    return (iv is None, iv or (dt.date.min, dt.date.min), str(row["type"]), str(row["id"]))
