"""Reads an HTML page's own metadata: charset, JSON-LD, Open Graph, meta tags and ``<time>``."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

# How far into a page the charset declaration is looked for (the HTML standard says 1024
# bytes; real pages put long <head> preambles first, so look a little further).
SNIFF_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:+-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG encoding standard: these labels mean windows-1252 in browsers.
_AS_1252 = {"ascii", "latin-1", "iso8859-1", "cp1252"}

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "review",
        "posting",
    }
)


def sniff_html_charset(data: bytes) -> str | None:
    """Return the charset a page declares (BOM, ``<meta>`` or XML declaration), or None.

    The name is Python's canonical codec name (``cp1252`` for latin-1 and ascii, as browsers
    read them); a declared charset Python does not know gives None.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:SNIFF_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _AS_1252:
        return "cp1252"
    if name.startswith("utf-16"):  # a page that was decodable as ASCII to read this is not UTF-16
        return "utf-8"
    return name


@dataclass(frozen=True)
class HtmlMeta:
    """Metadata a page states about itself; any field may be missing."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    is_article: bool | None = None
    article_body: str | None = None
    notes: tuple[str, ...] = field(default=())


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SPACE = re.compile(r"\s+")
_NOT_NAME = re.compile(r"https?://|www\.|@|\d{3}|\.(com|org|net)\b", re.IGNORECASE)


def parse_date(value: str | None) -> dt.date | None:
    """Return the calendar date at the start of an ISO-like date string, or None."""
    if not value:
        return None
    match = _DATE.search(value)
    if match is None:
        return None
    try:
        date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return date if 1990 <= date.year <= dt.date.today().year + 1 else None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Yield every JSON object in the page's JSON-LD scripts, flattening lists and @graph."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
                yield item


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    """Return person names from a JSON-LD ``author`` value (string, object or list)."""
    found: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str):
            found.extend(split_authors(name))
    return found


_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*")
_BY = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.IGNORECASE)


def split_authors(text: str) -> list[str]:
    """Split a byline string into names, dropping 'By', URLs and e-mail addresses."""
    names = []
    for part in _AUTHOR_SPLIT.split(_BY.sub("", text.strip())):
        name = _clean(part)
        if name and len(name) <= 60 and not _NOT_NAME.search(name) and any(c.isalpha() for c in name):
            names.append(name)
    return names


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """Return the page's ``<meta>`` values keyed by lower-cased property/name/itemprop."""
    found: dict[str, str] = {}
    head = tree.find("head")
    for meta in (head if head is not None else tree).iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if key and value and key.lower() not in found:
            found[key.strip().lower()] = value.strip()
    return found


def _first(*values: Any) -> Any:
    for value in values:
        if value:
            return value
    return None


def read_html_meta(tree: HtmlElement) -> HtmlMeta:
    """Return what the page says about itself, preferring JSON-LD, then Open Graph and meta."""
    article: dict[str, Any] = {}
    site_name: str | None = None
    for obj in _json_ld_objects(tree):
        kinds = _types(obj)
        if kinds & ARTICLE_TYPES and (
            not article or len(str(obj.get("articleBody", ""))) > len(str(article.get("articleBody", "")))
        ):
            article = obj
        elif "website" in kinds or "newsmediaorganization" in kinds or "organization" in kinds:
            name = obj.get("name")
            if isinstance(name, str) and site_name is None and "website" in kinds:
                site_name = name
    metas = _meta_tags(tree)

    publisher = article.get("publisher")
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    authors = _names(article.get("author")) if article else []
    if not authors:
        authors = split_authors(metas.get("author", "")) if "author" in metas else []
    title_el = tree.find(".//title")
    page_title = _clean(title_el.text_content()) if title_el is not None else None
    headline = article.get("headline")
    title = _clean(
        _first(
            headline if isinstance(headline, str) else None,
            metas.get("og:title"),
            metas.get("twitter:title"),
            _h1(tree),
            page_title,
        )
    )
    published = _first(
        parse_date(str(article.get("datePublished") or "")),
        parse_date(metas.get("article:published_time")),
        parse_date(
            _first(
                metas.get("datepublished"),
                metas.get("pubdate"),
                metas.get("date"),
                metas.get("dc.date.issued"),
                metas.get("dc.date"),
                metas.get("publish-date"),
                metas.get("sailthru.date"),
            )
        ),
        _time_element(tree),
    )
    outlet = _clean(
        _first(
            metas.get("og:site_name"),
            publisher_name if isinstance(publisher_name, str) else None,
            site_name,
            metas.get("application-name"),
        )
    )
    og_type = (metas.get("og:type") or "").lower()
    is_article: bool | None = None
    if article:
        is_article = True
    elif og_type:
        is_article = og_type == "article"
    body = article.get("articleBody")
    url = _first(metas.get("og:url"), _canonical(tree))
    return HtmlMeta(
        title=title,
        authors=tuple(dict.fromkeys(authors)),
        published=published,
        outlet=outlet,
        url=url if isinstance(url, str) and url.startswith("http") else None,
        is_article=is_article,
        article_body=body if isinstance(body, str) and body.strip() else None,
    )


def _h1(tree: HtmlElement) -> str | None:
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        if text:
            return text
    return None


def _canonical(tree: HtmlElement) -> str | None:
    head = tree.find("head")
    for link in (head if head is not None else tree).iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            href = link.get("href")
            return href if isinstance(href, str) else None
    return None


def _time_element(tree: HtmlElement) -> dt.date | None:
    """Return the date of the first ``<time datetime>`` (or ``pubdate``) element, if any."""
    for time in tree.iter("time"):
        date = parse_date(time.get("datetime"))
        if date is not None:
            return date
    return None
