"""Turn a page's bytes into text safely: size caps, gzip limits, binary and encoding checks."""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from newsledger.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a page larger than this is refused, compressed or not
MAX_GZIP_RATIO = 200  # decompressed / compressed: more than this is a bomb, not a page
GZIP_MAGIC = b"\x1f\x8b"

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)
_HTML_SNIFF = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I)


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


@dataclass(frozen=True)
class Decoded:
    """Text of a page and how it was decoded."""

    text: str
    encoding: str
    is_html: bool


def gunzip_capped(data: bytes, source: str, limit: int = MAX_BYTES) -> bytes:
    """Decompress gzip ``data``, refusing output over ``limit`` bytes or over the ratio cap.

    Truncated streams keep what was decompressed so far (a cut-off download still has text).
    """
    out = bytearray()
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    buf = data
    try:
        while buf:
            chunk = d.decompress(buf, 1 << 20)
            out += chunk
            if len(out) > limit or len(out) > MAX_GZIP_RATIO * max(len(data), 1) + 1_000_000:
                raise InputError(
                    source,
                    "gzip_bomb",
                    f"gzip expands past {limit // (1024 * 1024)} MB or {MAX_GZIP_RATIO}x its size "
                    f"({len(data):,} bytes compressed); refusing it",
                )
            buf = d.unconsumed_tail
            if d.eof and d.unused_data.strip(b"\x00"):  # a multi-member gzip (cat a.gz b.gz)
                buf = d.unused_data
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            elif d.eof:
                break
    except zlib.error as exc:
        if not out:
            raise InputError(
                source, "bad_gzip", f"not a readable gzip stream ({exc}); re-download it"
            ) from exc
    return bytes(out)


def looks_binary(data: bytes) -> bool:
    """Return True when the first 8 KB look like binary data rather than text."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text
        return False
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return control / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML ``<meta>`` or XML declaration names, if it is a known codec."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_mixed(data: bytes) -> str:
    """Decode line by line: UTF-8 where a line is valid UTF-8, cp1252 elsewhere."""
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
    return "\n".join(lines)


def decode_bytes(data: bytes, source: str, *, html_hint: bool | None = None) -> Decoded:
    """Decode page bytes to text, naming the page and the reason when they are not a page.

    Order: gzip (capped), size cap, empty, binary, BOM, declared charset, UTF-8, then a
    per-line UTF-8/cp1252 mix (pages stitched from two encodings are common in crawls).
    """
    if data[:2] == GZIP_MAGIC:
        data = gunzip_capped(data, source)
    if len(data) > MAX_BYTES:
        raise InputError(
            source,
            "too_large",
            f"{len(data) / 1e6:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB page limit; split it or skip it",
        )
    if not data.strip():
        raise InputError(source, "empty", "the page is empty; nothing to ingest")
    if looks_binary(data):
        raise InputError(
            source,
            "binary",
            "the page looks binary (NUL or control bytes in the first 8 KB), not text or HTML",
        )
    is_html = html_hint if html_hint is not None else bool(_HTML_SNIFF.search(data[:4096]))
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        declared = declared_charset(data) if is_html else None
        text = ""
        if declared and declared not in ("utf-8", "ascii"):
            try:
                text, encoding = data.decode(declared), declared
            except UnicodeDecodeError:
                text = ""
        if not text:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _decode_mixed(data), "mixed(utf-8,cp1252)"
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise InputError(source, "empty", "the page has no text after decoding")
    return Decoded(text=text, encoding=encoding, is_html=is_html)


MAX_HTML_DEPTH = 250  # libxml2 silently drops everything below depth 256
_CONTAINER_TAG = re.compile(
    r"<(/?)(div|section|article|main|aside|header|footer|nav|table|ul|ol|blockquote|span|form)\b[^>]{0,2000}?(/?)>",
    re.I,
)


def html_depth(html: str, stop_at: int = MAX_HTML_DEPTH) -> int:
    """Return the nesting depth of container tags, stopping early once past ``stop_at``.

    Only container tags count: ``<p>``/``<li>`` are often left unclosed and would inflate it.
    """
    depth = deepest = 0
    for m in _CONTAINER_TAG.finditer(html):
        if m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
    return deepest


def check_html_depth(html: str, source: str) -> None:
    """Refuse HTML nested deeper than the parser can hold, instead of losing text silently."""
    depth = html_depth(html)
    if depth > MAX_HTML_DEPTH:
        raise InputError(
            source,
            "too_deep",
            f"HTML is nested more than {MAX_HTML_DEPTH} elements deep; the parser would drop the text below that",
        )
