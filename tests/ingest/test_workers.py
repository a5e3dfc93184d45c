"""The page time limit: a page that hangs or kills its worker fails by name; the batch goes on.

The misbehaving cleaner is ``tests/backends_for_tests.py:MarkerCleaner``, given to the real
worker pool by import path (``registry.get`` imports it inside each worker).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backends_for_tests import CRASH, HANG
from conftest import ingest, news_text, query, write_pages
from newsledger.errors import BackendError

MARKER_CLEANER = "backends_for_tests:MarkerCleaner"


@pytest.fixture(scope="module")
def misbehaving_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, object]:
    root = tmp_path_factory.mktemp("workers")
    folder = root / "pages"
    write_pages(folder, 4)
    (folder / "page-0001-hang.txt").write_text(news_text(50) + f"\n{HANG}\n")
    (folder / "page-0002-crash.txt").write_text(news_text(51) + f"\n{CRASH}\n")
    db = root / "news.duckdb"
    report = ingest(db, [folder], cleaner=MARKER_CLEANER, page_timeout=1.0, jobs=2)
    return folder, db, report


def test_ingest_records_hanging_page_as_timeout_and_continues_batch(misbehaving_run) -> None:
    folder, db, _ = misbehaving_run
    rows = query(
        db,
        "SELECT reason, stage, message FROM failures WHERE source = ?",
        [str(folder / "page-0001-hang.txt")],
    )
    assert rows == [
        {
            "reason": "timeout",
            "stage": "ingest",
            "message": "parsing took longer than 1 s; the worker was stopped and replaced",
        }
    ]


def test_ingest_records_page_that_kills_its_worker_as_worker_crashed(misbehaving_run) -> None:
    folder, db, _ = misbehaving_run
    rows = query(
        db, "SELECT reason, message FROM failures WHERE source = ?", [str(folder / "page-0002-crash.txt")]
    )
    assert [r["reason"] for r in rows] == ["worker_crashed"]
    assert rows[0]["message"].startswith("the worker parsing this page died (exit code ")
    assert rows[0]["message"].endswith("); it was replaced")


def test_ingest_stores_every_other_page_after_hang_and_crash(misbehaving_run) -> None:
    folder, db, report = misbehaving_run
    assert (report.new, report.failed) == (4, 2)
    sources = sorted(r["source"] for r in query(db, "SELECT source FROM articles"))
    assert sources == [str(folder / f"page-{i:04d}.txt") for i in range(4)]


def test_ingest_leaves_timed_out_pages_unfinished_so_next_run_retries_them(misbehaving_run) -> None:
    folder, db, _ = misbehaving_run
    finished = {r["source"] for r in query(db, "SELECT source FROM inputs")}
    assert str(folder / "page-0000.txt") in finished
    assert str(folder / "page-0001-hang.txt") not in finished
    assert str(folder / "page-0002-crash.txt") not in finished


def test_ingest_names_exit_code_of_crashed_worker(misbehaving_run) -> None:
    folder, db, _ = misbehaving_run
    rows = query(db, "SELECT message FROM failures WHERE source = ?", [str(folder / "page-0002-crash.txt")])
    assert rows[0]["message"] == "the worker parsing this page died (exit code 1); it was replaced"


def test_ingest_retries_timed_out_page_on_next_run(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 1)
    hang = folder / "slow.txt"
    hang.write_text(news_text(52) + f"\n{HANG}\n")
    db = tmp_path / "news.duckdb"
    first = ingest(db, [folder], cleaner=MARKER_CLEANER, page_timeout=0.5)
    assert [f.reason for f in first.failures] == ["timeout"]
    second = ingest(db, [folder], cleaner="rules.v1")  # same file, a cleaner that does not hang
    assert (second.skipped, second.new, second.failed) == (1, 1, 0)
    assert query(db, "SELECT count(*) AS n FROM articles WHERE source = ?", [str(hang)])[0]["n"] == 1


def test_workers_that_die_before_ready_stop_the_run_with_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, 2)
    with pytest.raises(BackendError) as exc:
        ingest(tmp_path / "news.duckdb", [folder], cleaner="backends_for_tests:DiesOnStart", jobs=1)
    assert exc.value.reason == "workers_cannot_start"
    assert "before they were ready" in str(exc.value)
    assert query(tmp_path / "news.duckdb", "SELECT count(*) AS n FROM failures") == [
        {"n": 0}
    ]  # no page blamed
