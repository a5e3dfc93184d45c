"""Who did what to whom: the actor and recipient fallbacks of the rules coder (sentences written here)."""

from __future__ import annotations

from tests.events.conftest import Code

from newsledger.model import Event


def sides(e: Event) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in e.actor], [r.country for r in e.recipient]


def one(code: Code, text: str) -> Event:
    events = code(text, dyads_only=False)
    assert events, text
    return events[0]


def test_passive_agent_named_by_a_nationality_adjective_is_the_actor(code: Code) -> None:
    e = one(code, "A border post was attacked by Malian gunmen on Friday.")
    assert e.type == "ASSAULT" and sides(e)[0] == ["MLI"]


def test_object_named_by_a_nationality_adjective_is_the_recipient(code: Code) -> None:
    (e,) = code("Kenyan police detained Somali traders at the market.")
    assert sides(e) == (["KEN"], ["SOM"])


def test_maker_of_a_rejected_call_is_the_recipient(code: Code) -> None:
    (e,) = code("Peru rejected calls by Chile for new talks.")
    assert e.type == "REJECT" and sides(e) == (["PER"], ["CHL"])


def test_state_where_the_event_happened_is_the_recipient_when_there_is_no_other(code: Code) -> None:
    (e,) = code("Turkey lifted the curfew in the north of Syria.")
    assert sides(e) == (["TUR"], ["SYR"])


def test_place_does_not_replace_a_recipient_the_parse_gives(code: Code) -> None:
    (e,) = code("Norway sent doctors to Yemen during the outbreak in Oman.")
    assert sides(e)[1] == ["YEM"]


def test_pronoun_subject_of_a_reported_clause_is_the_reporting_subject(code: Code) -> None:
    (e,) = code("Ghana says it is ready to withdraw its soldiers from Mali.")
    assert sides(e) == (["GHA"], ["MLI"])


def test_it_does_not_take_a_person_speaker(code: Code) -> None:
    e = one(code, "The envoy said it would sanction Cuba.")
    assert sides(e)[0] == []


def test_nationality_word_inside_an_unresolved_name_still_names_the_state(code: Code) -> None:
    e = one(code, "Bosnian Croats accused Serbia of stalling the talks.")
    assert sides(e)[0] == ["BIH"]


def test_frame_noun_of_a_trigger_gives_its_verb_and_sides(code: Code) -> None:
    e = one(code, "Oman began a mediation effort between Iran and Bahrain.")
    assert e.type == "CONSULT" and sides(e)[0] == ["OMN"]
    assert set(sides(e)[1]) == {"IRN", "BHR"}


def test_threat_recipient_is_the_target_of_the_threatened_act(code: Code) -> None:
    (e,) = code("Algeria threatened to cut off gas to Moroccan towns.")
    assert e.type == "THREATEN" and sides(e) == (["DZA"], ["MAR"])


def test_threat_recipient_is_the_subject_of_its_condition(code: Code) -> None:
    (e,) = code("Serbia threatened to close the border if Hungary builds the fence.")
    assert e.type == "THREATEN" and sides(e) == (["SRB"], ["HUN"])


def test_request_recipient_is_not_the_target_of_the_act_asked_for(code: Code) -> None:
    events = code("Brazil urged all parties to stop the attacks on Bolivia.")
    assert not any(e.type == "REQUEST" and sides(e) == (["BRA"], ["BOL"]) for e in events)


def test_unnamed_domestic_group_acted_on_by_a_state_is_that_states_own(code: Code) -> None:
    e = one(code, "Kenyan police arrested the protesters on Monday.")
    assert sides(e) == (["KEN"], ["KEN"])
    assert code("Kenyan police arrested the protesters on Monday.") == []  # no dyad in articles


def test_unnamed_domestic_group_belongs_to_the_state_where_it_acts(code: Code) -> None:
    e = one(code, "Rebels blocked the main roads in Chad on Tuesday.")
    assert sides(e)[0] == ["TCD"]


def test_subject_reaches_a_verb_inside_a_prepositional_phrase(code: Code) -> None:
    (e,) = code("Ethiopia responded by shelling Eritrean border posts.")
    assert e.type == "ASSAULT" and sides(e) == (["ETH"], ["ERI"])


def test_two_word_nationality_names_its_state(code: Code) -> None:
    e = one(code, "Sri Lankan gunmen attacked a fishing boat.")
    assert sides(e)[0] == ["LKA"]


def test_domestic_group_of_a_quantity_belongs_where_its_members_are(code: Code) -> None:
    e = one(code, "Thousands of students across Chile staged protests on Friday.")
    assert e.type == "PROTEST" and sides(e)[0] == ["CHL"]


def test_reason_clause_verb_does_not_take_the_main_subject(code: Code) -> None:
    events = code("Canada fined two banks for supporting the Iranian navy.")
    assert not any(e.type == "SUPPORT" and sides(e)[0] == ["CAN"] for e in events)


def test_side_a_lifted_measure_was_on_is_the_recipient(code: Code) -> None:
    e = one(code, "Egypt lifted the blockade on Libyan trucks.")
    assert sides(e) == (["EGY"], ["LBY"])


def test_purpose_of_a_mission_takes_the_place_it_was_sent_to(code: Code) -> None:
    e = one(code, "The United Nations sent experts to Haiti to investigate the killings.")
    assert sides(e)[1] == ["HTI"]


def test_place_deeper_in_the_clause_is_the_recipient_when_there_is_no_other(code: Code) -> None:
    e = one(code, "Japan will provide tents to families fleeing the floods in Pakistan.")
    assert sides(e)[1] == ["PAK"]


def test_place_of_a_requested_act_is_not_the_one_asked(code: Code) -> None:
    events = code("Brazil called for a ceasefire in Sudan.")
    assert not any(e.type == "REQUEST" and sides(e)[1] == ["SDN"] for e in events)


def test_place_in_another_clause_is_not_the_events(code: Code) -> None:
    e = one(code, "Ghana lifted the curfew as police in Togo arrested the rioters.")
    assert sides(e)[0] == ["GHA"] and "TGO" not in sides(e)[1]


def test_place_named_with_a_generic_word_names_its_state(code: Code) -> None:
    e = one(code, "Russia eased the restrictions in Georgia province on Monday.")
    assert sides(e) == (["RUS"], ["GEO"])


def test_side_the_clause_is_against_is_the_recipient_when_there_is_no_other(code: Code) -> None:
    e = one(code, "Chad mobilized its reservists for a possible war against Sudan.")
    assert sides(e) == (["TCD"], ["SDN"])


def test_two_sides_own_commitment_keeps_both_sides(code: Code) -> None:
    text = "Chile and Peru held talks in Lima. The two leaders declared their commitment to a lasting friendship."
    assert any({*sides(e)[0], *sides(e)[1]} == {"CHL", "PER"} for e in code(text) if e.type != "CONSULT")


def test_whom_an_attacked_place_is_for_is_the_recipient(code: Code) -> None:
    e = one(code, "A school for Syrian children was attacked on Monday.")
    assert sides(e)[1] == ["SYR"]


def test_nationality_of_a_counterpart_beats_the_possessive_pronoun(code: Code) -> None:
    (e,) = code("Egypt's foreign minister met his Sudanese counterpart in Cairo.")
    assert set(sides(e)[0]) == {"EGY"} and sides(e)[1] == ["SDN"]


def test_doer_of_a_condemned_event_is_the_recipient_not_its_victim(code: Code) -> None:
    (e,) = code("Canada condemned the Iranian attack on Iraq.")
    assert e.type == "ACCUSE" and sides(e) == (["CAN"], ["IRN"])


def test_welcoming_a_decision_hosts_nobody(code: Code) -> None:
    (e,) = code("France welcomed the decision by Chad to release the prisoners.")
    assert sides(e) == (["FRA"], ["TCD"])


def test_one_summoned_to_hear_a_protest_is_its_recipient(code: Code) -> None:
    (e,) = code("Poland summoned Belarus's ambassador to protest the detention of a priest.")
    assert sides(e)[0] == ["POL"] and set(sides(e)[1]) == {"BLR"}


def test_passive_event_noun_subject_keeps_its_other_side(code: Code) -> None:
    (e,) = code("Talks with Peru were held by Chilean diplomats.")
    assert sides(e) == (["CHL"], ["PER"])


def test_coordinated_nationalities_in_one_mention_name_both_states(code: Code) -> None:
    (e,) = code("U.S. and South Korean forces attacked North Korean positions on Monday.")
    assert e.type == "ASSAULT" and sides(e) == (["USA", "KOR"], ["PRK"])
