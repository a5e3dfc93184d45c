"""Which quotes give the speaker's own words as a statement: Quote.verbatim, on our sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.model import Article, Quote
from newsledger.nlp.annotator import Annotator
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.settings import Settings


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(Settings())


@pytest.fixture
def quotes(pipeline: NlpPipeline, annotator: Annotator):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Quote]:
        art = Article(id="a1", page_id="p1", source="test", text=text, published=dt.date(2024, 3, 1))
        found = annotator(art, pipeline.doc(text)).quotes
        assert all(q.verbatim is not None for q in found)
        return list(found)

    return run


def _judged(found: list[Quote], words: str) -> bool | None:
    hits = [q.verbatim for q in found if words in q.text]
    assert hits, f"no quote holds {words!r}: {[q.text for q in found]}"
    return hits[0]


def test_direct_quote_is_verbatim(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("\u201cWe will rebuild the bridge by spring,\u201d Mayor Ellen Hart said on Monday.")
    assert _judged(found, "rebuild the bridge") is True


def test_reported_speech_quoting_a_clause_is_verbatim(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "Senator Paul Reyes said the farm bill would \u201churt working families in every county\u201d of the state."
    )
    assert _judged(found, "hurt working families") is True


def test_reported_speech_quoting_an_infinitive_is_verbatim(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The envoy urged both sides \u201cto keep talking until the guns fall silent.\u201d")
    assert _judged(found, "keep talking") is True


def test_quoted_label_without_a_verb_is_not_verbatim(quotes) -> None:  # type: ignore[no-untyped-def]
    # The writer's sentence with a phrase marked: a borrowed label, not a statement in the
    # speaker's words. It stays in the ledger, judged not verbatim, so the default export
    # leaves it out.
    found = quotes("Ann Lowe, the governor, described the plan as \u201ca costly mistake\u201d on Friday.")
    assert found, "the report is still found"
    assert all(q.verbatim is False for q in found)


def test_verb_form_modifying_a_noun_does_not_make_a_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The union leader praised the company for its \u201cgrowing workforce\u201d in the north.")
    assert all(q.verbatim is False for q in found)


def test_reported_speech_without_quote_marks_is_not_verbatim(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The finance minister said that the budget would be balanced by next year.")
    assert _judged(found, "budget would be balanced") is False
