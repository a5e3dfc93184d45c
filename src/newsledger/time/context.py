"""The state normalising one text carries, and the value helpers every rule shares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsledger.model import TimexType
from newsledger.time.dates import (
    add_months,
    add_years,
    iso_week,
    quarter_of,
)
from newsledger.time.patterns import Candidate
from newsledger.time.tables import Lexicon, Unit
from newsledger.time.tense import Tense

Result = tuple[TimexType, str | None]


@dataclass
class Context:
    """What normalising one expression may look at: anchor, tense, earlier expressions.

    ``last`` is the first day of the last DATE mentioned at any precision ("that year"),
    ``last_value`` that DATE's value.
    ``ref`` is the last day a preceding expression of the text resolved to, the reference
    of anaphoric phrases ("the next day", "that morning"); ``quarter`` the last quarter
    mentioned and ``quarters`` how often each was ("the year-ago quarter"). One Context lives for one text.
    """

    anchor: dt.date | None
    lex: Lexicon
    text: str
    tense: Tense = "past"
    ref: dt.date | None = None
    last: dt.date | None = None
    last_value: str | None = None
    quarter: tuple[int, int] | None = None
    quarters: dict[tuple[int, int], int] = field(default_factory=dict)

    def note_quarter(self, yq: tuple[int, int]) -> None:
        """Remember a quarter the text mentions (the last one and how often each)."""
        self.quarter = yq
        self.quarters[yq] = self.quarters.get(yq, 0) + 1

    def main_quarter(self) -> tuple[int, int] | None:
        """Return the quarter the text mentions most (an earnings report's subject)."""
        if not self.quarters:
            return None
        return max(self.quarters.items(), key=lambda kv: (kv[1], kv[0]))[0]


# A value rule: the candidate and the text's context in, type and value (or None) out.
Handler = Callable[[Candidate, Context], Result | None]


DAYPART_CODES = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
PREV = frozenset(
    {
        "last",
        "past",
        "previous",
        "the previous",
        "the preceding",
        "the prior",
        "the past",
        "the last",
        "this past",
        "the latest",
    }
)
NEXT = frozenset({"next", "coming", "the next", "the coming", "the following", "this coming"})
MONEY_BEFORE = re.compile(
    r"(?:\d|%|percent|million|billion|trillion|dollars?|cents?|euros?|pounds?|yen|barrels?|"
    r"tons?|times|units|shares)\W{0,3}$",
    re.IGNORECASE,
)
# A quantity of something right before "a year", "per hour", "annually" makes a rate or a
# speed ("$500 million a year", "15 million instructions per second", "rise 8% annually"),
# which the TIDES / TimeML guidelines do not mark; a count of times makes a frequency, a SET
# ("three times a day", "twice a week").
_FREQUENCY_BEFORE = re.compile(r"\b(?:times|twice|thrice|once)\W{0,3}$", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?\s*(?:%|percent)?|million|billion|trillion|thousand|hundred)"
    r"(?:[ \t]+(?!times\b|twice\b)[A-Za-z][\w&-]*){0,2}[ \t]*$",
    re.IGNORECASE,
)


def per_unit_kind(text: str, start: int) -> str | None:
    """Return "frequency" or "rate" for what stands before a per-unit phrase at ``start``, else None."""
    before = text[max(0, start - 40) : start]
    if _FREQUENCY_BEFORE.search(before):
        return "frequency"
    if _RATE_BEFORE.search(before):
        return "rate"
    return None


PLURAL_OK_BEFORE = re.compile(r"(?:for|over|in|within|after|took|take|takes|lasted|spent)\s+$", re.IGNORECASE)


def space(s: str) -> str:
    return " ".join(s.lower().split())


def parse_number(words: str, lex: Lexicon) -> float | None:
    """Return the number a digit string or number words give; None for "several" and kin."""
    s = words.replace(",", "").strip().lower()
    try:
        return float(s)
    except ValueError:
        pass
    if m := re.fullmatch(r"(\d+)\s+(\d)/(\d)", s):
        return int(m[1]) + int(m[2]) / int(m[3])
    key = space(s)
    if key in lex.numbers:
        whole = lex.numbers[key]
        return None if whole < 0 else whole
    total = 0.0
    for tok in re.split(r"[\s-]+", key):
        if tok in ("and",):
            continue
        if tok == "half":
            total += 0.5
            continue
        if tok in ("a", "an"):
            continue
        v = lex.numbers.get(tok)
        if v is None:
            return None
        if v < 0:
            return None
        if v == 100 and total:
            total *= 100
        else:
            total += v
    return total or None


def fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: Unit) -> str:
    """Return the TimeML duration for ``n`` units (``P3D``, ``PT2H``, ``PXY`` when unknown)."""
    letter = unit.letter
    mult = 1
    if letter == "DE":
        letter, mult = "Y", 10
    elif letter == "CE":
        letter, mult = "Y", 100
    elif letter == "W2":
        letter, mult = "W", 2
    elif letter == "WE":
        letter, mult = "D", 2
    if n is None:
        amount = "X"
        # An unknown number of decades is an unknown number of years (PXY), as a known one
        # is (P40Y); centuries and quarters keep their own unit.
        if unit.letter in ("CE", "Q"):
            letter = {"CE": "CE", "Q": "Q"}[unit.letter]
    else:
        total = n * mult
        amount = fmt_number(total)
        smaller = (
            {"H": ("M", 60), "M": ("S", 60)}
            if unit.time
            else {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
        )
        if not float(total).is_integer() and letter in smaller:
            # 2.5 years is P2Y6M, 5.5 hours PT5H30M, half a day PT12H.
            new, k = smaller[letter]
            whole, rest = int(total), (total - int(total)) * k
            if float(rest).is_integer():
                time_part = unit.time or letter == "D"
                head = f"{whole}{letter}" if whole else ""
                body = f"{head}{int(rest)}{new}"
                if letter == "D":
                    return f"P{whole}DT{int(rest)}H" if whole else f"PT{int(rest)}H"
                return f"PT{body}" if time_part else f"P{body}"
    return f"PT{amount}{letter}" if unit.time else f"P{amount}{letter}"


# "by February", "until March": a deadline, so a month already past this year is next
# year's ("through August" is not: "sales rose through August").
# A clock time may stand between ("until 9 a.m. EST Tuesday").
_DEADLINE_BEFORE = re.compile(
    r"(?:by|until|till)\s+(?:early\s+|mid-?|late\s+)?"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)\s+(?:[ECMP][SD]T\s+|GMT\s+)?)?$",
    re.I,
)


# "since November", "ever since mid-October": a start point, so the last one gone by.
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:early\s+|mid-?|late\s+|the\s+(?:middle|end|start|beginning)\s+of\s+)?$", re.I
)


def year_for_month(ctx: Context, month: int, day: int | None = None, start: int | None = None) -> int | None:
    """Return the year of a month (and day) written without one, from anchor and tense.

    ``start`` is the expression's offset in ``ctx.text``, to read the word before it.
    """
    a = ctx.anchor
    if a is None:
        return None
    # Months from the anchor to the date; a date more than five months on the wrong
    # side of the anchor for the tense belongs to the neighbouring year.
    delta = (month - a.month) + ((day or 15) - a.day) / 31
    if start is not None and delta < -2 and _DEADLINE_BEFORE.search(ctx.text, max(0, start - 36), start):
        return a.year + 1
    if start is not None and _SINCE_BEFORE.search(ctx.text, max(0, start - 20), start):
        return a.year if delta <= 0.5 else a.year - 1  # "since November": the last one gone
    if ctx.tense == "past" and delta > 5:
        return a.year - 1
    if ctx.tense == "future" and delta < -5:
        return a.year + 1
    if ctx.tense == "present" and delta < -8:
        return a.year + 1  # "in January", written in November: the coming one
    if ctx.tense == "present" and delta > 8:
        return a.year - 1  # "on Nov. 25", written in January: the last one
    return a.year


# A putting-off verb before "until <weekday>": the new date lies ahead of the report.
_PUT_OFF_UNTIL = re.compile(
    r"\b(?:postpon|delay|defer|adjourn|recess|put\s+off|pushed\s+back)\w*\b[^.;]{0,40}?"
    r"\b(?:until|till)\s+(?:early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
)


def weekday_date(ctx: Context, iso: int, rel: str, start: int | None = None) -> dt.date | None:
    """Return the date of a weekday from anchor, tense and a relative word ("last", "next").

    ``start`` is the expression's offset in ``ctx.text``: "until Friday", "by Friday" in
    a sentence that is not past is a deadline, the coming Friday.
    """
    a = ctx.anchor
    if a is None:
        return None
    diff = iso - a.isoweekday()
    if (
        not rel
        and start is not None
        and ctx.tense != "past"
        and _DEADLINE_BEFORE.search(ctx.text, max(0, start - 36), start)
    ):
        return a + dt.timedelta(days=diff % 7)
    if not rel and start is not None and _PUT_OFF_UNTIL.search(ctx.text, max(0, start - 80), start):
        # "postponed until Tuesday", even in the past tense: a new date, still ahead.
        return a + dt.timedelta(days=diff % 7 or 7)
    if rel in ("this",):
        return a + dt.timedelta(days=diff)
    if rel in PREV:
        back = (a.isoweekday() - iso) % 7 or 7
        return a - dt.timedelta(days=back)
    if rel in NEXT:
        fwd = diff % 7 or 7
        return a + dt.timedelta(days=fwd)
    if ctx.tense == "future":
        return a + dt.timedelta(days=diff % 7)
    return a - dt.timedelta(days=(a.isoweekday() - iso) % 7)


def season_year(ctx: Context, code: str, rel: str) -> int | None:
    a = ctx.anchor
    if a is None:
        return None
    first = ctx.lex.season_months.get(code, 6)
    # The season the anchor is in, as (year, first month); winter belongs to its December.
    cur_year = a.year if a.month >= 3 else a.year - 1
    start = dt.date(a.year if first != 12 else cur_year, first, 1)
    if rel in PREV:
        return start.year if start < a.replace(day=1) and add_months(start, 3) <= a else (start.year - 1)
    if rel in NEXT:
        return start.year if start > a else start.year + 1
    if rel in ("this", "current", "the current"):
        return start.year
    if ctx.tense == "past":
        return start.year if start <= a else start.year - 1
    if ctx.tense == "future":
        return start.year if add_months(start, 3) > a else start.year + 1
    return start.year


def unit_value(d: dt.date, unit: str, weekend: bool = False) -> str:
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "week":
        return iso_week(d) + ("-WE" if weekend else "")
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "decade":
        return f"{d.year // 10:03d}X"
    if unit == "century":
        return f"{d.year // 100:02d}XX"
    return d.isoformat()


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "year":
        return add_years(d, n)
    if unit == "month":
        return add_months(d, n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "decade":
        return add_years(d, 10 * n)
    if unit == "century":
        return add_years(d, 100 * n)
    return d + dt.timedelta(days=n)


def day_result(d: dt.date | None, ctx: Context, dp: str | None = None) -> Result:
    if d is None:
        return "DATE", None
    ctx.ref = d
    if dp:
        code = DAYPART_CODES.get(dp.lower())
        if code:
            return "TIME", f"{d.isoformat()}T{code}"
    return "DATE", d.isoformat()


def rel_year(ry: str, ctx: Context) -> int | None:
    if ctx.anchor is None:
        return None
    word = ry.split()[0].lower()
    return ctx.anchor.year + {"last": -1, "next": 1}.get(word, 0)


def last_completed_quarter(a: dt.date) -> tuple[int, int]:
    q = quarter_of(a) - 1
    return (a.year, q) if q else (a.year - 1, 4)
