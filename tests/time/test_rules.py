"""The rules.v1 tagger as a back end: protocol, offsets and speed."""

from __future__ import annotations

import datetime as dt
import time

from newsledger.model import TimeExpr
from newsledger.time.base import TimeTagger
from newsledger.time.rules import RulesTimeTagger

TEXT = (
    "The foreign ministers met in Geneva on Tuesday and agreed to talk again next month. "
    "Trade between the two countries has doubled over the past five years, officials said. "
    "A new round is planned for the third quarter of 2024.\n"
    "Meetings will be held weekly until then."
)


def test_rules_tagger_implements_time_tagger_protocol() -> None:
    assert isinstance(RulesTimeTagger(), TimeTagger)


def test_rules_tagger_returns_offsets_into_text_when_text_has_many_lines() -> None:
    found = RulesTimeTagger().tag(TEXT, article_id="a1", anchor=dt.date(2024, 3, 7))
    assert all(isinstance(e, TimeExpr) and TEXT[e.start : e.end] == e.text for e in found)
    assert [e.text for e in found] == [
        "Tuesday",
        "next month",
        "the past five years",
        "the third quarter of 2024",
        "weekly",
    ]
    assert all(e.article_id == "a1" for e in found)


def test_rules_tagger_gives_same_output_when_run_twice() -> None:
    tagger = RulesTimeTagger()
    a = tagger.tag(TEXT, article_id="a", anchor=dt.date(2024, 3, 7))
    b = tagger.tag(TEXT, article_id="a", anchor=dt.date(2024, 3, 7))
    assert a == b


def test_rules_tagger_returns_nothing_when_text_is_empty() -> None:
    assert RulesTimeTagger().tag("", article_id="a", anchor=None) == []


def test_rules_tagger_tags_over_a_thousand_sentences_a_second() -> None:
    tagger = RulesTimeTagger()
    tagger.tag(TEXT, article_id="a", anchor=dt.date(2024, 3, 7))
    t0 = time.perf_counter()
    for _ in range(100):
        tagger.tag(TEXT, article_id="a", anchor=dt.date(2024, 3, 7))
    elapsed = time.perf_counter() - t0
    # 4 sentences x 100 runs; the benchmark measures ~3,000 sentences/s, keep a margin.
    assert 400 / elapsed > 1000


def test_rules_tagger_stays_linear_when_page_is_one_long_run_of_number_words() -> None:
    # Unbounded number compounds once made the duration rules quadratic in the run.
    text = "one two three four five six seven " * 1200
    t0 = time.perf_counter()
    assert RulesTimeTagger().tag(text, article_id="a", anchor=None) == []
    assert time.perf_counter() - t0 < 3.0


def test_rules_tagger_stays_linear_when_page_has_no_sentence_ends() -> None:
    # One "sentence" of 40,000 characters: the tense window keeps each look-up local.
    text = "Monday Tuesday morning last next this " * 1000
    t0 = time.perf_counter()
    found = RulesTimeTagger().tag(text, article_id="a", anchor=dt.date(2024, 3, 7))
    assert len(found) > 1000
    assert time.perf_counter() - t0 < 3.0
