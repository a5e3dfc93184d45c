"""The DuckDB store: one writer process, content-hash keys, batched idempotent inserts."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from newsledger.errors import StoreError
from newsledger.model import (
    Actor,
    ActorRef,
    Annotations,
    Event,
    EventDate,
    EventMention,
    PageResult,
    Quote,
    content_id,
)
from newsledger.store.schema import ANNOTATION_TABLES, LATEST, MIGRATIONS

MIN_FREE_BYTES = 200 * 1024 * 1024  # refuse to start writing with less disk than this

QUOTE_COLUMNS = (
    "id", "article_id", "text", "kind", "cue", "start", '"end"', "sentence",
    "speaker_id", "speaker_name", "speaker_kind", "speaker_country", "speaker_start", "speaker_end",
    "cue_start", "cue_end",
    "addressee_id", "addressee_name", "addressee_kind", "addressee_country", "source_chain", "verbatim",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "article_id", "type", "mode", "context", "modality", "actor", "recipient",
    "date_start", "date_end", "date_precision", "location", "score", "quote_id",
)  # fmt: skip
EVENT_MENTION_COLUMNS = (
    "event_id", "article_id", "start", '"end"', "sentence_index", "sentence", "trigger", "modality",
    "date_start", "date_end", "date_precision", "date_text", "quote_id",
)  # fmt: skip


def _ref(ref: ActorRef | None) -> tuple[str | None, str | None, str | None]:
    return (ref.name, ref.kind, ref.country) if ref is not None else (None, None, None)


def _date(date: EventDate | None) -> tuple[Any, Any, Any]:
    return (date.start, date.end, date.precision) if date is not None else (None, None, None)


def _refs_json(refs: Sequence[ActorRef]) -> str:
    return json.dumps([r.model_dump(mode="json") for r in refs], ensure_ascii=False)


def _quote_row(q: Quote) -> tuple[Any, ...]:
    return (
        q.id, q.article_id, q.text, q.kind, q.cue, q.start, q.end, q.sentence,
        q.speaker_id, *_ref(q.speaker), q.speaker_start, q.speaker_end, q.cue_start, q.cue_end,
        q.addressee_id, *_ref(q.addressee), list(q.source_chain), q.verbatim,
    )  # fmt: skip


def _event_row(article_id: str, e: Event) -> tuple[Any, ...]:
    return (
        e.id, article_id, e.type, e.mode, list(e.context), e.modality, _refs_json(e.actor),
        _refs_json(e.recipient), *_date(e.date), e.location, e.score, e.quote_id,
    )  # fmt: skip


def _event_mention_row(event_id: str, m: EventMention) -> tuple[Any, ...]:
    return (
        event_id, m.article_id, m.start, m.end, m.sentence_index, m.sentence, m.trigger, m.modality,
        *_date(m.date), m.date_text, m.quote_id,
    )  # fmt: skip


@dataclass
class WriteCounts:
    """What one batch did: pages new, already stored, failed."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0

    def add(self, other: WriteCounts) -> None:
        """Add another batch's counts to these."""
        self.new += other.new
        self.unchanged += other.unchanged
        self.failed += other.failed


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                path,
                "locked",
                "the database is open for writing in another process (an ingest?); wait for it or use another --db",
            ) from exc
        raise StoreError(path, "cannot_open", f"cannot open the database ({exc})") from exc


def open_connection(path: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a write-ahead log that will not replay is moved aside and reported."""
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(path, "missing", "no such database; run `newsledger ingest ... --db FILE` first")
    try:
        return _connect(path, read_only)
    except StoreError as exc:
        wal = Path(path + ".wal")
        if exc.reason != "cannot_open" or not wal.exists():
            raise
        aside = wal.with_name(f"{wal.name}.unreplayable-{dt.datetime.now():%Y%m%d%H%M%S}")
        shutil.move(str(wal), aside)
        con = _connect(path, read_only)
        print(f"{path}: its write-ahead log would not replay; moved it to {aside} (not deleted)")
        return con


class Store:
    """The newsledger database. Only the ingesting process opens it read-write."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.con = open_connection(path, read_only=read_only)
        if not read_only:
            self.migrate()

    def close(self) -> None:
        """Checkpoint (when writing) and close."""
        if not self.read_only:
            self.con.execute("CHECKPOINT")
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ schema

    def schema_version(self) -> int:
        """Return the schema version the database is at (0 for a new file)."""
        have = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not have or not have[0]:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> int:
        """Apply pending migrations, each in a transaction, then CHECKPOINT; return the version."""
        current = self.schema_version()
        if current > LATEST:
            raise StoreError(
                self.path,
                "newer_schema",
                f"database schema {current} is newer than this newsledger ({LATEST}); upgrade newsledger",
            )
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    self.con.execute(sql)
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
        self.con.execute("CHECKPOINT")
        return LATEST

    def check_disk(self) -> None:
        """Refuse to start a write when the disk is nearly full (keep headroom for the WAL)."""
        folder = Path(self.path).resolve().parent
        free = shutil.disk_usage(folder).free
        if free < MIN_FREE_BYTES:
            raise StoreError(
                self.path,
                "disk_full",
                f"only {free // (1024 * 1024)} MB free on the disk; free some space first",
            )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction; roll back on any error."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # ------------------------------------------------------------ writing

    def finished_keys(self) -> set[str]:
        """Return the input fingerprints a previous run finished (for resuming)."""
        return {r[0] for r in self.con.execute("SELECT key FROM inputs").fetchall()}

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        cols = list(zip(*rows, strict=True))
        unnest = ", ".join(f"UNNEST(?) AS {c}" for c in columns)
        self.con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM (SELECT {unnest}) ON CONFLICT DO NOTHING",
            [list(c) for c in cols],
        )

    def write(
        self, batch: list[tuple[str, PageResult]], *, retry_reasons: frozenset[str] = frozenset()
    ) -> WriteCounts:
        """Store a batch of page results with their input keys, in one transaction.

        Inputs whose failure reason is in ``retry_reasons`` (timeouts, crashed workers) are
        not marked finished, so the next run tries them again.
        """
        counts = WriteCounts()
        page_ids = [r.document.id for _, r in batch if r.document is not None]
        existing = set()
        if page_ids:
            existing = {
                row[0]
                for row in self.con.execute(
                    "SELECT id FROM pages WHERE id IN (SELECT UNNEST(?))", [page_ids]
                ).fetchall()
            }
        pages, articles, removed, failures, inputs = [], [], [], [], []
        seen: set[str] = set()
        for key, res in batch:
            doc = res.document
            status = "done"
            if doc is not None and (doc.id in existing or doc.id in seen):
                counts.unchanged += 1
            elif res.failure is not None:
                counts.failed += 1
            else:
                counts.new += 1
            if doc is not None and doc.id not in seen:
                seen.add(doc.id)
                m = doc.meta
                pages.append(
                    (
                        doc.id,
                        doc.source,
                        doc.format,
                        doc.encoding,
                        doc.language,
                        m.url or doc.html_meta.url,
                        doc.extraction,
                        m.published,
                        m.outlet,
                        m.title,
                        doc.text,
                    )
                )
            for a in res.articles:
                articles.append(
                    (
                        a.id,
                        a.page_id,
                        a.part,
                        a.source,
                        a.url,
                        a.title,
                        list(a.authors),
                        a.outlet,
                        a.published,
                        a.published_from,
                        a.language,
                        a.extraction,
                        a.text,
                        list(a.line_nos),
                    )
                )
            for rl in res.removed:
                removed.append((rl.page_id, rl.line_no, rl.text, rl.reason, rl.detail))
            if res.failure is not None:
                f = res.failure
                failures.append(
                    (
                        content_id(f.source, f.reason, doc.id if doc else ""),
                        f.source,
                        f.stage,
                        f.reason,
                        f.message,
                        doc.id if doc else None,
                    )
                )
                if f.reason in retry_reasons:
                    status = "retry"
            if key and status == "done":
                inputs.append((key, res.source, "failed" if res.failure else "done", doc.id if doc else None))
        with self.transaction():
            self._insert(
                "pages",
                (
                    "id",
                    "source",
                    "format",
                    "encoding",
                    "language",
                    "url",
                    "extraction",
                    "given_published",
                    "given_outlet",
                    "given_title",
                    "text",
                ),
                pages,
            )
            self._insert(
                "articles",
                (
                    "id",
                    "page_id",
                    "part",
                    "source",
                    "url",
                    "title",
                    "authors",
                    "outlet",
                    "published",
                    "published_from",
                    "language",
                    "extraction",
                    "text",
                    "line_nos",
                ),
                articles,
            )
            self._insert("removed_lines", ("page_id", "line_no", "text", "reason", "detail"), removed)
            self._insert("failures", ("id", "source", "stage", "reason", "message", "page_id"), failures)
            self._insert("inputs", ("key", "source", "status", "page_id"), inputs)
        return counts

    def write_annotations(self, batch: Sequence[Annotations]) -> None:
        """Store the annotations of a batch of articles, in one transaction.

        An article's earlier annotations (sentences, mentions, time expressions, quotes,
        events) are replaced, so annotating again after an upgrade leaves no stale rows;
        actors are shared across articles and kept. Each article is marked annotated, so
        ``unannotated_article_ids`` skips it next time.
        """
        ids = [a.article_id for a in batch]
        seen: dict[str, Actor] = {}
        for ann in batch:
            for actor in ann.actors:
                seen.setdefault(actor.id, actor)
        with self.transaction():
            for table in ANNOTATION_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT UNNEST(?))", [ids])
            self._insert(
                "sentences",
                ("article_id", "idx", "start", '"end"', "text"),
                [(s.article_id, s.index, s.start, s.end, s.text) for a in batch for s in a.sentences],
            )
            self._insert(
                "mentions",
                (
                    "article_id",
                    "start",
                    '"end"',
                    "text",
                    "sentence",
                    "actor_id",
                    "name",
                    "kind",
                    "country",
                    "how",
                ),
                [
                    (
                        m.article_id,
                        m.start,
                        m.end,
                        m.text,
                        m.sentence,
                        m.actor_id,
                        m.name,
                        m.kind,
                        m.country,
                        m.how,
                    )
                    for a in batch
                    for m in a.mentions
                ],
            )
            self._insert(
                "actors",
                ("id", "name", "kind", "country", "aliases", "roles"),
                [
                    (
                        a.id,
                        a.name,
                        a.kind,
                        a.country,
                        list(a.aliases),
                        json.dumps([r.model_dump(mode="json") for r in a.roles]),
                    )
                    for a in seen.values()
                ],
            )
            self._insert(
                "time_exprs",
                (
                    "article_id", "start", '"end"', "text", "sentence", "type", "value", "precision",
                    "date_start", "date_end",
                ),
                [
                    (
                        t.article_id, t.start, t.end, t.text, t.sentence, t.type, t.value, t.precision,
                        t.date_start, t.date_end,
                    )
                    for a in batch
                    for t in a.times
                ],
            )  # fmt: skip
            self._insert("quotes", QUOTE_COLUMNS, [_quote_row(q) for a in batch for q in a.quotes])
            self._insert(
                "events", EVENT_COLUMNS, [_event_row(a.article_id, e) for a in batch for e in a.events]
            )
            self._insert(
                "event_mentions",
                EVENT_MENTION_COLUMNS,
                [_event_mention_row(e.id, m) for a in batch for e in a.events for m in e.mentions],
            )
            self._insert(
                "failures",
                ("id", "source", "stage", "reason", "message", "page_id"),
                [
                    (
                        content_id(f.source, f.stage, a.article_id),
                        f.source,
                        f.stage,
                        f.reason,
                        f.message,
                        None,
                    )
                    for a in batch
                    for f in a.failures
                ],
            )
            self._insert("annotated", ("article_id", "model"), [(a.article_id, a.annotator) for a in batch])

    def forget_annotations(self) -> int:
        """Mark every article as not annotated (the next annotate run redoes them); return how many."""
        row = self.con.execute("SELECT count(*) FROM annotated").fetchone()
        with self.transaction():
            self.con.execute("DELETE FROM annotated")
        return int(row[0]) if row else 0

    def unannotated_article_ids(self) -> list[str]:
        """Return the ids of stored articles not yet annotated, in a stable order."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM annotated) ORDER BY id"
        ).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------ reading

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised read query and return rows as dicts."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def find_article(self, prefix: str) -> dict[str, Any] | None:
        """Return the article whose id starts with ``prefix`` (unique), else None."""
        rows = self.query("SELECT * FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [prefix])
        if len(rows) > 1:
            raise StoreError(
                prefix, "ambiguous_id", "more than one article id starts with this; give more characters"
            )
        return rows[0] if rows else None
