"""Annotate the stored articles (parse, then ``Annotator``) and write the results back in batches."""

from __future__ import annotations

import dataclasses
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from newsledger.errors import NlpError
from newsledger.model import Annotations, Article, Failure
from newsledger.nlp.annotator import Annotator
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.settings import Settings
from newsledger.store.duck import Store

WRITE_EVERY = 64  # articles per store transaction
CHUNK = 16  # articles per task sent to an annotate worker process
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


def capped(article: Article, max_chars: int) -> tuple[Article, Failure | None]:
    """Return ``article`` cut to at most ``max_chars`` characters for annotation, at the last
    paragraph (else sentence) end before the cut, and the failure that says so; an article
    within the limit comes back as it is, with None."""
    text = article.text
    if len(text) <= max_chars:
        return article, None
    cut = text.rfind("\n", 0, max_chars + 1)
    if cut < max_chars // 2:
        cut = max(text.rfind(". ", 0, max_chars), text.rfind("\u3002", 0, max_chars)) + 1
    if cut < max_chars // 2:
        cut = max_chars
    failure = Failure(
        source=article.source,
        stage="annotate",
        reason="too_long",
        message=f"article {article.id}: {len(text):,} characters; annotated the first {cut:,} "
        f"(max_annotate_chars is {max_chars:,})",
    )
    return article.model_copy(update={"text": text[:cut]}), failure


def _articles(store: Store, ids: list[str], max_chars: int, cut: dict[str, Failure]) -> Iterator[Article]:
    """The articles ``ids`` from the store, each capped for annotation; ``cut`` gets the
    failure of each article that was cut."""
    for i in range(0, len(ids), READ_EVERY):
        rows = store.query(
            "SELECT * FROM articles WHERE id IN (SELECT UNNEST(?)) ORDER BY id", [ids[i : i + READ_EVERY]]
        )
        for row in rows:
            article, failure = capped(article_from_row(row), max_chars)
            if failure is not None:
                cut[article.id] = failure
            yield article


def _annotated_here(
    settings: Settings,
    articles: Iterator[Article],
    seconds: dict[str, float],
    pipeline: NlpPipeline | None,
    annotator: Annotator | None,
) -> Iterator[tuple[Article, Annotations]]:
    """Parse and annotate in this process; ``seconds`` follows the time per stage."""
    nlp = pipeline or NlpPipeline(dataclasses.replace(settings, jobs=1))
    annotate = annotator or Annotator(settings, model=nlp.name)
    for article, doc in nlp.annotate(articles):
        ann = annotate(article, doc)
        seconds.update(annotate.seconds)
        yield article, ann


# One pipeline per worker process, loaded by its initializer: a worker is a whole process
# given to annotating, so this is its state for its life, not shared between callers.
_WORKER: tuple[NlpPipeline, Annotator] | None = None


def _start_worker(settings: Settings) -> None:
    global _WORKER
    nlp = NlpPipeline(settings)
    _WORKER = (nlp, Annotator(settings, model=nlp.name))


def _annotate_chunk(articles: list[Article]) -> tuple[list[Annotations], dict[str, float]]:
    """Worker side: parse and annotate a chunk; return the bundles and the seconds per stage."""
    assert _WORKER is not None, "worker not started"
    nlp, annotate = _WORKER
    before = dict(annotate.seconds)
    started = time.perf_counter()
    out = [annotate(article, doc) for article, doc in nlp.annotate(articles)]
    spent = {k: v - before[k] for k, v in annotate.seconds.items()}
    spent["parse"] = time.perf_counter() - started - sum(spent.values())
    return out, spent


def _annotated_in_workers(
    settings: Settings, articles: Iterator[Article], seconds: dict[str, float]
) -> Iterator[tuple[Article, Annotations]]:
    """Parse and annotate in ``settings.jobs`` worker processes, in input order.

    Chunks of ``CHUNK`` articles go out with at most two chunks per worker in flight, so
    memory stays flat however many articles there are; results come back in input order.
    """
    worker_settings = dataclasses.replace(settings, jobs=1)
    ctx = mp.get_context("forkserver")
    with ProcessPoolExecutor(
        settings.jobs, ctx, initializer=_start_worker, initargs=(worker_settings,)
    ) as pool:
        pending: deque[tuple[list[Article], Future[tuple[list[Annotations], dict[str, float]]]]] = deque()

        def drain(one: bool) -> Iterator[tuple[Article, Annotations]]:
            while pending and (not one or len(pending) >= 2 * settings.jobs):
                sent, future = pending.popleft()
                try:
                    done, spent = future.result()
                except BrokenProcessPool as exc:
                    raise NlpError(
                        sent[0].source,
                        "worker_died",
                        "an annotate worker process died; what was finished is stored, run again to go on",
                    ) from exc
                for k, v in spent.items():
                    seconds[k] = seconds.get(k, 0.0) + v
                yield from zip(sent, done, strict=True)

        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= CHUNK:
                pending.append((chunk, pool.submit(_annotate_chunk, chunk)))
                chunk = []
                yield from drain(one=True)
        if chunk:
            pending.append((chunk, pool.submit(_annotate_chunk, chunk)))
        yield from drain(one=False)


def annotate_store(
    store: Store,
    settings: Settings,
    on_article: Callable[[Article, int], None] | None = None,
    pipeline: NlpPipeline | None = None,
    annotator: Annotator | None = None,
) -> AnnotateReport:
    """Annotate every stored article not yet annotated and store what was found.

    Per article: sentences, actor mentions and actors, time expressions, quotes and events
    (``Annotator``). With ``settings.jobs`` > 1 the parse and every stage run in that many
    worker processes, and this process only reads and writes the database (one writer).
    ``on_article(article, total)`` is called after each article (for a progress bar).
    Articles are written ``WRITE_EVERY`` at a time, so a killed run keeps what it finished
    and the next run goes on from there.
    """
    started = time.perf_counter()
    ids = store.unannotated_article_ids()
    report = AnnotateReport()
    if not ids:  # nothing to do: do not load the pipeline
        return report
    batch: list[Annotations] = []
    cut: dict[str, Failure] = {}
    articles = _articles(store, ids, settings.max_annotate_chars, cut)
    seconds: dict[str, float] = {}
    if settings.jobs > 1 and pipeline is None and annotator is None and len(ids) > CHUNK:
        results = _annotated_in_workers(settings, articles, seconds)
    else:
        results = _annotated_here(settings, articles, seconds, pipeline, annotator)
    for article, ann in results:
        if article.id in cut:
            ann = ann.model_copy(update={"failures": (*ann.failures, cut.pop(article.id))})
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
    report.stage_seconds = {k: v for k, v in seconds.items() if k != "parse"}
    return report
