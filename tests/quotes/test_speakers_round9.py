"""Who said it, round 9 (issue 6): speakers resolved to actors on news text written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.quotes.conftest import speaker_text

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article
from newsledger.nlp.pipeline import NlpPipeline
from newsledger.quotes.rules import RulesQuoteExtractor


def test_wire_dateline_is_not_part_of_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "WASHINGTON - Senate Democrats said on Thursday they would block the budget bill."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Senate Democrats"


def test_named_appositive_is_the_speaker_not_the_possessor(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Keir Starmer spoke first. His deputy, Angela Rayner, said the party was ready to govern."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].speaker is not None
    assert "Rayner" in found[0].speaker.name


def test_name_after_a_spokeswoman_for_someone_is_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Nancy Pelosi was in Ohio. A spokeswoman for Pelosi, Jane Doe, said the speaker had met the president."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Jane Doe"


def test_possessor_of_a_relative_is_not_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron was in Rome. His wife said the visit had been a success."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].speaker is not None
    assert "Macron" not in found[0].speaker.name


def test_unnamed_spokesman_for_a_person_speaks_for_that_person(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for Vladimir Putin said the Kremlin had not received the letter."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].speaker_id == "vladimir-putin"


def test_they_with_no_actor_continues_the_plural_subject_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Supporters of the opposition said they would boycott the vote.\n"
        "“We will not take part in a farce,” they said in a joint statement."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Supporters of the opposition"


def test_they_after_a_party_continues_the_party(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The governing coalition said it would table the motion on Monday. "
        "“The vote could come as early as next week,” they said."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert "coalition" in found[0].speaker.name


def test_he_with_no_actor_continues_the_man_named_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her interior minister, Matteo Piantedosi, told Parliament last week that arrivals had doubled.\n"
        "“We are at our limit,” he said."
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert "Piantedosi" in found[0].speaker.name


def test_age_description_speaker_is_the_person_named_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We will not stand by,” Grant Shapps told parliament. "
        "The 55-year-old, who took the job in August, added that Britain would train pilots."
    )
    found = [q for q in quotes(text) if q.cue == "added"]
    assert found and found[0].speaker_id == "grant-shapps"


def test_party_description_speaker_is_the_person_named_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Elizabeth Warren disagreed.\n“He is wrong,” the Massachusetts Democrat said."
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert "Warren" in found[0].speaker.name


def test_description_of_another_role_stays_unresolved(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Tim Scott spoke at his cookout. “Turn it up,” the band leader said."
    found = [q for q in quotes(text) if q.kind == "direct"]
    assert found and found[0].speaker is not None
    assert "Scott" not in found[0].speaker.name


def test_subject_in_a_wire_dateline_is_not_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "LONDON (Reuters) - Britain's defence secretary said on Monday that the country would send tanks."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Britain's defence secretary"


def test_participle_set_off_after_the_speaker_is_not_part_of_the_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Jeb Bush, facing pressure after weak results in Iowa, said the race was far from over."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Jeb Bush"


def test_including_after_the_speaker_stays_part_of_the_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Several Democrats, including Senator Tim Kaine, said the deal was too weak."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Several Democrats, including Senator Tim Kaine,"


def test_agency_dateline_in_mixed_case_is_not_part_of_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Oslo (AFP) – Foreign Minister Espen Barth Eide said on Monday that Norway would host the talks."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Foreign Minister Espen Barth Eide"


def test_focus_word_opening_the_source_is_not_part_of_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Even some of his allies said the plan went too far."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "some of his allies"


def test_reflexive_after_the_source_is_not_part_of_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Angela Merkel herself said the talks had failed."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Angela Merkel"


def test_date_after_the_source_is_not_part_of_it(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "A Monmouth poll out Monday showed the governor ahead by four points."
    found = [q for q in quotes(text) if q.cue == "showed"]
    assert found and speaker_text(text, found[0]) == "A Monmouth poll"


def test_relative_pronoun_is_the_source_and_its_noun_the_actor(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The vote was welcomed by Senator Bernie Sanders, who said it was a victory for working families."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "who"
    assert found[0].speaker is not None and "Sanders" in found[0].speaker.name


def test_unnamed_antecedent_of_a_relative_pronoun_stays_in_the_chain(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The plan was attacked by a senior diplomat who said it would never work."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "who"
    assert found[0].source_chain == ("a senior diplomat",)


def test_passive_cue_under_a_relative_clause_makes_no_report_of_its_own(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Officials at the ministry, who declined to be named, said the deal was off."
    assert [q.cue for q in quotes(text)] == ["said"]


def test_answers_of_an_interview_are_the_interviewee_s_and_questions_no_one_s(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In an interview, the opposition leader Keir Starmer set out his priorities.\n"
        "Q: Will you raise taxes?\n"
        "A: We have no plans to raise income tax. Working people are paying enough.\n"
        "Q: What about the health service?\n"
        "A: It is on its knees, and Rishi Sunak knows it. We will fix it."
    )
    found = quotes(text)
    answers = [q for q in found if q.text.startswith(("We have", "It is"))]
    questions = [q for q in found if q.text.startswith(("Will you", "What about"))]
    assert len(answers) == 2 and all(q.speaker_id == "keir-starmer" for q in answers)
    assert questions and all(q.speaker is None for q in questions)


def test_statement_from_a_body_speaks_for_that_body(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "A statement from the White House said the president would sign the bill."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].speaker is not None and found[0].speaker_id is not None
    assert "White House" in found[0].speaker.name


def test_relative_clause_that_reports_is_cut_from_the_outer_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Mr. Kamin, who argued that the tax plan was too complex, said it would not pass the Senate."
    found = {q.cue: q for q in quotes(text)}
    assert "said" in found and speaker_text(text, found["said"]) == "Mr. Kamin"
    assert "argued" in found and speaker_text(text, found["argued"]) == "who"


def test_relative_clause_that_does_not_report_stays_in_the_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Don Fowler, who led the party in the 1990s, said the rules were unfair."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Don Fowler, who led the party in the 1990s,"


def test_name_after_an_inverted_cue_read_as_an_adverb_is_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "“Having access to the voter file is valuable,” said Skelly, explaining he worked for the party."
    found = {q.cue: q for q in quotes(text)}
    assert "said" in found and speaker_text(text, found["said"]) == "Skelly"
    assert found["said"].speaker is not None and found["said"].speaker.name == "Skelly"


def test_participle_after_a_preposition_takes_the_clause_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "After blasting the Drudge Report for its coverage, Glenn Beck urged voters to turn away."
    found = [q for q in quotes(text) if q.cue == "blasting"]
    assert found and speaker_text(text, found[0]) == "Glenn Beck"


def test_surname_the_parser_read_as_an_adverb_is_the_subject(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "But Bill Skelly, a longtime party data operative, vouched for both candidates."
    found = [q for q in quotes(text) if q.cue == "vouched for"]
    assert found and speaker_text(text, found[0]) == "Bill Skelly, a longtime party data operative,"


def test_live_blog_time_stamp_is_not_part_of_the_speaker(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "11:05 GMT - Kremlin spokesman Dmitry Peskov said there was no basis for a ceasefire."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Kremlin spokesman Dmitry Peskov"


def test_bare_surname_without_an_actor_takes_the_person_named_in_full(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition leader Hamdeen Sabahi dismissed the claim. "
        '"This is a fairy tale," Sabahi said. "The people know the truth."'
    )
    found = [q for q in quotes(text) if q.kind == "direct"]
    ids = {q.speaker_id for q in quotes(text) if q.cue == "dismissed"}
    assert found and ids and all(q.speaker_id in ids for q in found)


def test_hearer_of_a_cue_ends_where_its_topic_starts(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "The minister reminded lawmakers of the budget rules."
    found = [q for q in quotes(text) if q.cue == "reminded"]
    assert found and found[0].addressee is not None and found[0].addressee.name == "lawmakers"


def test_speaking_to_someone_before_the_cue_names_the_hearer(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking to reporters in Ankara, Erdogan said he had urged Putin to extend the deal."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and found[0].addressee is not None and found[0].addressee.name == "reporters"


def test_a_minister_with_no_actor_is_not_the_person_named_before(quotes) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olaf Scholz flew to Kyiv. The minister briefed lawmakers, telling them the army was short of shells."
    )
    found = [q for q in quotes(text) if q.cue == "briefed"]
    assert found and found[0].speaker_id != "olaf-scholz"


def test_closing_dash_of_a_parenthetical_pair_is_part_of_the_source(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Chris Christie – a Dallas Cowboys fan – said the team would win."
    found = [q for q in quotes(text) if q.cue == "said"]
    assert found and speaker_text(text, found[0]) == "Governor Chris Christie – a Dallas Cowboys fan –"


def test_a_users_source_words_reach_the_speaker_rules(
    pipeline: NlpPipeline, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    """A focus word added in ``rules_dir`` is cut from a source as the packaged ones are."""
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "sources.v1.tsv").write_text("word\tkind\nmerely\tfocus\n", encoding="utf-8")
    text = "Merely three delegates said the vote was rigged."

    def source(extractor: RulesQuoteExtractor) -> str | None:
        art = Article(id="a1", page_id="p1", source="test", text=text, published=dt.date(2023, 6, 1))
        doc = pipeline.doc(text)
        mentions, actors = resolve_actors(art, doc, gazetteer, Lexicon.load(None))
        said = [q for q in extractor.extract(art, doc, mentions=mentions, actors=actors) if q.cue == "said"]
        assert said
        return (
            text[said[0].speaker_start : said[0].speaker_end] if said[0].speaker_start is not None else None
        )

    assert source(RulesQuoteExtractor()) == "Merely three delegates"
    assert source(RulesQuoteExtractor(str(tmp_path))) == "three delegates"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("A senior U.S. official said the talks had stalled.", ("A senior U.S. official",)),
        ("An EU diplomat said the deal was close.", ("An EU diplomat",)),
        ("A White House official, Jane Roe, said the president would sign.", ()),
    ],
)
def test_a_place_or_body_in_a_source_leaves_it_unnamed(quotes, text: str, chain: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Only a person's name names a source; "U.S." or "EU" says where it sits."""
    said = [q for q in quotes(text) if q.cue == "said"]
    assert said and said[0].source_chain == chain


def test_a_speaker_is_named_as_the_article_spells_the_name(quotes) -> None:  # type: ignore[no-untyped-def]
    """The gazetteer holds "Gerhard Schröder"; the article writes "Schroeder": the quote keeps
    the article's spelling (its actor id is the gazetteer's)."""
    text = 'Former chancellor Gerhard Schroeder spoke in Hanover. "I have nothing to apologise for," Schroeder said.'
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert direct and direct[0].speaker is not None
    assert direct[0].speaker.name == "Gerhard Schroeder"
    assert direct[0].speaker_id == "gerhard-schroder"


def test_an_unresolved_pronoun_names_no_speaker_and_names_keep_their_spacing(quotes) -> None:  # type: ignore[no-untyped-def]
    text = "She told the BBC's Today programme that the plan was dead."
    (q,) = [q for q in quotes(text) if q.cue == "told"]
    assert q.speaker is None  # not a speaker called "She"
    assert q.source_chain == ("the BBC's Today programme",)
