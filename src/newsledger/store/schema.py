"""The versioned DuckDB schema: numbered migrations, run before any ingest, never during."""

from __future__ import annotations

# Whether a quote is verbatim, as judged before Quote.verbatim was stored: a direct quote,
# or any quote holding a double quote mark.
LEGACY_VERBATIM = """(kind = 'direct' OR regexp_matches(text, '["\u201c\u201d\u00ab\u00bb]'))"""

# Each migration is applied once, in order, in one transaction, then the database is
# checkpointed: schema changes must never sit in the write-ahead log while ingest runs
# (replaying DDL from the WAL is where DuckDB's worst crash bugs have been).
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
            """CREATE TABLE IF NOT EXISTS pages (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            encoding VARCHAR,
            language VARCHAR,
            url VARCHAR,
            extraction VARCHAR,
            given_published DATE,
            given_outlet VARCHAR,
            given_title VARCHAR,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )""",
            """CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY,
            page_id VARCHAR NOT NULL,
            part INTEGER NOT NULL,
            source VARCHAR NOT NULL,
            url VARCHAR,
            title VARCHAR,
            authors VARCHAR[],
            outlet VARCHAR,
            published DATE,
            published_from VARCHAR,
            language VARCHAR,
            extraction VARCHAR,
            text VARCHAR NOT NULL,
            line_nos INTEGER[]
        )""",
            """CREATE TABLE IF NOT EXISTS removed_lines (
            page_id VARCHAR NOT NULL,
            line_no INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            detail VARCHAR,
            PRIMARY KEY (page_id, line_no)
        )""",
            """CREATE TABLE IF NOT EXISTS failures (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            stage VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            message VARCHAR NOT NULL,
            page_id VARCHAR,
            recorded_at TIMESTAMP DEFAULT current_timestamp
        )""",
            """CREATE TABLE IF NOT EXISTS inputs (
            key VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            page_id VARCHAR,
            recorded_at TIMESTAMP DEFAULT current_timestamp
        )""",
        ),
    ),
    (
        2,
        (
            """CREATE TABLE IF NOT EXISTS sentences (
            article_id VARCHAR NOT NULL,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""",
            """CREATE TABLE IF NOT EXISTS mentions (
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            sentence INTEGER NOT NULL,
            actor_id VARCHAR,
            name VARCHAR,
            kind VARCHAR,
            country VARCHAR,
            how VARCHAR,
            PRIMARY KEY (article_id, start, "end")
        )""",
            """CREATE TABLE IF NOT EXISTS actors (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            country VARCHAR,
            aliases VARCHAR[],
            roles JSON
        )""",
            # One row per article annotated, so an interrupted run resumes where it stopped
            # (an article with no sentences is still done).
            """CREATE TABLE IF NOT EXISTS annotated (
            article_id VARCHAR PRIMARY KEY,
            model VARCHAR,
            annotated_at TIMESTAMP DEFAULT current_timestamp
        )""",
        ),
    ),
    (
        3,
        (
            """CREATE TABLE IF NOT EXISTS time_exprs (
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            sentence INTEGER,
            type VARCHAR NOT NULL,
            value VARCHAR,
            precision VARCHAR,
            date_start DATE,
            date_end DATE,
            PRIMARY KEY (article_id, start, "end")
        )""",
            """CREATE TABLE IF NOT EXISTS quotes (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            cue VARCHAR,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence INTEGER,
            speaker_id VARCHAR,
            speaker_name VARCHAR,
            speaker_kind VARCHAR,
            speaker_country VARCHAR,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue_start INTEGER,
            cue_end INTEGER,
            addressee_id VARCHAR,
            addressee_name VARCHAR,
            addressee_kind VARCHAR,
            addressee_country VARCHAR,
            source_chain VARCHAR[]
        )""",
            # One row per article-level event; `actor` and `recipient` are JSON lists of
            # {name, kind, country}. Merging across articles is the ledger's job, later.
            """CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            context VARCHAR[],
            modality VARCHAR NOT NULL,
            actor JSON,
            recipient JSON,
            date_start DATE,
            date_end DATE,
            date_precision VARCHAR,
            location VARCHAR,
            score DOUBLE,
            quote_id VARCHAR
        )""",
            """CREATE TABLE IF NOT EXISTS event_mentions (
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence_index INTEGER,
            sentence VARCHAR NOT NULL,
            trigger VARCHAR,
            modality VARCHAR NOT NULL,
            date_start DATE,
            date_end DATE,
            date_precision VARCHAR,
            date_text VARCHAR,
            quote_id VARCHAR,
            PRIMARY KEY (event_id, start, "end")
        )""",
            # Articles annotated before this version have no time, quotes or events: the
            # next `newsledger annotate` does them again (annotations are replaced per article).
            "DELETE FROM annotated",
        ),
    ),
    (
        4,
        (
            # Quote.verbatim: whether a quote gives the speaker's own words as a statement.
            # Quotes stored before it get the old test (direct, or holding a quote mark)
            # until `newsledger annotate --redo` judges them by the parse.
            "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS verbatim BOOLEAN",
            f"UPDATE quotes SET verbatim = {LEGACY_VERBATIM}",
        ),
    ),
)

LATEST = MIGRATIONS[-1][0]

# Tables the annotate stage fills, per article (replaced when an article is annotated again).
ANNOTATION_TABLES = ("sentences", "mentions", "time_exprs", "quotes", "events", "event_mentions")

# Tables a user may read through the CLI, export and web UI: the whitelist for identifiers.
TABLES = (
    "pages",
    "articles",
    "removed_lines",
    "failures",
    "inputs",
    "sentences",
    "mentions",
    "actors",
    "annotated",
    "time_exprs",
    "quotes",
    "events",
    "event_mentions",
)
