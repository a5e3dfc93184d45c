"""Values of expressions relative to the anchor or an earlier date: weekdays, "ago", "that day"."""

from __future__ import annotations

import datetime as dt
import re

from newsledger.time.context import (
    DAYPART_CODES,
    NEXT,
    PREV,
    Context,
    Handler,
    Result,
    day_result,
    duration_value,
    fmt_number,
    last_completed_quarter,
    parse_number,
    season_year,
    shift,
    space,
    unit_value,
    weekday_date,
)
from newsledger.time.dates import (
    add_years,
)
from newsledger.time.patterns import Candidate


def _yearago(c: Candidate, ctx: Context) -> Result | None:
    u = space(c.groups.get("u", ""))
    a = ctx.anchor
    if u.endswith("months"):
        n = parse_number(u.split()[0], ctx.lex)
        return "DURATION", None if n is None else f"P{fmt_number(n)}M"
    main = ctx.main_quarter()
    if main is not None and u in ("", "quarter", "period"):
        return "DATE", f"{main[0] - 1}-Q{main[1]}"
    if a is None:
        return "DATE", None
    if u == "month":
        return "DATE", unit_value(add_years(a, -1), "month")
    if u == "quarter":
        y, q = last_completed_quarter(a)
        return "DATE", f"{y - 1}-Q{q}"
    return "DATE", f"{a.year - 1}"


# A reporting period closed by a date follows: "the year ended March 31".
_ENDED_AFTER = re.compile(r"\s+(?:ended|ending)\b", re.IGNORECASE)


# "for the year", "the rest of the year": the year the text is about. Not "the year
# before", "the year 2000", "the year of the dragon".
_THE_YEAR_BEFORE = re.compile(r"(?:for|of|in|during|throughout|over|through)\s+$", re.IGNORECASE)
_THE_YEAR_NOT_AFTER = re.compile(
    r"\s+(?:before|after|earlier|later|ago|previous|prior|of\b|\d|two|nineteen|twenty)", re.IGNORECASE
)


def _the_year(c: Candidate, ctx: Context) -> Result | None:
    """ "The year" after a preposition: the last year named in the text, else the anchor's."""
    if not _THE_YEAR_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
        return None
    if _THE_YEAR_NOT_AFTER.match(ctx.text, c.end):
        return None
    last = ctx.last_value
    if last is not None and re.match(r"\d{4}(?:$|-[QHW\d])", last):
        return "DATE", last[:4]  # the year of the date, quarter or month last named
    return "DATE", None if ctx.anchor is None else f"{ctx.anchor.year:04d}"


def _relunit(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rel = space(g["rel"])
    u = space(g["u"])
    lex = ctx.lex
    if u.endswith(" year"):
        u = "year"
    if rel == "the" and u == "year" and _ENDED_AFTER.match(ctx.text, c.end):
        # "the (fiscal) year ended June 30": a company's twelve-month period, a length.
        return "DURATION", duration_value(1, lex.units[u])
    if rel == "the" and space(g["u"]) in ("year", "entire year", "whole year") and "mod" not in g:
        return _the_year(c, ctx)
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
        y = season_year(ctx, code, rel)
        return "DATE", None if y is None else f"{y}-{code}"
    step = -1 if rel in PREV else 1 if rel in NEXT else 0
    if u == "weekend":
        d = shift(base, "week", step)
        if step == 0 and base.isoweekday() == 7 and ctx.tense == "future":
            d = shift(base, "week", 1)
        elif step == 0 and base.isoweekday() < 6 and ctx.tense == "past":
            d = shift(base, "week", -1)  # "over the weekend", said on a weekday: the one just gone
        return "DATE", unit_value(d, "week", weekend=True)
    d = shift(base, u, step)
    if u == "day":
        ctx.ref = d
    return "DATE", unit_value(d, u)


def _deictic(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = ctx.anchor
    dx = space(g["dx"])
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
    return day_result(d, ctx, g.get("dp") or g.get("dpm"))


def _midpart(c: Candidate, ctx: Context) -> Result | None:
    """ "by mid-afternoon": that part of the day the text last named (else the anchor's)."""
    base = ctx.ref or ctx.anchor
    code = DAYPART_CODES.get(c.groups["dp"].lower())
    if base is None or code is None:
        return "TIME", None
    return "TIME", f"{base.isoformat()}T{code}"


def _daypart(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    rel = g["rel"].lower()
    code = ctx.lex.dayparts.get(g["dp"].lower())
    if code is None:
        return None
    if rel == "the":
        # "in the morning": that part of the day in view; not "the night of Oct. 23" (a
        # date follows) nor "at 4 in the morning" (a clock time).
        before = ctx.text[max(0, c.start - 14) : c.start]
        if not _IN_THE_PART.search(before) or _PART_OF.match(ctx.text, c.end):
            return None
        base = ctx.ref or ctx.anchor
        return "TIME", None if base is None else f"{base.isoformat()}T{code}"
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
    rel = space(g.get("rel", ""))
    before = ctx.text[max(0, c.start - 5) : c.start].lower()
    if ctx.ref is not None and rel in ("previous", "preceding", "prior") and before.endswith("the "):
        # "the previous Friday": the one before the day the text last named.
        back = (ctx.ref.isoweekday() - iso) % 7 or 7
        return day_result(ctx.ref - dt.timedelta(days=back), ctx, g.get("dp"))
    dp = g.get("dp", "")
    if dp.lower().endswith("s") and not rel:
        code = DAYPART_CODES.get(dp.lower()[:-1], "")
        return "SET", f"XXXX-WXX-{iso}" + (f"T{code}" if code else "")
    d = weekday_date(ctx, iso, rel, c.start)
    return day_result(d, ctx, dp or None)


def _weekdays(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    iso = ctx.lex.weekdays.get(g["wds"].lower()[:-1])
    if iso is None or not g["wds"][0].isupper():
        return None
    code = DAYPART_CODES.get(g.get("dp", "").lower(), "")
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
    elif "h4" in g:
        hhmm = f"{g['h4']}:{g['mi4']}"
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
    zulu = "Z" if (g.get("tz") or g.get("tzp") or "").upper() in ("UTC", "GMT") else ""
    return "TIME", f"{day.isoformat()}T{hhmm}{zulu}"


def _ago(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    unit = ctx.lex.units[space(g["u"])]
    word = ctx.lex.unit_plurals.get(space(g["u"]), space(g["u"]))
    direction = space(g.get("dir") or g["dir2"])
    n = parse_number(g["num"], ctx.lex)
    back = direction in ("ago", "earlier", "before", "previously", "prior", "back")
    if direction in ("before", "after", "prior"):
        # "two days before the vote": the anchor is an event, not a date.
        return "DURATION", duration_value(n, unit)
    if n is None:
        if direction in ("earlier", "later"):
            # "a few days later": a stretch after a narrated event, like "three days later".
            return "DURATION", duration_value(None, unit)
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
    d = shift(base, word, k)
    if word == "day":
        ctx.ref = d
    if word == "weekend":
        return "DATE", unit_value(d, "week", weekend=True)
    if word in ("decade", "century"):
        word = "year"
    return "DATE", unit_value(d, word)


def _endof(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = space(g["u"])
    rel = space(g.get("rel", ""))
    base = ctx.ref if rel == "that" and ctx.ref else ctx.anchor
    if base is None:
        return "DATE", None
    step = -1 if rel == "last" else 1 if rel == "next" else 0
    return "DATE", unit_value(shift(base, u, step), u)


# "the day" is the day the text is about after these words ("to end the day at 8,017",
# "for the day", "later in the day"), a common sentence of market reports.
_IN_THE_PART = re.compile(r"(?<!\d )\b(?:in|during|through|throughout)\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"\s+(?:of|that|when|before|after)\b", re.IGNORECASE)
_THE_DAY_BEFORE = re.compile(
    r"(?:during|throughout|through|for|of|on|in|end|ended|ending|ends|finish|finished|"
    r"finishing|close|closed|closing|start|started|starting|open|opened|opening)\s+$",
    re.IGNORECASE,
)


def _nth_run(c: Candidate, ctx: Context) -> Result | None:
    """ "a second consecutive day": the last of a run, the day (week, ...) the text is on."""
    g = c.groups
    if ctx.lex.ordinals.get(g["ord"].lower(), 0) < 2:
        return None  # "the first day in a row" makes no run; "the last straight year" neither
    u = (g.get("u") or g["u2"]).lower()
    base = ctx.ref if u == "day" and ctx.ref else ctx.anchor
    return "DATE", None if base is None else unit_value(base, u)


def _unit_before(c: Candidate, ctx: Context) -> Result | None:
    """ "the year before": the year (month, week) before the one last named, else the anchor's."""
    u = c.groups["u"].lower()
    base = ctx.last or ctx.anchor
    if base is None:
        return "DATE", None
    return "DATE", unit_value(shift(base, u, -1), u)


def _anaphor(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    a = space(g["a"])
    u = g["u"].lower()
    direction = space(g.get("dir", ""))
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
        return day_result(d, ctx)
    code = DAYPART_CODES.get(u, "")
    return "TIME", f"{d.isoformat()}T{code}"


def _same_period(c: Candidate, ctx: Context) -> Result | None:
    """ "The same month a year ago": the period last mentioned (its unit), one year back."""
    u = c.groups["u"].lower()
    last = ctx.last_value
    if u == "quarter" or (u in ("period", "half") and ctx.quarter is not None):
        yq = ctx.quarter or (last_completed_quarter(ctx.anchor) if ctx.anchor else None)
        return "DATE", None if yq is None else f"{yq[0] - 1}-Q{yq[1]}"
    if last is not None and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d|-Q\d|-H\d)?", last):
        if u == "month" and len(last) >= 7 and last[4:6] != "-W" and last[5] not in "QH":
            last = last[:7]
        return "DATE", f"{int(last[:4]) - 1:04d}{last[4:]}"
    if ctx.anchor is None:
        return "DATE", None
    a = add_years(ctx.anchor, -1)
    return "DATE", unit_value(a, "month") if u == "month" else f"{a.year:04d}"


def _yearend(c: Candidate, ctx: Context) -> Result | None:
    """ "Year-end": the end of the anchor's year, given as the year."""
    a = ctx.anchor
    return "DATE", None if a is None else f"{a.year:04d}"


# The rules of patterns.py this module gives values to, by name.
RULES: dict[str, Handler] = {
    "sameperiod": _same_period,
    "yearend": _yearend,
    "yearago": _yearago,
    "relunit": _relunit,
    "deictic": _deictic,
    "midpart": _midpart,
    "unitbefore": _unit_before,
    "nthrun": _nth_run,
    "daypart": _daypart,
    "weekday": _weekday,
    "weekdays": _weekdays,
    "clock": _clock,
    "ago": _ago,
    "endof": _endof,
    "anaphor": _anaphor,
}
