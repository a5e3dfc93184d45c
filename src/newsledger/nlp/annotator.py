"""Annotate one parsed article: sentences, actors, time expressions, quotes and events.

``Annotator`` holds the loaded tables and back ends and is pure per article: it reads an
``Article`` and its spaCy ``Doc`` and returns ``Annotations``, touching no database. The
store loop (``nlp/run.py``) and a Ray task can both call it; only the writer stores.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Sequence

from spacy.tokens import Doc

from newsledger import registry
from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Annotations, Article, Sentence, TimeExpr
from newsledger.nlp.sentences import sentences
from newsledger.settings import Settings

STAGES = ("sentences", "actors", "time", "quotes", "events")


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

    def _timed(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[stage] += now - started
        return now

    def __call__(self, article: Article, doc: Doc) -> Annotations:
        """Return everything found in ``article``; ``doc`` is the parse of ``article.text``."""
        t = time.perf_counter()
        sents = sentences(article.id, doc)
        t = self._timed("sentences", t)
        mentions, actors = resolve_actors(article, doc, self.gazetteer, self.lexicon)
        t = self._timed("actors", t)
        times = with_sentences(
            self.time_tagger.tag(article.text, article_id=article.id, anchor=article.published), sents
        )
        t = self._timed("time", t)
        quotes = self.quote_extractor.extract(article, doc, mentions=mentions, actors=actors)
        t = self._timed("quotes", t)
        events = self.event_coder.code(
            article, doc, mentions=mentions, actors=actors, times=times, quotes=quotes
        )
        self._timed("events", t)
        return Annotations(
            article_id=article.id,
            sentences=tuple(sents),
            mentions=tuple(mentions),
            actors=tuple(actors),
            times=tuple(times),
            quotes=tuple(quotes),
            events=tuple(events),
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
