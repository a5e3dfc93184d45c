"""Bad input in a batch: each page fails with its name and reason, on screen and in the
failures table, and every good page of the same batch is still stored.

One real ``newsledger ingest`` run over a folder of good and bad pages and a manifest with
bad lines; each test checks one bad input against that run.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import news_html, news_text, query, run_cli, write_pages

GERMAN = (
    "Der Stadtrat hat am Dienstag den Haushalt beschlossen, der Mittel für die Reparatur der alten "
    "Hafenmauer vorsieht. Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern.\n\n"
    "Der Bürgermeister sagte, dass der Hafen für die Fischer und die Besucher der Stadt wichtig ist. "
    "Einige Bürger fragten, warum die Reparatur so lange gedauert hat, und die Verwaltung sagte, dass "
    "die Ingenieure mehr Zeit für die Prüfung der Mauer brauchten.\n"
)


pytestmark = pytest.mark.slow  # one real ingest of a 21 MB page and a 1 GiB gzip bomb, ~5 s


@dataclass
class Batch:
    """One ingest run over good and bad pages: where they are and what it printed."""

    root: Path
    folder: Path
    manifest: Path
    db: Path
    exit_code: int
    stdout: str
    stderr: str

    def page(self, name: str) -> str:
        return str(self.folder / name)

    def failures(self, source: str) -> list[dict]:
        return query(
            self.db, "SELECT source, stage, reason, message, page_id FROM failures WHERE source = ?", [source]
        )

    def only_failure(self, source: str, reason: str) -> dict:
        rows = self.failures(source)
        assert [r["reason"] for r in rows] == [reason], rows
        return rows[0]

    def on_screen(self, source: str, reason: str, message: str) -> bool:
        return f"{reason} {source}: {message}" in self.screen

    @property
    def screen(self) -> str:
        return " ".join(self.stderr.split())  # undo any wrapping rich did


def _write_batch(root: Path, bomb: Path) -> tuple[Path, Path]:
    folder = root / "batch"
    write_pages(folder, 3)
    (folder / "good.html").write_text(news_html(3))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"   \n\n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with (folder / "huge.txt").open("wb") as fh:  # 21 MB of ordinary text lines
        line = (news_text(4).split("\n\n")[3] + "\n").encode()
        for _ in range(21 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    shutil.copy(bomb, folder / "bomb.txt.gz")
    (folder / "deep.html").write_text(
        "<html><body>"
        + "<div>" * 10_000
        + "<p>"
        + news_text(5)
        + "</p>"
        + "</div>" * 10_000
        + "</body></html>"
    )
    mixed = news_text(6).encode(
        "utf-8"
    ) + "The caf\u00e9 owner said \u201cwe are pleased\u201d about it.\n".encode("cp1252")
    (folder / "mixed.txt").write_bytes(mixed)
    (folder / "latin1.html").write_bytes(
        news_html(
            7,
            charset="iso-8859-1",
            extra_paragraph="The caf\u00e9 in the square will stay open, its owner said.",
        ).encode("latin-1")
    )
    html = news_html(8)
    (folder / "truncated.html").write_text(html[: html.index("item number") + 6])
    (folder / "german.txt").write_text(GERMAN)

    outside = root / "secret.txt"
    outside.write_text(news_text(9))
    mdir = root / "crawl"
    mdir.mkdir()
    (mdir / "listed.txt").write_text(news_text(10))
    manifest = mdir / "manifest.jsonl"
    manifest.write_text(
        "\n".join(
            [
                json.dumps({"path": "listed.txt", "outlet": "Courier"}),
                '{"path": "listed-too.txt", "outlet": }',
                json.dumps({"path": "not-there.txt"}),
                json.dumps({"path": "../secret.txt"}),
                json.dumps({"text": news_text(11), "published": "last Tuesday"}),
                json.dumps(["not", "an", "object"]),
            ]
        )
        + "\n"
    )
    return folder, manifest


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, gzip_bomb: Path) -> Batch:
    root = tmp_path_factory.mktemp("bad-input")
    folder, manifest = _write_batch(root, gzip_bomb)
    db = root / "news.duckdb"
    proc = run_cli(
        "ingest", str(folder), "--manifest", str(manifest), "--db", str(db), "--jobs", "2", COLUMNS="1000"
    )
    return Batch(root, folder, manifest, db, proc.returncode, proc.stdout, proc.stderr)


# ---------------------------------------------------------------- the batch goes on


def test_ingest_finishes_batch_with_bad_pages_and_exits_zero(batch: Batch) -> None:
    assert batch.exit_code == 0, batch.stderr
    assert "Traceback" not in batch.stderr


def test_ingest_stores_every_good_page_of_a_batch_with_bad_ones(batch: Batch) -> None:
    sources = {r["source"] for r in query(batch.db, "SELECT source FROM articles")}
    good = {
        batch.page(n)
        for n in (
            "page-0000.txt",
            "page-0001.txt",
            "page-0002.txt",
            "good.html",
            "mixed.txt",
            "latin1.html",
            "truncated.html",
        )
    }
    assert good <= sources
    assert "listed.txt" in sources


def test_ingest_lists_every_failure_on_screen(batch: Batch) -> None:
    rows = query(batch.db, "SELECT source, reason, message FROM failures WHERE reason <> 'no_article'")
    assert len(rows) >= 11
    for r in rows:
        assert batch.on_screen(r["source"], r["reason"], r["message"]), r


# ---------------------------------------------------------------- page by page


@pytest.mark.parametrize(
    ("name", "reason", "message"),
    [
        ("empty.txt", "empty", "the page is empty; nothing to ingest"),
        ("blank.txt", "empty", "the page is empty; nothing to ingest"),
        (
            "binary.txt",
            "binary",
            "the page looks binary (NUL or control bytes in the first 8 KB), not text or HTML",
        ),
        ("huge.txt", "too_large", "22.0 MB is over the 20 MB page limit; split it or skip it"),
        (
            "deep.html",
            "too_deep",
            "HTML is nested more than 250 elements deep; the parser would drop the text below that",
        ),
    ],
)
def test_ingest_reports_bad_page_and_continues_batch(
    batch: Batch, name: str, reason: str, message: str
) -> None:
    failure = batch.only_failure(batch.page(name), reason)
    assert failure["message"] == message
    assert failure["stage"] == "ingest"
    assert batch.on_screen(batch.page(name), reason, message)


def test_ingest_reports_gzip_bomb_and_continues_batch(batch: Batch) -> None:
    failure = batch.only_failure(batch.page("bomb.txt.gz"), "gzip_bomb")
    assert failure["message"].startswith("gzip expands past 20 MB or 200x its size (")
    assert batch.on_screen(batch.page("bomb.txt.gz"), "gzip_bomb", failure["message"])


def test_ingest_stores_page_with_cp1252_line_in_utf8(batch: Batch) -> None:
    assert batch.failures(batch.page("mixed.txt")) == []
    page = query(batch.db, "SELECT encoding, text FROM pages WHERE source = ?", [batch.page("mixed.txt")])[0]
    assert page["encoding"] == "mixed(utf-8,cp1252)"
    assert "The caf\u00e9 owner said \u201cwe are pleased\u201d about it." in page["text"]


def test_ingest_stores_latin1_page_declared_by_meta_charset(batch: Batch) -> None:
    assert batch.failures(batch.page("latin1.html")) == []
    art = query(batch.db, "SELECT text FROM articles WHERE source = ?", [batch.page("latin1.html")])[0]
    assert "The caf\u00e9 in the square will stay open, its owner said." in art["text"]


def test_ingest_makes_article_from_truncated_html(batch: Batch) -> None:
    arts = query(batch.db, "SELECT text FROM articles WHERE source = ?", [batch.page("truncated.html")])
    assert len(arts) == 1
    assert news_text(8).split("\n\n")[3] in arts[0]["text"]


def test_ingest_keeps_non_english_page_without_article(batch: Batch) -> None:
    source = batch.page("german.txt")
    failure = batch.only_failure(source, "unsupported_language")
    assert failure["message"] == "the page looks 'de', not one of en; kept as a page, no article made"
    pages = query(batch.db, "SELECT id, language FROM pages WHERE source = ?", [source])
    assert [p["language"] for p in pages] == ["de"]
    assert failure["page_id"] == pages[0]["id"]
    assert query(batch.db, "SELECT id FROM articles WHERE source = ?", [source]) == []
    assert batch.on_screen(source, "unsupported_language", failure["message"])


# ---------------------------------------------------------------- manifest lines


def test_manifest_line_not_json_names_the_line_and_the_column(batch: Batch) -> None:
    source = f"{batch.manifest} line 2"
    failure = batch.only_failure(source, "bad_manifest_line")
    assert failure["message"] == "not valid JSON (Expecting value at column 38); fix or delete the line"
    assert batch.on_screen(source, "bad_manifest_line", failure["message"])


def test_manifest_line_naming_missing_file_is_reported(batch: Batch) -> None:
    source = f"{batch.manifest} line 3"
    failure = batch.only_failure(source, "missing_file")
    assert failure["message"] == "names a missing file 'not-there.txt'; fix the path"
    assert batch.on_screen(source, "missing_file", failure["message"])


def test_manifest_relative_path_escaping_its_folder_is_refused(batch: Batch) -> None:
    source = f"{batch.manifest} line 4"
    failure = batch.only_failure(source, "path_outside_root")
    assert failure["message"] == (
        "path '../secret.txt' is outside the manifest's folder; move the file or give its text"
    )
    stored = query(batch.db, "SELECT count(*) AS n FROM pages WHERE text LIKE ?", ["%item number 9 on%"])
    assert stored[0]["n"] == 0


def test_manifest_line_with_bad_date_is_reported(batch: Batch) -> None:
    failure = batch.only_failure(f"{batch.manifest} line 5", "bad_manifest_line")
    assert (
        failure["message"]
        == "\"published\" is not a date (YYYY-MM-DD): 'last Tuesday'; fix the field or drop it"
    )


def test_manifest_line_that_is_not_an_object_is_reported(batch: Batch) -> None:
    failure = batch.only_failure(f"{batch.manifest} line 6", "bad_manifest_line")
    assert failure["message"].startswith("not a JSON object;")


def test_manifest_good_line_is_stored_with_its_outlet(batch: Batch) -> None:
    arts = query(batch.db, "SELECT outlet FROM articles WHERE source = 'listed.txt'")
    assert [a["outlet"] for a in arts] == ["Courier"]


def test_missing_manifest_is_one_clear_failure(tmp_path: Path) -> None:
    proc = run_cli(
        "ingest",
        "--manifest",
        str(tmp_path / "nope.jsonl"),
        "--db",
        str(tmp_path / "n.duckdb"),
        "--jobs",
        "1",
    )
    assert "Traceback" not in proc.stderr
    assert f"missing {tmp_path / 'nope.jsonl'}: no such manifest file; check the path" in " ".join(
        proc.stderr.split()
    )
