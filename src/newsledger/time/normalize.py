"""Give each candidate its TIMEX3 type and value: dispatch by rule; durations, sets, vague words here."""

from __future__ import annotations

import re

from newsledger.time import absolute, relative
from newsledger.time.context import (
    DAYPART_CODES,
    MONEY_BEFORE,
    PLURAL_OK_BEFORE,
    Context,
    Handler,
    Result,
    duration_value,
    parse_number,
    per_unit_kind,
    space,
)
from newsledger.time.patterns import Candidate

__all__ = ["Context", "Result", "duration_value", "normalize", "parse_number"]


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|should|must)\s+$", re.IGNORECASE)


def _duration(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = space(g["u"])
    unit = ctx.lex.units[u]
    numw = space(g["num"])
    if numw in ("a", "an", "one") and "pre" not in g and "approx" not in g:
        kind = per_unit_kind(ctx.text, c.start) if numw != "one" else None
        if kind == "rate":
            return None  # "$2 million a year": a rate, not marked
        before = ctx.text[max(0, c.start - 30) : c.start]
        if (kind or MONEY_BEFORE.search(before)) and unit.letter in ("Y", "M", "W", "D", "H", "Q"):
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
    if re.search(r"\beach\s+of\s+$", ctx.text[max(0, c.start - 10) : c.start], re.IGNORECASE):
        return "SET", duration_value(1, unit)  # "in each of the last three years": every year
    if "half" in g and n is not None:
        n += 0.5  # "a minute and a half"
    if (
        numw == "one"
        and u == "day"
        and not ({"pre", "approx", "half"} & set(g))
        and _MODAL_BEFORE.search(ctx.text, max(0, c.start - 10), c.start)
    ):
        return "DATE", "FUTURE_REF"  # "will one day be": some day to come, not a day long
    return "DURATION", duration_value(n, unit)


def _long(c: Candidate, ctx: Context) -> Result | None:
    """ "decades-long" (an unknown number of decades), "day-long" (one), "30-day-long"."""
    g = c.groups
    u = space(g["u"])
    unit = ctx.lex.units[u]
    n: float | None = None if u in ctx.lex.unit_plurals else 1.0  # "decades-long", "day-long"
    if "num" in g:
        n = parse_number(g["num"], ctx.lex)
    return "DURATION", duration_value(n, unit)


def _plural(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = space(g["u"])
    unit = ctx.lex.units[u]
    if (
        "q" not in g
        and "pre" not in g
        and not PLURAL_OK_BEFORE.search(ctx.text[max(0, c.start - 10) : c.start])
    ):
        return None
    if "ahead" in g:
        return "DURATION", duration_value(None, unit)  # "the weeks ahead"
    q = space(g.get("q", "")) or space(g.get("pre", ""))
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


def _set(c: Candidate, ctx: Context) -> Result | None:
    phrase = space(c.groups["set"])
    value = ctx.lex.sets[phrase]
    kind = None if phrase.startswith(("every", "each")) else per_unit_kind(ctx.text, c.start)
    if kind == "rate":
        return None  # "$500 million a year", "rise 8% annually": a rate, not marked
    if phrase.startswith(("a ", "an ")):
        before = ctx.text[max(0, c.start - 30) : c.start]
        if kind != "frequency" and not MONEY_BEFORE.search(before):
            unit = ctx.lex.units.get(phrase.split()[1])
            return ("DURATION", duration_value(1, unit)) if unit else None
    return "SET", value


def _every(c: Candidate, ctx: Context) -> Result | None:
    g = c.groups
    u = space(g["u"]).rstrip(".")
    lex = ctx.lex
    if c.text[:3].lower() == "per" and per_unit_kind(ctx.text, c.start) == "rate":
        return None  # "15 million instructions per second": a speed, not marked
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
        code = DAYPART_CODES.get(g.get("dp", "").lower(), "")
        return "SET", f"XXXX-WXX-{lex.weekdays[u]}" + (f"T{code}" if code else "")
    return None


def _ref(c: Candidate, ctx: Context) -> Result | None:
    phrase = space(c.groups["ref"]).replace("’", "'")
    value = ctx.lex.refs.get(phrase)
    if value is None:
        return None
    after = re.match(r"\s+([\w'’-]+)", ctx.text[c.end : c.end + 40])
    if after and after.group(1).lower() in ctx.lex.refs_not_before.get(phrase, frozenset()):
        return None  # "the current account": a term, not a time
    if phrase == "current" and re.search(r"\bthen\s+$", ctx.text[max(0, c.start - 6) : c.start]):
        return "DATE", "PAST_REF"  # "the then current price": the present of a past time
    if phrase in ("the past", "in the past") and re.match(
        r"\s+(?:\d|few|several|two|three)", ctx.text[c.end :]
    ):
        return None
    return "DATE", value


HANDLERS: dict[str, Handler] = {
    **absolute.RULES,
    **relative.RULES,
    "duration": _duration,
    "plural": _plural,
    "long": _long,
    "set": _set,
    "every": _every,
    "ref": _ref,
}


def normalize(c: Candidate, ctx: Context) -> Result | None:
    """Return the type and value of a candidate, or None when it is not a time expression.

    A value that cannot be resolved (no anchor for a relative expression) is None; it is
    never replaced by the anchor date.
    """
    return HANDLERS[c.rule](c, ctx)
