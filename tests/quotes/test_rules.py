"""Quote extraction (rules.v1) on sentences written for these tests, with the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.quotes.base import QuoteExtractor
from newsledger.quotes.rules import RulesQuoteExtractor


def test_extractor_implements_protocol(extractor: RulesQuoteExtractor) -> None:
    assert isinstance(extractor, QuoteExtractor)


def test_direct_quote_with_speaker_after(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("“Our doors remain open to serious talks,” Wang Yi said on Monday.")
    assert len(found) == 1
    q = found[0]
    assert (q.kind, q.text, q.cue) == ("direct", "Our doors remain open to serious talks,", "said")
    assert q.speaker is not None and q.speaker.name == "Wang Yi" and q.speaker_id == "wang-yi"


def test_split_quote_gives_two_quotes_with_one_speaker_and_cue(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("“We will not back down,” Wang Yi said on Tuesday, “and nobody should doubt that.”")
    assert [q.kind for q in found] == ["direct", "direct"]
    assert found[1].text == "and nobody should doubt that."
    assert {q.speaker_id for q in found} == {"wang-yi"}
    assert found[0].cue_start == found[1].cue_start


def test_colon_introduces_quote_spanning_paragraphs(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Vladimir Putin spoke for an hour: "Our position has not changed at all.\n'
        '"We remain ready to talk to anyone who wants a lasting peace."'
    )
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.text.startswith("Our position") and q.text.endswith("lasting peace.")
    assert q.speaker_id == "vladimir-putin"


def test_guillemets_and_speaker_in_previous_quote(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "«The sanctions have failed and everyone knows it», said Sergei Lavrov.\n"
        "«Europe will pay the price for this policy for many years.»"
    )
    found = quotes(text)
    assert [q.kind for q in found] == ["direct", "direct"]
    assert all(q.speaker is not None and q.speaker.name == "Sergei Lavrov" for q in found)


def test_unbalanced_quote_ends_at_paragraph(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Joe Biden said: “We will stand with our allies for as long as it takes.\nThe talks resume in May."
    found = quotes(text)
    assert len(found) == 1
    assert found[0].text == "We will stand with our allies for as long as it takes."


def test_indirect_said_that_with_addressee(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Joe Biden told reporters that the United States would send more aid to Kyiv.")
    assert len(found) == 1
    q = found[0]
    assert q.kind == "indirect" and q.text == "that the United States would send more aid to Kyiv"
    assert q.speaker_id == "joe-biden" and q.cue == "told"
    assert q.addressee is not None and q.addressee.name == "reporters"


def test_accused_of_names_addressee(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Beijing accused Washington of spreading false claims about the balloon.")
    assert len(found) == 1
    q = found[0]
    assert q.speaker is not None and q.speaker.country == "CHN"
    assert q.addressee_id == "USA"
    assert q.text == "spreading false claims about the balloon"


def test_according_to_outlet_is_source_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("According to Russian state media, Putin warned Biden that new sanctions would backfire.")
    assert len(found) == 1
    q = found[0]
    assert q.speaker_id == "vladimir-putin" and q.addressee_id == "joe-biden"
    assert q.source_chain == ("Russian state media",)


def test_according_to_alone_is_reported_speech(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("According to the foreign ministry, the talks will continue in Geneva next week.")
    assert len(found) == 1
    assert found[0].cue == "According to" and found[0].text == "the talks will continue in Geneva next week"


def test_told_news_agency_goes_into_source_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The Kremlin told state news agency TASS that the talks had failed completely.")
    assert len(found) == 1
    q = found[0]
    assert q.speaker_id == "RUS" and q.addressee_id == "TASS"
    assert q.source_chain == ("state news agency TASS",)


def test_anonymous_official_is_unnamed_source(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "An official who spoke on condition of anonymity said the visit would go ahead next month."
    )
    assert len(found) == 1
    assert found[0].speaker is None
    assert found[0].source_chain == ("An official who spoke on condition of anonymity",)


def test_scare_quotes_and_titles_are_not_speech(quotes) -> None:  # type: ignore[no-untyped-def]
    # A short quoted phrase with no cue and no clause distances the writer from a word
    # ("so-called"), and a quoted capitalised name is a title: nobody is quoted.
    text = (
        "The so-called “no limits” partnership was on display in Moscow.\n"
        "Many officials watched “The Battle of the Ancient River” at the festival."
    )
    assert quotes(text) == []


def test_quote_ids_are_deterministic(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "“We have nothing to hide from anyone,” Sergei Lavrov said."
    assert [q.id for q in quotes(text)] == [q.id for q in quotes(text)]


def test_post_posed_attribution_takes_the_clause_before_it(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The talks in Geneva will resume next week, but progress is unlikely, a diplomat said.")
    assert len(found) == 1
    q = found[0]
    assert q.kind == "indirect" and q.cue == "said"
    assert q.text == "The talks in Geneva will resume next week, but progress is unlikely"


def test_speaker_label_in_a_transcript(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("BLINKEN: We have made our position clear to our partners.")
    assert len(found) == 1
    assert found[0].text == "We have made our position clear to our partners"
    assert found[0].cue == ":"


def test_dash_after_a_quote_names_its_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("“The debate changed nothing for me at all.” \u2015 Maria Lopez")
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.name == "Maria Lopez"


def test_possessor_of_a_noun_cue_is_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Moscow's claim that the exercise was purely defensive drew little support abroad.")
    assert any(q.cue == "claim" and q.text == "that the exercise was purely defensive" for q in found)


def test_preposition_introduces_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Xi Jinping spoke openly about the future of the Belt and Road Initiative.")
    assert len(found) == 1
    assert found[0].cue == "spoke openly about"
    assert found[0].text == "the future of the Belt and Road Initiative"


def test_coordinated_cue_is_a_second_quote_of_the_same_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "Joe Biden said he would review the cyber defences and warned against attacks from abroad."
    )
    assert [(q.cue, q.speaker_id) for q in found] == [("said", "joe-biden"), ("warned against", "joe-biden")]
    assert found[0].text == "he would review the cyber defences"


def test_quoted_clause_inside_reported_speech_is_covered(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Sergei Lavrov said the West was “trying to isolate Russia at any cost” this year.")
    assert len(found) == 1
    assert "trying to isolate Russia at any cost" in found[0].text
    assert found[0].speaker_id == "sergei-lavrov"


def test_quoted_words_only_without_reported_speech(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Sergei Lavrov said the talks had failed.\n"
        "Mr. Lavrov said the West was “trying to isolate Russia at any cost” this year."
    )
    art = Article(id="a1", page_id="p1", source="test", text=text, published=dt.date(2023, 6, 1))
    doc = pipeline.doc(text)
    mentions, actors = resolve_actors(art, doc, gazetteer, Lexicon.load(None))
    found = RulesQuoteExtractor(reported=False).extract(art, doc, mentions=mentions, actors=actors)
    assert [q.text for q in found] == ["trying to isolate Russia at any cost"]
    assert found[0].kind == "direct" and found[0].speaker_id == "sergei-lavrov"


def test_short_quote_after_a_verb_is_not_a_continuation(quotes) -> None:  # type: ignore[no-untyped-def]
    # A quotation in mid-sentence ("a “close friend”") does not continue the quote before it.
    text = "“We stand together against pressure,” Wang Yi said.\nVladimir Putin called him a “close friend” later."
    found = quotes(text)
    assert [q.text for q in found if q.kind == "direct"] == ["We stand together against pressure,"]


def test_parenthetical_attribution_splits_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The new sanctions, Joe Biden said, would hit the oil trade hardest.")
    assert [q.text for q in found] == ["The new sanctions", "would hit the oil trade hardest"]
    assert {q.cue_start for q in found} == {found[0].cue_start} and found[0].speaker_id == "joe-biden"


def test_pronoun_speaker_resolves_through_its_mention(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wang Yi arrived in Moscow on Monday.\n“Our cooperation is not aimed at any third country,” he said."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker_id == "wang-yi" and text[found[0].speaker_start : found[0].speaker_end] == "he"


def test_metonym_speaker_is_the_government(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Beijing said that the new tariffs would hurt both economies.")
    assert len(found) == 1
    assert found[0].speaker is not None and (found[0].speaker.kind, found[0].speaker.country) == (
        "state",
        "CHN",
    )


def test_addressee_from_a_call_with(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Vladimir Putin said in a call with Xi Jinping that relations were at a historic high.")
    assert len(found) == 1
    assert found[0].speaker_id == "vladimir-putin" and found[0].addressee_id == "xi-jinping"


def test_speaker_named_in_the_paragraph_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Wang Yi was in no mood to compromise on Tuesday.\n“We will never accept interference in our internal affairs.”"
    found = quotes(text)
    assert len(found) == 1
    assert found[0].kind == "direct" and found[0].speaker_id == "wang-yi" and found[0].cue is None


def test_no_speaker_guessed_when_the_paragraph_before_names_two(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Wang Yi met Antony Blinken in Munich on Saturday.\n“Nobody should doubt our resolve to defend our interests.”"
    assert quotes(text) == []


def test_adjective_cue_takes_the_subject_of_its_copula(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Joe Biden has been critical of the new trade rules.")
    assert len(found) == 1
    assert (found[0].cue, found[0].text, found[0].speaker_id) == (
        "has been critical of",
        "the new trade rules",
        "joe-biden",
    )


def test_object_content_runs_to_the_end_of_the_cue_clause(quotes) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "as proof of ..." on the verb; the content keeps it
    found = quotes("The senator cited the closures of three rural clinics as proof of a failing policy.")
    q = next(q for q in found if q.cue is not None and "cited" in q.cue)
    assert q.text.startswith("the closures of three rural clinics")
    assert q.text.endswith("as proof of a failing policy")


def test_attitude_verb_takes_its_object_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Governor Lane stressed the need for cheaper ferry tickets.")
    q = next(q for q in found if q.cue is not None and "stressed" in q.cue)
    assert q.kind == "indirect"
    assert q.text == "the need for cheaper ferry tickets"
    assert q.speaker is not None and "Lane" in q.speaker.name


def test_passive_cue_with_agent_takes_the_subject_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The harbour tunnel plan is supported by most local business owners."
    found = quotes(text)
    q = next(q for q in found if q.cue is not None and "supported" in q.cue)
    assert q.text == "The harbour tunnel plan"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start : q.speaker_end] == "most local business owners"


def test_it_as_the_subject_of_an_active_cue_is_a_source(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The council sent a letter on Monday. It says the developer ignored the zoning rules.")
    assert any(q.cue == "says" and q.text == "the developer ignored the zoning rules" for q in found)


def test_words_before_a_colon_are_not_the_content_of_the_cue_after_it(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "The vote started another quarrel on Tuesday: farmers said they are tired of waiting for the subsidy."
    )
    q = next(q for q in found if q.cue == "said")
    assert "quarrel" not in q.text
    assert q.text.startswith("they are tired of waiting")


def test_respond_to_takes_what_was_answered_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor's office did not respond to requests for comment.")
    assert any(q.text == "requests for comment" for q in found)


def test_coordinated_infinitives_hung_on_the_cue_stay_in_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("She wants to double the size of the ferry fleet, raise port fees and close two piers.")
    q = next(q for q in found if q.cue == "wants")
    assert q.text.startswith("to double the size")
    assert q.text.endswith("close two piers")


def test_content_that_stops_at_a_colon_runs_through_the_next_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "The analyst Mr. Ortega notes that two things are happening at once: rents are rising and wages are flat."
    )
    q = next(q for q in found if q.cue == "notes")
    assert q.text.startswith("that two things are happening")
    assert q.text.endswith("wages are flat")


def test_noun_cue_takes_an_infinitive_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor's decision to close the library on Sundays was unpopular.")
    assert any(q.cue == "decision" and q.text == "to close the library on Sundays" for q in found)


def test_finding_noun_labels_a_headline(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Poll: Rural voters turn against the ferry tax.\n\nThe vote is next week.")
    assert any(q.cue == ":" and q.text == "Rural voters turn against the ferry tax" for q in found)


def test_passive_cue_without_agent_keeps_its_subject_in_the_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("Two local officials were accused of taking bribes from a builder.")
    parts = {q.text for q in found if q.cue is not None and "accused" in q.cue}
    assert parts == {"Two local officials", "taking bribes from a builder"}
    assert all(q.speaker_start is None for q in found)


def test_verb_of_appearance_takes_subject_and_complement_as_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The harbour can appear to be a quiet place in winter.")
    parts = {q.text for q in found if q.cue is not None and "appear" in q.cue}
    assert parts == {"The harbour", "to be a quiet place in winter"}


def test_quote_after_a_sentence_with_another_cue_continues_the_first_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "“We cannot fix the port if we do not know what is broken,” Lane said, stressing the cost. "
        "“What we need is a new survey of the harbour.”"
    )
    second = next(q for q in found if q.text.startswith("What we need"))
    assert second.cue == "said"


def test_short_sentence_quote_after_an_attributed_quote_continues_it(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("“The ferry is finished,” Lane said. “In my view, anyway.”")
    assert any(q.text == "In my view, anyway." and q.cue == "said" for q in found)


def test_long_speaker_after_a_quote_keeps_the_quote_direct(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "“The tunnel will be late and it will cost more than anyone admits,” Rep. Anna Lane (D-Ore.), "
        "a member of the transport panel, said in a phone interview."
    )
    q = next(q for q in found if q.text.startswith("The tunnel"))
    assert q.kind == "direct" and q.cue == "said"


def test_according_to_after_a_content_is_not_part_of_it(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The council praised the new ferry timetable, according to minutes published by the city.")
    q = next(q for q in found if q.cue is not None and "praised" in q.cue)
    assert q.text == "the new ferry timetable"


def test_quote_inside_reported_words_is_part_of_the_reported_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes(
        "The harbour master said the new rules were “a serious mistake that hurts every fisherman” "
        "and would be withdrawn."
    )
    q = next(q for q in found if q.cue == "said")
    assert q.kind == "indirect"
    assert q.text.startswith("the new rules were")
    assert q.text.endswith("would be withdrawn")


def test_as_parenthetical_attribution_splits_its_sentence(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The harbour, as one of the port engineers pointed out, rarely freezes in winter.")
    parts = {q.text for q in found if q.cue == "pointed out"}
    assert "rarely freezes in winter" in parts
    assert not any("as one of" in q.text for q in found)
    found = quotes("As the port engineer noted, the harbour rarely freezes in winter.")
    assert any(q.cue == "noted" and q.text == "the harbour rarely freezes in winter" for q in found)


def test_stance_noun_after_a_copula_or_in_apposition_names_the_holder(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The senator is a staunch opponent of the new toll road.")
    assert any(q.text == "the new toll road" and q.cue == "is a staunch opponent of" for q in found)
    text = "Anna Lane, a longtime supporter of the ferry plan, spoke first."
    q = next(q for q in quotes(text) if q.text == "the ferry plan")
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "Anna Lane"


def test_it_is_clear_that_is_an_attribution_without_a_source(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("It is apparent that the council wanted to hide the ferry report.")
    q = next(q for q in found if q.cue == "is apparent")
    assert q.text == "that the council wanted to hide the ferry report"
    assert q.speaker_start is None
    found = quotes("It appeared that the mayor was unable to answer the question.")
    assert any(q.cue == "appeared" and q.text.startswith("that the mayor") for q in found)


def test_relative_word_before_a_cue_is_the_first_part_of_its_content(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The union bought the quarry, which Mr. Ortega says he is doing everything to keep open.")
    parts = {q.text for q in found if q.cue == "says"}
    assert "which" in parts
    assert any(p.startswith("he is doing everything") for p in parts)


def test_noun_cue_reaches_its_preposition_past_a_day(quotes) -> None:  # type: ignore[no-untyped-def]
    found = quotes("The mayor's comments Tuesday on the ferry strike angered the unions.")
    assert any(
        q.cue is not None and q.cue.startswith("comments") and q.text == "the ferry strike" for q in found
    )


def test_blank_lines_between_paragraphs_do_not_break_a_quote_continuation(quotes) -> None:  # type: ignore[no-untyped-def]
    one = (
        "“The ferry will run all winter,” Lane said.\n“We have hired two more crews for the night sailings.”"
    )
    two = one.replace("\n", "\n\n")
    for text in (one, two):
        found = quotes(text)
        q = next(q for q in found if q.text.startswith("We have hired"))
        assert q.cue == "said"


def test_headline_label_before_a_quotation_is_its_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour Board Grills Ferry Chief: ‘You Should Have Warned Us.’\n\nThe board met on Monday."
    found = quotes(text)
    q = next(q for q in found if "Warned Us" in q.text)
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end].startswith("Harbour Board")


def test_speaker_named_only_by_a_description_keeps_it_as_the_name(quotes) -> None:  # type: ignore[no-untyped-def]
    # No actor to resolve to, but "who said it" is still the chair, not nobody; the
    # relative clause after the comma is not part of the name.
    (q,) = [
        q
        for q in quotes(
            "“The harbour will reopen soon,” said the chair of the port board, who visited on Friday."
        )
        if q.kind == "direct"
    ]
    assert q.speaker is not None and q.speaker.name == "chair of the port board"
    assert q.speaker.country is None and q.speaker_id is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“We will not back down”, the minister said.", "We will not back down"),
        ("«Nous suivons la situation», a French diplomat said.", "Nous suivons la situation"),
        ("« We are watching it closely », an envoy said on Monday.", "We are watching it closely"),
    ],
)
def test_comma_outside_the_closing_mark_still_sets_off_a_direct_quote(quotes, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    """British and European style put the comma after the mark; the words are still quoted."""
    found = quotes(text)
    assert [(q.kind, q.text, q.cue) for q in found] == [("direct", words, "said")]
    assert found[0].speaker_start is not None


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "The talks ended late.\n“It was a deal of convenience and nothing more.”\n"
            "That was the view of Maria Ostrova, a historian at the academy.",
            "Maria Ostrova, a historian at the academy",
            "view of",
        ),
        (
            "The talks ended late.\n“It was a deal of convenience and nothing more.” So said Maria Ostrova.",
            "Maria Ostrova",
            "said",
        ),
    ],
)
def test_sentence_after_a_quote_that_points_back_names_its_speaker(
    quotes, text: str, speaker: str, cue: str
) -> None:  # type: ignore[no-untyped-def]
    """A quote with no attribution of its own, then "That was the view of X" or "So said X"."""
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("It was a deal of convenience and nothing more.", cue)]
    assert text[direct[0].speaker_start : direct[0].speaker_end] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "OSLO, May 4 (Reuters) - The two ministers signed the accord on Friday, the ministry said.",
            "The two ministers signed the accord on Friday",
        ),
        (
            "PORT MORESBY, Papua New Guinea — Voters queued for hours on Monday, officials said.",
            "Voters queued for hours on Monday",
        ),
    ],
)
def test_wire_dateline_is_no_part_of_the_content(quotes, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [q.text for q in quotes(text)] == [content]


def test_he_added_after_a_paragraph_of_another_speaker_is_the_last_named_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    """The parse must not run the paragraph after a quote into the quote's sentence."""
    text = (
        'Asked about the talks, a U.S. embassy spokeswoman said: "We welcome any step that helps."\n'
        "Chidi Okafor said he would travel to Lagos in May. "
        '"We have a lot to discuss," he added.'
    )
    added = [q for q in quotes(text) if q.cue == "added"]
    assert len(added) == 1 and added[0].speaker is not None
    assert added[0].speaker.name == "Chidi Okafor"


@pytest.mark.parametrize(
    ("text", "speaker", "hearer"),
    [
        ("Asked whether the port would reopen, the governor said work was under way.", None, "the governor"),
        (
            "Asked by Ms. Varga whether the port would reopen, the governor said work was under way.",
            "Ms. Varga",
            "the governor",
        ),
    ],
)
def test_asked_opening_a_sentence_makes_its_subject_the_one_asked(  # type: ignore[no-untyped-def]
    quotes, text: str, speaker: str | None, hearer: str
) -> None:
    """The question is the asker's (unnamed, or the "by" agent); the main subject heard it."""
    asked = [q for q in quotes(text) if q.cue == "Asked"]
    assert len(asked) == 1
    q = asked[0]
    assert (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None) == speaker
    assert q.addressee is not None and q.addressee.name.lower() in hearer.lower()
