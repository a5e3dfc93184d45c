"""Removes blocks that are never article body from a parsed page, using its HTML structure."""

from __future__ import annotations

import re

from lxml.etree import XPath
from lxml.html import HtmlElement

# Removed wherever they are: never article body text.
ALWAYS_DROP = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "figcaption", "dialog"])

# class/id words of blocks that are comments, promos, related links, sharing and so on; matched
# as whole words of the class/id (split on -, _ and spaces), so "content-with-sidebar" matches
# "sidebar" but "shareholders" does not match "share".
_BOILER_WORDS = frozenset(
    [
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "respond",
        "replies",
        "related",
        "relatedposts",
        "recommended",
        "recommendations",
        "promo",
        "promos",
        "promotion",
        "outbrain",
        "taboola",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "sidebar",
        "widget",
        "widgets",
        "trending",
        "popular",
        "mostread",
        "most-read",
        "breadcrumb",
        "breadcrumbs",
        "advert",
        "advertisement",
        "adslot",
        "ad",
        "ads",
        "sponsor",
        "sponsored",
        "caption",
        "captions",
        "credit",
        "credits",
    ]
)
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_CONTAINER_TAGS = frozenset(
    ["div", "section", "aside", "ul", "ol", "footer", "header", "nav", "p", "span", "table", "form"]
)
_ARTICLE_HINT = XPath(".//*[@itemprop='articleBody']")


def _words(el: HtmlElement) -> set[str]:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not names.strip():
        return set()
    return set(_WORD_SPLIT.split(names))


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style:
        style = style.replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    return False


def _long_paragraph_text(el: HtmlElement) -> int:
    """Return how many characters ``el`` holds in paragraphs long enough to be body text."""
    total = 0
    for p in el.iter("p"):
        n = len(p.text_content())
        if n >= 80:
            total += n
    return total


_LAYOUT_CELL_CONTENT = XPath(
    "./tr/td[.//p or .//div or .//h1 or .//h2 or .//h3 or .//table or .//ul or .//article]"
    " | ./*/tr/td[.//p or .//div or .//h1 or .//h2 or .//h3 or .//table or .//ul or .//article]"
)
_TABLE_PARTS = frozenset(["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"])


def unwrap_layout_tables(tree: HtmlElement) -> int:
    """Turn tables used for page layout (cells holding paragraphs or blocks) into divs.

    Data tables keep their rows; a layout table's text would otherwise be flattened into one
    row of cells joined by ``|``. Innermost tables are looked at first.
    """
    count = 0
    for table in reversed(list(tree.iter("table"))):
        if not _LAYOUT_CELL_CONTENT(table):
            continue
        parts = [el for el in table.iter(*_TABLE_PARTS) if _owner_table(el) is table]
        for el in (table, *parts):
            el.tag = "div"
        count += 1
    return count


def _owner_table(el: HtmlElement) -> HtmlElement | None:
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


# A paragraph this short whose text is this much link text is a pointer to another page
# ("Read more: <headline>"), not body text.
LINK_PARAGRAPH_CHARS = 200
LINK_PARAGRAPH_SHARE = 0.75


def _drop_link_paragraphs(body: HtmlElement) -> int:
    doomed = []
    for p in body.iter("p"):
        text = " ".join(p.text_content().split())
        if not text or len(text) > LINK_PARAGRAPH_CHARS:
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in p.iter("a"))
        if linked >= LINK_PARAGRAPH_SHARE * len(text) and linked >= 20:
            doomed.append(p)
    for p in doomed:
        p.drop_tree()
    return len(doomed)


def prune_boilerplate(tree: HtmlElement) -> int:
    """Drop non-article blocks from ``tree`` in place; return how many were dropped.

    Removed: scripts and styles, ``<figcaption>``, hidden elements, ``<aside>`` and blocks whose
    class or id names them as comments, related links, promos, sharing or ads, unless such a
    block holds the page's ``<h1>`` or a large share of its paragraph text (then it is a layout
    wrapper around the article, named for the sidebar next to it).
    """
    body = tree.find("body")
    if body is None:
        body = tree
    unwrap_layout_tables(body)
    dropped = 0
    for el in [e for e in body.iter() if isinstance(e.tag, str) and (e.tag in ALWAYS_DROP or _is_hidden(e))]:
        el.drop_tree()
        dropped += 1
    dropped += _drop_link_paragraphs(body)
    candidates = [
        el
        for el in body.iter()
        if isinstance(el.tag, str)
        and (el.tag == "aside" or (el.tag in _CONTAINER_TAGS and _words(el) & _BOILER_WORDS))
    ]
    if not candidates:
        return dropped
    total = max(1, _long_paragraph_text(body))
    for el in candidates:
        if el.getparent() is None:
            continue
        if el.find(".//h1") is not None or _ARTICLE_HINT(el):
            continue
        if _long_paragraph_text(el) > 0.35 * total:
            continue
        el.drop_tree()
        dropped += 1
    return dropped
