"""Reports the rules find but drop: imperatives, questions to the reader (quotes round 5) and
the terms of a source's anonymity (round 9).

Sentences written here.
"""

from __future__ import annotations

import pytest

from newsledger.quotes.filters import asks_the_reader, is_imperative


def test_imperative_with_that_clause_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Never forget that the council raised taxes twice last year.") == []


def test_imperative_before_a_colon_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Remember: the council raised taxes twice last year.") == []


def test_imperative_naming_verb_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Call it a familiarity fetish.") == []


def test_first_person_suggestion_stays_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Let us hope that the council agrees to the plan.")
    assert [q.text for q in found] == ["that the council agrees to the plan"]


def test_question_to_the_reader_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Do you support the new mayor?") == []
    assert quotes("What do you think of the governor's budget plan?") == []
    assert quotes("Would you say that the plan failed?") == []


def test_question_about_others_stays_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Do they support the new mayor?")
    assert [q.text for q in found] == ["the new mayor"]


def test_statement_with_a_subject_stays_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor said that the council would raise taxes.")
    assert [(q.cue, q.text) for q in found] == [("said", "that the council would raise taxes")]


def test_is_imperative_needs_a_bare_root_verb_without_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    order = pipeline.doc("Ask the mayor about the budget.")
    statement = pipeline.doc("They ask the mayor about the budget.")
    assert is_imperative(next(t for t in order if t.lower_ == "ask"))
    assert not is_imperative(next(t for t in statement if t.lower_ == "ask"))


def test_asks_the_reader_needs_a_question_mark_and_a_second_person_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    question = pipeline.doc("Do you believe the mayor?")
    statement = pipeline.doc("You believe the mayor.")
    assert asks_the_reader(next(t for t in question if t.lower_ == "believe"))
    assert not asks_the_reader(next(t for t in statement if t.lower_ == "believe"))


def test_holderless_noun_cue_about_a_short_phrase_is_a_topic(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The idea of a new tax faces strong resistance.") == []
    assert [q.cue for q in quotes("At the debate on Thursday, the mayor looked tired.")] == [
        "looked",
        "looked",
    ]


def test_noun_cue_with_a_holder_stays_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor's criticism of the budget surprised nobody.")
    assert [q.text for q in found] == ["the budget"]


def test_holderless_noun_cue_with_a_clause_stays_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The idea that taxes should rise divided the council.")
    assert [q.text for q in found] == ["that taxes should rise"]


def test_modal_cue_with_its_subject_as_content_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The new bridge will be named after the mayor.") == []


def test_cue_without_modal_keeps_its_subject_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The new bridge was named after the mayor by the council.")
    assert [q.text for q in found] == ["The new bridge"]


def test_negated_imperative_with_do_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Don't forget that the council raised taxes twice last year.") == []


def test_question_with_do_and_a_third_person_subject_is_no_imperative(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc("Do the voters believe the mayor?")
    assert not is_imperative(next(t for t in doc if t.lower_ == "believe"))


@pytest.mark.parametrize(
    "text",
    [
        "A State Department official, speaking on condition of anonymity, said Washington was watching.",
        "A diplomat who asked not to be named said the ship had left port.",
    ],
)
def test_the_terms_of_a_sources_anonymity_are_no_report(quotes, text: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(text)
    assert [q.cue for q in found] == ["said"]
