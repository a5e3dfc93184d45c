"""Resolution that leans on the rest of the article: speakers, context, bodies, earlier titles.

Sentences written for these tests; the real spaCy pipeline.
"""

from __future__ import annotations

import datetime as dt

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.resolve import quote_spans, resolve_actors
from newsledger.model import Article, Mention
from newsledger.nlp.pipeline import NlpPipeline


def resolve(
    pipeline: NlpPipeline, gaz: Gazetteer, text: str, on: dt.date = dt.date(2016, 9, 20)
) -> list[Mention]:
    art = Article(id="a", page_id="p", source="t", text=text, published=on)
    mentions, _ = resolve_actors(art, pipeline.doc(text), gaz)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    return mentions


def at(mentions: list[Mention], text: str, nth: int = 0) -> Mention:
    """Return the nth mention written ``text`` (a trailing "'s" ignored)."""
    return [m for m in mentions if m.text.removesuffix("'s") == text][nth]


def test_quote_spans_pair_marks_within_a_paragraph() -> None:
    text = "''One,'' she said.\n''Two runs on.\n''Three,'' he said."
    spans = quote_spans(text)

    def inside(word: str) -> bool:
        at = text.index(word)
        return any(a < at < b for a, b in spans)

    assert [inside(w) for w in ("One", "she", "Two", "Three", "he said")] == [True, False, True, True, False]


def test_pronoun_in_quotation_does_not_name_its_speaker(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Vladimir Putin spoke warmly of Donald Trump on Thursday. "
        '"He is a very bright and talented man," Putin said.'
    )
    assert at(resolve(pipeline, gazetteer, text), "He").actor_id == "donald-trump"


def test_pronoun_outside_quotation_takes_the_subject(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = 'Vladimir Putin spoke warmly of Donald Trump on Thursday. He said: "The man is bright."'
    assert at(resolve(pipeline, gazetteer, text), "He").actor_id == "vladimir-putin"


def test_bare_government_is_the_state_the_text_speaks_of(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Mexico protested against the new tariffs on Monday. "
        "The government said it would answer within a week."
    )
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "government").actor_id == "MEX"
    assert at(found, "it").actor_id == "MEX"


def test_bare_government_skips_countries_named_as_places(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Mexico warned Washington about the tariffs. Mexican officials held meetings in Canada. "
        "The government said the talks went well."
    )
    assert at(resolve(pipeline, gazetteer, text), "government").actor_id != "CAN"


def test_administration_named_for_a_leader_is_the_state(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Critics said the Obama administration had waited too long."
    found = resolve(pipeline, gazetteer, text, dt.date(2015, 5, 1))
    assert at(found, "Obama administration").actor_id == "USA"


def test_definite_plural_demonym_is_the_state_bare_one_the_people(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "The Russians have been pressing their advantage. Russians at home are tired of the war."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Russians").actor_id == "RUS"
    second = at(found, "Russians", 1)
    assert (second.actor_id, second.kind, second.country) == (None, "group", "RUS")


def test_army_of_a_state_resolves_to_the_state(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Rebels fought the Syrian military near the border on Sunday."
    assert at(resolve(pipeline, gazetteer, text), "Syrian military").actor_id == "SYR"


def test_possessor_kept_inside_a_state_body(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Iran has bolstered President Bashar al-Assad's army for years."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Bashar al-Assad").actor_id == "bashar-al-assad"
    assert any(m.actor_id == "SYR" and m.text.endswith("army") for m in found)


def test_unknown_organisation_country_from_its_demonym(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "A spokesman for the Mexican Embassy declined to comment on Friday."
    m = at(resolve(pipeline, gazetteer, text), "the Mexican Embassy")
    assert (m.kind, m.country) == ("organisation", "MEX")


def test_unknown_organisation_country_from_the_word_list(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The Democratic National Committee said its servers had been attacked."
    m = resolve(pipeline, gazetteer, text)[0]
    assert (m.kind, m.country) == ("organisation", "USA")


def test_person_country_from_the_body_they_work_at(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Anna Lindqvist, a researcher at the Swedish Institute of Foreign Affairs, disagreed."
    m = at(resolve(pipeline, gazetteer, text), "Anna Lindqvist")
    assert (m.kind, m.country) == ("person", "SWE")


def test_expert_on_a_country_is_not_of_that_country(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Tom Berglund, an expert on Russia, disagreed with the plan."
    assert at(resolve(pipeline, gazetteer, text), "Tom Berglund").country != "RUS"


def test_person_country_from_the_known_person_they_serve(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Maria Keller, a former Merkel aide, said the plan had failed."
    m = at(resolve(pipeline, gazetteer, text), "Maria Keller")
    assert (m.kind, m.country) == ("person", "DEU")


def test_country_from_us_title_and_party_suffix(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Rep. Dana Whitfield spoke first. Later, Tom Ashby (D-Ohio) asked for a vote."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Dana Whitfield").country == "USA"
    assert at(found, "Tom Ashby").country == "USA"


def test_later_title_takes_the_country_written_with_it_first(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Talks opened on Monday with a speech by the Chinese finance minister. "
        "The finance minister, Lou Jiwei, said growth would recover. Mr. Lou said more later."
    )
    found = resolve(pipeline, gazetteer, text)
    lou = at(found, "Lou Jiwei")
    assert (lou.kind, lou.country) == ("person", "CHN")
    assert at(found, "Mr. Lou").actor_id == lou.actor_id


def test_any_word_of_an_earlier_name_names_the_same_person(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "The post goes to Carlos Manuel Sada Solana, a career diplomat. Sada starts in May."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Sada").actor_id == at(found, "Carlos Manuel Sada Solana").actor_id


def test_party_nominee_resolved_by_date(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Donald Trump spoke in Ohio. Critics doubt the Republican nominee can win the state."
    found = resolve(pipeline, gazetteer, text, dt.date(2016, 9, 20))
    assert at(found, "Republican nominee").actor_id == "donald-trump"


def test_the_group_is_the_group_named_last(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The Nusra Front lost ground near Aleppo. Officials said the group would regroup."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "group").actor_id == "HTS"


def test_possessive_pronoun_takes_its_clause_subject(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Mexican officials held polls in the United States and spoke with their consulates."
    m = at(resolve(pipeline, gazetteer, text), "their")
    assert (m.kind, m.country) == ("group", "MEX")


def test_country_named_as_a_place_is_no_antecedent(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Russian soldiers fought in eastern Ukraine, but Vladimir Putin denied that they were on duty."
    m = at(resolve(pipeline, gazetteer, text), "they")
    assert (m.kind, m.country) == ("group", "RUS")


def test_honorific_gives_an_unknown_person_a_gender(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Lou Jiwei met Jacob Lew in Beijing. Mr. Lew raised the steel glut, and he raised it again. "
        "Mr. Lou said there was nothing wrong with that. But he suggested the critics were elsewhere."
    )
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "he", 1).actor_id == at(found, "Lou Jiwei").actor_id


def test_title_only_one_country_uses_gives_the_country(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Treasury Secretary Jane Holloway met bankers on Monday."
    m = at(resolve(pipeline, gazetteer, text), "Jane Holloway")
    assert (m.kind, m.country) == ("person", "USA")
    assert gazetteer.title_country("taoiseach") == "IRL"
    assert gazetteer.title_country("foreign minister") is None


def test_the_bloc_is_the_igo_named_last_not_a_company(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "The European Union met in Bratislava while Siemens reported profits. "
        "Leaders warned that the bloc could fall apart."
    )
    assert at(resolve(pipeline, gazetteer, text), "bloc").actor_id == "EU"


def test_possessor_role_noun_inside_a_phrase_is_a_mention(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Voters doubted French intelligence officials' high confidence in the report."
    m = next(m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("officials"))
    assert (m.kind, m.country) == ("group", "FRA")


def test_state_broadcaster_staff_get_no_nationality_from_it(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Another RT America host, Dana Brooks, left the channel in March."
    assert at(resolve(pipeline, gazetteer, text), "Dana Brooks").country is None


def test_the_network_is_the_broadcaster_named_last(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Russia Today hired two hosts last year. The network said it would expand."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "network").actor_id == "RT"
    assert at(found, "it").actor_id == "RT"


def test_country_after_of_stays_an_antecedent(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The channel showed grim views of the United States and its efforts abroad."
    assert at(resolve(pipeline, gazetteer, text), "its").actor_id == "USA"


def test_name_with_encoding_damage_is_mended_and_found(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    damaged = "Enrique Peña Nieto".encode().decode("latin-1")
    text = f"An aide to President {damaged} spoke to reporters on Tuesday."
    found = resolve(pipeline, gazetteer, text, dt.date(2016, 4, 7))
    assert any(m.text == damaged and m.actor_id == "enrique-pena-nieto" for m in found)


def test_titled_unknown_person_takes_the_country_in_context(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Myanmar's parliament met on Monday. President Win Aung Lwin signed the bill."
    m = at(resolve(pipeline, gazetteer, text), "Win Aung Lwin")
    assert (m.kind, m.country, m.actor_id is not None and m.actor_id.startswith("x-")) == (
        "person",
        "MMR",
        True,
    )


def test_aide_to_a_known_leader_takes_the_leaders_country(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Claire Dubois, a top aide to President Emmanuel Macron, resigned on Friday."
    m = at(resolve(pipeline, gazetteer, text, dt.date(2019, 5, 1)), "Claire Dubois")
    assert (m.kind, m.country) == ("person", "FRA")


def test_second_surname_alone_names_the_person_again(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "The embassy is led by Miguel Ortega Ebergenyi, a former professor. "
        "Last year, Ortega played down the dispute."
    )
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Ortega").actor_id == at(found, "Miguel Ortega Ebergenyi").actor_id


def test_possessive_group_anaphor_and_country_modifier_stay_mentions(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "The Nusra Front split from its allies. Officials noted the group's new name. Burma leader visits."
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "group").actor_id == "HTS"
    assert at(found, "Burma").actor_id == "MMR"


def test_bare_ministry_is_the_body_of_the_state_in_context(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "China held naval drills on Monday. The foreign ministry said the drills were routine."
    assert at(resolve(pipeline, gazetteer, text), "foreign ministry").actor_id == "CHN_MFA"


def test_outlet_gives_its_director_a_country_but_not_its_host(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "The plan was approved, said Ellen Marsh, the director of Voice of America. "
        "Tom Reyes, a Voice of America host, disagreed."
    )
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "Ellen Marsh").country == "USA"
    assert at(found, "Tom Reyes").country is None


def test_he_said_after_a_quotation_is_the_last_speaker(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        '"With Donald Trump threatening to leave, there is a desire to act," said Nick Whitlow, a fellow '
        'at a research group.\n\n"There is plenty that could be done," he said.'
    )
    found = resolve(pipeline, gazetteer, text)
    assert at(found, "he").actor_id == at(found, "Nick Whitlow").actor_id


def test_name_set_off_by_commas_after_a_title_is_its_apposition(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "He answered complaints by the secretary of the Treasury, Jane Holloway, that the surpluses "
        "were distorting markets. Ms. Holloway repeated them on Sunday."
    )
    found = resolve(pipeline, gazetteer, text, dt.date(2016, 6, 7))
    assert at(found, "Jane Holloway").country == "USA"
    assert at(found, "Ms. Holloway").country == "USA"


def test_demonym_description_set_off_by_commas_gives_the_name_its_country(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "A study by an influential Russian sociologist, Mikhail Sokolov, concluded this year that support fell."
    m = at(resolve(pipeline, gazetteer, text), "Mikhail Sokolov")
    assert (m.kind, m.country) == ("person", "RUS")


def test_person_of_a_country_takes_it(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Hans Weber of Germany said the plan would fail."
    m = at(resolve(pipeline, gazetteer, text), "Hans Weber")
    assert (m.kind, m.country) == ("person", "DEU")


def test_officials_in_a_capital_and_the_ministry_after_them(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Officials in Beijing said the ministry would respond."
    found = resolve(pipeline, gazetteer, text)
    officials, ministry = at(found, "Officials"), at(found, "ministry")
    assert (officials.kind, officials.country) == ("group", "CHN")
    assert (ministry.kind, ministry.country) == ("organisation", "CHN")


def test_the_president_is_the_holder_last_named_as_subject(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Barack Obama met Vladimir Putin in China. Mr. Obama has grown skeptical of pressure "
        "on Bashar al-Assad. Officials said the president had hardened his resistance."
    )
    found = resolve(pipeline, gazetteer, text, dt.date(2016, 9, 6))
    assert at(found, "president").actor_id == "barack-obama"


def test_hyphenated_given_name_is_kept_whole(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in on Friday."
    found = resolve(pipeline, gazetteer, text, dt.date(2018, 5, 1))
    assert at(found, "Moon Jae-in").actor_id == "moon-jae-in"


def test_seat_of_power_named_as_a_place_is_no_actor(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Its members met in Brussels. Brussels said the plan was final."
    found = resolve(pipeline, gazetteer, text)
    assert [m.start for m in found if m.text == "Brussels"] == [text.rindex("Brussels")]


def test_state_or_province_gives_the_country(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Senator John Smith, a Republican from Texas, said he opposed the bill."
    m = at(resolve(pipeline, gazetteer, text), "John Smith")
    assert (m.kind, m.country) == ("person", "USA")
    assert gazetteer.region("Sichuan") == "CHN"
    assert gazetteer.region("Georgia") is None  # a country too: left to the countries table


def test_unplaced_person_takes_the_outlets_home_country(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Marvin Quillfeather hosted the evening show for a decade. He retired last year."
    home = Article(
        id="a", page_id="p", source="t", text=text, published=dt.date(2016, 9, 20), outlet="USA Today"
    )
    mentions, _ = resolve_actors(home, pipeline.doc(text), gazetteer)
    assert at(mentions, "Marvin Quillfeather").country == "USA"
    assert at(mentions, "He").country == "USA"
    assert (
        at(resolve(pipeline, gazetteer, text), "Marvin Quillfeather").country is None
    )  # no outlet, no guess


def test_party_word_places_a_description(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Marvin Quillfeather, a Republican lawmaker, criticised the deal on Monday."
    assert at(resolve(pipeline, gazetteer, text), "Marvin Quillfeather").country == "USA"


def test_party_word_keeps_its_title(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The Republican nominee spoke in Ohio on Monday."
    got = resolve(pipeline, gazetteer, text)
    assert any(m.actor_id == "donald-trump" for m in got)


def test_country_alone_does_not_join_different_first_names(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Jeb Bush, a Republican from Florida, campaigned in Iowa."
    assert (
        at(resolve(pipeline, gazetteer, text, dt.date(2015, 12, 1)), "Jeb Bush").actor_id != "george-w-bush"
    )


def test_main_speech_verb_names_the_quotations_speaker(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Donald Trump hit back at Hillary Clinton after the Democratic front-runner had said he was wrong. "
        "''It is nonsense,'' Mr. Trump said on Sunday. ''She is wrong about everything,'' he added."
    )
    assert at(resolve(pipeline, gazetteer, text, dt.date(2015, 12, 22)), "She").actor_id == "hillary-clinton"


def test_former_title_names_the_ex_holder_the_article_named(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Felipe Calderon criticised the plan on Monday. The former Mexican president called it foolish."
    got = at(resolve(pipeline, gazetteer, text, dt.date(2016, 2, 8)), "former Mexican president")
    assert got.actor_id == "felipe-calderon"


def test_generic_person_noun_with_a_demonym_is_a_person_of_that_country(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "A Turkish professor was detained in Ankara on Friday."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("professor")]
    assert got and got[0].kind == "person" and got[0].country == "TUR"


def test_speaker_of_a_quotation_running_over_sentences_is_not_its_he(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Sir Ronald Pettigrew praised Barack Obama's record on Saturday. He serves as the British ambassador.\n\n"
        "''The record looks good,'' he told a newspaper. ''It is no lame-duck presidency. "
        "He is getting things done.''"
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2015, 12, 26))
    assert at(got, "He", 1).actor_id == "barack-obama"


def test_party_abbreviation_tagged_as_organisation_stays_in_the_title(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Chinese media mocked the leading GOP candidate on Friday."
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 3, 4))
    assert any(m.actor_id == "donald-trump" and "candidate" in m.text for m in got)


def test_indefinite_article_before_a_known_name_is_dropped(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "''What somebody like a Donald Trump does is dangerous,'' the senator said."
    got = resolve(pipeline, gazetteer, text, dt.date(2015, 12, 22))
    assert any(m.actor_id == "donald-trump" for m in got)


def test_subject_of_a_dependent_clause_continues_the_main_subject(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Donald Trump has not replied to Calderon's remarks, although he kept up his attacks on Sunday."
    assert at(resolve(pipeline, gazetteer, text, dt.date(2016, 2, 8)), "he").actor_id == "donald-trump"


def test_outlet_named_inside_a_description_is_that_outlet(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "As the nationalist Global Times tabloid noted on Thursday, the idea is odd. As the paper said, it is new."
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 3, 4))
    assert [m.actor_id for m in got if m.text.endswith(("tabloid", "paper"))] == [
        "GLOBALTIMES",
        "GLOBALTIMES",
    ]


def test_english_exonym_of_a_region_places_a_person(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    assert gazetteer.region("Bavaria") == "DEU" and gazetteer.region("Crimea") == "UKR"
    text = "Hans Obermaier, a farmer from Bavaria, said he opposed the bill."
    assert at(resolve(pipeline, gazetteer, text), "Hans Obermaier").country == "DEU"


def test_name_after_an_unnamed_lead_takes_its_country(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "A Hungarian professor, wanted by the police, is at the heart of the scandal.\n\n"
        "Peter Kovacs is the subject of a search across Europe."
    )
    assert at(resolve(pipeline, gazetteer, text), "Peter Kovacs").country == "HUN"


def test_person_tagged_name_ending_in_an_organisation_word_is_an_organisation(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Two years ago, a company made a $5,000 donation to the Ready for Warren PAC, a group preparing for a campaign."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("PAC")]
    assert got and got[0].kind == "organisation" and got[0].country == "USA"


def test_description_with_the_head_of_an_earlier_title_is_that_person(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Former Ambassador Walter Brennick criticised the plan on Monday. "
        "The former ambassador also discussed the budget. Florida Sen. Dana Whitcombe disagreed. "
        "The first-term senator called it reckless."
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 8, 24))
    named = {m.text: m.actor_id for m in got}
    assert named["former ambassador"] == named["Walter Brennick"]
    assert named["first-term senator"] == named["Dana Whitcombe"]


def test_speaker_tag_after_a_multi_sentence_quotation_is_its_speaker(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Former Arkansas Gov. Mike Huckabee praised Senator Marco Rubio on Tuesday.\n\n"
        '"He is sharp. He is articulate," Huckabee said.'
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 8, 31))
    assert at(got, "He").actor_id == "marco-rubio" and at(got, "He", 1).actor_id == "marco-rubio"


def test_organisation_tag_after_a_role_noun_is_a_person(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Fox News host Sean Hannity said on Tuesday that the feud was over."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("Hannity")]
    assert got and got[0].kind == "person"


def test_headline_names_run_together_are_cut_apart(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Clinton Calls Trump\u2019s Putin Remarks \u2018Troubling\u2019.\n\nThe remarks drew criticism."
    ids = {m.actor_id for m in resolve(pipeline, gazetteer, text, dt.date(2016, 7, 31))}
    assert {"donald-trump", "vladimir-putin"} <= ids


def test_organisation_modifying_a_description_stays_a_mention(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "In the video, the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki is shown lecturing."
    assert any(m.actor_id == "AQ" and m.text == "al Qaeda" for m in resolve(pipeline, gazetteer, text))


def test_demonym_before_a_plural_group_name_gives_its_country(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "He adds that American Muslims have two choices."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text == "American Muslims"]
    assert got and got[0].kind == "group" and got[0].country == "USA"


def test_description_apposed_to_an_organisation_is_that_organisation(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "A clip is featured in a new video released by Al-Shabaab, the terrorist group based in Somalia."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("group")]
    assert got and got[0].actor_id == "ALSHABAAB"


def test_bare_surname_tagged_as_a_noun_repeats_the_full_name(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = 'Fox News host Sean Hannity spoke on Tuesday.\n\n"We need him back," Hannity said.'
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text == "Hannity"]
    assert got and got[0].kind == "person" and got[0].name == "Sean Hannity"


def test_a_people_is_a_group_and_the_antecedent_of_they(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The president told the British people that they would be better off in the union."
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 4, 23))
    people = [m for m in got if m.text.endswith("people")]
    assert people and (people[0].kind, people[0].country) == ("group", "GBR")
    assert (at(got, "they").kind, at(got, "they").country) == ("group", "GBR")


def test_demonym_plural_tagged_as_organisation_is_a_group(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "The same frustration that saw a majority of Britons vote to abandon the EU could spread."
    got = at(resolve(pipeline, gazetteer, text), "Britons")
    assert (got.kind, got.country) == ("group", "GBR")


def test_the_party_by_its_members_name_is_an_organisation(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "He was runner-up to Hillary Clinton for the Democrats\u2019 presidential nomination."
    got = [m for m in resolve(pipeline, gazetteer, text, dt.date(2016, 6, 28)) if "Democrats" in m.text]
    assert got and (got[0].kind, got[0].country) == ("organisation", "USA")


def test_title_possessor_and_title_with_its_country_are_one_mention(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Nigel Farage said President Obama did not know what he was talking about, and accused "
        "Downing Street of putting words in the President\u2019s mouth. Ted Cruz said the President "
        "of the United States should look for ways to help."
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 4, 23))
    assert [m.actor_id for m in got if m.text.startswith("President")][-2:] == ["barack-obama"] * 2
    assert any(m.text == "President of the United States" and m.actor_id == "barack-obama" for m in got)


def test_headline_runs_are_cut_to_the_known_names(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Clinton Wades In: Urges Britain to Remain In European Union.\n\nShe spoke on Friday."
    ids = [m.actor_id for m in resolve(pipeline, gazetteer, text, dt.date(2016, 4, 23))]
    assert "hillary-clinton" in ids and "EU" in ids


def test_place_possessor_decides_which_states_body(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "A bill was filed in Manila's House of Representatives on Monday. "
        "The proposal prompted Britain's Parliament to call a debate."
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 8, 10))
    house = at(got, "House of Representatives")
    assert house.actor_id != "USA_HOUSE" and house.country == "PHL"
    assert at(got, "Parliament").actor_id == "GBR_PARL"


def test_given_name_before_a_known_surname_is_another_person(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Donald Trump spoke on Thursday. Graham said she lamented that Ivanka Trump\u2019s "
        "presentation of Trump did not match reality."
    )
    got = [m for m in resolve(pipeline, gazetteer, text, dt.date(2016, 7, 22)) if "Ivanka" in m.text]
    assert got and got[0].actor_id != "donald-trump" and got[0].kind == "person"


def test_demonym_with_a_people_noun_or_body_noun_gives_a_group_or_body(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "He wants to deport Syrian refugees. Salceda cited a memorandum issued by the "
        "Philippine immigration agency."
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2016, 8, 10))
    refugees = [m for m in got if m.text.endswith("refugees")]
    agency = [m for m in got if m.text.endswith("agency")]
    assert refugees and (refugees[0].kind, refugees[0].country) == ("group", "SYR")
    assert agency and (agency[0].kind, agency[0].country) == ("organisation", "PHL")


def test_hyphened_demonym_does_not_give_the_nationality(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "The offensive sent the American-vetted rebels into retreat in northern Syria."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("rebels")]
    assert not got or got[0].country != "USA"


def test_where_a_person_works_places_them(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Rob Calabrese, a radio host in Cape Breton, Nova Scotia, has set up a website."
    got = at(resolve(pipeline, gazetteer, text, dt.date(2016, 2, 18)), "Rob Calabrese")
    assert got.country == "CAN"


def test_region_in_an_organisations_name_places_it(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "He oversees a research center at Massachusetts General Hospital in Boston."
    got = [m for m in resolve(pipeline, gazetteer, text) if m.text.endswith("Hospital")]
    assert got and (got[0].kind, got[0].country) == ("organisation", "USA")


def test_epithet_continues_with_the_person_the_text_is_about(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Donald Trump is promising to bomb the extremists. However, the billionaire businessman "
        "once took a more dovish line. The official said nothing."
    )
    got = resolve(pipeline, gazetteer, text, dt.date(2015, 11, 27))
    assert [m.actor_id for m in got if m.text.endswith("businessman")] == ["donald-trump"]
    assert not any(m.actor_id == "donald-trump" for m in got if m.text.endswith("official"))


def test_where_a_person_came_from_places_them(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Luay Sami, 33, came to Clarkston from Iraq in 2011 after several interviews."
    assert at(resolve(pipeline, gazetteer, text), "Luay Sami").country == "IRQ"


def test_hyphenated_american_demonym_is_american(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Hala Agha, a second-generation Syrian-American resident, organized the event."
    assert at(resolve(pipeline, gazetteer, text), "Hala Agha").country == "USA"
