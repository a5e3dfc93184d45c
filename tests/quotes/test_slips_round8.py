"""Parser slips of round 8 (issue 6): cue verbs the parser hung on the noun before them.
Sentences written here."""

from __future__ import annotations


def _speaker(text: str, q) -> str:  # type: ignore[no-untyped-def]
    return text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else ""


def test_cue_read_as_a_modifier_of_the_only_subject_keeps_that_subject_as_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor boasted of his staff, which he said was the best in the state."
    found = [q for q in quotes(text) if q.cue == "boasted of"]
    assert [q.text for q in found] == ["his staff, which he said was the best in the state"]
    assert _speaker(text, found[0]) == "The governor"


def test_cue_on_a_noun_after_a_semicolon_has_that_noun_as_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The vote was delayed; one lawmaker called Trump “a disgrace to the office.”"
    found = [q for q in quotes(text) if q.cue == "called"]
    assert found and _speaker(text, found[0]) == "one lawmaker"


def test_name_given_after_a_semicolon_is_not_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The data was sold; a firm called Harbor Analytics bought it."
    assert [q for q in quotes(text) if q.cue == "called"] == []


def test_speaker_of_a_verbless_sentence_stops_at_an_opening_phrase(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "In the latest county survey, 60 percent of farm owners approved of the new water plan."
    found = [q for q in quotes(text) if q.cue == "approved of"]
    assert found and all(not _speaker(text, q).startswith("In ") for q in found)


def test_cue_verb_read_as_a_plural_noun_is_the_cue_not_part_of_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "City council rips plan over school funding; vote set for May"
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("rips", "plan over school funding")]
    assert _speaker(text, found[0]) == "City council"


def test_plural_noun_of_a_speech_verb_before_a_verb_and_preposition_stays_a_noun(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Coastal states swing toward the opposition this year."
    assert [q for q in quotes(text) if q.cue in ("states", "swing toward")] == []


def test_title_line_cue_verb_whose_frame_finds_nothing_reports_the_rest_of_the_line(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Warren Claims Governor Lopez Worst Leader In State History\n\nThe senator spoke on Monday."
    )
    found = [q for q in quotes(text) if q.cue == "Claims"]
    assert [q.text for q in found] == ["Governor Lopez Worst Leader In State History"]
    assert "Warren" in _speaker(text, found[0])


def test_title_line_verb_fallback_needs_a_name_before_the_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Power Plant Claims Board Most Wanted List Ever\n\nThe board met."
    assert [q for q in quotes(text) if q.cue == "Claims"] == []
