"""Ingest reads every input kind: folders, txt/html/htm, gzip, JSONL pages, manifests, WARC."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import failures_by_reason, ingest, news_html, news_text, query, write_pages


def last_paragraph(seed: int) -> str:
    """The closing line every generated page ends with (it names the seed)."""
    return news_text(seed).strip().rsplit("\n", 1)[-1]


def _articles(db: Path) -> list[dict]:
    return query(
        db,
        "SELECT id, source, title, authors, outlet, published, published_from, text "
        "FROM articles ORDER BY source",
    )


def test_ingest_reads_folders_recursively_when_given_a_folder(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "news.duckdb"
    report = ingest(db, [pages_dir])
    assert (report.new, report.failed) == (3, 0)
    sources = [a["source"] for a in _articles(db)]
    assert sources == sorted(str(p) for p in pages_dir.rglob("*.txt"))
    assert any("/sub/" in s for s in sources)


def test_ingest_ignores_files_of_unknown_kind_when_walking_a_folder(tmp_path: Path, pages_dir: Path) -> None:
    (pages_dir / "notes.csv").write_text("a,b\n1,2\n")
    (pages_dir / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    db = tmp_path / "news.duckdb"
    report = ingest(db, [pages_dir])
    assert (report.new, report.failed) == (3, 0)


def test_ingest_reads_txt_html_htm_and_their_gzip_versions(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(news_text(1))
    (folder / "b.html").write_text(news_html(2))
    (folder / "c.htm").write_text(news_html(3))
    (folder / "d.txt.gz").write_bytes(gzip.compress(news_text(4).encode()))
    (folder / "e.html.gz").write_bytes(gzip.compress(news_html(5).encode()))
    (folder / "f.htm.gz").write_bytes(gzip.compress(news_html(6).encode()))
    db = tmp_path / "news.duckdb"
    report = ingest(db, [folder])
    assert (report.new, report.failed) == (6, 0), report.failures
    formats = {Path(r["source"]).name: r["format"] for r in query(db, "SELECT source, format FROM pages")}
    assert formats == {
        "a.txt": "text",
        "b.html": "html",
        "c.htm": "html",
        "d.txt.gz": "text",
        "e.html.gz": "html",
        "f.htm.gz": "html",
    }
    texts = {Path(a["source"]).name: a["text"] for a in _articles(db)}
    for name, seed in {
        "a.txt": 1,
        "b.html": 2,
        "c.htm": 3,
        "d.txt.gz": 4,
        "e.html.gz": 5,
        "f.htm.gz": 6,
    }.items():
        assert last_paragraph(seed) in texts[name]


def test_ingest_reads_jsonl_pages_from_text_html_and_path_fields(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "stored.txt").write_text(news_text(12))
    lines = [
        {"text": news_text(10), "url": "https://news.example/ten"},
        {"html": news_html(11), "url": "https://news.example/eleven"},
        {"path": "stored.txt"},
    ]
    jsonl = folder / "pages.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in lines))
    db = tmp_path / "news.duckdb"
    report = ingest(db, [jsonl])
    assert (report.new, report.failed) == (3, 0), report.failures
    by_source = {a["source"]: a for a in _articles(db)}
    assert set(by_source) == {"https://news.example/ten", "https://news.example/eleven", "stored.txt"}
    assert by_source["https://news.example/eleven"]["title"] == news_text(11).split("\n")[0]
    formats = {r["source"]: r["format"] for r in query(db, "SELECT source, format FROM pages")}
    assert formats["https://news.example/eleven"] == "html"


def test_ingest_reads_gzipped_jsonl(tmp_path: Path) -> None:
    jsonl = tmp_path / "pages.jsonl.gz"
    jsonl.write_bytes(
        gzip.compress(b"".join(json.dumps({"text": news_text(i)}).encode() + b"\n" for i in range(3)))
    )
    db = tmp_path / "news.duckdb"
    report = ingest(db, [jsonl])
    assert (report.new, report.failed) == (3, 0), report.failures


def test_manifest_metadata_wins_over_the_pages_own(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "given.txt").write_text(news_text(20))
    (tmp_path / "pages" / "bare.txt").write_text(news_text(21))
    manifest = tmp_path / "crawl.jsonl"
    manifest.write_text(
        json.dumps(
            {
                "path": "pages/given.txt",
                "url": "https://news.example/given",
                "published": "2021-02-03",
                "outlet": "The Example Courier",
                "title": "Title From The Manifest",
            }
        )
        + "\n"
        + json.dumps({"path": "pages/bare.txt"})
        + "\n"
    )
    db = tmp_path / "news.duckdb"
    report = ingest(db, [], manifest=manifest)
    assert (report.new, report.failed) == (2, 0), report.failures
    by_name = {Path(a["source"]).name: a for a in _articles(db)}
    given = by_name["given.txt"]
    assert given["published"] == dt.date(2021, 2, 3)
    assert given["published_from"] == "manifest"
    assert given["outlet"] == "The Example Courier"
    assert given["title"] == "Title From The Manifest"
    bare = by_name["bare.txt"]  # no manifest fields: the page's own title and byline date
    assert bare["title"] == news_text(21).split("\n")[0]
    assert bare["published"] == dt.datetime.strptime(news_text(21).split("\n")[4], "%B %d, %Y").date()


def test_manifest_takes_inline_text_and_html_lines(tmp_path: Path) -> None:
    manifest = tmp_path / "crawl.jsonl"
    manifest.write_text(
        json.dumps({"text": news_text(30), "url": "https://news.example/a", "outlet": "Courier"})
        + "\n"
        + json.dumps({"html": news_html(31), "url": "https://news.example/b"})
        + "\n"
    )
    db = tmp_path / "news.duckdb"
    report = ingest(db, [], manifest=manifest)
    assert (report.new, report.failed) == (2, 0), report.failures
    arts = _articles(db)
    assert [a["source"] for a in arts] == ["https://news.example/a", "https://news.example/b"]
    assert arts[0]["outlet"] == "Courier"
    assert arts[1]["title"] == news_text(31).split("\n")[0]


# ---------------------------------------------------------------- WARC


def write_warc(path: Path, seeds: list[int], *, gz: bool) -> None:
    """Write a WARC with a warcinfo, a request, HTML and text responses, and an image to skip."""
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsledger tests"}))
        for seed in seeds:
            url = f"https://news.example/story/{seed}"
            req = StatusAndHeaders(
                f"GET /story/{seed} HTTP/1.1", [("Host", "news.example")], is_http_request=True
            )
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            if seed % 2:
                body, ctype = news_text(seed).encode(), "text/plain; charset=utf-8"
            else:
                body, ctype = news_html(seed).encode(), "text/html; charset=utf-8"
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)),
                http_headers=png,
            )
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_reads_warc_response_records(tmp_path: Path, name: str) -> None:
    warc = tmp_path / name
    write_warc(warc, [40, 41, 42], gz=name.endswith(".gz"))
    db = tmp_path / "news.duckdb"
    report = ingest(db, [warc])
    assert report.failures == []
    assert report.new == 3
    assert [a["source"] for a in _articles(db)] == [f"https://news.example/story/{s}" for s in (40, 41, 42)]


def test_ingest_reports_bad_warc_when_warc_is_cut_inside_record_headers(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [50, 51, 52], gz=False)
    data = whole.read_bytes()
    last = data.rindex(b"WARC/1.0\r\nWARC-Type: response")  # the image record
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: last + 40])
    db = tmp_path / "news.duckdb"
    ingest(db, [cut])
    bad = failures_by_reason(db)["bad_warc"]
    assert [f["source"] for f in bad] == [str(cut)]
    assert bad[0]["message"].startswith("WARC archive is truncated or corrupt (")
    assert bad[0]["message"].endswith("); records before it were kept")


def test_ingest_keeps_records_before_the_cut_when_warc_is_truncated(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [50, 51, 52], gz=False)
    data = whole.read_bytes()
    last = data.rindex(b"WARC/1.0\r\nWARC-Type: response")
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: last + 40])
    db = tmp_path / "news.duckdb"
    report = ingest(db, [cut])
    assert report.new == 3
    assert [f.reason for f in report.failures] == ["bad_warc"]


def test_ingest_reports_bad_warc_when_warc_is_cut_inside_a_record_body(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [60, 61, 62], gz=False)
    data = whole.read_bytes()
    body = news_html(62).encode()
    middle = data.index(body) + len(body) // 2
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:middle])
    db = tmp_path / "news.duckdb"
    report = ingest(db, [cut])
    bad = failures_by_reason(db)["bad_warc"]
    assert [f["source"] for f in bad] == [str(cut)]
    assert bad[0]["message"].startswith("WARC archive is truncated or corrupt (")
    assert bad[0]["message"].endswith("; records before it were kept")
    assert report.new == 2  # the two whole records; the cut one is not stored half
    assert [a["source"] for a in _articles(db)] == [f"https://news.example/story/{s}" for s in (60, 61)]


def test_ingest_reports_bad_warc_when_warc_gz_is_cut(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [60, 61, 62], gz=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    db = tmp_path / "news.duckdb"
    report = ingest(db, [cut])
    assert [f["source"] for f in failures_by_reason(db)["bad_warc"]] == [str(cut)]
    assert report.new >= 1
    stored = {a["source"] for a in _articles(db)}
    assert stored < {f"https://news.example/story/{s}" for s in (60, 61, 62)}


def test_ingest_reads_pages_given_as_files_and_folders_together(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    write_pages(folder, 2)
    single = tmp_path / "single.txt"
    single.write_text(news_text(99))
    db = tmp_path / "news.duckdb"
    report = ingest(db, [folder, single])
    assert (report.new, report.failed) == (3, 0)
