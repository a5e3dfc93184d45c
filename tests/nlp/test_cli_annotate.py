"""`newsledger annotate` and `newsledger actors` through the real CLI (in process)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.model import Article, PageResult
from newsledger.store.duck import Store

runner = CliRunner()
FIXED = ["--quotes", "backends_for_tests:EveryQuotedSpan", "--events", "backends_for_tests:MetOnDate"]
TEXT = "The Kremlin said on Monday that Vladimir Putin would visit Beijing. He will meet Xi Jinping."


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "t.duckdb"
    art = Article(id="abc123", page_id="p1", source="t.txt", text=TEXT, published=dt.date(2023, 3, 1))
    with Store(str(db)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=(art,)))])
    return db


def test_cli_annotate_then_actors_lists_counts(tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = runner.invoke(app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", *FIXED])
    assert first.exit_code == 0, first.output
    assert "annotated 1 articles" in first.output
    again = runner.invoke(app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", *FIXED])
    assert "annotated 0 articles" in again.output
    listed = runner.invoke(app, ["actors", "--db", str(db), "--article", "abc"])
    assert listed.exit_code == 0, listed.output
    rows = {line.split("│")[1].strip(): line for line in listed.output.splitlines() if "│" in line}
    assert "vladimir-putin" in rows and "RUS" in rows
    assert rows["vladimir-putin"].split("│")[5].strip() == "2"  # the name and "He"


def test_cli_actors_before_annotate_says_what_to_run(tmp_path: Path) -> None:
    result = runner.invoke(app, ["actors", "--db", str(_db(tmp_path))])
    assert result.exit_code == 1
    assert "run `newsledger annotate` first" in result.output


def test_cli_annotate_redo_annotates_every_article_again(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner.invoke(app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", *FIXED])
    again = runner.invoke(
        app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", "--redo", "-v", *FIXED]
    )
    assert again.exit_code == 0, again.output
    assert "annotated 1 articles" in again.output and "1 time expressions" in again.output
    assert "parse and store" in again.output and "events" in again.output  # the stage times


def test_cli_annotate_unknown_backend_names_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", "--db", str(_db(tmp_path)), "--quotes", "no.such.v9", "--quiet"])
    assert result.exit_code == 1
    assert "no.such.v9" in result.output


def test_cli_show_annotate_marks_actors_and_dates(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner.invoke(app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", *FIXED])
    result = runner.invoke(app, ["show", "abc", "--db", str(db), "--annotate"])
    assert result.exit_code == 0, result.output
    shown = " ".join(result.output.split())  # undo the console's line wrapping
    assert "Vladimir Putin{vladimir-putin, RUS}" in shown
    assert "Monday{2023-02-27}" in shown  # the Monday before publication, said in the past


def test_cli_show_annotate_before_annotating_says_what_to_run(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "abc", "--db", str(_db(tmp_path)), "--annotate"])
    assert result.exit_code == 0
    assert "run `newsledger annotate` first" in result.output


def test_cli_stats_counts_annotations_after_annotate(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner.invoke(app, ["annotate", "--db", str(db), "--jobs", "1", "--quiet", *FIXED])
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in result.output.splitlines()
        if line.count("│") == 3
    }
    assert rows["annotated articles"] == "1" and rows["time expressions"] == "1"


def test_cli_ingest_annotates_new_articles_so_export_has_quotes_and_events(tmp_path: Path) -> None:
    page = tmp_path / "talks.txt"
    page.write_text(
        "Ministers Meet in Lisbon\n\n"
        "Portugal's foreign minister met his Spanish counterpart in Lisbon on Monday, officials said.\n\n"
        '"We agreed to work together on energy," the Portuguese minister told reporters after the talks.\n'
    )
    db, out = tmp_path / "n.duckdb", tmp_path / "out"
    ingested = runner.invoke(app, ["ingest", str(page), "--db", str(db), "--jobs", "1", "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    assert "annotated 1 articles" in ingested.output
    runner.invoke(app, ["export", "--db", str(db), "--out", str(out)])
    quotes = (out / "quotes.jsonl").read_text().splitlines()
    assert any("We agreed to work together on energy" in line for line in quotes)
    skipped = runner.invoke(
        app,
        ["ingest", str(page), "--db", str(tmp_path / "m.duckdb"), "--jobs", "1", "--quiet", "--no-annotate"],
    )
    assert skipped.exit_code == 0 and "annotated" not in skipped.output
