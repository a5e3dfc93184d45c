"""The command line: help with examples, readable one-line errors, and each command's output."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ingest, news_text, run_cli
from newsledger.cli import app
from newsledger.store.duck import Store

COMMANDS = ["ingest", "articles", "show", "stats", "export", "backends"]
NOISY = (
    "\nSign up for our morning newsletter to get the news first.\n\n"
    "Copyright 2023 The Harwick Courier. All rights reserved.\n"
)

runner = CliRunner()


def squash(text: str) -> str:
    """Drop all whitespace: rich wraps long paths mid-word at the 80 columns a test terminal has."""
    return "".join(text.split())


def flat(text: str) -> str:
    """Join what rich wrapped onto several lines back into one."""
    return " ".join(text.split())


def assert_one_line_error(result, expected: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert squash(result.output) == squash(expected)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    (root / "noisy.txt").write_text(news_text(5) + NOISY)
    (root / "plain.txt").write_text(news_text(6))
    manifest = root / "crawl.jsonl"
    manifest.write_text(
        json.dumps({"text": news_text(7), "url": "https://news.example/7", "outlet": "O'Brien's \"Daily\""})
        + "\n"
    )
    path = root / "news.duckdb"
    assert ingest(path, [root / "noisy.txt", root / "plain.txt"], manifest=manifest).new == 3
    return path


def _article_id(db: Path, name: str) -> str:
    with Store(str(db), read_only=True) as store:
        return store.query("SELECT id FROM articles WHERE source LIKE ?", [f"%{name}"])[0]["id"]


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "backends"])
def test_cli_help_of_each_command_shows_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"newsledger {command}" in result.output


def test_cli_help_of_backends_shows_an_example() -> None:
    result = runner.invoke(app, ["backends", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_cli_without_arguments_shows_help_with_commands() -> None:
    result = runner.invoke(app, [])
    for command in COMMANDS:
        assert command in result.output


def test_cli_backends_lists_default_names() -> None:
    result = runner.invoke(app, ["backends"])
    assert result.exit_code == 0
    assert "rules.v1" in result.output
    assert "trafilatura.v1" in result.output


# ---------------------------------------------------------------- reading the ledger


def test_cli_articles_lists_stored_articles_as_json(db: Path) -> None:
    result = runner.invoke(app, ["articles", "--db", str(db), "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 3
    assert {"id", "published", "outlet", "title", "authors", "source", "chars"} <= set(rows[0])


def test_cli_articles_filters_by_outlet_with_quotes_in_it(db: Path) -> None:
    result = runner.invoke(app, ["articles", "--db", str(db), "--json", "--outlet", "O'Brien's \"Daily\""])
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.output.splitlines()] == ["https://news.example/7"]


def test_cli_show_prints_title_and_clean_text(db: Path) -> None:
    article_id = _article_id(db, "noisy.txt")
    result = runner.invoke(app, ["show", article_id[:8], "--db", str(db)])
    assert result.exit_code == 0
    out = flat(result.output)
    assert flat(news_text(5).split("\n\n")[0]) in out
    assert f"id {article_id}" in out
    assert "Copyright 2023" not in out


def test_cli_show_removed_marks_removed_lines_with_their_reason(db: Path) -> None:
    result = runner.invoke(app, ["show", _article_id(db, "noisy.txt"), "--db", str(db), "--removed"])
    assert result.exit_code == 0
    out = flat(result.output)
    assert "Copyright 2023 The Harwick Courier. All rights reserved. (copyright)" in out
    assert "Sign up for our morning newsletter to get the news first. (promo)" in out


def test_cli_show_unknown_id_is_one_line(db: Path) -> None:
    result = runner.invoke(app, ["show", "zzzz", "--db", str(db)])
    assert_one_line_error(result, "zzzz: no article with this id; list them with `newsledger articles`")


def test_cli_stats_counts_tables_and_reasons(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 0
    assert "copyright" in result.output
    assert "promo" in result.output


# ---------------------------------------------------------------- errors


def test_cli_ingest_without_inputs_says_what_to_give(tmp_path: Path) -> None:
    proc = run_cli("ingest", "--db", str(tmp_path / "n.duckdb"))
    assert proc.returncode == 2
    assert proc.stderr.strip() == "nothing to ingest: give files or folders, or --manifest FILE.jsonl"


def test_cli_ingest_missing_path_is_reported_and_run_finishes(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    proc = run_cli("ingest", str(missing), "--db", str(tmp_path / "n.duckdb"), "--quiet", "--jobs", "1")
    assert proc.returncode == 0
    assert f"missing {missing}: no such file or folder; check the path" in flat(proc.stderr)


def test_cli_export_missing_database_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "nope.duckdb"
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path / "out")])
    assert_one_line_error(result, f"{db}: no such database; run `newsledger ingest ... --db FILE` first")


@pytest.mark.parametrize(
    "args",
    [
        ["articles"],
        ["stats"],
        ["show", "abc"],
    ],
)
def test_cli_reading_missing_database_is_one_line(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "nope.duckdb"
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert_one_line_error(result, f"{db}: no such database; run `newsledger ingest ... --db FILE` first")


def test_cli_articles_on_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    not_db = tmp_path / "page.txt"
    not_db.write_text(news_text(1))
    result = runner.invoke(app, ["articles", "--db", str(not_db)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert squash(result.output).startswith(squash(f"{not_db}: cannot open the database ("))


@pytest.fixture
def locked_db(tmp_path: Path) -> Iterator[Path]:
    """A database another process holds open for writing until the test ends."""
    db = tmp_path / "news.duckdb"
    code = textwrap.dedent(f"""
        import sys
        from newsledger.store.duck import Store
        store = Store({str(db)!r})
        print("ready", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield db
    finally:
        proc.communicate(input="", timeout=30)


def test_cli_ingest_into_locked_database_is_one_line(locked_db: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(news_text(1))
    result = runner.invoke(app, ["ingest", str(page), "--db", str(locked_db), "--jobs", "1"])
    assert_one_line_error(
        result,
        f"{locked_db}: the database is open for writing in another process "
        "(an ingest?); wait for it or use another --db",
    )


def test_cli_export_from_locked_database_is_one_line(locked_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(locked_db), "--out", str(tmp_path / "out")])
    assert_one_line_error(
        result,
        f"{locked_db}: the database is open for writing in another process "
        "(an ingest?); wait for it or use another --db",
    )


def test_cli_ingest_unknown_cleaner_fails_at_start_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(news_text(1))
    proc = run_cli(
        "ingest",
        str(page),
        "--db",
        str(tmp_path / "n.duckdb"),
        "--jobs",
        "1",
        "--quiet",
        "--cleaner",
        "rule.v1",
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert flat(proc.stderr) == 'unknown cleaner "rule.v1"; installed: rules.v1'
