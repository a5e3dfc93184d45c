"""Quote frames of round 4 (issue 6): a lexicon cue we used to leave unread. Sentences written here."""

from __future__ import annotations


def test_pointed_to_takes_the_object_of_to(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor pointed to the rising cost of housing in the city.")
    assert [(q.cue, q.text) for q in found] == [("pointed to", "the rising cost of housing in the city")]


def test_aside_wins_over_the_verbs_of_its_content(quotes) -> None:  # type: ignore[no-untyped-def]
    # "decided" is the parser's root; the aside "the mayor said" holds the whole sentence
    text = "It was impossible, the mayor said, so the council decided to divide the work."
    found = quotes(text)
    assert {q.cue for q in found} == {"said"}
    assert [q.text for q in found] == ["It was impossible", "so the council decided to divide the work"]


def test_aside_before_a_cue_noun(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The question of whether to close every school early, she said, is not so simple.")
    assert {q.cue for q in found} == {"said"}
    assert found[-1].text == "is not so simple"


def test_aside_speaker_the_parser_hangs_on_the_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "notes" as an apposition and "Frank" as its compound: no subject
    text = "Democrats, Frank notes, applaud the careful management of the former governor."
    found = quotes(text)
    assert [q.text for q in found] == [
        "Democrats",
        "applaud the careful management of the former governor",
    ]
    assert {q.cue for q in found} == {"notes"}
    assert found[0].speaker_start is not None
    assert text[found[0].speaker_start : found[0].speaker_end] == "Frank"


def test_aside_with_a_quantifier_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("That attitude, many argue, could carry legal risks if the mayor wins.")
    assert [q.text for q in found] == ["That attitude", "could carry legal risks if the mayor wins"]


def test_report_in_a_relative_clause_inside_another_content(quotes) -> None:  # type: ignore[no-untyped-def]
    # the relative clause sits inside what the mayor blamed; its own report is kept too
    text = "The mayor blamed the new trade deals, which he said had hurt factories across the state."
    found = quotes(text)
    said = [q.text for q in found if q.cue == "said"]
    assert said == ["which", "had hurt factories across the state"]


def test_object_with_as_the_parser_hangs_on_the_object(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Majorities in many towns see newcomers as an economic burden and as people who refuse to mix."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        ("see", "newcomers as an economic burden and as people who refuse to mix")
    ]


def test_object_with_as_read_as_a_clause_mark(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor sees the governor as captured by a rigid philosophy that blocks progress.")
    assert [q.text for q in found] == ["the governor as captured by a rigid philosophy that blocks progress"]


def test_temporal_as_after_an_object_is_not_a_description(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator condemned the missile launch as the leaders met in Rome.")
    assert [q.text for q in found] == ["the missile launch"]


def test_as_aside_inside_a_second_conjunct(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Employees can still get in trouble for mishandling files, and as the director noted,"
        " people in the case could still face sanctions."
    )
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("noted", "people in the case could still face sanctions")]
    assert found[0].speaker_start is not None
    assert text[found[0].speaker_start : found[0].speaker_end] == "the director"


def test_as_aside_between_dashes_takes_both_sides(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "The party spokesman -- as the campaign noted this week -- even promoted the senator on Twitter."
    )
    assert [q.text for q in found] == ["The party spokesman", "even promoted the senator on Twitter"]


def test_as_aside_at_the_end_takes_the_clause_before(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "But ignoring the progress of the last decade also carries risks, as the mayor's supporters point out."
    )
    assert [(q.cue, q.text) for q in found] == [
        ("point out", "ignoring the progress of the last decade also carries risks")
    ]


def test_as_clause_of_time_is_no_aside(quotes) -> None:  # type: ignore[no-untyped-def]
    # "as the mayor spoke": no object was left out; "as more seats are added": not set off
    assert quotes("The crowd cheered loudly, as the mayor spoke.") == []
    assert quotes("Prices will rise as more seats are added, the owners argued.")[0].cue == "argued"


def test_trailing_according_to_is_the_source_chain_as_a_leading_one(quotes) -> None:  # type: ignore[no-untyped-def]
    # one report, the mayor's, through the paper, whichever side of it "according to" stands
    for text in (
        "The mayor said the bridge would reopen in May, according to the Daily Star.",
        "According to the Daily Star, the mayor said the bridge would reopen in May.",
    ):
        found = quotes(text)
        assert [(q.cue, q.text) for q in found] == [("said", "the bridge would reopen in May")]
        assert found[0].source_chain == ("the Daily Star",)


def test_one_word_answers_are_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Asked if the plan was legal, 46 percent of voters said yes.")
    assert [(q.cue, q.text) for q in found if q.cue == "said"] == [("said", "yes")]
    assert [q.text for q in quotes("Last month, 26 percent said the same.")] == ["the same"]
    assert [q.text for q in quotes("The early returns suggest otherwise.")] == ["otherwise"]


def test_so_after_said_stops_at_the_word(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Turnout rose sharply, and 55 percent of the voters said so in December.")
    assert [q.text for q in found if q.cue == "said"] == ["so"]


def test_challenged_to_and_ripped_into(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("In a video posted online, she criticized the mayor and challenged him to a debate.")
    assert ("challenged", "him to a debate") in {(q.cue, q.text) for q in found}
    found = quotes("The senator came to the city and ripped into the Republicans.")
    assert [(q.cue, q.text) for q in found] == [("ripped into", "the Republicans")]


def test_known_for_gives_the_subject_and_what_for(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator is best known for his work on farm subsidies.")
    assert [q.text for q in found] == ["The senator", "his work on farm subsidies"]
    assert all(q.speaker is None for q in found)


def test_hoping_for_and_pushed_against(quotes) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in quotes("The mayor is hoping for a compromise on the budget.")] == [
        "a compromise on the budget"
    ]
    assert [q.text for q in quotes("Teachers loudly pushed against the new standards.")] == [
        "the new standards"
    ]


def test_self_described_after_a_coordinated_adjective(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("He has run in Vermont as an independent and self-described democratic socialist.")
    assert [(q.cue, q.text) for q in found] == [("described", "democratic socialist")]


def test_self_described_inside_a_speaker_name(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator, a self-described democratic socialist, said the economy was rigged."
    found = quotes(text)
    assert ("described", "democratic socialist") in {(q.cue, q.text) for q in found}
    assert ("said", "the economy was rigged") in {(q.cue, q.text) for q in found}


def test_asked_if_takes_the_if_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("He shook hands and asked workers if they planned to attend the caucuses.")
    assert [(q.cue, q.text) for q in found] == [("asked", "if they planned to attend the caucuses")]
    text = "Asked if she believed the rebels wanted a truce, the minister said she would not guess."
    assert ("Asked", "if she believed the rebels wanted a truce") in {(q.cue, q.text) for q in quotes(text)}


def test_said_after_a_conjoined_clause_with_its_subject_after(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure"
        " from imports, said the company's chief executive, John Ferriola."
    )
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        (
            "said",
            "In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure from imports",
        )
    ]


def test_quick_to_point_out_takes_what_was_pointed_out(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Advisers to the governor are quick to point out that he has placed second in the last two contests."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["that he has placed second in the last two contests"]
    assert "point out" in found[0].cue
