"""Noun and adjective cues of round 5 (issue 6): speech nouns received "from" someone, and
adjective cues after the name they describe. Sentences written here."""

from __future__ import annotations

from tests.quotes.conftest import speaker_text


def test_speech_noun_drawn_from_someone_is_about_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The new tariff drew sharp criticism from farmers in the valley."
    found = [q for q in quotes(text) if q.cue == "drew sharp criticism"]
    assert [q.text for q in found] == ["The new tariff"]
    assert speaker_text(text, found[0]) == "farmers in the valley"


def test_speech_noun_received_without_a_giver_keeps_its_own_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The proposal faced questions about its cost."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("questions about", "its cost")]


def test_adjective_cue_after_a_name_is_that_names_stance(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Mayor Dana Whitfield, angry at the council, left the meeting early."
    found = [q for q in quotes(text) if q.cue == "angry at"]
    assert [q.text for q in found] == ["the council"]
    assert speaker_text(text, found[0]) == "Mayor Dana Whitfield"


def test_adjective_cue_after_a_common_noun_is_no_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "She met someone interested in old maps at the fair."
    assert [q for q in quotes(text) if q.cue == "interested in"] == []


def test_noun_of_a_speech_verb_takes_its_about_complement(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The captain made a joke about the weather before the ferry left."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("made a joke about", "the weather")]
    assert speaker_text(text, found[0]) == "The captain"


def test_noun_of_a_speech_verb_takes_no_infinitive(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "She came home early in order to rest before the trip."
    assert quotes(text) == []


def test_conversation_about_is_a_speech_noun_held_by_the_light_verb_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The two mayors had a long conversation about the bridge."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("had a long conversation about", "the bridge")]
    assert speaker_text(text, found[0]) == "The two mayors"


def test_rumors_that_report_a_clause_without_a_holder(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Rumors that the plant would close spread through the town.")
    assert [q.cue for q in found] == ["Rumors"]
    assert found[0].text.endswith("the plant would close")


def test_support_among_a_group_is_that_groups_stance_on_the_holder(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor has strong support among rural voters."
    found = [q for q in quotes(text) if q.cue == "support among"]
    assert [q.text for q in found] == ["The governor"]
    assert speaker_text(text, found[0]) == "rural voters"


def test_possessed_support_among_a_group_is_for_the_possessor(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Her support among young voters fell sharply in the spring."
    found = [q for q in quotes(text) if q.cue == "support among"]
    assert [q.text for q in found] == ["Her"]
    assert speaker_text(text, found[0]) == "young voters"


def test_with_plans_to_is_held_by_the_subject_of_the_verb_it_modifies(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator toured the county on Friday, with plans to return in the fall."
    found = [q for q in quotes(text) if q.cue == "plans"]
    assert [q.text for q in found] == ["to return in the fall"]
    assert speaker_text(text, found[0]) == "The senator"


def test_in_favor_of_marks_what_is_favored(quotes) -> None:  # type: ignore[no-untyped-def]
    # the verb's frame reads "in favor of X" first (tests/quotes/test_verbs_round5.py); the
    # noun row serves where no cue verb holds it
    found = quotes("Three council members voted in favor of the new park.")
    assert [(q.cue, q.text) for q in found] == [("voted", "the new park")]
    found = quotes("The mayor's speech in favor of the new park drew a crowd.")
    assert [(q.cue, q.text) for q in found] == [("favor of", "the new park")]


def test_the_notion_that_reports_a_belief(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The notion that prices will fall soon is popular.")
    assert [q.cue for q in found] == ["notion"]
    assert found[0].text.endswith("prices will fall soon")


def test_hostile_to_is_the_stance_of_the_copula_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Many farmers are hostile to the new water rules."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("are hostile to", "the new water rules")]
    assert speaker_text(text, found[0]) == "Many farmers"


def test_confident_in_takes_its_object_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor is confident in the new budget.")
    assert [(q.cue, q.text) for q in found] == [("is confident in", "the new budget")]


def test_stance_noun_after_among_is_held_by_the_copula_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The teachers union was among the earliest supporters of the mayor."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("the earliest supporters of", "the mayor")]
    assert speaker_text(text, found[0]) == "The teachers union"


def test_stance_noun_after_one_of_is_held_by_the_copula_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator is one of the fiercest critics of the pipeline."
    found = quotes(text)
    assert [q.text for q in found] == ["the pipeline"]
    assert speaker_text(text, found[0]) == "The senator"


def test_proposal_for_takes_its_object(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor's proposal for a harbor tunnel drew little attention."
    found = [q for q in quotes(text) if q.cue == "proposal for"]
    assert [q.text for q in found] == ["a harbor tunnel"]
    assert (speaker_text(text, found[0]) or "").startswith("The mayor")


def test_adjective_cue_in_a_small_clause_is_held_by_its_own_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "With party leaders worried about turnout, the mayor called a meeting."
    found = [q for q in quotes(text) if q.cue == "worried about"]
    assert [q.text for q in found] == ["turnout"]
    assert speaker_text(text, found[0]) == "party leaders"


def test_adjective_cue_after_a_name_takes_its_infinitive(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Several Republican senators reluctant to travel stayed in Washington."
    found = [q for q in quotes(text) if q.cue == "reluctant"]
    assert [q.text for q in found] == ["to travel"]
    assert speaker_text(text, found[0]) == "Several Republican senators"


def test_evaluation_noun_whose_preposition_hangs_on_the_light_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor took several swipes at the mayor during the debate."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("took several swipes at", "the mayor")]
    assert speaker_text(text, found[0]) == "The governor"


def test_intent_noun_with_a_negated_infinitive(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The council's decision not to fund the festival angered the artists.")
    assert [(q.cue, q.text) for q in found] == [("decision", "not to fund the festival")]


def test_intent_noun_with_an_adverb_inside_its_infinitive(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Her promise to quickly rebuild the bridge won applause.")
    assert [(q.cue, q.text) for q in found] == [("promise", "to quickly rebuild the bridge")]
