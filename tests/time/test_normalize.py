"""Values of time expressions against the publication date, from the cases in cases/*.yml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsledger.time.normalize import duration_value, parse_number
from newsledger.time.rules import RulesTimeTagger
from newsledger.time.tables import load_lexicon

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            out.append(pytest.param(case, id=f"{path.stem}-{i}-{case['expect']['text']}"))
    return out


@pytest.fixture(scope="module")
def tagger() -> RulesTimeTagger:
    return RulesTimeTagger()


@pytest.mark.parametrize("case", _cases())
def test_expression_gets_expected_type_and_value_when_tagged_in_case_table(
    tagger: RulesTimeTagger, case: dict[str, Any]
) -> None:
    anchor = case["anchor"]
    assert isinstance(anchor, dt.date)
    found = tagger.tag(case["text"], article_id="a1", anchor=anchor)
    want = case["expect"]
    by_text = {e.text: e for e in found}
    assert want["text"] in by_text, f"found {[e.text for e in found]}"
    expr = by_text[want["text"]]
    assert (expr.type, expr.value) == (want["type"], want["value"])


def test_weekday_in_past_tense_resolves_to_previous_week(tagger: RulesTimeTagger) -> None:
    # 2023-03-02 is a Thursday; "Friday" in the past is 2023-02-24.
    [e] = tagger.tag("Police said the attack happened on Friday.", article_id="a", anchor=dt.date(2023, 3, 2))
    assert e.value == "2023-02-24"


def test_weekday_in_future_tense_resolves_to_next_week(tagger: RulesTimeTagger) -> None:
    [e] = tagger.tag("The court will rule on Friday.", article_id="a", anchor=dt.date(2023, 3, 2))
    assert e.value == "2023-03-03"


def test_time_keeps_unresolvable_date_unresolved(tagger: RulesTimeTagger) -> None:
    [e] = tagger.tag("The talks resumed on Tuesday.", article_id="a", anchor=None)
    assert (e.text, e.type, e.value, e.date_start) == ("Tuesday", "DATE", None, None)


def test_time_never_defaults_relative_expression_to_anchor_when_anchor_missing(
    tagger: RulesTimeTagger,
) -> None:
    found = tagger.tag("He left last week and returns next month.", article_id="a", anchor=None)
    assert [(e.text, e.value) for e in found] == [("last week", None), ("next month", None)]


def test_absolute_date_resolves_when_anchor_missing(tagger: RulesTimeTagger) -> None:
    [e] = tagger.tag("It was signed on March 3, 2021.", article_id="a", anchor=None)
    assert e.value == "2021-03-03"
    assert (e.precision, e.date_start, e.date_end) == ("day", dt.date(2021, 3, 3), dt.date(2021, 3, 3))


def test_month_without_year_takes_previous_year_when_past_and_far_ahead(
    tagger: RulesTimeTagger,
) -> None:
    [e] = tagger.tag("The accord was signed in November.", article_id="a", anchor=dt.date(2023, 2, 10))
    assert e.value == "2022-11"


def test_month_interval_covers_whole_month_when_precision_is_month(
    tagger: RulesTimeTagger,
) -> None:
    [e] = tagger.tag("Prices rose in February 2024.", article_id="a", anchor=None)
    assert (e.precision, e.date_start, e.date_end) == ("month", dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_anaphoric_next_day_follows_last_mentioned_date(tagger: RulesTimeTagger) -> None:
    found = tagger.tag(
        "Troops crossed on May 3, 2022. The next day they withdrew.",
        article_id="a",
        anchor=dt.date(2022, 6, 1),
    )
    assert [(e.text, e.value) for e in found] == [
        ("May 3, 2022", "2022-05-03"),
        ("The next day", "2022-05-04"),
    ]


def test_year_ago_uses_quarter_when_report_is_about_a_quarter(tagger: RulesTimeTagger) -> None:
    text = "Third-quarter profit rose 8%. Sales were flat compared with a year earlier."
    found = tagger.tag(text, article_id="a", anchor=dt.date(2023, 10, 25))
    assert [(e.text, e.value) for e in found] == [("Third-quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]


def test_number_words_parse_compounds_and_halves() -> None:
    lex = load_lexicon()
    assert parse_number("twenty-four", lex) == 24
    assert parse_number("two and a half", lex) == 2.5
    assert parse_number("several", lex) is None
    assert parse_number("5 1/2", lex) == 5.5


def test_duration_value_uses_time_designator_for_clock_units() -> None:
    lex = load_lexicon()
    assert duration_value(2, lex.units["hours"]) == "PT2H"
    assert duration_value(None, lex.units["years"]) == "PXY"
    assert duration_value(2.5, lex.units["years"]) == "P2Y6M"
    assert duration_value(3, lex.units["decades"]) == "P30Y"


def test_the_year_before_is_one_expression_and_the_year_with_a_number_is_the_number(
    tagger: RulesTimeTagger,
) -> None:
    found = tagger.tag(
        "Profit doubled from the year before, and the year 2030 is the target.",
        article_id="a",
        anchor=dt.date(2023, 11, 2),
    )
    assert [(e.text, e.value) for e in found] == [("the year before", "2022"), ("2030", "2030")]


def test_an_age_in_decade_words_is_not_a_decade(tagger: RulesTimeTagger) -> None:
    assert tagger.tag("Both men are in their forties.", article_id="a", anchor=dt.date(2023, 1, 2)) == []


def test_current_is_the_present_but_not_in_current_account(tagger: RulesTimeTagger) -> None:
    anchor = dt.date(2023, 5, 2)
    [e] = tagger.tag("Under current rules the plan fails.", article_id="a", anchor=anchor)
    assert (e.text, e.type, e.value) == ("current", "DATE", "PRESENT_REF")
    assert tagger.tag("The current account deficit widened.", article_id="a", anchor=anchor) == []


def test_a_decade_after_a_possessive_is_an_age(tagger: RulesTimeTagger) -> None:
    anchor = dt.date(2020, 1, 1)
    assert tagger.tag("She was in her early 30s then.", article_id="a", anchor=anchor) == []
    [e] = tagger.tag("Prices rose in the early 1970s.", article_id="a", anchor=anchor)
    assert e.value == "197X"


def test_a_weekday_ending_a_headline_is_not_joined_to_the_dateline_below(tagger: RulesTimeTagger) -> None:
    found = tagger.tag("Exchanges shut until Friday\nSeptember 18, 2008", article_id="a", anchor=None)
    assert [e.text for e in found] == ["Friday", "September 18, 2008"]


def test_an_article_before_a_hyphenated_time_modifier_stays_outside(tagger: RulesTimeTagger) -> None:
    anchor = dt.date(2020, 11, 1)
    [e] = tagger.tag("The third-quarter loss was large.", article_id="a", anchor=anchor)
    assert (e.text, e.value) == ("third-quarter", "2020-Q3")
    [e] = tagger.tag("They face a 14-day wait.", article_id="a", anchor=anchor)
    assert (e.text, e.value) == ("14-day", "P14D")
    [e] = tagger.tag("It was the worst of the mid-1990s crises.", article_id="a", anchor=anchor)
    assert e.text == "the mid-1990s"


def test_the_year_earlier_figure_is_found_as_year_earlier(tagger: RulesTimeTagger) -> None:
    [e] = tagger.tag("The year-earlier figure was lower.", article_id="a", anchor=dt.date(2020, 11, 1))
    assert (e.text, e.value) == ("year-earlier", "2019")
