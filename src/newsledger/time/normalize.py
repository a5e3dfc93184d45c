"""Give each candidate expression its TIMEX3 type and TimeML value against the anchor date."""

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
    nth_weekday,
    quarter_of,
    safe_date,
)
from newsledger.time.patterns import Candidate
from newsledger.time.tables import Lexicon, Unit
from newsledger.time.tense import Tense

Result = tuple[TimexType, str | None]


@dataclass
class Context:
    """What normalising one expression may look at: anchor, tense, earlier expressions.

    ``last`` is the first day of the last DATE mentioned at any precision ("that year").
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


_DAYPART_CODES = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
_PREV = frozenset(
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
    }
)
_NEXT = frozenset({"next", "coming", "the next", "the coming", "the following", "this coming"})
_THIS = frozenset(
    {
        "this",
        "current",
        "the current",
        "earlier this",
        "later this",
        "the same",
        "that",
        "earlier that",
        "later that",
        "earlier in the",
        "later in the",
    }
)
_MONEY_BEFORE = re.compile(
    r"(?:\d|%|percent|million|billion|trillion|dollars?|cents?|euros?|pounds?|yen|barrels?|"
    r"tons?|times|units|shares)\W{0,3}$",
    re.IGNORECASE,
)
_PLURAL_OK_BEFORE = re.compile(
    r"(?:for|over|in|within|after|took|take|takes|lasted|spent)\s+$", re.IGNORECASE
)


def _space(s: str) -> str:
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
    key = _space(s)
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


def _fmt(n: float) -> str:
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
        if unit.letter in ("DE", "CE", "Q"):
            letter = {"DE": "DE", "CE": "CE", "Q": "Q"}[unit.letter]
    else:
        total = n * mult
        amount = _fmt(total)
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
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


# ------------------------------------------------------------------ year inference


def _year_for_month(ctx: Context, month: int, day: int | None = None) -> int | None:
    """Return the year of a month (and day) written without one, from anchor and tense."""
    a = ctx.anchor
    if a is None:
        return None
    # Months from the anchor to the date; a date more than five months on the wrong
    # side of the anchor for the tense belongs to the neighbouring year.
    delta = (month - a.month) + ((day or 15) - a.day) / 31
    if ctx.tense == "past" and delta > 5:
        return a.year - 1
    if ctx.tense == "future" and delta < -5:
        return a.year + 1
    if ctx.tense == "present" and delta < -8:
        return a.year + 1  # "in January", written in November: the coming one
    if ctx.tense == "present" and delta > 8:
        return a.year - 1  # "on Nov. 25", written in January: the last one
    return a.year


def _weekday_date(ctx: Context, iso: int, rel: str) -> dt.date | None:
    a = ctx.anchor
    if a is None:
        return None
    diff = iso - a.isoweekday()
    if rel in ("this",):
        return a + dt.timedelta(days=diff)
    if rel in _PREV:
        back = (a.isoweekday() - iso) % 7 or 7
        return a - dt.timedelta(days=back)
    if rel in _NEXT:
        fwd = diff % 7 or 7
        return a + dt.timedelta(days=fwd)
    if ctx.tense == "future":
        return a + dt.timedelta(days=diff % 7)
    return a - dt.timedelta(days=(a.isoweekday() - iso) % 7)


def _season_year(ctx: Context, code: str, rel: str) -> int | None:
    a = ctx.anchor
    if a is None:
        return None
    first = ctx.lex.season_months.get(code, 6)
    # The season the anchor is in, as (year, first month); winter belongs to its December.
    cur_year = a.year if a.month >= 3 else a.year - 1
    start = dt.date(a.year if first != 12 else cur_year, first, 1)
    if rel in _PREV:
        return start.year if start < a.replace(day=1) and add_months(start, 3) <= a else (start.year - 1)
    if rel in _NEXT:
        return start.year if start > a else start.year + 1
    if rel in ("this", "current", "the current"):
        return start.year
    if ctx.tense == "past":
        return start.year if start <= a else start.year - 1
    if ctx.tense == "future":
        return start.year if add_months(start, 3) > a else start.year + 1
    return start.year


# ------------------------------------------------------------------ unit arithmetic


def _unit_value(d: dt.date, unit: str, weekend: bool = False) -> str:
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "week":
        return iso_week(d) + ("-WE" if weekend else "")
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
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


# ------------------------------------------------------------------ rules


def _date(d: dt.date | None, ctx: Context, dp: str | None = None) -> Result:
    if d is None:
        return "DATE", None
    ctx.ref = d
    if dp:
        code = _DAYPART_CODES.get(dp.lower())
        if code:
            return "TIME", f"{d.isoformat()}T{code}"
    return "DATE", d.isoformat()


def _iso(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    d = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    ctx.ref = d
    if "H" in g:
        return "TIME", f"{d.isoformat()}T{g['H']}:{g['M']}"
    return "DATE", d.isoformat()


def _iso_month(c: Candidate, ctx: Context) -> Result | None:
    m = int(c.groups["m"])
    if not 1 <= m <= 12:
        return None
    return "DATE", f"{c.groups['y']}-{m:02d}"


def _slash(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    y = int(g["y"])
    if y < 100:
        y += 1900 if y > 40 else 2000
    d = safe_date(y, int(g["m"]), int(g["d"]))
    return _date(d, ctx) if d else None


def _month_day(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    month = ctx.lex.months.get(g["mon"].rstrip(".").lower())
    day = int(g["d"])
    if month is None or not 1 <= day <= 31:
        return None
    if "y" in g:
        return _date(safe_date(int(g["y"]), month, day), ctx)
    year = _year_for_month(ctx, month, day)
    if year is None:
        return "DATE", None
    if "wd" in g:
        iso = ctx.lex.weekdays.get(g["wd"].rstrip(".").lower())
        for y in (year, year - 1, year + 1):
            d = safe_date(y, month, day)
            if d and d.isoweekday() == iso:
                year = y
                break
    return _date(safe_date(year, month, day), ctx)


def _rel_year(ry: str, ctx: Context) -> int | None:
    if ctx.anchor is None:
        return None
    word = ry.split()[0].lower()
    return ctx.anchor.year + {"last": -1, "next": 1}.get(word, 0)


def _month(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    month = ctx.lex.months.get(g["mon"].rstrip(".").lower())
    if month is None:
        return None
    if "y" in g:
        return "DATE", f"{g['y']}-{month:02d}"
    a = ctx.anchor
    if "ry" in g:
        y = _rel_year(g["ry"], ctx)
        return "DATE", None if y is None else f"{y}-{month:02d}"
    if a is None:
        return "DATE", None
    rel = _space(g.get("rel", ""))
    if rel in _PREV:
        y = a.year if month < a.month else a.year - 1
    elif rel in _NEXT:
        y = a.year if month > a.month else a.year + 1
    elif rel in ("this", "current"):
        y = a.year
    else:
        y = _year_for_month(ctx, month) or a.year
    return "DATE", f"{y}-{month:02d}"


_YEAR_BEFORE = re.compile(r"(?:in|since|of|from|by|until|to|before|after|during|between)\s+$", re.I)


def _year(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    y = int(g["y"])
    if not g.get("mod") and not g.get("fis"):
        before = ctx.text[max(0, c.start - 2) : c.start]
        after = ctx.text[c.end : c.end + 2]
        if "$" in before or after.startswith(("-", "/")):
            return None
        if y < 1900 and not _YEAR_BEFORE.search(ctx.text[max(0, c.start - 8) : c.start]):
            return None
        if y > 2100:
            return None
    return "DATE", f"{y:04d}"


_SPOKEN_TENS = {
    "oh": 0,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SPOKEN_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def _spoken_year(c: Candidate, ctx: Context) -> Result | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand one"."""
    g = c.groups
    head = _space(g["sy"])
    words = re.split(r"[\s-]+", _space(g["sy2"]))
    rest = _SPOKEN_TENS.get(words[0], _SPOKEN_ONES.get(words[0], -1))
    if rest < 0:
        return None
    if len(words) > 1:
        rest += _SPOKEN_ONES.get(words[1], 0)
    if head == "nineteen":
        if rest < 10 and words[0] != "oh":
            return None
        return "DATE", f"{1900 + rest}"
    if head == "twenty":
        if rest < 10 and words[0] != "oh":
            return None
        return "DATE", f"{2000 + rest}"
    return "DATE", f"{2000 + rest}"


def _fy(c: Candidate, ctx: Context) -> Result | None:
    yy = int(c.groups["yy"])
    return "DATE", f"{(1900 if yy > 40 else 2000) + yy}"


def _decade(c: Candidate, ctx: Context) -> Result | None:
    dec = c.groups["dec"]
    if len(dec) == 1:
        dec = ("20" if dec in "012" else "19") + dec
    return "DATE", dec


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _spoken_decade(c: Candidate, ctx: Context) -> Result | None:
    """ "The nineties": the decade of the twentieth century."""
    return "DATE", f"19{_DECADE_WORDS[c.groups['sd'].lower()]}"


def _century(c: Candidate, ctx: Context) -> Result | None:
    o = c.groups["ord"].lower()
    n = ctx.lex.ordinals.get(o)
    if n is None:
        digits = re.match(r"\d+", o)
        n = int(digits.group(0)) if digits else None
    if not n or n < 1:
        return None
    return "DATE", f"{n - 1:02d}"


def _last_completed_quarter(a: dt.date) -> tuple[int, int]:
    q = quarter_of(a) - 1
    return (a.year, q) if q else (a.year - 1, 4)


def _quarter(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = ctx.anchor
    kind = "H" if g["q"].lower() == "half" else "Q"
    pre = _space(g.get("pre", ""))
    ordw = _space(g.get("ord", "")).replace("-", " ")
    if not pre and not ordw and "y" not in g:
        return None
    n: int | None = None
    ord_n = ctx.lex.ordinals.get(ordw) or {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(ordw)
    if ordw == "last" and "y" not in g and "ry" not in g and kind == "Q":
        ord_n = None  # "the last quarter" is the one just ended, not the fourth
        ordw = "previous"
    if ord_n is not None:
        n = (4 if kind == "Q" else 2) if ord_n == -1 else ord_n
        if n > (4 if kind == "Q" else 2):
            return None
    year: int | None = None
    if "y" in g:
        year = int(g["y"])
    elif "ry" in g:
        year = _rel_year(g["ry"], ctx)
    elif m := re.search(r"\d{4}", pre):
        year = int(m.group(0))
    elif pre.startswith(("this year", "last year", "next year")):
        year = _rel_year(pre, ctx)
    if ordw.startswith("year"):
        base = ctx.main_quarter() or (_last_completed_quarter(a) if a else None)
        if base is None:
            return "DATE", None
        return "DATE", f"{base[0] - 1}-{kind}{base[1]}"
    if n is None:
        if kind == "H":
            return None
        if a is None:
            return "DATE", None
        if ordw in ("current",) or pre == "this":
            yq = (a.year, quarter_of(a))
        elif ordw == "previous" or pre == "last":
            yq = _last_completed_quarter(a)
        elif pre == "next":
            yq = (a.year, quarter_of(a) + 1) if quarter_of(a) < 4 else (a.year + 1, 1)
        elif ordw == "same" and ctx.quarter:
            yq = ctx.quarter
        elif ordw in ("latest", "most recent", "recent", "just ended", "just completed"):
            yq = _last_completed_quarter(a)
        else:
            yq = ctx.main_quarter() or _last_completed_quarter(a)
        if year is not None:
            yq = (year, yq[1])
        ctx.note_quarter(yq)
        return "DATE", f"{yq[0]}-Q{yq[1]}"
    if "ya" in g:
        # "the year-earlier third quarter": that quarter of the year before the report's.
        main = ctx.main_quarter()
        base_year = main[0] if main else (a.year if a else None)
        if base_year is None:
            return "DATE", None
        return "DATE", f"{base_year - 1}-{kind}{n}"
    if year is None:
        if a is None:
            return "DATE", None
        year = a.year
        first_month = 1 + (3 if kind == "Q" else 6) * (n - 1)
        if ctx.tense == "past" and first_month > a.month + 3:
            year -= 1  # "the fourth quarter", said in a past-tense sentence in March
    if kind == "Q":
        ctx.note_quarter((year, n))
    return "DATE", f"{year}-{kind}{n}"


def _qn(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    y = g.get("y")
    if y is None:
        if ctx.anchor is None:
            return "DATE", None
        year = ctx.anchor.year
    else:
        year = int(y) if len(y) == 4 else 2000 + int(y)
    kind, n = g["qh"].upper(), int(g["qn"])
    if kind == "H" and n > 2:
        return None
    return "DATE", f"{year}-{kind}{n}"


def _yearago(c: Candidate, ctx: Context) -> Result | None:
    u = _space(c.groups.get("u", ""))
    a = ctx.anchor
    if u.endswith("months"):
        n = parse_number(u.split()[0], ctx.lex)
        return "DURATION", None if n is None else f"P{_fmt(n)}M"
    main = ctx.main_quarter()
    if main is not None and u in ("", "quarter", "period"):
        return "DATE", f"{main[0] - 1}-Q{main[1]}"
    if a is None:
        return "DATE", None
    if u == "month":
        return "DATE", _unit_value(add_years(a, -1), "month")
    if u == "quarter":
        y, q = _last_completed_quarter(a)
        return "DATE", f"{y - 1}-Q{q}"
    return "DATE", f"{a.year - 1}"


_UNIT_WORDS = {"year", "month", "week", "weekend", "decade", "century", "day", "quarter"}


def _relunit(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rel = _space(g["rel"])
    u = _space(g["u"])
    lex = ctx.lex
    if u.endswith(" year"):
        u = "year"
    # "the past year" is last year (TimeBank, MEANTIME); "the past five years" is a
    # DURATION, found by the duration rule; "the past decade" is read as ten years.
    if rel == "the past" and u in ("decade", "century"):
        return "DURATION", duration_value(1, lex.units[u])
    anaphoric = rel in (
        "the following",
        "the previous",
        "the preceding",
        "the prior",
        "that",
        "the same",
        "earlier that",
        "later that",
    ) or (u == "day" and rel in ("the next", "the last", "the past"))
    base = (ctx.ref if u == "day" else ctx.last or ctx.ref) or ctx.anchor if anaphoric else ctx.anchor
    if base is None:
        return ("DATE", None)
    if u in lex.seasons:
        code = lex.seasons[u]
        y = _season_year(ctx, code, rel)
        return "DATE", None if y is None else f"{y}-{code}"
    step = -1 if rel in _PREV else 1 if rel in _NEXT else 0
    if u == "weekend":
        d = _shift(base, "week", step)
        if step == 0 and base.isoweekday() == 7 and ctx.tense == "future":
            d = _shift(base, "week", 1)
        return "DATE", _unit_value(d, "week", weekend=True)
    d = _shift(base, u, step)
    if u == "day":
        ctx.ref = d
    return "DATE", _unit_value(d, u)


def _deictic(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = ctx.anchor
    dx = _space(g["dx"])
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[dx]
    if a is None:
        return ("TIME" if dx == "tonight" or g.get("dp") else "DATE"), None
    d = a + dt.timedelta(days=offset)
    if dx == "tonight":
        ctx.ref = d
        return "TIME", f"{d.isoformat()}TNI"
    return _date(d, ctx, g.get("dp"))


def _daypart(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rel = g["rel"].lower()
    code = ctx.lex.dayparts.get(g["dp"].lower())
    if code is None or rel == "the":
        return None
    base = ctx.ref if rel == "that" and ctx.ref else ctx.anchor
    if base is None:
        return "TIME", None
    if rel == "last":
        base = base - dt.timedelta(days=1) if code in ("NI", "EV") else base - dt.timedelta(1)
    return "TIME", f"{base.isoformat()}T{code}"


def _weekday(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    iso = ctx.lex.weekdays.get(g["wd"].rstrip(".").lower())
    if iso is None:
        return None
    d = _weekday_date(ctx, iso, _space(g.get("rel", "")))
    return _date(d, ctx, g.get("dp"))


def _weekdays(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    iso = ctx.lex.weekdays.get(g["wds"].lower()[:-1])
    if iso is None or not g["wds"][0].isupper():
        return None
    code = _DAYPART_CODES.get(g.get("dp", "").lower(), "")
    return "SET", f"XXXX-WXX-{iso}" + (f"T{code}" if code else "")


def _clock(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    if "nm" in g:
        hhmm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["nm"].lower()]
    elif "h2" in g:
        h, mi = int(g["h2"]), int(g["mi2"])
        if h > 24:
            return None
        hhmm = f"{h:02d}:{mi:02d}"
    elif "h3" in g:
        n = parse_number(g["h3"], ctx.lex)
        if n is None or not 1 <= n <= 12:
            return None
        hhmm = f"{int(n):02d}:00"
    else:
        h = int(g["h"])
        if not 1 <= h <= 12:
            return None
        pm = g["ap"].lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
        hhmm = f"{h:02d}:{int(g.get('mi', '0')):02d}"
    day = ctx.ref or ctx.anchor
    if day is None:
        return "TIME", None
    zulu = "Z" if g.get("tz", "").upper() in ("UTC", "GMT") else ""
    return "TIME", f"{day.isoformat()}T{hhmm}{zulu}"


def _ago(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    unit = ctx.lex.units[_space(g["u"])]
    word = ctx.lex.unit_plurals.get(_space(g["u"]), _space(g["u"]))
    direction = _space(g.get("dir") or g["dir2"])
    n = parse_number(g["num"], ctx.lex)
    back = direction in ("ago", "earlier", "before", "previously", "prior", "back")
    if direction in ("before", "after", "prior"):
        # "two days before the vote": the anchor is an event, not a date.
        return "DURATION", duration_value(n, unit)
    if n is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    if unit.time or "approx" in g:
        # "about two years ago" is annotated as the length (TimeBank, MEANTIME).
        return "DURATION", duration_value(n, unit)
    if direction in ("earlier", "later") and word in ("day", "week", "night"):
        # "three days later": a stretch after a narrated event, not a calendar date.
        return "DURATION", duration_value(n, unit)
    base = ctx.anchor if direction in ("ago", "from now", "hence", "back") else (ctx.ref or ctx.anchor)
    if base is None:
        return "DATE", None
    main = ctx.main_quarter()
    if word == "year" and direction in ("earlier", "later", "ago") and main and n == 1:
        y, q = main
        return "DATE", f"{y - 1 if back else y + 1}-Q{q}"
    if not float(n).is_integer():
        return "DURATION", duration_value(n, unit)
    k = int(n) * (-1 if back else 1)
    if word in ("night",):
        word = "day"
    if word == "fortnight":
        word, k = "week", 2 * k
    if word == "week":
        # "two weeks ago" names a day (TimeBank, MEANTIME), not a calendar week.
        word, k = "day", 7 * k
    d = _shift(base, word, k)
    if word == "day":
        ctx.ref = d
    if word == "weekend":
        return "DATE", _unit_value(d, "week", weekend=True)
    if word in ("decade", "century"):
        word = "year"
    return "DATE", _unit_value(d, word)


def _duration(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = _space(g["u"])
    unit = ctx.lex.units[u]
    numw = _space(g["num"])
    if numw in ("a", "an", "one") and "pre" not in g and "approx" not in g:
        before = ctx.text[max(0, c.start - 30) : c.start]
        if _MONEY_BEFORE.search(before) and unit.letter in ("Y", "M", "W", "D", "H", "Q"):
            return "SET", duration_value(1, unit)
    if (
        unit.letter == "Q"
        and (numw in ("a", "one", "three") or "-" in c.text)
        and re.match(r"\s+of\b", ctx.text[c.end : c.end + 5])
    ):
        return None  # "three-quarters of the vote": a fraction, not a time
    if numw == "a" and u == "second":
        return None  # "a second time", "a second round": an ordinal, not one second
    if numw in ("some", "many", "few", "recent", "coming") and u in ctx.lex.unit_plurals.values():
        return None  # "some day", "many a year": not a measure
    if "post" in g and g["post"].lower().endswith("old"):
        return None  # ages ("a 6-year-old boy") are not time expressions in TimeML
    if re.match(r"\s+old\b", ctx.text[c.end : c.end + 5]):
        return None
    n = parse_number(g["num"], ctx.lex)
    if re.fullmatch(r"\d+(?:\.\d+)?", numw) and n is not None and n > 1000:
        return None
    return "DURATION", duration_value(n, unit)


def _plural(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = _space(g["u"])
    unit = ctx.lex.units[u]
    if (
        "q" not in g
        and "pre" not in g
        and not _PLURAL_OK_BEFORE.search(ctx.text[max(0, c.start - 10) : c.start])
    ):
        return None
    q = _space(g.get("q", "")) or _space(g.get("pre", ""))
    if g.get("pre", "").lower() == "the" and not g.get("q"):
        return None
    # "in recent years", "coming months": vague references (TimeBank, MEANTIME); with
    # "the" ("the coming weeks") they measure a stretch of time.
    # Long units read as a vague period ("in recent years"), short ones as a stretch of
    # time ("in recent weeks", PXW), as TimeBank mostly annotates them.
    long_unit = unit.letter in ("Y", "DE", "CE") or (unit.letter in ("M", "Q") and q == "coming")
    if q in ("recent", "past") and long_unit:
        return "DATE", "PAST_REF"
    if q == "coming" and long_unit:
        return "DATE", "FUTURE_REF"
    return "DURATION", duration_value(None, unit)


def _season(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    word = g["s"].lower()
    code = ctx.lex.seasons[word]
    rel = _space(g.get("rel", ""))
    if "y" in g:
        return "DATE", f"{g['y']}-{code}"
    if "ry" in g:
        y = _rel_year(g["ry"], ctx)
        return "DATE", None if y is None else f"{y}-{code}"
    if word == "fall" and not (rel or g.get("mod") or g.get("mod2")):
        return None
    if not rel and not g.get("mod") and not g.get("mod2"):
        before = ctx.text[max(0, c.start - 8) : c.start].lower()
        if not re.search(r"(?:in|this|during|by|until|since|of)\s+$", before):
            return None
    y = _season_year(ctx, code, rel)
    return "DATE", None if y is None else f"{y}-{code}"


def _yseason(c: Candidate, ctx: Context) -> Result | None:
    return "DATE", f"{c.groups['y']}-{ctx.lex.seasons[c.groups['s'].lower()]}"


def _holiday_date(rule: str, year: int) -> dt.date | None:
    if rule.startswith("nth:"):
        _, n, wd, month = rule.split(":")
        return nth_weekday(year, int(month), int(n), int(wd))
    month, day = rule.split("-")
    return safe_date(year, int(month), int(day))


def _holiday(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rule = ctx.lex.holidays.get(_space(g["hol"]).replace("’", "'"))
    if rule is None:
        return None
    if "y" in g:
        return _date(_holiday_date(rule, int(g["y"])), ctx)
    a = ctx.anchor
    if a is None:
        return "DATE", None
    this = _holiday_date(rule, a.year)
    if this is None:
        return "DATE", None
    rel = _space(g.get("rel", ""))
    if rel == "last" or (not rel and ctx.tense == "past"):
        d = this if this <= a else _holiday_date(rule, a.year - 1)
    elif rel == "next" or (not rel and ctx.tense == "future"):
        d = this if this >= a else _holiday_date(rule, a.year + 1)
    else:
        d = this
    return _date(d, ctx)


def _set(c: Candidate, ctx: Context) -> Result | None:
    phrase = _space(c.groups["set"])
    value = ctx.lex.sets[phrase]
    if phrase.startswith(("a ", "an ")):
        before = ctx.text[max(0, c.start - 30) : c.start]
        if not _MONEY_BEFORE.search(before):
            unit = ctx.lex.units.get(phrase.split()[1])
            return ("DURATION", duration_value(1, unit)) if unit else None
    return "SET", value


def _every(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = _space(g["u"]).rstrip(".")
    lex = ctx.lex
    if u in lex.units:
        numw = g.get("num", "")
        n: float | None = 1.0
        if numw.lower() == "other":
            n = 2.0
        elif numw:
            n = parse_number(numw, lex)
        return "SET", duration_value(n, lex.units[u])
    if u in lex.months:
        return "SET", f"XXXX-{lex.months[u]:02d}"
    if u in lex.seasons:
        return "SET", f"XXXX-{lex.seasons[u]}"
    if u in lex.weekdays:
        code = _DAYPART_CODES.get(g.get("dp", "").lower(), "")
        return "SET", f"XXXX-WXX-{lex.weekdays[u]}" + (f"T{code}" if code else "")
    return None


def _ref(c: Candidate, ctx: Context) -> Result | None:
    phrase = _space(c.groups["ref"]).replace("’", "'")
    value = ctx.lex.refs.get(phrase)
    if value is None:
        return None
    if phrase in ("the past", "in the past") and re.match(
        r"\s+(?:\d|few|several|two|three)", ctx.text[c.end :]
    ):
        return None
    return "DATE", value


def _endof(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = _space(g["u"])
    rel = _space(g.get("rel", ""))
    base = ctx.ref if rel == "that" and ctx.ref else ctx.anchor
    if base is None:
        return "DATE", None
    step = -1 if rel == "last" else 1 if rel == "next" else 0
    return "DATE", _unit_value(_shift(base, u, step), u)


# "the day" is the day the text is about after these words ("to end the day at 8,017",
# "for the day", "later in the day"), a common sentence of market reports.
_THE_DAY_BEFORE = re.compile(
    r"(?:during|throughout|through|for|of|on|in|end|ended|ending|ends|finish|finished|"
    r"finishing|close|closed|closing|start|started|starting|open|opened|opening)\s+$",
    re.IGNORECASE,
)


def _anaphor(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = _space(g["a"])
    u = g["u"].lower()
    direction = _space(g.get("dir", ""))
    if a == "the" and not direction:
        before = ctx.text[max(0, c.start - 12) : c.start]
        if u != "day" or not _THE_DAY_BEFORE.search(before):
            return None
    base = ctx.ref or ctx.anchor
    if base is None:
        return "DATE", None
    if a in ("the next", "the following") or direction == "after":
        d = base + dt.timedelta(days=1)
    elif a in ("the previous", "the preceding", "the prior") or direction in ("before", "earlier"):
        d = base - dt.timedelta(days=1)
    else:
        d = base
    if u == "day":
        return _date(d, ctx)
    code = _DAYPART_CODES.get(u, "")
    return "TIME", f"{d.isoformat()}T{code}"


HANDLERS: dict[str, Callable[[Candidate, Context], Result | None]] = {
    "iso": _iso,
    "iso_month": _iso_month,
    "slash": _slash,
    "mdy": _month_day,
    "dmy": _month_day,
    "month": _month,
    "year": _year,
    "fy": _fy,
    "spoken_year": _spoken_year,
    "decade": _decade,
    "century": _century,
    "spoken_decade": _spoken_decade,
    "quarter": _quarter,
    "qn": _qn,
    "yearago": _yearago,
    "relunit": _relunit,
    "deictic": _deictic,
    "daypart": _daypart,
    "weekday": _weekday,
    "weekdays": _weekdays,
    "clock": _clock,
    "ago": _ago,
    "duration": _duration,
    "plural": _plural,
    "season": _season,
    "yseason": _yseason,
    "holiday": _holiday,
    "set": _set,
    "every": _every,
    "ref": _ref,
    "endof": _endof,
    "anaphor": _anaphor,
}


def normalize(c: Candidate, ctx: Context) -> Result | None:
    """Return the type and value of a candidate, or None when it is not a time expression.

    A value that cannot be resolved (no anchor for a relative expression) is None; it is
    never replaced by the anchor date.
    """
    return HANDLERS[c.rule](c, ctx)
