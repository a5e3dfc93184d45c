"""Where reported contents start and end (quotes round 4, issue 6). Sentences written here."""

from __future__ import annotations


def test_light_verb_with_noun_cue_object_reports_what_the_noun_is_about(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Several farmers voiced concern about the new water rules.")
    assert [q.text for q in found] == ["the new water rules"]


def test_light_verb_with_noun_cue_object_reports_its_that_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The coach expressed confidence that his team would win the final.")
    assert [q.text for q in found] == ["that his team would win the final"]


def test_called_on_someone_to_act_keeps_the_one_called_on(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator called on the governor to resign from his post.")
    assert [(q.cue, q.text) for q in found] == [("called on", "the governor to resign from his post")]
