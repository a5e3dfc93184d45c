"""Parses untrusted HTML into an lxml tree safely: size cap, nesting-depth cap, broken markup."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.utils import repair_faulty_html

from newsledger.errors import InputError

# A page longer than this (in characters) is refused: no article needs it, and parsing and
# extracting it would hold a worker for seconds.
MAX_HTML_CHARS = 12_000_000

# Elements that only lay out a page: when a page is nested deeper than the parser allows
# (libxml2 stops at 256 levels and silently drops the rest), their tags are rewritten so that
# the page becomes flat while its text and its block boundaries survive.
_LAYOUT_TAG = re.compile(
    r"<(/?)(?:div|span|font|section|center|table|tbody|thead|tr|td|th|b|i|u|em|strong|small"
    r"|big|blockquote|dl|dd|dt|ul|ol|li|main|article|form|fieldset|label|a|abbr|cite|q|sub"
    r"|sup|mark|nobr|s|strike|tt|var|code|pre|kbd|samp|details|summary|figure|picture)\b[^>]*>",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_NUL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BLOCKISH = frozenset(
    [
        "div",
        "section",
        "center",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "blockquote",
        "dl",
        "dd",
        "dt",
        "ul",
        "ol",
        "li",
        "main",
        "article",
        "form",
        "fieldset",
        "pre",
        "details",
        "summary",
        "figure",
    ]
)


def _parse(html: str) -> tuple[HtmlElement | None, bool]:
    """Parse ``html``; return the tree (None if nothing parsed) and whether depth was exceeded."""
    parser = HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True)
    try:
        tree = document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    too_deep = any(
        e.type_name == "ERR_RESOURCE_LIMIT" or "depth" in e.message.lower() for e in parser.error_log
    )
    return tree, too_deep


_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)


def _close_title(html: str) -> str:
    """Close a ``<title>`` left open, which would otherwise swallow the whole page as its text."""
    opening = _TITLE_OPEN.search(html, 0, 100_000)
    if opening is None or _TITLE_CLOSE.search(html, opening.end()) is not None:
        return html
    end = len(html)
    for stop in ("<", "\n"):
        i = html.find(stop, opening.end())
        if i != -1:
            end = min(end, i)
    return f"{html[:end]}</title>{html[end:]}"


def _flatten(html: str) -> str:
    """Rewrite layout tags so nesting collapses: block tags become paragraph breaks."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(0)[1 + len(match.group(1)) :].split(None, 1)[0].rstrip(">/").lower()
        return "<br>" if name in _BLOCKISH else ""

    return _LAYOUT_TAG.sub(repl, html)


def parse_html(html: str, source: str) -> tuple[HtmlElement | None, tuple[str, ...]]:
    """Return the parsed tree of ``html`` and notes; None when the page has no markup at all.

    Raises ``InputError`` (``too_large``) for pages over ``MAX_HTML_CHARS`` and
    (``too_deep``) for pages nested deeper than the parser allows even after flattening
    their layout tags.
    """
    if len(html) > MAX_HTML_CHARS:
        raise InputError(
            source,
            "too_large",
            f"HTML page of {len(html):,} characters is over the limit of {MAX_HTML_CHARS:,}; "
            "split it or raise newsledger.clean.htmlguard.MAX_HTML_CHARS",
        )
    html = _NUL.sub(" ", _XML_DECLARATION.sub("", html, count=1))
    # libxml2 trips over some doctype lines and a self-closing <html/>: trafilatura's repair
    html = repair_faulty_html(html, html[:50].lower())
    if not html.strip():
        return None, ()
    html = _close_title(html)
    tree, too_deep = _parse(html)
    notes: tuple[str, ...] = ()
    if too_deep:
        tree, too_deep = _parse(_flatten(html))
        notes = ("html_flattened: nesting deeper than the parser allows",)
        if too_deep:
            raise InputError(
                source,
                "too_deep",
                "HTML nested deeper than 256 levels even after flattening its layout tags; "
                "the page cannot be parsed without losing text",
            )
    if tree is None:
        return None, notes
    return tree, notes
