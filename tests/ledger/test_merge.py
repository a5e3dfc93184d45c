"""Merging each article's events into one event per happening (ledger/merge.py), on rows we make."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from newsledger.ledger.merge import fits, merge_events

CHN = {"name": "China", "kind": "state", "country": "CHN"}
RUS = {"name": "Russia", "kind": "state", "country": "RUS"}
XI = {"name": "Xi Jinping", "kind": "person", "country": "CHN"}
USA = {"name": "United States", "kind": "state", "country": "USA"}


def day(text: str) -> dict[str, Any]:
    d = dt.date.fromisoformat(text)
    return {"start": d, "end": d, "precision": "day"}


def month(y: int, m: int) -> dict[str, Any]:
    end = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return {"start": dt.date(y, m, 1), "end": end, "precision": "month"}


def event(
    id_: str,
    article: str,
    type_: str = "CONSULT",
    actor: dict[str, Any] = CHN,
    recipient: dict[str, Any] = RUS,
    date: dict[str, Any] | None = None,
    modality: str = "asserted",
) -> dict[str, Any]:
    mention = {"article_id": article, "sentence": f"{id_} said so", "start": 0, "end": 9, "date": date}
    return {
        "id": id_,
        "type": type_,
        "mode": None,
        "context": [],
        "modality": modality,
        "actor": [actor],
        "recipient": [recipient],
        "date": date,
        "location": None,
        "score": 1.0,
        "mentions": [mention],
        "article_id": article,
        "quote_id": None,
    }


def groups(rows: list[dict[str, Any]]) -> list[list[str]]:
    return sorted(r["article_events"] for r in merge_events(rows))


def test_one_meeting_in_two_articles_is_one_event_with_both_mentions() -> None:
    (merged,) = merge_events(
        [event("e1", "a1", date=day("2023-03-21")), event("e2", "a2", date=day("2023-03-21"))]
    )
    assert merged["articles"] == ["a1", "a2"] and len(merged["mentions"]) == 2
    assert merged["date"]["start"] == dt.date(2023, 3, 21)


def test_a_meeting_told_either_way_round_is_one_event() -> None:
    rows = [
        event("e1", "a1", date=day("2023-03-21")),
        event("e2", "a2", actor=RUS, recipient=CHN, date=day("2023-03-21")),
    ]
    (merged,) = merge_events(rows)
    assert [r["country"] for r in merged["actor"]] == ["CHN"]  # in the first member's direction
    assert [r["country"] for r in merged["recipient"]] == ["RUS"]


def test_directed_events_with_sides_swapped_stay_apart() -> None:
    rows = [
        event("e1", "a1", type_="ACCUSE", date=day("2023-03-21")),
        event("e2", "a2", type_="ACCUSE", actor=RUS, recipient=CHN, date=day("2023-03-21")),
    ]
    assert groups(rows) == [["e1"], ["e2"]]


def test_a_planned_visit_never_merges_with_the_visit() -> None:
    rows = [
        event("e1", "a1", date=day("2023-03-21")),
        event("e2", "a2", date=day("2023-03-21"), modality="future"),
    ]
    assert groups(rows) == [["e1"], ["e2"]]


def test_a_month_date_joins_the_day_inside_it_and_the_day_is_kept() -> None:
    rows = [event("e1", "a1", date=month(2023, 3)), event("e2", "a2", date=day("2023-03-21"))]
    (merged,) = merge_events(rows)
    assert merged["date"]["precision"] == "day"
    assert {m["date"]["precision"] for m in merged["mentions"]} == {"day", "month"}  # each mention its own


def test_a_month_date_fitting_two_meetings_stays_apart() -> None:
    rows = [
        event("e1", "a1", date=day("2023-03-02")),
        event("e2", "a2", date=day("2023-03-21")),
        event("e3", "a3", date=month(2023, 3)),
    ]
    assert groups(rows) == [["e1"], ["e2"], ["e3"]]


def test_days_one_apart_merge_and_three_apart_do_not() -> None:
    assert groups([event("e1", "a1", date=day("2023-03-21")), event("e2", "a2", date=day("2023-03-22"))]) == [
        ["e1", "e2"]
    ]
    assert groups([event("e1", "a1", date=day("2023-03-21")), event("e2", "a2", date=day("2023-03-24"))]) == [
        ["e1"],
        ["e2"],
    ]


def test_undated_events_are_never_merged() -> None:
    rows = [event("e1", "a1", date=day("2023-03-21")), event("e2", "a2"), event("e3", "a3")]
    assert groups(rows) == [["e1"], ["e2"], ["e3"]]


def test_other_sides_or_types_stay_apart_and_order_is_by_date_then_undated() -> None:
    rows = [
        event("e1", "a1", recipient=USA, date=day("2023-03-21")),
        event("e2", "a2", date=day("2022-02-04")),
        event("e3", "a2", type_="AGREE"),
    ]
    assert [r["article_events"] for r in merge_events(rows)] == [["e2"], ["e1"], ["e3"]]


def test_people_and_their_state_count_as_the_same_side() -> None:
    rows = [event("e1", "a1", actor=XI, date=day("2023-03-21")), event("e2", "a2", date=day("2023-03-21"))]
    (merged,) = merge_events(rows)
    assert {r["name"] for r in merged["actor"]} == {"Xi Jinping", "China"}


def test_merged_id_is_stable_and_single_events_keep_theirs() -> None:
    rows = [event("e1", "a1", date=day("2023-03-21")), event("e2", "a2", date=day("2023-03-21"))]
    assert merge_events(rows)[0]["id"] == merge_events(list(reversed(rows)))[0]["id"]
    assert merge_events([rows[0]])[0]["id"] == "e1"


def test_fits_needs_containment_for_wider_dates() -> None:
    march, feb_to_april = (
        (dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
        (dt.date(2023, 2, 1), dt.date(2023, 4, 30)),
    )
    overlapping = (dt.date(2023, 3, 15), dt.date(2023, 4, 15))
    assert fits(march, feb_to_april) and fits(feb_to_april, march)
    assert not fits(march, overlapping)


@st.composite
def _rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    states = [CHN, RUS, USA]
    out = []
    for n in range(draw(st.integers(0, 12))):
        actor, recipient = draw(st.sampled_from(states)), draw(st.sampled_from(states))
        kind = draw(st.sampled_from(["day", "month", None]))
        date = (
            day(f"2023-03-{draw(st.integers(1, 28)):02d}")
            if kind == "day"
            else month(2023, 3)
            if kind
            else None
        )
        out.append(
            event(
                f"e{n}",
                f"a{draw(st.integers(0, 3))}",
                type_=draw(st.sampled_from(["CONSULT", "ACCUSE"])),
                actor=actor,
                recipient=recipient,
                date=date,
                modality=draw(st.sampled_from(["asserted", "future"])),
            )
        )
    return out


@given(_rows())
def test_merging_keeps_every_event_and_mention_exactly_once(rows: list[dict[str, Any]]) -> None:
    merged = merge_events(rows)
    members = [i for m in merged for i in m["article_events"]]
    assert sorted(members) == sorted(r["id"] for r in rows)
    assert sum(len(m["mentions"]) for m in merged) == len(rows)
    for m in merged:  # a merged event never mixes types, modalities or undated members
        group = [r for r in rows if r["id"] in m["article_events"]]
        assert {r["type"] for r in group} == {m["type"]} and {r["modality"] for r in group} == {m["modality"]}
        assert len(group) == 1 or all(r["date"] is not None for r in group)
