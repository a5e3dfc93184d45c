"""Values of expressions that name their date: ISO dates, months, years, quarters, seasons."""

from __future__ import annotations

import datetime as dt
import re

from newsledger.time.context import (
    NEXT,
    PREV,
    Context,
    Handler,
    Result,
    day_result,
    last_completed_quarter,
    rel_year,
    season_year,
    space,
    year_for_month,
)
from newsledger.time.dates import (
    easter,
    iso_week,
    nth_weekday,
    quarter_of,
    safe_date,
)
from newsledger.time.patterns import Candidate


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
    return day_result(d, ctx) if d else None


def _month_day(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    month = ctx.lex.months.get(g["mon"].rstrip(".").lower())
    day = int(g["d"]) if "d" in g else ctx.lex.ordinals.get("-".join(g["dw"].lower().split()), 0)
    if month is None or not 1 <= day <= 31:
        return None
    if "y" in g:
        return day_result(safe_date(int(g["y"]), month, day), ctx)
    year = year_for_month(ctx, month, day, c.start)
    if year is None:
        return "DATE", None
    if "wd" in g:
        iso = ctx.lex.weekdays.get(g["wd"].rstrip(".").lower())
        for y in (year, year - 1, year + 1):
            d = safe_date(y, month, day)
            if d and d.isoweekday() == iso:
                year = y
                break
    return day_result(safe_date(year, month, day), ctx)


def _week_of(c: Candidate, ctx: Context) -> Result | None:
    """ "the week of March 6": the ISO week holding that day."""
    res = _month_day(c, ctx)
    if res is None or res[1] is None:
        return res
    return "DATE", iso_week(dt.date.fromisoformat(res[1]))


def _month(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    month = ctx.lex.months.get(g["mon"].rstrip(".").lower())
    if month is None:
        return None
    if "y" in g:
        return "DATE", f"{g['y']}-{month:02d}"
    if "spy" in g:
        sy = spoken_year(g["spy"])
        return None if sy is None else ("DATE", f"{sy}-{month:02d}")
    a = ctx.anchor
    if "ry" in g:
        y = rel_year(g["ry"], ctx)
        return "DATE", None if y is None else f"{y}-{month:02d}"
    if a is None:
        return "DATE", None
    rel = space(g.get("rel", ""))
    if rel in PREV:
        y = a.year if month < a.month else a.year - 1
    elif rel in NEXT:
        y = a.year if month > a.month else a.year + 1
    elif rel in ("this", "current"):
        y = a.year
    else:
        y = year_for_month(ctx, month, None, c.start) or a.year
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


_SPOKEN_HEADS = (("nineteen ", 1900), ("two thousand and ", 2000), ("two thousand ", 2000), ("twenty ", 2000))


def spoken_year(words: str) -> int | None:
    """Return the year of "nineteen ninety-six", "two thousand one", "twenty ten"; else None."""
    key = re.sub(r"^the\s+year\s+", "", space(words).replace("-", " "))
    if key == "two thousand":
        return 2000
    found = next(((h, y) for h, y in _SPOKEN_HEADS if key.startswith(h)), None)
    if found is None:
        return None
    head, base = found
    rest_words = key[len(head) :].split()
    if not rest_words:
        return None
    rest = _SPOKEN_TENS.get(rest_words[0], _SPOKEN_ONES.get(rest_words[0], -1))
    if rest < 0:
        return None
    if len(rest_words) > 1:
        rest += _SPOKEN_ONES.get(rest_words[1], 0)
    if head in ("nineteen ", "twenty ") and rest < 10 and rest_words[0] != "oh":
        return None  # "nineteen five" is no year
    return base + rest


def _spoken_year(c: Candidate, ctx: Context) -> Result | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand one"."""
    y = spoken_year(c.text)
    return None if y is None else ("DATE", f"{y}")


def _fy(c: Candidate, ctx: Context) -> Result | None:
    yy = int(c.groups["yy"])
    return "DATE", f"{(1900 if yy > 40 else 2000) + yy}"


# "in his 30s", "their early 20s": an age, not a decade.
_AGE_BEFORE = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.IGNORECASE)


def _decade(c: Candidate, ctx: Context) -> Result | None:
    if _AGE_BEFORE.search(ctx.text, max(0, c.start - 8), c.start):
        return None
    dec = c.groups["dec"]
    if len(dec) == 1:
        dec = ("20" if dec in "012" else "19") + dec
    return "DATE", dec + "X"  # TempEval-3 writes "the 1990s" as 199X


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
    return "DATE", f"19{_DECADE_WORDS[c.groups['sd'].lower()]}X"


def _century(c: Candidate, ctx: Context) -> Result | None:
    o = c.groups["ord"].lower()
    n = ctx.lex.ordinals.get(o)
    if n is None:
        digits = re.match(r"\d+", o)
        n = int(digits.group(0)) if digits else None
    if not n or n < 1:
        return None
    return "DATE", f"{n - 1:02d}XX"  # "the 20th century": 19XX (TempEval-3)


def _quarter(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = ctx.anchor
    kind = "H" if g["q"].lower() == "half" else "Q"
    pre = space(g.get("pre", ""))
    ordw = space(g.get("ord", "")).replace("-", " ")
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
        year = rel_year(g["ry"], ctx)
    elif m := re.search(r"\d{4}", pre):
        year = int(m.group(0))
    elif pre.startswith(("this year", "last year", "next year")):
        year = rel_year(pre, ctx)
    if ordw.startswith("year"):
        base = ctx.main_quarter() or (last_completed_quarter(a) if a else None)
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
            yq = last_completed_quarter(a)
        elif pre == "next":
            yq = (a.year, quarter_of(a) + 1) if quarter_of(a) < 4 else (a.year + 1, 1)
        elif ordw == "same" and ctx.quarter:
            yq = ctx.quarter
        elif ordw in ("latest", "most recent", "recent", "just ended", "just completed"):
            yq = last_completed_quarter(a)
        else:
            yq = ctx.main_quarter() or last_completed_quarter(a)
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


def _half_of_quarters(c: Candidate, ctx: Context) -> Result | None:
    """ "the first two quarters of 1990": 1990-H1; "the last two": H2."""
    half = 1 if c.groups["fl"].lower() == "first" else 2
    return "DATE", f"{c.groups['y']}-H{half}"


def _moment(c: Candidate, ctx: Context) -> Result | None:
    return "DATE", "PRESENT_REF"


_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:since|in|from|until|till|by|before|after|of|to|between|and|through)\s+$", re.IGNORECASE
)


def _short_year(c: Candidate, ctx: Context) -> Result | None:
    """ "since '82": 1982 (a two-digit year within five years ahead of the anchor is this century's)."""
    if not _SHORT_YEAR_BEFORE.search(ctx.text[max(0, c.start - 10) : c.start]):
        return None  # "iLife '11", "''60 Minutes": a version or a title, not a year
    yy = int(c.groups["yy"])
    a = ctx.anchor
    if a is None:
        return "DATE", None  # the century is unknown
    century = a.year // 100 * 100
    year = century + yy if yy <= a.year % 100 + 5 else century - 100 + yy
    return "DATE", f"{year:04d}"


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


_NAME_BEFORE_SEASON = re.compile(r"(?<![.!?:\"“`'])\s[A-Z][a-z]+\s+$")
_OF_NAME = re.compile(r"\s+of\s+[A-Z]")


def _season(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    word = g["s"].lower()
    code = ctx.lex.seasons[word]
    rel = space(g.get("rel", ""))
    if "y" in g:
        return "DATE", f"{g['y']}-{code}"
    if "spy" in g:
        sy = spoken_year(g["spy"])
        return None if sy is None else ("DATE", f"{sy}-{code}")
    if "ry" in g:
        y = rel_year(g["ry"], ctx)
        return "DATE", None if y is None else f"{y}-{code}"
    if word == "fall" and not (rel or g.get("mod") or g.get("mod2")):
        return None
    if _OF_NAME.match(ctx.text, c.end):
        return None  # "the Spring of Life": a name
    # A bare season ("spring shows signs of hope", "their Autumn meetings") is the season
    # in view, except in a name ("the Arab Spring").
    bare = not rel and not g.get("mod") and not g.get("mod2")
    if bare and _NAME_BEFORE_SEASON.search(ctx.text[max(0, c.start - 20) : c.start]):
        return None
    y = season_year(ctx, code, rel)
    return "DATE", None if y is None else f"{y}-{code}"


def _yseason(c: Candidate, ctx: Context) -> Result | None:
    return "DATE", f"{c.groups['y']}-{ctx.lex.seasons[c.groups['s'].lower()]}"


def _holiday_date(rule: str, year: int) -> dt.date | None:
    if rule.startswith("easter:"):
        return easter(year) + dt.timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        _, n, wd, month = rule.split(":")
        return nth_weekday(year, int(month), int(n), int(wd))
    month, day = rule.split("-")
    return safe_date(year, int(month), int(day))


def _holiday(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rule = ctx.lex.holidays.get(space(g["hol"]).replace("’", "'"))
    if rule is None:
        return None
    if "y" in g:
        d = _holiday_date(rule, int(g["y"]))
        if d is not None and "hw" in g:
            return "DATE", iso_week(d) + ("-WE" if g["hw"].strip().lower() == "weekend" else "")
        return day_result(d, ctx)
    a = ctx.anchor
    if a is None:
        return "DATE", None
    this = _holiday_date(rule, a.year)
    if this is None:
        return "DATE", None
    rel = space(g.get("rel", ""))
    # "Easter week" has begun once its week has: compare the week's Monday with the anchor.
    start = this - dt.timedelta(days=this.isoweekday() - 1) if "hw" in g else this
    if rel == "last" or (not rel and ctx.tense == "past"):
        d = this if start <= a else _holiday_date(rule, a.year - 1)
    elif rel == "next" or (not rel and ctx.tense == "future"):
        d = this if this >= a else _holiday_date(rule, a.year + 1)
    else:
        d = this
    if d is not None and "hw" in g:
        # "Easter week", "Christmas weekend": the ISO week (weekend) holding the day.
        return "DATE", iso_week(d) + ("-WE" if g["hw"].strip().lower() == "weekend" else "")
    return day_result(d, ctx)


# The rules of patterns.py this module gives values to, by name.
RULES: dict[str, Handler] = {
    "iso": _iso,
    "iso_month": _iso_month,
    "slash": _slash,
    "mdy": _month_day,
    "weekof": _week_of,
    "halfq": _half_of_quarters,
    "short_year": _short_year,
    "moment": _moment,
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
    "season": _season,
    "yseason": _yseason,
    "holiday": _holiday,
}
