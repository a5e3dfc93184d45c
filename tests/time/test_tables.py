"""The time pattern tables load, validate, and take a user's additions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsledger.time.rules import RulesTimeTagger
from newsledger.time.tables import load_lexicon


def test_tables_load_every_time_table_when_packaged() -> None:
    lex = load_lexicon()
    assert lex.months["sept"] == 9 and lex.weekdays["thursday"] == 4
    assert lex.units["decades"].letter == "DE" and lex.seasons["fall"] == "FA"
    assert lex.sets["annually"] == "P1Y" and lex.refs["recently"] == "PAST_REF"


def test_tables_user_rules_dir_adds_a_holiday(tmp_path: Path) -> None:
    (tmp_path / "time").mkdir()
    (tmp_path / "time" / "holidays.v1.tsv").write_text("name\trule\nFounders Day\t03-15\n")
    tagger = RulesTimeTagger(rules_dir=str(tmp_path))
    [e] = tagger.tag("The parade is held on Founders Day.", article_id="a", anchor=dt.date(2024, 1, 5))
    assert (e.text, e.value) == ("Founders Day", "2024-03-15")


def test_tables_full_month_and_weekday_names_are_the_longest_of_each_number() -> None:
    lex = load_lexicon()
    assert "september" in lex.full_months and "sept" not in lex.full_months
    assert len(lex.full_months) == 12 and len(lex.full_weekdays) == 7
    assert "thursday" in lex.full_weekdays and "thu" not in lex.full_weekdays
