"""Pronouns of round 9 (issue 6): what a narrative pronoun may point back to (text written here)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.lexicon import Lexicon
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article, Mention
from newsledger.nlp.pipeline import NlpPipeline


def _mentions(
    pipeline: NlpPipeline, gaz: Gazetteer, text: str, published: dt.date | None = dt.date(2023, 6, 1)
) -> list[Mention]:
    art = Article(id="a", page_id="p", source="t", text=text, published=published)
    mentions, _ = resolve_actors(art, pipeline.doc(text), gaz, Lexicon.load(None))
    return mentions


def _pronouns(pipeline: NlpPipeline, gaz: Gazetteer, text: str) -> list[Mention]:
    return [m for m in _mentions(pipeline, gaz, text) if m.how == "pronoun"]


def test_narrative_he_skips_a_man_named_only_inside_a_quotation(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "“It goes all the way back,” Tom Klein said. “When she went there to marry Bill Clinton, "
        "she knew he was lying.”\nHe added that the book would be out in May."
    )
    last = [m for m in _pronouns(pipeline, gazetteer, text) if m.text == "He"]
    assert last and last[0].name == "Tom Klein"


def test_he_inside_the_quotation_may_still_mean_the_man_named_there(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "“Joe Biden called me on Monday, and he was very kind,” Tom Klein said."
    inner = [m for m in _pronouns(pipeline, gazetteer, text) if m.text == "he"]
    assert inner and inner[0].actor_id == "joe-biden"


def test_he_goes_on_with_the_named_subject_not_its_possessor(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = (
        "Fumio Kishida spoke first.\nKishida's chief cabinet secretary, Hirokazu Matsuno, echoed the "
        "message. He said there was no change in policy."
    )
    found = [m for m in _pronouns(pipeline, gazetteer, text) if m.text == "He"]
    assert found and found[0].name == "Hirokazu Matsuno"


def test_possessive_of_a_reporting_subject_is_the_subject_of_the_report_before(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    text = "Emmanuel Macron warned Benjamin Netanyahu against a ground offensive, his office said."
    found = [m for m in _pronouns(pipeline, gazetteer, text) if m.text == "his"]
    assert found and found[0].actor_id == "emmanuel-macron"


def test_a_name_beside_a_leaders_title_is_a_person_whatever_the_tagger_said(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    """spaCy may tag an unfamiliar name as a place; set beside "leader" it is a person, and a
    later "she" can go back to her rather than to a woman named earlier."""
    text = (
        "The finance minister, Rachel Reeves, is expected to set out cuts.\n"
        "The Conservative leader, Kemi Badenoch, accused the government of talking the economy down. "
        '"They promised growth and delivered gloom," she told reporters.'
    )
    mentions = _mentions(pipeline, gazetteer, text, dt.date(2024, 10, 1))
    by_text = {m.text: m for m in mentions}
    assert by_text["Kemi Badenoch"].kind == "person"
    she = next(m for m in mentions if m.text == "she")
    assert she.actor_id == by_text["Kemi Badenoch"].actor_id


@pytest.mark.parametrize(
    "text",
    [
        '"This is austerity by another name," said Sharon Graham, the general secretary of Unite.',
        "The general secretary of the Communist Party of Vietnam met the premier.",
    ],
)
def test_a_title_of_a_named_body_takes_no_states_default_holder(
    pipeline: NlpPipeline, gazetteer: Gazetteer, text: str
) -> None:
    """ "general secretary" alone may mean China's; "of Unite", "of the party of Vietnam" do not."""
    mentions = _mentions(pipeline, gazetteer, text, dt.date(2024, 10, 1))
    assert all(m.country != "CHN" and m.actor_id != "xi-jinping" for m in mentions)


def test_a_full_name_in_a_first_sentence_of_body_text_is_not_cut_to_a_known_first_name(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    """Cutting "Abbas" out of "Abbas Araqchi" is for names run together in a title-case
    headline; a wire story's first sentence is no headline."""
    text = "DUBAI, June 12 (Reuters) - Iran will respond to any attack, Foreign Minister Abbas Araqchi said."
    mentions = _mentions(pipeline, gazetteer, text, None)
    assert all(m.actor_id != "mahmoud-abbas" for m in mentions)
    assert any(m.text == "Abbas Araqchi" for m in mentions)
