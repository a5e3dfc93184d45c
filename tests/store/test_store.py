"""The DuckDB store: migrations once, idempotent writes, one writer, parameterised reads."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import news_text
from newsledger.errors import StoreError
from newsledger.ingest.page import PageProcessor
from newsledger.model import PageResult, RawPage
from newsledger.settings import Settings
from newsledger.store.duck import Store
from newsledger.store.schema import LATEST, TABLES


@pytest.fixture(scope="module")
def results() -> list[tuple[str, PageResult]]:
    """Three page results as a worker makes them: two articles and one failure."""
    process = PageProcessor(Settings())
    pages = [RawPage(source=f"page-{i}.txt", text=news_text(i), key=f"key-{i}") for i in range(2)]
    pages.append(RawPage(source="empty.txt", data=b"", key="key-empty"))
    return [(p.key, process(p)) for p in pages]


def _count(store: Store, table: str) -> int:
    return store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]


def test_store_migrates_new_file_to_latest_schema_version(tmp_path: Path) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        assert store.schema_version() == LATEST
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [{"value": str(LATEST)}]
        tables = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    assert set(TABLES) <= tables


def test_store_does_not_rerun_migrations_on_second_open(tmp_path: Path) -> None:
    db = str(tmp_path / "news.duckdb")
    with Store(db) as store:
        # a table migration 1 creates: if migrations ran again it would come back
        store.con.execute("DROP TABLE removed_lines")
    with Store(db) as store:
        assert store.schema_version() == LATEST
        tables = {r["table_name"] for r in store.query("SELECT table_name FROM information_schema.tables")}
    assert "removed_lines" not in tables


def test_store_refuses_database_with_newer_schema(tmp_path: Path) -> None:
    db = str(tmp_path / "news.duckdb")
    with Store(db) as store:
        store.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(LATEST + 1)])
    with pytest.raises(StoreError) as exc:
        Store(db)
    assert exc.value.reason == "newer_schema"
    assert exc.value.message == (
        f"database schema {LATEST + 1} is newer than this newsledger ({LATEST}); upgrade newsledger"
    )


def test_store_write_counts_new_and_failed_pages(tmp_path: Path, results) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        counts = store.write(results)
        assert (counts.new, counts.unchanged, counts.failed) == (2, 0, 1)
        assert _count(store, "pages") == 2
        assert _count(store, "articles") == 2
        assert _count(store, "failures") == 1
        assert store.finished_keys() == {"key-0", "key-1", "key-empty"}


def test_store_repeated_write_of_same_results_is_a_no_op(tmp_path: Path, results) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write(results)
        before = {t: _count(store, t) for t in TABLES}
        again = store.write(results)
        assert (again.new, again.unchanged) == (0, 2)
        assert {t: _count(store, t) for t in TABLES} == before


def test_store_counts_same_page_twice_in_one_batch_once(tmp_path: Path, results) -> None:
    key, result = results[0]
    with Store(str(tmp_path / "news.duckdb")) as store:
        counts = store.write([(key, result), ("other-key", result)])
        assert (counts.new, counts.unchanged) == (1, 1)
        assert _count(store, "pages") == 1
        assert _count(store, "articles") == 1


def test_store_does_not_mark_retryable_failures_finished(tmp_path: Path, results) -> None:
    from newsledger.model import Failure

    timed_out = PageResult(
        source="slow.txt",
        failure=Failure(source="slow.txt", stage="ingest", reason="timeout", message="parsing took too long"),
    )
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write([("key-slow", timed_out)], retry_reasons=frozenset({"timeout"}))
        assert "key-slow" not in store.finished_keys()
        assert store.query("SELECT reason FROM failures") == [{"reason": "timeout"}]


def test_store_opens_read_only_while_nothing_writes(tmp_path: Path, results) -> None:
    db = str(tmp_path / "news.duckdb")
    with Store(db) as store:
        store.write(results)
    with Store(db, read_only=True) as one, Store(db, read_only=True) as two:
        assert _count(one, "articles") == _count(two, "articles") == 2


def test_store_read_only_open_of_missing_file_says_run_ingest_first(tmp_path: Path) -> None:
    db = str(tmp_path / "nothing-here.duckdb")
    with pytest.raises(StoreError) as exc:
        Store(db, read_only=True)
    assert exc.value.reason == "missing"
    assert exc.value.message == "no such database; run `newsledger ingest ... --db FILE` first"
    assert not Path(db).exists()


@pytest.fixture
def writer_elsewhere(tmp_path: Path):
    """Another process that holds the database open for writing until the test ends."""
    db = tmp_path / "news.duckdb"
    Store(str(db)).close()
    code = textwrap.dedent(f"""
        import sys, time
        from newsledger.store.duck import Store
        store = Store({str(db)!r})
        print("ready", flush=True)
        sys.stdin.read()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        yield db
    finally:
        proc.communicate(input="", timeout=30)


@pytest.mark.parametrize("read_only", [False, True])
def test_store_reports_locked_when_another_process_writes(writer_elsewhere: Path, read_only: bool) -> None:
    with pytest.raises(StoreError) as exc:
        Store(str(writer_elsewhere), read_only=read_only)
    assert exc.value.reason == "locked"
    assert exc.value.stage == "store"
    assert str(exc.value) == (
        f"{writer_elsewhere}: the database is open for writing in another process "
        "(an ingest?); wait for it or use another --db"
    )


def test_store_find_article_by_prefix(tmp_path: Path, results) -> None:
    article_id = results[0][1].articles[0].id
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write(results)
        assert store.find_article(article_id[:8])["id"] == article_id
        assert store.find_article(article_id)["id"] == article_id
        assert store.find_article("zzzz") is None


def test_store_find_article_treats_quotes_in_id_as_data(tmp_path: Path, results) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write(results)
        for hostile in ("' OR '1'='1", "x'; DROP TABLE articles; --", '"', "%", "_"):
            assert store.find_article(hostile) is None
        assert _count(store, "articles") == 2


def test_store_find_article_refuses_ambiguous_prefix(tmp_path: Path, results) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write(results)
        with pytest.raises(StoreError) as exc:
            store.find_article("")
    assert exc.value.reason == "ambiguous_id"
    assert exc.value.message == "more than one article id starts with this; give more characters"


def test_store_query_passes_parameters_not_text(tmp_path: Path, results) -> None:
    with Store(str(tmp_path / "news.duckdb")) as store:
        store.write(results)
        rows = store.query("SELECT count(*) AS n FROM articles WHERE outlet = ?", ["O'Brien's \"Daily\""])
        assert rows == [{"n": 0}]
