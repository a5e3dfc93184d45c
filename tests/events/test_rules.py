"""The rules event coder on sentences written for these tests (real spaCy pipeline)."""

from __future__ import annotations

import datetime as dt

from tests.events.conftest import Code

from newsledger.events.base import EventCoder
from newsledger.events.rules import RulesEventCoder
from newsledger.model import Quote


def sides(e: object) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in e.actor], [r.country for r in e.recipient]  # type: ignore[attr-defined]


def test_coder_implements_protocol_with_no_arg_constructor() -> None:
    assert isinstance(RulesEventCoder(), EventCoder)


def test_meeting_with_named_leaders_is_consult_dated_by_its_clause(code: Code) -> None:
    (e,) = code("Chinese President Xi Jinping met Brazilian President Lula da Silva on Monday.")
    assert e.type == "CONSULT" and e.modality == "asserted"
    assert sides(e) == (["CHN"], ["BRA"])
    assert e.date is not None and e.date.start == dt.date(2023, 3, 13)
    assert e.mentions[0].trigger == "met" and e.mentions[0].date_text == "Monday"


def test_trigger_read_through_a_mended_lemma(code: Code) -> None:
    # the lemmatizer alone gives "fined" the lemma "fin", which names no event
    (e,) = code("The United States fined China's biggest bank on Monday.")
    assert e.type == "COERCE" and sides(e) == (["USA"], ["CHN"])


def test_planned_talks_are_agree_with_future_modality(code: Code) -> None:
    (e,) = code("France and Germany will hold talks next week on the crisis.")
    assert e.type == "AGREE" and e.modality == "future"
    assert set(sides(e)[0] + sides(e)[1]) == {"FRA", "DEU"}


def test_refused_to_meet_is_negated(code: Code) -> None:
    (e,) = code("Canada refused to meet the Iranian envoy.")
    assert e.modality == "negated" and sides(e) == (["CAN"], ["IRN"])


def test_could_impose_sanctions_is_hypothetical(code: Code) -> None:
    (e,) = code("India could impose sanctions on Pakistan if the attacks continue.")
    assert e.type == "SANCTION" and e.modality == "hypothetical"
    assert sides(e) == (["IND"], ["PAK"])


def test_event_without_a_date_is_not_given_the_publication_date(code: Code) -> None:
    (e,) = code("Japan criticized South Korea over the fishing dispute.")
    assert e.type == "ACCUSE" and e.date is None and e.mentions[0].date is None


def test_sentence_without_a_recipient_emits_no_event(code: Code) -> None:
    assert code("Japan held a long cabinet meeting about the budget.") == []


def test_compound_subject_gives_both_sides_of_one_event(code: Code) -> None:
    (e,) = code("Argentina and Chile signed a fisheries accord on Friday.")
    assert e.type == "SUPPORT"
    assert set(sides(e)[0] + sides(e)[1]) == {"ARG", "CHL"} and sides(e)[0] and sides(e)[1]


def test_plural_reference_takes_the_two_countries_named_before(code: Code) -> None:
    events = code(
        "Officials from Peru and Bolivia met in Lima on Tuesday.\nBoth countries pledged to expand trade."
    )
    agree = [e for e in events if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].modality == "asserted"
    assert set(sides(agree[0])[0] + sides(agree[0])[1]) == {"PER", "BOL"}


def test_reported_denial_is_negated(code: Code) -> None:
    (e,) = code("Egypt denied that it had sent weapons to Libya.")
    assert e.type == "AID" and e.modality == "negated" and sides(e) == (["EGY"], ["LBY"])


def test_what_a_speaker_says_another_must_do_is_a_request(code: Code) -> None:
    (e,) = code("Germany said Poland must release the detained journalists.")
    assert e.type == "REQUEST" and sides(e) == (["DEU"], ["POL"])


def test_mentions_of_one_event_in_two_sentences_are_merged(code: Code) -> None:
    events = code(
        "Spain and Morocco held talks in Rabat on Monday.\nThe talks between Spain and Morocco covered migration."
    )
    (e,) = [e for e in events if e.type == "CONSULT"]
    assert len(e.mentions) == 2 and e.location == "Rabat"
    assert e.date is not None and e.date.start == dt.date(2023, 3, 13)
    # the second sentence gives no date of its own; "the talks" refers back to Monday's talks
    assert e.mentions[1].date == e.mentions[0].date and e.mentions[1].date_text == "Monday"


def test_when_clause_dates_the_main_clause(code: Code) -> None:
    events = code(
        "When Kenya hosted Uganda's army chief in January, the two countries agreed to share intelligence."
    )
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.start == dt.date(2023, 1, 1)


def test_statement_inside_a_quote_is_linked_to_it(code: Code) -> None:
    text = "Sweden condemned Iran, its foreign minister said."
    quote = Quote(id="q1", article_id="a1", text="Sweden condemned Iran", kind="indirect", start=0, end=21)
    (e,) = code(text, quotes=[quote])
    assert e.type == "ACCUSE" and e.quote_id == "q1" and e.mentions[0].quote_id == "q1"


def test_sentence_mode_codes_the_main_trigger_without_actors(code: Code) -> None:
    (e,) = code("Thousands of farmers blocked the main highway on Sunday.", dyads_only=False)
    assert e.type == "PROTEST" and e.mode == "obstruct"


def test_score_comes_from_the_plover_table(code: Code) -> None:
    (e,) = code("Chad expelled Sudan's ambassador.")
    assert e.type == "SANCTION" and e.mode == "expel" and e.score == -5.5


def test_event_inside_a_dated_scene_takes_its_date(code: Code) -> None:
    text = (
        "Ghana's president spoke with Togo's president by phone on Monday.\n"
        "In their call, Ghana and Togo agreed to reopen the border crossing."
    )
    events = code(text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.start == dt.date(2023, 3, 13)
    assert agree[0].mentions[0].date_text == "Monday"


def test_pair_reference_prefers_the_sides_most_named(code: Code) -> None:
    text = (
        "Norway and Denmark signed a fishing pact on Friday, and Norway praised Denmark.\n"
        "Norway also criticized Sweden.\n"
        "The two countries will hold talks next month."
    )
    events = code(text)
    talks = [e for e in events if e.mentions[0].sentence_index == 2]
    assert talks and set(sides(talks[0])[0] + sides(talks[0])[1]) == {"NOR", "DNK"}


def test_event_ids_are_stable_and_distinct(code: Code) -> None:
    text = "Iraq accused Iran of shelling its border villages, and Iraq accused Turkey of the same."
    first, second = code(text), code(text)
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


def test_considering_aid_is_hypothetical(code: Code) -> None:
    (e,) = code("Japan is considering sending military aid to the Philippines.")
    assert e.modality == "hypothetical" and sides(e) == (["JPN"], ["PHL"])


def test_talks_hosted_by_a_third_country_are_third_party(code: Code) -> None:
    (e,) = code("Armenia and Azerbaijan held talks in Turkey on Friday.")
    assert e.type == "CONSULT" and e.location == "Turkey" and e.mode == "third-party"


def test_sanctions_in_an_object_phrase_are_one_event_with_their_target(code: Code) -> None:
    (e,) = code("Canada imposed a new package of sanctions on Iran in February.")
    assert e.type == "SANCTION" and sides(e) == (["CAN"], ["IRN"])
    assert e.location is None and e.date is not None and e.date.start == dt.date(2023, 2, 1)


def test_numbers_of_things_are_not_pairs_of_sides(code: Code) -> None:
    text = "Chile and Peru signed a trade pact.\nNorth Korea fired two missiles into the sea, officials said."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_next_sentence_of_a_paragraph_takes_its_governing_date(code: Code) -> None:
    events = code("On Monday, Chile and Peru held talks in Lima. They signed a fisheries accord.")
    (accord,) = [e for e in events if e.type == "SUPPORT"]
    assert accord.date is not None and accord.date.start == dt.date(2023, 3, 13)


def test_a_new_paragraph_does_not_inherit_a_date(code: Code) -> None:
    # (what the two sides said to each other there does: see the lead-meeting tests below)
    events = code("On Monday, Chile and Peru held talks in Lima.\nChile imposed sanctions on Peru.")
    (sanctions,) = [e for e in events if e.type == "SANCTION"]
    assert sanctions.date is None


def test_absolute_clause_shares_the_main_clause_date_and_sides(code: Code) -> None:
    text = "Kenya's president met Tanzania's president on Monday, with the two expressing an intention to expand trade."
    agree = [e for e in code(text) if e.type == "AGREE"]
    assert agree and set(sides(agree[0])[0] + sides(agree[0])[1]) == {"KEN", "TZA"}
    assert agree[0].date is not None and agree[0].date.start == dt.date(2023, 3, 13)


def test_all_parties_is_not_a_pair_of_sides(code: Code) -> None:
    text = "Egypt and Jordan held talks on Monday.\nEgypt urged all parties to show restraint."
    assert not [e for e in code(text) if e.type == "REQUEST"]


def test_pair_reference_prefers_the_sides_of_the_last_event_over_places(code: Code) -> None:
    text = (
        "Iran and Saudi Arabia agreed on Friday to restore relations after talks in Beijing hosted by China.\n"
        "The two countries will reopen their embassies within two months."
    )
    reopen = [e for e in code(text) if e.mentions[0].sentence_index == 1]
    assert reopen and set(sides(reopen[0])[0] + sides(reopen[0])[1]) == {"IRN", "SAU"}
    assert reopen[0].type == "AGREE" and reopen[0].modality == "future"


def test_derived_dictionary_verb_codes_an_event(code: Code) -> None:
    (e,) = code("Turkish troops besieged the town on Tuesday.", dyads_only=False)
    assert e.type == "COERCE" and e.mentions[0].trigger == "besieged"


def test_visit_to_a_capital_makes_its_state_the_host(code: Code) -> None:
    (e,) = code("Chinese Foreign Minister Wang Yi visited Moscow on Monday.")
    assert e.type == "CONSULT" and e.mode == "visit" and sides(e) == (["CHN"], ["RUS"])


def test_arriving_in_a_capital_is_a_visit_to_its_state(code: Code) -> None:
    (e,) = code("The Indian prime minister arrived in Washington on Tuesday.")
    assert e.type == "CONSULT" and e.mode == "visit" and sides(e) == (["IND"], ["USA"])


def test_a_leader_in_their_own_capital_hosts_no_visit(code: Code) -> None:
    assert code("Kenya's president met business leaders in Nairobi on Monday.") == []


def test_event_during_a_dated_visit_told_before_takes_its_date(code: Code) -> None:
    events = code(
        "French President Emmanuel Macron visited Beijing on Tuesday.\n\n"
        "During the visit, France and China signed an aviation agreement."
    )
    (signed,) = [e for e in events if e.type == "SUPPORT"]
    assert signed.date is not None and signed.date.start == dt.date(2023, 3, 14)


def test_event_at_another_occasion_stays_undated(code: Code) -> None:
    events = code(
        "French President Emmanuel Macron visited Beijing on Tuesday.\n\n"
        "During an earlier visit, Germany and China signed an aviation agreement."
    )
    (signed,) = [e for e in events if e.type == "SUPPORT"]
    assert signed.date is None


def test_definite_talks_take_the_date_of_the_talks_told_before(code: Code) -> None:
    events = code(
        "Japan and South Korea held talks in Tokyo on Monday.\n\n"
        "Officials said the talks between Japan and South Korea went well."
    )
    (e,) = [e for e in events if e.type == "CONSULT"]
    assert [m.date_text for m in e.mentions] == ["Monday", "Monday"]


def test_talks_named_as_another_round_do_not_take_the_earlier_date(code: Code) -> None:
    events = code(
        "Japan and South Korea held talks in Tokyo on Monday.\n\n"
        "Officials said the first talks between Japan and South Korea went badly."
    )
    mentions = [m for e in events if e.type == "CONSULT" for m in e.mentions]
    assert [m.date_text for m in mentions] == ["Monday", None]


def test_returning_an_object_to_a_state_is_no_visit(code: Code) -> None:
    (e,) = code("Canada returned three stolen statues to Greece on Friday.")
    assert e.type == "RETREAT" and sides(e) == (["CAN"], ["GRC"])


def test_returning_to_a_country_is_a_visit(code: Code) -> None:
    (e,) = code("The Canadian prime minister returned to Greece on Friday.")
    assert e.type == "CONSULT" and e.mode == "visit"


def test_troops_arriving_in_a_country_make_no_visit(code: Code) -> None:
    events = code("British troops arrived in Kenya on Monday.", dyads_only=False)
    assert all(e.type != "CONSULT" for e in events)


def test_currently_dates_an_event_to_the_publication_day(code: Code) -> None:
    (e,) = code("China and Russia are currently holding joint naval exercises.")
    assert e.date is not None and e.date.start == dt.date(2023, 3, 14)
    assert e.mentions[0].date_text == "currently"


def test_currently_stays_undated_without_a_publication_date(code: Code) -> None:
    (e,) = code("China and Russia are currently holding joint naval exercises.", published=None)
    assert e.date is None


LEAD = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\nThe talks focused on the border.\n"


def _dates(events: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {e.type: (e.date.start if e.date else None) for e in events}


def test_what_the_two_sides_said_after_the_lead_meeting_takes_its_date(code: Code) -> None:
    got = _dates(
        code(
            LEAD + "Kenya invited Ethiopia to join a new trade bloc.\nEthiopia praised Kenya for its help.\n"
        )
    )
    monday = dt.date(2023, 3, 13)
    assert got["CONSULT"] == monday and got["REQUEST"] == monday and got["SUPPORT"] == monday


def test_material_acts_and_third_sides_after_the_lead_meeting_stay_undated(code: Code) -> None:
    # troops sent is not something said at the table; an accusation of a third state may be older
    got = _dates(
        code(LEAD + "Ethiopia accused Somalia of harbouring rebels.\nKenya deployed troops to Ethiopia.\n")
    )
    assert got["ACCUSE"] is None and got["MOBILIZE"] is None
