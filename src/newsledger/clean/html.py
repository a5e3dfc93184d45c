"""HTML page → article paragraphs and metadata: trafilatura, structural pruning, fallbacks."""

from __future__ import annotations

import logging
import re
from copy import deepcopy

import trafilatura
from lxml.html import HtmlElement

from newsledger.clean.base import HtmlExtraction
from newsledger.clean.density import DensityExtractor, block_texts
from newsledger.clean.htmlguard import parse_html
from newsledger.clean.htmlmeta import HtmlMeta, parse_date, read_html_meta, split_authors
from newsledger.clean.htmlprune import prune_boilerplate

# trafilatura logs every page it discards at WARNING; our callers record "no article" themselves.
logging.getLogger("trafilatura").setLevel(logging.ERROR)

# Fallback chain: a page with this much visible text whose extraction covers less than
# MIN_SHARE of it is tried again with the next method.
LONG_PAGE_CHARS = 2500
MIN_SHARE = 0.2
# Less text than this is no article (an index or error page), unless the page says it is one.
MIN_ARTICLE_CHARS = 200
MIN_ARTICLE_CHARS_DECLARED = 60
# ... and a page that does not say so needs at least one paragraph this long.
MIN_PROSE_CHARS = 80
# ... and the next method's result replaces the first only if it is this much longer.
SWITCH_RATIO = 1.5
# A JSON-LD articleBody shorter than this is a teaser, not the body.
MIN_JSONLD_CHARS = 400

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _key(text: str) -> str:
    """Return a comparison key: lower-cased word characters only."""
    return " ".join(_WORD.findall(text.lower()))


class TrafilaturaExtractor:
    """trafilatura in precision mode on a structurally pruned page, with fallbacks.

    The chain: trafilatura (precision, no comments) → trafilatura (balanced) → the density
    extractor → the page's JSON-LD ``articleBody``; the first that covers enough of a long
    page wins. ``method`` in the result names the one used.
    """

    name = "trafilatura.v1"

    def __init__(self) -> None:
        self._density = DensityExtractor()

    def extract(self, html: str, url: str | None = None) -> HtmlExtraction:
        """Return the article paragraphs and metadata of ``html`` (no paragraphs: no article)."""
        tree, notes = parse_html(html, url or "<html>")
        if tree is None:
            return HtmlExtraction(paragraphs=(), method="none", url=url, notes=(*notes, "empty"))
        meta = read_html_meta(tree)
        prune_boilerplate(tree)
        visible = len(_norm(tree.text_content()))  # scripts and styles are pruned by now

        paragraphs, method = self._trafilatura(tree, url, precision=True), "trafilatura+precision"
        if _too_little(paragraphs, visible):
            candidates = [(paragraphs, method)]
            # balanced mode, without trafilatura's own second opinions (readability, jusText): the
            # density extractor below is ours, and the fallback must stay cheap
            candidates.append((self._trafilatura(tree, url, precision=False, fast=True), "trafilatura"))
            if _too_little(candidates[-1][0], visible):
                candidates.append((self._density.paragraphs(tree), "density"))
            best = max(candidates, key=lambda c: _length(c[0]))
            # a short article on a busy page is common: switch only for clearly more text
            if not paragraphs or _length(best[0]) >= SWITCH_RATIO * _length(paragraphs):
                paragraphs, method = best
        body = _plausible_article_body(meta, tree)
        if body:
            if _length(paragraphs) < 0.5 * _length(body):
                paragraphs, method = body, "jsonld"
            else:
                trimmed = _trim_to(paragraphs, body)
                if trimmed != paragraphs:
                    paragraphs, method = trimmed, method + "+jsonld"
        paragraphs = _drop_title(paragraphs, _title_keys(meta, tree))
        paragraphs = _drop_alt_captions(paragraphs, tree)
        if _no_article(paragraphs, meta):
            paragraphs, notes = [], (*notes, "no_article: too little prose for an article")
        meta = _complete_meta(meta, tree, url)
        return HtmlExtraction(
            paragraphs=tuple(paragraphs),
            method=method if paragraphs else "none",
            title=meta.title,
            authors=meta.authors,
            published=meta.published,
            outlet=meta.outlet,
            url=url or meta.url,
            notes=notes,
        )

    def _trafilatura(
        self, tree: HtmlElement, url: str | None, *, precision: bool, fast: bool = False
    ) -> list[str]:
        try:
            doc = trafilatura.bare_extraction(
                tree,
                url=url,
                favor_precision=precision,
                fast=fast,
                include_comments=False,
                include_tables=True,
                with_metadata=False,
            )
        except (RecursionError, ValueError, TypeError, AttributeError) as err:
            logging.getLogger(__name__).debug("trafilatura failed on %s: %s", url, err)
            return []
        text = getattr(doc, "text", None) if doc is not None else None
        if not text:
            return []
        return [line for line in (_readable(_norm(x)) for x in text.split("\n")) if line]


def _no_article(paragraphs: list[str], meta: HtmlMeta) -> bool:
    """True when what was extracted is too little prose to be an article (an index page).

    A page that declares itself an article (JSON-LD or ``og:type``) needs less to count.
    """
    total = _length(paragraphs)
    if total < (MIN_ARTICLE_CHARS_DECLARED if meta.is_article else MIN_ARTICLE_CHARS):
        return True
    longest = max((len(p) for p in paragraphs), default=0)
    return not meta.is_article and total < 2 * MIN_ARTICLE_CHARS and longest < MIN_PROSE_CHARS


def _readable(line: str) -> str:
    """Render a table row (``| a | b |`` in trafilatura's text) as ``a | b``."""
    if line.startswith("|") and line.endswith("|"):
        cells = [c.strip() for c in line.strip("|").split("|")]
        return " | ".join(c for c in cells if c)
    return line


def _length(paragraphs: list[str]) -> int:
    return sum(len(p) for p in paragraphs)


def _too_little(paragraphs: list[str], visible: int) -> bool:
    """True when an extraction is empty, or covers under MIN_SHARE of a long page."""
    if not paragraphs:
        return True
    return visible >= LONG_PAGE_CHARS and _length(paragraphs) < MIN_SHARE * visible


def _plausible_article_body(meta: HtmlMeta, tree: HtmlElement) -> list[str]:
    """Return the JSON-LD articleBody as paragraphs when it is long and its words are on the page."""
    raw = meta.article_body
    if not raw or len(raw) < MIN_JSONLD_CHARS:
        return []
    if "<" in raw and ">" in raw:
        from lxml.html import fragment_fromstring

        try:
            paragraphs = block_texts(fragment_fromstring(raw, create_parent="div"))
        except Exception:  # lxml raises several types on garbage fragments
            return []
    else:
        paragraphs = [p for p in (_norm(x) for x in raw.split("\n")) if p]
    if not paragraphs or raw.rstrip().endswith(("...", "…")):
        return []
    page_words = set(_WORD.findall(tree.text_content().lower()))
    words = _WORD.findall(" ".join(paragraphs).lower())
    if not words or sum(w in page_words for w in words) < 0.9 * len(words):
        return []
    return paragraphs


def _trim_to(paragraphs: list[str], body: list[str]) -> list[str]:
    """Drop leading (and short trailing) paragraphs that the JSON-LD articleBody lacks."""
    body_key = _key(" ".join(body))

    def inside(p: str) -> bool:
        k = _key(p)
        return not k or k in body_key

    start, end = 0, len(paragraphs)
    while start < end and not inside(paragraphs[start]):
        start += 1
    # at the end only short blocks go (bylines, tags, calls to action): a long one may be a
    # section the publisher left out of its JSON-LD (an update, a box of offers)
    while end > start and len(paragraphs[end - 1]) < 120 and not inside(paragraphs[end - 1]):
        end -= 1
    kept = paragraphs[start:end]
    # keep the original if trimming would throw away most of it: the body is then a summary
    return kept if _length(kept) >= 0.5 * _length(paragraphs) else paragraphs


_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:-]\s+|\s+-\s+")


def _title_keys(meta: HtmlMeta, tree: HtmlElement) -> set[str]:
    """Return comparison keys of every form the page gives its headline."""
    titles = [meta.title or ""]
    titles += [h1.text_content() for h1 in tree.iter("h1")][:3]
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        titles.append(title_el.text)
        titles += _TITLE_SEPARATORS.split(title_el.text)
    return {k for k in (_key(t) for t in titles) if len(k) >= 12}


def _drop_title(paragraphs: list[str], titles: set[str]) -> list[str]:
    """Drop the headline from the top of the body, and the short kicker lines above it."""
    for i, p in enumerate(paragraphs[:4]):
        if len(p) > 300:
            break
        if _key(p) in titles:
            if all(len(q) < 100 for q in paragraphs[:i]):
                return paragraphs[i + 1 :]
            break
    return paragraphs


def _drop_alt_captions(paragraphs: list[str], tree: HtmlElement) -> list[str]:
    """Drop short paragraphs that repeat an image's alt text or title: they are captions."""
    alts = set()
    for img in tree.iter("img"):
        for attr in ("alt", "title"):
            k = _key(img.get(attr) or "")
            if k.count(" ") >= 2:
                alts.add(k)
    if not alts:
        return paragraphs
    return [p for p in paragraphs if len(p) > 300 or _key(p) not in alts]


def _complete_meta(meta: HtmlMeta, tree: HtmlElement, url: str | None) -> HtmlMeta:
    """Fill missing title, date, outlet or authors from trafilatura's metadata extraction."""
    if meta.title and meta.published:  # trafilatura's metadata costs as much as its extraction
        return meta
    from trafilatura.metadata import extract_metadata

    try:
        found = extract_metadata(deepcopy(tree), url, None, True, None)
    except Exception:  # third-party metadata heuristics: never fail a page over them
        return meta
    authors = meta.authors or tuple(split_authors(found.author or ""))
    return HtmlMeta(
        title=meta.title or found.title,
        authors=authors,
        published=meta.published or parse_date(found.date),
        outlet=meta.outlet or found.sitename,
        url=meta.url or found.url,
        is_article=meta.is_article,
        article_body=meta.article_body,
    )
