"""Write the export files of the DESIGN.md contract: articles, actors, quotes, events."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from newsledger.errors import StoreError
from newsledger.ledger.merge import merge_events
from newsledger.store.duck import Store
from newsledger.store.schema import LEGACY_VERBATIM

FORMATS = ("jsonl", "csv", "parquet")

# Which quotes quotes.jsonl holds. "verbatim": the speaker's own words as a statement
# (direct quotes, and reported speech that quotes a clause of them; see quotes/verbatim.py);
# "all" adds reported speech in the writer's own words, which is a paraphrase and is
# found less surely.
QUOTE_SETS = {
    "verbatim": "WHERE verbatim",
    "all": "",
}

# Which events events.jsonl holds: "merged", one row per happening across articles (the
# contract), or "article", each article's own events.
EVENT_SETS = ("merged", "article")

REFS = '[{"name": "VARCHAR", "kind": "VARCHAR", "country": "VARCHAR"}]'


def _date(table: str) -> str:
    """SQL for a ``{start, end, precision}`` date struct from ``table``'s date columns, or NULL."""
    return (
        f"CASE WHEN {table}.date_start IS NULL THEN NULL ELSE {{'start': {table}.date_start, "
        f"'end': {table}.date_end, 'precision': {table}.date_precision}} END"
    )


# The contract's quote and event rows; the ledger's readers add WHERE and ORDER BY.
QUOTES_SELECT = """SELECT id, article_id,
                        CASE WHEN speaker_name IS NULL THEN NULL ELSE
                             {'name': speaker_name, 'kind': speaker_kind, 'country': speaker_country,
                              'id': speaker_id} END AS speaker,
                        CASE WHEN addressee_name IS NULL THEN NULL ELSE
                             {'name': addressee_name, 'kind': addressee_kind, 'country': addressee_country,
                              'id': addressee_id} END AS addressee,
                        text, kind, cue, start, "end", sentence, source_chain, verbatim
                 FROM quotes"""


def verbatim_test(store: Store) -> str:
    """SQL for "this quote is verbatim" (``Quote.verbatim``) as ``store``'s schema allows it: a
    database from before migration 4, opened read-only, has no such column and gets the test
    that migration gives old quotes."""
    cols = store.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'quotes'")
    return "verbatim" if any(c["column_name"] == "verbatim" for c in cols) else LEGACY_VERBATIM


def quotes_select(store: Store) -> str:
    """``QUOTES_SELECT`` as ``store``'s schema allows it."""
    test = verbatim_test(store)
    if test == "verbatim":
        return QUOTES_SELECT
    return QUOTES_SELECT.replace("source_chain, verbatim", f"source_chain, {test} AS verbatim")


EVENTS_SELECT = f"""SELECT e.id, e.type, e.mode, e.context, e.modality,
                         from_json(e.actor, '{REFS}') AS actor,
                         from_json(e.recipient, '{REFS}') AS recipient,
                         {_date("e")} AS date,
                         e.location, e.score,
                         (SELECT list({{'article_id': m.article_id, 'sentence': m.sentence,
                                        'start': m.start, 'end': m."end", 'date': {_date("m")},
                                        'modality': m.modality, 'trigger': m.trigger,
                                        'date_text': m.date_text, 'quote_id': m.quote_id}}
                                      ORDER BY m.start)
                          FROM event_mentions m WHERE m.event_id = e.id) AS mentions,
                         e.article_id, e.quote_id
                  FROM events e"""

# export file -> query; column names are the contract's field names
QUERIES: dict[str, str] = {
    "articles": """SELECT id, source, title, authors, outlet, published, text,
                          url, page_id, part, language, extraction, published_from
                   FROM articles ORDER BY source, part, id""",
    "actors": """SELECT id, name, kind, country, aliases,
                        from_json(roles, '[{"title": "VARCHAR", "role": "VARCHAR", "country": "VARCHAR",
                                            "start": "VARCHAR", "end": "VARCHAR"}]') AS roles
                 FROM actors ORDER BY id""",
    "quotes": "SELECT * FROM ({quotes_select}) {quotes_where} ORDER BY article_id, start, id",
    "events": EVENTS_SELECT + " ORDER BY e.article_id, e.id",
}


def jsonable(value: Any) -> Any:
    """Return ``value`` with dates as ISO strings, inside lists and dicts too."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def export(
    store: Store, out: Path, fmt: str, quotes: str = "verbatim", events: str = "merged"
) -> dict[str, int]:
    """Write one file per table with rows into ``out``; return rows written per file.

    ``quotes`` picks which quotes go in (``QUOTE_SETS``); the database keeps them all.
    ``events``: ``merged`` (the contract: one row per happening, across articles,
    ``ledger/merge.py``) or ``article`` (each article's own events).
    """
    if fmt not in FORMATS:
        raise StoreError(fmt, "bad_format", f"unknown export format; use one of {', '.join(FORMATS)}")
    if quotes not in QUOTE_SETS:
        raise StoreError(quotes, "bad_quote_set", f"unknown quote set; use one of {', '.join(QUOTE_SETS)}")
    if events not in EVENT_SETS:
        raise StoreError(events, "bad_event_set", f"unknown event set; use one of {', '.join(EVENT_SETS)}")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    have = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    for name, query in QUERIES.items():
        if name not in have:  # a database from before the stage existed: an empty file
            (out / f"{name}.{fmt}").write_text("")
            written[f"{name}.{fmt}"] = 0
            continue
        sql = query.replace("{quotes_where}", QUOTE_SETS[quotes])
        if name == "quotes":
            sql = sql.replace("{quotes_select}", quotes_select(store))
        rows = store.query(sql)
        path = out / f"{name}.{fmt}"
        staged = out / f".{name}.merged.jsonl"
        if name == "events" and events == "merged":
            rows = merge_events(rows)
            if fmt != "jsonl" and rows:  # COPY reads the merged rows back from a JSON lines file
                _write_jsonl(staged, rows)
                sql = f"SELECT * FROM read_json('{_literal(staged)}', format = 'newline_delimited')"
        try:
            if fmt == "jsonl":
                _write_jsonl(path, rows)
            else:
                # COPY takes no parameters for its target: the path is quoted as a literal here
                # (single quotes doubled), and the query is one of ours, never user text.
                target = _literal(path)
                if fmt == "csv":
                    query = sql.replace("authors,", "array_to_string(authors, '; ') AS authors,", 1)
                    store.con.execute(f"COPY ({query}) TO '{target}' (HEADER, DELIMITER ',')")
                else:
                    store.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)")
        finally:
            staged.unlink(missing_ok=True)
        written[path.name] = len(rows)
    return written


def _literal(path: Path) -> str:
    """``path`` as the inside of a SQL string literal (single quotes doubled)."""
    return str(path).replace("'", "''")


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
