"""A text-density article extractor: the fallback when trafilatura finds nothing or too little."""

from __future__ import annotations

import re
from collections.abc import Iterable
from copy import deepcopy

from lxml import etree
from lxml.html import HtmlElement

# Elements whose content is never article text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "math",
        "canvas",
        "object",
        "embed",
        "video",
        "audio",
        "source",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
    ]
)
# Elements that hold page chrome rather than the article, dropped before scoring.
CHROME_TAGS = frozenset(["nav", "header", "footer", "aside", "form", "figcaption", "menu", "dialog"])
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "address",
        "details",
        "summary",
        "hr",
        "center",
        "fieldset",
        "legend",
        "br",
    ]
)
_POSITIVE = re.compile(r"article|body|content|entry|main|post|story|text|blog", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"comment|footer|related|share|sidebar|widget|promo|sponsor|advert|\bads?\b|social|"
    r"newsletter|subscribe|popular|trending|recommend|teaser|caption|credit|breadcrumb|"
    r"\bnav|menu|masthead|modal|cookie|banner|tags?\b",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def block_texts(root: HtmlElement, skip: Iterable[str] = SKIP_TAGS) -> list[str]:
    """Return the text of ``root`` as paragraphs: one per block element, inline text joined.

    List items and table rows become their own paragraphs (cells joined by `` | ``); ``<br>``
    breaks a paragraph. Walks the tree without recursion.
    """
    skip_set = frozenset(skip)
    paragraphs: list[str] = []
    buf: list[str] = []
    row_cells: list[list[str]] = []

    def flush() -> None:
        text = _norm("".join(buf))
        buf.clear()
        if not text:
            return
        if row_cells:
            row_cells[-1].append(text)
        else:
            paragraphs.append(text)

    skipping = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skipping or tag in skip_set or not tag:
                skipping += 1
                continue
            if tag in BLOCK_TAGS:
                flush()
            if tag == "tr":
                row_cells.append([])
            if el.text:
                buf.append(el.text)
        else:
            if skipping:
                skipping -= 1
                if skipping == 0 and el.tail:
                    buf.append(el.tail)
                continue
            if tag in BLOCK_TAGS:
                flush()
            if tag == "tr" and row_cells:
                cells = row_cells.pop()
                if cells:
                    line = " | ".join(cells)
                    if row_cells:
                        row_cells[-1].append(line)
                    else:
                        paragraphs.append(line)
            if el is not root and el.tail:
                buf.append(el.tail)
    flush()
    return paragraphs


def _link_density(el: HtmlElement, length: int) -> float:
    if length == 0:
        return 1.0
    linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / length)


def _class_weight(el: HtmlElement) -> int:
    names = f"{el.get('class', '')} {el.get('id', '')}"
    if not names.strip():
        return 0
    weight = 0
    if _NEGATIVE.search(names):
        weight -= 25
    if _POSITIVE.search(names):
        weight += 25
    return weight


class DensityExtractor:
    """Finds the element whose paragraphs carry the most text and the fewest links."""

    def paragraphs(self, tree: HtmlElement) -> list[str]:
        """Return the article paragraphs of a parsed page, or [] when none stand out."""
        body = tree.find("body")
        if body is None:
            body = tree
        body = _pruned_copy(body)
        scores: dict[HtmlElement, float] = {}
        for p in body.iter("p", "pre", "td", "blockquote"):
            text = _norm(p.text_content())
            if len(text) < 25:
                continue
            score = 1.0 + text.count(",") + text.count("、") + min(len(text) / 100, 3.0)
            parent = p.getparent()
            for share in (1.0, 0.5):
                if parent is None:
                    break
                if parent not in scores:
                    scores[parent] = float(_class_weight(parent))
                scores[parent] += score * share
                parent = parent.getparent()
        if not scores:
            return []
        best, best_score = None, 0.0
        for el, score in scores.items():
            length = len(_norm(el.text_content()))
            final = score * (1.0 - _link_density(el, length))
            if final > best_score:
                best, best_score = el, final
        if best is None or best_score < 5:
            return []
        out = []
        for text in block_texts(best):
            if len(text) >= 2:
                out.append(text)
        return out


def _pruned_copy(body: HtmlElement) -> HtmlElement:
    """Return a copy of ``body`` without chrome elements and negative-class blocks."""
    body = deepcopy(body)
    doomed = [
        el
        for el in body.iter()
        if isinstance(el.tag, str)
        and (
            el.tag in CHROME_TAGS
            or el.tag in SKIP_TAGS
            or (el.tag in ("div", "section", "ul", "ol") and _class_weight(el) < 0)
        )
    ]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return body
