"""Intervals of TimeML values and date arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.time.dates import add_months, easter, interval, nth_weekday

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-06-15", ("day", D(2022, 6, 15), D(2022, 6, 15))),
        ("2022-06", ("month", D(2022, 6, 1), D(2022, 6, 30))),
        ("2022", ("year", D(2022, 1, 1), D(2022, 12, 31))),
        ("2022-W24", ("week", D(2022, 6, 13), D(2022, 6, 19))),
        ("2022-W24-WE", ("range", D(2022, 6, 18), D(2022, 6, 19))),
        ("2022-Q1", ("quarter", D(2022, 1, 1), D(2022, 3, 31))),
        ("2022-SU", ("season", D(2022, 6, 1), D(2022, 8, 31))),
        ("2022-WI", ("season", D(2022, 12, 1), D(2023, 2, 28))),
        ("199", ("range", D(1990, 1, 1), D(1999, 12, 31))),
        ("199X", ("range", D(1990, 1, 1), D(1999, 12, 31))),
        ("19XX", ("range", D(1900, 1, 1), D(1999, 12, 31))),
        ("2022-06-15TMO", ("time", D(2022, 6, 15), D(2022, 6, 15))),
    ],
)
def test_interval_gives_precision_and_bounds_when_value_is_calendar_date(
    value: str, expected: tuple[str, dt.date, dt.date]
) -> None:
    assert interval(value) == expected


@pytest.mark.parametrize("value", [None, "PRESENT_REF", "P3D", "2022-13", "XXXX-WXX-1"])
def test_interval_is_empty_when_value_is_not_a_calendar_date(value: str | None) -> None:
    assert interval(value) == (None, None, None)


def test_add_months_clips_day_when_target_month_is_shorter() -> None:
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)


def test_nth_weekday_finds_last_monday_when_n_is_minus_one() -> None:
    assert nth_weekday(2024, 5, -1, 1) == D(2024, 5, 27)


def test_easter_gives_western_easter_sunday_for_known_years() -> None:
    assert [easter(y) for y in (1998, 2000, 2019, 2024)] == [
        dt.date(1998, 4, 12),
        dt.date(2000, 4, 23),
        dt.date(2019, 4, 21),
        dt.date(2024, 3, 31),
    ]
