"""Interrupting an ingest (Ctrl-C or kill -9) and running it again finishes the job once.

A real ``newsledger ingest --jobs 1`` runs over 300 generated pages; the last page (sorted
last) makes its worker hang, but only while NEWSLEDGER_TEST_HANG_FLAG is set, and the worker
creates that flag file first. So when the flag file appears, 299 pages are done, at least
one batch is written (a batch closes at 200 pages or after 2 s), and the run is certainly not
finished: that is when we interrupt it. The run that resumes has no flag, so the last page is cleaned normally.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from backends_for_tests import HANG_FLAG_ENV, HANG_WHEN_ASKED
from conftest import NEWSLEDGER, cli_env, news_text, query, run_cli, write_pages

PAGES = 300
MARKER_CLEANER = "backends_for_tests:MarkerCleaner"
_ROW = re.compile(r"^\W*(\d+)\W+(\d+)\W+(\d+)\W+(\d+)\W+(\d+)\W", re.M)

pytestmark = pytest.mark.slow


def summary(stdout: str) -> dict[str, int]:
    """Read new, unchanged, failed and skipped from the table an ingest prints last."""
    m = _ROW.search(stdout)
    assert m, stdout
    return dict(zip(("new", "unchanged", "failed", "skipped"), map(int, m.groups()[:4]), strict=True))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("resume") / "pages"
    write_pages(folder, PAGES - 1)
    (folder / "page-9999-last.txt").write_text(news_text(PAGES + 1) + f"\n{HANG_WHEN_ASKED}\n")
    return folder


def ingest_args(folder: Path, db: Path) -> list[str]:
    return [
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--jobs",
        "1",
        "--quiet",
        "--no-annotate",
        "--cleaner",
        MARKER_CLEANER,
    ]


@pytest.fixture(scope="module")
def clean_run(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, int], dict[str, int]]:
    """One uninterrupted run, then the same command again."""
    db = tmp_path_factory.mktemp("clean") / "news.duckdb"
    first = run_cli(*ingest_args(corpus, db))
    assert first.returncode == 0, first.stderr
    again = run_cli(*ingest_args(corpus, db))
    assert again.returncode == 0, again.stderr
    return db, summary(first.stdout), summary(again.stdout)


def interrupted_run(corpus: Path, db: Path, sig: signal.Signals) -> subprocess.CompletedProcess[str]:
    """Start an ingest, wait until the last page hangs, then send ``sig``; return how it ended."""
    flag = db.with_suffix(".hanging")
    proc = subprocess.Popen(
        [str(NEWSLEDGER), *ingest_args(corpus, db)],
        env=cli_env(**{HANG_FLAG_ENV: str(flag)}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while not flag.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the hanging page was never reached"
            time.sleep(0.02)
        if sig == signal.SIGINT:
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
            out, err = proc.communicate(timeout=60)
        else:
            os.kill(proc.pid, sig)  # the ingest process only: its worker keeps hanging, holding the pipes
            proc.wait(timeout=60)
            _kill_group(proc.pid)
            out, err = proc.communicate(timeout=60)
    finally:
        _kill_group(proc.pid)
        proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _kill_group(pgid: int) -> None:
    """Kill what is left of the process group we started (workers, fork server)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def assert_no_duplicates(db: Path) -> None:
    for table, key in (
        ("pages", "id"),
        ("articles", "id"),
        ("failures", "id"),
        ("inputs", "key"),
        ("removed_lines", "page_id || ':' || line_no"),
    ):
        row = query(db, f"SELECT count(*) AS n, count(DISTINCT {key}) AS d FROM {table}")[0]
        assert row["n"] == row["d"], f"{table} has duplicate rows: {row}"


def test_ingest_twice_adds_nothing_the_second_time(clean_run) -> None:
    db, first, again = clean_run
    assert first == {"new": PAGES, "unchanged": 0, "failed": 0, "skipped": 0}
    assert again == {"new": 0, "unchanged": 0, "failed": 0, "skipped": PAGES}
    assert query(db, "SELECT count(*) AS n FROM articles")[0]["n"] == PAGES
    assert_no_duplicates(db)


def test_ingest_after_ctrl_c_finishes_job_without_duplicates(corpus: Path, clean_run, tmp_path: Path) -> None:
    clean_db = clean_run[0]
    db = tmp_path / "news.duckdb"
    stopped = interrupted_run(corpus, db, signal.SIGINT)
    assert stopped.returncode == 130, stopped.stderr
    assert "interrupted: what finished is stored; run the same command again to finish" in stopped.stderr
    assert "Traceback" not in stopped.stderr
    done_before = summary(stopped.stdout)
    assert done_before["new"] == PAGES - 1  # everything finished before Ctrl-C was stored

    resumed = run_cli(*ingest_args(corpus, db))
    assert resumed.returncode == 0, resumed.stderr
    assert summary(resumed.stdout) == {"new": 1, "unchanged": 0, "failed": 0, "skipped": PAGES - 1}
    assert_no_duplicates(db)
    count = "SELECT count(*) AS n FROM articles"
    assert query(db, count) == query(clean_db, count)


def test_ingest_after_kill_9_finishes_job_without_duplicates(corpus: Path, clean_run, tmp_path: Path) -> None:
    clean_db = clean_run[0]
    db = tmp_path / "news.duckdb"
    killed = interrupted_run(corpus, db, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL

    resumed = run_cli(*ingest_args(corpus, db))
    assert resumed.returncode == 0, resumed.stderr
    counts = summary(resumed.stdout)
    assert counts["skipped"] > 0  # the batches written before the kill survived it
    assert counts["skipped"] + counts["new"] + counts["unchanged"] == PAGES
    assert counts["failed"] == 0
    assert_no_duplicates(db)
    count = "SELECT count(*) AS n FROM articles"
    assert query(db, count) == query(clean_db, count)
    ids = "SELECT id FROM articles ORDER BY id"
    assert query(db, ids) == query(clean_db, ids)
