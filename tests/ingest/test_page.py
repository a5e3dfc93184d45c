"""Any bytes given as a page give articles or a named failure, never an exception."""

from __future__ import annotations

import codecs
import gzip
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import news_html, news_text
from newsledger.ingest.page import process_page
from newsledger.model import PageResult, RawPage
from newsledger.settings import Settings

REASON = re.compile(r"^[a-z][a-z_]*$")
SETTINGS = Settings()

# Pieces real pages are made of, and pieces that break naive parsers.
FRAGMENTS = [
    b"<html>",
    b"</html>",
    b"<body>",
    b"<div>",
    b"</div>",
    b"<p>",
    b"</p>",
    b"<script>",
    b"<!--",
    b"-->",
    b'<meta charset="iso-8859-1">',
    b'<meta charset="utf-16">',
    b'<meta charset="bogus">',
    b"<![CDATA[",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x1f\x8b",
    b"\r",
    b"\n",
    b"\n\n",
    b"\xe9",
    b"\x93\x94",
    "caf\u00e9 \u201cquoted\u201d".encode(),
    b"By Maria Lindqvist",
    b"March 3, 2023",
    b"&amp;",
    b"&#0;",
    news_text(1).encode()[:400],
    news_html(2).encode()[:600],
]


def _check(raw: RawPage) -> None:
    result = process_page(raw, SETTINGS)
    assert isinstance(result, PageResult)
    assert result.source == raw.source
    if result.failure is None:
        assert result.articles, "no articles and no failure"
    else:
        assert REASON.match(result.failure.reason), result.failure
        assert result.failure.message.strip()
        assert result.failure.source == raw.source


pages = st.one_of(
    st.binary(max_size=4096),
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(b"".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=20).map(lambda parts: gzip.compress(b"".join(parts))),
    st.text(max_size=2000).map(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le", "surrogatepass")),
)


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=pages, hint=st.sampled_from([None, "html"]))
def test_page_any_bytes_give_articles_or_named_failure(data: bytes, hint: str | None) -> None:
    _check(RawPage(source="fuzz.bin", data=data, format_hint=hint))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=3000), hint=st.sampled_from([None, "html"]))
def test_page_any_text_gives_articles_or_named_failure(text: str, hint: str | None) -> None:
    _check(RawPage(source="fuzz.jsonl line 1", text=text, format_hint=hint))


def test_page_turns_news_text_into_one_article() -> None:
    result = process_page(RawPage(source="page.txt", text=news_text(3)), SETTINGS)
    assert result.failure is None
    assert len(result.articles) == 1
    assert result.document is not None and result.document.language == "en"
