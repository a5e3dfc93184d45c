"""Decoding page bytes: encodings, gzip limits, binary and empty pages, nesting depth."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from conftest import news_html, news_text
from newsledger.errors import InputError
from newsledger.ingest.decode import (
    MAX_BYTES,
    MAX_HTML_DEPTH,
    check_html_depth,
    declared_charset,
    decode_bytes,
    gunzip_capped,
    html_depth,
    looks_binary,
)

PNG_LIKE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _refused(data: bytes, reason: str, source: str = "page.txt") -> InputError:
    with pytest.raises(InputError) as exc:
        decode_bytes(data, source)
    assert exc.value.reason == reason
    assert exc.value.source == source
    assert exc.value.stage == "ingest"
    return exc.value


def test_decode_reads_plain_utf8_text() -> None:
    decoded = decode_bytes(news_text(1).encode("utf-8"), "page.txt")
    assert decoded.text == news_text(1)
    assert (decoded.encoding, decoded.is_html) == ("utf-8", False)


def test_decode_keeps_cp1252_line_inside_utf8_page_without_failing() -> None:
    page = (
        news_text(2).encode("utf-8")
        + "The caf\u00e9 owner said \u201cwe are pleased\u201d \u2013 and so did others.\n".encode("cp1252")
        + "A last line in UTF-8 about the na\u00efve plan.\n".encode("utf-8")
    )
    decoded = decode_bytes(page, "mixed.txt")
    assert decoded.encoding == "mixed(utf-8,cp1252)"
    assert "The caf\u00e9 owner said \u201cwe are pleased\u201d \u2013 and so did others." in decoded.text
    assert "the na\u00efve plan." in decoded.text
    assert "\ufffd" not in decoded.text


def test_decode_reads_whole_page_in_cp1252_when_it_is_not_utf8() -> None:
    text = news_text(3).replace("said", "said \u201cyes\u201d")
    decoded = decode_bytes(text.encode("cp1252"), "windows.txt")
    assert decoded.text == text


def test_decode_uses_declared_latin1_charset_of_html_page() -> None:
    html = news_html(
        4, charset="iso-8859-1", extra_paragraph="The caf\u00e9 in the square stays open, said its owner."
    )
    decoded = decode_bytes(html.encode("latin-1"), "latin1.html")
    assert decoded.encoding == "iso8859-1"
    assert decoded.is_html
    assert "The caf\u00e9 in the square stays open" in decoded.text


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_decode_follows_byte_order_mark(bom: bytes, codec: str, encoding: str) -> None:
    decoded = decode_bytes(bom + news_text(6).encode(codec), "bom.txt")
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") == news_text(6)


def test_decode_normalises_crlf_and_cr_line_ends() -> None:
    decoded = decode_bytes(b"First line of the page.\r\nSecond line.\rThird line.\n", "crlf.txt")
    assert decoded.text == "First line of the page.\nSecond line.\nThird line.\n"


def test_declared_charset_ignores_unknown_codec_names() -> None:
    assert declared_charset(b'<meta charset="no-such-codec">') is None
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
        == "cp1252"
    )


# ---------------------------------------------------------------- refusals


def test_decode_refuses_empty_page() -> None:
    err = _refused(b"", "empty")
    assert err.message == "the page is empty; nothing to ingest"


def test_decode_refuses_whitespace_only_page() -> None:
    _refused(b"  \n\t\r\n  ", "empty")


def test_decode_refuses_binary_page() -> None:
    err = _refused(PNG_LIKE, "binary", "logo.html")
    assert err.message == "the page looks binary (NUL or control bytes in the first 8 KB), not text or HTML"
    assert (
        str(err)
        == "logo.html: the page looks binary (NUL or control bytes in the first 8 KB), not text or HTML"
    )


def test_decode_treats_utf16_page_as_text_not_binary() -> None:
    assert not looks_binary(codecs.BOM_UTF16_LE + news_text(7).encode("utf-16-le"))


def test_decode_refuses_page_over_size_limit() -> None:
    err = _refused(b"word " * (MAX_BYTES // 5 + 1000), "too_large", "huge.txt")
    assert err.message.endswith(" MB is over the 20 MB page limit; split it or skip it")


def test_decode_refuses_gzip_bomb_without_inflating_it(gzip_bomb: Path) -> None:
    err = _refused(gzip_bomb.read_bytes(), "gzip_bomb", "bomb.txt.gz")
    assert err.message.startswith("gzip expands past 20 MB or 200x its size (")
    assert err.message.endswith(" bytes compressed); refusing it")


def test_gunzip_refuses_small_bomb_by_ratio() -> None:
    small = gzip.compress(bytes(5_000_000))  # 5 MB of zeros: under the size cap, far over the ratio
    with pytest.raises(InputError) as exc:
        gunzip_capped(small, "small.gz", limit=MAX_BYTES)
    assert exc.value.reason == "gzip_bomb"


def test_decode_refuses_corrupt_gzip() -> None:
    err = _refused(b"\x1f\x8b" + b"this is not deflate data" * 4, "bad_gzip", "broken.txt.gz")
    assert err.message.startswith("not a readable gzip stream (")
    assert err.message.endswith("); re-download it")


def test_decode_keeps_text_of_truncated_gzip() -> None:
    packed = gzip.compress(news_text(8).encode())
    decoded = decode_bytes(packed[: len(packed) * 2 // 3], "cut.txt.gz")
    assert decoded.text
    assert news_text(8).startswith(decoded.text)


def test_decode_reads_gzip_compressed_page() -> None:
    assert decode_bytes(gzip.compress(news_text(9).encode()), "page.txt.gz").text == news_text(9)


def test_decode_reads_every_member_of_multi_member_gzip() -> None:
    text = news_text(10).encode()
    packed = gzip.compress(text[:300]) + gzip.compress(text[300:])
    assert gzip.decompress(packed) == text
    assert decode_bytes(packed, "two-members.txt.gz").text == news_text(10)


# ---------------------------------------------------------------- depth


def test_html_depth_counts_nested_containers() -> None:
    assert html_depth("<div><section><p>text</p></section></div>") == 2
    assert html_depth("<div></div><div><span></span></div>") == 2


def test_html_depth_refuses_page_nested_ten_thousand_deep() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "<p>Deep text.</p>" + "</div>" * 10_000 + "</body></html>"
    with pytest.raises(InputError) as exc:
        check_html_depth(html, "deep.html")
    assert exc.value.reason == "too_deep"
    assert exc.value.message == (
        f"HTML is nested more than {MAX_HTML_DEPTH} elements deep; the parser would drop the text below that"
    )


def test_html_depth_accepts_ordinary_page() -> None:
    check_html_depth(news_html(11), "ordinary.html")
    check_html_depth("<div>" * 100 + "<p>Fine.</p>" + "</div>" * 100, "hundred.html")
