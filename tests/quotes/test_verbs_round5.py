"""Verb frames of reported speech of round 5 (issue 6): clauses the small parser hangs in the
wrong place around a cue verb. Sentences written here."""

from __future__ import annotations


def _reported(quotes, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.cue, q.text) for q in quotes(text) if q.kind == "indirect"]


def test_clause_after_a_time_phrase_is_what_was_said(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Jones said after the debate he would not accept the union's endorsement if it were offered."
    assert _reported(quotes, text) == [
        ("said", "he would not accept the union's endorsement if it were offered")
    ]


def test_relative_clause_after_a_time_phrase_is_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor spoke after the storm that flooded the valley."
    assert all(q.cue != "spoke" for q in quotes(text))


def test_that_clause_hung_on_the_hearer_is_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Denver last week, he told a meeting of county leaders that few people understood "
        "the stakes better than ranchers."
    )
    assert _reported(quotes, text) == [("told", "that few people understood the stakes better than ranchers")]


def test_noun_with_that_clause_stays_the_object(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator rejected the idea that the bill would raise taxes."
    assert _reported(quotes, text) == [("rejected", "the idea that the bill would raise taxes")]
