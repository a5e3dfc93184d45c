"""Tests of the HTML extractor on pages written for these tests (tests/pages/html/)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from newsledger import registry
from newsledger.clean.base import HtmlExtraction, HtmlExtractor
from newsledger.clean.density import DensityExtractor, block_texts
from newsledger.clean.html import TrafilaturaExtractor
from newsledger.clean.htmlguard import MAX_HTML_CHARS, parse_html
from newsledger.clean.htmlmeta import sniff_html_charset
from newsledger.errors import InputError

PAGES = Path(__file__).resolve().parent.parent / "pages" / "html"


def page(name: str) -> str:
    data = (PAGES / name).read_bytes()
    return data.decode(sniff_html_charset(data) or "utf-8")


def extract(name: str) -> HtmlExtraction:
    return TrafilaturaExtractor().extract(page(name), f"https://example.org/{name}")


def body(result: HtmlExtraction) -> str:
    return "\n".join(result.paragraphs)


def test_registry_returns_extractor_when_asked_for_trafilatura_v1() -> None:
    extractor = registry.get("html_extractors", "trafilatura.v1")
    assert isinstance(extractor, HtmlExtractor)
    assert isinstance(extractor, TrafilaturaExtractor)


def test_extract_keeps_article_and_drops_chrome_when_nested_in_layout() -> None:
    result = extract("nested.html")
    text = body(result)
    assert result.method.startswith("trafilatura")
    assert "Gull Island went back into service" in text
    assert "inspected twice a year" in text
    assert "Timetable changes" in result.paragraphs  # heading kept as its own paragraph
    assert any("Weekday crossings every forty minutes" in p for p in result.paragraphs)
    for chrome in ("Photo: Courier staff", "Most read", "Bakery on Mill Street", "Copyright 2024", "Privacy"):
        assert chrome not in text
    # the headline is the title, not a body paragraph
    assert result.paragraphs[0] != "Harbour ferry returns after winter repairs"


def test_extract_maps_metadata_when_page_has_open_graph_and_meta_tags() -> None:
    result = extract("nested.html")
    assert result.title == "Harbour ferry returns after winter repairs"
    assert result.authors == ("Mara Lindqvist",)
    assert result.published == dt.date(2024, 3, 14)
    assert result.outlet == "The Lakeside Courier"
    assert result.url == "https://example.org/nested.html"


def test_extract_drops_comments_when_page_has_comment_section() -> None:
    result = extract("comments.html")
    text = body(result)
    assert "twelve oldest trees standing" in text
    assert "picked apples there as a child" not in text
    assert "nowhere to play football" not in text
    assert "Leave a reply" not in text
    assert result.authors == ("Tomas Ferreira",)
    assert result.published == dt.date(2023, 9, 2)
    assert result.outlet == "Green Notes"


def test_extract_keeps_every_entry_when_page_is_live_blog() -> None:
    result = extract("liveblog.html")
    text = body(result)
    for entry in (
        "cancelled until at least noon",
        "three thousand homes",
        "one hundred and forty kilometres",
        "stay indoors",
    ):
        assert entry in text
    assert "Share on social media" not in text
    assert result.authors == ("Ines Achterberg", "Paul Okafor")
    assert result.outlet == "Coastal Daily"


def test_extract_keeps_main_story_only_when_page_has_two_articles() -> None:
    text = body(extract("two_articles.html"))
    assert "stay open until midnight" in text
    assert "café on the ground floor" in text
    assert "Swimming pool to close" not in text  # related teaser
    assert "Bus drivers vote" not in text  # the next, unrelated story


def test_extract_returns_no_paragraphs_when_page_is_index() -> None:
    result = extract("index.html")
    assert result.paragraphs == ()
    assert result.method == "none"
    assert result.outlet == "The Valley Times"  # metadata is still read


def test_extract_recovers_text_when_markup_is_broken_and_truncated() -> None:
    result = extract("broken.html")
    text = body(result)
    assert result.title == "Village hall roof fixed in time for the winter fair"
    assert "re-tiling the roof" in text
    assert "Leaks had closed the main room" in text
    assert "jam, knitted scarves and wooden toys" in text
    assert "older than most of the people who use" in text  # the truncated last paragraph


def test_sniff_html_charset_reads_meta_when_page_is_latin1() -> None:
    data = (PAGES / "latin1.html").read_bytes()
    assert sniff_html_charset(data) == "cp1252"
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<html><head><meta charset="utf-8">', "utf-8"),
        (b"<meta http-equiv='content-type' content='text/html; charset=Shift_JIS'>", "shift_jis"),
        (b'<?xml version="1.0" encoding="koi8-r"?><html>', "koi8-r"),
        (b"\xef\xbb\xbf<html>", "utf-8"),
        (b'<meta charset="no-such-charset">', None),
        (b"<html><body>nothing declared</body></html>", None),
    ],
)
def test_sniff_html_charset_returns_codec_when_declared(data: bytes, expected: str | None) -> None:
    assert sniff_html_charset(data) == expected


def test_extract_reads_accented_text_when_page_is_decoded_from_declared_charset() -> None:
    result = extract("latin1.html")
    text = body(result)
    assert "Fußgängerbrücke über die Förde" in text
    assert result.title == "Bürgerversammlung über die neue Brücke"


def deep_page(depth: int) -> str:
    story = "".join(
        f"<p>Paragraph {i} of a story that is buried far down in the markup of its page, "
        "where a careless template kept opening boxes and never closed them.</p>"
        for i in range(4)
    )
    opening, closing = "<div>" * depth, "</div>" * depth
    return f"<html><head><title>Deep</title></head><body>{opening}{story}{closing}</body></html>"


def test_extract_flattens_page_when_nested_ten_thousand_deep() -> None:
    start = time.perf_counter()
    result = TrafilaturaExtractor().extract(deep_page(10_000), None)
    assert time.perf_counter() - start < 5
    assert any("html_flattened" in n for n in result.notes)
    assert "Paragraph 3 of a story" in body(result)


def test_parse_html_refuses_page_when_too_deep_after_flattening() -> None:
    html = "<html><body>" + "<ins>" * 5000 + "text" + "</ins>" * 5000 + "</body></html>"
    with pytest.raises(InputError) as info:
        parse_html(html, "deep.html")
    assert info.value.reason == "too_deep"
    assert info.value.source == "deep.html"


def test_parse_html_refuses_page_when_over_size_limit() -> None:
    with pytest.raises(InputError) as info:
        parse_html("<p>" + "x" * MAX_HTML_CHARS, "huge.html")
    assert info.value.reason == "too_large"


def test_extract_returns_nothing_when_page_is_empty() -> None:
    result = TrafilaturaExtractor().extract("   ", None)
    assert result.paragraphs == ()
    assert result.method == "none"


def test_extract_falls_back_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TrafilaturaExtractor, "_trafilatura", lambda *a, **k: [])
    result = extract("nested.html")
    assert result.method == "density"
    assert "Gull Island went back into service" in body(result)


def test_extract_uses_json_ld_body_when_trafilatura_finds_too_little(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = " ".join(["The river bank collapsed after a week of rain, closing the towpath."] * 8)
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Towpath closed", "articleBody": "{article}"}}</script></head>'
        f"<body><div>{article}</div></body></html>"
    )
    monkeypatch.setattr(TrafilaturaExtractor, "_trafilatura", lambda *a, **k: [])
    monkeypatch.setattr(DensityExtractor, "paragraphs", lambda *a, **k: [])
    result = TrafilaturaExtractor().extract(html, None)
    assert result.method == "jsonld"
    assert body(result) == article


def test_block_texts_flattens_table_rows_when_table_holds_data() -> None:
    tree, _ = parse_html(
        "<html><body><table><tr><th>Year</th><th>Visitors</th></tr>"
        "<tr><td>2022</td><td>1,200</td></tr></table><p>After.</p></body></html>",
        "t.html",
    )
    assert tree is not None
    assert block_texts(tree) == ["Year | Visitors", "2022 | 1,200", "After."]
