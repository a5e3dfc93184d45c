"""One meeting told by three outlets, through the real CLI: ingest, annotate, export, timeline.

The pages (tests/pages/merge/) were written for this test: each names the leaders with
their titles and dates the meeting its own way ("on Monday" from two publication dates,
"on March 20").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TESTS, run_cli

MERGE = TESTS / "pages" / "merge"
GIVEN = {
    "east_wire.txt": ("2023-03-21", "East Wire"),
    "horn_daily.txt": ("2023-03-21", "Horn Daily"),
    "lake_times.txt": ("2023-03-22", "Lake Times"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("merge")
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        "".join(
            json.dumps({"path": str(MERGE / name), "published": day, "outlet": outlet}) + "\n"
            for name, (day, outlet) in GIVEN.items()
        )
    )
    db = tmp_path / "m.duckdb"
    result = run_cli("ingest", "--db", str(db), "--manifest", str(manifest), "--quiet")
    assert result.returncode == 0, result.stderr
    return db


def test_one_meeting_from_three_outlets_is_one_dated_event(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    assert run_cli("export", "--db", str(db), "--out", str(out)).returncode == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    (meeting,) = [e for e in events if e["type"] == "CONSULT"]
    assert meeting["date"] == {"start": "2023-03-20", "end": "2023-03-20", "precision": "day"}
    assert len(meeting["articles"]) == 3 and len(meeting["mentions"]) == 3
    sides = {r["country"] for r in meeting["actor"] + meeting["recipient"]}
    assert sides == {"KEN", "ETH"}
    assert {m["date"]["start"] for m in meeting["mentions"]} == {"2023-03-20"}  # each article's own date


def test_timeline_lists_the_meeting_once_with_its_articles(db: Path) -> None:
    result = run_cli("timeline", "--db", str(db), "--dyad", "KEN,ETH", "--brief")
    assert result.returncode == 0, result.stderr
    lines = [ln for ln in result.stdout.splitlines() if "CONSULT" in ln]
    assert len(lines) == 1 and "3 articles" in lines[0] and lines[0].startswith("2023-03-20")
