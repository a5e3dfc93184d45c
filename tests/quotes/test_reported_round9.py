"""Reported speech and where it came from, round 9 (issue 6 items 2 and 4): words passed on by
an outlet or by hearsay, and contents that run on past a coordinated verb. Sentences written here."""

from __future__ import annotations

from tests.quotes.conftest import speaker_text


def test_quoted_as_saying_names_the_one_quoted_as_speaker_and_the_outlet_as_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The state news agency quoted the defence minister as saying the border would stay closed."
    found = quotes(text)
    assert [q.text for q in found] == ["the border would stay closed"]
    assert speaker_text(text, found[0]) == "the defence minister"
    assert found[0].source_chain == ("The state news agency",)


def test_passive_quoted_as_saying_keeps_its_subject_as_speaker_and_its_agent_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign minister was quoted by Interfax as saying that the talks had collapsed."
    found = quotes(text)
    assert [q.text for q in found] == ["that the talks had collapsed"]
    assert speaker_text(text, found[0]) == "The foreign minister"
    assert found[0].source_chain == ("Interfax",)


def test_reported_to_have_said_is_the_subjects_statement(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The general is reported to have told his officers that the offensive would resume in spring."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        ("is reported to have told", "that the offensive would resume in spring")
    ]
    assert speaker_text(text, found[0]) == "The general"
    assert found[0].addressee is not None


def test_expected_to_announce_is_not_a_statement_of_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The finance minister is expected to announce new tariffs on steel next week."
    assert not any(q.cue is not None and "announce" in q.cue for q in quotes(text))


def test_a_modal_verb_coordinated_in_a_reported_clause_is_part_of_what_was_said(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign minister said Moscow was ready for talks but would not accept any preconditions."
    found = quotes(text)
    assert [q.text for q in found] == ["Moscow was ready for talks but would not accept any preconditions"]


def test_a_refusal_to_speak_coordinated_with_a_report_stays_the_speakers_own_act(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said the convoy had been delayed and would not comment on the cause."
    found = quotes(text)
    assert "the convoy had been delayed" in [q.text for q in found]


def test_a_source_cited_by_the_reporting_outlet_goes_to_the_chain_not_to_a_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The newspaper, citing two senior officials, reported that the embassy would reopen in May."
    found = quotes(text)
    assert [q.text for q in found] == ["that the embassy would reopen in May"]
    assert "two senior officials" in found[0].source_chain


def test_a_reason_cited_is_still_what_the_speaker_cited(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The carrier said it would cancel 300 flights, citing a shortage of pilots."
    assert "a shortage of pilots" in [q.text for q in quotes(text)]


def test_the_agency_that_carried_a_statement_is_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said in a statement carried by Xinhua that Beijing firmly opposed the visit."
    found = quotes(text)
    assert [q.text for q in found] == ["that Beijing firmly opposed the visit"]
    assert found[0].source_chain == ("Xinhua",)


def test_an_outlet_that_interviewed_the_speaker_is_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition leader said in an interview with the BBC that the count had been rigged."
    found = quotes(text)
    assert [q.text for q in found] == ["that the count had been rigged"]
    assert found[0].source_chain == ("the BBC",)


def test_a_trailing_according_to_a_statement_is_the_source_not_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The foreign ministry said that it would answer any new sanctions, "
        "according to a statement carried by a state news agency."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["that it would answer any new sanctions"]
    assert found[0].source_chain == ("a statement carried by a state news agency",)


def test_a_trailing_according_to_figures_stays_in_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said exports had grown by 8 percent, according to the latest customs data."
    found = quotes(text)
    assert [q.text for q in found] == ["exports had grown by 8 percent, according to the latest customs data"]


def test_a_cue_inside_the_name_of_an_according_source_makes_no_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy said the truce would be extended by a week, according to three people briefed on the talks."
    found = quotes(text)
    assert [q.text for q in found] == ["the truce would be extended by a week"]
    assert found[0].source_chain == ("three people briefed on the talks",)


def test_a_wire_dateline_is_not_the_speaker_of_the_lead(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "ANKARA, May 9 (Reuters) - Turkey's trade ministry said on Tuesday it would raise duties on imported steel."
    found = quotes(text)
    assert [q.text for q in found] == ["it would raise duties on imported steel"]
    assert speaker_text(text, found[0]) == "Turkey's trade ministry"


def test_a_dateline_glued_to_the_subject_is_cut_from_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "HANOI (AP) — Vietnam's trade ministry said Tuesday it would impose duties on imported fertiliser."
    found = quotes(text)
    assert found and speaker_text(text, found[0]) == "Vietnam's trade ministry"


def test_when_the_words_were_said_is_not_the_start_of_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The finance ministry said on Monday it would balance the budget within two years."
    found = quotes(text)
    assert [q.text for q in found] == ["it would balance the budget within two years"]


def test_speaking_on_a_channel_names_the_outlet_not_a_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking on state television, the interior minister said the curfew would be lifted on Friday."
    found = quotes(text)
    assert [q.text for q in found] == ["the curfew would be lifted on Friday"]
    assert found[0].source_chain == ("state television",)


def test_speaking_on_a_topic_is_still_what_was_spoken_about(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking on the border dispute, the minister said talks would resume."
    assert "the border dispute" in [q.text for q in quotes(text)]


def test_the_writers_caveat_that_a_claim_could_not_be_verified_is_not_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Local officials say the militia has seized two villages, though the claims could not be independently verified."
    found = quotes(text)
    assert [q.text for q in found] == ["the militia has seized two villages"]


def test_a_relative_caveat_after_a_report_makes_no_report_of_its_own(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The navy said it had sunk four boats, which the agency could not independently confirm."
    found = quotes(text)
    assert [q.text for q in found] == ["it had sunk four boats"]


def test_a_negated_confirmation_inside_the_reported_clause_stays_in_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor said the police could not confirm how many people had died."
    assert [q.text for q in quotes(text)] == ["the police could not confirm how many people had died"]


def test_an_according_source_stops_before_the_subject_the_parser_joined_to_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to a readout released by the White House, Biden and Xi agreed to resume "
        "military-to-military communications."
    )
    found = [q for q in quotes(text) if q.cue == "agreed"]
    assert found and found[0].source_chain == ("a readout released by the White House",)
    assert speaker_text(text, found[0]) == "Biden and Xi"


def test_a_contrasting_clause_with_its_own_source_is_a_report_of_its_own(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Western diplomats believe Tehran is stalling for time, while Iranian officials insist "
        "they are negotiating in good faith."
    )
    found = {q.cue: q.text for q in quotes(text)}
    assert found == {"believe": "Tehran is stalling for time", "insist": "they are negotiating in good faith"}


def test_a_participle_after_a_nouns_that_clause_is_the_speakers_own_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The spokesman dismissed claims that the army had shelled the village, saying troops had not fired a shot."
    found = {q.cue: (q.text, speaker_text(text, q)) for q in quotes(text)}
    assert found["dismissed"] == ("claims that the army had shelled the village", "The spokesman")
    assert found["saying"] == ("troops had not fired a shot", "The spokesman")


def test_a_named_agency_told_the_words_is_the_nearest_link_of_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Two sources close to the presidency told AFP that the decree would be signed on Friday."
    found = quotes(text)
    assert [q.text for q in found] == ["that the decree would be signed on Friday"]
    assert found[0].source_chain == ("AFP", "Two sources close to the presidency")


def test_a_cited_source_comes_after_the_outlet_that_cites_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The newspaper, citing unnamed European diplomats, reported that Brussels would cap gas prices."
    found = quotes(text)
    assert found[0].source_chain == ("The newspaper", "unnamed European diplomats")


def test_an_agency_name_the_parser_read_as_a_clause_is_not_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "An official told state news agency IRNA that the talks would resume next week."
    assert [q.text for q in quotes(text)] == ["that the talks would resume next week"]


def test_speaking_on_a_named_channel_puts_it_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking on Al Jazeera, the foreign minister said Qatar would keep mediating."
    found = quotes(text)
    assert [q.text for q in found] == ["Qatar would keep mediating"]
    assert found[0].source_chain == ("Al Jazeera",)


def test_a_post_posed_speaker_the_parser_made_an_apposition_is_still_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The talks will resume next week in Geneva, a spokesperson for the U.N. envoy said in a statement on Sunday."
    found = quotes(text)
    assert [q.text for q in found] == ["The talks will resume next week in Geneva"]
    assert speaker_text(text, found[0]) == "a spokesperson for the U.N. envoy"


def test_an_as_clause_with_a_source_of_its_own_is_not_the_speakers_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition leader said the government had lost control of prices, as official data showed inflation at 9 percent."
    found = {q.cue: q.text for q in quotes(text)}
    assert found["said"] == "the government had lost control of prices"


def test_a_programme_of_a_named_outlet_is_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The health secretary told the BBC's Today programme that the strikes would cost hospitals millions."
    )
    found = quotes(text)
    assert found[0].source_chain == ("the BBC's Today programme",)


def test_an_although_clause_with_its_own_source_ends_a_coordinated_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Election officials said turnout was higher than in 2019 and that there had been no serious "
        "irregularities, although observers said some polling stations had opened late."
    )
    assert sorted(q.text for q in quotes(text)) == [
        "some polling stations had opened late",
        "turnout was higher than in 2019 and that there had been no serious irregularities",
    ]


def test_a_statement_still_to_come_keeps_its_modality_in_the_cue_and_its_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Macron is due to tell European leaders in Brussels that the bloc must build its own arms industry."
    )
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        ("is due to tell", "that the bloc must build its own arms industry")
    ]
    assert speaker_text(text, found[0]) == "Macron"


def test_a_named_outlet_reporting_in_its_own_name_is_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The Wall Street Journal reported on Tuesday that the carmaker was preparing layoffs."
    found = quotes(text)
    assert found[0].source_chain == ("The Wall Street Journal",)
    assert speaker_text(text, found[0]) == "The Wall Street Journal"


def test_a_note_that_the_claim_is_disputed_is_not_part_of_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The opposition has accused the ruling party of rigging the vote, a charge the government denies."
    found = [q for q in quotes(text) if q.cue == "has accused"]
    assert [q.text for q in found] == ["the ruling party of rigging the vote"]


def test_what_the_speaker_held_back_is_not_part_of_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The prosecutor's office said in a statement that it had opened an investigation, without naming the suspects."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert [q.text for q in found] == ["that it had opened an investigation"]


def test_the_first_part_of_a_split_report_has_the_same_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The refinery, which Ms. Okafor says she is keeping open, employs 300 people."
    found = [q for q in quotes(text) if q.cue == "says"]
    assert [q.text for q in found] == ["which", "she is keeping open"]
    assert [speaker_text(text, q) for q in found] == ["Ms. Okafor", "Ms. Okafor"]


def test_a_gerund_after_a_preposition_is_said_by_the_subject_of_its_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy spent most of the meeting in criticizing the blockade of the port."
    found = [q for q in quotes(text) if q.cue is not None and "criticizing" in q.cue]
    assert found and speaker_text(text, found[0]) == "The envoy"
