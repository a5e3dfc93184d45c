"""The rules event coder on sentences written for these tests (real spaCy pipeline)."""

from __future__ import annotations

import datetime as dt

from tests.events.conftest import Code

from newsledger.events.base import EventCoder
from newsledger.events.rules import RulesEventCoder


def sides(e: object) -> tuple[list[str | None], list[str | None]]:
    return [a.country for a in e.actor], [r.country for r in e.recipient]  # type: ignore[attr-defined]


def test_coder_implements_protocol_with_no_arg_constructor() -> None:
    assert isinstance(RulesEventCoder(), EventCoder)


def test_meeting_with_named_leaders_is_consult_dated_by_its_clause(code: Code) -> None:
    (e,) = code("Chinese President Xi Jinping met Brazilian President Lula da Silva on Monday.")
    assert e.type == "CONSULT" and e.modality == "asserted"
    assert sides(e) == (["CHN"], ["BRA"])
    assert e.date is not None and e.date.start == dt.date(2023, 3, 13)
    assert e.mentions[0].trigger == "met" and e.mentions[0].date_text == "Monday"


def test_planned_talks_are_agree_with_future_modality(code: Code) -> None:
    (e,) = code("France and Germany will hold talks next week on the crisis.")
    assert e.type == "AGREE" and e.modality == "future"
    assert set(sides(e)[0] + sides(e)[1]) == {"FRA", "DEU"}


def test_refused_to_meet_is_negated(code: Code) -> None:
    (e,) = code("Canada refused to meet the Iranian envoy.")
    assert e.modality == "negated" and sides(e) == (["CAN"], ["IRN"])


def test_could_impose_sanctions_is_hypothetical(code: Code) -> None:
    (e,) = code("India could impose sanctions on Pakistan if the attacks continue.")
    assert e.type == "SANCTION" and e.modality == "hypothetical"
    assert sides(e) == (["IND"], ["PAK"])


def test_event_without_a_date_is_not_given_the_publication_date(code: Code) -> None:
    (e,) = code("Japan criticized South Korea over the fishing dispute.")
    assert e.type == "ACCUSE" and e.date is None and e.mentions[0].date is None


def test_sentence_without_a_recipient_emits_no_event(code: Code) -> None:
    assert code("Japan held a long cabinet meeting about the budget.") == []
