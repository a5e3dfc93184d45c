"""Direct quotes that took a cue verb with reported content of its own (round 8, issue 6).
Sentences written here."""

from __future__ import annotations

BUT_CLAUSE = (
    'Reid said both senators are "useless in the chamber," but he gave the Texan a grudging '
    'compliment: "You always know where he stands on every single issue."'
)
AND_CLAUSE = (
    "The mayor said the budget was balanced, and she offered the council a warning: "
    '"We cannot keep spending money we do not have on new stadiums."'
)


def test_quote_after_a_second_clause_with_a_colon_is_that_clauses(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(BUT_CLAUSE)
    said = [q.text for q in found if q.cue == "said"]
    assert said == ['both senators are "useless in the chamber,"']
    gave = [q for q in found if q.cue == "gave"]
    assert [q.text for q in gave] == ["You always know where he stands on every single issue."]


def test_cue_content_before_and_clause_is_still_reported(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(AND_CLAUSE)
    assert [q.text for q in found if q.cue == "said"] == ["the budget was balanced"]
    assert [q.cue for q in found if q.text.startswith("We cannot")] == ["offered"]


def test_quote_after_the_cues_own_content_and_colon_keeps_the_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The senator argued the judge had been unfair: "He has ruled against us in every single case."'
    found = [q for q in quotes(text) if "He has ruled" in q.text]
    assert [q.cue for q in found] == ["argued"]


def test_reported_lead_starts_at_that_past_the_cues_time_word(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        'The governor said Tuesday that he wants "a budget that pays for every school in the state" '
        "before the summer."
    )
    found = [q for q in quotes(text) if q.cue == "said"]
    assert [q.text[:17] for q in found] == ['that he wants "a ']


def test_reported_lead_keeps_a_subject_before_that(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The governor said the plan that passed "will pay for every school in the state" next year.'
    found = [q for q in quotes(text) if q.cue == "said"]
    assert [q.text[:8] for q in found] == ["the plan"]


def test_clause_the_cue_reports_before_a_colon_joins_its_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The senator argued the judge had been unfair: "He has ruled against us in every single case."'
    found = [q for q in quotes(text) if q.cue == "argued"]
    assert [q.text for q in found] == [
        'the judge had been unfair: "He has ruled against us in every single case."'
    ]


def test_colon_after_a_time_phrase_leaves_the_quote_alone(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The mayor spoke on Tuesday: "We will build the new bridge before the winter comes to town."'
    found = [q for q in quotes(text) if q.cue == "spoke"]
    assert [q.text for q in found] == ["We will build the new bridge before the winter comes to town."]


def test_clause_before_an_aside_cue_is_part_of_the_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The streets were empty, he added, "but people still need to talk to each other somehow."'
    found = [q for q in quotes(text) if q.cue == "added"]
    assert sorted(q.text for q in found) == [
        "The streets were empty",
        "but people still need to talk to each other somehow.",
    ]


def test_setting_before_an_aside_cue_is_not_content(quotes) -> None:  # type: ignore[no-untyped-def]
    for text in (
        'When the storm hit, she said, "we had nowhere to go and nobody to call for help."',
        'Asked about the plan, he said, "we have not seen the numbers and cannot judge it yet."',
    ):
        found = [q for q in quotes(text) if q.cue == "said"]
        assert [q.text[:5] for q in found] == ["we ha"]


def test_clause_verb_before_a_colon_gives_the_quote_to_the_cue_that_takes_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The governor said the plan would work: "We have the money and we have the people to do it."'
    found = quotes(text)
    assert [q.cue for q in found] == ["said"]
    assert found[0].text.startswith('the plan would work: "We have')
