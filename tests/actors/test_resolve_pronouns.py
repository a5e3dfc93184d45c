"""Third-person pronouns resolved to the last compatible actor (real spaCy pipeline)."""

from __future__ import annotations

import datetime as dt

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article, Mention
from newsledger.nlp.pipeline import NlpPipeline


def pronouns(pipeline: NlpPipeline, gaz: Gazetteer, text: str) -> list[Mention]:
    art = Article(id="a", page_id="p", source="t", text=text, published=dt.date(2023, 6, 1))
    mentions, _ = resolve_actors(art, pipeline.doc(text), gaz)
    return [m for m in mentions if m.how == "pronoun"]


def test_resolve_pronoun_to_last_person(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = pronouns(pipeline, gazetteer, "Vladimir Putin arrived late. He said the talks would go on.")
    assert [(m.text, m.actor_id) for m in found] == [("He", "vladimir-putin")]


def test_resolve_pronoun_follows_gender(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "Angela Merkel met Vladimir Putin in Sochi. She said the meeting was frank."
    assert [(m.text, m.actor_id) for m in pronouns(pipeline, gazetteer, text)] == [("She", "angela-merkel")]


def test_resolve_pronoun_prefers_subject_of_previous_sentence(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Xi Jinping welcomed Vladimir Putin to Beijing. He praised the friendship of the two nations."
    assert [m.actor_id for m in pronouns(pipeline, gazetteer, text)] == ["xi-jinping"]


def test_resolve_pronoun_it_to_organisation_and_skips_expletive(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "NATO met in Brussels. It said its members agreed. It is clear that the plan will change."
    found = pronouns(pipeline, gazetteer, text)
    assert [(m.text, m.actor_id) for m in found] == [("It", "NATO"), ("its", "NATO")]


def test_resolve_pronoun_unresolved_beyond_window(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Vladimir Putin spoke. The rain fell. The river rose. The road closed. "
        "The wind dropped. The sky cleared. He left."
    )
    assert pronouns(pipeline, gazetteer, text) == []


def test_fronted_possessive_points_forward_to_the_subject(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Vladimir Putin met the press. For her part, Angela Merkel stayed silent."
    found = pronouns(pipeline, gazetteer, text)
    assert [(m.text, m.actor_id) for m in found] == [("her", "angela-merkel")]


def test_plural_subject_after_a_reporting_verb_is_the_reporters(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "The United States has not accused Russia of the hack. "
        "Security experts and U.S. officials, however, said they believed Russia was behind it."
    )
    got = [m for m in pronouns(pipeline, gazetteer, text) if m.text == "they"]
    assert got and got[0].kind == "group" and got[0].country == "USA"


def test_they_prefers_a_people_to_a_body_named_since(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = (
        "Thousands of Germans will protest against the Transatlantic Trade and Investment Partnership. "
        "They will hold banners."
    )
    got = [m for m in pronouns(pipeline, gazetteer, text) if m.text == "They"]
    assert got and (got[0].kind, got[0].country) == ("group", "DEU")
