"""Quote frames of round 6 (issue 6): reported-speech frames. Sentences written here."""

from __future__ import annotations


def test_that_relative_object_is_its_antecedent(quotes) -> None:  # type: ignore[no-untyped-def]
    # what the mayor criticized is the package, not the crews' finishing it
    found = quotes("Crews finished the larger package of repairs that the mayor criticized last spring.")
    assert [(q.cue, q.text) for q in found] == [("criticized", "the larger package of repairs that")]


def test_free_relative_object_is_the_relative_word(quotes) -> None:  # type: ignore[no-untyped-def]
    # no antecedent: the relative word alone, not the sentence before it
    found = quotes("Residents were startled by what some call the mayor's harsh tone toward the council.")
    assert [(q.cue, q.text) for q in found] == [("call", "what")]


def test_which_relative_object_stays_the_relative_word(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor spoke at length about the new transit budget, which the mayor criticized on Monday."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("criticized", "which")]


def test_it_is_likely_that_reports_no_view(quotes) -> None:  # type: ignore[no-untyped-def]
    # a weighing of chances, held by no one: no report
    assert quotes("It is likely that prices will rise again next year.") == []


def test_it_is_clear_that_still_reports_the_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("It is clear that prices will rise again next year.")
    assert [(q.cue, q.text) for q in found] == [("is clear", "that prices will rise again next year")]


def test_an_open_question_reports_no_view(quotes) -> None:  # type: ignore[no-untyped-def]
    # "unclear" and a negated "clear" ask a question no one answers: no report
    assert quotes("It is unclear whether prices will rise again next year.") == []
    assert quotes("It is not clear whether prices will rise again next year.") == []


def test_a_provoked_reaction_is_about_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The new parking fees sparked sharp criticism from shop owners downtown."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("sparked sharp criticism", "The new parking fees")]
    assert found[0].speaker_start is not None
    assert text[found[0].speaker_start : found[0].speaker_end] == "shop owners downtown"


def test_apparently_is_the_writers_inference(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("Apparently, the council did not give up on the new park.") == []
    found = quotes("The council reportedly did not give up on the new park.")
    assert {q.cue for q in found} == {"reportedly"}


def test_the_hearer_of_told_is_never_taken_for_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the minister's name on the colleague's, so "told" has no subject
    found = quotes(
        "Speaking after a two-hour meeting with his Chilean counterpart Pablo Reyes, Peruvian "
        "Foreign Minister Luis Soto told reporters in Lima that the port could no longer wait for funds."
    )
    (q,) = [q for q in found if q.cue == "told"]
    assert q.addressee is not None and q.addressee.name == "reporters"
    assert q.speaker is None or q.speaker.name != "reporters"
