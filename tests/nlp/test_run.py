"""annotate_store on a real DuckDB file: sentences, mentions and actors stored once."""

from __future__ import annotations

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
    "The Kremlin said the talks were useful. Mr. Xi said he would return."
)


def _store_article(db: Path) -> None:
    art = Article(id="a1", page_id="p1", source="t.txt", text=TEXT, published=dt.date(2023, 3, 21))
    with Store(str(db)) as store:
        store.write([("k1", PageResult(source="t.txt", articles=(art,)))])


def test_annotate_store_writes_sentences_mentions_and_actors_once(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    _store_article(db)
    with Store(str(db)) as store:
        first = annotate_store(store, Settings(jobs=1))
        second = annotate_store(store, Settings(jobs=1))
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
        annotate_store(store, Settings(jobs=1))
        export(store, tmp_path / "out", "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out" / "actors.jsonl").read_text().splitlines()]
    xi = next(r for r in rows if r["id"] == "xi-jinping")
    assert set(xi) >= {"id", "name", "kind", "country", "aliases", "roles"}
    assert xi["kind"] == "person" and xi["country"] == "CHN"
    assert isinstance(xi["roles"], list) and xi["roles"][0]["title"]
