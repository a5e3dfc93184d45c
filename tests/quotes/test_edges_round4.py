"""Where reported contents start and end (quotes round 4, issue 6). Sentences written here."""

from __future__ import annotations

from newsledger.quotes.spans import names_setting


def test_light_verb_with_noun_cue_object_reports_what_the_noun_is_about(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Several farmers voiced concern about the new water rules.")
    assert [q.text for q in found] == ["the new water rules"]


def test_light_verb_with_noun_cue_object_reports_its_that_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The coach expressed confidence that his team would win the final.")
    assert [q.text for q in found] == ["that his team would win the final"]


def test_called_on_someone_to_act_keeps_the_one_called_on(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator called on the governor to resign from his post.")
    assert [(q.cue, q.text) for q in found] == [("called on", "the governor to resign from his post")]


def test_content_stops_before_the_occasion_it_was_said_at(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The governor criticized the new budget during a rally in the capital.")
    assert [q.text for q in found] == ["the new budget"]


def test_content_stops_before_a_date_after_a_setting_preposition(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The union endorsed the mayor on Tuesday.")
    assert [q.text for q in found] == ["the mayor"]


def test_content_keeps_a_phrase_that_is_part_of_what_was_said(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator cited the report as proof of waste in the program.")
    assert [q.text for q in found] == ["the report as proof of waste in the program"]


def test_names_setting_reads_the_preposition_and_its_object(pipeline, extractor) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.doc("She praised him at the debate and spoke about taxes.")
    at = next(t for t in doc if t.lower_ == "at")
    about = next(t for t in doc if t.lower_ == "about")
    words = (extractor.setting_preps, extractor.setting_nouns)
    assert names_setting(at, *words)
    assert not names_setting(about, *words)


def test_content_after_its_cue_stays_in_the_cue_paragraph(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor says the new tax plan helps working families\nAfter the debate the rival campaign holds the spotlight."
    found = quotes(text)
    assert [q.text for q in found] == ["the new tax plan helps working families"]


def test_content_runs_on_through_a_clause_after_it_without_a_comma(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator blasted the deal to protect local jobs.")
    assert [q.text for q in found] == ["the deal to protect local jobs"]


def test_content_stops_before_a_clause_set_off_by_a_comma(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator blasted the deal, leaving the room early.")
    assert [q.text for q in found] == ["the deal"]


def test_a_phrase_of_when_before_an_infinitive_is_not_the_one_called_on(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Farm ministers from nine coastal states agreed on Friday to share their harvest records.")
    assert [(q.cue, q.text) for q in found] == [("agreed", "to share their harvest records")]
