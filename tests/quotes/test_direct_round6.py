"""Direct-quote and layout fixes of round 6 (issue 6): quotation marks at the edges of a
reported content. Sentences written here."""

from __future__ import annotations


def test_reported_content_starting_with_a_quote_keeps_its_opening_mark(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor condemned \u201ca cowardly act of arson\u201d at the depot."
    found = [q for q in quotes(text) if q.cue == "condemned"]
    assert [q.text for q in found] == ["\u201ca cowardly act of arson\u201d at the depot"]


def test_doubled_backtick_opening_mark_is_kept_whole(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor condemned ``a cowardly act of arson'' at the depot."
    found = [q for q in quotes(text) if q.cue == "condemned"]
    assert [q.text for q in found] == ["``a cowardly act of arson'' at the depot"]


def test_balanced_marks_inside_a_content_take_no_mark_from_outside(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor said the \u201cnew deal\u201d plan would fail."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert [q.text for q in found] == ["the \u201cnew deal\u201d plan would fail"]


def test_quote_taken_by_a_verb_inside_a_said_clause_is_part_of_what_was_said(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said she opposes \u201cany new tax on farmers and small shops.\u201d"
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        ("said", "she opposes \u201cany new tax on farmers and small shops.\u201d")
    ]
    assert text[found[0].speaker_start : found[0].speaker_end] == "The minister"


def test_quote_after_a_verb_that_takes_no_clause_of_said_keeps_its_own_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The coach shouted, \u201cRun faster, all of you!\u201d"
    found = quotes(text)
    assert [(q.cue, q.kind, q.text) for q in found] == [("shouted", "direct", "Run faster, all of you!")]


def test_deck_line_closing_on_experts_say_is_their_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Rules unclear on whether part-time nurses are covered, experts say.\n\nThe bill passed on Monday."
    found = [q for q in quotes(text) if q.cue == "say"]
    assert [q.text for q in found] == ["Rules unclear on whether part-time nurses are covered"]
    assert text[found[0].speaker_start : found[0].speaker_end] == "experts"


def test_headline_label_then_a_line_with_its_own_trailing_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Historians: the war was lost early;\nThe peace was lost later in the decade, analyst says."
    found = quotes(text)
    assert ("says", "The peace was lost later in the decade") in [(q.cue, q.text) for q in found]
    assert (":", "the war was lost early;") in [(q.cue, q.text) for q in found]


def test_trailing_cue_after_an_abbreviated_title_keeps_the_whole_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Rules unclear for Sen. Adams and his staff, aides say."
    found = [q for q in quotes(text) if q.cue == "say"]
    assert [q.text for q in found] == ["Rules unclear for Sen. Adams and his staff"]


def test_relative_clause_before_the_last_verb_is_no_trailing_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The old mill burned down in the spring, a loss the whole village mourned."
    assert [q for q in quotes(text) if q.cue == "mourned"] == []


def test_content_ending_inside_a_quote_takes_back_its_closing_mark(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Senator praises Smith as 'a steady hand.'"
    found = [q for q in quotes(text) if q.cue == "praises"]
    assert [q.text for q in found] == ["Smith as 'a steady hand.'"]
