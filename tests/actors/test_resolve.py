"""In-article actor resolution on sentences written for these tests (real spaCy pipeline)."""

from __future__ import annotations

import datetime as dt

from newsledger.actors.gazetteer import Gazetteer
from newsledger.actors.resolve import resolve_actors
from newsledger.model import Article, Mention
from newsledger.nlp.pipeline import NlpPipeline


def resolve(
    pipeline: NlpPipeline, gaz: Gazetteer, text: str, on: dt.date | None = dt.date(2023, 6, 1)
) -> dict[str, Mention]:
    art = Article(id="a", page_id="p", source="t", text=text, published=on)
    mentions, _ = resolve_actors(art, pipeline.doc(text), gaz)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    return {m.text: m for m in mentions}


def test_resolve_top_diplomat_by_article_date(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    text = "China's top diplomat met European envoys in Brussels on Tuesday."
    assert (
        resolve(pipeline, gazetteer, text, dt.date(2022, 6, 1))["China's top diplomat"].actor_id
        == "yang-jiechi"
    )
    found = resolve(pipeline, gazetteer, text, dt.date(2023, 6, 1))["China's top diplomat"]
    assert (found.actor_id, found.how) == ("wang-yi", "role")


def test_resolve_role_stays_unresolved_without_article_date(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    found = resolve(pipeline, gazetteer, "The Russian president spoke on Friday.", None)
    assert found["Russian president"].actor_id is None


def test_resolve_russian_president_by_demonym(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(pipeline, gazetteer, "The Russian president spoke to reporters on Friday.")
    assert found["Russian president"].actor_id == "vladimir-putin"


def test_resolve_metonym_kremlin_to_russia_government(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(pipeline, gazetteer, "The Kremlin denied the report, and Beijing said nothing.")
    assert (found["Kremlin"].actor_id, found["Kremlin"].kind, found["Kremlin"].how) == (
        "RUS",
        "state",
        "metonym",
    )
    assert found["Beijing"].country == "CHN"


def test_resolve_capital_as_place_is_not_an_actor(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    assert "Moscow" not in resolve(pipeline, gazetteer, "The talks took place in Moscow last week.")
    assert "Beijing" not in resolve(pipeline, gazetteer, "Putin will visit Beijing in May.")


def test_resolve_title_and_honorific_and_surname(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(
        pipeline, gazetteer, "Chinese leader Xi Jinping spoke with President Putin. Mr. Xi said Putin agreed."
    )
    assert (found["Xi Jinping"].actor_id, found["Xi Jinping"].how) == ("xi-jinping", "title")
    assert found["Putin"].actor_id == "vladimir-putin"
    assert found["Mr. Xi"].actor_id == "xi-jinping"
    assert "Chinese" not in found  # the demonym is the title's, not a mention of its own


def test_resolve_demonym_and_role_noun_to_group_or_person(
    pipeline: NlpPipeline, gazetteer: Gazetteer
) -> None:
    found = resolve(pipeline, gazetteer, "Chinese officials and a Russian diplomat attended the talks.")
    officials, diplomat = found["Chinese officials"], found["Russian diplomat"]
    assert (officials.kind, officials.country, officials.how) == ("group", "CHN", "demonym")
    assert (diplomat.kind, diplomat.country, diplomat.actor_id) == ("person", "RUS", None)


def test_resolve_unknown_person_keeps_country_text_gives(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(
        pipeline, gazetteer, "Brazilian economist Ana Souza said the plan would fail. Souza added more."
    )
    ana, later = found["Ana Souza"], found["Souza"]
    assert (ana.kind, ana.country) == ("person", "BRA")
    assert ana.actor_id is not None and ana.actor_id.startswith("x-")
    assert (later.actor_id, later.how) == (ana.actor_id, "surname")


def test_resolve_unknown_person_without_country_is_kept(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(pipeline, gazetteer, "Tomas Ferreira, who chairs the board, said the vote was fair.")
    assert (found["Tomas Ferreira"].kind, found["Tomas Ferreira"].country) == ("person", None)


def test_resolve_appositive_role_takes_the_name(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(
        pipeline, gazetteer, "Wang Yi, China's foreign minister, met Ana Souza, a Brazilian economist."
    )
    assert found["China's foreign minister"].actor_id == "wang-yi"
    assert found["China's foreign minister"].how == "appositive"
    assert found["Ana Souza"].country == "BRA"


def test_resolve_former_title_is_not_the_current_holder(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(pipeline, gazetteer, "The former Russian president criticised the plan.")
    assert found.get("Russian president") is None or found["Russian president"].actor_id != "vladimir-putin"


def test_resolve_organisation_by_alias(pipeline: NlpPipeline, gazetteer: Gazetteer) -> None:
    found = resolve(pipeline, gazetteer, "NATO said the United Nations should act.")
    assert found["NATO"].actor_id == "NATO"
    assert found["the United Nations"].actor_id == "UN"
