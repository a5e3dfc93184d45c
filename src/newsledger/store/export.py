"""Write the export files of the DESIGN.md contract (articles now; more as stages fill them)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from newsledger.errors import StoreError
from newsledger.store.duck import Store

FORMATS = ("jsonl", "csv", "parquet")

# export file -> query; column names are the contract's field names
QUERIES: dict[str, str] = {
    "articles": """SELECT id, source, title, authors, outlet, published, text,
                          url, page_id, part, language, extraction, published_from
                   FROM articles ORDER BY source, part, id""",
    "actors": """SELECT id, name, kind, country, aliases,
                        from_json(roles, '[{"title": "VARCHAR", "role": "VARCHAR", "country": "VARCHAR",
                                            "start": "VARCHAR", "end": "VARCHAR"}]') AS roles
                 FROM actors ORDER BY id""",
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def export(store: Store, out: Path, fmt: str) -> dict[str, int]:
    """Write one file per table with rows into ``out``; return rows written per file."""
    if fmt not in FORMATS:
        raise StoreError(fmt, "bad_format", f"unknown export format; use one of {', '.join(FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name, sql in QUERIES.items():
        rows = store.query(sql)
        path = out / f"{name}.{fmt}"
        if fmt == "jsonl":
            with path.open("w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps({k: _jsonable(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
        else:
            # COPY takes no parameters for its target: the path is quoted as a literal here
            # (single quotes doubled), and the query is one of ours, never user text.
            target = str(path).replace("'", "''")
            if fmt == "csv":
                query = sql.replace("authors,", "array_to_string(authors, '; ') AS authors,", 1)
                store.con.execute(f"COPY ({query}) TO '{target}' (HEADER, DELIMITER ',')")
            else:
                store.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)")
        written[path.name] = len(rows)
    return written
