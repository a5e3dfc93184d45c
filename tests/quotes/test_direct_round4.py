"""Direct quotations of round 4 (issue 6): short quotes set off by a cue, verbs that introduce a
quote by their position, speakers and edges of direct quotes. Sentences written here."""

from __future__ import annotations

from tests.quotes.conftest import speaker_text


def test_short_quote_after_said_comma_is_direct(quotes) -> None:  # type: ignore[no-untyped-def]
    text = 'When asked whether he would run again, the senator said, "I hope not."'
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("I hope not.", "said")]
    assert speaker_text(text, direct[0]) == "the senator"


def test_short_quote_after_cue_without_comma_when_a_whole_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "As the speech ended, a woman in the back row yelled \u201cGo home!\u201d"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("Go home!", "yelled")]


def test_verb_outside_lexicon_before_comma_and_quote_is_its_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The boat sailed off as his cousins jeered, \u201cGoodbye forever, sailor!\u201d"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("Goodbye forever, sailor!", "jeered")]
    assert speaker_text(text, direct[0]) == "his cousins"


def test_cue_that_sets_the_quote_off_wins_over_a_later_one(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The governor said, \u201cWe will see,\u201d when asked whether she would sign the bill."
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("We will see,", "said")]


def test_short_scare_quote_inside_a_sentence_stays_out(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The council approved the \u201cgreen corridor\u201d plan on Monday."
    assert [q for q in quotes(text) if q.kind == "direct"] == []


def test_quote_opening_a_paragraph_after_a_work_noun_is_speech(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The singer spent the winter writing songs for a new album.\n\n"
        "\u201cWe had finished most of the record before the tour began,\u201d Lena Hart said."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.cue for q in direct] == ["said"]
    assert direct[0].text.startswith("We had finished")


def test_verb_outside_lexicon_after_quote_and_its_subject_is_the_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cSit down and listen to the people of this town,\u201d the old farmer growled."
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.cue for q in direct] == ["growled"]
    assert speaker_text(text, direct[0]) == "the old farmer"


def test_bare_attribution_sentence_before_quote_gives_itsspeaker_text(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reyes, the county clerk, said in a statement. \u201cEvery ballot has been counted "
        "twice and the totals will not change.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.cue for q in direct] == ["said"]
    assert direct[0].text.startswith("Every ballot")
    assert (speaker_text(text, direct[0]) or "").startswith("Tom Reyes")


def test_statement_noun_before_comma_and_quote_gives_its_issuer(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hours after the flood, the governor issued a statement, \u201cOur hearts are with every "
        "family that lost a home tonight.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].text.startswith("Our hearts")
    assert direct[0].cue == "issued a statement"
    assert speaker_text(text, direct[0]) == "the governor"


def test_quote_after_cue_runs_on_with_the_writers_words_to_sentence_end(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The coach said \u201cwe played our best game of the year\u201d despite the narrow loss."
    found = quotes(text)
    assert len(found) == 1
    assert found[0].text == "\u201cwe played our best game of the year\u201d despite the narrow loss"
    assert found[0].cue == "said"


def test_quote_in_next_paragraph_after_cue_then_quote_is_kept_apart(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor spoke to reporters on Monday.\n\n"
        "Mayor Ann Cole said: \u201cWe will repair every bridge in the city before winter.\u201d\n\n"
        "\u201cNobody will pay a higher toll under our plan, and that is a promise.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text[:9] for q in direct] == ["We will r", "Nobody wi"]
    assert direct[0].cue == "said" and direct[1].cue is None
    assert direct[1].speaker_start == direct[0].speaker_start


def test_quote_in_next_paragraph_after_quote_then_cue_shares_the_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe will repair every bridge in the city before winter,\u201d Mayor Ann Cole said.\n\n"
        "\u201cNobody will pay a higher toll under our plan, and that is a promise.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 2 and {q.cue for q in direct} == {"said"}


def test_title_case_quote_standing_as_a_paragraph_is_a_subheading(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe will repair every bridge in the city before winter,\u201d Mayor Ann Cole said.\n\n"
        "\u201cAll Bets Are Off.\u201d\n\n"
        "The council meets again next week."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text[:8] for q in direct] == ["We will "]


def test_colon_without_cue_verb_before_quote_is_the_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The findings surprised many analysts. From the new report: \u201cMost voters in rural "
        "counties now get their news from television rather than newspapers.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == ":"
    assert direct[0].text.startswith("Most voters")
    assert (speaker_text(text, direct[0]) or "").endswith("report")


def test_colon_after_a_quoted_title_and_byline_gives_no_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cBig Win Tonight,\u201d by Jane Roe: \u201cThe senator won the primary by a wide "
        "margin on Tuesday night, taking every county.\u201d"
    )
    assert [q for q in quotes(text) if q.kind == "direct" and q.cue == ":"] == []


def test_title_case_words_set_off_by_a_cue_are_speech(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "After the rally, the candidate tweeted, \u201cThank You Ohio #Vote2024\u201d on Friday."
    direct = [q for q in quotes(text) if q.cue == "tweeted"]
    assert len(direct) == 1 and "Thank You Ohio" in direct[0].text


def test_cue_with_particle_sets_off_the_next_quote_not_the_one_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The aide asked her boss, \u201cWhy now? Was that on the way to Paris?\u201d "
        "The boss then wrote back, \u201cYou look great.\u201d"
    )
    found = quotes(text)
    last = [q for q in found if q.text.startswith("You look")]
    assert len(last) == 1 and last[0].cue is not None and last[0].cue.endswith("wrote")
    first = [q for q in found if "Why now" in q.text]
    assert first and all(q.cue is None or "wrote" not in q.cue for q in first)


def test_invisible_direction_mark_before_a_quote_does_not_hide_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "\u202a\u201dThis is why we need more people like you in office!!\u201d posted Tom Lee."
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text[:7]) for q in direct] == [("posted", "This is")]


def test_cue_verb_tagged_as_noun_at_sentence_end_after_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe will never give up on this town and its people, not now and not ever,\u201d "
        "a voice-over in the ad states."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].text.startswith("We will never")
    assert direct[0].cue == "states"
    assert speaker_text(text, direct[0]) == "a voice-over in the ad"


def test_paragraph_ending_in_a_colon_without_cue_introduces_the_next_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The governor spoke to the farmers on Tuesday.\n\n"
        "Partial transcript as follows:\n\n"
        "\u201cWe have listened to every county, and the new water plan will reach all of them by spring.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == ":"
    assert direct[0].text.startswith("We have listened")


def test_writers_words_before_a_quote_that_completes_them_are_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The fair, held every summer since 1952, \u201clets small farmers sell straight to the "
        "city,\u201d said Ms. Dora Vance."
    )
    found = quotes(text)
    assert len(found) == 1 and found[0].cue == "said"
    assert found[0].text.startswith("The fair, held every summer")
    assert found[0].text.endswith("city,\u201d")


def test_quote_after_a_sentence_closed_by_an_attribution_takes_its_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The old law was worth a look because \u201cfew people know about that loophole,\u201d she said. "
        "\u201cWe cannot fix the present if we do not know where it came from.\u201d"
    )
    direct = [q for q in quotes(text) if q.text.startswith("We cannot")]
    assert len(direct) == 1 and direct[0].cue == "said"


def test_split_quote_around_cue_with_participle_keeps_the_main_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cShe can never be as far left as her rival,\u201d the former governor said, recalling her "
        "own race: \u201cI am not sure he hurt me, but he took my attention away from the voters.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 2 and {q.cue for q in direct} == {"said"}


def test_quote_right_after_cue_closing_its_clause_is_direct(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The marchers carried a banner that read \u201cHands off our parks\u201d."
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in direct] == [("read", "Hands off our parks")]


def test_quote_right_after_cue_inside_a_reported_clause_is_left_to_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters said they want \u201cjustice for the miners,\u201d and marched on."
    found = quotes(text)
    assert not any(q.kind == "direct" and q.cue == "want" for q in found)


def test_quote_inside_a_quote_with_the_same_marks_does_not_cut_the_outer_one() -> None:
    from newsledger.quotes.marks import find_quoted

    text = "He tweeted: \u201cFans behind the mayor wearing \u201cVote Blue\u201d hats at the fair\u2026 wow.\u201d"
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == [
        "\u201cFans behind the mayor wearing \u201cVote Blue\u201d hats at the fair\u2026 wow.\u201d"
    ]


def test_second_opening_mark_as_a_typo_for_a_closing_one_still_closes() -> None:
    from newsledger.quotes.marks import find_quoted

    text = "\u201cWe will win this race,\u201c she said. \u201cAnd we will win it soon.\u201d"
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans[0] == "\u201cWe will win this race,\u201c"


def test_partial_quote_in_the_sentence_after_a_direct_quote_shares_its_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe thought only the other side was careless,\u201d Ken Ito said. "
        "The minister \u201cclearly misspoke and should not talk about it in public.\u201d"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 2 and {q.cue for q in direct} == {"said"}
    assert direct[1].text.startswith("clearly misspoke")


def test_according_to_before_a_quote_is_its_frame(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The reporters will write a book on him.\n\n"
        "According to Ada Lowe, \u201cThe city's property market is harder to read than any spy agency,\u201d "
        "so the book will start there."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == "According to"
    assert speaker_text(text, direct[0]) == "Ada Lowe"


def test_short_quote_after_a_dash_set_off_by_a_following_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He attacked the company's plan to move its bakery abroad - \u201cI love cookies,\u201d "
        "he said, \u201cbut I will never buy them again\u201d - and promised a tariff."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in direct][:1] == ["I love cookies,"]
    assert {q.cue for q in direct} == {"said"}


def test_quote_paragraph_followed_by_a_bare_attribution_paragraph(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council voted late on Monday.\n\n"
        "\u201cThere are no ballots left to count, and the result of the vote will stand.\u201d\n\n"
        "Rosa Diaz, the party chair, said in a statement."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == "said"
    assert (speaker_text(text, direct[0]) or "").startswith("Rosa Diaz")


def test_cue_after_a_long_speaker_description_is_found(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cIt has the great virtue of being honest about the costs,\u201d Leonora Price, director of "
        "the independent Center for Budget Studies and a professor at the State University of the North, "
        "said of the plan."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue == "said"
    assert (speaker_text(text, direct[0]) or "").startswith("Leonora Price")


def test_quote_followed_by_subject_and_went_on(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cAnd it worries me because it would end every kind of coverage people rely on today,\u201d "
        "she went on."
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].cue is not None and direct[0].cue.startswith("went")


def test_words_right_after_a_naming_word_are_quoted_with_it_as_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The campaign released a new ad titled \u201cA Quiet Winter\u201d on Monday."
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.text) for q in direct] == [("titled", "A Quiet Winter")]


def test_known_as_with_a_comma_before_a_quote_is_not_a_name(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fred, as he was known, \u201cwas caught in the middle as somebody who never loved the "
        "business,\u201d his cousin said."
    )
    assert not any(q.cue == "known" for q in quotes(text))
