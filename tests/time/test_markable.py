"""What TimeML does not mark: time words in names, generic uses, discourse "now", rates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.time.rules import RulesTimeTagger

ANCHOR = dt.date(2023, 3, 2)


@pytest.fixture(scope="module")
def tagger() -> RulesTimeTagger:
    return RulesTimeTagger()


def _found(tagger: RulesTimeTagger, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.type, e.value) for e in tagger.tag(text, article_id="a", anchor=ANCHOR)]


def test_markable_skips_quoted_title_case_programme_name(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, 'The minister told the "This Morning" programme that talks would go on.') == []


def test_markable_skips_capitalised_today_ending_a_paper_name(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "She reads the Springfield Today at breakfast.") == []


def test_markable_keeps_sentence_initial_yesterday_after_a_weekday(tagger: RulesTimeTagger) -> None:
    texts = [e[0] for e in _found(tagger, "Shares fell on Wednesday. Yesterday, they fell again.")]
    assert texts == ["Wednesday", "Yesterday"]


def test_markable_skips_month_word_naming_a_march(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Thousands joined the March for Peace in the capital.") == []


def test_markable_keeps_month_after_a_preposition_before_a_name(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Elections are due in March for Parliament.") == [("March", "DATE", "2023-03")]


def test_markable_skips_generic_today_and_tomorrow(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Technology shapes today's youth.") == []
    assert _found(tagger, "They will be the leaders of tomorrow.") == []


def test_markable_keeps_today_of_a_specific_event(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Today's vote was close.") == [("Today", "DATE", "2023-03-02")]


def test_markable_skips_discourse_now_opening_a_sentence(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Now, the minister says, the talks can resume.") == []
    assert _found(tagger, "Now the talks can resume.") == [("Now", "DATE", "PRESENT_REF")]


def test_rates_and_speeds_are_not_marked_but_frequencies_are(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "The fund pays $3 million a year in fees.") == []
    assert _found(tagger, "Imports rose 4% annually.") == []
    assert _found(tagger, "The chip runs 20 million steps per second.") == []
    assert _found(tagger, "The board meets three times a year.") == [("a year", "SET", "P1Y")]
    assert _found(tagger, "The rally is held annually.") == [("annually", "SET", "P1Y")]
    assert _found(tagger, "The firm pays $5 million in interest every quarter.") == [
        ("every quarter", "SET", "P1Q")
    ]


def test_markable_skips_to_compounds_of_succession(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "The quarter-to-quarter comparison improved.") == []
    assert _found(tagger, "Day-to-day work goes on.") == []


def test_the_night_of_a_date_and_a_clock_in_the_morning_are_not_a_daypart(tagger: RulesTimeTagger) -> None:
    assert [e[0] for e in _found(tagger, "He was shot on the night of Oct. 23.")] == ["Oct. 23"]
    assert _found(tagger, "He will leave at 4 in the morning.") == []


def test_two_digit_year_needs_a_preposition_before_it(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "The firm showed its Studio '11 suite.") == []
    assert _found(tagger, "She graduated in '05, friends said.") == [("'05", "DATE", "2005")]


def test_season_in_a_name_is_not_a_time(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "The Arab Spring began in Tunisia.") == []
    assert _found(tagger, "They joined the Spring of Hope marches.") == []


def test_the_year_before_an_object_is_a_preposition_not_a_time(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Sales were flat the year before the war.") == []


def test_year_between_capitalised_words_is_a_name_unless_a_date_follows(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "Shares in the Russell 2000 Index of small firms fell.") == []
    assert [
        e[0] for e in _found(tagger, "Apple unveils phone at Developers Conference 2010 June 8, 2010")
    ] == [
        "2010",
        "June 8, 2010",
    ]


def test_four_digits_are_a_clock_time_only_before_a_zone(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "The repair cost 1500 dollars.") == []
    texts = [e[0] for e in _found(tagger, "The blast came at 10:35 a.m. (0735 GMT) Friday, officials said.")]
    assert texts == ["10:35 a.m.", "0735 GMT", "Friday"]


def test_now_in_a_compound_adjective_is_not_marked(tagger: RulesTimeTagger) -> None:
    assert _found(tagger, "He spoke against the now-cancelled lease.") == []
