"""Annotate one parsed article: sentences, actors, time expressions, quotes and events.

``Annotator`` holds the loaded tables and back ends and is pure per article: it reads an
``Article`` and its spaCy ``Doc`` and returns ``Annotations``, touching no database. The
store loop (``nlp/run.py``) and a Ray task can both call it; only the writer stores.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.tokens import Doc

from newsledger import registry
from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Annotations, Article, Failure, Sentence, TimeExpr
from newsledger.nlp.sentences import sentences
from newsledger.quotes.verbatim import judge_verbatim
from newsledger.settings import Settings

STAGES = ("sentences", "actors", "time", "quotes", "events")
T = TypeVar("T")


class Annotator:
    """The stages after the parse, loaded once and applied article by article.

    ``seconds`` adds up the time each stage took (for the stage-time benchmark and
    ``newsledger annotate --verbose``).
    """

    def __init__(self, settings: Settings, model: str = "") -> None:
        self.settings = settings
        self.gazetteer = Gazetteer.load(settings.rules_dir)
        self.lexicon = Lexicon.load(settings.rules_dir)
        self.time_tagger = registry.get("time_taggers", settings.time_tagger)
        self.quote_extractor = registry.get("quote_extractors", settings.quote_extractor)
        self.event_coder = registry.get("event_coders", settings.event_coder)
        self.name = " ".join(
            [
                model or settings.spacy_model,
                f"time={settings.time_tagger}",
                f"quotes={settings.quote_extractor}",
                f"events={settings.event_coder}",
            ]
        )
        self.seconds: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def __call__(self, article: Article, doc: Doc) -> Annotations:
        """Return everything found in ``article``; ``doc`` is the parse of ``article.text``.

        A stage that raises on this article is recorded in ``Annotations.failures`` (stage,
        reason, the error) and yields nothing; the stages after it still run on what the
        others found, so one odd article costs one stage's output, never the batch.
        """
        failures: list[Failure] = []

        def run(stage: str, call: Callable[[], list[T]]) -> list[T]:
            started = time.perf_counter()
            try:
                return call()
            except Exception as exc:  # any bug in a back end stays with its article
                failures.append(
                    Failure(
                        source=article.source,
                        stage=f"annotate.{stage}",
                        reason="stage_error",
                        message=f"article {article.id}: {stage} failed ({type(exc).__name__}: {exc})",
                    )
                )
                return []
            finally:
                self.seconds[stage] += time.perf_counter() - started

        sents = run("sentences", lambda: sentences(article.id, doc))
        found = run("actors", lambda: [resolve_actors(article, doc, self.gazetteer, self.lexicon)])
        mentions, actors = found[0] if found else ([], [])
        times = run(
            "time",
            lambda: with_sentences(
                self.time_tagger.tag(article.text, article_id=article.id, anchor=article.published), sents
            ),
        )
        quotes = run(
            "quotes",
            lambda: judge_verbatim(
                self.quote_extractor.extract(article, doc, mentions=mentions, actors=actors), doc
            ),
        )
        events = run(
            "events",
            lambda: self.event_coder.code(
                article, doc, mentions=mentions, actors=actors, times=times, quotes=quotes
            ),
        )
        return Annotations(
            article_id=article.id,
            sentences=tuple(sents),
            mentions=tuple(mentions),
            actors=tuple(actors),
            times=tuple(times),
            quotes=tuple(quotes),
            events=tuple(events),
            failures=tuple(failures),
            annotator=self.name,
        )


def with_sentences(times: Sequence[TimeExpr], sents: Sequence[Sentence]) -> list[TimeExpr]:
    """Give each time expression the index of the sentence it starts in (None between sentences)."""
    starts = [s.start for s in sents]
    out: list[TimeExpr] = []
    for te in times:
        i = bisect.bisect_right(starts, te.start) - 1
        inside = i >= 0 and sents[i].start <= te.start < sents[i].end
        out.append(te.model_copy(update={"sentence": sents[i].index if inside else None}))
    return out
