"""Date arithmetic on TimeML values: shifting dates and turning a value into an interval."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from newsledger.model import Precision


def add_months(d: dt.date, months: int) -> dt.date:
    """Return ``d`` moved by whole months, the day clipped to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def add_years(d: dt.date, years: int) -> dt.date:
    """Return ``d`` moved by whole years (29 February becomes 28 February)."""
    return add_months(d, 12 * years)


def quarter_of(d: dt.date) -> int:
    """Return the calendar quarter (1-4) of ``d``."""
    return (d.month - 1) // 3 + 1


def iso_week(d: dt.date) -> str:
    """Return the TimeML week value of ``d``, e.g. ``2022-W07``."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def easter(year: int) -> dt.date:
    """Return Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, n: int, iso_weekday: int) -> dt.date:
    """Return the ``n``-th (``-1``: last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (iso_weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - iso_weekday) % 7)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date or None when it does not exist (31 June)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def interval(value: str | None) -> tuple[Precision | None, dt.date | None, dt.date | None]:
    """Return the precision and first and last day a DATE/TIME value covers (or Nones)."""
    if not value:
        return None, None, None
    try:
        return _interval(value)
    except ValueError:
        return None, None, None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _interval(value: str) -> tuple[Precision | None, dt.date | None, dt.date | None]:
    if m := _DAY.match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return ("time" if m[4] else "day"), d, d
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return "month", dt.date(y, mo, 1), _month_end(y, mo)
    if m := _YEAR.match(value):
        y = int(m[1])
        return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return "range", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return "week", monday, monday + dt.timedelta(days=6)
    if m := _QUARTER.match(value):
        y, n = int(m[1]), int(m[3])
        if m[2] == "H":
            if n > 2:
                return None, None, None
            first = 1 + 6 * (n - 1)
            return "range", dt.date(y, first, 1), _month_end(y, first + 5)
        first = 1 + 3 * (n - 1)
        return "quarter", dt.date(y, first, 1), _month_end(y, first + 2)
    if m := _SEASON.match(value):
        y, first = int(m[1]), _SEASON_START[m[2]]
        start = dt.date(y, first, 1)
        end = add_months(start, 3) - dt.timedelta(days=1)
        return "season", start, end
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return "range", dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return "range", dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    return None, None, None
