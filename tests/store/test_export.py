"""``newsledger export``: articles in jsonl, csv and parquet with the contract's fields."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import ingest, news_text, query
from newsledger.cli import app
from newsledger.model import ActorRef, Annotations, Article, Event, EventDate, EventMention, PageResult, Quote
from newsledger.store.duck import Store

# DESIGN.md, "Export contract": articles.jsonl
CONTRACT = ("id", "source", "title", "authors", "outlet", "published", "text")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _undated(seed: int) -> str:
    title, byline, _date, *body = news_text(seed).split("\n\n")
    return "\n\n".join([title, byline, *body])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a dated article, an undated one, a manifest outlet and a failure."""
    root = tmp_path_factory.mktemp("export")
    (root / "dated.txt").write_text(news_text(1))
    (root / "undated.txt").write_text(_undated(2))
    (root / "empty.txt").write_text("")
    manifest = root / "crawl.jsonl"
    manifest.write_text(
        json.dumps(
            {
                "text": news_text(3),
                "url": "https://news.example/3",
                "outlet": "The Courier",
                "published": "2020-05-06",
            }
        )
        + "\n"
    )
    path = root / "news.duckdb"
    report = ingest(path, [root / "dated.txt", root / "undated.txt", root / "empty.txt"], manifest=manifest)
    assert report.new == 3
    return path


def export(db: Path, out: Path, fmt: str):
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result


def test_export_jsonl_rows_carry_contract_fields_and_validate_as_articles(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert set(CONTRACT) <= set(row)
        assert isinstance(row["authors"], list) and all(isinstance(a, str) for a in row["authors"])
        assert row["published"] is None or DATE.match(row["published"])
        named = {k: row[k] for k in (*CONTRACT, "page_id")}
        article = Article.model_validate(named)
        assert article.text == row["text"]


def test_export_jsonl_gives_dates_as_iso_and_missing_dates_as_null(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "jsonl")
    rows = {
        r["source"].rsplit("/", 1)[-1]: r
        for r in map(json.loads, (tmp_path / "out" / "articles.jsonl").open())
    }
    assert rows["undated.txt"]["published"] is None
    assert (
        rows["dated.txt"]["published"]
        == dt.datetime.strptime(news_text(1).split("\n\n")[2], "%B %d, %Y").date().isoformat()
    )
    assert rows["3"]["published"] == "2020-05-06"
    assert rows["3"]["outlet"] == "The Courier"


def test_export_jsonl_matches_stored_articles(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").open()]
    stored = query(db, "SELECT id, text FROM articles")
    assert sorted((r["id"], r["text"]) for r in rows) == sorted((s["id"], s["text"]) for s in stored)


def test_export_csv_has_contract_columns_and_joined_authors(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "csv")
    with (tmp_path / "out" / "articles.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    assert set(CONTRACT) <= set(rows[0])
    stored = {r["id"]: r for r in query(db, "SELECT id, authors, text FROM articles")}
    for row in rows:
        assert row["authors"] == "; ".join(stored[row["id"]]["authors"])
        assert row["text"] == stored[row["id"]]["text"]  # multi-line text survives quoting


def test_export_parquet_is_readable_by_duckdb(db: Path, tmp_path: Path) -> None:
    export(db, tmp_path / "out", "parquet")
    path = str(tmp_path / "out" / "articles.parquet")
    con = duckdb.connect()
    rows = con.execute("SELECT * FROM read_parquet(?)", [path]).fetchall()
    columns = [d[0] for d in con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [path]).description]
    assert len(rows) == 3
    assert set(CONTRACT) <= set(columns)
    types = dict(
        con.execute(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))", [path]
        ).fetchall()
    )
    assert types["authors"] == "VARCHAR[]"
    assert types["published"] == "DATE"


def test_export_creates_missing_output_folder_and_lists_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "new" / "folder"
    result = export(db, out, "jsonl")
    assert (out / "articles.jsonl").is_file()
    assert f"3{out / 'articles.jsonl'}".replace(" ", "") in "".join(result.output.split())


def test_export_writes_to_folder_with_quote_in_its_name(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "O'Brien's export"
    export(db, out, "parquet")
    export(db, out, "csv")
    assert (out / "articles.parquet").is_file()
    assert (out / "articles.csv").is_file()


def test_export_refuses_unknown_format_in_one_line(db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "xml", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == "xml: unknown export format; use one of jsonl, csv, parquet"


def _quotes_db(tmp_path: Path) -> Path:
    def q(n: int, kind: str, text: str, verbatim: bool) -> Quote:
        return Quote(
            id=f"q{n}", article_id="a1", text=text, kind=kind, start=n, end=n + len(text), verbatim=verbatim
        )  # type: ignore[arg-type]

    quotes = (
        q(1, "direct", "We will not back down.", True),
        q(2, "indirect", "the deal \u201cwill not survive the winter\u201d", True),
        q(3, "indirect", "talks would resume in spring", False),
        q(4, "indirect", "the mayor a \u201cgood neighbour\u201d", False),
    )
    db = tmp_path / "q.duckdb"
    with Store(str(db)) as store:
        art = Article(id="a1", page_id="p1", source="t.txt", text="x" * 200)
        store.write([("k1", PageResult(source="t.txt", articles=(art,)))])
        store.write_annotations([Annotations(article_id="a1", quotes=quotes)])
    return db


def _exported_quote_ids(db: Path, out: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in (out / "quotes.jsonl").read_text().splitlines()]


def test_export_quotes_verbatim_by_default_all_on_request(tmp_path: Path) -> None:
    db = _quotes_db(tmp_path)
    assert _exported_quote_ids(db, tmp_path / "v") == ["q1", "q2"]
    assert _exported_quote_ids(db, tmp_path / "a", "--quotes", "all") == ["q1", "q2", "q3", "q4"]
    rows = [json.loads(line) for line in (tmp_path / "a" / "quotes.jsonl").read_text().splitlines()]
    assert [r["verbatim"] for r in rows] == [True, True, False, False]


def _as_schema_3(db: Path) -> None:
    """Make ``db`` look like a database written before migration 4 (no quotes.verbatim)."""
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE quotes DROP COLUMN verbatim")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()


def test_export_of_database_before_verbatim_column_keeps_quotes_holding_marks(tmp_path: Path) -> None:
    db = _quotes_db(tmp_path)
    _as_schema_3(db)
    # read-only, unmigrated: the old test (direct, or holding a quote mark) stands in
    assert _exported_quote_ids(db, tmp_path / "old") == ["q1", "q2", "q4"]
    with Store(str(db)) as store:  # migration 4 stores the same judgement until re-annotated
        assert [r["verbatim"] for r in store.query("SELECT verbatim FROM quotes ORDER BY id")] == [
            True,
            True,
            False,
            True,
        ]


def _two_reports_db(tmp_path: Path) -> Path:
    """Two articles reporting one meeting, each with its own event."""
    day = EventDate(start=dt.date(2023, 3, 21), end=dt.date(2023, 3, 21), precision="day")
    sides = {
        "actor": (ActorRef(name="China", country="CHN"),),
        "recipient": (ActorRef(name="Russia", country="RUS"),),
    }
    db = tmp_path / "ev.duckdb"
    with Store(str(db)) as store:
        arts = tuple(
            Article(id=a, page_id="p1", source=f"{a}.txt", text="x" * 100, part=n)
            for n, a in enumerate(("a1", "a2"))
        )
        store.write([("k1", PageResult(source="t.txt", articles=arts))])
        store.write_annotations(
            [
                Annotations(
                    article_id=a,
                    events=(
                        Event(
                            id=f"e-{a}",
                            type="CONSULT",
                            date=day,
                            mentions=(
                                EventMention(article_id=a, sentence="They met.", start=0, end=9, date=day),
                            ),
                            **sides,  # type: ignore[arg-type]
                        ),
                    ),
                )
                for a in ("a1", "a2")
            ]
        )
    return db


def test_export_merges_one_event_reported_by_two_articles(tmp_path: Path) -> None:
    db = _two_reports_db(tmp_path)
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in (tmp_path / "m" / "events.jsonl").read_text().splitlines()]
    assert row["articles"] == ["a1", "a2"] and [m["article_id"] for m in row["mentions"]] == ["a1", "a2"]
    assert row["date"] == {"start": "2023-03-21", "end": "2023-03-21", "precision": "day"}
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--out", str(tmp_path / "a"), "--events", "article"]
    )
    assert len((tmp_path / "a" / "events.jsonl").read_text().splitlines()) == 2


def test_export_merged_events_as_csv_and_parquet(tmp_path: Path) -> None:
    db = _two_reports_db(tmp_path)
    for fmt in ("csv", "parquet"):
        result = CliRunner().invoke(
            app, ["export", "--db", str(db), "--out", str(tmp_path / fmt), "--format", fmt]
        )
        assert result.exit_code == 0, result.output
        names = sorted(p.name for p in (tmp_path / fmt).iterdir())
        assert f"events.{fmt}" in names and not any(n.startswith(".") for n in names)  # no staging file left
    con = duckdb.connect()
    (n,) = con.execute(
        "SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "parquet" / "events.parquet")]
    ).fetchone()  # type: ignore[misc]
    assert n == 1


def test_export_with_no_events_writes_empty_event_files_in_every_format(tmp_path: Path) -> None:
    db = _quotes_db(tmp_path)  # annotated, but not one event
    for fmt in ("jsonl", "csv", "parquet"):
        result = CliRunner().invoke(
            app, ["export", "--db", str(db), "--out", str(tmp_path / fmt), "--format", fmt]
        )
        assert result.exit_code == 0, result.output
        assert (tmp_path / fmt / f"events.{fmt}").is_file()
