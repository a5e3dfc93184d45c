"""Annotate the stored articles (parse, then ``Annotator``) and write the results back in batches."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from typing import Any

from newsledger.model import Annotations, Article
from newsledger.nlp.annotator import Annotator
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.settings import Settings
from newsledger.store.duck import Store

WRITE_EVERY = 64  # articles per store transaction
READ_EVERY = 256  # articles read from the store at a time

ARTICLE_FIELDS = tuple(Article.model_fields)


@dataclasses.dataclass
class AnnotateReport:
    """What one ``annotate_store`` run did."""

    articles: int = 0
    sentences: int = 0
    mentions: int = 0
    times: int = 0
    quotes: int = 0
    events: int = 0
    stage_failures: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = dataclasses.field(default_factory=dict)

    def add(self, ann: Annotations) -> None:
        """Count one article's annotations."""
        self.articles += 1
        self.sentences += len(ann.sentences)
        self.mentions += len(ann.mentions)
        self.times += len(ann.times)
        self.quotes += len(ann.quotes)
        self.events += len(ann.events)
        self.stage_failures += len(ann.failures)

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild an ``Article`` from its ``articles`` table row."""
    data = {k: row[k] for k in ARTICLE_FIELDS if k in row and row[k] is not None}
    data["authors"] = tuple(row.get("authors") or ())
    data["line_nos"] = tuple(row.get("line_nos") or ())
    return Article.model_validate(data)


def _articles(store: Store, ids: list[str]) -> Iterator[Article]:
    for i in range(0, len(ids), READ_EVERY):
        rows = store.query(
            "SELECT * FROM articles WHERE id IN (SELECT UNNEST(?)) ORDER BY id", [ids[i : i + READ_EVERY]]
        )
        yield from (article_from_row(r) for r in rows)


def annotate_store(
    store: Store,
    settings: Settings,
    on_article: Callable[[Article, int], None] | None = None,
    pipeline: NlpPipeline | None = None,
    annotator: Annotator | None = None,
) -> AnnotateReport:
    """Annotate every stored article not yet annotated and store what was found.

    Per article: sentences, actor mentions and actors, time expressions, quotes and events
    (``Annotator``). ``on_article(article, total)`` is called after each article (for a
    progress bar). Articles are written ``WRITE_EVERY`` at a time, so a killed run keeps
    what it finished and the next run goes on from there.
    """
    started = time.perf_counter()
    nlp = pipeline or NlpPipeline(settings)
    annotate = annotator or Annotator(settings, model=nlp.name)
    ids = store.unannotated_article_ids()
    report = AnnotateReport()
    batch: list[Annotations] = []
    for article, doc in nlp.annotate(_articles(store, ids)):
        ann = annotate(article, doc)
        batch.append(ann)
        report.add(ann)
        if len(batch) >= WRITE_EVERY:
            store.write_annotations(batch)
            batch = []
        if on_article is not None:
            on_article(article, len(ids))
    if batch:
        store.write_annotations(batch)
    report.seconds = time.perf_counter() - started
    report.stage_seconds = dict(annotate.seconds)
    return report
