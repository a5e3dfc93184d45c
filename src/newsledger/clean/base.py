"""The interfaces a cleaner and an HTML extractor implement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from newsledger.model import Article, Document, RemovedLine


@dataclass(frozen=True)
class CleanResult:
    """What a cleaner makes of one document: its articles and every line it removed."""

    articles: tuple[Article, ...]
    removed: tuple[RemovedLine, ...]
    notes: tuple[str, ...] = ()


@runtime_checkable
class Cleaner(Protocol):
    """Turns a decoded page into clean articles, keeping a reason for every removed line."""

    def clean(self, document: Document) -> CleanResult:
        """Return the articles of ``document`` and the lines that are not article body."""
        ...


@dataclass(frozen=True)
class HtmlExtraction:
    """What an HTML extractor finds: paragraphs (one per item) and the page's metadata."""

    paragraphs: tuple[str, ...]
    method: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = field(default=())


@runtime_checkable
class HtmlExtractor(Protocol):
    """Turns an HTML page into article paragraphs and metadata."""

    def extract(self, html: str, url: str | None = None) -> HtmlExtraction:
        """Return the article paragraphs of ``html`` (empty when the page has no article)."""
        ...
