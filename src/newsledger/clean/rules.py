"""The rule-based cleaner (``rules.v1``): page lines in, articles and removed lines out.

Steps: label lines the pattern tables recognise (captions, promos, copyright, ...), re-join
broken sentences, split the page into articles and label header/body/tail paragraphs, then
read each article's title, authors, date and outlet from its header and removed lines.
"""

from __future__ import annotations

import datetime as dt
import re

from newsledger.clean.base import CleanResult
from newsledger.clean.dates import date_from_url, find_dates
from newsledger.clean.joins import join_lines
from newsledger.clean.lines import Line, split_lines
from newsledger.clean.metadata import (
    author_from_bio,
    authors_from_byline,
    authors_from_contact,
    outlet_from,
)
from newsledger.clean.patterns import Patterns, load_patterns
from newsledger.clean.segment import Label, Segment, segment
from newsledger.model import Article, Document, RemovedLine, content_id

# A caption of an old photo: its date is not the story's.
_ARCHIVE_PHOTO = re.compile(
    r"\b(file|archive|archival|undated|historical)\s+(photo|picture|image)", re.IGNORECASE
)


def pre_label(line: Line, patterns: Patterns) -> Label | None:
    """Return the label the pattern tables give a line on its own, or None."""
    rule = patterns.match(line.capped, line.n_words)
    if rule is not None:
        return Label(rule.reason, "matches a boilerplate pattern", rule.end)
    if line.n_words <= 12 and patterns.credit_line.match(line.capped):
        return Label("credit", "photo or agency credit")
    if patterns.credit_paren.search(line.capped):
        return Label("caption", "photo caption ending in a credit")
    if author_from_bio(line.capped, patterns):
        return Label("author_bio", "about the author", end=True)
    return None


class RulesCleaner:
    """Clean scraped text with general, data-driven rules (pattern tables in data/clean/)."""

    def __init__(self, rules_dir: str | None = None) -> None:
        self.patterns = load_patterns(rules_dir)

    def clean(self, document: Document) -> CleanResult:
        """Return the articles of ``document`` and every removed line with its reason."""
        lines = split_lines(document.text)
        labels = {ln.no: lab for ln in lines if (lab := pre_label(ln, self.patterns)) is not None}
        blocks = join_lines(lines, self.patterns.title_words, fixed=set(labels))
        pre = [labels.get(b.first.no) if len(b.lines) == 1 else None for b in blocks]
        extracted_title = (document.html_meta.title or "") if document.format == "html" else None
        segments = segment(blocks, pre, self.patterns, extracted_title=extracted_title)
        articles: list[Article] = []
        removed: list[RemovedLine] = []
        for seg in segments:
            article = self._article(document, seg, part=len(articles))
            if article is not None:
                articles.append(article)
            for block, label in zip(seg.blocks, seg.labels, strict=True):
                if label.reason == "body" and article is not None:
                    continue
                reason = label.reason if label.reason != "body" else "no_article"
                for ln in block.lines:
                    removed.append(
                        RemovedLine(
                            page_id=document.id,
                            line_no=ln.no,
                            text=ln.text,
                            reason=reason,
                            detail=label.detail,
                        )
                    )
        return CleanResult(articles=tuple(articles), removed=tuple(removed))

    def _article(self, doc: Document, seg: Segment, part: int) -> Article | None:
        body = [b for b, lab in zip(seg.blocks, seg.labels, strict=True) if lab.reason == "body"]
        if not body:
            return None
        text = "\n".join(b.text for b in body)
        line_nos = tuple(n for b in body for n in b.line_nos)
        published, published_from = self._published(doc, seg)
        return Article(
            id=content_id(doc.id, str(part)),
            page_id=doc.id,
            source=doc.source,
            part=part,
            url=doc.meta.url or doc.html_meta.url,
            title=(doc.meta.title if part == 0 else None)
            or seg.title
            or (doc.html_meta.title if part == 0 else None),
            authors=tuple(self._authors(doc, seg, part)),
            outlet=doc.meta.outlet or doc.html_meta.outlet or self._outlet(doc, seg),
            published=published,
            published_from=published_from,
            language=doc.language,
            extraction=doc.extraction or "text",
            text=text,
            line_nos=line_nos,
        )

    def _authors(self, doc: Document, seg: Segment, part: int) -> list[str]:
        names: list[str] = list(doc.html_authors) if part == 0 else []
        for block, label in zip(seg.blocks, seg.labels, strict=True):
            if label.reason == "byline":
                found = authors_from_byline(block.text, self.patterns)
            elif label.reason == "contact":
                found = authors_from_contact(block.text)
            elif label.reason == "author_bio":
                bio = author_from_bio(block.text, self.patterns)
                found = [bio] if bio else []
            else:
                continue
            names.extend(n for n in found if n not in names)
        return names

    def _published(self, doc: Document, seg: Segment) -> tuple[dt.date | None, str | None]:
        if doc.meta.published:
            return doc.meta.published, "manifest"
        if doc.html_meta.published:
            return doc.html_meta.published, "html"
        for block, label in zip(seg.blocks, seg.labels, strict=True):
            if label.reason in ("byline", "notice", "header"):
                dates = find_dates(block.text)
                if dates:
                    return dates[0][2], "byline"
        from_url = date_from_url(doc.meta.url or doc.html_meta.url)
        if from_url:
            return from_url, "url"
        # Last resort, an estimate: a news photo's caption dates the day it was taken, the
        # day of the story or just before it. Without it, "on Feb. 21" and "Tuesday" in an
        # undated page have no year to be read in. File and archive photos say so.
        captions = [
            d
            for block, label in zip(seg.blocks, seg.labels, strict=True)
            if label.reason == "caption" and not _ARCHIVE_PHOTO.search(block.text)
            for _, _, d in find_dates(block.text)
        ]
        if captions:
            return max(captions), "caption"
        return None, None

    def _outlet(self, doc: Document, seg: Segment) -> str | None:
        order = ("contact", "author_bio", "copyright", "byline")
        texts = [
            b.text
            for reason in order
            for b, lab in zip(seg.blocks, seg.labels, strict=True)
            if lab.reason == reason
        ]
        return outlet_from(doc.meta.url or doc.html_meta.url, texts, self.patterns)
