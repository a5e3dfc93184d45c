"""Load the time pattern tables (months, weekdays, numbers, units, ...) into one lexicon."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from newsledger.resources import load_table


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


R = TypeVar("R", bound="_Row")


class MonthRow(_Row):
    """A month name or abbreviation and its number (1-12)."""

    name: str
    month: int


class WeekdayRow(_Row):
    """A weekday name or abbreviation and its ISO number (Monday 1 .. Sunday 7)."""

    name: str
    iso: int


class NumberRow(_Row):
    """A number word; -1 stands for an unspecified count (TimeML ``X``)."""

    word: str
    value: float


class UnitRow(_Row):
    """A unit word with its plural, TimeML duration letter and length in days."""

    word: str
    plural: str
    unit: str
    time: int
    days: int


class SeasonRow(_Row):
    """A season word, its TimeML code and the first month it covers."""

    word: str
    code: str
    first_month: int


class DaypartRow(_Row):
    """A part of the day and its TimeML code (MO, AF, EV, NI)."""

    word: str
    code: str


class HolidayRow(_Row):
    """A holiday and its rule: ``MM-DD`` or ``nth:N:WEEKDAY:MM`` (N = -1 for the last)."""

    name: str
    rule: str


class PhraseRow(_Row):
    """A fixed phrase and the TimeML value it stands for."""

    phrase: str
    value: str


class RefRow(_Row):
    """A word for the present, past or future (TimeML ``*_REF``) and the words after
    which it is no time ("current account"), separated by ``|``."""

    phrase: str
    value: str
    not_before: str = ""


class FiscalRow(_Row):
    """A word that marks a year as fiscal or calendar."""

    phrase: str
    kind: str


class WordRow(_Row):
    """One word of a word list."""

    word: str


class OrdinalRow(_Row):
    """An ordinal word and its number; -1 means the last one."""

    word: str
    value: int


@dataclass(frozen=True)
class Unit:
    """A unit of time as the normaliser uses it."""

    letter: str
    time: bool
    days: int


@dataclass(frozen=True)
class Lexicon:
    """Every lookup the time tagger needs, keyed by lower-case word or phrase."""

    months: dict[str, int]
    weekdays: dict[str, int]
    full_months: frozenset[str]
    full_weekdays: frozenset[str]
    numbers: dict[str, float]
    units: dict[str, Unit]
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    season_months: dict[str, int]
    dayparts: dict[str, str]
    holidays: dict[str, str]
    sets: dict[str, str]
    refs: dict[str, str]
    refs_not_before: dict[str, frozenset[str]]
    fiscal: dict[str, str]
    ordinals: dict[str, int]
    generic_heads: frozenset[str]


def _full_names(names: dict[str, int]) -> frozenset[str]:
    """Return the full name of each number: the longest of its names ("september", not "sept")."""
    longest: dict[int, str] = {}
    for name, n in names.items():
        if len(name) > len(longest.get(n, "")):
            longest[n] = name
    return frozenset(longest.values())


@functools.lru_cache(maxsize=8)
def load_lexicon(rules_dir: str | None = None) -> Lexicon:
    """Return the time lexicon built from ``data/time/*.v1.tsv`` (and a user's tables)."""

    def table(name: str, model: type[R]) -> tuple[R, ...]:
        return load_table(f"time/{name}.v1.tsv", model, rules_dir)

    months = {r.name.lower(): r.month for r in table("months", MonthRow)}
    weekdays = {r.name.lower(): r.iso for r in table("weekdays", WeekdayRow)}
    numbers = {r.word.lower(): r.value for r in table("numbers", NumberRow)}
    units: dict[str, Unit] = {}
    plurals: dict[str, str] = {}
    for ur in table("units", UnitRow):
        u = Unit(ur.unit, bool(ur.time), ur.days)
        units[ur.word.lower()] = u
        units[ur.plural.lower()] = u
        plurals[ur.plural.lower()] = ur.word.lower()
    seasons: dict[str, str] = {}
    season_months: dict[str, int] = {}
    for sr in table("seasons", SeasonRow):
        seasons[sr.word.lower()] = sr.code
        season_months[sr.code] = sr.first_month
    refs = table("refs", RefRow)
    return Lexicon(
        months=months,
        weekdays=weekdays,
        full_months=_full_names(months),
        full_weekdays=_full_names(weekdays),
        numbers=numbers,
        units=units,
        unit_plurals=plurals,
        seasons=seasons,
        season_months=season_months,
        dayparts={r.word.lower(): r.code for r in table("dayparts", DaypartRow)},
        holidays={r.name.lower(): r.rule for r in table("holidays", HolidayRow)},
        sets={r.phrase.lower(): r.value for r in table("sets", PhraseRow)},
        refs={r.phrase.lower(): r.value for r in refs},
        refs_not_before={
            r.phrase.lower(): frozenset(w.strip().lower() for w in r.not_before.split("|") if w.strip())
            for r in refs
        },
        fiscal={r.phrase.lower(): r.kind for r in table("fiscal", FiscalRow)},
        ordinals={r.word.lower(): r.value for r in table("ordinals", OrdinalRow)},
        generic_heads=frozenset(r.word.lower() for r in table("generic", WordRow)),
    )
