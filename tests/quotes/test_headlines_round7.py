"""Headline lines of round 7 (issue 6): title-case lines whose cue verb the tagger reads as a
name. Sentences written here."""

from __future__ import annotations

HEADLINE = "Senator Warren Praises Rural Hospitals For Cutting Wait Times\n\nThe senator spoke on Monday."


def test_title_case_headline_cue_read_as_a_name_reports_the_rest_of_the_line(quotes) -> None:  # type: ignore[no-untyped-def]
    found = [q for q in quotes(HEADLINE) if q.cue == "Praises"]
    assert [q.text for q in found] == ["Rural Hospitals For Cutting Wait Times"]
    q = found[0]
    assert HEADLINE[q.speaker_start : q.speaker_end] == "Senator Warren"


def test_title_case_cue_word_before_to_is_not_read_as_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Chen Urges To Close Roads\n\nThe roads will close on Friday."
    assert [q for q in quotes(text) if q.cue == "Urges"] == []


def test_lowercase_sentence_with_a_capitalized_noun_is_not_a_headline(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The committee reviewed the Claims Office records and found several missing files."
    assert [q for q in quotes(text) if q.cue == "Claims"] == []


def test_title_case_plural_noun_after_a_modifier_is_not_a_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Lopez Wins More Votes In Ohio Than Her Rival\n\nThe count ended on Friday."
    assert [q for q in quotes(text) if q.cue == "Votes"] == []


def test_headline_flag_in_capitals_is_not_a_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "EXCLUSIVE: Harbor Board Will Close The Old Pier\n\nThe board met on Tuesday."
    assert [q for q in quotes(text) if q.cue == ":"] == []


def test_headline_label_naming_a_person_is_still_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Elizabeth Warren: Banks Must Pay For The Crisis\n\nThe senator spoke on Tuesday."
    found = [q for q in quotes(text) if q.cue == ":"]
    assert [q.text for q in found] == ["Banks Must Pay For The Crisis"]
