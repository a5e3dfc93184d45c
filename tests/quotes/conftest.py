"""The quote extractor fixtures shared by the quote tests (real spaCy pipeline, our sentences)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article, Quote
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.quotes.rules import RulesQuoteExtractor


def speaker_text(text: str, q: Quote) -> str | None:
    """The words of ``text`` a quote names as its speaker (None when it names none)."""
    return None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]


@pytest.fixture(scope="session")
def extractor() -> RulesQuoteExtractor:
    return RulesQuoteExtractor()


@pytest.fixture
def quotes(
    pipeline: NlpPipeline, gazetteer: Gazetteer, extractor: RulesQuoteExtractor
) -> Callable[[str], list[Quote]]:
    """Extract the quotes of a text (published 2023-06-01); offsets are checked against it."""

    def run(text: str) -> list[Quote]:
        art = Article(id="a1", page_id="p1", source="test", text=text, published=dt.date(2023, 6, 1))
        doc = pipeline.doc(text)
        mentions, actors = resolve_actors(art, doc, gazetteer, Lexicon.load(None))
        found = extractor.extract(art, doc, mentions=mentions, actors=actors)
        for q in found:
            assert text[q.start : q.end] == q.text
        return found

    return run
