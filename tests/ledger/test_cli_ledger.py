"""`newsledger quotes`, `events` and `timeline` through the real CLI on an annotated database.

The quote and event back ends are the fixed ones of ``backends_for_tests``: these tests pin
what the commands print and filter, not the rules.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.model import Article, PageResult
from newsledger.nlp.run import annotate_store
from newsledger.settings import Settings
from newsledger.store.duck import Store

runner = CliRunner()
TEXT = (
    "Chinese leader Xi Jinping met President Vladimir Putin in Moscow on Monday.\n"
    'Mr. Xi said "our friendship has no limits" to reporters.\n'
    "Russia and Ukraine met in Istanbul on Friday."
)
SETTINGS = Settings(
    jobs=1, quote_extractor="backends_for_tests:EveryQuotedSpan", event_coder="backends_for_tests:MetOnDate"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("ledger") / "t.duckdb"
    art = Article(id="abc123", page_id="p1", source="t.txt", text=TEXT, published=dt.date(2023, 3, 22))
    with Store(str(path)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=(art,)))])
        annotate_store(store, SETTINGS)
    return str(path)


def test_cli_quotes_prints_speaker_cue_and_words(db: str) -> None:
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "xi"])
    assert result.exit_code == 0, result.output
    assert "Xi Jinping (CHN)" in result.output and "(said, direct)" in result.output
    assert "“our friendship has no limits”" in result.output


def test_cli_quotes_json_is_one_object_per_line(db: str) -> None:
    result = runner.invoke(app, ["quotes", "--db", db, "--json", "--article", "abc"])
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert row["speaker"]["name"] == "Xi Jinping" and row["kind"] == "direct"


def test_cli_quotes_with_no_match_says_so(db: str) -> None:
    result = runner.invoke(app, ["quotes", "--db", db, "--speaker", "nobody-of-that-name"])
    assert result.exit_code == 1
    assert "no quotes match" in result.output


def test_cli_events_filters_by_actor_and_shows_evidence(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--actor", "UKR"])
    assert result.exit_code == 0, result.output
    assert "2023-03-17" in result.output and "CONSULT" in result.output
    assert "Russia and Ukraine met in Istanbul" in result.output
    assert "Xi Jinping" not in result.output


def test_cli_events_rejects_a_bad_since_date(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--since", "last tuesday"])
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_cli_timeline_lists_one_dyad_in_date_order(db: str) -> None:
    result = runner.invoke(app, ["timeline", "--db", db, "--dyad", "RUS,CHN"])
    assert result.exit_code == 0, result.output
    assert "RUS ↔ CHN: 1 events, 1 dated" in result.output
    assert "2023-03-20" in result.output and "Istanbul" not in result.output


def test_cli_timeline_json_rows_have_dates_and_mentions(db: str) -> None:
    result = runner.invoke(app, ["timeline", "--db", db, "--dyad", "UKR,RUS", "--json"])
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert row["date"]["start"] == "2023-03-17"
    assert row["mentions"][0]["sentence"].startswith("Russia and Ukraine met")


def test_cli_timeline_bad_dyad_names_the_form(db: str) -> None:
    result = runner.invoke(app, ["timeline", "--db", db, "--dyad", "RUS"])
    assert result.exit_code == 2
    assert "CHN,RUS" in result.output
