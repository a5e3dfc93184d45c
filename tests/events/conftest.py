"""Shared fixtures for the event coder tests: the real pipeline, loaded once per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.events.rules import RulesEventCoder
from newsledger.model import Article, Event, Quote
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.settings import Settings
from newsledger.time.rules import RulesTimeTagger

Code = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def code() -> Code:
    """Return a function coding a text written for the tests, published on 2023-03-14."""
    nlp = NlpPipeline(Settings())
    gaz, lex, tagger = Gazetteer.load(None), Lexicon.load(None), RulesTimeTagger()
    coders = {True: RulesEventCoder(), False: RulesEventCoder(dyads_only=False)}

    def run(
        text: str,
        published: dt.date | None = dt.date(2023, 3, 14),
        quotes: Sequence[Quote] = (),
        dyads_only: bool = True,
    ) -> list[Event]:
        art = Article(id="a1", page_id="p1", source="test", text=text, published=published)
        doc = nlp.doc(text)
        mentions, actors = resolve_actors(art, doc, gaz, lex)
        times = tagger.tag(text, article_id=art.id, anchor=published)
        return coders[dyads_only].code(art, doc, mentions=mentions, actors=actors, times=times, quotes=quotes)

    return run
