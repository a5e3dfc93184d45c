"""annotate_store on a real DuckDB file: every annotation stored once, replaced on a redo, exported.

The quote and event back ends here are the fixed ones of ``backends_for_tests``, so these
tests pin the store and the export, not the rules (those have tests of their own).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from newsledger.model import Article, PageResult
from newsledger.nlp.run import annotate_store
from newsledger.settings import Settings
from newsledger.store.duck import Store
from newsledger.store.export import export

TEXT = (
    "Chinese leader Xi Jinping met President Putin in Moscow on Monday.\n"
    'The Kremlin said the talks were useful. Mr. Xi said "we will come back" to reporters.'
)
SETTINGS = Settings(
    jobs=1, quote_extractor="backends_for_tests:EveryQuotedSpan", event_coder="backends_for_tests:MetOnDate"
)


def _store_article(db: Path) -> None:
    art = Article(id="a1", page_id="p1", source="t.txt", text=TEXT, published=dt.date(2023, 3, 21))
    with Store(str(db)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=(art,)))])


def test_annotate_store_writes_sentences_mentions_and_actors_once(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        first = annotate_store(store, SETTINGS)
        second = annotate_store(store, SETTINGS)
        sents = store.query('SELECT idx, start, "end", text FROM sentences ORDER BY idx')
        mentions = store.query('SELECT start, "end", text, actor_id, how FROM mentions ORDER BY start')
        actors = {r["id"] for r in store.query("SELECT id FROM actors")}
    assert (first.articles, second.articles) == (1, 0)
    assert all(TEXT[s["start"] : s["end"]] == s["text"] for s in sents)
    assert all(TEXT[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {"xi-jinping", "vladimir-putin", "RUS"} <= actors
    assert ("Kremlin", "RUS", "metonym") in {(m["text"], m["actor_id"], m["how"]) for m in mentions}


def test_export_writes_actors_jsonl_with_roles_as_list(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        annotate_store(store, SETTINGS)
        export(store, tmp_path / "out", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out" / "actors.jsonl").read_text().splitlines()]
    xi = next(r for r in rows if r["id"] == "xi-jinping")
    assert set(xi) >= {"id", "name", "kind", "country", "aliases", "roles"}
    assert xi["kind"] == "person" and xi["country"] == "CHN"
    assert isinstance(xi["roles"], list) and xi["roles"][0]["title"]


def _counts(store: Store) -> dict[str, int]:
    tables = ("sentences", "mentions", "time_exprs", "quotes", "events", "event_mentions")
    return {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in tables}


def test_annotate_store_writes_time_quotes_and_events_with_sentences(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        report = annotate_store(store, SETTINGS)
        times = store.query("SELECT text, sentence, value, date_start FROM time_exprs ORDER BY start")
        quotes = store.query("SELECT text, speaker_name, source_chain FROM quotes")
        events = store.query("SELECT type, date_start FROM events")
        ems = store.query("SELECT sentence_index, trigger, date_text FROM event_mentions")
    assert (report.times, report.quotes, report.events) == (1, 1, 1)
    assert times == [
        {"text": "Monday", "sentence": 0, "value": "2023-03-20", "date_start": dt.date(2023, 3, 20)}
    ]
    assert quotes == [
        {"text": "we will come back", "speaker_name": "Xi Jinping", "source_chain": ["state media"]}
    ]
    assert events == [{"type": "CONSULT", "date_start": dt.date(2023, 3, 20)}]
    assert ems == [{"sentence_index": 0, "trigger": "met", "date_text": "Monday"}]
    assert set(report.stage_seconds) == {"sentences", "actors", "time", "quotes", "events"}


def test_annotating_again_replaces_an_articles_rows(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        annotate_store(store, SETTINGS)
        before = _counts(store)
        assert store.forget_annotations() == 1
        again = annotate_store(store, SETTINGS)
        after = _counts(store)
    assert again.articles == 1
    assert after == before and all(before.values())


def test_export_writes_quotes_and_events_per_contract(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        annotate_store(store, SETTINGS)
        export(store, tmp_path / "out", "jsonl")
    out = tmp_path / "out"
    (quote,) = [json.loads(line) for line in (out / "quotes.jsonl").read_text().splitlines()]
    (event,) = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    assert set(quote) >= {"id", "article_id", "speaker", "addressee", "text", "kind", "cue", "start", "end"}
    assert quote["speaker"]["name"] == "Xi Jinping" and quote["speaker"]["country"] == "CHN"
    assert quote["addressee"] is None and TEXT[quote["start"] : quote["end"]] == quote["text"]
    assert set(event) >= {
        "id",
        "type",
        "mode",
        "context",
        "modality",
        "actor",
        "recipient",
        "date",
        "location",
    }
    assert {a["country"] for a in event["actor"] + event["recipient"]} == {"CHN", "RUS"}
    assert event["date"] == {"start": "2023-03-20", "end": "2023-03-20", "precision": "day"}
    (mention,) = event["mentions"]
    assert mention["article_id"] == "a1" and mention["date"]["start"] == "2023-03-20"
    assert TEXT[mention["start"] : mention["end"]] == mention["sentence"]
    assert mention["modality"] == "asserted"


def test_a_stage_that_raises_costs_that_stage_only_and_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    arts = (
        Article(
            id="bad",
            page_id="p1",
            source="bad.txt",
            text=TEXT + " zz-marker-raise",
            published=dt.date(2023, 3, 21),
        ),
        Article(
            id="good", page_id="p1", source="good.txt", text=TEXT, published=dt.date(2023, 3, 21), part=1
        ),
    )
    with Store(str(db)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=arts))])
        settings = Settings(
            jobs=1, quote_extractor="backends_for_tests:FailsOnMarker", event_coder=SETTINGS.event_coder
        )
        report = annotate_store(store, settings)
        failures = store.query("SELECT source, stage, reason, message FROM failures")
        events = {r["article_id"] for r in store.query("SELECT article_id FROM events")}
    assert (report.articles, report.stage_failures) == (2, 1)
    (f,) = failures
    assert (f["source"], f["stage"], f["reason"]) == ("bad.txt", "annotate.quotes", "stage_error")
    assert "article bad" in f["message"] and "a bug in this back end" in f["message"]
    assert events == {"bad", "good"}  # the event coder still ran on the article whose quotes failed


def test_an_article_over_the_limit_is_annotated_up_to_a_paragraph_end_and_said_so(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    long_text = TEXT + "\n" + "\n".join(f"Paragraph {n} says the talks went on." for n in range(40))
    arts = (
        Article(id="long", page_id="p1", source="long.txt", text=long_text, published=dt.date(2023, 3, 21)),
        Article(
            id="short", page_id="p1", source="short.txt", text=TEXT, published=dt.date(2023, 3, 21), part=1
        ),
    )
    limit = len(TEXT) + 100
    with Store(str(db)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=arts))])
        report = annotate_store(store, dataclasses.replace(SETTINGS, max_annotate_chars=limit))
        (f,) = store.query("SELECT source, stage, reason, message FROM failures")
        ends = store.query('SELECT article_id, max("end") AS last FROM sentences GROUP BY article_id')
        stored = store.query("SELECT text FROM articles WHERE id = 'long'")[0]["text"]
    assert report.articles == 2  # the batch went on
    assert (f["source"], f["stage"], f["reason"]) == ("long.txt", "annotate", "too_long")
    last = {r["article_id"]: r["last"] for r in ends}
    assert last["long"] <= limit and long_text[last["long"] : last["long"] + 1] in ("", "\n")
    assert last["short"] == len(TEXT)
    assert stored == long_text  # the article itself is kept whole


def test_annotating_in_worker_processes_stores_what_one_process_stores(tmp_path: Path) -> None:
    lines = TEXT.split("\n")
    arts = tuple(
        Article(
            id=f"a{n:02d}", page_id="p1", part=n, source=f"t{n}.txt",
            text=lines[n % 2] + "\n" + lines[(n + 1) % 2], published=dt.date(2023, 3, n % 20 + 1),
        )
        for n in range(40)
    )  # fmt: skip
    tables: list[dict[str, list[dict[str, object]]]] = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}.duckdb"
        with Store(str(db)) as store:
            store.write([("k1", PageResult(source="t.txt", articles=arts))])
            report = annotate_store(store, dataclasses.replace(SETTINGS, jobs=jobs))
            assert report.articles == 40 and report.stage_seconds["actors"] > 0
            tables.append(
                {
                    t: store.query(f"SELECT * EXCLUDE (article_id), article_id FROM {t} ORDER BY ALL")
                    for t in ("sentences", "mentions", "time_exprs", "quotes", "events", "event_mentions")
                }
            )
    assert tables[0] == tables[1]
    assert len(tables[0]["time_exprs"]) == 40
