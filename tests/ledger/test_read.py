"""Reading events and quotes back with filters, on a real DuckDB file written by the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsledger.ledger.read import EventFilter, LedgerError, find_events, find_quotes, parse_dyad, sides
from newsledger.model import (
    Actor,
    ActorRef,
    Annotations,
    Article,
    Event,
    EventDate,
    EventMention,
    PageResult,
    Quote,
)
from newsledger.store.duck import Store

CHN = ActorRef(name="China", kind="state", country="CHN")
RUS = ActorRef(name="Russia", kind="state", country="RUS")
USA = ActorRef(name="United States", kind="state", country="USA")
LAVROV = ActorRef(name="Sergei Lavrov", kind="person", country="RUS")


def _event(n: int, type_: str, actor: ActorRef, recipient: ActorRef, day: dt.date | None) -> Event:
    date = EventDate(start=day, end=day, precision="day") if day else None
    mention = EventMention(article_id="a1", sentence=f"sentence {n}", start=n * 10, end=n * 10 + 9, date=date)
    return Event(
        id=f"e{n}", type=type_, actor=(actor,), recipient=(recipient,), date=date, mentions=(mention,)
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(str(tmp_path / "t.duckdb"))
    art = Article(id="a1", page_id="p1", source="t.txt", text="x" * 100)
    s.write([("k1", PageResult(source="t.txt", articles=(art,)))])
    events = (
        _event(1, "CONSULT", CHN, RUS, dt.date(2023, 3, 20)),
        _event(2, "ACCUSE", USA, CHN, dt.date(2022, 5, 1)),
        _event(3, "AGREE", RUS, CHN, None),
        _event(4, "SANCTION", USA, RUS, dt.date(2024, 1, 2)),
    )
    quotes = (
        Quote(
            id="q1",
            article_id="a1",
            speaker=LAVROV,
            text="we agree",
            kind="direct",
            start=1,
            end=9,
            verbatim=True,
        ),
        Quote(
            id="q2", article_id="a1", text="it was useful", kind="indirect", start=20, end=33, verbatim=False
        ),
    )
    s.write_annotations([Annotations(article_id="a1", events=events, quotes=quotes)])
    return s


def test_dyad_matches_either_direction_dated_first_then_undated(store: Store) -> None:
    rows = find_events(store, EventFilter(dyad=("RUS", "CHN")))
    assert [r["id"] for r in rows] == ["e1", "e3"]


def test_actor_filter_matches_code_or_part_of_a_name(store: Store) -> None:
    by_code = {r["id"] for r in find_events(store, EventFilter(actor="usa"))}
    by_name = {r["id"] for r in find_events(store, EventFilter(actor="united"))}
    assert by_code == by_name == {"e2", "e4"}


def test_since_and_until_leave_out_undated_events(store: Store) -> None:
    rows = find_events(store, EventFilter(since=dt.date(2023, 1, 1), until=dt.date(2023, 12, 31)))
    assert [r["id"] for r in rows] == ["e1"]


def test_type_filter_is_case_blind_and_rows_carry_contract_fields(store: Store) -> None:
    (row,) = find_events(store, EventFilter(type="sanction"))
    assert row["date"] == {"start": dt.date(2024, 1, 2), "end": dt.date(2024, 1, 2), "precision": "day"}
    assert row["actor"] == [{"name": "United States", "kind": "state", "country": "USA"}]
    assert row["mentions"][0]["sentence"] == "sentence 4"


def test_quotes_by_speaker_name_or_country(store: Store) -> None:
    assert [q["id"] for q in find_quotes(store, speaker="lavrov")] == ["q1"]
    assert [q["id"] for q in find_quotes(store, speaker="RUS")] == ["q1"]
    assert len(find_quotes(store)) == 2


def test_quotes_verbatim_filter_keeps_the_speakers_own_words(store: Store) -> None:
    assert [r["id"] for r in find_quotes(store)] == ["q1", "q2"]
    assert [r["id"] for r in find_quotes(store, verbatim=True)] == ["q1"]


@pytest.mark.parametrize("text", ["CHN,RUS", "chn-rus", "CHN RUS", " chn / rus "])
def test_parse_dyad_accepts_common_separators(text: str) -> None:
    assert parse_dyad(text) == ("CHN", "RUS")


@pytest.mark.parametrize("text", ["CHN", "CHN,RUS,USA", "C,R", "CHN,RUS1", ""])
def test_parse_dyad_rejects_what_is_not_two_codes(text: str) -> None:
    with pytest.raises(LedgerError) as exc:
        parse_dyad(text)
    assert exc.value.reason == "bad_dyad"


def test_sides_names_people_with_their_country() -> None:
    assert sides([{"name": "Sergei Lavrov", "country": "RUS"}, {"name": "RUS", "country": "RUS"}]) == (
        "Sergei Lavrov (RUS), RUS"
    )


def test_quotes_by_the_actors_own_name_when_the_article_spells_it_otherwise(tmp_path: Path) -> None:
    """A quote keeps the article's spelling ("Gerhard Schroeder"); the actor's name finds it."""
    s = Store(str(tmp_path / "t.duckdb"))
    art = Article(id="a1", page_id="p1", source="t.txt", text="x" * 100)
    s.write([("k1", PageResult(source="t.txt", articles=(art,)))])
    actor = Actor(
        id="gerhard-schroder", name="Gerhard Schröder", kind="person", country="DEU", aliases=("Schroeder",)
    )
    quote = Quote(
        id="q1",
        article_id="a1",
        speaker=ActorRef(name="Gerhard Schroeder", kind="person", country="DEU"),
        speaker_id="gerhard-schroder",
        text="I have nothing to apologise for",
        kind="direct",
        start=1,
        end=30,
    )
    s.write_annotations([Annotations(article_id="a1", actors=(actor,), quotes=(quote,))])
    assert [q["id"] for q in find_quotes(s, speaker="Schröder")] == ["q1"]
    assert [q["id"] for q in find_quotes(s, speaker="schroeder")] == ["q1"]
    assert find_quotes(s, speaker="Merkel") == []
