"""Direct-quote fixes of round 9 (issue 6): who speaks a quote with no cue of its own, sources
named by "in the words of", and quotes whose marks come in many house styles. Sentences
written here."""

from __future__ import annotations

from tests.quotes.conftest import speaker_text


def test_quote_after_a_sentence_naming_a_new_person_is_theirs_not_the_previous_speakers(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cPeople are tired,\u201d a shopkeeper, Lina Saad, said. Another resident, Omar Haddad, "
        "disagreed. \u201cWe have no choice but to stay here.\u201d"
    )
    found = [q for q in quotes(text) if q.text == "We have no choice but to stay here."]
    assert len(found) == 1
    assert speaker_text(text, found[0]) == "Another resident, Omar Haddad,"


def test_quote_in_the_next_paragraph_after_a_named_new_speaker_is_not_a_continuation(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cThe plan is sound,\u201d the finance minister, Karl Berg, said on Tuesday.\n"
        "The opposition leader, Anna Lind, put it bluntly. \u201cThis government has run out of road.\u201d"
    )
    found = [q for q in quotes(text) if q.text == "This government has run out of road."]
    assert len(found) == 1
    assert speaker_text(text, found[0]) == "The opposition leader, Anna Lind,"


def test_quote_after_a_colon_sentence_with_a_noun_subject_is_that_subjects(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe will hold the line,\u201d the defence minister said.\n"
        "The general was blunt: \u201cWe are losing this war.\u201d"
    )
    found = [q for q in quotes(text) if q.text == "We are losing this war."]
    assert len(found) == 1
    assert speaker_text(text, found[0]) == "The general"
    assert found[0].cue == ":"


def test_same_speaker_named_again_keeps_the_quote_going_with_its_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cWe are ready,\u201d Anna Lind said. Lind paused. \u201cBut not at any price.\u201d"
    found = [q for q in quotes(text) if q.text == "But not at any price."]
    assert len(found) == 1
    assert found[0].cue == "said"


def test_in_the_words_of_names_the_source_of_the_quote_after_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The summit was, in the words of one diplomat, \u201ca complete mess from start to finish.\u201d"
    found = quotes(text)
    assert [(q.kind, q.text) for q in found] == [("direct", "a complete mess from start to finish.")]
    assert speaker_text(text, found[0]) == "one diplomat"


def test_those_were_the_words_of_names_the_speaker_of_the_quote_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cThe talks are over,\u201d the envoy said.\n"
        "\u201cIt is a disgrace.\u201d Those were the words of the Labour MP Diane Abbott after the vote."
    )
    found = [q for q in quotes(text) if q.text == "It is a disgrace."]
    assert len(found) == 1
    assert speaker_text(text, found[0]) == "the Labour MP Diane Abbott"


def test_live_blog_time_stamp_is_not_part_of_the_label_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Leaders meet in Geneva for a second day of talks.\n"
        "10:42 GMT - Zelensky: \u201cWe need air defence now, not in six months.\u201d\n"
        "12:15 p.m. Blinken: \u201cThe United States stands with its allies.\u201d"
    )
    found = quotes(text)
    assert [(speaker_text(text, q), q.kind, q.text) for q in found] == [
        ("Zelensky", "direct", "We need air defence now, not in six months."),
        ("Blinken", "direct", "The United States stands with its allies."),
    ]


def test_label_before_a_wholly_quoted_line_gives_a_direct_quote_without_its_marks(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The debate turned sharp.\nJONES: "With respect, that is exactly what your government signed."'
    found = [q for q in quotes(text) if q.cue == ":"]
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "With respect, that is exactly what your government signed.")
    ]


def test_interview_turn_labels_are_no_speaker_names(quotes) -> None:  # type: ignore[no-untyped-def]
    """ "Q" is the interviewer, unnamed; "A" is whoever the introduction names, here no one."""
    text = "The senator spoke to us in her office.\nQ: Will you run again in 2028?\nA: I have not decided yet, and my family comes first."
    found = quotes(text)
    turns = [q for q in found if q.cue == ":"]
    assert [q.text for q in turns] == [
        "Will you run again in 2028?",
        "I have not decided yet, and my family comes first",
    ]
    assert turns[0].speaker_start is None
    assert all(q.speaker is None or q.speaker.name not in ("Q", "A") for q in turns)


def test_cue_named_after_a_quote_wins_over_a_plain_verb_before_its_colon(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The analyst said he did not think the casino would last long: "
        '"Once the cold winds blow, it will not make it," Roffman predicted.'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in found] == [
        ("predicted", "Once the cold winds blow, it will not make it,")
    ]
    assert speaker_text(text, found[0]) == "Roffman"


def test_according_to_after_a_quote_gives_a_direct_quote_without_its_marks(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not leave the city until the job is done," according to a statement from the army.'
    found = quotes(text)
    assert [(q.kind, q.cue, q.text) for q in found] == [
        ("direct", "according to", "We will not leave the city until the job is done,")
    ]
    assert speaker_text(text, found[0]) == "a statement from the army"


def test_dash_then_that_was_the_message_from_names_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will keep the border open," the interior minister said.\n'
        '"The war must end now" \u2014 that was the message from the UN secretary general on Friday.'
    )
    found = [q for q in quotes(text) if q.text == "The war must end now"]
    assert len(found) == 1
    assert speaker_text(text, found[0]) == "the UN secretary general"


def test_came_the_reply_from_names_the_speaker_of_the_quote_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "'We expect a decision soon,' the minister said.\n"
        "'Absolutely not,' came the reply from the Foreign Office."
    )
    found = [q for q in quotes(text) if q.text == "Absolutely not,"]
    assert [(q.kind, q.cue) for q in found] == [("direct", "came the reply from")]
    assert speaker_text(text, found[0]) == "the Foreign Office"


def test_short_second_part_after_an_inverted_attribution_is_kept(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"We need more time," said the German negotiator, "and more money."'
    found = quotes(text)
    assert [(q.kind, q.cue, q.text) for q in found] == [
        ("direct", "said", "We need more time,"),
        ("direct", "said", "and more money."),
    ]
    assert {speaker_text(text, q) for q in found} == {"the German negotiator"}


def test_quote_left_open_ends_before_the_attribution_inside_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The protests went on for a third night.\n"
        '"We will not give up, the opposition leader said, vowing to return to the streets on Friday.\n'
        '"This is only the beginning, and we will be back, said Maria Lopez, a student.'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in found] == [
        ("said", "We will not give up,"),
        ("said", "This is only the beginning, and we will be back,"),
    ]
    assert [speaker_text(text, q) for q in found] == ["the opposition leader", "Maria Lopez, a student"]


def test_quote_running_over_two_paragraphs_with_no_attribution_inside_stays_whole(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"The first part of the speech is long and sad.\n"The second part of it is short," the mayor said.'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in found] == [
        'The first part of the speech is long and sad.\n"The second part of it is short,'
    ]


def test_quote_in_a_second_that_clause_of_a_report_extends_its_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The spokesman told reporters on Friday that Moscow was \u201copen to talks\u201d but that "
        "Kyiv must \u201caccept the new realities.\u201d"
    )
    found = quotes(text)
    assert [(q.kind, q.cue, q.text) for q in found] == [
        (
            "indirect",
            "told",
            "that Moscow was \u201copen to talks\u201d but that Kyiv must \u201caccept the new realities.\u201d",
        )
    ]


def test_quote_in_a_clause_with_its_own_subject_does_not_extend_the_report(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The candidate spoke about jobs and taxes, but by Sunday the speech had been changed to "
        "\u201caddress the attack and the security of the nation.\u201d"
    )
    found = [q for q in quotes(text) if q.cue is not None and "spoke" in q.cue]
    assert all("\u201c" not in q.text for q in found)


def test_cue_with_a_setting_before_the_colon_sets_off_a_one_word_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The senator, who chairs the committee, said on X: "Enough."'
    found = quotes(text)
    assert [(q.kind, q.cue, q.text) for q in found] == [("direct", "said", "Enough.")]
    assert speaker_text(text, found[0]) == "The senator, who chairs the committee,"


def test_party_and_state_in_parentheses_before_a_colon_are_not_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'Lawmakers reacted quickly.\nSen. Lindsey Graham (R-S.C.): "This is the moment to act."'
    found = quotes(text)
    assert [(q.kind, q.text) for q in found] == [("direct", "This is the moment to act.")]
    assert speaker_text(text, found[0]) == "Sen. Lindsey Graham"


def test_transcript_turn_is_a_direct_quote_and_a_headline_label_is_not(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Warren: New rules will hurt small farms\n"
        "The following is a transcript of the interview.\n"
        "BLINKEN: I think it is possible, but it will require hard choices."
    )
    kinds = {speaker_text(text, q): q.kind for q in quotes(text) if q.cue == ":"}
    assert kinds == {"Warren": "indirect", "BLINKEN": "direct"}


def test_subject_between_a_quote_and_its_cue_is_the_speaker_when_the_parse_loses_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "\"The numbers don't lie,\" the report's author, economist Priya Nair, told Bloomberg TV."
    found = quotes(text)
    assert [(q.kind, q.cue, q.text) for q in found] == [("direct", "told", "The numbers don't lie,")]
    assert speaker_text(text, found[0]) == "the report's author, economist Priya Nair"


def test_name_and_its_apposition_between_a_quote_and_its_cue_are_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cHe looked me in the eye and asked what it takes to win here,\u201d Deborah Tamargo, "
        "the chairwoman of the county party, recalled."
    )
    found = quotes(text)
    assert [(q.kind, q.cue) for q in found] == [("direct", "recalled")]
    assert speaker_text(text, found[0]) == "Deborah Tamargo, the chairwoman of the county party"


def test_writers_apposition_after_a_quote_is_not_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cThe mood is like the 1960s, going into the 1970s,\u201d the dawn of the modern "
        "conservative movement, Bozell says."
    )
    found = [q for q in quotes(text) if q.cue == "says"]
    assert found and all(speaker_text(text, q) == "Bozell" for q in found)


def test_quote_closed_by_a_dash_and_a_handle_is_the_handles_without_its_marks(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'Reaction poured in on social media.\n"Just landed in Kyiv. More to come soon." \u2014 @SecBlinken'
    found = quotes(text)
    assert [(q.kind, q.text) for q in found] == [("direct", "Just landed in Kyiv. More to come soon.")]
    assert speaker_text(text, found[0]) == "@SecBlinken"


def test_inverted_subject_after_a_cue_is_the_speaker_when_the_parse_loses_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cHaving the file and two people who understand it is huge,\u201d said Skelly, "
        "explaining he worked closely with them."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, speaker_text(text, q)) for q in found] == [("said", "Skelly")]


def test_inverted_subject_keeps_its_party_and_state(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Republicans are so frustrated with the decision," said Oversight ranking Democrat '
        'Elijah Cummings (D-Md.). "They are spending their final days here."'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert {speaker_text(text, q) for q in found} == {"Oversight ranking Democrat Elijah Cummings (D-Md.)"}


def test_a_person_named_inside_a_sentences_subject_does_not_make_it_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The giant Donald Trump face on the billboards has not hurt ticket sales. "
        "\u201cIt has had a marvelous result for all of us.\u201d"
    )
    found = [q for q in quotes(text) if q.text.startswith("It has had")]
    assert all(q.speaker_start is None for q in found)


def test_a_title_inside_a_sentence_before_a_cue_is_not_a_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"The Apprentice" star Donald Trump said he would build a wall.'
    found = quotes(text)
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].text == "he would build a wall"


def test_a_short_quote_after_a_sentence_pointing_back_names_its_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"A disaster." That was the view of Jane Roe, a senior diplomat, after the talks.'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in found] == ["A disaster."]
    assert speaker_text(text, found[0]) is not None and "Jane Roe" in speaker_text(text, found[0])


def test_one_word_quote_after_said_before_a_when_clause_is_a_direct_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'The minister said "no" when asked about a second referendum.'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in found] == [("said", "no")]


def test_show_title_after_told_before_a_clause_is_not_a_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We have to really increase the pressure," the senator told "Fox and Friends" '
        "after he was asked about the attack."
    )
    assert [q.text for q in quotes(text) if q.kind == "direct"] == [
        "We have to really increase the pressure,"
    ]


def test_quote_paragraph_after_a_report_naming_two_people_is_the_reporters(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The foreign minister, Jane Roe, said the talks with John Doe had failed.\n"
        '"We gave them every chance, and they wasted it."'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in found] == ["We gave them every chance, and they wasted it."]
    assert speaker_text(text, found[0]) == "The foreign minister, Jane Roe,"


def test_headline_opening_on_a_quote_then_a_colon_takes_the_name_after_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = '"Worst deal ever": Trump slams Iran accord\nThe president spoke on Sunday.'
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in found] == [("slams", "Worst deal ever")]
    assert speaker_text(text, found[0]) == "Trump"


def test_title_read_as_a_verb_before_a_name_is_part_of_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"I am impressed by his ability to insult every kind of human being," screenwriter '
        "Cole Haddon wrote on Twitter."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, speaker_text(text, q)) for q in found] == [("wrote", "screenwriter Cole Haddon")]


def test_name_after_a_sentence_opening_cue_before_a_colon_is_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Some note that the plan would make the code more complicated. Said Ellis: "
        "\u201cI do not get the sense she is the least bit interested in tax reform.\u201d"
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, speaker_text(text, q)) for q in found] == [("Said", "Ellis")]


def test_a_newsletter_section_head_before_a_dash_is_no_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'Morning briefing\nHARBOUR BEAT\u2014"The new ferry terminal will open in the spring, a year later than planned."'
    assert all(q.speaker is None or q.speaker.name != "HARBOUR BEAT" for q in quotes(text))
