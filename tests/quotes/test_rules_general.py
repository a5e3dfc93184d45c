"""Quote rules of the held-out round (issue 6): participles with "as", findings "in a poll",
light verbs with a noun cue, and cue classes (perception, evaluation). Sentences written here."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsledger.nlp.pipeline import TEXT_KEY, NlpPipeline
from newsledger.quotes.labels import mistagged, verb_form


def test_participle_known_as_gives_noun_and_complement(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The tournament, known as the Spring Classic, drew large crowds.")
    assert [q.text for q in found] == ["The tournament", "the Spring Classic"]
    assert {q.cue for q in found} == {"known as"}
    assert all(q.speaker is None for q in found)


def test_passive_seen_as_without_agent(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor is widely seen as a cautious leader.")
    assert [q.text for q in found] == ["The mayor", "a cautious leader"]
    assert found[0].cue == "is widely seen as"


def test_participle_with_agent_names_the_agent(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The old port, described by residents as an eyesore, will be rebuilt.")
    assert [q.text for q in found] == ["The old port", "an eyesore"]
    assert found[1].speaker_start is not None
    text = "The old port, described by residents as an eyesore, will be rebuilt."
    assert text[found[1].speaker_start : found[1].speaker_end] == "residents"


def test_in_a_poll_at_sentence_start_is_the_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "In a Gallup survey last week, the governor held a 12-point lead over her rival."
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.cue == "In" and q.text == "the governor held a 12-point lead over her rival"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "a Gallup survey"


def test_in_the_polls_at_clause_end(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The governor has a narrow lead in the latest polls.")
    assert [(q.cue, q.text) for q in found] == [("in", "The governor has a narrow lead")]


def test_in_the_polls_inside_a_subject_is_no_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The rise in the polls surprised the campaign.") == []


def test_light_verb_with_noun_cue_takes_the_verb_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Most farmers have a favorable opinion of the new trade deal."
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.cue == "have a favorable opinion of" and q.text == "the new trade deal"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "Most farmers"


def test_noun_cue_object_of_other_verb_keeps_its_possessor(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "He read the senator's statement about the war."
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.cue == "statement about" and q.speaker_start is not None
    assert text[q.speaker_start : q.speaker_end].startswith("the senator")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The inspectors noticed that the valves were rusty.", "noticed"),
        ("The old fisherman recounted how the storm had wrecked the pier.", "recounted"),
        ("Local bakers relish the chance to compete at the fair.", "relish"),
    ],
)
def test_cue_classes_perception_speech_evaluation(quotes, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(text)
    assert [q.cue for q in found] == [cue]
    assert found[0].speaker_start == 0


def test_verb_outside_lexicon_with_that_clause_is_a_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The harbour master intimated that the ferry would be late."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("intimated", "that the ferry would be late")]
    assert found[0].speaker_start == 0


def test_aspectual_verb_is_no_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The price of bread began to rise in the spring.") == []


def test_short_quote_ending_in_comma_takes_the_cue_after(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("“So far, so good,” the harbour master replied.")
    assert [(q.kind, q.text, q.cue) for q in found] == [("direct", "So far, so good,", "replied")]


def test_short_exclamation_after_a_speech_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The coach declared “What a wonderful season!” and left the field.")
    assert [q.text for q in found if q.kind == "direct"] == ["What a wonderful season!"]


def test_time_after_preposition_is_not_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator spoke in Boston on Monday about the rules and their costs.")
    assert [(q.cue, q.text) for q in found] == [("spoke", "the rules and their costs")]
    assert quotes("The senator spoke in Boston on Monday.") == []


def test_headline_label_is_the_source_whatever_its_tag(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Warren: New tax rules will hurt small farms.\n\nThe senator toured three farms last week."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [(":", "New tax rules will hurt small farms")]
    assert text[found[0].speaker_start : found[0].speaker_end] == "Warren"


def test_headline_label_speaker_to_hearer(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Governor to farmers: New tax rules will hurt small farms.\n\nShe toured three farms last week."
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert text[q.speaker_start : q.speaker_end] == "Governor"
    assert q.addressee is not None and q.addressee.name == "farmers"


def test_aside_after_one_word_gives_both_parts(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Otherwise, she said, the harbour may close for the winter.")
    assert [q.text for q in found] == ["Otherwise", "the harbour may close for the winter"]
    assert found[0].cue_start == found[1].cue_start


def test_referring_to_is_a_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The captain often refers to the old ferry as the grey lady.")
    assert [(q.cue, q.text) for q in found] == [("often refers to", "the old ferry as the grey lady")]


def test_second_that_clause_belongs_to_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("She said that the ferry was late, and that the harbour would close early.")
    assert [q.text for q in found] == ["that the ferry was late, and that the harbour would close early"]


def test_colon_at_paragraph_end_takes_the_next_paragraph(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The harbour master explained it on his blog:\n\n"
        "The ferry will stop running in December because the pier is unsafe.\n\nOther news."
    )
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [
        ("explained", "The ferry will stop running in December because the pier is unsafe")
    ]


def test_noun_cue_without_holder(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Support for the new pier is growing.")
    assert [(q.cue, q.text, q.speaker) for q in found] == [("Support for", "the new pier", None)]


def test_intent_noun_without_holder_is_no_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The plan for the old course was dropped last year.") == []


def test_attitude_noun_rows(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The fishermen have deep skepticism about the new pier.")
    assert [(q.cue, q.text) for q in found] == [("have deep skepticism about", "the new pier")]
    assert found[0].speaker_start == 0


def test_hearsay_adverb_marks_its_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The ferry captain was reportedly on the last trip with his sons, but they left early.")
    assert [(q.cue, q.text, q.speaker) for q in found] == [
        ("reportedly", "The ferry captain was", None),
        ("reportedly", "on the last trip with his sons", None),
    ]


def test_aspectual_infinitive_after_a_speech_cue_is_no_content(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The old ferry continues to run twice a day.") == []


def test_pronoun_object_is_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The fishermen denounced him.")
    assert [(q.cue, q.text) for q in found] == [("denounced", "him")]


def test_aside_with_a_belief_verb(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Ferries, the mayor suggested, will not run again until the spring.")
    assert [q.text for q in found] == ["Ferries", "will not run again until the spring"]
    assert {q.cue for q in found} == {"suggested"}


def test_made_it_clear_names_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The minister made it clear that the tax would stay.")
    assert [(q.cue, q.text) for q in found] == [("made it clear", "that the tax would stay")]
    assert found[0].speaker_start == 0


def test_as_x_put_it_is_an_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("As the old captain put it, “The sea always wins in the end.”")
    assert [(q.kind, q.cue) for q in found] == [("direct", "put")]
    assert found[0].text == "The sea always wins in the end."


def test_name_is_a_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The harbour board named a new director.")
    assert [(q.cue, q.text) for q in found] == [("named", "a new director")]


def test_clause_inside_a_source_is_an_attribution_too(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The fishermen union, which endorsed the mayor, urged members to vote early.")
    assert [(q.cue, q.text) for q in found] == [("endorsed", "the mayor"), ("urged", "members to vote early")]


def test_self_described_noun(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "He is a self-described democratic socialist from the north."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("described", "democratic socialist")]
    assert text[found[0].speaker_start : found[0].speaker_end] == "self"


def test_attitude_adjective_rows(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The fishermen were deeply sympathetic to the striking dock workers.")
    assert [(q.cue, q.text) for q in found] == [("were deeply sympathetic to", "the striking dock workers")]


def test_according_to_between_commas_takes_both_sides(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("For the harbour, according to the mayor, the new pier is a test of its future.")
    assert [q.text for q in found] == ["For the harbour", "the new pier is a test of its future"]
    assert {q.cue for q in found} == {"according to"}


def test_call_for_with_an_infinitive_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ward called for the mayor to resign."
    found = quotes(text)
    assert [q.text for q in found] == ["the mayor to resign"]
    assert found[0].cue == "called for"
    assert text[found[0].speaker_start : found[0].speaker_end] == "Senator Ward"


def test_look_for_is_an_intent_and_looks_like_stays_an_appearance(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Ms. Park is looking for a strong finish in Ohio.")
    assert [q.text for q in found] == ["a strong finish in Ohio"]
    assert found[0].cue == "is looking for"
    found = quotes("That plan looks unlikely to pass.")
    assert [q.text for q in found] == ["That plan", "unlikely to pass"]


def test_approve_of_is_an_evaluation(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Most voters approve of the mayor's handling of the storm.")
    assert [q.text for q in found] == ["the mayor's handling of the storm"]


def test_enjoy_and_celebrate_are_not_cues(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The team celebrated the win on Sunday.") == []
    assert quotes("The fans enjoyed the concert.") == []


def test_passive_cue_without_agent_takes_its_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The claim was denied on Monday.")
    assert [q.text for q in found] == ["The claim"]
    assert found[0].speaker_start is None
    found = quotes("Several hundred files have been deemed secret.")
    assert [q.text for q in found] == ["Several hundred files", "secret"]


def test_passive_hearer_is_not_a_content(quotes) -> None:  # type: ignore[no-untyped-def]
    # "ask" takes its hearer as object: a passive subject of it is the hearer, not what was asked
    found = quotes("The mayor was asked on Friday.")
    assert found == []


def test_add_and_find_take_no_object(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The factory added two hundred jobs last year.") == []
    assert quotes("The farmers found a buyer for the land.") == []


def test_participle_with_agent_after_a_noun(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The measures proposed by the governor would raise taxes."
    found = quotes(text)
    assert [q.text for q in found] == ["The measures"]
    assert found[0].cue == "proposed by"
    assert text[found[0].speaker_start : found[0].speaker_end] == "the governor"


def test_participle_without_agent_is_not_an_attribution(quotes) -> None:  # type: ignore[no-untyped-def]
    assert quotes("The measures proposed last year would raise taxes.") == []


def test_as_aside_after_a_conjunction_takes_the_clause_after(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "But as Mr. Clyburn noted, those voters will give Ms. Ruiz a second look."
    found = quotes(text)
    assert [q.text for q in found] == ["those voters will give Ms. Ruiz a second look"]
    assert text[found[0].speaker_start : found[0].speaker_end] == "Mr. Clyburn"


def test_noun_cue_subject_of_be_takes_the_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Her view is that the tax is unfair."
    found = quotes(text)
    assert [q.text for q in found] == ["that the tax is unfair"]
    assert found[0].cue == "view is"
    assert text[found[0].speaker_start : found[0].speaker_end] == "Her"
    # a noun outside the cue lexicon stays out
    assert quotes("The result is that the tax is unfair.") == []


def test_headline_verb_read_as_a_noun(pipeline: NlpPipeline) -> None:
    # a tagger's misreading, built by hand: "Farm lobby blasts governor over cuts ."
    words = ["Farm", "lobby", "blasts", "governor", "over", "cuts", "."]
    doc = Doc(
        pipeline.doc("x").vocab,
        words=words,
        pos=["NOUN", "NOUN", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"],
        tags=["NN", "NN", "NNS", "NN", "IN", "NNS", "."],
        deps=["compound", "compound", "ROOT", "appos", "prep", "pobj", "punct"],
        heads=[2, 2, 2, 2, 3, 4, 2],
    )
    doc.user_data[TEXT_KEY] = doc.text
    found = mistagged(doc, doc[2], [0] * len(doc))
    assert found is not None
    assert doc.text[found.start : found.end] == "governor over cuts"
    assert found.speaker is not None and found.speaker.text == "Farm lobby"
    assert verb_form("blasts", {"blast": None}) == "blast"
    assert verb_form("lobby", {"blast": None}) is None
    # not the root: a noun inside a subject ("Farm lobby blasts drew crowds")
    doc2 = Doc(
        pipeline.doc("x").vocab,
        words=["Farm", "lobby", "blasts", "drew", "crowds", "."],
        pos=["NOUN", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["NN", "NN", "NNS", "VBD", "NNS", "."],
        deps=["compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        heads=[2, 2, 3, 3, 3, 3],
    )
    assert mistagged(doc2, doc2[2], [0] * len(doc2)) is None


def test_object_and_reason_are_one_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The senator criticized the mayor for skipping the forum."
    found = quotes(text)
    assert [q.text for q in found] == ["the mayor for skipping the forum"]
    assert text[found[0].speaker_start : found[0].speaker_end] == "The senator"


def test_typewriter_quote_opened_in_a_content_closes_in_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor promised that the pier would reopen ''within a month.'' The council agreed."
    found = quotes(text)
    assert found[0].text == "that the pier would reopen ''within a month.''"


def test_received_evaluation_is_about_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The bill won praise from teachers."
    found = quotes(text)
    assert [q.text for q in found] == ["The bill"]
    assert found[0].cue == "won praise"
    assert text[found[0].speaker_start : found[0].speaker_end] == "teachers"


def test_speech_noun_before_a_colon_is_the_cue_of_the_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The mayor released the following statement: "We will rebuild the pier before the summer."'
    found = quotes(text)
    assert [q.text for q in found] == ["We will rebuild the pier before the summer."]
    assert found[0].cue == "released the following statement"
    assert text[found[0].speaker_start : found[0].speaker_end] == "The mayor"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor signed the budget bill.", "signed", "the budget bill"),
        ("The mayor appointed a retired engineer as harbour master.", "appointed", "a retired engineer"),
    ],
)
def test_decree_acts_take_their_object_as_content(quotes, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(text)
    assert [q.cue for q in found] == [cue]
    assert found[0].text.startswith(content) and found[0].speaker_start == 0
    assert quotes("The governor waved at the crowd.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The harbour committee is receptive to the new timetable.", "is receptive to", "the new timetable"),
        (
            "The ferry company distanced itself from the captain's remarks.",
            "distanced",
            "the captain's remarks",
        ),
        (
            "Several fishermen witnessed the collapse of the old pier.",
            "witnessed",
            "the collapse of the old pier",
        ),
    ],
)
def test_attitude_and_perception_rows_round_three(quotes, text: str, cue: str, content: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [(cue, content)]
    assert found[0].speaker_start == 0


def test_cue_whose_subject_the_parser_lost_still_reports_its_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In an interview with radio hosts Tom Baker and Anna Smith, the former harbour master "
        "stated that the pier was unsafe and badly neglected."
    )
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("stated", "that the pier was unsafe and badly neglected")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“Nobody will pay for the repairs,” the harbour master worried.", "worried"),
        ("“Who will pay for the repairs?” the harbour master questioned.", "questioned"),
    ],
)
def test_any_verb_cue_introduces_a_direct_quotation(quotes, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(text)
    assert [(q.kind, q.cue) for q in found] == [("direct", cue)]
    assert text[found[0].speaker_start : found[0].speaker_end] == "the harbour master"


def test_quotation_in_a_sentence_whose_cue_has_no_subject_is_kept(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Critics blamed the council for focusing on “a pier that nobody uses any more.”")
    direct = [(q.cue, q.text) for q in found if q.kind == "direct"]
    assert direct == [("focusing", "a pier that nobody uses any more.")]


def test_participle_on_an_issued_statement_takes_the_issuer_as_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry union issued a statement saying the strike would continue."
    found = quotes(text)
    assert [(q.cue, q.text) for q in found] == [("saying", "the strike would continue")]
    assert text[found[0].speaker_start : found[0].speaker_end] == "The ferry union"


@pytest.mark.parametrize(
    "text",
    [
        "The league banned the drug on Monday, a step doctors said was long overdue.",
        "The council raised the fare, a decision riders said would hurt commuters.",
    ],
)
def test_a_singular_article_never_opens_a_plural_source(quotes, text: str) -> None:  # type: ignore[no-untyped-def]
    """The parser may join "a step" and "doctors" into one phrase; the source is the plural alone."""
    said = [q for q in quotes(text) if q.cue == "said"]
    assert said
    q = said[0]
    holder = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else q.source_chain[-1]
    assert holder.split()[0] in ("doctors", "riders")
